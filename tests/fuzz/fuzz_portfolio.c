/* SPDX-License-Identifier: MPL-2.0 */
/* Fuzz target: portfolio.h and sampler.h (STAR.FUNDSTABILITY, STAR.SMAA and
   the weights' sampler). A checker's verdict is its function's, and a
   function whose checker passes fails only as an allocation or a limit
   may. FUNDSTABILITY: 0 <= lower <= share now <= upper <= 1, and the
   allocation halfway to either end (weights built as a sheet would, scored
   by star_score) is today's, or one no better than it beyond rounding. SMAA: shares in [0, 1] (whole: a whole
   number of draws), mean ranks in [1, n] summing to n(n+1)/2, the same
   bits twice, and with no room for the weights exactly STAR.ALLOCATE's
   answer. The sampler: every draw within its bounds, summing to 1. */
#include "fuzz.h"
#include "star_core.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* multiplier x star_score at the weights w; false when it fails. */
static bool benefits(size_t n, size_t k, const double *scores, const double *w, const double *low,
                     const double *high, const double *multiplier, double *b)
{
    if (star_score(n, k, scores, w, low, high, b) != STAR_OK)
        return false;
    for (size_t i = 0; i < n; i++) {
        b[i] *= multiplier[i];
        if (!isfinite(b[i]))
            return false;
    }
    return true;
}

/* The allocation with criterion j at share t (the others rescaled in
   proportion, as a sheet builds them) is `today`, or one no better. */
static void same_funding(size_t n, size_t k, const double *scores, const double *weights,
                         const double *multiplier, const double *cost, double budget, bool whole,
                         const double *low, const double *high, size_t j, double t,
                         const double *today)
{
    double others = 0.0, *w = fuzz_out(k), *b = fuzz_out(n), *share = fuzz_out(n);
    for (size_t l = 0; l < k; l++)
        others += l == j ? 0.0 : weights[l];
    /* Weights whose sum a sheet cannot form (it overflows, or loses digits
       below DBL_MIN) the core takes in proportion to the largest: no plain
       rebuilding here to compare with. */
    if (!isfinite(others) || (others > 0.0 && others < DBL_MIN)) {
        free(w);
        free(b);
        free(share);
        return;
    }
    for (size_t l = 0; l < k; l++)
        w[l] = l == j ? t : others > 0.0 ? weights[l] / others * (1.0 - t) : (1.0 - t) / (double)(k - 1);
    if (fuzz_all_finite(w, k) && benefits(n, k, scores, w, low, high, multiplier, b) &&
        star_allocate(n, b, cost, budget, whole, NULL, NULL, share) == STAR_OK &&
        memcmp(share, today, n * sizeof *share) != 0) {
        /* Another answer there must be no better than today's beyond the
           rounding of sums as large as the problem's numbers: scores near
           the largest double, cancelling, decide nothing. */
        double gain = 0.0, size = 0.0;
        for (size_t i = 0; i < n; i++) {
            double largest = 0.0;
            for (size_t l = 0; l < k; l++)
                largest = fmax(largest, fabs(low ? 100.0 * (scores[i * k + l] - low[l]) / (high[l] - low[l])
                                                 : scores[i * k + l]));
            gain += (share[i] - today[i]) * b[i];
            size += largest * multiplier[i];
        }
        FUZZ_CHECK(!(gain > 1e-9 * size) || !isfinite(size));
    }
    free(w);
    free(b);
    free(share);
}

/* The inputs each checker may name: the cell functions' parameter names. */
static const char *const fundstability_inputs[] = {"scores", "weights", "multiplier", "cost", "budget", "low",
                                                   "high", NULL};
static const char *const smaa_inputs[] = {"scores", "weights_low", "weights_high", "multiplier", "cost", "budget",
                                          "draws", "seed", "low", "high", NULL};

