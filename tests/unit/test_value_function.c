/* SPDX-License-Identifier: MPL-2.0 */
/* STAR.VALUE against hand-worked values; the requirements
   cited are listed in
   addin/core/value_function.c. */
#include "unit.h"
#include "star_core.h"

#include <float.h>

static void value_interpolates_and_clamps(void) /* R2 */
{
    /* concave: 0 -> 0, 5 -> 80, 10 -> 100 */
    double xs[] = {0, 5, 10}, vs[] = {0, 80, 100};
    double x[] = {-1, 0, 2.5, 5, 7.5, 10, 12, 1};
    double want[] = {0, 0, 40, 80, 90, 100, 100, 16}, out[8];
    CU_ASSERT_EQUAL(star_value(8, x, 3, xs, vs, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 8, 1e-12);
    /* a decreasing value (lower is better), e.g. waiting weeks */
    double weeks[] = {0, 100}, falling[] = {100, 0}, at[] = {25, -5, 150}, want2[] = {75, 100, 0};
    CU_ASSERT_EQUAL(star_value(3, at, 2, weeks, falling, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want2, 3, 1e-12);
    /* out may alias x */
    CU_ASSERT_EQUAL(star_value(8, x, 3, xs, vs, x), STAR_OK);
    ASSERT_ALL_NEAR(x, want, 8, 1e-12);
}

static void value_is_exact_at_the_points(void) /* R2 */
{
    double xs[] = {-3.7, 0.1, 0.30000000000000004, 2.2, 9.9, 1e6};
    double vs[] = {0.1, 0.7, 1.0 / 3, -2.5, 77.7, 100};
    double out[6];
    CU_ASSERT_EQUAL(star_value(6, xs, 6, xs, vs, out), STAR_OK);
    for (int i = 0; i < 6; i++)
        CU_ASSERT_EQUAL(out[i], vs[i]);
}

static void value_spans_the_double_range(void) /* R3 */
{
    double xs[] = {-DBL_MAX, DBL_MAX}, vs[] = {0, 100}, x[] = {0, DBL_MAX / 2}, out[2];
    CU_ASSERT_EQUAL(star_value(2, x, 2, xs, vs, out), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(out[0], 50, 1e-12);
    CU_ASSERT_DOUBLE_EQUAL(out[1], 75, 1e-12);
    double wide[] = {-DBL_MAX, DBL_MAX}, one = 0.5;
    CU_ASSERT_EQUAL(star_value(1, &one, 2, vs, wide, out), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(out[0] / DBL_MAX, -1.0 + 2.0 * 0.005, 1e-12);
}

static void value_rejects_bad_points(void) /* R1, R4 */
{
    double out[2], x[] = {1, 2};
    star_where where;
    double xs[] = {0, 1, 1}, vs[] = {0, 50, 100};
    CU_ASSERT_EQUAL(star_value(2, x, 3, xs, vs, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_value_check(3, xs, vs, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 2, "xs");
    double falling[] = {5, 1, 9};
    CU_ASSERT_EQUAL(star_value_check(3, falling, vs, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "xs");
    double nan_v[] = {0, 0.0 / 0.0, 1}, rising[] = {0, 1, 2};
    CU_ASSERT_EQUAL(star_value_check(3, rising, nan_v, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "vs");
    CU_ASSERT_EQUAL(star_value(2, x, 1, rising, vs, out), STAR_E_SIZE);
    CU_ASSERT_EQUAL(star_value(2, x, 0, NULL, NULL, out), STAR_E_EMPTY);
    double nan_x[] = {1, 0.0 / 0.0};
    CU_ASSERT_EQUAL(star_value(2, nan_x, 3, rising, vs, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_value(0, NULL, 3, rising, vs, NULL), STAR_OK);
}

/* Found by fuzzing: between two equal values the line came out one unit in
   the last place below them. */
static void value_of_a_flat_segment(void) /* R5 */
{
    double xs[] = {0.6705882352941176, 1.6705882352941175}, vs[] = {0.6705882352941176, 0.6705882352941176};
    double x[] = {0.99607843137254903, 1.2, 1.5}, out[3];
    CU_ASSERT_EQUAL_FATAL(star_value(3, x, 2, xs, vs, out), STAR_OK);
    for (size_t i = 0; i < 3; i++)
        CU_ASSERT_EQUAL(out[i], vs[0]);
}

CU_TestInfo value_function_tests[] = {
    {"value of a flat segment", value_of_a_flat_segment},
    {"value interpolates and clamps", value_interpolates_and_clamps},
    {"value is exact at the points", value_is_exact_at_the_points},
    {"value spans the double range", value_spans_the_double_range},
    {"value rejects bad points", value_rejects_bad_points},
    CU_TEST_INFO_NULL,
};
