/* SPDX-License-Identifier: MPL-2.0 */
/* STAR.ROC and STAR.GROUPWEIGHTS against published and hand-worked values;
   the requirements
   cited are listed in addin/core/weighting.c. */
#include "unit.h"
#include "star_core.h"

#include <math.h>

static void roc_matches_published_values(void) /* R2 */
{
    /* reference-cases.md, 4 decimals */
    double ranks3[] = {1, 2, 3}, ranks4[] = {1, 2, 3, 4}, out[4];
    double published3[] = {0.6111, 0.2778, 0.1111};
    double published4[] = {0.5208, 0.2708, 0.1458, 0.0625};
    CU_ASSERT_EQUAL(star_roc(3, ranks3, out), STAR_OK);
    ASSERT_ALL_NEAR(out, published3, 3, 5e-5);
    /* by hand: (1 + 1/2 + 1/3)/3 = 11/18, (1/2 + 1/3)/3 = 5/18, (1/3)/3 = 2/18 */
    double exact3[] = {11.0 / 18, 5.0 / 18, 2.0 / 18};
    ASSERT_ALL_NEAR(out, exact3, 3, 1e-15);
    CU_ASSERT_EQUAL(star_roc(4, ranks4, out), STAR_OK);
    ASSERT_ALL_NEAR(out, published4, 4, 5e-5);
    double exact4[] = {25.0 / 48, 13.0 / 48, 7.0 / 48, 3.0 / 48};
    ASSERT_ALL_NEAR(out, exact4, 4, 1e-15);
}