static void fundstability(size_t n, size_t k, const double *scores, const double *weights,
                          const double *multiplier, const double *cost, double budget, bool whole,
                          const double *low, const double *high)
{
    star_where where;
    star_status checked = star_fundstability_check(n, k, scores, weights, multiplier, cost, budget,
                                                   low, high, &where);
    double *out = fuzz_out(2 * k);
    star_status s = star_fundstability(n, k, scores, weights, multiplier, cost, budget, whole, low, high, out);
    FUZZ_CHECK_STATUS(s);
    if (checked != STAR_OK)
        FUZZ_CHECK(s == checked && fuzz_where_ok(&where, n, k, fundstability_inputs));
    else
        FUZZ_CHECK(s == STAR_OK || s == STAR_E_NONFINITE || s == STAR_E_NO_CONVERGENCE);
    if (s == STAR_OK) {
        double *share = fuzz_out(k), *b = fuzz_out(n), *today = fuzz_out(n);
        FUZZ_CHECK(star_weights(k, weights, share) == STAR_OK);
        bool now = k > 1 && benefits(n, k, scores, weights, low, high, multiplier, b) &&
                   star_allocate(n, b, cost, budget, whole, NULL, NULL, today) == STAR_OK;
        for (size_t j = 0; j < k; j++) {
            double lower = out[2 * j], upper = out[2 * j + 1];
            FUZZ_CHECK(0.0 <= lower && lower <= share[j] && share[j] <= upper && upper <= 1.0);
            /* Halfway, where it moves at all: weights rebuilt at the share
               now may differ from those given by more than rounding (a tiny
               weight beside a score near the largest double). */
            if (now && lower < share[j])
                same_funding(n, k, scores, weights, multiplier, cost, budget, whole, low, high, j,
                             (lower + share[j]) / 2, today);
            if (now && upper > share[j])
                same_funding(n, k, scores, weights, multiplier, cost, budget, whole, low, high, j,
                             (upper + share[j]) / 2, today);
        }
        free(share);
        free(b);
        free(today);
    }
    free(out);
}

static void smaa(size_t n, size_t k, const double *scores, const double *wlow, const double *whigh,
                 const double *multiplier, const double *cost, double budget, double draws, double seed,
                 bool whole, const double *low, const double *high)
{
    star_where where;
    star_status checked = star_smaa_check(n, k, scores, wlow, whigh, multiplier, cost, budget, draws, seed,
                                          whole, low, high, &where);
    /* Calls of many draws are valid but slow under the sanitizers: their
       rule is checked here, their running by the limits test. */
    if (checked == STAR_OK && nearbyint(draws) * (double)(n + 1) > 20000.0)
        return;
    double *out = fuzz_out(2 * n), *again = fuzz_out(2 * n);
    star_status s = star_smaa(n, k, scores, wlow, whigh, multiplier, cost, budget, draws, seed, whole, low, high,
                              out);
    FUZZ_CHECK_STATUS(s);
    if (checked != STAR_OK) {
        FUZZ_CHECK(s == checked && fuzz_where_ok(&where, n, k, smaa_inputs));
    } else {
        FUZZ_CHECK(s == STAR_OK || s == STAR_E_NONFINITE || s == STAR_E_NO_CONVERGENCE);
        FUZZ_CHECK(star_smaa(n, k, scores, wlow, whigh, multiplier, cost, budget, draws, seed, whole, low, high,
                             again) == s);
        FUZZ_CHECK(s != STAR_OK || memcmp(out, again, 2 * n * sizeof *out) == 0);
    }
    if (s == STAR_OK) {
        double ranks = 0.0, count = nearbyint(draws);
        for (size_t i = 0; i < n; i++) {
            FUZZ_CHECK(out[2 * i] >= 0.0 && out[2 * i] <= 1.0);
            FUZZ_CHECK(out[2 * i + 1] >= 1.0 && out[2 * i + 1] <= (double)n);
            if (whole) {
                double funded = out[2 * i] * count;
                FUZZ_CHECK(fabs(funded - nearbyint(funded)) <= 1e-9 * count);
            }
            ranks += out[2 * i + 1];
        }
        FUZZ_CHECK(fuzz_near(ranks, (double)n * (double)(n + 1) / 2.0, 1e-9));
        star_sampler *sampler;
        double *b = fuzz_out(n), *share = fuzz_out(n), *w = fuzz_out(k);
        FUZZ_CHECK(star_sampler_new(k, wlow, whigh, &sampler) == STAR_OK);
        if (star_sampler_fixed(sampler) && star_sampler_draw(sampler, NULL, w) == STAR_OK &&
            benefits(n, k, scores, w, low, high, multiplier, b) &&
            star_allocate(n, b, cost, budget, whole, NULL, NULL, share) == STAR_OK)
            for (size_t i = 0; i < n; i++)
                FUZZ_CHECK(out[2 * i] == share[i]);
        star_sampler_free(sampler);
        free(b);
        free(share);
        free(w);
    }
    free(out);
    free(again);
}

