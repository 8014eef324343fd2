/* SPDX-License-Identifier: MPL-2.0 */
/* STAR.AHP and STAR.AHPCR against the published BPMSG example, closed forms
   for consistent, 2x2 and 3x3 matrices, and Saaty's random index; the requirements
   cited are listed in addin/core/ahp.c. */
#include "unit.h"
#include "star_core.h"

#include <math.h>

/* BPMSG AHP Excel template example (reference-cases.md) */
static const double bpmsg[9] = {1, 5, 1.0 / 3,
                                1.0 / 5, 1, 1.0 / 7,
                                3, 7, 1};

static void ahp_matches_published_example(void) /* R2 */
{
    double w[3], lambda = 0, cr = 0;
    double published[] = {0.2790, 0.0719, 0.6491};
    CU_ASSERT_EQUAL(star_ahp(3, 3, bpmsg, w, &lambda), STAR_OK);
    ASSERT_ALL_NEAR(w, published, 3, 5e-5);
    CU_ASSERT_DOUBLE_EQUAL(lambda, 3.0649, 5e-5);
    CU_ASSERT_EQUAL(star_ahp_cr(3, 3, bpmsg, &cr), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(cr, 0.056, 5e-4);
    CU_ASSERT_DOUBLE_EQUAL((lambda - 3) / 2, 0.0324, 5e-5); /* published CI */
    CU_ASSERT_EQUAL(star_ahp(3, 3, bpmsg, w, NULL), STAR_OK);
}

/* Independent closed form for any 3x3 reciprocal matrix: with
   c = cbrt(a12*a23/a13), lambda_max = 1 + c + 1/c (the roots of
   mu^3 - 3mu = c^3 + c^-3 for mu = lambda - 1), and the eigenvector is the
   cross product of two rows of A - lambda*I. */
static void closed_form_3x3(const double *a, double *w, double *lambda)
{
    double c = cbrt(a[1] * a[5] / a[2]);
    double l = 1.0 + c + 1.0 / c;
    double r0[3] = {a[0] - l, a[1], a[2]}, r1[3] = {a[3], a[4] - l, a[5]};
    double v[3] = {r0[1] * r1[2] - r0[2] * r1[1], r0[2] * r1[0] - r0[0] * r1[2],
                   r0[0] * r1[1] - r0[1] * r1[0]};
    double sum = v[0] + v[1] + v[2];
    for (int i = 0; i < 3; i++)
        w[i] = v[i] / sum;
    *lambda = l;
}

static void ahp_agrees_with_3x3_closed_form(void) /* R2, R4, R5 */
{
    /* every 3x3 matrix on Saaty's 1/9..9 scale: 17^3 of them */
    static const double scale[] = {1.0 / 9, 1.0 / 8, 1.0 / 7, 1.0 / 6, 1.0 / 5, 1.0 / 4,
                                   1.0 / 3, 1.0 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    int failures = 0;
    for (int p = 0; p < 17; p++) {
        for (int q = 0; q < 17; q++) {
            for (int r = 0; r < 17; r++) {
                double x = scale[p], y = scale[q], z = scale[r];
                double a[9] = {1, x, y, 1 / x, 1, z, 1 / y, 1 / z, 1};
                double w[3], want[3], lambda, want_lambda, cr;
                if (star_ahp(3, 3, a, w, &lambda) != STAR_OK ||
                    star_ahp_cr(3, 3, a, &cr) != STAR_OK) {
                    failures++;
                    continue;
                }
                closed_form_3x3(a, want, &want_lambda);
                for (int i = 0; i < 3; i++)
                    failures += !(fabs(w[i] - want[i]) <= 1e-10);
                failures += !(fabs(lambda - want_lambda) <= 1e-10 * want_lambda);
                failures += !(fabs(cr - (want_lambda - 3) / 2 / 0.58) <= 1e-9);
            }
        }
    }
    CU_ASSERT_EQUAL(failures, 0);
}

static void ahp_recovers_consistent_weights(void) /* R2, R5 */
{
    /* a_ij = w_i / w_j has eigenvector w and lambda_max = k exactly */
    double truth[6] = {0.35, 0.25, 0.15, 0.12, 0.08, 0.05};
    for (size_t k = 3; k <= 6; k++) {
        double a[36], w[6], want[6], lambda, cr, total = 0;
        for (size_t i = 0; i < k; i++)
            total += truth[i];
        for (size_t i = 0; i < k; i++) {
            want[i] = truth[i] / total;
            for (size_t j = 0; j < k; j++)
                a[i * k + j] = i == j ? 1.0 : truth[i] / truth[j];
        }
        CU_ASSERT_EQUAL_FATAL(star_ahp(k, k, a, w, &lambda), STAR_OK);
        ASSERT_ALL_NEAR(w, want, k, 1e-13);
        CU_ASSERT_DOUBLE_EQUAL(lambda, (double)k, 1e-12);
        CU_ASSERT_EQUAL(star_ahp_cr(k, k, a, &cr), STAR_OK);
        CU_ASSERT(cr >= 0.0);
        CU_ASSERT_DOUBLE_EQUAL(cr, 0.0, 1e-12);
    }
}

static void ahp_one_and_two_criteria(void) /* R3, R5 */
{
    double one = 1, w[2], lambda, cr = -1;
    CU_ASSERT_EQUAL(star_ahp(1, 1, &one, w, &lambda), STAR_OK);
    CU_ASSERT_EQUAL(w[0], 1.0);
    CU_ASSERT_EQUAL(lambda, 1.0);
    CU_ASSERT_EQUAL(star_ahp_cr(1, 1, &one, &cr), STAR_OK);
    CU_ASSERT_EQUAL(cr, 0.0);
    /* [[1, a], [1/a, 1]]: a/(1+a) and 1/(1+a) */
    double two[] = {1, 4, 0.25, 1}, want[] = {0.8, 0.2};
    CU_ASSERT_EQUAL(star_ahp(2, 2, two, w, &lambda), STAR_OK);
    ASSERT_ALL_NEAR(w, want, 2, 1e-15);
    CU_ASSERT_DOUBLE_EQUAL(lambda, 2.0, 1e-15);
    cr = -1;
    CU_ASSERT_EQUAL(star_ahp_cr(2, 2, two, &cr), STAR_OK);
    CU_ASSERT_EQUAL(cr, 0.0);
    double seventh[] = {1, 1.0 / 7, 7, 1}, want7[] = {0.125, 0.875};
    CU_ASSERT_EQUAL(star_ahp(2, 2, seventh, w, NULL), STAR_OK);
    ASSERT_ALL_NEAR(w, want7, 2, 1e-15);
}

static void random_index_is_saatys(void) /* R5 */
{
    double published[] = {0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49}, ri;
    for (size_t k = 3; k <= 10; k++) {
        CU_ASSERT_EQUAL(star_ahp_random_index(k, &ri), STAR_OK);
        CU_ASSERT_EQUAL(ri, published[k - 3]);
    }
    CU_ASSERT_EQUAL(star_ahp_random_index(1, &ri), STAR_OK);
    CU_ASSERT_EQUAL(ri, 0.0);
    CU_ASSERT_EQUAL(star_ahp_random_index(2, &ri), STAR_OK);
    CU_ASSERT_EQUAL(ri, 0.0);
    CU_ASSERT_EQUAL(star_ahp_random_index(11, &ri), STAR_E_TOO_LARGE);
    CU_ASSERT_EQUAL(star_ahp_random_index(0, &ri), STAR_E_EMPTY);
}

static void ahpcr_limits_size(void) /* R5 */
{
    /* an 11x11 matrix of ones has weights but no random index */
    double a[121], w[11], cr;
    for (int i = 0; i < 121; i++)
        a[i] = 1.0;
    CU_ASSERT_EQUAL(star_ahp(11, 11, a, w, NULL), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(w[10], 1.0 / 11, 1e-15);
    CU_ASSERT_EQUAL(star_ahp_cr(11, 11, a, &cr), STAR_E_TOO_LARGE);
    CU_ASSERT_EQUAL(star_ahp_cr(10, 10, a, &cr), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(cr, 0.0, 1e-15);
    CU_ASSERT_EQUAL(star_ahp_cr(2, 3, a, &cr), STAR_E_SIZE);
}

static void ahp_rejects_bad_matrices(void) /* R1 */
{
    double w[3], cr;
    star_where where;
    double ones[9] = {1, 1, 1, 1, 1, 1, 1, 1, 1};
    CU_ASSERT_EQUAL(star_ahp(2, 3, ones, w, NULL), STAR_E_SIZE);
    CU_ASSERT_EQUAL(star_ahp(0, 0, ones, w, NULL), STAR_E_EMPTY);
    CU_ASSERT_EQUAL(star_ahp_cr(0, 0, ones, &cr), STAR_E_EMPTY);
    double negative[9] = {1, -2, 1, -0.5, 1, 1, 1, 1, 1};
    CU_ASSERT_EQUAL(star_ahp(3, 3, negative, w, NULL), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_ahp_check(3, 3, negative, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 0, "matrix");
    CU_ASSERT_EQUAL(where.column, 1);
    double zero[9] = {1, 1, 1, 1, 1, 0, 1, 1, 1};
    CU_ASSERT_EQUAL(star_ahp_check(3, 3, zero, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "matrix");
    CU_ASSERT_EQUAL(where.column, 2);
    double diagonal[9] = {1, 1, 1, 1, 2, 1, 1, 1, 1};
    CU_ASSERT_EQUAL(star_ahp(3, 3, diagonal, w, NULL), STAR_E_INCONSISTENT);
    CU_ASSERT_EQUAL(star_ahp_check(3, 3, diagonal, &where), STAR_E_INCONSISTENT);
    ASSERT_WHERE(where, 1, "matrix");
    CU_ASSERT_EQUAL(where.column, 1);
    /* 0.333 typed for 1/3 is 0.1% off: not reciprocal; reported below the diagonal */
    double typed[9] = {1, 5, 0.333, 0.2, 1, 1.0 / 7, 3, 7, 1};
    CU_ASSERT_EQUAL(star_ahp(3, 3, typed, w, NULL), STAR_E_INCONSISTENT);
    CU_ASSERT_EQUAL(star_ahp_cr(3, 3, typed, &cr), STAR_E_INCONSISTENT);
    CU_ASSERT_EQUAL(star_ahp_check(3, 3, typed, &where), STAR_E_INCONSISTENT);
    ASSERT_WHERE(where, 2, "matrix");
    CU_ASSERT_EQUAL(where.column, 0);
    /* within the relative 1e-6 of the spec */
    double close[9] = {1, 5, (1.0 / 3) * (1 + 5e-7), 0.2, 1, 1.0 / 7, 3, 7, 1 - 5e-7};
    CU_ASSERT_EQUAL(star_ahp_check(3, 3, close, NULL), STAR_OK);
    double nan_entry[4] = {1, 0.0 / 0.0, 1, 1};
    CU_ASSERT_EQUAL(star_ahp(2, 2, nan_entry, w, NULL), STAR_E_DOMAIN);
    double infinite[4] = {1, INFINITY, 0, 1};
    CU_ASSERT_EQUAL(star_ahp(2, 2, infinite, w, NULL), STAR_E_DOMAIN);
}

static void ahp_at_the_ends_of_the_doubles(void) /* R6 */
{
    /* consistent: a_ij = w_i / w_j for w = 1, 1e-150, 1e-300, so the
       priorities are w over its sum and lambda_max is 3 */
    double w_true[3] = {1, 1e-150, 1e-300}, a[9], w[3], lambda;
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
            a[i * 3 + j] = w_true[i] / w_true[j];
    star_status status = star_ahp(3, 3, a, w, &lambda);
    CU_ASSERT(status == STAR_OK || status == STAR_E_NONFINITE);
    if (status == STAR_OK) {
        for (int i = 0; i < 3; i++)
            CU_ASSERT_DOUBLE_EQUAL(w[i] / w_true[i], 1.0, 1e-9);
        CU_ASSERT_DOUBLE_EQUAL(lambda, 3.0, 1e-9);
    }
}

static void ahp_reports_no_convergence(void) /* R4 */
{
    /* A cycle 1 > 2 > 3 > 4 > 1 with entries far outside Saaty's scale: the
       second eigenvalues have modulus within 2/x of lambda_max, so power
       iteration would need ~10^5 steps. Gives a status, never a guess. */
    double x = 1e4;
    double a[16] = {1, x, 1, 1 / x,
                    1 / x, 1, x, 2,
                    1, 1 / x, 1, x,
                    x, 0.5, 1 / x, 1};
    double w[4], cr;
    CU_ASSERT_EQUAL(star_ahp(4, 4, a, w, NULL), STAR_E_NO_CONVERGENCE);
    CU_ASSERT_EQUAL(star_ahp_cr(4, 4, a, &cr), STAR_E_NO_CONVERGENCE);
    /* the same cycle on Saaty's scale converges */
    double b[16] = {1, 9, 1, 1.0 / 9,
                    1.0 / 9, 1, 9, 2,
                    1, 1.0 / 9, 1, 9,
                    9, 0.5, 1.0 / 9, 1};
    double lambda;
    CU_ASSERT_EQUAL(star_ahp(4, 4, b, w, &lambda), STAR_OK);
    /* check the eigen-equation itself: A w = lambda w */
    for (int i = 0; i < 4; i++) {
        double s = 0;
        for (int j = 0; j < 4; j++)
            s += b[i * 4 + j] * w[j];
        CU_ASSERT_DOUBLE_EQUAL(s, lambda * w[i], 1e-10);
    }
}

CU_TestInfo ahp_tests[] = {
    {"ahp matches the published example", ahp_matches_published_example},
    {"ahp agrees with the 3x3 closed form", ahp_agrees_with_3x3_closed_form},
    {"ahp recovers consistent weights", ahp_recovers_consistent_weights},
    {"ahp with one and two criteria", ahp_one_and_two_criteria},
    {"random index is Saaty's", random_index_is_saatys},
    {"ahpcr limits the size", ahpcr_limits_size},
    {"ahp rejects bad matrices", ahp_rejects_bad_matrices},
    {"ahp reports no convergence", ahp_reports_no_convergence},
    {"ahp at the ends of the doubles", ahp_at_the_ends_of_the_doubles},
    CU_TEST_INFO_NULL,
};
