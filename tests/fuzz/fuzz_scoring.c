/* SPDX-License-Identifier: MPL-2.0 */
/* Fuzz target: scoring.h (STAR.SCORE, STAR.WEIGHTS). On STAR_OK a score is
   a weighted mean, so it lies between the smallest and largest normalised
   score of its row (among criteria with weight); weights are shares that
   sum to 1. Bad input never gives STAR_OK. */
#include "fuzz.h"
#include "star_core.h"

#include <math.h>
#include <stdlib.h>

/* Weights 0 or more, not all zero: their sum may overflow, the shares not. */
static bool weights_usable(const double *w, size_t k)
{
    bool some = false;
    for (size_t j = 0; j < k; j++) {
        if (!star_rule_admits(STAR_RULE_NONNEG, w[j]))
            return false;
        some = some || w[j] > 0.0;
    }
    return some;
}

/* A value on the 0-100 scale; from halves where a difference overflows
   (ends further apart than DBL_MAX), else from the values themselves, which
   halving would round when they are subnormal. */
static double on_scale(double x, double low, double high)
{
    double above = x - low, span = high - low;
    if (!isfinite(above) || !isfinite(span)) {
        above = 0.5 * x - 0.5 * low;
        span = 0.5 * high - 0.5 * low;
    }
    return 100.0 * (above / span);
}

static void score(size_t n, size_t k, const double *scores, const double *w, const double *low,
                  const double *high)
{
    double *out = fuzz_out(n);
    star_status s = star_score(n, k, scores, w, low, high, out);
    FUZZ_CHECK_STATUS(s);
    /* Valid input whose values on the scale are all finite has a finite
       weighted mean: it is given, however large the sums on the way. */
    bool valid = k > 0 && (low == NULL) == (high == NULL) && weights_usable(w, k), representable = valid;
    for (size_t j = 0; valid && low && j < k; j++)
        valid = isfinite(low[j]) && isfinite(high[j]) && low[j] != high[j];
    for (size_t c = 0; valid && c < n * k; c++) {
        valid = isfinite(scores[c]);
        representable = representable && valid &&
                        isfinite(low ? on_scale(scores[c], low[c % k], high[c % k]) : scores[c]);
    }
    if (valid && representable)
        FUZZ_CHECK(s == STAR_OK);
    if (s != STAR_OK) {
        free(out);
        return;
    }
    FUZZ_CHECK(k > 0 && (low == NULL) == (high == NULL) && weights_usable(w, k));
    for (size_t i = 0; i < n; i++) {
        FUZZ_CHECK(isfinite(out[i]));
        double lo = INFINITY, hi = -INFINITY, size = 0.0;
        for (size_t j = 0; j < k; j++) {
            double x = scores[i * k + j];
            FUZZ_CHECK(isfinite(x));
            if (low)
                FUZZ_CHECK(isfinite(low[j]) && isfinite(high[j]) && low[j] != high[j]);
            double v = low ? on_scale(x, low[j], high[j]) : x;
            if (w[j] > 0.0 && isfinite(v)) {
                lo = fmin(lo, v);
                hi = fmax(hi, v);
                size = fmax(size, fabs(v));
            }
        }
        /* Rounding of a weighted sum of k terms, relative to their size. */
        double slack = 1e-12 * (double)(k + 1) * size + 1e-300;
        if (isfinite(lo) && isfinite(hi))
            FUZZ_CHECK(out[i] >= lo - slack && out[i] <= hi + slack);
    }
    free(out);
}

static void weights(size_t n, const double *swings)
{
    double *out = fuzz_out(n);
    star_status s = star_weights(n, swings, out);
    FUZZ_CHECK_STATUS(s);
    FUZZ_CHECK((s == STAR_OK) == (n > 0 && weights_usable(swings, n)));
    if (s == STAR_OK) {
        double sum = 0.0;
        for (size_t i = 0; i < n; i++) {
            FUZZ_CHECK(out[i] >= 0.0 && out[i] <= 1.0);
            sum += out[i];
        }
        FUZZ_CHECK(fabs(sum - 1.0) <= 1e-12 * (double)(n + 1));
    }
    free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in;
    fuzz_begin(&in, data, size);
    size_t n = fuzz_size(&in, 16), k = fuzz_size(&in, 8);
    uint8_t scale = fuzz_byte(&in);
    double *scores = fuzz_doubles(&in, n * k), *w = fuzz_doubles(&in, k);
    double *low = scale % 3 ? fuzz_doubles(&in, k) : NULL;
    double *high = scale % 3 == 1 ? fuzz_doubles(&in, k) : NULL; /* 2: low alone */
    score(n, k, scores, w, low, high);
    weights(k, w);
    free(scores);
    free(w);
    free(low);
    free(high);
    return 0;
}
