/* SPDX-License-Identifier: MPL-2.0 */
/* The generator, the triangular sampler and STAR.PSA: published outputs of
   splitmix64 and xoshiro256**, quantiles worked by hand, sample moments
   against the distribution's, and funding probabilities worked out from the
   triangular CDF. The requirements
   cited are those of addin/core/psa.c, and those after the word random
   those of addin/core/random.c. */
#include "unit.h"
#include "star_core.h"

#include <math.h>
#include <stdlib.h>

/* Run under wine too (tests/windows), so the same outputs on both platforms. */
static void generator_matches_published_outputs(void) /* random R1, R3 */
{
    /* xoshiro256** from the state {1, 2, 3, 4} */
    star_rng rng = {{1, 2, 3, 4}};
    uint64_t want[] = {11520u, 0u, 1509978240u, 1215971899390074240u};
    for (int i = 0; i < 4; i++)
        CU_ASSERT_EQUAL(star_rng_next(&rng), want[i]);
    /* seeding: splitmix64 from 0 gives 0xe220a8397b1dcdaf first */
    star_rng_seed(&rng, 0);
    CU_ASSERT_EQUAL(rng.s[0], 0xe220a8397b1dcdafu);
    CU_ASSERT_EQUAL(rng.s[1], 0x6e789e6aa1b965f4u);
    CU_ASSERT_EQUAL(rng.s[2], 0x06c45d188009454fu);
    CU_ASSERT_EQUAL(rng.s[3], 0xf88bb8a8724c81ecu);
    /* seed 1, computed by an independent implementation */
    star_rng_seed(&rng, 1);
    CU_ASSERT_EQUAL(star_rng_next(&rng), 0xb3f2af6d0fc710c5u);
    CU_ASSERT_EQUAL(star_rng_next(&rng), 0x853b559647364ceau);
    star_rng_seed(&rng, 1);
    CU_ASSERT_EQUAL(star_rng_uniform(&rng), (double)(0xb3f2af6d0fc710c5u >> 11) * 0x1.0p-53);
}

static void uniform_numbers_lie_in_zero_to_one(void) /* random R2 */
{
    star_rng rng;
    star_rng_seed(&rng, 12345);
    double sum = 0, lo = 1, hi = 0;
    enum { N = 100000 };
    for (int i = 0; i < N; i++) {
        double u = star_rng_uniform(&rng);
        CU_ASSERT(u >= 0 && u < 1);
        sum += u;
        lo = fmin(lo, u);
        hi = fmax(hi, u);
    }
    /* mean 1/2, standard error sqrt(1/12/N) = 0.0009 */
    CU_ASSERT_DOUBLE_EQUAL(sum / N, 0.5, 0.005);
    CU_ASSERT(lo < 0.001 && hi > 0.999);
}

static void triangular_quantiles_by_hand(void)
{
    /* low 0, mode 1, high 3: F(mode) = 1/3 */
    CU_ASSERT_EQUAL(star_triangular_quantile(0, 0, 1, 3), 0.0);
    CU_ASSERT_DOUBLE_EQUAL(star_triangular_quantile(1.0 / 6, 0, 1, 3), sqrt(0.5), 1e-15);
    CU_ASSERT_DOUBLE_EQUAL(star_triangular_quantile(1.0 / 3, 0, 1, 3), 1, 1e-15);
    CU_ASSERT_DOUBLE_EQUAL(star_triangular_quantile(0.5, 0, 1, 3), 3 - sqrt(3), 1e-15);
    CU_ASSERT_DOUBLE_EQUAL(star_triangular_quantile(1 - 0x1.0p-53, 0, 1, 3), 3, 1e-7);
    /* mode at either end, and no range at all */
    CU_ASSERT_DOUBLE_EQUAL(star_triangular_quantile(0.75, 2, 2, 4), 3, 1e-15);
    CU_ASSERT_DOUBLE_EQUAL(star_triangular_quantile(0.25, 2, 4, 4), 3, 1e-15);
    CU_ASSERT_EQUAL(star_triangular_quantile(0.3, 5, 5, 5), 5.0);
    CU_ASSERT_EQUAL(star_triangular_quantile(0.999, -7.25, -7.25, -7.25), -7.25);
}

