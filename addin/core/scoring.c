/* SPDX-License-Identifier: MPL-2.0 */
/* Requirements (cited by tests/unit/test_scoring.c):
   R1. Weights and swings must be >= 0 and not all zero.
   R2. k = 0 is STAR_E_EMPTY for scores; n = 0 is valid and writes nothing.
   R3. low and high come together; an equal pair is STAR_E_SCALE.
   R4. Results are finite or the status says STAR_E_NONFINITE.
   R5. A score is a weighted mean of its row's values, so it lies between
       the smallest and largest of them, whatever the size of the weights
       (subnormal ones too).
   R6. An answer that is representable is given, however large or small the
       values on the way: swings or scores near DBL_MAX, whose sums
       overflow, and scales whose ends lie further apart than DBL_MAX are
       taken relative to a power of two (scaled.h). */
#include "scoring.h"
#include "rule.h"
#include "scaled.h"

#include <math.h>

static double largest_of(const double *x, size_t n)
{
    double largest = 0.0;
    for (size_t i = 0; i < n; i++)
        largest = fmax(largest, x[i]);
    return largest;
}

/* Sum of n non-negative values, or a status saying why there is none. When
   the sum overflows (R6) it is the sum of the values times 2^-*shift, which
   brings the largest below 1; otherwise *shift is 0. */
static star_status positive_total(const double *x, size_t n, double *total, int *shift)
{
    if (star_rule_check(STAR_RULE_NONNEG, x, n, 1, NULL))
        return STAR_E_DOMAIN;
    double sum = 0.0;
    *shift = 0;
    for (size_t i = 0; i < n; i++)
        sum += x[i];
    if (!isfinite(sum)) {
        *shift = star_exponent(largest_of(x, n));
        sum = 0.0;
        for (size_t i = 0; i < n; i++)
            sum += ldexp(x[i], -*shift);
    }
    if (sum <= 0.0)
        return STAR_E_ALL_ZERO;
    *total = sum;
    return STAR_OK;
}

/* A score on the 0-100 scale from low to high, for ends however far apart
   (R6): where a difference overflows, halves of the values (exact for
   numbers that large) keep it finite. */
static double on_scale(double x, double low, double high)
{
    double above = x - low, span = high - low, v = 100.0 * above / span;
    if (star_is_normal_or_zero(v) && isfinite(span))
        return v;
    if (!isfinite(above) || !isfinite(span)) {
        above = 0.5 * x - 0.5 * low;
        span = 0.5 * high - 0.5 * low;
    }
    return star_quotient_times(above, span, 100.0);
}

/* Row i's weighted mean, computed again relative to a power of two of its
   largest value where the plain sum overflowed (R6). */
static double scaled_mean(size_t k, const double *row, const double *weights, double largest,
                          const double *low, const double *high, double total)
{
    double biggest = 0.0;
    for (size_t j = 0; j < k; j++)
        biggest = fmax(biggest, fabs(low ? on_scale(row[j], low[j], high[j]) : row[j]));
    int shift = star_exponent(biggest);
    double sum = 0.0, least = INFINITY, most = -INFINITY;
    for (size_t j = 0; j < k; j++) {
        double v = low ? on_scale(row[j], low[j], high[j]) : row[j];
        sum += weights[j] / largest * ldexp(v, -shift);
        if (weights[j] > 0.0) {
            least = fmin(least, v);
            most = fmax(most, v);
        }
    }
    /* A mean lies between its values (R5), whatever the rounding. */
    return fmin(fmax(ldexp(sum / total, shift), least), most);
}

star_status star_score(size_t n, size_t k, const double *scores, const double *weights,
                       const double *low, const double *high, double *out)
{
    if (k == 0)
        return STAR_E_EMPTY;
    if ((low == NULL) != (high == NULL))
        return STAR_E_SCALE;
    double total;
    int shift;
    star_status status = positive_total(weights, k, &total, &shift);
    if (status)
        return status;
    if (star_rule_check(STAR_RULE_NUMBER, scores, n * k, 1, NULL))
        return STAR_E_DOMAIN;
    if (low) {
        if (star_rule_check(STAR_RULE_NUMBER, low, k, 1, NULL) ||
            star_rule_check(STAR_RULE_NUMBER, high, k, 1, NULL))
            return STAR_E_DOMAIN;
        for (size_t j = 0; j < k; j++)
            if (low[j] == high[j])
                return STAR_E_SCALE;
    }
    /* Weights relative to the largest (R5): a product with a tiny weight
       would lose its digits below DBL_MIN. */
    double largest = largest_of(weights, k);
    total = 0.0;
    for (size_t j = 0; j < k; j++)
        total += weights[j] / largest;
    for (size_t i = 0; i < n; i++) {
        const double *row = scores + i * k;
        double sum = 0.0;
        for (size_t j = 0; j < k; j++) {
            double v = low ? on_scale(row[j], low[j], high[j]) : row[j];
            sum += weights[j] / largest * v;
        }
        out[i] = sum / total;
        if (!isfinite(out[i]))
            out[i] = scaled_mean(k, row, weights, largest, low, high, total);
        if (!isfinite(out[i]))
            return STAR_E_NONFINITE;
    }
    return STAR_OK;
}

star_status star_weights(size_t n, const double *swings, double *out)
{
    if (n == 0)
        return STAR_E_EMPTY;
    double total;
    int shift;
    star_status status = positive_total(swings, n, &total, &shift);
    if (status)
        return status;
    for (size_t i = 0; i < n; i++)
        out[i] = (shift ? ldexp(swings[i], -shift) : swings[i]) / total;
    return STAR_OK;
}
