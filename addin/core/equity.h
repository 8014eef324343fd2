/* SPDX-License-Identifier: MPL-2.0 */
/* Equity and health economics: STAR.EQUITY, STAR.ATKINSON, STAR.ICER and
   STAR.NMB. Arrays are caller-owned and hold n values, one per row; out may
   alias an input. On any status but STAR_OK, outputs are unspecified.
   Each checker returns the status of its function for bad rows and says in
   *where (status.h; may be NULL) which row and input. */
#ifndef STAR_EQUITY_H
#define STAR_EQUITY_H

#include <stddef.h>
#include "export.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* benefit: any number; share: 0..1; weight: >= 0 (STAR_E_DOMAIN). */
STAR_API star_status star_equity_check(size_t n, const double *benefit, const double *share,
                                       const double *weight, star_where *where);

/* out[i] = benefit[i] * (1 + (weight[i] - 1) * share[i]): the benefit with
   the share reaching the most deprived fifth counted weight times. */
STAR_API star_status star_equity(size_t n, const double *benefit, const double *share,
                                 const double *weight, double *out);

/* health: > 0; population (may be NULL): >= 0 (STAR_E_DOMAIN) and not all
   zero (STAR_E_ALL_ZERO, on population, in no row). n = 0 is STAR_E_EMPTY. */
STAR_API star_status star_atkinson_check(size_t n, const double *health,
                                         const double *population, star_where *where);

/* Atkinson's equally distributed equivalent of n health levels with
   inequality aversion epsilon >= 0, weighted by population (NULL: equally):
   (sum_i p_i h_i^(1-e))^(1/(1-e)) with p the population shares, the
   geometric mean when epsilon = 1 and the mean when epsilon = 0. Computed
   through logs relative to the smallest or largest level, so a large epsilon
   (10 or 50) neither overflows nor underflows. */
STAR_API star_status star_atkinson(size_t n, const double *health, double epsilon,
                                   const double *population, double *ede);

/* delta_cost: any number; delta_effect: any number but 0 (STAR_E_DOMAIN). */
STAR_API star_status star_icer_check(size_t n, const double *delta_cost,
                                     const double *delta_effect, star_where *where);

/* out[i] = delta_cost[i] / delta_effect[i], the incremental
   cost-effectiveness ratio. */
STAR_API star_status star_icer(size_t n, const double *delta_cost, const double *delta_effect,
                               double *out);

/* delta_effect, delta_cost: any number; threshold: >= 0 (STAR_E_DOMAIN). */
STAR_API star_status star_nmb_check(size_t n, const double *delta_effect,
                                    const double *delta_cost, const double *threshold,
                                    star_where *where);

/* out[i] = threshold[i] * delta_effect[i] - delta_cost[i], the net monetary
   benefit; pass n copies of a single threshold. */
STAR_API star_status star_nmb(size_t n, const double *delta_effect, const double *delta_cost,
                              const double *threshold, double *out);

#ifdef __cplusplus
}
#endif
#endif
