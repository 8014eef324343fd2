/* SPDX-License-Identifier: MPL-2.0 */
/* Forced into every file of the Windows build (cmake/mingw.cmake).
   mingw-w64's <math.h> picks isfinite and friends for float, double or long
   double with __builtin_choose_expr, and GCC 12 checks conversions in the
   branches not taken, so -Wconversion warns on every isfinite(double). The
   builtins are what glibc's <math.h> uses under GCC: same results on both
   platforms, no warning. */
#ifndef STAR_MINGW_MATH_H
#define STAR_MINGW_MATH_H

#include <math.h>

#undef isfinite
#undef isinf
#undef isnan
#undef signbit
#define isfinite(x) __builtin_isfinite(x)
#define isinf(x) __builtin_isinf_sign(x)
#define isnan(x) __builtin_isnan(x)
#define signbit(x) __builtin_signbit(x)

#endif