static void sampler(size_t k, const double *low, const double *high, fuzz_input *in)
{
    star_sampler *s;
    star_where where;
    star_status checked = star_sampler_check(k, low, high, &where);
    star_status status = star_sampler_new(k, low, high, &s);
    FUZZ_CHECK(status == checked);
    if (status != STAR_OK) {
        static const char *const inputs[] = {"low", "high", NULL};
        FUZZ_CHECK(s == NULL && fuzz_where_ok(&where, 0, 1, inputs));
        return;
    }
    if (fuzz_bool(in) && star_sampler_free_count(s) > 0)
        star_sampler_use_method(s, fuzz_bool(in), fuzz_size(in, star_sampler_free_count(s) - 1));
    star_sampler_set_proposal_limit(s, 20000);
    star_rng rng;
    star_rng_seed(&rng, fuzz_byte(in));
    double *w = fuzz_out(k);
    for (int d = 0; d < 8; d++) {
        if (star_sampler_draw(s, &rng, w) != STAR_OK)
            break;
        double sum = 0.0;
        for (size_t j = 0; j < k; j++) {
            FUZZ_CHECK(w[j] >= low[j] && w[j] <= high[j]);
            sum += w[j];
        }
        FUZZ_CHECK(fabs(sum - 1.0) <= 1e-9 + 4 * STAR_SAMPLER_SUM_TOLERANCE);
    }
    free(w);
    star_sampler_free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in;
    fuzz_begin(&in, data, size);
    size_t n = fuzz_size(&in, 8), k = fuzz_size(&in, 5);
    uint8_t options = fuzz_byte(&in);
    bool whole = options & 1;
    double *scores = fuzz_doubles(&in, n * k), *weights = fuzz_doubles(&in, k);
    double *multiplier = fuzz_doubles(&in, n), *cost = fuzz_doubles(&in, n);
    double *wlow = fuzz_doubles(&in, k), *whigh = fuzz_doubles(&in, k);
    double *low = options & 2 ? fuzz_doubles(&in, k) : NULL;
    double *high = options & 2 ? fuzz_doubles(&in, k) : NULL;
    if (options & 4) { /* mostly valid: bounds as shares around the weights */
        double total = 0.0;
        for (size_t j = 0; j < k; j++)
            total += weights[j] = fabs(weights[j]);
        for (size_t j = 0; j < k; j++) {
            double share = total > 0.0 ? weights[j] / total : 1.0 / (double)k;
            double spread = (fuzz_byte(&in) % 16) / 32.0;
            wlow[j] = fmax(0.0, share - spread);
            whigh[j] = fmin(1.0, share + spread * (fuzz_byte(&in) % 4));
        }
        for (size_t i = 0; i < n; i++) {
            multiplier[i] = fabs(multiplier[i]);
            cost[i] = fabs(cost[i]);
        }
    }
    double budget = fuzz_double(&in), seed = fuzz_double(&in);
    double draws = options & 8 ? (double)fuzz_size(&in, 60) : fuzz_double(&in);
    fundstability(n, k, scores, weights, multiplier, cost, budget, whole, low, high);
    smaa(n, k, scores, wlow, whigh, multiplier, cost, budget, draws, seed, whole, low, high);
    sampler(k, wlow, whigh, &in);
    free(scores);
    free(weights);
    free(multiplier);
    free(cost);
    free(wlow);
    free(whigh);
    free(low);
    free(high);
    return 0;
}
