/* SPDX-License-Identifier: MPL-2.0 */
/* Arithmetic that keeps representable answers (addin/core/scaled.c, whose
   requirements are cited), against values worked by hand: powers of two and
   decimal values whose exact results are known. */
#include "unit.h"
#include "scaled.h"

#include <float.h>
#include <math.h>

/* |got - want| <= rel * |want| */
#define ASSERT_RELATIVE(got, want, rel) CU_ASSERT(fabs((got) - (want)) <= (rel) * fabs(want))

static void plain_where_nothing_leaves_the_normal_range(void) /* R1 */
{
    /* The same bits as the plain expressions. */
    double a = 0.1, b = 0.3, c = 7.0;
    CU_ASSERT_EQUAL(star_quotient_times(a, b, c), a / b * c);
    CU_ASSERT_EQUAL(star_product3(a, b, c), a * b * c);
    CU_ASSERT_EQUAL(star_quotient_times(0.0, b, c), 0.0);
    /* A final result that overflows is the plain one too: beyond doubles. */
    CU_ASSERT(isinf(star_quotient_times(1e300, 1e-10, 1.0)));
    CU_ASSERT(isinf(star_product3(1e200, 1e200, 1.0)));
    int shift = 99;
    double num[] = {1.0, 2.0, 0.0}, den[] = {3.0, 6.0, 1.0};
    CU_ASSERT_TRUE(star_ratio_shift(3, num, den, &shift));
    CU_ASSERT_EQUAL(shift, 0);
    CU_ASSERT_EQUAL(star_ratio_key(1.0, 3.0, 0), 1.0 / 3.0);
}

static void exact_where_the_plain_expression_overflows_or_underflows(void) /* R2 */
{
    /* 1e308 / 0.5 is beyond doubles; times 1e-3 it is 2e305. */
    ASSERT_RELATIVE(star_quotient_times(1e308, 0.5, 1e-3), 2e305, 1e-15);
    /* 1e-300 / 1e10 = 1e-310 keeps only 36 of its bits; times 1e10, 1e-300. */
    ASSERT_RELATIVE(star_quotient_times(1e-300, 1e10, 1e10), 1e-300, 1e-15);
    /* 1e200 * 1e200 overflows; times 1e-300 it is 1e100. */
    ASSERT_RELATIVE(star_product3(1e200, 1e200, 1e-300), 1e100, 1e-15);
    /* 2 * 1e308 overflows; times a likelihood of 0.5 it is 1e308. */
    ASSERT_RELATIVE(star_product3(2.0, 1e308, 0.5), 1e308, 1e-15);
    /* Powers of two: exact. 2^-1074 * 2^600 * 2^600 = 2^126. */
    CU_ASSERT_EQUAL(star_product3(0x1p-1074, 0x1p600, 0x1p600), 0x1p126);
    CU_ASSERT_EQUAL(star_quotient_times(-0x1p1000, 0x1p-100, 0x1p-500), -0x1p600);
    /* Below the smallest subnormal: 0. */
    CU_ASSERT_EQUAL(star_product3(0x1p-600, 0x1p-600, 0.5), 0.0);
    CU_ASSERT_EQUAL(star_exponent(0.75), 0);
    CU_ASSERT_EQUAL(star_exponent(0x1p1023), 1024);
    CU_ASSERT_EQUAL(star_exponent(0x1p-1074), -1073);
    CU_ASSERT_EQUAL(star_exponent(0.0), 0);
}

static void ratio_keys_keep_the_order_of_the_exact_ratios(void) /* R3 */
{
    /* Ratios 2^1033, 2^1032 and 1/3: the first two are beyond doubles, so
       keys are shifted down, and their order and the third's are kept. */
    double num[] = {0x1p1023, 0x1p1022, 1.0, 2.0}, den[] = {0x1p-10, 0x1p-10, 3.0, 6.0};
    int shift;
    CU_ASSERT_TRUE_FATAL(star_ratio_shift(4, num, den, &shift));
    CU_ASSERT(shift < 0);
    double key[4];
    for (int i = 0; i < 4; i++) {
        key[i] = star_ratio_key(num[i], den[i], shift);
        CU_ASSERT(star_is_normal_or_zero(key[i]));
    }
    CU_ASSERT_EQUAL(key[0], 2.0 * key[1]); /* exactly: powers of two */
    CU_ASSERT(key[1] > key[2]);
    CU_ASSERT_EQUAL(key[2], key[3]); /* 1/3 and 2/6 are the same double */
    CU_ASSERT_EQUAL(key[2], ldexp(1.0 / 3.0, shift));
    /* Ratios below DBL_MIN (2^-1074 / 2^10) are shifted up. */
    double tiny[] = {0x1p-1074, 0x1p-1073}, ones[] = {0x1p10, 0x1p10};
    CU_ASSERT_TRUE_FATAL(star_ratio_shift(2, tiny, ones, &shift));
    CU_ASSERT(shift > 0);
    CU_ASSERT_EQUAL(star_ratio_key(tiny[1], ones[1], shift), 2.0 * star_ratio_key(tiny[0], ones[0], shift));
    /* 2^2046 between the largest and smallest ratio: no shift fits both. */
    double wide[] = {0x1p1023, 0x1p-1023}, unit[] = {0x1p-1023, 0x1p1023};
    CU_ASSERT_FALSE(star_ratio_shift(2, wide, unit, &shift));
}

CU_TestInfo scaled_tests[] = {
    {"plain where nothing leaves the normal range", plain_where_nothing_leaves_the_normal_range},
    {"exact where the plain expression overflows or underflows",
     exact_where_the_plain_expression_overflows_or_underflows},
    {"ratio keys keep the order of the exact ratios", ratio_keys_keep_the_order_of_the_exact_ratios},
    CU_TEST_INFO_NULL,
};
