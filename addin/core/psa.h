/* SPDX-License-Identifier: MPL-2.0 */
/* Probabilistic sensitivity analysis: STAR.PSA.
   Arrays are caller-owned and hold n values, one per intervention; min and
   max may be NULL (0 and 1). share may not alias an input. On any status
   but STAR_OK, share is unspecified. */
#ifndef STAR_PSA_H
#define STAR_PSA_H

#include <stdbool.h>
#include <stddef.h>
#include "export.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Most draws STAR.PSA accepts. */
#define STAR_PSA_MAX_DRAWS 1000000

/* Limits that keep one call within a few seconds (docs/reliability.md):
   draws x rows at most STAR_PSA_MAX_WORK, or STAR_PSA_MAX_WHOLE_WORK with
   whole (STAR_E_TOO_LARGE beyond; 10,000 draws of 500 or of 200
   interventions), and all the draws' whole allocations together at most
   STAR_PSA_NODE_LIMIT nodes of the search (STAR_E_NO_CONVERGENCE beyond;
   realistic problems at the work limit need up to about 60 million). */
#define STAR_PSA_MAX_WORK 5000000.0
#define STAR_PSA_MAX_WHOLE_WORK 2000000.0
#define STAR_PSA_NODE_LIMIT 100000000UL

/* The rule of STAR.PSA; reports like the checkers in allocation.h.
   budget >= 0; draws a whole number 1..STAR_PSA_MAX_DRAWS; draws x n within
   STAR_PSA_MAX_WORK (STAR_PSA_MAX_WHOLE_WORK with whole), else
   STAR_E_TOO_LARGE on draws; seed a whole number; in each row the values
   are numbers with benefit_low <= benefit <= benefit_high and 0 < cost_low
   <= cost <= cost_high (an order broken is STAR_E_BOUNDS); then min, max
   and the mandatory spend as star_allocate_check with cost_high as the
   cost, since a draw may come that close to it (a problem with that cost is
   reported on cost_high). */
STAR_API star_status star_psa_check(size_t n, const double *benefit,
                                    const double *benefit_low, const double *benefit_high,
                                    const double *cost, const double *cost_low,
                                    const double *cost_high, double budget, double draws,
                                    double seed, bool whole, const double *min,
                                    const double *max, star_where *where);

/* share[i] = the mean over `draws` draws of star_allocate's share, each draw
   taking every benefit and cost independently from the triangular
   distribution (low, most likely = the base value, high); with whole, the
   probability of being funded. The draws come from star_rng seeded with the
   seed (a whole number below 2^63 in size as its two's complement bits,
   larger ones as the bits of the double), two uniforms per row and draw:
   benefit, then cost. When no range is wider than a point every draw is the
   same, and the result is star_allocate's. Fails with star_allocate's status
   when a draw does (STAR_E_NO_CONVERGENCE), and with STAR_E_NO_CONVERGENCE
   when the draws' searches together pass STAR_PSA_NODE_LIMIT. Allocates
   O(n) scratch once and frees it. */
STAR_API star_status star_psa(size_t n, const double *benefit, const double *benefit_low,
                              const double *benefit_high, const double *cost,
                              const double *cost_low, const double *cost_high, double budget,
                              double draws, double seed, bool whole, const double *min,
                              const double *max, double *share);

#ifdef __cplusplus
}
#endif
#endif
