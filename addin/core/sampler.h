/* SPDX-License-Identifier: MPL-2.0 */
/* Weights drawn uniformly from the shares that sum to 1 with each criterion
   between its lowest and highest share: the simplex cut by a box, as
   STAR.SMAA draws them. The sampler is the caller's (new and free); it
   holds no global state and uses only the generator it is given. */
#ifndef STAR_SAMPLER_H
#define STAR_SAMPLER_H

#include <stdbool.h>
#include <stddef.h>
#include "export.h"
#include "random.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The sums of the lowest and highest shares may miss 1 by this much (shares
   typed to a few decimals, or computed, rarely add up to 1 exactly). */
#define STAR_SAMPLER_SUM_TOLERANCE 1e-9

/* Proposals one sampler may make in all, accepted or not, before a draw
   gives up with STAR_E_NO_CONVERGENCE: a count, not a time, so the answer is
   the same on every machine (docs/reliability.md). */
#define STAR_SAMPLER_PROPOSAL_LIMIT 20000000UL

/* The rule: k >= 1 (else STAR_E_EMPTY); every low and high a share 0..1
   (STAR_E_DOMAIN); low <= high (STAR_E_BOUNDS, on low); sum(low) <= 1 and
   sum(high) >= 1, each within STAR_SAMPLER_SUM_TOLERANCE
   (STAR_E_INFEASIBLE, on low or high). *where (may be NULL) names the
   input as "low" or "high" and the criterion in its words ("in cell 2 ..."),
   as in status.h. */
STAR_API star_status star_sampler_check(size_t k, const double *low, const double *high,
                                        star_where *where);

typedef struct star_sampler star_sampler;

/* A sampler of w (k values) uniform on {w : sum(w) = 1, low <= w <= high}
   (the (k-1)-dimensional volume on that plane). Fails with the checker's
   status, or STAR_E_NOMEM; *out is NULL then. Chooses its method here
   (see sampler.c) from the bounds alone, with a generator of its own, so
   the choice does not depend on the caller's seed. Free with
   star_sampler_free (NULL is fine). */
STAR_API star_status star_sampler_new(size_t k, const double *low, const double *high,
                                      star_sampler **out);
STAR_API void star_sampler_free(star_sampler *s);

/* True when every draw is the same: the ranges leave no room (every
   low = high, or the lows or the highs already sum to 1). That draw is then
   low itself, or high itself when only the highs sum to 1. */
STAR_API bool star_sampler_fixed(const star_sampler *s);

/* One draw into w (k values, each within its low..high; their sum is 1 up
   to rounding), taking uniforms from rng; none when the sampler is fixed.
   STAR_E_NO_CONVERGENCE once the sampler's proposals pass its limit. */
STAR_API star_status star_sampler_draw(star_sampler *s, star_rng *rng, double *w);

/* The method: proposals from the simplex (flipped: from the highs down)
   for all but the `boxed` narrowest free ranges, which are drawn uniformly
   from their own range; every choice is exact, only its speed differs. For
   tests and benchmarks; `boxed` below star_sampler_free_count. */
STAR_API size_t star_sampler_free_count(const star_sampler *s);
STAR_API void star_sampler_method(const star_sampler *s, bool *flipped, size_t *boxed);
STAR_API void star_sampler_use_method(star_sampler *s, bool flipped, size_t boxed);
STAR_API unsigned long star_sampler_proposals(const star_sampler *s);
STAR_API void star_sampler_set_proposal_limit(star_sampler *s, unsigned long limit);

#ifdef __cplusplus
}
#endif
#endif
