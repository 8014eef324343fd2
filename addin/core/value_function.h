/* SPDX-License-Identifier: MPL-2.0 */
/* Piecewise-linear value functions: STAR.VALUE. Arrays are caller-owned; out
   may alias x. On any status but STAR_OK, out is unspecified. */
#ifndef STAR_VALUE_FUNCTION_H
#define STAR_VALUE_FUNCTION_H

#include <stddef.h>
#include "export.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Checks the m points (xs[r], vs[r]) of a value function: m = 0 is
   STAR_E_EMPTY, m = 1 STAR_E_SIZE; every xs and vs a finite number and xs
   strictly increasing, else STAR_E_DOMAIN at the offending point (*where as
   in status.h; may be NULL): the first that is not a number, or the first xs
   not above the one before it. */
STAR_API star_status star_value_check(size_t m, const double *xs, const double *vs,
                                      star_where *where);

/* out[i] = the value at x[i] of the line through the points (xs, vs): linear
   between neighbouring points, vs[0] below xs[0] and vs[m-1] above xs[m-1].
   x: any finite numbers. O(n log m), no allocation. */
STAR_API star_status star_value(size_t n, const double *x, size_t m, const double *xs,
                                const double *vs, double *out);

#ifdef __cplusplus
}
#endif
#endif
