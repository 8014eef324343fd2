/* SPDX-License-Identifier: MPL-2.0 */
/* Requirements (cited by tests/unit/test_scoring.c):
   R1. Weights and swings must be >= 0 and not all zero.
   R2. k = 0 is STAR_E_EMPTY for scores; n = 0 is valid and writes nothing.
   R3. low and high come together; an equal pair is STAR_E_SCALE.
   R4. Results are finite or the status says STAR_E_NONFINITE.
   R5. A score is a weighted mean of its row's values, so it lies between
       the smallest and largest of them, whatever the size of the weights
       (subnormal ones too). */
#include "scoring.h"
#include "rule.h"

#include <math.h>

/* Sum of n non-negative values, or a status saying why there is none. */
static star_status positive_total(const double *x, size_t n, double *total)
{
    if (star_rule_check(STAR_RULE_NONNEG, x, n, 1, NULL))
        return STAR_E_DOMAIN;
    double sum = 0.0;
    for (size_t i = 0; i < n; i++)
        sum += x[i];
    if (!isfinite(sum))
        return STAR_E_NONFINITE;
    if (sum <= 0.0)
        return STAR_E_ALL_ZERO;
    *total = sum;
    return STAR_OK;
}

static double largest_of(const double *x, size_t n)
{
    double largest = 0.0;
    for (size_t i = 0; i < n; i++)
        largest = fmax(largest, x[i]);
    return largest;
}

star_status star_score(size_t n, size_t k, const double *scores, const double *weights,
                       const double *low, const double *high, double *out)
{
    if (k == 0)
        return STAR_E_EMPTY;
    if ((low == NULL) != (high == NULL))
        return STAR_E_SCALE;
    double total;
    star_status status = positive_total(weights, k, &total);
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
            double v = low ? 100.0 * (row[j] - low[j]) / (high[j] - low[j]) : row[j];
            sum += weights[j] / largest * v;
        }
        out[i] = sum / total;
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
    star_status status = positive_total(swings, n, &total);
    if (status)
        return status;
    for (size_t i = 0; i < n; i++)
        out[i] = swings[i] / total;
    return STAR_OK;
}
