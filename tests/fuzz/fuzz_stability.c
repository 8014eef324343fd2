/* SPDX-License-Identifier: MPL-2.0 */
/* Fuzz target: stability.h (STAR.STABILITY). On STAR_OK every bound is a
   share, 0 <= lower <= share now <= upper <= 1; and moving a criterion's
   share halfway to either bound, with the other weights scaled as the
   contract says, leaves every pair that is clearly apart now in the same
   order (recomputed with star_score). A checker's verdict is the
   function's. */
#include "fuzz.h"
#include "star_core.h"

#include <math.h>
#include <stdlib.h>

/* The values score/divisor with criterion j at share t. */
static bool values_at(size_t n, size_t k, const double *scores, const double *weights,
                      const double *divisor, const double *low, const double *high, size_t j,
                      double t, double *v)
{
    double others = 0.0, *w = fuzz_out(k);
    for (size_t l = 0; l < k; l++)
        others += l == j ? 0.0 : weights[l];
    for (size_t l = 0; l < k; l++)
        w[l] = l == j ? t : others > 0.0 ? weights[l] / others * (1.0 - t) : (1.0 - t) / (double)(k - 1);
    bool ok = star_score(n, k, scores, w, low, high, v) == STAR_OK;
    for (size_t i = 0; i < n && ok; i++) {
        v[i] /= divisor ? divisor[i] : 1.0;
        ok = isfinite(v[i]);
    }
    free(w);
    return ok;
}

/* The size of the problem's numbers: the largest normalised score / divisor
   (the scale STAR_STABILITY_TIE is relative to). Rounding in the values is
   relative to it, not to the values, which may be far smaller. */
static double size_of(size_t n, size_t k, const double *scores, const double *divisor,
                      const double *low, const double *high)
{
    double size = 0.0, unit = 1.0, *column = fuzz_out(n), *v = fuzz_out(n);
    for (size_t j = 0; j < k; j++) {
        for (size_t i = 0; i < n; i++)
            column[i] = scores[i * k + j];
        if (star_score(n, 1, column, &unit, low ? low + j : NULL, high ? high + j : NULL, v) == STAR_OK)
            for (size_t i = 0; i < n; i++)
                size = fmax(size, fabs(v[i]) / (divisor ? divisor[i] : 1.0));
    }
    free(column);
    free(v);
    return size;
}

static void order_holds(size_t n, size_t k, const double *scores, const double *weights,
                        const double *divisor, const double *low, const double *high, size_t j,
                        double t0, double t, const double *now)
{
    double *then = fuzz_out(n), size = size_of(n, k, scores, divisor, low, high);
    if (!values_at(n, k, scores, weights, divisor, low, high, j, t, then)) {
        free(then);
        return;
    }
    /* Pairs apart by more than rounding now stay in order at t. Ties within
       STAR_STABILITY_TIE, even chains of them, are far below 1e-6. Near
       zero a double is no finer than its smallest step, and a divisor
       magnifies that: grain is that absolute precision of each value. */
    double *grain = fuzz_out(n);
    for (size_t i = 0; i < n; i++)
        grain[i] = 16.0 * (double)k * 4.9406564584124654e-324 / (divisor ? divisor[i] : 1.0);
    for (size_t h = 0; h < n; h++)
        for (size_t l = 0; l < n; l++)
            if (now[h] - now[l] > 1e-6 * size + grain[h] + grain[l] && t != t0)
                FUZZ_CHECK(then[h] - then[l] >= -(1e-9 * size + grain[h] + grain[l]));
    free(grain);
    free(then);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in;
    fuzz_begin(&in, data, size);
    size_t n = fuzz_size(&in, 10), k = fuzz_size(&in, 5);
    uint8_t options = fuzz_byte(&in);
    double *scores = fuzz_doubles(&in, n * k), *weights = fuzz_doubles(&in, k);
    double *divisor = options & 1 ? fuzz_doubles(&in, n) : NULL;
    double *low = options & 2 ? fuzz_doubles(&in, k) : NULL;
    double *high = options & 2 ? fuzz_doubles(&in, k) : NULL;
    double *out = fuzz_out(2 * k);
    static const char *const inputs[] = {"scores", "divisor", NULL};
    star_where where;
    star_status checked = star_stability_check(n, k, scores, divisor, &where);
    star_status s = star_stability(n, k, scores, weights, divisor, low, high, out);
    FUZZ_CHECK_STATUS(s);
    if (checked != STAR_OK) {
        FUZZ_CHECK(s == checked);
        FUZZ_CHECK(fuzz_where_ok(&where, n, k, inputs));
    }
    if (s == STAR_OK) {
        double *share = fuzz_out(k), *now = fuzz_out(n);
        FUZZ_CHECK(star_weights(k, weights, share) == STAR_OK);
        for (size_t j = 0; j < k; j++) {
            double lower = out[2 * j], upper = out[2 * j + 1];
            FUZZ_CHECK(isfinite(lower) && isfinite(upper));
            FUZZ_CHECK(0.0 <= lower && lower <= share[j] && share[j] <= upper && upper <= 1.0);
            if (k > 1 && values_at(n, k, scores, weights, divisor, low, high, j, share[j], now)) {
                order_holds(n, k, scores, weights, divisor, low, high, j, share[j], (lower + share[j]) / 2, now);
                order_holds(n, k, scores, weights, divisor, low, high, j, share[j], (upper + share[j]) / 2, now);
            }
        }
        free(share);
        free(now);
    }
    free(scores);
    free(weights);
    free(divisor);
    free(low);
    free(high);
    free(out);
    return 0;
}
