/* SPDX-License-Identifier: MPL-2.0 */
/* Analytic hierarchy process: STAR.AHP and STAR.AHPCR. The pairwise
   comparison matrix is caller-owned, rows x columns, row-major; entry (i, j)
   says how many times more important criterion i is than criterion j. On any
   status but STAR_OK, outputs are unspecified. */
#ifndef STAR_AHP_H
#define STAR_AHP_H

#include <stddef.h>
#include "export.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Largest matrix whose consistency ratio has a random index. */
#define STAR_AHP_MAX_CR_SIZE 10

/* Checks a pairwise comparison matrix: rows == columns (else STAR_E_SIZE),
   at least 1 (else STAR_E_EMPTY), every entry a finite number > 0 (else
   STAR_E_DOMAIN), ones on the diagonal and a_ji = 1/a_ij within a relative
   1e-6 (else STAR_E_INCONSISTENT). Entries are checked in row-major order and
   *where (status.h; may be NULL) names the row and column of the first
   offender; for a pair that is not reciprocal, the entry below the
   diagonal. */
STAR_API star_status star_ahp_check(size_t rows, size_t columns, const double *matrix,
                                    star_where *where);

/* The AHP priority vector: the principal eigenvector of the k x k matrix,
   normalised to sum 1, written to weights (k values; may not alias matrix).
   lambda_max (may be NULL) gets the principal eigenvalue. Power iteration from the normalised
   row geometric means until the Collatz-Wielandt bounds on the eigenvalue,
   min_i (Aw)_i/w_i <= lambda_max <= max_i (Aw)_i/w_i, agree within a relative
   STAR_AHP_TOLERANCE (or 8*k*DBL_EPSILON when larger); after
   STAR_AHP_MAX_ITERATIONS steps, or as many as STAR_AHP_MAX_WORK
   multiplications allow (k^2 a step: fewer than 10,000 steps above 141
   criteria, 47 at 2,048), it gives STAR_E_NO_CONVERGENCE. Allocates O(k)
   scratch. */
#define STAR_AHP_TOLERANCE 1e-12
#define STAR_AHP_MAX_ITERATIONS 10000
#define STAR_AHP_MAX_WORK 200000000.0
STAR_API star_status star_ahp(size_t rows, size_t columns, const double *matrix,
                              double *weights, double *lambda_max);

/* Saaty's random index for k criteria: 0 for k <= 2; 0.58, 0.90, 1.12, 1.24,
   1.32, 1.41, 1.45, 1.49 for k = 3..10; k = 0 is STAR_E_EMPTY and k > 10
   STAR_E_TOO_LARGE. */
STAR_API star_status star_ahp_random_index(size_t k, double *ri);

/* Consistency ratio CI/RI with CI = (lambda_max - k)/(k - 1): 0 for k <= 2;
   k > STAR_AHP_MAX_CR_SIZE is STAR_E_TOO_LARGE. */
STAR_API star_status star_ahp_cr(size_t rows, size_t columns, const double *matrix,
                                 double *cr);

#ifdef __cplusplus
}
#endif
#endif
