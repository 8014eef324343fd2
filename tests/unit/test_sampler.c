/* SPDX-License-Identifier: MPL-2.0 */
/* The weights' sampler of STAR.SMAA: uniform on the simplex cut by a box.
   Without bounds each share follows Beta(1, k - 1); with bounds every
   method the sampler may choose gives the distribution of plain rejection
   from the simplex, an independent sampler written here (exponential
   spacings, another generator). The requirements cited are those listed
   in addin/core/sampler.c. */
#include "unit.h"
#include "star_core.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_K = 8 };

/* ---- An independent reference: rejection from the simplex -------------- */

/* xorshift64*, not the core's generator. */
static double reference_uniform(uint64_t *state)
{
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    return ((double)((*state * 0x2545f4914f6cdd1du) >> 11) + 0.5) * 0x1.0p-53;
}

/* w uniform on {sum = 1, low <= w <= high}: low plus the rest spread by
   normalised exponentials (uniform on the simplex), rejected when above high. */
static void reference_draw(size_t k, const double *low, const double *high, uint64_t *state,
                           double *w)
{
    double rest = 1.0;
    for (size_t j = 0; j < k; j++)
        rest -= low[j];
    for (;;) {
        double e[MAX_K], total = 0.0;
        for (size_t j = 0; j < k; j++) /* a fixed share gets none of the rest */
            total += e[j] = high[j] > low[j] ? -log(reference_uniform(state)) : 0.0;
        bool inside = true;
        for (size_t j = 0; j < k; j++) {
            w[j] = low[j] + rest * e[j] / total;
            inside &= w[j] <= high[j];
        }
        if (inside)
            return;
    }
}

/* ---- Statistics ---------------------------------------------------------- */

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Kolmogorov-Smirnov distance of a sample from the CDF 1 - (1 - x)^(k-1). */
static double ks_beta(double *x, size_t count, size_t k)
{
    qsort(x, count, sizeof *x, by_value);
    double d = 0.0;
    for (size_t i = 0; i < count; i++) {
        double f = 1.0 - pow(1.0 - x[i], (double)(k - 1));
        d = fmax(d, fmax(fabs(f - (double)i / (double)count), fabs(f - (double)(i + 1) / (double)count)));
    }
    return d;
}

/* Two-sample Kolmogorov-Smirnov distance; a is sorted here, b already. */
static double ks_two(double *a, size_t na, const double *b, size_t nb)
{
    qsort(a, na, sizeof *a, by_value);
    double d = 0.0;
    size_t i = 0, j = 0;
    while (i < na && j < nb) {
        double x = fmin(a[i], b[j]);
        while (i < na && a[i] <= x)
            i++;
        while (j < nb && b[j] <= x)
            j++;
        d = fmax(d, fabs((double)i / (double)na - (double)j / (double)nb));
    }
    return d;
}

/* The two-sample statistic's critical value at 2e-5: of the 300 or so
   taken, none should pass it by chance. */
static double ks_two_critical(size_t na, size_t nb)
{
    return 2.3 * sqrt((double)(na + nb) / ((double)na * (double)nb));
}

/* ---- Tests ------------------------------------------------------------- */

