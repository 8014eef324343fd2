/* SPDX-License-Identifier: MPL-2.0 */
/* Arithmetic that keeps representable answers representable (scaled.h).
   Requirements (cited by tests/unit/test_scaled.c):
   R1. Where every intermediate value is a normal double or zero, the result
       is the plain expression's, bit for bit.
   R2. Otherwise the result is the exact value correctly rounded once or
       twice (at most an ulp or two away), infinite only when the exact value
       is beyond DBL_MAX, and 0 only when it is below the smallest
       subnormal.
   R3. Keys of star_ratio_key with the shift of star_ratio_shift keep the order of the exact ratios,
       and equal double ratios stay equal. */
#include "scaled.h"

#include <float.h>
#include <limits.h>
#include <math.h>

/* frexp's exponents: x = m * 2^e, 0.5 <= |m| < 1, is normal for
   e >= DBL_MIN_EXP and finite for e <= DBL_MAX_EXP. */

bool star_is_normal_or_zero(double x)
{
    return x == 0.0 || (isfinite(x) && fabs(x) >= DBL_MIN);
}

/* x came out of a product or quotient of factors that were not zero: it
   kept all its digits (R1). */
static bool kept(double x, bool zero_factor)
{
    return star_is_normal_or_zero(x) && (x != 0.0 || zero_factor);
}

int star_exponent(double x)
{
    int e = 0;
    if (x != 0.0 && isfinite(x))
        frexp(x, &e);
    return e;
}

double star_quotient_times(double a, double b, double c)
{
    double q = a / b;
    if (kept(q, a == 0.0) || !isfinite(a) || !isfinite(b) || !isfinite(c) || b == 0.0)
        return q * c;
    int ea, eb, ec;
    double ma = frexp(a, &ea), mb = frexp(b, &eb), mc = frexp(c, &ec);
    return ldexp(ma / mb * mc, ea - eb + ec);
}

double star_product3(double a, double b, double c)
{
    double p = a * b;
    if (kept(p, a == 0.0 || b == 0.0) || !isfinite(a) || !isfinite(b) || !isfinite(c))
        return p * c;
    int ea, eb, ec;
    double ma = frexp(a, &ea), mb = frexp(b, &eb), mc = frexp(c, &ec);
    return ldexp(ma * mb * mc, ea + eb + ec);
}

/* The exponent of num / den as frexp would give it for the exact quotient
   of the mantissas (within one of the true one). */
static long ratio_exponent(double num, double den)
{
    int en, ed, eq;
    double mn = frexp(num, &en), md = frexp(den, &ed);
    frexp(mn / md, &eq);
    return (long)en - ed + eq;
}

bool star_ratio_shift(size_t n, const double *num, const double *den, int *shift)
{
    *shift = 0;
    long lo = LONG_MAX, hi = LONG_MIN;
    bool plain = true;
    for (size_t i = 0; i < n; i++) {
        if (num[i] == 0.0 || !isfinite(num[i]) || !isfinite(den[i]) || den[i] == 0.0)
            continue;
        plain = plain && kept(num[i] / den[i], false);
        long e = ratio_exponent(num[i], den[i]);
        lo = e < lo ? e : lo;
        hi = e > hi ? e : hi;
    }
    if (plain)
        return true;
    /* One below the top and one above the bottom, for the rounding of the
       mantissas' quotient. */
    long room_lo = DBL_MIN_EXP + 1, room_hi = DBL_MAX_EXP - 1;
    if (hi - lo > room_hi - room_lo)
        return false;
    long s = lo < room_lo ? room_lo - lo : hi > room_hi ? room_hi - hi : 0;
    *shift = (int)s;
    return true;
}

double star_ratio_key(double num, double den, int shift)
{
    if (shift == 0) {
        double q = num / den;
        if (kept(q, num == 0.0) || !isfinite(num) || !isfinite(den) || den == 0.0)
            return q;
    }
    if (num == 0.0)
        return 0.0 * den;
    int en, ed;
    double mn = frexp(num, &en), md = frexp(den, &ed);
    return ldexp(mn / md, en - ed + shift);
}
