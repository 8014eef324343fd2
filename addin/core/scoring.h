/* SPDX-License-Identifier: MPL-2.0 */
/* Multi-criteria scoring: STAR.SCORE and STAR.WEIGHTS.
   Arrays are caller-owned; out may not alias scores. */
#ifndef STAR_SCORING_H
#define STAR_SCORING_H

#include <stddef.h>
#include "export.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Weighted mean score of each of n interventions over k criteria:
   out[i] = sum_j w[j]*v[i][j] / sum_j w[j], with scores row-major n x k.
   When low and high (k values each) are given, v = 100*(s-low)/(high-low),
   a reversed scale when low > high; both NULL means v = s.
   Weights >= 0 and not all zero (STAR_E_ALL_ZERO); low == high is STAR_E_SCALE. */
STAR_API star_status star_score(size_t n, size_t k, const double *scores,
                                const double *weights, const double *low,
                                const double *high, double *out);

/* out[i] = swings[i] / sum(swings); swings >= 0, not all zero. */
STAR_API star_status star_weights(size_t n, const double *swings, double *out);

#ifdef __cplusplus
}
#endif
#endif
