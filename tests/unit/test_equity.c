/* SPDX-License-Identifier: MPL-2.0 */
/* STAR.EQUITY, STAR.ATKINSON, STAR.ICER and STAR.NMB against published and
   hand-worked values; the requirements
   cited are listed in addin/core/equity.c. */
#include "unit.h"
#include "star_core.h"

#include <float.h>
#include <math.h>

static void equity_weights_the_deprived_share(void) /* R4 */
{
    /* 100 x (1 + (2-1) x 0.3) = 130; weight 1 or share 0 change nothing;
       weight 0 and share 1 count nothing; 0.25 x 1.5 = 0.375 extra */
    double benefit[] = {100, 100, 100, 100, -40}, share[] = {0.3, 0.3, 0, 1, 0.25};
    double weight[] = {2, 1, 5, 0, 2.5}, out[5], want[] = {130, 100, 100, 0, -55};
    CU_ASSERT_EQUAL(star_equity(5, benefit, share, weight, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 5, 1e-12);
    /* out may alias benefit */
    CU_ASSERT_EQUAL(star_equity(5, benefit, share, weight, benefit), STAR_OK);
    ASSERT_ALL_NEAR(benefit, want, 5, 1e-12);
    CU_ASSERT_EQUAL(star_equity(0, NULL, NULL, NULL, NULL), STAR_OK); /* R3 */
}

static void equity_rejects_bad_rows(void) /* R1, R2 */
{
    double benefit[] = {1, 1, 1}, share[] = {0.5, 1.2, 0.5}, weight[] = {1, 1, -1}, out[3];
    star_where where;
    CU_ASSERT_EQUAL(star_equity(3, benefit, share, weight, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_equity_check(3, benefit, share, weight, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "share");
    double fine_share[] = {0.5, 1, 0.5};
    CU_ASSERT_EQUAL(star_equity_check(3, benefit, fine_share, weight, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 2, "weight");
    double nan_benefit[] = {0.0 / 0.0}, one = 1, half = 0.5;
    CU_ASSERT_EQUAL(star_equity(1, nan_benefit, &half, &one, out), STAR_E_DOMAIN);
    double huge = 1e308, heavy = 1e10;
    CU_ASSERT_EQUAL(star_equity(1, &huge, &half, &heavy, out), STAR_E_NONFINITE);
}

/* reference-cases.md: quality-adjusted life expectancy by deprivation fifth */
static const double fifths[5] = {62, 68, 70, 72, 74};

static void atkinson_matches_published_value(void) /* R5 */
{
    double ede;
    CU_ASSERT_EQUAL(star_atkinson(5, fifths, 10.946, NULL, &ede), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(ede, 67.66, 0.005);
    /* (mean of h^(1-e))^(1/(1-e)) done directly in Python: 67.6629365044026 */
    CU_ASSERT_DOUBLE_EQUAL(ede, 67.6629365044026, 1e-10);
}

static void atkinson_limits_and_weights(void) /* R5 */
{
    double ede;
    /* epsilon 0: the mean, 69.2 */
    CU_ASSERT_EQUAL(star_atkinson(5, fifths, 0, NULL, &ede), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(ede, 69.2, 1e-12);
    /* epsilon 1: the geometric mean, exp(mean log h) */
    CU_ASSERT_EQUAL(star_atkinson(5, fifths, 1, NULL, &ede), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(ede, 69.07367640365669, 1e-12);
    /* continuous through epsilon = 1 */
    double below, above;
    CU_ASSERT_EQUAL(star_atkinson(5, fifths, 1 - 1e-9, NULL, &below), STAR_OK);
    CU_ASSERT_EQUAL(star_atkinson(5, fifths, 1 + 1e-9, NULL, &above), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(below, ede, 1e-8);
    CU_ASSERT_DOUBLE_EQUAL(above, ede, 1e-8);
    CU_ASSERT(below > ede && ede > above);
    /* population 1:2 of 50 and 80: mean 70; geometric exp((ln 50 + 2 ln 80)/3);
       epsilon 2 is the harmonic mean 1/((1/3)/50 + (2/3)/80) = 200/3 */
    double h[] = {50, 80}, pop[] = {1, 2};
    double want[] = {70, 68.39903786706788, 200.0 / 3};
    double eps[] = {0, 1, 2};
    for (int i = 0; i < 3; i++) {
        CU_ASSERT_EQUAL(star_atkinson(2, h, eps[i], pop, &ede), STAR_OK);
        CU_ASSERT_DOUBLE_EQUAL(ede, want[i], 1e-11);
    }
    /* rows with no population take no part; populations scale freely */
    double h3[] = {50, 1e-3, 80}, pop3[] = {1e300, 0, 2e300};
    for (int i = 0; i < 3; i++) {
        CU_ASSERT_EQUAL(star_atkinson(3, h3, eps[i], pop3, &ede), STAR_OK);
        CU_ASSERT_DOUBLE_EQUAL(ede, want[i], 1e-11);
    }
    /* equal health: the EDE is that health whatever epsilon */
    double same[] = {71.5, 71.5, 71.5};
    CU_ASSERT_EQUAL(star_atkinson(3, same, 7, NULL, &ede), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(ede, 71.5, 1e-12);
}

static void atkinson_large_epsilon_stays_finite(void) /* R5 */
{
    double ede;
    /* values computed directly in Python, scaled by the minimum */
    CU_ASSERT_EQUAL(star_atkinson(5, fifths, 50, NULL, &ede), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(ede, 64.05172769772439, 1e-10);
    CU_ASSERT_EQUAL(star_atkinson(5, fifths, 1000, NULL, &ede), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(ede, 62.09996553867361, 1e-9);
    /* towards the minimum as aversion grows */
    CU_ASSERT_EQUAL(star_atkinson(5, fifths, 1e6, NULL, &ede), STAR_OK);
    CU_ASSERT(ede >= 62 && ede < 62.001);
    /* levels across the double range */
    double wide[] = {1e-300, 1e300};
    CU_ASSERT_EQUAL(star_atkinson(2, wide, 5, NULL, &ede), STAR_OK);
    CU_ASSERT(ede >= 1e-300 && ede <= 1e300);
    /* epsilon 5: (0.5 * 1e-300^-4 + 0.5 * 1e300^-4)^(-1/4) = 2^(1/4) * 1e-300 */
    CU_ASSERT_DOUBLE_EQUAL(ede / 1e-300, pow(2.0, 0.25), 1e-9);
    CU_ASSERT_EQUAL(star_atkinson(2, wide, 0, NULL, &ede), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(ede / 0.5e300, 1.0, 1e-12);
}

static void atkinson_rejects_bad_input(void) /* R1, R3 */
{
    double ede;
    star_where where;
    CU_ASSERT_EQUAL(star_atkinson(5, fifths, -0.5, NULL, &ede), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_atkinson(5, fifths, 0.0 / 0.0, NULL, &ede), STAR_E_DOMAIN);
    double zero_health[] = {60, 0, 70};
    CU_ASSERT_EQUAL(star_atkinson(3, zero_health, 1, NULL, &ede), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_atkinson_check(3, zero_health, NULL, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "health");
    double h[] = {60, 70, 80}, negative[] = {1, 1, -1}, nobody[] = {0, 0, 0};
    CU_ASSERT_EQUAL(star_atkinson_check(3, h, negative, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 2, "population");
    CU_ASSERT_EQUAL(star_atkinson(3, h, 1, nobody, &ede), STAR_E_ALL_ZERO);
    CU_ASSERT_EQUAL(star_atkinson(0, NULL, 1, NULL, &ede), STAR_E_EMPTY);
}

static void icer_divides_cost_by_effect(void) /* R6 */
{
    /* 20,000 pounds for 0.5 QALY: 40,000 per QALY; cheaper and worse */
    double cost[] = {20000, -1000, 0}, effect[] = {0.5, -0.1, 2}, out[3];
    double want[] = {40000, 10000, 0};
    CU_ASSERT_EQUAL(star_icer(3, cost, effect, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 3, 1e-9);
    double none[] = {0.5, 0}, bad_out[2];
    star_where where;
    CU_ASSERT_EQUAL(star_icer(2, cost, none, bad_out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_icer_check(2, cost, none, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "delta_effect");
    double huge = 1e300, tiny = 1e-300;
    CU_ASSERT_EQUAL(star_icer(1, &huge, &tiny, out), STAR_E_NONFINITE);
    CU_ASSERT_EQUAL(star_icer(0, NULL, NULL, NULL), STAR_OK);
}

static void nmb_values_effect_at_threshold(void) /* R6 */
{
    /* 20,000 x 0.5 - 8,000 = 2,000; 30,000 x 0.5 - 8,000 = 7,000 */
    double effect[] = {0.5, 0.5, -0.2}, cost[] = {8000, 8000, -5000};
    double threshold[] = {20000, 30000, 0}, out[3], want[] = {2000, 7000, 5000};
    CU_ASSERT_EQUAL(star_nmb(3, effect, cost, threshold, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 3, 1e-9);
    double negative[] = {20000, -1, 0};
    star_where where;
    CU_ASSERT_EQUAL(star_nmb(3, effect, cost, negative, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_nmb_check(3, effect, cost, negative, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "threshold");
    double huge = DBL_MAX, two = 2, zero = 0;
    CU_ASSERT_EQUAL(star_nmb(1, &two, &zero, &huge, out), STAR_E_NONFINITE);
    CU_ASSERT_EQUAL(star_nmb(0, NULL, NULL, NULL, NULL), STAR_OK);
}

/* Found by fuzzing: with the lowest level's people a vanishing share, the
   sum anchored on it cancelled to almost -1 and log1p lost its digits:
   62.00000037 for levels 56 and 62, above the highest. */
static void atkinson_anchor_with_few_people(void) /* R7 */
{
    double health[] = {56, 62}, population[] = {1e-300, 31}, ede = 0;
    CU_ASSERT_EQUAL_FATAL(star_atkinson(2, health, 238, population, &ede), STAR_OK);
    CU_ASSERT(ede <= 62.0);
    CU_ASSERT_DOUBLE_EQUAL(ede, 62.0, 62.0 * 1e-13);
}

/* 1e308 x 2 - 1e308 = 1e308, though 1e308 x 2 alone is beyond doubles. */
static void nmb_where_the_product_alone_overflows(void) /* R8 */
{
    double effect[] = {2}, cost[] = {1e308}, threshold[] = {1e308}, out[1];
    CU_ASSERT_EQUAL_FATAL(star_nmb(1, effect, cost, threshold, out), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(out[0], 1e308, 1e308 * 1e-15);
    double more[] = {3}; /* 3e308 - 1e308 is beyond doubles */
    CU_ASSERT_EQUAL(star_nmb(1, more, cost, threshold, out), STAR_E_NONFINITE);
}

CU_TestInfo equity_tests[] = {
    {"Atkinson anchored on a level with few people", atkinson_anchor_with_few_people},
    {"nmb where the product alone overflows", nmb_where_the_product_alone_overflows},
    {"equity weights the deprived share", equity_weights_the_deprived_share},
    {"equity rejects bad rows", equity_rejects_bad_rows},
    {"atkinson matches the published value", atkinson_matches_published_value},
    {"atkinson limits and population weights", atkinson_limits_and_weights},
    {"atkinson large epsilon stays finite", atkinson_large_epsilon_stays_finite},
    {"atkinson rejects bad input", atkinson_rejects_bad_input},
    {"icer divides cost by effect", icer_divides_cost_by_effect},
    {"nmb values effect at the threshold", nmb_values_effect_at_threshold},
    CU_TEST_INFO_NULL,
};
