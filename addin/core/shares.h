/* SPDX-License-Identifier: MPL-2.0 */
/* Internal to the core: shares summing to 1 from logarithms. */
#ifndef STAR_SHARES_H
#define STAR_SHARES_H

#include <stddef.h>

/* In place, x[i] = exp(x[i]) / sum_j exp(x[j]): how geometric means become
   weights. Shifting by the largest log first keeps exp in range (the shift
   cancels). k >= 1 and every x finite. */
void star_shares_from_logs(size_t k, double *x);

#endif
