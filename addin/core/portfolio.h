/* SPDX-License-Identifier: MPL-2.0 */
/* Robust portfolios: how far each weight can move before what is funded
   changes (STAR.FUNDSTABILITY), and the chance each intervention is funded
   when the weights range between bounds (STAR.SMAA: stochastic
   multicriteria acceptability analysis, after Lahdelma and Salminen).
   In both, the benefit of intervention i is
       multiplier[i] * star_score(scores, weights, low, high)[i]
   and what is funded is star_allocate(benefit, cost, budget, whole) with
   no min or max. Arrays are caller-owned: scores n x k row-major, weights
   and bounds k values, per-intervention arrays n values; low and high (the
   scoring scale, k values each) both NULL or both given. Outputs may not
   alias inputs; on any status but STAR_OK they are unspecified.

   The checkers report where the problem is in *where (may be NULL), as
   status.h says, naming inputs by the parameter names below; a problem
   with one criterion's weight or bound says which cell in its words. */
#ifndef STAR_PORTFOLIO_H
#define STAR_PORTFOLIO_H

#include <stdbool.h>
#include <stddef.h>
#include "export.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* STAR.FUNDSTABILITY's limits (docs/reliability.md): at most
   STAR_FUNDSTABILITY_MAX_ROWS interventions (STAR_E_TOO_LARGE, whole or
   not: each end takes a few allocations of them all, more as they grow:
   about 50 in all for 50 rows and 6 criteria, 130 for 5,000); the
   allocations its searches solve together may take at most
   STAR_FUNDSTABILITY_MAX_WORK rows (n per allocation: 500 allocations of
   10,000 rows) and, with whole, STAR_FUNDSTABILITY_NODE_LIMIT steps of the
   exact search; beyond either, STAR_E_NO_CONVERGENCE. */
#define STAR_FUNDSTABILITY_MAX_ROWS 10000
#define STAR_FUNDSTABILITY_MAX_WORK 5000000.0
#define STAR_FUNDSTABILITY_NODE_LIMIT 100000000UL

/* The rule of STAR.FUNDSTABILITY, whole or not. n and k at least 1
   (STAR_E_EMPTY); budget >= 0; at most STAR_FUNDSTABILITY_MAX_ROWS rows
   (STAR_E_TOO_LARGE); weights >= 0 (STAR_E_DOMAIN), not all zero
   (STAR_E_ALL_ZERO); low and high as star_score's (STAR_E_SCALE); then row
   by row finite scores, multiplier >= 0, cost > 0. */
STAR_API star_status star_fundstability_check(size_t n, size_t k, const double *scores,
                                              const double *weights, const double *multiplier,
                                              const double *cost, double budget, const double *low,
                                              const double *high, star_where *where);

/* For each criterion j, the lowest (out[2j]) and highest (out[2j+1]) share
   of all the weights it can take, the others rescaled in proportion (when
   they are all zero, they rise equally), with star_allocate's answer the
   same as at the weights given. With criterion j at share t every benefit
   is linear in t, so is the total benefit of any allocation, and the
   shares t at which one allocation is optimal form an interval. Each end is
   found by a parametric search (Eisner and Severance): solve at the far end
   (0 or 1); while the answer there differs, move to where the line of that
   answer's total crosses the line of today's answer, and solve again. Where
   today's answer is optimal again, that crossing is the end, proven by the
   allocation there; the crossings close in on it from outside. Every share
   tried is scored by star_score at the weights a sheet would build for it;
   where rounding leaves no usable crossing, halving the gap takes its
   place. The end is that crossing itself (inclusive), 0 or 1 when the
   answer never changes; shares agree when they differ by at most 1e-9.
   k = 1 gives [1, 1].
   Fails as star_allocate does (STAR_E_NO_CONVERGENCE), and with
   STAR_E_NO_CONVERGENCE beyond the limits above. Allocates O(n + k)
   scratch, and the search's, once. */
STAR_API star_status star_fundstability(size_t n, size_t k, const double *scores,
                                        const double *weights, const double *multiplier,
                                        const double *cost, double budget, bool whole,
                                        const double *low, const double *high, double *out);

/* Most draws STAR.SMAA accepts, and its limits (docs/reliability.md):
   draws x rows at most STAR_SMAA_MAX_WORK (STAR_SMAA_MAX_WHOLE_WORK with
   whole), draws x rows x criteria at most STAR_SMAA_MAX_SCORE_WORK, all
   else STAR_E_TOO_LARGE on draws; with whole the draws' searches together
   at most STAR_SMAA_NODE_LIMIT steps, and the weights' sampler at most
   STAR_SAMPLER_PROPOSAL_LIMIT proposals, else STAR_E_NO_CONVERGENCE. */
#define STAR_SMAA_MAX_DRAWS 1000000
#define STAR_SMAA_MAX_WORK 5000000.0
#define STAR_SMAA_MAX_WHOLE_WORK 2000000.0
#define STAR_SMAA_MAX_SCORE_WORK 50000000.0
#define STAR_SMAA_NODE_LIMIT 100000000UL

/* The rule of STAR.SMAA. k at least 1 (STAR_E_EMPTY); budget >= 0;
   draws a whole number 1..STAR_SMAA_MAX_DRAWS and the work within the
   limits above (STAR_E_TOO_LARGE); seed a whole number; with whole at most
   STAR_ALLOCATE_WHOLE_MAX_ROWS rows; the weights' bounds by
   star_sampler_check (its low and high named weights_low and
   weights_high); low and high as star_score's; then row by row finite
   scores, multiplier >= 0, cost > 0. */
STAR_API star_status star_smaa_check(size_t n, size_t k, const double *scores,
                                     const double *weights_low, const double *weights_high,
                                     const double *multiplier, const double *cost, double budget,
                                     double draws, double seed, bool whole, const double *low,
                                     const double *high, star_where *where);

/* out is n x 2, row-major. Over `draws` draws of the weights, uniform on
   {w : sum(w) = 1, weights_low <= w <= weights_high} (star_sampler, taking
   its uniforms from star_rng seeded with the seed as star_rng_seed_number),
   out[2i] is the mean of star_allocate's share for row i (with whole, the
   chance it is funded) and out[2i+1] its mean rank by value for money,
   benefit / cost as computed in double, 1 = best, equal ratios in row order
   (the order of STAR.CURVE), so the mean ranks sum to n(n+1)/2. When the
   bounds leave the weights no room (star_sampler_fixed), the answer is one
   allocation's: exactly star_allocate's at weights_low (or weights_high
   when only they sum to 1). Fails as star_allocate does, and with
   STAR_E_NO_CONVERGENCE beyond the limits above. Allocates O(n + k)
   scratch, the sampler's and the search's, once. n = 0 writes nothing. */
STAR_API star_status star_smaa(size_t n, size_t k, const double *scores,
                               const double *weights_low, const double *weights_high,
                               const double *multiplier, const double *cost, double budget,
                               double draws, double seed, bool whole, const double *low,
                               const double *high, double *out);

#ifdef __cplusplus
}
#endif
#endif
