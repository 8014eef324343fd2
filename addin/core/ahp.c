/* SPDX-License-Identifier: MPL-2.0 */
/* Requirements (cited by tests/unit/test_ahp.c):
   R1. The matrix is square (else STAR_E_SIZE), not empty (STAR_E_EMPTY),
       every entry finite and > 0 (STAR_E_DOMAIN), with a unit diagonal and
       a_ij * a_ji = 1 within 1e-6 (STAR_E_INCONSISTENT); the checker names
       the first offending entry in row-major order.
   R2. The priority vector is the principal (Perron) eigenvector, normalised
       to sum 1; for a consistent matrix a_ij = w_i/w_j it is w exactly.
   R3. k = 1 gives weight 1 and lambda_max 1; k = 2 gives a/(1+a), 1/(1+a)
       and lambda_max 2.
   R4. Iteration stops when the Collatz-Wielandt bounds on lambda_max agree
       to STAR_AHP_TOLERANCE; a matrix that does not converge within
       STAR_AHP_MAX_ITERATIONS steps (fewer for large k, so that no call
       does more than STAR_AHP_MAX_WORK multiplications) is
       STAR_E_NO_CONVERGENCE, never a guess.
   R5. CR = CI/RI with Saaty's RI for k = 3..10; 0 for k <= 2; k > 10 is
       STAR_E_TOO_LARGE. CI is never below 0 (lambda_max >= k for every
       positive reciprocal matrix, so a negative CI is rounding).
   R6. Results are finite or the status says STAR_E_NONFINITE. */
#include "ahp.h"
#include "rule.h"
#include "shares.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>

/* Saaty's random consistency index, indexed by k. */
static const double random_index[STAR_AHP_MAX_CR_SIZE + 1] = {
    0.0, 0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
};

/* The relative tolerance of the spec for a_ji = 1/a_ij and a_ii = 1. */
static const double reciprocal_tolerance = 1e-6;

star_status star_ahp_check(size_t rows, size_t columns, const double *matrix, star_where *where)
{
    if (rows != columns)
        return star_found_why(where, STAR_E_SIZE, STAR_NO_ROW, 0, "matrix",
                              "must be square, not %zu rows and %zu columns", rows, columns);
    if (rows == 0)
        return star_found(where, STAR_E_EMPTY, STAR_NO_ROW, 0, "matrix");
    size_t k = rows;
    for (size_t i = 0; i < k; i++) {
        for (size_t j = 0; j < k; j++) {
            double a = matrix[i * k + j];
            if (!star_rule_admits(STAR_RULE_POSITIVE, a))
                return star_found(where, STAR_E_DOMAIN, i, j, "matrix");
            if (i == j && !(fabs(a - 1.0) <= reciprocal_tolerance))
                return star_found_why(where, STAR_E_INCONSISTENT, i, j, "matrix",
                                      "must be 1 on the diagonal (%.15g)", a);
            /* (j, i) lies in an earlier row and has passed its own checks. */
            if (j < i && !(fabs(a * matrix[j * k + i] - 1.0) <= reciprocal_tolerance))
                return star_found_why(where, STAR_E_INCONSISTENT, i, j, "matrix",
                                      "must be 1 divided by its mirror entry across the diagonal, "
                                      "%.15g (type =1/3, not 0.333)", 1.0 / matrix[j * k + i]);
        }
    }
    return STAR_OK;
}

/* Power iteration for a checked k x k matrix; w and y are k values each. */
static star_status principal(size_t k, const double *a, double *w, double *y, double *lambda)
{
    /* The row geometric means are exact for a consistent matrix and close
       for a nearly consistent one, so few steps follow. Logs keep them in
       range whatever the entries. */
    for (size_t i = 0; i < k; i++) {
        double sum = 0.0;
        for (size_t j = 0; j < k; j++)
            sum += log(a[i * k + j]);
        w[i] = sum / (double)k;
    }
    star_shares_from_logs(k, w);
    /* Rounding in (Aw)_i/w_i is below (k+1)*DBL_EPSILON relative (all terms
       are positive), so the tolerance can always be met by a converged w. */
    double tolerance = fmax(STAR_AHP_TOLERANCE, 8.0 * (double)k * DBL_EPSILON);
    unsigned long steps = (unsigned long)fmax(1.0, fmin(STAR_AHP_MAX_ITERATIONS,
                                                        STAR_AHP_MAX_WORK / ((double)k * (double)k)));
    for (unsigned long step = 0; step < steps; step++) {
        double low = INFINITY, high = 0.0, sum = 0.0;
        for (size_t i = 0; i < k; i++) {
            double s = 0.0;
            for (size_t j = 0; j < k; j++)
                s += a[i * k + j] * w[j];
            if (!isfinite(s) || !(w[i] > 0.0))
                return STAR_E_NONFINITE;
            y[i] = s;
            low = fmin(low, s / w[i]);
            high = fmax(high, s / w[i]);
            sum += s;
        }
        if (!isfinite(sum))
            return STAR_E_NONFINITE;
        for (size_t i = 0; i < k; i++)
            w[i] = y[i] / sum;
        if (high - low <= tolerance * high) {
            /* With w summing to 1, sum_i (Aw)_i is Saaty's lambda_max, a
               w-weighted mean of the ratios and so between the bounds. */
            *lambda = sum;
            return STAR_OK;
        }
    }
    return STAR_E_NO_CONVERGENCE;
}

star_status star_ahp(size_t rows, size_t columns, const double *matrix, double *weights,
                     double *lambda_max)
{
    star_status status = star_ahp_check(rows, columns, matrix, NULL);
    if (status)
        return status;
    size_t k = rows;
    double *scratch = calloc(k, sizeof *scratch);
    if (!scratch)
        return STAR_E_NOMEM;
    double lambda = 0.0;
    status = principal(k, matrix, weights, scratch, &lambda);
    free(scratch);
    if (status)
        return status;
    if (lambda_max)
        *lambda_max = lambda;
    return STAR_OK;
}

star_status star_ahp_random_index(size_t k, double *ri)
{
    if (k == 0)
        return STAR_E_EMPTY;
    if (k > STAR_AHP_MAX_CR_SIZE)
        return STAR_E_TOO_LARGE;
    *ri = random_index[k];
    return STAR_OK;
}

star_status star_ahp_cr(size_t rows, size_t columns, const double *matrix, double *cr)
{
    if (rows != columns)
        return STAR_E_SIZE;
    size_t k = rows;
    double ri = 0.0;
    star_status status = star_ahp_random_index(k, &ri);
    if (status)
        return status;
    double weights[STAR_AHP_MAX_CR_SIZE], lambda = 0.0;
    status = star_ahp(rows, columns, matrix, weights, &lambda);
    if (status)
        return status;
    /* Every 1x1 and 2x2 reciprocal matrix is consistent. */
    if (k <= 2) {
        *cr = 0.0;
        return STAR_OK;
    }
    double ci = fmax(0.0, (lambda - (double)k) / (double)(k - 1));
    *cr = ci / ri;
    return isfinite(*cr) ? STAR_OK : STAR_E_NONFINITE;
}
