/* SPDX-License-Identifier: MPL-2.0 */
/* The size limits that keep a call within bounded time and memory
   (docs/reliability.md): beyond them a function refuses with
   STAR_E_TOO_LARGE before doing the work, or gives up with
   STAR_E_NO_CONVERGENCE, never a guess. */
#include "unit.h"
#include "star_core.h"

#include <stdlib.h>

static double *filled(size_t n, double value)
{
    double *x = malloc(n * sizeof *x);
    for (size_t i = 0; i < n; i++)
        x[i] = value;
    return x;
}

static void whole_allocation_has_a_row_limit(void) /* allocation R11 */
{
    size_t n = STAR_ALLOCATE_WHOLE_MAX_ROWS + 1;
    star_where where;
    double *one = filled(n, 1.0), *share = filled(n, 0.0);
    CU_ASSERT_EQUAL(star_allocate_check(n, one, one, 10, true, NULL, NULL, &where), STAR_E_TOO_LARGE);
    ASSERT_WHERE(where, STAR_NO_ROW, NULL);
    CU_ASSERT_STRING_EQUAL(where.why, "takes at most 50000 interventions with whole, not 50001");
    CU_ASSERT_EQUAL(star_allocate(n, one, one, 10, true, NULL, NULL, share), STAR_E_TOO_LARGE);
    /* continuous allocations have none */
    CU_ASSERT_EQUAL(star_allocate(n, one, one, 10, false, NULL, NULL, share), STAR_OK);
    CU_ASSERT_EQUAL(share[9], 1.0);
    CU_ASSERT_EQUAL(share[10], 0.0);
    /* at the limit the rule is met */
    CU_ASSERT_EQUAL(star_allocate_check(n - 1, one, one, 10, true, NULL, NULL, NULL), STAR_OK);
    free(one);
    free(share);
}

static void psa_limits_draws_times_rows(void) /* psa R5 */
{
    size_t n = 500;
    star_where where;
    double *b = filled(n, 2.0), *c = filled(n, 1.0);
    /* 10,000 draws x 500 rows is the continuous limit itself */
    CU_ASSERT_EQUAL(star_psa_check(n, b, b, b, c, c, c, 10, 10000, 1, false, NULL, NULL, &where), STAR_OK);
    CU_ASSERT_EQUAL(star_psa_check(n, b, b, b, c, c, c, 10, 10001, 1, false, NULL, NULL, &where),
                    STAR_E_TOO_LARGE);
    ASSERT_WHERE(where, STAR_NO_ROW, "draws");
    CU_ASSERT_EQUAL(star_psa_check(n, b, b, b, c, c, c, 10, 4000, 1, true, NULL, NULL, NULL), STAR_OK);
    CU_ASSERT_EQUAL(star_psa_check(n, b, b, b, c, c, c, 10, 4001, 1, true, NULL, NULL, NULL),
                    STAR_E_TOO_LARGE);
    double *share = filled(n, 0.0);
    CU_ASSERT_EQUAL(star_psa(n, b, b, b, c, c, c, 10, 1000000, 1, false, NULL, NULL, share), STAR_E_TOO_LARGE);
    free(b);
    free(c);
    free(share);
}

static void stability_limits_tied_pairs(void) /* stability R8 */
{
    /* two tied halves: every pair across them is compared, per criterion */
    size_t n = 15000, k = 2;
    double *scores = malloc(n * k * sizeof *scores), weights[] = {1, 1}, out[4];
    for (size_t i = 0; i < n; i++) {
        scores[2 * i] = i < n / 2 ? 10 : 0;
        scores[2 * i + 1] = i < n / 2 ? 0 : 8;
    }
    /* 7,500 x 7,500 x 2 criteria = 112.5 million pairs */
    CU_ASSERT_EQUAL(star_stability(n, k, scores, weights, NULL, NULL, NULL, out), STAR_E_TOO_LARGE);
    /* 7,000 rows: 3,500^2 x 2 = 24.5 million, computed */
    CU_ASSERT_EQUAL(star_stability(7000, k, scores + 2 * 4000, weights, NULL, NULL, NULL, out), STAR_OK);
    free(scores);
}

static void ahp_limits_work_for_large_matrices(void) /* ahp R4 */
{
    /* Judgements that beat each other in a circle crowd the eigenvalues
       round the Perron root: power iteration converges slowly. At k = 512
       the work limit allows 762 steps, too few. */
    size_t k = 512;
    double *a = malloc(k * k * sizeof *a), *w = malloc(k * sizeof *w), lambda;
    for (size_t i = 0; i < k; i++) {
        for (size_t j = 0; j < k; j++) {
            size_t ahead = (j + k - i) % k;
            a[i * k + j] = i == j ? 1.0 : ahead == 1 ? 1e6 * (double)(1 + i)
                                    : ahead == k - 1 ? 1.0 / (1e6 * (double)(1 + j)) : 1.0;
        }
    }
    CU_ASSERT_EQUAL(star_ahp(k, k, a, w, &lambda), STAR_E_NO_CONVERGENCE);
    free(a);
    free(w);
}

CU_TestInfo limits_tests[] = {
    {"whole allocation has a row limit", whole_allocation_has_a_row_limit},
    {"PSA limits draws x rows", psa_limits_draws_times_rows},
    {"stability limits tied pairs", stability_limits_tied_pairs},
    {"AHP limits the work on large matrices", ahp_limits_work_for_large_matrices},
    CU_TEST_INFO_NULL,
};
