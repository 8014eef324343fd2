/* SPDX-License-Identifier: MPL-2.0 */
/* How far each weight can move before the order of interventions changes:
   STAR.STABILITY. Arrays are caller-owned. On any status but STAR_OK, out is
   unspecified. */
#ifndef STAR_STABILITY_H
#define STAR_STABILITY_H

#include <stddef.h>
#include "export.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Checks the per-intervention rows: the k scores of each row (row-major
   n x k) finite numbers and divisor[i] > 0 (divisor may be NULL). Returns
   STAR_OK, STAR_E_EMPTY for n or k = 0, or STAR_E_DOMAIN at the first
   offending row and input (*where as in status.h; may be NULL). Weights, low
   and high are checked by star_score's rules. */
STAR_API star_status star_stability_check(size_t n, size_t k, const double *scores,
                                          const double *divisor, star_where *where);

/* For each criterion j, the lowest (out[2j]) and highest (out[2j+1]) share
   of the total weight that criterion j can have, 0..1, with the order of the
   interventions by star_score(scores, weights, low, high)[i] / divisor[i]
   unchanged. The other weights are scaled in proportion as the share moves
   (when they are all zero, they rise equally). Pairs tied now do not
   constrain; the bounds are the crossing points themselves (inclusive).
   Neighbours in the order now count as tied when their values differ by at
   most a relative STAR_STABILITY_TIE (of the larger |normalised score| /
   divisor of the two), so that rounding cannot turn an exact tie into a
   constraint; a run of such neighbours is one tied group.
   scores: n x k row-major; weights: k, >= 0, not all zero; divisor: n values
   > 0, or NULL for 1; low, high: k values each or both NULL, as star_score.
   k = 1 gives [1, 1]; n = 1 gives [0, 1]; n = 0 is STAR_E_EMPTY.
   Time O(n k + n log n) plus, per criterion, all pairs across neighbouring
   groups of tied interventions: O(n k) in all without ties, O(n^2 k) at
   worst when large tied groups sit next to each other; more than
   STAR_STABILITY_MAX_PAIRS pairs in all (k times the pairs across
   neighbouring groups) is STAR_E_TOO_LARGE, about half a second of work.
   Allocates O(n k). */
#define STAR_STABILITY_TIE 1e-9
#define STAR_STABILITY_MAX_PAIRS 100000000.0
STAR_API star_status star_stability(size_t n, size_t k, const double *scores,
                                    const double *weights, const double *divisor,
                                    const double *low, const double *high, double *out);

#ifdef __cplusplus
}
#endif
#endif
