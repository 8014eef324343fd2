/* SPDX-License-Identifier: MPL-2.0 */
/* STAR.BENEFIT, STAR.VFM and STAR.RANK against hand-worked values; the
   the requirements cited are those listed in addin/core/value_for_money.c. */
#include "unit.h"
#include "star_core.h"

#include <stdlib.h>

static void benefit_multiplies_patients_gain_likelihood(void)
{
    /* 3515 women x 55.5 points x 0.8 = 156066; 135 x 30 = 4050; 0 x anything = 0 */
    double patients[] = {3515, 135, 0}, gain[] = {55.5, 30, 10}, likelihood[] = {0.8, 1, 0.5};
    double out[3], want[] = {156066, 4050, 0};
    CU_ASSERT_EQUAL(star_benefit(3, patients, gain, likelihood, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 3, 1e-9);
    double want_certain[] = {195082.5, 4050, 0};
    CU_ASSERT_EQUAL(star_benefit(3, patients, gain, NULL, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want_certain, 3, 1e-9);
}

static void benefit_rejects_bad_values(void) /* R1, R2 */
{
    double out[1];
    double one = 1, negative = -1, half = 2.5, too_likely = 1.2, huge = 1e200;
    CU_ASSERT_EQUAL(star_benefit(1, &negative, &one, NULL, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_benefit(1, &half, &one, NULL, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_benefit(1, &one, &one, &too_likely, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_benefit(1, &one, &one, &negative, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_benefit(1, &huge, &huge, NULL, out), STAR_E_NONFINITE);
    CU_ASSERT_EQUAL(star_benefit(0, NULL, NULL, NULL, NULL), STAR_OK); /* R3 */
}

static void vfm_is_benefit_per_thousand_pounds(void)
{
    /* 156066 points for 3515 women at 400 pounds = 1,406,000: 111 per 1000 pounds */
    double benefit[] = {156066, 4050, -20}, cost[] = {1406000, 162000, 10};
    double out[3], want[] = {111, 25, -2000};
    CU_ASSERT_EQUAL(star_vfm(3, benefit, cost, 1000, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 3, 1e-9);
    double want_per_pound[] = {0.111, 0.025, -2};
    CU_ASSERT_EQUAL(star_vfm(3, benefit, cost, 1, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want_per_pound, 3, 1e-12);
}

static void vfm_rejects_bad_values(void)
{
    double out[1], one = 1, zero = 0, negative = -5, tiny = 1e-300, huge = 1e300;
    CU_ASSERT_EQUAL(star_vfm(1, &one, &zero, 1000, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_vfm(1, &one, &negative, 1000, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_vfm(1, &one, &one, 0, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_vfm(1, &one, &one, -1000, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_vfm(1, &huge, &tiny, 1000, out), STAR_E_NONFINITE);
}

static void rank_matches_rank_eq(void) /* R4 */
{
    double values[] = {10, 30, 20, 30, 5, -7};
    double out[6];
    double want_desc[] = {4, 1, 3, 1, 5, 6}, want_asc[] = {3, 5, 4, 5, 2, 1};
    CU_ASSERT_EQUAL(star_rank(6, values, false, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want_desc, 6, 0);
    CU_ASSERT_EQUAL(star_rank(6, values, true, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want_asc, 6, 0);
}

/* Independent O(n^2) definition: 1 + how many values are strictly better. */
static void rank_agrees_with_counting_on_random_data(void)
{
    enum { N = 500 };
    double values[N], out[N];
    unsigned state = 12345;
    for (int i = 0; i < N; i++) {
        state = state * 1103515245u + 12345u;
        values[i] = (double)((state >> 16) % 50) - 25.0; /* many ties */
    }
    for (int asc = 0; asc <= 1; asc++) {
        CU_ASSERT_EQUAL_FATAL(star_rank(N, values, asc, out), STAR_OK);
        for (int i = 0; i < N; i++) {
            int better = 0;
            for (int j = 0; j < N; j++)
                better += asc ? values[j] < values[i] : values[j] > values[i];
            CU_ASSERT_EQUAL(out[i], 1.0 + better);
        }
    }
}

static void rank_edge_cases(void)
{
    double one = 42, out[3], nan_in[] = {1, 0.0 / 0.0, 2};
    CU_ASSERT_EQUAL(star_rank(1, &one, false, out), STAR_OK);
    CU_ASSERT_EQUAL(out[0], 1.0);
    CU_ASSERT_EQUAL(star_rank(0, NULL, false, NULL), STAR_OK);
    CU_ASSERT_EQUAL(star_rank(3, nan_in, false, out), STAR_E_DOMAIN);
}

/* Products and quotients that overflow or underflow on the way to a
   representable answer. */
static void representable_answers_at_extreme_magnitudes(void) /* R5 */
{
    /* 2 patients x 1e308 x 0.5 = 1e308 (2 x 1e308 alone is beyond doubles);
       1e10 x 1e300 x 1e-10 = 1e300. */
    double patients[] = {2, 1e10}, gain[] = {1e308, 1e300}, likelihood[] = {0.5, 1e-10}, out[2];
    CU_ASSERT_EQUAL_FATAL(star_benefit(2, patients, gain, likelihood, out), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(out[0], 1e308, 1e308 * 1e-15);
    CU_ASSERT_DOUBLE_EQUAL(out[1], 1e300, 1e300 * 1e-15);
    /* 1e308 / 0.5 per 1e-3 pounds = 2e305; 1e-300 / 1e10 per 1e10 = 1e-300,
       all its digits kept (1e-310 on the way keeps 36 bits). */
    double benefit[] = {1e308}, cost[] = {0.5}, tiny[] = {1e-300}, dear[] = {1e10};
    CU_ASSERT_EQUAL_FATAL(star_vfm(1, benefit, cost, 1e-3, out), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(out[0], 2e305, 2e305 * 1e-15);
    CU_ASSERT_EQUAL_FATAL(star_vfm(1, tiny, dear, 1e10, out), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(out[0], 1e-300, 1e-300 * 1e-15);
    /* Beyond doubles it stays refused: 1e308 / 1e-10. */
    double cheap[] = {1e-10};
    CU_ASSERT_EQUAL(star_vfm(1, benefit, cheap, 1, out), STAR_E_NONFINITE);
}

CU_TestInfo value_for_money_tests[] = {
    {"benefit multiplies patients, gain and likelihood", benefit_multiplies_patients_gain_likelihood},
    {"representable answers at extreme magnitudes", representable_answers_at_extreme_magnitudes},
    {"benefit rejects bad values", benefit_rejects_bad_values},
    {"vfm is benefit per thousand pounds", vfm_is_benefit_per_thousand_pounds},
    {"vfm rejects bad values", vfm_rejects_bad_values},
    {"rank matches RANK.EQ", rank_matches_rank_eq},
    {"rank agrees with counting on random data", rank_agrees_with_counting_on_random_data},
    {"rank edge cases", rank_edge_cases},
    CU_TEST_INFO_NULL,
};
