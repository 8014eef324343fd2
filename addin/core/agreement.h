/* SPDX-License-Identifier: MPL-2.0 */
/* Agreement between two rankings: STAR.AGREE. Arrays are caller-owned. */
#ifndef STAR_AGREEMENT_H
#define STAR_AGREEMENT_H

#include <stddef.h>
#include "export.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Kendall's tau-b of the n pairs (a[i], b[i]), with ties:
   (concordant - discordant) / sqrt((n0 - ties_a) * (n0 - ties_b)),
   n0 = n(n-1)/2. Values: any finite numbers (STAR_E_DOMAIN). n < 2, or a
   column whose values are all equal, is STAR_E_EMPTY: there is no order to
   agree on. Knight's algorithm: O(n log n) time, allocates O(n) scratch. */
STAR_API star_status star_agree(size_t n, const double *a, const double *b, double *tau);

#ifdef __cplusplus
}
#endif
#endif
