/* SPDX-License-Identifier: MPL-2.0 */
/* STAR.SCORE and STAR.WEIGHTS against hand-worked values; the requirements
   cited are listed in addin/core/scoring.c. */
#include "unit.h"
#include "star_core.h"

/* Birmingham and Solihull example weights (safety 30, equity 20, experience 15,
   choice 10, prevention 10, feasibility 15) and scores of interventions 1 and 9. */
static const double bsol_weights[6] = {30, 20, 15, 10, 10, 15};
static const double bsol_scores[2 * 6] = {6, 8, 8, 5, 5, 3,
                                          8, 7, 4, 2, 9, 7};

static void score_is_weighted_mean(void)
{
    /* (30*6+20*8+15*8+10*5+10*5+15*3)/100 = 605/100; (240+140+60+20+90+105)/100 = 6.55 */
    double out[2], want[] = {6.05, 6.55};
    CU_ASSERT_EQUAL(star_score(2, 6, bsol_scores, bsol_weights, NULL, NULL, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 2, 1e-12);
}

static void score_rescales_to_0_100(void)
{
    double low[6] = {0, 0, 0, 0, 0, 0}, high[6] = {10, 10, 10, 10, 10, 10};
    double out[2], want[] = {60.5, 65.5};
    CU_ASSERT_EQUAL(star_score(2, 6, bsol_scores, bsol_weights, low, high, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 2, 1e-12);
    /* reversed: v = 10*(10 - s), so the weighted mean is 100 - 10*6.05 */
    double want_reversed[] = {39.5, 34.5};
    CU_ASSERT_EQUAL(star_score(2, 6, bsol_scores, bsol_weights, high, low, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want_reversed, 2, 1e-12);
}

static void score_small_case_by_hand(void)
{
    /* scores {6,8},{3,2}, weights 30,20: (180+160)/50 = 6.8 and (90+40)/50 = 2.6 */
    double scores[] = {6, 8, 3, 2}, weights[] = {30, 20}, out[2], want[] = {6.8, 2.6};
    CU_ASSERT_EQUAL(star_score(2, 2, scores, weights, NULL, NULL, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 2, 1e-12);
    /* a zero weight ignores its criterion */
    double one_weight[] = {0, 1}, want_second[] = {8, 2};
    CU_ASSERT_EQUAL(star_score(2, 2, scores, one_weight, NULL, NULL, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want_second, 2, 0);
}

static void score_rejects_bad_input(void) /* R1, R2, R3 */
{
    double scores[] = {1, 2}, zero[] = {0, 0}, negative[] = {1, -1}, w[] = {1, 1}, out[1];
    double same[] = {5, 5}, other[] = {0, 10};
    CU_ASSERT_EQUAL(star_score(1, 2, scores, zero, NULL, NULL, out), STAR_E_ALL_ZERO);
    CU_ASSERT_EQUAL(star_score(1, 2, scores, negative, NULL, NULL, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_score(1, 0, scores, w, NULL, NULL, out), STAR_E_EMPTY);
    CU_ASSERT_EQUAL(star_score(1, 2, scores, w, same, same, out), STAR_E_SCALE);
    CU_ASSERT_EQUAL(star_score(1, 2, scores, w, other, NULL, out), STAR_E_SCALE);
    CU_ASSERT_EQUAL(star_score(0, 2, NULL, w, NULL, NULL, NULL), STAR_OK);
}

static void score_beyond_doubles_is_refused(void) /* R4 */
{
    /* 100 * 1e308 / 1e-10 on a 0 to 1e-10 scale is 1e320: no double holds it */
    double scores[] = {1e308}, w[] = {1}, low[] = {0}, high[] = {1e-10}, out[1];
    CU_ASSERT_EQUAL(star_score(1, 1, scores, w, low, high, out), STAR_E_NONFINITE);
}

static void weights_normalise_swings(void)
{
    double out[6], want[] = {0.3, 0.2, 0.15, 0.1, 0.1, 0.15};
    CU_ASSERT_EQUAL(star_weights(6, bsol_weights, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 6, 1e-15);
    double zero[] = {0, 0}, negative[] = {3, -1};
    CU_ASSERT_EQUAL(star_weights(2, zero, out), STAR_E_ALL_ZERO);
    CU_ASSERT_EQUAL(star_weights(2, negative, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_weights(0, NULL, out), STAR_E_EMPTY);
}

/* Found by fuzzing: a subnormal weight times a score lost its digits, so the
   mean of equal scores came out 2e-9 away from them. */
static void score_with_tiny_weights(void) /* R5 */
{
    double scores[] = {0.16862745098039217, 0.3}, tiny[] = {6.2167832790355179e-315}, out[2];
    CU_ASSERT_EQUAL_FATAL(star_score(2, 1, scores, tiny, NULL, NULL, out), STAR_OK);
    CU_ASSERT_EQUAL(out[0], scores[0]);
    CU_ASSERT_EQUAL(out[1], scores[1]);
    double row[] = {2, 4}, both[] = {4.9e-324, 4.9e-324};
    CU_ASSERT_EQUAL_FATAL(star_score(1, 2, row, both, NULL, NULL, out), STAR_OK);
    CU_ASSERT_EQUAL(out[0], 3.0);
}

/* Swings and scores near DBL_MAX, whose sums overflow, and a scale whose
   ends lie further apart than DBL_MAX: the answers are representable. */
static void representable_answers_at_extreme_magnitudes(void) /* R6 */
{
    double swings[] = {1e308, 1e308, 1e308}, out[3];
    CU_ASSERT_EQUAL_FATAL(star_weights(3, swings, out), STAR_OK); /* STAR.WEIGHTS({1E308|1E308|1E308}) */
    for (int i = 0; i < 3; i++)
        CU_ASSERT_DOUBLE_EQUAL(out[i], 1.0 / 3.0, 1e-16);
    double small[] = {1e-310, 1}; /* 1e-310 / (1 + 1e-310) is 1e-310 to double precision */
    CU_ASSERT_EQUAL_FATAL(star_weights(2, small, out), STAR_OK);
    CU_ASSERT_EQUAL(out[0], 1e-310);
    CU_ASSERT_EQUAL(out[1], 1.0);
    /* One intervention scored 1e308 on both criteria: its mean is 1e308. */
    double big[] = {1e308, 1e308}, w[] = {1, 1};
    CU_ASSERT_EQUAL_FATAL(star_score(1, 2, big, w, NULL, NULL, out), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(out[0], 1e308, 1e308 * 1e-15);
    /* STAR.SCORE({4;6};{1E-310;1}): (4e-310 + 6) / (1e-310 + 1) = 6. */
    double row[] = {4, 6}, tilted[] = {1e-310, 1};
    CU_ASSERT_EQUAL_FATAL(star_score(1, 2, row, tilted, NULL, NULL, out), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(out[0], 6.0, 6e-15);
    /* A scale from -1e308 to 1e308 (2e308 wide): 0, 1e308 and -1e308 score
       50, 100 and 0; 0 and 1e308 weighted 1:1 give 75. */
    double scores[] = {0, 1e308, -1e308, 1e308}, low[] = {-1e308, -1e308}, high[] = {1e308, 1e308};
    double one[] = {1, 0}, want[] = {50, 0};
    CU_ASSERT_EQUAL_FATAL(star_score(2, 2, scores, one, low, high, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 2, 1e-13);
    CU_ASSERT_EQUAL_FATAL(star_score(1, 2, scores, w, low, high, out), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(out[0], 75.0, 1e-13);
}

CU_TestInfo scoring_tests[] = {
    {"score with tiny weights", score_with_tiny_weights},
    {"representable answers at extreme magnitudes", representable_answers_at_extreme_magnitudes},
    {"score is the weighted mean", score_is_weighted_mean},
    {"score rescales to 0-100", score_rescales_to_0_100},
    {"score small case by hand", score_small_case_by_hand},
    {"score rejects bad input", score_rejects_bad_input},
    {"score beyond doubles is refused", score_beyond_doubles_is_refused},
    {"weights normalise swings", weights_normalise_swings},
    CU_TEST_INFO_NULL,
};
