/* SPDX-License-Identifier: MPL-2.0 */
/* Arithmetic that gives the representable answer where the plain expression
   would overflow or lose its digits below DBL_MIN on the way: a quotient of
   1E308 by 0.5 times 1E-3, a sum of three swings of 1E308 before each is
   divided by it. Each helper gives exactly the plain expression's bits when
   nothing in between leaves the normal range (the common case, and a test
   of it is cheap), and otherwise works with the exponents apart (frexp and
   ldexp: exact), so results are finite whenever the answer is representable.
   Not part of the core's interface: not in star_core.h, not exported.
   Requirements: at the top of scaled.c. */
#ifndef STAR_SCALED_H
#define STAR_SCALED_H

#include <stdbool.h>
#include <stddef.h>

/* a / b * c; b != 0. */
double star_quotient_times(double a, double b, double c);

/* a * b * c. */
double star_product3(double a, double b, double c);

/* The exponent e of x = m * 2^e with 0.5 <= |m| < 1 (0 for x = 0): ldexp(y,
   -e) scales y as x is brought into [0.5, 1), exactly while y stays normal. */
int star_exponent(double x);

/* The shift s for which every key star_ratio_key(num[i], den[i], s)
   (den > 0) is a normal double or zero: 0 when the plain ratios already
   are; false when their range is too wide for any (the largest more than
   about 2^2000 times the smallest). */
bool star_ratio_shift(size_t n, const double *num, const double *den, int *shift);

/* num / den * 2^shift: the plain num / den when shift is 0 and that is a
   normal double or zero. Ordering by keys of one shift is ordering by the
   exact ratios, and equal double ratios give equal keys (R3). */
double star_ratio_key(double num, double den, int shift);

/* True when x is a normal double or zero: no digits lost below DBL_MIN. */
bool star_is_normal_or_zero(double x);

#endif