static void triangular_sample_matches_the_distribution(void) /* random R2 */
{
    /* low 1, mode 2, high 6: mean 3, variance (1+4+36-2-6-12)/18 = 7/6,
       standard error of the mean sqrt(7/6/N) = 0.0024; F(mode) = 0.2 */
    enum { N = 200000 };
    star_rng rng;
    star_rng_seed(&rng, 2718);
    double sum = 0, squares = 0, lo = INFINITY, hi = -INFINITY;
    int below_mode = 0;
    for (int i = 0; i < N; i++) {
        double x = star_rng_triangular(&rng, 1, 2, 6);
        sum += x;
        squares += (x - 3) * (x - 3);
        lo = fmin(lo, x);
        hi = fmax(hi, x);
        below_mode += x < 2;
    }
    CU_ASSERT_DOUBLE_EQUAL(sum / N, 3, 5 * 0.0024);
    CU_ASSERT_DOUBLE_EQUAL(squares / N, 7.0 / 6, 0.02);
    CU_ASSERT_DOUBLE_EQUAL((double)below_mode / N, 0.2, 5 * 0.0009);
    CU_ASSERT(lo >= 1 && lo < 1.05);
    CU_ASSERT(hi <= 6 && hi > 5.9);
}

/* Four rows: 0 always funded, 1 never (no benefit in any draw), 2 never
   (dearer than the budget), 3 and 4 competing. */
enum { ROWS = 5 };
static const double benefit[ROWS] = {150, -3, 50, 20, 20};
static const double benefit_low[ROWS] = {100, -5, 40, 10, 5};
static const double benefit_high[ROWS] = {200, -1, 60, 30, 40};
static const double cost[ROWS] = {1.5, 2, 30, 8, 8};
static const double cost_low[ROWS] = {1, 1, 25, 6, 7};
static const double cost_high[ROWS] = {2, 3, 40, 10, 9};

static void psa_sure_rows_are_exactly_zero_or_one(void) /* R4 */
{
    double share[ROWS];
    for (int whole = 0; whole <= 1; whole++) {
        CU_ASSERT_EQUAL_FATAL(star_psa(ROWS, benefit, benefit_low, benefit_high, cost, cost_low,
                                       cost_high, 12, 2000, 1, whole, NULL, NULL, share),
                              STAR_OK);
        CU_ASSERT_EQUAL(share[0], 1.0);
        CU_ASSERT_EQUAL(share[1], 0.0);
        if (whole)
            CU_ASSERT_EQUAL(share[2], 0.0);
        for (int i = 0; i < ROWS; i++)
            CU_ASSERT(share[i] >= 0 && share[i] <= 1);
        CU_ASSERT(share[3] > 0 && share[3] < 1);
        CU_ASSERT(share[4] > 0 && share[4] < 1);
    }
}

static void psa_whole_shares_are_probabilities(void)
{
    double share[ROWS];
    CU_ASSERT_EQUAL_FATAL(star_psa(ROWS, benefit, benefit_low, benefit_high, cost, cost_low,
                                   cost_high, 12, 999, 4, true, NULL, NULL, share),
                          STAR_OK);
    for (int i = 0; i < ROWS; i++) /* a count of draws out of 999 */
        CU_ASSERT_DOUBLE_EQUAL(share[i] * 999, nearbyint(share[i] * 999), 1e-9);
}

static void psa_same_seed_same_result(void) /* R2 */
{
    double a[ROWS], b[ROWS], c[ROWS];
    for (int whole = 0; whole <= 1; whole++) {
        CU_ASSERT_EQUAL(star_psa(ROWS, benefit, benefit_low, benefit_high, cost, cost_low,
                                 cost_high, 12, 500, 77, whole, NULL, NULL, a), STAR_OK);
        CU_ASSERT_EQUAL(star_psa(ROWS, benefit, benefit_low, benefit_high, cost, cost_low,
                                 cost_high, 12, 500, 77, whole, NULL, NULL, b), STAR_OK);
        CU_ASSERT_EQUAL(star_psa(ROWS, benefit, benefit_low, benefit_high, cost, cost_low,
                                 cost_high, 12, 500, -77, whole, NULL, NULL, c), STAR_OK);
        ASSERT_ALL_NEAR(a, b, ROWS, 0);
        CU_ASSERT(a[3] != c[3] || a[4] != c[4]);
    }
}

static void psa_without_uncertainty_is_allocate(void) /* R3, R4 */
{
    double lo_b[ROWS], lo_c[ROWS], share[ROWS], want[ROWS];
    double min[ROWS] = {0, 0, 0, 0.5, 0}, max[ROWS] = {1, 1, 0.25, 1, 1};
    for (int i = 0; i < ROWS; i++) {
        lo_b[i] = benefit[i];
        lo_c[i] = cost[i];
    }
    for (int whole = 0; whole <= 1; whole++) {
        const double *lo = whole ? NULL : min, *hi = whole ? NULL : max;
        for (double budget = whole ? 0 : 6.25; budget <= 50; budget += 6.25) {
            CU_ASSERT_EQUAL(star_allocate(ROWS, benefit, cost, budget, whole, lo, hi, want), STAR_OK);
            CU_ASSERT_EQUAL(star_psa(ROWS, benefit, lo_b, lo_b, cost, lo_c, lo_c, budget, 100, 1,
                                     whole, lo, hi, share), STAR_OK);
            ASSERT_ALL_NEAR(share, want, ROWS, 0);
        }
    }
}

