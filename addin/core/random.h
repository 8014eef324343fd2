/* SPDX-License-Identifier: MPL-2.0 */
/* The random numbers of STAR.PSA: xoshiro256** (Blackman and Vigna, 2018)
   seeded by splitmix64, and a triangular distribution by its inverse CDF.
   Integer operations and correctly rounded IEEE double arithmetic only (no
   rand(), no libm beyond sqrt), so a seed gives the same numbers on every
   platform. The generator's state is the caller's: no global state. */
#ifndef STAR_RANDOM_H
#define STAR_RANDOM_H

#include <stdint.h>
#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct star_rng {
    uint64_t s[4];
} star_rng;

/* The state becomes four successive outputs of splitmix64 started at seed
   (which cannot all be zero). */
STAR_API void star_rng_seed(star_rng *rng, uint64_t seed);

/* Seeded by a whole number as a cell gives it (STAR.PSA's and STAR.SMAA's
   seed): below 2^63 in size as its 64-bit two's complement, larger ones as
   the bits of the double. */
STAR_API void star_rng_seed_number(star_rng *rng, double seed);

/* The next 64 bits of xoshiro256**. */
STAR_API uint64_t star_rng_next(star_rng *rng);

/* A uniform number in [0, 1): the top 53 bits of star_rng_next times 2^-53. */
STAR_API double star_rng_uniform(star_rng *rng);

/* The u-quantile (0 <= u < 1) of the triangular distribution on low..high
   with the given mode, low <= mode <= high: below F(mode) = (mode - low) /
   (high - low), low + sqrt(u (high - low) (mode - low)); above it,
   high - sqrt((1 - u) (high - low) (high - mode)). Always within low..high;
   low == high gives low. */
STAR_API double star_triangular_quantile(double u, double low, double mode, double high);

/* One draw from that distribution, using one uniform number even when
   low == high, so that fixed values do not shift the draws of others. */
STAR_API double star_rng_triangular(star_rng *rng, double low, double mode, double high);

#ifdef __cplusplus
}
#endif
#endif
