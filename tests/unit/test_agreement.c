/* SPDX-License-Identifier: MPL-2.0 */
/* STAR.AGREE against hand-worked values and the textbook O(n^2) definition
   of tau-b; the requirements
   cited are listed in addin/core/agreement.c. */
#include "unit.h"
#include "star_core.h"

#include <math.h>
#include <stdlib.h>

/* Textbook tau-b, pair by pair: independent of the code under test. */
static double tau_b_by_pairs(size_t n, const double *a, const double *b)
{
    double concordant = 0, discordant = 0, tied_a = 0, tied_b = 0;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = i + 1; j < n; j++) {
            double da = a[i] - a[j], db = b[i] - b[j];
            if (da == 0)
                tied_a++;
            if (db == 0)
                tied_b++;
            if (da * db > 0)
                concordant++;
            else if (da * db < 0)
                discordant++;
        }
    }
    double pairs = (double)n * (double)(n - 1) / 2;
    return (concordant - discordant) / sqrt((pairs - tied_a) * (pairs - tied_b));
}

static void agree_by_hand(void) /* R2, R3 */
{
    /* one swap among 5: 9 concordant, 1 discordant of 10 */
    double a[] = {1, 2, 3, 4, 5}, b[] = {1, 2, 3, 5, 4}, tau;
    CU_ASSERT_EQUAL(star_agree(5, a, b, &tau), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(tau, 0.8, 1e-15);
    /* ties: 4 concordant, 0 discordant, one pair tied in each: 4/sqrt(5*5) */
    double ta[] = {1, 2, 2, 3}, tb[] = {1, 2, 3, 3};
    CU_ASSERT_EQUAL(star_agree(4, ta, tb, &tau), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(tau, 0.8, 1e-15);
    /* scores and ranks of the same order agree fully; reversed fully disagree */
    double scores[] = {61.5, 40, 72, 40, 55}, ranks[] = {2, 4, 1, 4, 3}, up[] = {4, 2, 5, 2, 3};
    CU_ASSERT_EQUAL(star_agree(5, scores, up, &tau), STAR_OK);
    CU_ASSERT_EQUAL(tau, 1.0);
    CU_ASSERT_EQUAL(star_agree(5, scores, ranks, &tau), STAR_OK);
    CU_ASSERT_EQUAL(tau, -1.0);
    CU_ASSERT_EQUAL(star_agree(5, scores, scores, &tau), STAR_OK);
    CU_ASSERT_EQUAL(tau, 1.0);
    double two_a[] = {1, 2}, two_b[] = {5, 3};
    CU_ASSERT_EQUAL(star_agree(2, two_a, two_b, &tau), STAR_OK);
    CU_ASSERT_EQUAL(tau, -1.0);
}

static void agree_matches_pairwise_definition(void) /* R2, R4 */
{
    enum { N = 1500 };
    static double a[N], b[N];
    unsigned state = 2024;
    for (int trial = 0; trial < 4; trial++) {
        /* few distinct values make many ties; trial 3 has none to speak of */
        unsigned levels = trial == 0 ? 3u : trial == 1 ? 10u : trial == 2 ? 100u : 1000000u;
        for (int i = 0; i < N; i++) {
            state = state * 1103515245u + 12345u;
            a[i] = (double)((state >> 8) % levels);
            state = state * 1103515245u + 12345u;
            /* related to a, so tau is far from 0 */
            b[i] = trial == 2 ? -a[i] + (double)((state >> 8) % 20)
                              : a[i] + (double)((state >> 8) % levels);
        }
        double tau;
        CU_ASSERT_EQUAL_FATAL(star_agree(N, a, b, &tau), STAR_OK);
        CU_ASSERT_DOUBLE_EQUAL(tau, tau_b_by_pairs(N, a, b), 1e-12);
        for (size_t n = 2; n < 12; n++) {
            if (star_agree(n, a, b, &tau) == STAR_OK)
                CU_ASSERT_DOUBLE_EQUAL(tau, tau_b_by_pairs(n, a, b), 1e-12);
        }
    }
}

static void agree_is_fast_on_many_rows(void) /* R4 */
{
    enum { N = 100000 };
    double *a = malloc(N * sizeof *a), *b = malloc(N * sizeof *b), tau;
    CU_ASSERT_FATAL(a && b);
    for (int i = 0; i < N; i++) {
        a[i] = (double)(i % 1000);
        b[i] = (double)(i % 1000) + 1000.0 * (double)(i % 7);
    }
    CU_ASSERT_EQUAL(star_agree(N, a, a, &tau), STAR_OK);
    CU_ASSERT_EQUAL(tau, 1.0);
    CU_ASSERT_EQUAL(star_agree(N, a, b, &tau), STAR_OK);
    CU_ASSERT(tau > 0.0 && tau < 1.0);
    free(a);
    free(b);
}

static void agree_rejects_bad_input(void) /* R1 */
{
    double a[] = {1, 2, 3}, flat[] = {4, 4, 4}, nan_b[] = {1, 0.0 / 0.0, 3}, tau;
    CU_ASSERT_EQUAL(star_agree(3, a, flat, &tau), STAR_E_EMPTY);
    CU_ASSERT_EQUAL(star_agree(3, flat, a, &tau), STAR_E_EMPTY);
    CU_ASSERT_EQUAL(star_agree(1, a, a, &tau), STAR_E_EMPTY);
    CU_ASSERT_EQUAL(star_agree(0, NULL, NULL, &tau), STAR_E_EMPTY);
    CU_ASSERT_EQUAL(star_agree(3, a, nan_b, &tau), STAR_E_DOMAIN);
}

CU_TestInfo agreement_tests[] = {
    {"agree by hand", agree_by_hand},
    {"agree matches the pairwise definition", agree_matches_pairwise_definition},
    {"agree is fast on many rows", agree_is_fast_on_many_rows},
    {"agree rejects bad input", agree_rejects_bad_input},
    CU_TEST_INFO_NULL,
};