/* Row 0's benefit ~ triangular(0, 2, 10), row 1's fixed at 5, same cost,
   budget for one: row 0 is funded when its benefit exceeds 5, with
   probability (10-5)^2 / ((10-0)(10-2)) = 0.3125. Standard error with
   20000 draws: sqrt(0.3125*0.6875/20000) = 0.0033. */
static void psa_matches_the_triangular_cdf(void) /* R3, R4 */
{
    double b[] = {2, 5}, bl[] = {0, 5}, bh[] = {10, 5}, c[] = {10, 10}, share[2];
    for (int whole = 0; whole <= 1; whole++) {
        CU_ASSERT_EQUAL_FATAL(star_psa(2, b, bl, bh, c, c, c, 10, 20000, 9, whole, NULL, NULL,
                                       share), STAR_OK);
        CU_ASSERT_DOUBLE_EQUAL(share[0], 0.3125, 5 * 0.0033);
        CU_ASSERT_DOUBLE_EQUAL(share[0] + share[1], 1, 1e-12);
    }
}

static void psa_checks_name_the_row(void) /* R1 */
{
    double b[] = {5, 5}, bl[] = {4, 6}, bh[] = {6, 6}, c[] = {2, 2}, cl[] = {1, 1}, ch[] = {3, 3};
    double share[2];
    star_where where;
#define CHECK(...) star_psa_check(2, __VA_ARGS__, &where)
    CU_ASSERT_EQUAL(CHECK(b, bl, bh, c, cl, ch, 10, 100, 1, false, NULL, NULL), STAR_E_BOUNDS);
    ASSERT_WHERE(where, 1, "benefit_low");
    CU_ASSERT_EQUAL(star_psa(2, b, bl, bh, c, cl, ch, 10, 100, 1, false, NULL, NULL, share),
                    STAR_E_BOUNDS);
    bl[1] = 4;
    bh[0] = 4.5;
    CU_ASSERT_EQUAL(CHECK(b, bl, bh, c, cl, ch, 10, 100, 1, false, NULL, NULL), STAR_E_BOUNDS);
    ASSERT_WHERE(where, 0, "benefit_high");
    bh[0] = 6;
    CU_ASSERT_EQUAL(CHECK(b, bl, bh, c, cl, ch, 10, 100, 1, false, NULL, NULL), STAR_OK);
    cl[1] = 0;
    CU_ASSERT_EQUAL(CHECK(b, bl, bh, c, cl, ch, 10, 100, 1, false, NULL, NULL), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "cost_low");
    cl[1] = 2.5;
    CU_ASSERT_EQUAL(CHECK(b, bl, bh, c, cl, ch, 10, 100, 1, false, NULL, NULL), STAR_E_BOUNDS);
    ASSERT_WHERE(where, 1, "cost_low");
    cl[1] = 1;
    ch[0] = 1.5;
    CU_ASSERT_EQUAL(CHECK(b, bl, bh, c, cl, ch, 10, 100, 1, false, NULL, NULL), STAR_E_BOUNDS);
    ASSERT_WHERE(where, 0, "cost_high");
    ch[0] = 3;
    /* draws, seed, budget: not in a row */
    double bad_draws[] = {0, 2.5, 1000001, -1, NAN};
    for (int k = 0; k < 5; k++) {
        CU_ASSERT_EQUAL(CHECK(b, bl, bh, c, cl, ch, 10, bad_draws[k], 1, false, NULL, NULL), STAR_E_DOMAIN);
        ASSERT_WHERE(where, STAR_NO_ROW, "draws");
    }
    CU_ASSERT_EQUAL(CHECK(b, bl, bh, c, cl, ch, 10, 1000000, 1, false, NULL, NULL), STAR_OK);
    CU_ASSERT_EQUAL(CHECK(b, bl, bh, c, cl, ch, 10, 1, 1.5, false, NULL, NULL), STAR_E_DOMAIN);
    ASSERT_WHERE(where, STAR_NO_ROW, "seed");
    CU_ASSERT_EQUAL(CHECK(b, bl, bh, c, cl, ch, 10, 1, -1e300, false, NULL, NULL), STAR_OK);
    CU_ASSERT_EQUAL(CHECK(b, bl, bh, c, cl, ch, -1, 1, 1, false, NULL, NULL), STAR_E_DOMAIN);
    ASSERT_WHERE(where, STAR_NO_ROW, "budget");
    /* allocate's rules, named as PSA's arguments; the mandatory spend at the
       highest costs: 3 + 3 = 6 does not fit 5, though 2 + 2 would */
    double min[] = {1, 1}, max[] = {1, 0.5};
    CU_ASSERT_EQUAL(CHECK(b, bl, bh, c, cl, ch, 5, 10, 1, true, min, NULL), STAR_E_INFEASIBLE);
    ASSERT_WHERE(where, STAR_NO_ROW, "budget");
    CU_ASSERT_EQUAL(CHECK(b, bl, bh, c, cl, ch, 6, 10, 1, true, min, NULL), STAR_OK);
    CU_ASSERT_EQUAL(CHECK(b, bl, bh, c, cl, ch, 6, 10, 1, false, min, max), STAR_E_BOUNDS);
    ASSERT_WHERE(where, 1, "min");
    CU_ASSERT_EQUAL(CHECK(b, bl, bh, c, cl, ch, 6, 10, 1, true, NULL, max), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "max");
#undef CHECK
    CU_ASSERT_EQUAL(star_psa(0, NULL, NULL, NULL, NULL, NULL, NULL, 1, 10, 1, false, NULL, NULL,
                             NULL), STAR_OK);
}