static void roc_follows_ranks_in_any_order(void)
{
    double ranks[] = {3, 1, 2}, out[3], want[] = {2.0 / 18, 11.0 / 18, 5.0 / 18};
    CU_ASSERT_EQUAL(star_roc(3, ranks, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 3, 1e-15);
    /* out may alias ranks */
    CU_ASSERT_EQUAL(star_roc(3, ranks, ranks), STAR_OK);
    ASSERT_ALL_NEAR(ranks, want, 3, 1e-15);
}

static void roc_ties_share_their_places(void) /* R3 */
{
    /* the first two share places 1 and 2: (11/18 + 5/18)/2 = 8/18 */
    double want[] = {8.0 / 18, 8.0 / 18, 2.0 / 18}, out[3];
    double r113[] = {1, 1, 3}, r112[] = {1, 1, 2}, r223[] = {2, 2, 3};
    CU_ASSERT_EQUAL(star_roc(3, r113, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 3, 1e-15);
    CU_ASSERT_EQUAL(star_roc(3, r112, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 3, 1e-15);
    CU_ASSERT_EQUAL(star_roc(3, r223, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 3, 1e-15);
    /* all tied: equal weights */
    double r111[] = {1, 1, 1}, third[] = {1.0 / 3, 1.0 / 3, 1.0 / 3};
    CU_ASSERT_EQUAL(star_roc(3, r111, out), STAR_OK);
    ASSERT_ALL_NEAR(out, third, 3, 1e-15);
    /* 1, 2, 2, 4 of 4: places 2 and 3 share (13 + 7)/96 */
    double r1224[] = {1, 2, 2, 4}, out4[4];
    double want4[] = {25.0 / 48, 10.0 / 48, 10.0 / 48, 3.0 / 48};
    CU_ASSERT_EQUAL(star_roc(4, r1224, out4), STAR_OK);
    ASSERT_ALL_NEAR(out4, want4, 4, 1e-15);
}

static void roc_sums_to_one_and_decreases(void) /* R2 */
{
    enum { K = 60 };
    double ranks[K], out[K];
    for (size_t k = 1; k <= K; k++) {
        for (size_t i = 0; i < k; i++)
            ranks[i] = (double)(i + 1);
        CU_ASSERT_EQUAL_FATAL(star_roc(k, ranks, out), STAR_OK);
        double sum = 0.0;
        for (size_t i = 0; i < k; i++) {
            sum += out[i];
            if (i > 0)
                CU_ASSERT(out[i] < out[i - 1]);
        }
        CU_ASSERT_DOUBLE_EQUAL(sum, 1.0, 1e-14);
        /* the last place gets 1/k^2 */
        CU_ASSERT_DOUBLE_EQUAL(out[k - 1], 1.0 / (double)(k * k), 1e-16);
    }
    double one = 1, out1;
    CU_ASSERT_EQUAL(star_roc(1, &one, &out1), STAR_OK);
    CU_ASSERT_EQUAL(out1, 1.0);
}

static void roc_rejects_bad_ranks(void) /* R1 */
{
    double out[3];
    star_where where;
    double zero[] = {1, 0}, over[] = {1, 3}, fraction[] = {1, 1.5}, nan_rank[] = {0.0 / 0.0, 1};
    CU_ASSERT_EQUAL(star_roc(2, zero, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_roc(2, over, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_roc(2, fraction, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_roc(2, nan_rank, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_roc(0, NULL, out), STAR_E_EMPTY);
    CU_ASSERT_EQUAL(star_roc_check(2, over, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "ranks");
    CU_ASSERT_STRING_EQUAL(where.why, "must be whole numbers from 1 to 2, the number of criteria");
    CU_ASSERT_EQUAL(star_roc_check(2, nan_rank, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 0, "ranks");
    /* whole within the rule's 1e-9 */
    double nearly[] = {2.0000000001, 1};
    CU_ASSERT_EQUAL(star_roc(2, nearly, out), STAR_OK);
}

static void groupweights_arithmetic_mean_of_normalised_rows(void) /* R5, R6 */
{
    /* rows normalise to (.5, .25, .25) and (.25, .25, .5); the second row's
       scale (x10) does not matter */
    double matrix[] = {2, 1, 1, 10, 10, 20}, out[3], want[] = {0.375, 0.25, 0.375};
    CU_ASSERT_EQUAL(star_groupweights(2, 3, matrix, false, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 3, 1e-15);
    /* a zero entry is fine without geometric */
    double with_zero[] = {1, 0, 1, 0, 1, 1}, want_zero[] = {0.25, 0.25, 0.5};
    CU_ASSERT_EQUAL(star_groupweights(2, 3, with_zero, false, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want_zero, 3, 1e-15);
    /* one group: its row normalised */
    double single[] = {30, 20, 50}, want_single[] = {0.3, 0.2, 0.5};
    CU_ASSERT_EQUAL(star_groupweights(1, 3, single, false, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want_single, 3, 1e-15);
    CU_ASSERT_EQUAL(star_groupweights(1, 3, single, true, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want_single, 3, 1e-15);
}

static void groupweights_geometric_mean_renormalised(void) /* R6, R7 */
{
    /* sqrt(.5*.25) = .353553..., sqrt(.25*.25) = .25; over their sum */
    double matrix[] = {2, 1, 1, 1, 1, 2}, out[3];
    double want[] = {0.3693980625181293, 0.2612038749637414, 0.3693980625181293};
    CU_ASSERT_EQUAL(star_groupweights(2, 3, matrix, true, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 3, 1e-15);
    /* entries at the ends of the double range stay finite */
    double extreme[] = {1e300, 1e-300, 1e-300, 1e300}, out2[2];
    CU_ASSERT_EQUAL(star_groupweights(2, 2, extreme, true, out2), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(out2[0], 0.5, 1e-15);
    CU_ASSERT_EQUAL(star_groupweights(2, 2, extreme, false, out2), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(out2[0], 0.5, 1e-15);
}

static void groupweights_rejects_bad_input(void) /* R4 */
{
    double out[3];
    star_where where;
    double negative[] = {1, 1, 1, 1, -1, 1};
    CU_ASSERT_EQUAL(star_groupweights(2, 3, negative, false, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_groupweights_check(2, 3, negative, false, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "matrix");
    CU_ASSERT_EQUAL(where.column, 1);
    double zero_row[] = {1, 2, 3, 0, 0, 0};
    CU_ASSERT_EQUAL(star_groupweights(2, 3, zero_row, false, out), STAR_E_ALL_ZERO);
    CU_ASSERT_EQUAL(star_groupweights_check(2, 3, zero_row, false, &where), STAR_E_ALL_ZERO);
    ASSERT_WHERE(where, 1, "matrix");
    double one_zero[] = {1, 0, 1, 1, 1, 1};
    CU_ASSERT_EQUAL(star_groupweights_check(2, 3, one_zero, true, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 0, "matrix");
    CU_ASSERT_EQUAL(where.column, 1);
    CU_ASSERT_STRING_EQUAL(where.why, "must be more than 0 with geometric (0)");
    CU_ASSERT_EQUAL(star_groupweights(2, 3, zero_row, true, out), STAR_E_DOMAIN);
    double nan_entry[] = {1, 0.0 / 0.0, 1};
    CU_ASSERT_EQUAL(star_groupweights(1, 3, nan_entry, false, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_groupweights(0, 3, NULL, false, out), STAR_E_EMPTY);
    CU_ASSERT_EQUAL(star_groupweights(2, 0, NULL, false, out), STAR_E_EMPTY);
}

CU_TestInfo weighting_tests[] = {
    {"roc matches published values", roc_matches_published_values},
    {"roc follows ranks in any order", roc_follows_ranks_in_any_order},
    {"roc ties share their places", roc_ties_share_their_places},
    {"roc sums to 1 and decreases", roc_sums_to_one_and_decreases},
    {"roc rejects bad ranks", roc_rejects_bad_ranks},
    {"groupweights arithmetic mean of normalised rows",
     groupweights_arithmetic_mean_of_normalised_rows},
    {"groupweights geometric mean renormalised", groupweights_geometric_mean_renormalised},
    {"groupweights rejects bad input", groupweights_rejects_bad_input},
    CU_TEST_INFO_NULL,
};