static void checker_names_the_criterion(void) /* R1 */
{
    star_where where = {.row = 99};
    double low[] = {0.1, 0.2, 0.3}, high[] = {0.5, 0.6, 0.7};
    CU_ASSERT_EQUAL(star_sampler_check(3, low, high, &where), STAR_OK);
    CU_ASSERT_EQUAL(where.row, 99);
    CU_ASSERT_EQUAL(star_sampler_check(0, low, high, &where), STAR_E_EMPTY);
    double not_share[] = {0.1, 1.5, 0.3};
    CU_ASSERT_EQUAL(star_sampler_check(3, low, not_share, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, STAR_NO_ROW, "high");
    CU_ASSERT_STRING_EQUAL(where.why, "in cell 2 must be between 0 and 1 (1.5)");
    CU_ASSERT_EQUAL(star_sampler_check(3, not_share, high, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, STAR_NO_ROW, "low");
    double reversed[] = {0.1, 0.9, 0.3};
    CU_ASSERT_EQUAL(star_sampler_check(3, reversed, high, &where), STAR_E_BOUNDS);
    ASSERT_WHERE(where, STAR_NO_ROW, "low");
    CU_ASSERT_STRING_EQUAL(where.why, "in cell 2 exceed the highest weights there (0.9 > 0.6)");
    /* the lows take more than everything; the highs cannot reach it */
    double heavy[] = {0.4, 0.4, 0.4}, light[] = {0.3, 0.3, 0.3};
    CU_ASSERT_EQUAL(star_sampler_check(3, heavy, heavy, &where), STAR_E_INFEASIBLE);
    ASSERT_WHERE(where, STAR_NO_ROW, "low");
    CU_ASSERT_EQUAL(star_sampler_check(3, light, light, &where), STAR_E_INFEASIBLE);
    ASSERT_WHERE(where, STAR_NO_ROW, "high");
    /* shares that add up to 1 only up to rounding are accepted */
    double thirds[] = {1.0 / 3, 1.0 / 3, 1.0 / 3}, tenths[] = {0.1, 0.2, 0.7};
    CU_ASSERT_EQUAL(star_sampler_check(3, thirds, thirds, NULL), STAR_OK);
    CU_ASSERT_EQUAL(star_sampler_check(3, tenths, tenths, NULL), STAR_OK);
    star_sampler *s = (star_sampler *)&where;
    CU_ASSERT_EQUAL(star_sampler_new(3, heavy, heavy, &s), STAR_E_INFEASIBLE);
    CU_ASSERT_PTR_NULL(s);
}

static void fixed_ranges_take_no_uniforms(void) /* R5 */
{
    double low[] = {0.1, 0.2, 0.7}, high[] = {0.1, 0.2, 0.7}, wide[] = {0.5, 0.5, 0.9};
    double floor_[] = {0.0, 0.0, 0.0}, w[3];
    const double *cases[][3] = {{low, high, low}, {low, wide, low}, {floor_, low, low}};
    for (size_t c = 0; c < 3; c++) {
        star_sampler *s;
        CU_ASSERT_EQUAL_FATAL(star_sampler_new(3, cases[c][0], cases[c][1], &s), STAR_OK);
        CU_ASSERT_TRUE(star_sampler_fixed(s));
        star_rng rng, before;
        star_rng_seed(&rng, 5);
        before = rng;
        CU_ASSERT_EQUAL(star_sampler_draw(s, &rng, w), STAR_OK);
        CU_ASSERT_EQUAL(memcmp(w, cases[c][2], sizeof w), 0);
        CU_ASSERT_EQUAL(memcmp(&rng, &before, sizeof rng), 0);
        star_sampler_free(s);
    }
}

/* Draws count weight vectors with the sampler's method (or the one given)
   into x (count x k), checking each is within bounds and sums to 1. False
   when the method given needs more than `patience` proposals a draw. */
static bool sample(size_t k, const double *low, const double *high, int flipped, size_t boxed,
                   uint64_t seed, size_t count, double *x, unsigned long patience)
{
    star_sampler *s;
    CU_ASSERT_EQUAL_FATAL(star_sampler_new(k, low, high, &s), STAR_OK);
    if (flipped >= 0)
        star_sampler_use_method(s, flipped == 1, boxed);
    star_sampler_set_proposal_limit(s, (unsigned long)(patience * count));
    star_rng rng;
    star_rng_seed(&rng, seed);
    int outside = 0;
    bool drawn = true;
    for (size_t d = 0; d < count && drawn; d++) {
        double *w = x + d * k, sum = 0.0;
        drawn = star_sampler_draw(s, &rng, w) == STAR_OK;
        for (size_t j = 0; j < k && drawn; j++) {
            outside += w[j] < low[j] || w[j] > high[j];
            sum += w[j];
        }
        outside += drawn && fabs(sum - 1.0) > 1e-12; /* R4 */
    }
    CU_ASSERT_EQUAL(outside, 0);
    star_sampler_free(s);
    return drawn;
}

static void shares_without_bounds_follow_beta(void) /* R2 */
{
    enum { COUNT = 10000 };
    double *x = malloc(COUNT * MAX_K * sizeof *x), *column = malloc(COUNT * sizeof *column);
    double low[MAX_K] = {0}, high[MAX_K] = {1, 1, 1, 1, 1, 1, 1, 1};
    /* The one-sample statistic's critical value at 2e-5: of the 90 taken,
       none should pass it by chance. */
    double critical = 2.3 / sqrt(COUNT);
    for (size_t k = 2; k <= 6; k++) {
        /* every method up to 4 criteria, not only the one the sampler picks
           (the slowest keep 1 proposal in 4! = 24 there) */
        for (int flipped = -1; flipped <= (k <= 4 ? 1 : -1); flipped++) {
            for (size_t boxed = 0; boxed < (flipped < 0 ? 1 : k); boxed++) {
                CU_ASSERT_TRUE(sample(k, low, high, flipped, boxed, 100 + k, COUNT, x, 1000));
                for (size_t j = 0; j < k; j++) {
                    for (size_t d = 0; d < COUNT; d++)
                        column[d] = x[d * k + j];
                    double ks = ks_beta(column, COUNT, k);
                    CU_ASSERT(ks < critical);
                }
            }
        }
    }
    free(x);
    free(column);
}

/* Bounds of every kind: loose, tight, narrow beside wide, nearly all of
   the highs needed, one criterion fixed. */
static const struct bounds {
    size_t k;
    double low[MAX_K], high[MAX_K];
} boxes[] = {
    {3, {0.1, 0.2, 0.1}, {0.5, 0.6, 0.5}},
    {4, {0.1, 0.1, 0.1, 0.1}, {0.3, 0.3, 0.35, 0.4}},
    {4, {0.0, 0.2, 0.2, 0.0}, {0.8, 0.3, 0.26, 0.1}},
    {5, {0.15, 0.15, 0.15, 0.15, 0.15}, {0.22, 0.22, 0.22, 0.22, 0.3}},
    {3, {0.2, 0.3, 0.0}, {0.2, 0.6, 0.8}},
    {6, {0.05, 0.1, 0.1, 0.15, 0.1, 0.05}, {0.3, 0.25, 0.3, 0.3, 0.2, 0.25}},
};

static void shares_within_bounds_match_rejection(void) /* R2 */
{
    enum { COUNT = 4000, REFERENCE = 12000 };
    double *x = malloc(COUNT * MAX_K * sizeof *x), *ref = malloc(REFERENCE * MAX_K * sizeof *ref);
    double *a = malloc(COUNT * sizeof *a), *b = malloc((MAX_K + 1) * REFERENCE * sizeof *b);
    double critical = ks_two_critical(COUNT, REFERENCE);
    for (size_t c = 0; c < sizeof boxes / sizeof boxes[0]; c++) {
        const struct bounds *box = &boxes[c];
        size_t k = box->k;
        uint64_t state = 0x9e3779b97f4a7c15u + c;
        for (size_t d = 0; d < REFERENCE; d++)
            reference_draw(k, box->low, box->high, &state, ref + d * k);
        /* each share, and the difference of the first two (a joint feature),
           sorted once */
        for (size_t j = 0; j <= k; j++) {
            double *column = b + j * REFERENCE;
            for (size_t d = 0; d < REFERENCE; d++)
                column[d] = j < k ? ref[d * k + j] : ref[d * k] - ref[d * k + 1];
            qsort(column, REFERENCE, sizeof *column, by_value);
        }
        star_sampler *s;
        CU_ASSERT_EQUAL_FATAL(star_sampler_new(k, box->low, box->high, &s), STAR_OK);
        size_t free_count = star_sampler_free_count(s);
        star_sampler_free(s);
        int tried = 0;
        for (int flipped = -1; flipped <= 1; flipped++) {
            for (size_t boxed = 0; boxed < (flipped < 0 ? 1 : free_count); boxed++) {
                /* the sampler's own choice must be quick; every other method
                   that keeps at least 1 proposal in 50 is compared too */
                bool drawn = sample(k, box->low, box->high, flipped, boxed, 7 + c, COUNT, x, flipped < 0 ? 10 : 50);
                CU_ASSERT_TRUE(drawn || flipped >= 0);
                if (!drawn)
                    continue;
                tried++;
                for (size_t j = 0; j <= k; j++) {
                    for (size_t d = 0; d < COUNT; d++)
                        a[d] = j < k ? x[d * k + j] : x[d * k] - x[d * k + 1];
                    double ks = ks_two(a, COUNT, b + j * REFERENCE, REFERENCE);
                    CU_ASSERT(ks < critical);
                }
            }
        }
        CU_ASSERT(tried >= 3);
    }
    free(x);
    free(ref);
    free(a);
    free(b);
}

static void the_method_suits_the_bounds(void) /* R2, R3 */
{
    /* narrow ranges beside wide ones: plain rejection from the simplex
       would keep about 1 in 3 million; the sampler's choice keeps most */
    double low[] = {0, 0, 0, 0, 0, 0, 0, 0}, high[] = {1, 0.5, 0.5, 0.5, 0.5, 0.001, 0.001, 0.001};
    star_sampler *s, *again;
    CU_ASSERT_EQUAL_FATAL(star_sampler_new(8, low, high, &s), STAR_OK);
    star_rng rng;
    star_rng_seed(&rng, 1);
    double w[8];
    for (int d = 0; d < 1000; d++)
        CU_ASSERT_EQUAL(star_sampler_draw(s, &rng, w), STAR_OK);
    CU_ASSERT(star_sampler_proposals(s) < 3000);
    /* the choice depends on the bounds alone */
    CU_ASSERT_EQUAL_FATAL(star_sampler_new(8, low, high, &again), STAR_OK);
    bool f1, f2;
    size_t b1, b2;
    star_sampler_method(s, &f1, &b1);
    star_sampler_method(again, &f2, &b2);
    CU_ASSERT_EQUAL(f1, f2);
    CU_ASSERT_EQUAL(b1, b2);
    CU_ASSERT(b1 >= 3);
    star_sampler_free(s);
    star_sampler_free(again);
    /* highs that are nearly all needed: drawn from the highs down */
    double low2[] = {0, 0, 0, 0}, high2[] = {0.26, 0.26, 0.26, 0.26};
    CU_ASSERT_EQUAL_FATAL(star_sampler_new(4, low2, high2, &s), STAR_OK);
    star_sampler_method(s, &f1, &b1);
    CU_ASSERT_TRUE(f1);
    star_sampler_free(s);
}

static void same_generator_same_draws(void) /* R3 */
{
    const struct bounds *box = &boxes[3];
    enum { COUNT = 200 };
    double x[COUNT * 5], y[COUNT * 5];
    sample(box->k, box->low, box->high, -1, 0, 42, COUNT, x, 100);
    sample(box->k, box->low, box->high, -1, 0, 42, COUNT, y, 100);
    CU_ASSERT_EQUAL(memcmp(x, y, sizeof x), 0);
    sample(box->k, box->low, box->high, -1, 0, 43, COUNT, y, 100);
    CU_ASSERT(memcmp(x, y, sizeof x) != 0);
}

static void proposals_are_limited(void) /* R6 */
{
    /* plain rejection where it keeps almost nothing, with a small limit */
    double low[] = {0, 0, 0, 0, 0, 0}, high[] = {1, 0.01, 0.01, 0.01, 0.01, 0.01};
    star_sampler *s;
    CU_ASSERT_EQUAL_FATAL(star_sampler_new(6, low, high, &s), STAR_OK);
    star_sampler_use_method(s, false, 0);
    star_sampler_set_proposal_limit(s, 1000);
    star_rng rng;
    star_rng_seed(&rng, 3);
    double w[6];
    star_status status = STAR_OK;
    for (int d = 0; d < 100 && !status; d++)
        status = star_sampler_draw(s, &rng, w);
    CU_ASSERT_EQUAL(status, STAR_E_NO_CONVERGENCE);
    CU_ASSERT_EQUAL(star_sampler_proposals(s), 1000);
    star_sampler_free(s);
}

CU_TestInfo sampler_tests[] = {
    {"checker names the criterion", checker_names_the_criterion},
    {"fixed ranges take no uniforms", fixed_ranges_take_no_uniforms},
    {"shares without bounds follow Beta(1, k-1)", shares_without_bounds_follow_beta},
    {"shares within bounds match rejection sampling", shares_within_bounds_match_rejection},
    {"the method suits the bounds", the_method_suits_the_bounds},
    {"same generator, same draws", same_generator_same_draws},
    {"proposals are limited", proposals_are_limited},
    CU_TEST_INFO_NULL,
};