/* Many interventions, continuous and whole: rows within 0..1 and money
   spent as allocate would on average (the mean of feasible shares fits the
   mean budget). */
static void psa_of_fifty_interventions(void)
{
    enum { N = 50 };
    double b[N], bl[N], bh[N], c[N], cl[N], ch[N], share[N];
    star_rng rng;
    star_rng_seed(&rng, 50);
    for (int i = 0; i < N; i++) {
        b[i] = 10 + 90 * star_rng_uniform(&rng);
        bl[i] = b[i] * 0.7;
        bh[i] = b[i] * 1.5;
        c[i] = 1000 + 9000 * star_rng_uniform(&rng);
        cl[i] = c[i] * 0.8;
        ch[i] = c[i] * 1.3;
    }
    for (int whole = 0; whole <= 1; whole++) {
        CU_ASSERT_EQUAL_FATAL(star_psa(N, b, bl, bh, c, cl, ch, 100000, 500, 3, whole, NULL, NULL,
                                       share), STAR_OK);
        double spend = 0;
        for (int i = 0; i < N; i++) {
            CU_ASSERT(share[i] >= 0 && share[i] <= 1);
            spend += share[i] * c[i];
        }
        CU_ASSERT(spend > 50000 && spend < 130000);
    }
}

/* Ranges near DBL_MAX and below DBL_MIN: the quantiles of the
   distribution, not one end (random R4). */
static void triangular_quantiles_at_extreme_magnitudes(void)
{
    /* -1e308..1e308 with mode 0: F(0) = 1/2; u = 1/8 is at
       -1e308 + sqrt(1/8 x 2e308 x 1e308) = -1e308 + 0.5e308. */
    CU_ASSERT_DOUBLE_EQUAL(star_triangular_quantile(0.125, -1e308, 0, 1e308), -5e307, 5e307 * 1e-15);
    CU_ASSERT_DOUBLE_EQUAL(star_triangular_quantile(0.5, -1e308, 0, 1e308), 0.0, 1e293);
    CU_ASSERT_DOUBLE_EQUAL(star_triangular_quantile(0.875, -1e308, 0, 1e308), 5e307, 5e307 * 1e-15);
    /* 0..2^-1059 with mode 2^-1060: u = 1/8 is sqrt(2^-3 x 2^-1059 x
       2^-1060) = 2^-1061, exactly (the product 2^-2122 is below doubles). */
    CU_ASSERT_EQUAL(star_triangular_quantile(0.125, 0, 0x1p-1060, 0x1p-1059), 0x1p-1061);
}

CU_TestInfo psa_tests[] = {
    {"generator matches published outputs", generator_matches_published_outputs},
    {"uniform numbers lie in [0, 1)", uniform_numbers_lie_in_zero_to_one},
    {"triangular quantiles by hand", triangular_quantiles_by_hand},
    {"triangular quantiles at extreme magnitudes", triangular_quantiles_at_extreme_magnitudes},
    {"triangular sample matches the distribution", triangular_sample_matches_the_distribution},
    {"psa: sure rows are exactly 0 or 1", psa_sure_rows_are_exactly_zero_or_one},
    {"psa: whole shares are probabilities", psa_whole_shares_are_probabilities},
    {"psa: same seed, same result", psa_same_seed_same_result},
    {"psa without uncertainty is allocate", psa_without_uncertainty_is_allocate},
    {"psa matches the triangular CDF", psa_matches_the_triangular_cdf},
    {"psa checks name the row", psa_checks_name_the_row},
    {"psa of fifty interventions", psa_of_fifty_interventions},
    CU_TEST_INFO_NULL,
};
