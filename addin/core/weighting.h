/* SPDX-License-Identifier: MPL-2.0 */
/* Weights from ranks and from several stakeholder groups: STAR.ROC and
   STAR.GROUPWEIGHTS. Arrays are caller-owned. On any status but STAR_OK, out
   is unspecified. */
#ifndef STAR_WEIGHTING_H
#define STAR_WEIGHTING_H

#include <stdbool.h>
#include <stddef.h>
#include "export.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Checks k importance ranks: each a whole number from 1 to k. Returns
   STAR_OK, STAR_E_EMPTY for k = 0, or STAR_E_DOMAIN at the offending rank
   (*where as in status.h; may be NULL). */
STAR_API star_status star_roc_check(size_t k, const double *ranks, star_where *where);

/* Rank-order centroid weights of k criteria: out[i] = (1/k) * sum_{j=r..k} 1/j
   for the criterion in place r of the order by rank (1 = most important).
   Equal ranks share the mean weight of the places they occupy, so only the
   order of the ranks matters. out may alias ranks. Allocates O(k) scratch. */
STAR_API star_status star_roc(size_t k, const double *ranks, double *out);

/* Checks a g x k row-major matrix of weights, one row per stakeholder group:
   entries >= 0 (> 0 when geometric) else STAR_E_DOMAIN, no row all zero else
   STAR_E_ALL_ZERO, g or k = 0 is STAR_E_EMPTY; *where (may be NULL) names
   the offending row and column of "matrix". Rows are checked in order. */
STAR_API star_status star_groupweights_check(size_t g, size_t k, const double *matrix,
                                             bool geometric, star_where *where);

/* Combined weights (k values in out, summing to 1): each row normalised to
   sum 1, then the arithmetic mean of the rows, or when geometric their
   geometric mean renormalised to sum 1. out may not alias matrix. */
STAR_API star_status star_groupweights(size_t g, size_t k, const double *matrix,
                                       bool geometric, double *out);

#ifdef __cplusplus
}
#endif
#endif
