/* SPDX-License-Identifier: MPL-2.0 */
/* STAR.STABILITY against hand-worked crossings and a brute-force scan of the
   weight share; the requirements
   cited are listed in addin/core/stability.c. */
#include "unit.h"
#include "star_core.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>

enum { MAX_N = 400, MAX_K = 10 };

static void stability_by_hand(void) /* R3 */
{
    /* A = (8, 2), B = (2, 6), weights 1:1, so A = 5 > B = 4. With share t of
       criterion 1: A = 2 + 6t, B = 6 - 4t, equal at t = 0.4; with share s of
       criterion 2: A = 8 - 6s, B = 2 + 4s, equal at s = 0.6. */
    double scores[] = {8, 2, 2, 6}, weights[] = {1, 1}, out[4];
    double want[] = {0.4, 1, 0, 0.6};
    CU_ASSERT_EQUAL(star_stability(2, 2, scores, weights, NULL, NULL, NULL, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 4, 1e-15);
    /* divisor 0.5 doubles B: A = 2 + 6t, B = 12 - 8t, B ahead now, equal at
       t = 5/7; A = 8 - 6s, B = 4 + 8s, equal at s = 2/7 */
    double divisor[] = {1, 0.5}, want_divided[] = {0, 5.0 / 7, 2.0 / 7, 1};
    CU_ASSERT_EQUAL(star_stability(2, 2, scores, weights, divisor, NULL, NULL, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want_divided, 4, 1e-15);
    /* the weights' scale does not matter */
    double heavy[] = {30, 30};
    CU_ASSERT_EQUAL(star_stability(2, 2, scores, heavy, NULL, NULL, NULL, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 4, 1e-15);
}

static void stability_at_zero_and_one(void) /* R5 */
{
    /* weights (1, 0, 0): criterion 1 has share 1. Moving it down, the other
       two rise equally: A = (8,2,4) gives 3 + 5t, B = (2,6,4) gives 5 - 3t,
       equal at t = 0.25. Criterion 2 from share 0 (criterion 1 has the
       rest): A = 8 - 6s, B = 2 + 4s, equal at 0.6. Criterion 3: A = 8 - 4s,
       B = 2 + 2s, equal at s = 1 exactly. */
    double scores[] = {8, 2, 4, 2, 6, 4}, weights[] = {1, 0, 0}, out[6];
    double want[] = {0.25, 1, 0, 0.6, 0, 1};
    CU_ASSERT_EQUAL(star_stability(2, 3, scores, weights, NULL, NULL, NULL, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 6, 1e-15);
}

static void stability_edge_sizes(void) /* R5 */
{
    double out[6];
    /* one criterion always has the whole weight */
    double one_column[] = {3, 5, 4}, weight = 2;
    CU_ASSERT_EQUAL(star_stability(3, 1, one_column, &weight, NULL, NULL, NULL, out), STAR_OK);
    CU_ASSERT_EQUAL(out[0], 1.0);
    CU_ASSERT_EQUAL(out[1], 1.0);
    /* one intervention has no order to lose */
    double one_row[] = {3, 5, 4}, weights[] = {1, 2, 3}, want[] = {0, 1, 0, 1, 0, 1};
    CU_ASSERT_EQUAL(star_stability(1, 3, one_row, weights, NULL, NULL, NULL, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 6, 0);
}

static void stability_ignores_ties_now(void) /* R4 */
{
    /* A = (8, 2) and B = (2, 8) tie at weights 1:1, and C = (5, 5) with them */
    double scores[] = {8, 2, 2, 8, 5, 5}, weights[] = {1, 1}, out[4];
    double want[] = {0, 1, 0, 1};
    CU_ASSERT_EQUAL(star_stability(3, 2, scores, weights, NULL, NULL, NULL, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 4, 0);
    /* A = (0, 0, 3) and B = (1, 4, 0) tie exactly at weights 0.1, 0.2, 0.3,
       but STAR.SCORE gives 1.5 and 1.5000000000000002: rounding must not
       make a constraint */
    double rounded[] = {0, 0, 3, 1, 4, 0}, tenths[] = {0.1, 0.2, 0.3}, score[2], out3[6];
    CU_ASSERT_EQUAL(star_score(2, 3, rounded, tenths, NULL, NULL, score), STAR_OK);
    CU_ASSERT(score[0] != score[1]); /* the premise of this test */
    double want3[] = {0, 1, 0, 1, 0, 1};
    CU_ASSERT_EQUAL(star_stability(2, 3, rounded, tenths, NULL, NULL, NULL, out3), STAR_OK);
    ASSERT_ALL_NEAR(out3, want3, 6, 0);
}

static void stability_uses_score_scales(void) /* R2 */
{
    /* low/high as in STAR.SCORE, reversed on criterion 2: the same as
       scoring the normalised values directly */
    double raw[] = {8, 2, 2, 6, 5, 3}, low[] = {0, 10}, high[] = {10, 0};
    double normalised[] = {80, 80, 20, 40, 50, 70}, weights[] = {2, 1}, out[4], direct[4];
    CU_ASSERT_EQUAL(star_stability(3, 2, raw, weights, NULL, low, high, out), STAR_OK);
    CU_ASSERT_EQUAL(star_stability(3, 2, normalised, weights, NULL, NULL, NULL, direct), STAR_OK);
    ASSERT_ALL_NEAR(out, direct, 4, 1e-14);
}

/* Brute force, independent of the module: the values at share t of
   criterion j, with the weights rebuilt explicitly and scored by STAR.SCORE. */
static void values_at(size_t n, size_t k, const double *scores, const double *weights,
                      const double *divisor, size_t j, double t, double *out)
{
    double w[MAX_K], others = 0;
    for (size_t l = 0; l < k; l++)
        others += l == j ? 0 : weights[l];
    for (size_t l = 0; l < k; l++)
        w[l] = l == j ? t : others > 0 ? (1 - t) * weights[l] / others : (1 - t) / (double)(k - 1);
    CU_ASSERT_EQUAL_FATAL(star_score(n, k, scores, w, NULL, NULL, out), STAR_OK);
    for (size_t i = 0; i < n; i++)
        out[i] /= divisor[i];
}

/* Does every pair strictly ordered now keep its order (ties allowed) in
   later? The data below make distinct values differ by far more than 1e-9;
   slack absorbs rounding at a crossing. */
static bool keeps_order(size_t n, const double *now, const double *later, double slack)
{
    for (size_t i = 0; i < n; i++)
        for (size_t m = 0; m < n; m++)
            if (now[i] > now[m] + 1e-9 && later[i] < later[m] - slack)
                return false;
    return true;
}

static void stability_matches_brute_force_scan(void) /* R3, R5, R6 */
{
    static double scores[MAX_N * MAX_K];
    double weights[MAX_K], divisor[MAX_N], now[MAX_N], later[MAX_N], out[2 * MAX_K];
    unsigned state = 7;
#define NEXT() (state = state * 1103515245u + 12345u, (state >> 8) % 1000u)
    int outside_checks = 0;
    for (int trial = 0; trial < 12; trial++) {
        size_t n = 5 + NEXT() % 20, k = 2 + NEXT() % 4;
        for (size_t i = 0; i < n * k; i++)
            scores[i] = (double)(NEXT() % 11); /* whole numbers: exact ties */
        for (size_t l = 0; l < k; l++)
            weights[l] = (double)(NEXT() % 6); /* some zero */
        if (trial % 4 == 0)
            for (size_t l = 1; l < k; l++)
                weights[l] = 0; /* criterion 1 has it all */
        weights[0] += trial % 3 == 0 ? 0 : 1;
        for (size_t i = 0; i < n; i++)
            divisor[i] = trial % 2 ? (double)(1u << NEXT() % 3) : 1.0;
        if (star_stability(n, k, scores, weights, divisor, NULL, NULL, out) == STAR_E_ALL_ZERO)
            continue;
        CU_ASSERT_EQUAL_FATAL(star_stability(n, k, scores, weights, divisor, NULL, NULL, out),
                              STAR_OK);
        double total = 0;
        for (size_t l = 0; l < k; l++)
            total += weights[l];
        for (size_t j = 0; j < k; j++) {
            double lo = out[2 * j], hi = out[2 * j + 1], t0 = weights[j] / total;
            CU_ASSERT(0 <= lo && lo <= t0 && t0 <= hi && hi <= 1);
            /* now: exactly STAR.SCORE / divisor, as the spreadsheet shows it */
            CU_ASSERT_EQUAL_FATAL(star_score(n, k, scores, weights, NULL, NULL, now), STAR_OK);
            for (size_t i = 0; i < n; i++)
                now[i] /= divisor[i];
            /* on a fine grid: the order holds inside the bounds, breaks outside
               (a pair that has crossed stays crossed, the values being linear) */
            for (int q = 0; q <= 400; q++) {
                double t = q / 400.0;
                values_at(n, k, scores, weights, divisor, j, t, later);
                bool inside = t >= lo - 1e-12 && t <= hi + 1e-12;
                CU_ASSERT_EQUAL(keeps_order(n, now, later, 1e-12), inside);
            }
            /* the bounds themselves hold; just beyond them the order breaks */
            values_at(n, k, scores, weights, divisor, j, lo, later);
            CU_ASSERT(keeps_order(n, now, later, 1e-12));
            values_at(n, k, scores, weights, divisor, j, hi, later);
            CU_ASSERT(keeps_order(n, now, later, 1e-12));
            if (lo > 0) {
                values_at(n, k, scores, weights, divisor, j, lo - 1e-7, later);
                CU_ASSERT(!keeps_order(n, now, later, 0));
                outside_checks++;
            }
            if (hi < 1) {
                values_at(n, k, scores, weights, divisor, j, hi + 1e-7, later);
                CU_ASSERT(!keeps_order(n, now, later, 0));
                outside_checks++;
            }
        }
    }
#undef NEXT
    CU_ASSERT(outside_checks > 10); /* the scan met real bounds */
}

static void stability_is_fast_with_many_interventions(void)
{
    static double scores[MAX_N * MAX_K];
    double weights[MAX_K] = {30, 20, 15, 10, 10, 15, 5, 5, 5, 5}, out[2 * MAX_K];
    unsigned state = 99;
    for (size_t i = 0; i < MAX_N * MAX_K; i++) {
        state = state * 1103515245u + 12345u;
        scores[i] = (double)((state >> 8) % 10001) / 100.0;
    }
    CU_ASSERT_EQUAL(star_stability(MAX_N, MAX_K, scores, weights, NULL, NULL, NULL, out),
                    STAR_OK);
    /* two large tied groups side by side: every pair across them counts */
    for (size_t i = 0; i < MAX_N; i++)
        for (size_t l = 0; l < MAX_K; l++)
            scores[i * MAX_K + l] = (double)(i % 2 ? (l % 2 ? 8 : 2) : (l % 2 ? 4 : 6)) +
                                    (i % 4 < 2 ? 0 : (l < 2 ? 1 : 0));
    CU_ASSERT_EQUAL(star_stability(MAX_N, MAX_K, scores, weights, NULL, NULL, NULL, out),
                    STAR_OK);
    for (size_t j = 0; j < MAX_K; j++)
        CU_ASSERT(out[2 * j] <= out[2 * j + 1]);
}

static void stability_rejects_bad_input(void) /* R1, R7 */
{
    double scores[] = {8, 2, 2, 6}, weights[] = {1, 1}, out[4];
    star_where where;
    double zero_divisor[] = {1, 0};
    CU_ASSERT_EQUAL(star_stability(2, 2, scores, weights, zero_divisor, NULL, NULL, out),
                    STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_stability_check(2, 2, scores, zero_divisor, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "divisor");
    double nan_score[] = {8, 2, 0.0 / 0.0, 6};
    CU_ASSERT_EQUAL(star_stability_check(2, 2, nan_score, NULL, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "scores");
    CU_ASSERT_EQUAL(star_stability(2, 2, nan_score, weights, NULL, NULL, NULL, out),
                    STAR_E_DOMAIN);
    double zero[] = {0, 0}, negative[] = {1, -1}, low[] = {0, 0}, same[] = {0, 10};
    CU_ASSERT_EQUAL(star_stability(2, 2, scores, zero, NULL, NULL, NULL, out), STAR_E_ALL_ZERO);
    CU_ASSERT_EQUAL(star_stability(2, 2, scores, negative, NULL, NULL, NULL, out),
                    STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_stability(2, 2, scores, weights, NULL, low, NULL, out), STAR_E_SCALE);
    CU_ASSERT_EQUAL(star_stability(2, 2, scores, weights, NULL, low, same, out), STAR_E_SCALE);
    CU_ASSERT_EQUAL(star_stability(0, 2, NULL, weights, NULL, NULL, NULL, out), STAR_E_EMPTY);
    CU_ASSERT_EQUAL(star_stability(2, 0, scores, NULL, NULL, NULL, NULL, out), STAR_E_EMPTY);
    double tiny_divisor[] = {1e-308, 1}; /* 5 / 1e-308 overflows */
    CU_ASSERT_EQUAL(star_stability(2, 2, scores, weights, tiny_divisor, NULL, NULL, out),
                    STAR_E_NONFINITE);
}

/* Found by fuzzing: with subnormal weights the products in the slopes
   underflowed, and a lower bound came out 0.094 where the order changes at
   0.106. Bounds depend only on the weights' proportions. */
static void stability_with_tiny_weights(void) /* R2 */
{
    const double d = 4.9406564584124654e-324;
    double scores[] = {d, d, d, d, d, d, d, d, d, d, d, 1.0000000001, 114, 114, 114, 109, d, d, d, d};
    double divisor[] = {d, d, 1.0000000001, 11.5}, tiny[] = {d, d, d, d, d}, ones[] = {1, 1, 1, 1, 1};
    double out[10], want[10];
    CU_ASSERT_EQUAL_FATAL(star_stability(4, 5, scores, ones, divisor, NULL, NULL, want), STAR_OK);
    CU_ASSERT_EQUAL_FATAL(star_stability(4, 5, scores, tiny, divisor, NULL, NULL, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 10, 0);
    /* row 1 (constant) and row 4 cross at share 0.2 + (1.8957 - 1) / 2.3696 */
    CU_ASSERT_DOUBLE_EQUAL(out[3], 0.57798165137614688, 1e-12);
}

/* Found by fuzzing the fix above: beside a weight 2^53 times heavier than
   DBL_MIN, DBL_MIN relative to it vanished, so the other criteria seemed
   all zero and were taken to rise equally. */
static void stability_beside_a_far_heavier_weight(void) /* R9 */
{
    double scores[] = {18, 27, 48, -16, 42, 162}, weights[] = {2.2250738585072014e-308, 9007199254740992, 0};
    double out[6];
    CU_ASSERT_EQUAL_FATAL(star_stability(2, 3, scores, weights, NULL, NULL, NULL, out), STAR_OK);
    /* at share t of criterion 2 the rest goes to criterion 1: 27t + 18(1-t)
       = 42t - 16(1-t) at t = 34/49 */
    CU_ASSERT_DOUBLE_EQUAL(out[2], 34.0 / 49.0, 1e-12);
    CU_ASSERT_EQUAL(out[3], 1.0);
}

CU_TestInfo stability_tests[] = {
    {"stability beside a far heavier weight", stability_beside_a_far_heavier_weight},
    {"stability with tiny weights", stability_with_tiny_weights},
    {"stability by hand", stability_by_hand},
    {"stability at shares 0 and 1", stability_at_zero_and_one},
    {"stability with one criterion or intervention", stability_edge_sizes},
    {"stability ignores ties now", stability_ignores_ties_now},
    {"stability uses the score scales", stability_uses_score_scales},
    {"stability matches a brute-force scan", stability_matches_brute_force_scan},
    {"stability is fast with many interventions", stability_is_fast_with_many_interventions},
    {"stability rejects bad input", stability_rejects_bad_input},
    CU_TEST_INFO_NULL,
};
