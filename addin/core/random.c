/* SPDX-License-Identifier: MPL-2.0 */
/* Requirements (cited by tests/unit/test_psa.c):
   R1. The same seed gives the same numbers on every platform: unsigned
       64-bit integer operations, and double operations that IEEE 754 rounds
       correctly (+ - * / sqrt), none of them a multiply feeding an add that
       a compiler could fuse.
   R2. Uniform numbers lie in [0, 1); triangular draws in low..high.
   R3. The reference algorithms: splitmix64 and xoshiro256** as published
       by Vigna (prng.di.unimi.it), checked against their known outputs.
   R4. Triangular draws follow their distribution at any magnitude: where
       the width or the products under the square roots would overflow or
       lose their digits, the draw is made relative to a power of two
       (exact), so that ranges near DBL_MAX or below DBL_MIN are not piled
       onto one end. */
#include "random.h"
#include "scaled.h"

#include <math.h>
#include <string.h>

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

void star_rng_seed(star_rng *rng, uint64_t seed)
{
    for (int i = 0; i < 4; i++)
        rng->s[i] = splitmix64(&seed);
}

void star_rng_seed_number(star_rng *rng, double seed)
{
    double s = nearbyint(seed);
    uint64_t bits;
    if (fabs(s) < 0x1p63) {
        bits = (uint64_t)(int64_t)s;
    } else {
        memcpy(&bits, &s, sizeof bits);
    }
    star_rng_seed(rng, bits);
}

uint64_t star_rng_next(star_rng *rng)
{
    uint64_t *s = rng->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

double star_rng_uniform(star_rng *rng)
{
    return (double)(star_rng_next(rng) >> 11) * 0x1.0p-53;
}

/* The quantile where its arithmetic stays in range; false where it would
   not (R4). */
static bool plain_quantile(double u, double low, double mode, double high, double *x)
{
    double width = high - low;
    /* u < F(mode) without dividing: u * width < mode - low. */
    double below = u * width, square;
    bool lower = below < mode - low;
    if (lower)
        square = below * (mode - low);
    else
        square = (1.0 - u) * width * (high - mode);
    if (!isfinite(width) || !star_is_normal_or_zero(square) ||
        (square == 0.0 && (lower ? below != 0.0 && mode != low : u != 1.0 && high != mode)))
        return false;
    *x = lower ? low + sqrt(square) : high - sqrt(square);
    return true;
}

double star_triangular_quantile(double u, double low, double mode, double high)
{
    if (!(low < high))
        return low;
    double x;
    if (!plain_quantile(u, low, mode, high, &x)) {
        /* R4: in units of the power of two just above the range's ends,
           where nothing overflows or underflows, then back. */
        int e = star_exponent(fmax(fabs(low), fabs(high)));
        if (!plain_quantile(u, ldexp(low, -e), ldexp(mode, -e), ldexp(high, -e), &x))
            return low;
        x = ldexp(x, e);
    }
    /* Rounding may step a hair outside the range; the range is the promise. */
    return fmin(fmax(x, low), high);
}

double star_rng_triangular(star_rng *rng, double low, double mode, double high)
{
    return star_triangular_quantile(star_rng_uniform(rng), low, mode, high);
}
