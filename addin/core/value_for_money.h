/* SPDX-License-Identifier: MPL-2.0 */
/* Benefit and value for money: STAR.BENEFIT, STAR.VFM, STAR.RANK.
   Arrays are caller-owned and hold n values, one per intervention; out may
   alias an input. On any status but STAR_OK, out is unspecified. */
#ifndef STAR_VALUE_FOR_MONEY_H
#define STAR_VALUE_FOR_MONEY_H

#include <stdbool.h>
#include <stddef.h>
#include "export.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* out[i] = patients[i] * gain[i] * likelihood[i]; likelihood NULL means 1.
   patients: whole >= 0; likelihood: 0..1; gain: any number. */
STAR_API star_status star_benefit(size_t n, const double *patients, const double *gain,
                                  const double *likelihood, double *out);

/* out[i] = benefit[i] / cost[i] * per: benefit per `per` pounds.
   cost > 0, per > 0. */
STAR_API star_status star_vfm(size_t n, const double *benefit, const double *cost,
                              double per, double *out);

/* Competition ranks as RANK.EQ: 1 for the highest value (lowest when
   ascending), ties share the better rank and the next rank is skipped.
   O(n log n); allocates n pairs of scratch and frees them. */
STAR_API star_status star_rank(size_t n, const double *values, bool ascending, double *out);

#ifdef __cplusplus
}
#endif
#endif
