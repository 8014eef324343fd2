/* SPDX-License-Identifier: MPL-2.0 */
/* The status enum and its message table stay in step; rules say what they mean. */
#include "unit.h"
#include "star_core.h"

#include <math.h>
#include <string.h>

static void every_status_has_its_own_message(void)
{
    for (int s = 0; s < STAR_STATUS_COUNT; s++) {
        const char *m = star_strerror((star_status)s);
        CU_ASSERT_PTR_NOT_NULL_FATAL(m);
        CU_ASSERT(strlen(m) > 0);
        CU_ASSERT_STRING_NOT_EQUAL(m, "unknown problem");
        for (int t = 0; t < s; t++)
            CU_ASSERT_STRING_NOT_EQUAL(m, star_strerror((star_status)t));
    }
}

static void unknown_status_is_clamped(void)
{
    CU_ASSERT_STRING_EQUAL(star_strerror(STAR_STATUS_COUNT), "unknown problem");
    CU_ASSERT_STRING_EQUAL(star_strerror((star_status)-1), "unknown problem");
    CU_ASSERT_STRING_EQUAL(star_strerror((star_status)1000), "unknown problem");
}

CU_TestInfo status_tests[] = {
    {"every status has its own message", every_status_has_its_own_message},
    {"unknown status is clamped", unknown_status_is_clamped},
    CU_TEST_INFO_NULL,
};

static void whole_numbers_allow_rounding_noise(void)
{
    CU_ASSERT_TRUE(star_is_whole(0.19 * 18500));
    CU_ASSERT_TRUE(star_is_whole(-3.0));
    CU_ASSERT_FALSE(star_is_whole(2.5));
    CU_ASSERT_FALSE(star_is_whole(1.001));
    CU_ASSERT_FALSE(star_is_whole(INFINITY));
    CU_ASSERT_FALSE(star_is_whole(NAN));
}

static void rules_admit_what_they_say(void)
{
    struct { star_rule rule; double x; int admitted; } cases[] = {
        {STAR_RULE_NUMBER, -1e300, 1}, {STAR_RULE_NUMBER, NAN, 0}, {STAR_RULE_NUMBER, INFINITY, 0},
        {STAR_RULE_NONNEG, 0.0, 1}, {STAR_RULE_NONNEG, -1e-12, 0},
        {STAR_RULE_POSITIVE, 1e-300, 1}, {STAR_RULE_POSITIVE, 0.0, 0}, {STAR_RULE_POSITIVE, -2, 0},
        {STAR_RULE_SHARE, 0.0, 1}, {STAR_RULE_SHARE, 1.0, 1}, {STAR_RULE_SHARE, 1.0000001, 0},
        {STAR_RULE_SHARE, -0.1, 0},
        {STAR_RULE_COUNT, 0.0, 1}, {STAR_RULE_COUNT, 18500, 1}, {STAR_RULE_COUNT, 2.5, 0},
        {STAR_RULE_COUNT, -1.0, 0},
        {STAR_RULE_RANK, 1.0, 1}, {STAR_RULE_RANK, 0.0, 0}, {STAR_RULE_RANK, 1.5, 0},
        {STAR_RULE_NONZERO, -1e-300, 1}, {STAR_RULE_NONZERO, 0.0, 0}, {STAR_RULE_NONZERO, NAN, 0},
        {STAR_RULE_COUNT_OF_RULES, 1.0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CU_ASSERT_EQUAL(star_rule_admits(cases[i].rule, cases[i].x), cases[i].admitted);
}

static void rule_check_names_first_offender(void)
{
    double x[] = {1, 2, -3, 4, -5, 6};
    size_t bad = 99;
    CU_ASSERT_EQUAL(star_rule_check(STAR_RULE_NONNEG, x, 6, 1, &bad), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(bad, 2);
    /* with a stride of 2 the values are 1, -3, -5: the offender is the second */
    CU_ASSERT_EQUAL(star_rule_check(STAR_RULE_NONNEG, x, 3, 2, &bad), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(bad, 1);
    CU_ASSERT_EQUAL(star_rule_check(STAR_RULE_NONNEG, x + 1, 1, 1, &bad), STAR_OK);
    CU_ASSERT_EQUAL(star_rule_check(STAR_RULE_NONNEG, NULL, 0, 1, NULL), STAR_OK);
}

static void every_rule_has_words(void)
{
    for (int r = 0; r < STAR_RULE_COUNT_OF_RULES; r++) {
        CU_ASSERT_PTR_NOT_NULL(strstr(star_rule_text((star_rule)r), "must "));
    }
}

CU_TestInfo rule_tests[] = {
    {"whole numbers allow rounding noise", whole_numbers_allow_rounding_noise},
    {"rules admit what they say", rules_admit_what_they_say},
    {"rule check names the first offender", rule_check_names_first_offender},
    {"every rule has words", every_rule_has_words},
    CU_TEST_INFO_NULL,
};
