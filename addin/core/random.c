/* SPDX-License-Identifier: MPL-2.0 */
/* Requirements (cited by tests/unit/test_psa.c):
   R1. The same seed gives the same numbers on every platform: unsigned
       64-bit integer operations, and double operations that IEEE 754 rounds
       correctly (+ - * / sqrt), none of them a multiply feeding an add that
       a compiler could fuse.
   R2. Uniform numbers lie in [0, 1); triangular draws in low..high.
   R3. The reference algorithms: splitmix64 and xoshiro256** as published
       by Vigna (prng.di.unimi.it), checked against their known outputs. */
#include "random.h"

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

double star_triangular_quantile(double u, double low, double mode, double high)
{
    if (!(low < high))
        return low;
    double width = high - low, x;
    /* u < F(mode) without dividing: u * width < mode - low. */
    double below = u * width;
    if (below < mode - low)
        x = low + sqrt(below * (mode - low));
    else
        x = high - sqrt((1.0 - u) * width * (high - mode));
    /* Rounding may step a hair outside the range; the range is the promise. */
    return fmin(fmax(x, low), high);
}

double star_rng_triangular(star_rng *rng, double low, double mode, double high)
{
    return star_triangular_quantile(star_rng_uniform(rng), low, mode, high);
}
