/* SPDX-License-Identifier: MPL-2.0 */
/* Requirements (cited by tests/unit/test_value_function.c):
   R1. At least 2 points (0 is STAR_E_EMPTY, 1 is STAR_E_SIZE); xs strictly
       increasing and every xs, vs, x a finite number, else STAR_E_DOMAIN; the
       checker names the first offending point.
   R2. At a point xs[r] the value is vs[r] exactly; between points it is
       linear; outside the range it is clamped to the end value.
   R3. Points spread over the whole range of doubles neither overflow nor
       lose the interpolation.
   R4. n = 0 is valid and writes nothing.
   R5. Between two points the value lies between their values: a flat
       segment gives exactly its value. */
#include "value_function.h"
#include "rule.h"

#include <math.h>

star_status star_value_check(size_t m, const double *xs, const double *vs, star_where *where)
{
    if (m < 2)
        return star_found_why(where, m ? STAR_E_SIZE : STAR_E_EMPTY, STAR_NO_ROW, 0, NULL,
                              "needs at least 2 points");
    for (size_t r = 0; r < m; r++) {
        if (!star_rule_admits(STAR_RULE_NUMBER, xs[r]))
            return star_found(where, STAR_E_DOMAIN, r, 0, "xs");
        if (!star_rule_admits(STAR_RULE_NUMBER, vs[r]))
            return star_found(where, STAR_E_DOMAIN, r, 0, "vs");
        if (r > 0 && !(xs[r] > xs[r - 1]))
            return star_found_why(where, STAR_E_DOMAIN, r, 0, "xs", "must be larger than in the row before");
    }
    return STAR_OK;
}

/* The value at x, for checked points, by bisection. */
static double interpolate(double x, size_t m, const double *xs, const double *vs)
{
    if (x <= xs[0])
        return vs[0];
    if (x >= xs[m - 1])
        return vs[m - 1];
    size_t lo = 0, hi = m - 1; /* xs[lo] < x < xs[hi] */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (xs[mid] <= x)
            lo = mid;
        else
            hi = mid;
    }
    if (x == xs[lo])
        return vs[lo];
    double span = xs[hi] - xs[lo], offset = x - xs[lo];
    if (!isfinite(span)) {
        /* Points near +-DBL_MAX: halving keeps the differences finite and is
           exact for numbers that large. */
        span = 0.5 * xs[hi] - 0.5 * xs[lo];
        offset = 0.5 * x - 0.5 * xs[lo];
    }
    double t = offset / span;
    /* This form gives vs[lo] and vs[hi] exactly at t = 0 and 1 and does not
       overflow when vs differ by more than DBL_MAX; its rounding may step a
       hair outside the two, where the line never goes (R5). */
    double v = (1.0 - t) * vs[lo] + t * vs[hi];
    return fmin(fmax(v, fmin(vs[lo], vs[hi])), fmax(vs[lo], vs[hi]));
}

star_status star_value(size_t n, const double *x, size_t m, const double *xs,
                       const double *vs, double *out)
{
    star_status status = star_value_check(m, xs, vs, NULL);
    if (status)
        return status;
    if (star_rule_check(STAR_RULE_NUMBER, x, n, 1, NULL))
        return STAR_E_DOMAIN;
    for (size_t i = 0; i < n; i++) {
        out[i] = interpolate(x[i], m, xs, vs);
        if (!isfinite(out[i]))
            return STAR_E_NONFINITE;
    }
    return STAR_OK;
}
