/* SPDX-License-Identifier: MPL-2.0 */
#include "functions.h"
#include "star_core.h"

#include <ctype.h>
#include <stdio.h>
#include <math.h>
#include <string.h>

#define ROWS(n, l, h, r) {n, l, h, STAR_SHAPE_ROWS, r, false, 0}
#define OPTIONAL_ROWS(n, l, h, r, d) {n, l, h, STAR_SHAPE_ROWS, r, true, d}
#define NUMBER(n, l, h, r) {n, l, h, STAR_SHAPE_NUMBER, r, false, 0}
#define OPTIONAL_NUMBER(n, l, h, r, d) {n, l, h, STAR_SHAPE_NUMBER, r, true, d}
#define FLAG(n, h) {n, n, h, STAR_SHAPE_FLAG, STAR_RULE_NUMBER, true, 0}
#define MATRIX(n, l, h, r) {n, l, h, STAR_SHAPE_MATRIX, r, false, 0}

#define BENEFIT_ARG ROWS("benefit", "benefit", "Total benefit of each intervention, e.g. from STAR.BENEFIT.", \
                         STAR_RULE_NUMBER)
#define COST_ARG ROWS("cost", "cost", "Total cost of each intervention in pounds: more than 0.", \
                      STAR_RULE_POSITIVE)

#define SCORES_ARG MATRIX("scores", "scores", "Scores: one row per intervention, one column per criterion.", \
                          STAR_RULE_NUMBER)
#define MULTIPLIER_ARG ROWS("multiplier", "multiplier", "What each intervention's score is multiplied by " \
                            "to give its benefit, e.g. patients x likelihood: 0 or more.", STAR_RULE_NONNEG)
#define BUDGET_ARG NUMBER("budget", "budget", "The money available, in pounds: 0 or more.", STAR_RULE_NONNEG)
#define WHOLE_ARG FLAG("whole", "TRUE funds each intervention fully or not at all. Default FALSE.")
#define SCALE_LOW_ARG OPTIONAL_NUMBER("low", "low", "Worst end of the scoring scale, as in STAR.SCORE.", \
                                      STAR_RULE_NUMBER, 0)
#define SCALE_HIGH_ARG OPTIONAL_NUMBER("high", "high", "Best end of the scoring scale, as in STAR.SCORE.", \
                                       STAR_RULE_NUMBER, 0)

const star_function star_functions[STAR_FN_COUNT] = {
    [STAR_FN_BENEFIT] = {
        "benefit",
        "Total benefit of each intervention: patients x benefit per patient x likelihood of "
        "successful implementation. Blank rows are ignored.",
        "Add-In", STAR_RESULT_ROWS, 3, {
            ROWS("patients", "patients",
                 "Number of patients the intervention serves in a year: a whole number, 0 or more.",
                 STAR_RULE_COUNT),
            ROWS("gain", "benefit per patient",
                 "Benefit for one typical patient: a 0-100 value score (from STAR.SCORE) or QALYs.",
                 STAR_RULE_NUMBER),
            OPTIONAL_ROWS("likelihood", "likelihood",
                 "Chance (0 to 1) that the intervention is implemented successfully. Default 1.",
                 STAR_RULE_SHARE, 1),
        },
        "=STAR.BENEFIT(3515; 60.5; 0.8)",
        "170126: 3,515 women, 60.5 points each, 80% likely to be implemented",
        NULL,
        "vfm score check"},
    [STAR_FN_VFM] = {
        "vfm",
        "Value for money: benefit per 1000 pounds (or per the amount you give) for each "
        "intervention. Blank rows are ignored.",
        "Add-In", STAR_RESULT_ROWS, 3, {
            BENEFIT_ARG,
            COST_ARG,
            {"per", "per", "Benefit is given per this many pounds: more than 0. Default 1000.",
             STAR_SHAPE_NUMBER, STAR_RULE_POSITIVE, true, 1000},
        },
        "=STAR.VFM(170126; 1406000)",
        "121 points per £1000",
        NULL,
        "benefit rank curve"},
    [STAR_FN_RANK] = {
        "rank",
        "Rank of each value: 1 for the highest (lowest if ascending); ties share the better "
        "rank and the next rank is skipped, as RANK.EQ. Blank rows are ignored.",
        "Add-In", STAR_RESULT_ROWS, 2, {
            ROWS("values", "values", "The values to rank, e.g. value for money from STAR.VFM.",
                 STAR_RULE_NUMBER),
            {"ascending", "ascending", "TRUE ranks the lowest value first. Default FALSE.",
             STAR_SHAPE_FLAG, STAR_RULE_NUMBER, true, 0},
        },
        "=STAR.RANK({5|3|5|1})",
        "1, 3, 1, 4 (a column)",
        NULL,
        "vfm curve"},
    [STAR_FN_SCORE] = {
        "score",
        "Benefit score of each intervention: the weighted mean of its scores on the criteria, "
        "optionally rescaled to 0-100 from a low-high scale. Blank rows are ignored.",
        "Add-In", STAR_RESULT_ROWS, 4, {
            {"scores", "scores",
             "Scores: one row per intervention, one column per criterion.",
             STAR_SHAPE_MATRIX, STAR_RULE_NUMBER, false, 0},
            {"weights", "weights",
             "One weight per criterion (column of scores), 0 or more and not all zero.",
             STAR_SHAPE_LIST, STAR_RULE_NONNEG, false, 0},
            {"low", "low", "Worst end of the scoring scale; give low and high together to "
             "rescale scores to 0-100. low above high is a reversed scale.",
             STAR_SHAPE_NUMBER, STAR_RULE_NUMBER, true, 0},
            {"high", "high", "Best end of the scoring scale; give it together with low.",
             STAR_SHAPE_NUMBER, STAR_RULE_NUMBER, true, 0},
        },
        "=STAR.SCORE({6;8}; {30;20}; 0; 10)",
        "68: scores 6 and 8 out of 10, weighted 30:20, on a 0-100 scale",
        "the weights are all zero; there are not as many weights as columns of scores; only one "
        "of low and high is given, or low equals high.",
        "weights value benefit stability"},
    [STAR_FN_WEIGHTS] = {
        "weights",
        "Normalised weights: each swing weight divided by the sum of all of them. Blank "
        "cells are ignored.",
        "Add-In", STAR_RESULT_ROWS, 1, {
            ROWS("swings", "swings", "Swing weights, one per criterion: 0 or more, not all zero.",
                 STAR_RULE_NONNEG),
        },
        "=STAR.WEIGHTS({30|20|50})",
        "0.3, 0.2, 0.5",
        "the swings are all zero.",
        "score roc ahp groupweights"},
    [STAR_FN_CHECK] = {
        "check",
        "Checks the intervention inputs and says in words what is wrong, naming the row, "
        "or OK with the number of interventions and criteria.",
        "Add-In", STAR_RESULT_TEXT, 4, {
            ROWS("patients", "patients", "Patients a year for each intervention.", STAR_RULE_COUNT),
            ROWS("cost", "cost per patient", "Cost per patient of each intervention, in pounds.",
                 STAR_RULE_POSITIVE),
            {"scores", "scores", "Scores: one row per intervention, one column per criterion.",
             STAR_SHAPE_MATRIX, STAR_RULE_NUMBER, false, 0},
            {"weights", "weights", "Optional: one weight per criterion.",
             STAR_SHAPE_LIST, STAR_RULE_NONNEG, true, 0},
        },
        "=STAR.CHECK(Patients; CostPerPatient; Scores; Weights)",
        "OK: 12 interventions, 6 criteria, or e.g. Row 4: cost per patient is text (\"£1,200\")",
        NULL,
        "benefit vfm score weights"},
    [STAR_FN_VERSION] = {
        "version", "The version of the STAR extension.", "Add-In", STAR_RESULT_TEXT, 0, {{0}},
        "=STAR.VERSION()",
        "the version of the extension, e.g. 0.1.0",
        NULL,
        "check"},
    [STAR_FN_CURVE] = {
        "curve",
        "The benefit-cost curve: cumulative cost (x) and cumulative benefit (y) along the order "
        "of value for money, best first, from 0;0. One row more than there are interventions.",
        "Add-In", STAR_RESULT_ARRAY, 2, {BENEFIT_ARG, COST_ARG},
        "=STAR.CURVE({10|40|30}; {10|20|30})",
        "the points 0;0, 20;40, 30;50, 60;80 (4 rows, 2 columns)",
        NULL,
        "triangles vfm allocate"},
    [STAR_FN_TRIANGLES] = {
        "triangles",
        "XY points that draw each intervention's value triangle on the benefit-cost curve: three "
        "corners, the first again, then an empty row so a line chart draws separate triangles.",
        "Add-In", STAR_RESULT_ARRAY, 2, {BENEFIT_ARG, COST_ARG},
        "=STAR.TRIANGLES({10|40|30}; {10|20|30})",
        "15 rows of x;y: 0;0, 20;0, 20;40, 0;0, an empty row, then the next two triangles",
        "there are more than {{triangles}} interventions (LibreOffice would take too long to place "
        "the empty rows between the triangles).",
        "curve vfm"},
    [STAR_FN_ALLOCATE] = {
        "allocate",
        "The share (0-1) of each intervention to fund that gives the most benefit within the "
        "budget; with whole TRUE each is funded fully or not at all (the proven optimum).",
        "Add-In", STAR_RESULT_ROWS, 6, {
            BENEFIT_ARG,
            COST_ARG,
            NUMBER("budget", "budget", "The money available, in pounds: 0 or more.", STAR_RULE_NONNEG),
            FLAG("whole", "TRUE funds each intervention fully or not at all. Default FALSE."),
            OPTIONAL_ROWS("min", "min", "Smallest share of each intervention, 0-1 (1 = mandatory). "
                          "Default 0.", STAR_RULE_SHARE, 0),
            OPTIONAL_ROWS("max", "max", "Largest share of each intervention, 0-1 (0 = excluded). "
                          "Default 1.", STAR_RULE_SHARE, 1),
        },
        "=STAR.ALLOCATE({60|100|120}; {10|20|30}; 50; TRUE())",
        "0, 1, 1: funding the second and third gives 220, more than the greedy 1, 1, 0",
        "a lower limit is above its upper limit; with whole, a limit other than 0 or 1, or more "
        "than {{whole_rows}} interventions; the spend the lower limits require is above the budget. "
        "With whole, an exact search that needs more than {{allocate_steps}} steps (or "
        "{{allocate_states}} partial allocations at once) gives Err:523, never a guess.",
        "reallocate gain curve psa"},
    [STAR_FN_REALLOCATE] = {
        "reallocate",
        "New spend per intervention after moving money, budget-neutrally, from the lowest "
        "benefit per pound to the highest, within each intervention's lowest and highest spend.",
        "Add-In", STAR_RESULT_ROWS, 6, {
            BENEFIT_ARG,
            COST_ARG,
            ROWS("spend", "spend", "Current spend on each intervention, in pounds.", STAR_RULE_NUMBER),
            ROWS("low", "low", "Lowest spend each intervention may fall to.", STAR_RULE_NUMBER),
            ROWS("high", "high", "Highest spend each intervention may rise to.", STAR_RULE_NUMBER),
            OPTIONAL_NUMBER("amount", "amount", "Most money to move (total increase), in pounds. "
                            "Default: no limit.", STAR_RULE_NONNEG, HUGE_VAL),
        },
        "=STAR.REALLOCATE({10|40}; {10|20}; {100|100}; {50|50}; {150|150})",
        "50, 150: £50 moves to the intervention with twice the benefit per pound",
        "a lower limit is above its upper limit; the current spend is outside its limits.",
        "gain allocate"},
    [STAR_FN_GAIN] = {
        "gain",
        "The benefit a reallocation adds: sum of (new - old spend) x benefit / cost.",
        "Add-In", STAR_RESULT_NUMBER, 4, {
            BENEFIT_ARG,
            COST_ARG,
            ROWS("new_spend", "new spend", "Spend after the reallocation, e.g. from STAR.REALLOCATE.",
                 STAR_RULE_NUMBER),
            ROWS("old_spend", "old spend", "Spend before it.", STAR_RULE_NUMBER),
        },
        "=STAR.GAIN({10|40}; {10|20}; {50|150}; {100|100})",
        "50",
        NULL,
        "reallocate allocate"},
    [STAR_FN_ROC] = {
        "roc",
        "Rank-order centroid weights from importance ranks (1 = most important); equal ranks "
        "share their weight. Blank cells are ignored.",
        "Add-In", STAR_RESULT_ROWS, 1, {
            ROWS("ranks", "ranks", "Importance rank of each criterion: whole numbers from 1 to the "
                 "number of criteria.", STAR_RULE_RANK),
        },
        "=STAR.ROC({1|2|3})",
        "0.6111, 0.2778, 0.1111",
        "a rank is above the number of criteria.",
        "weights ahp"},
    [STAR_FN_AHP] = {
        "ahp",
        "AHP priority weights: the principal eigenvector of a pairwise comparison matrix, "
        "normalised to sum 1.",
        "Add-In", STAR_RESULT_ARRAY, 1, {
            MATRIX("matrix", "matrix", "Square pairwise comparison matrix: entry (i, j) says how many "
                   "times more important criterion i is than j; ones on the diagonal, a_ji = 1/a_ij.",
                   STAR_RULE_POSITIVE),
        },
        "=STAR.AHP(B2:D4)",
        "for 1, 5, 1/3 | 1/5, 1, 1/7 | 3, 7, 1: 0.2790, 0.0719, 0.6491",
        "the matrix is not square; a diagonal entry is not 1, or an entry is not the reciprocal "
        "of its mirror to within 1e-6 (type =1/3, not 0.333). Judgements so circular that the "
        "priorities do not settle give Err:523.",
        "ahpcr weights roc"},
    [STAR_FN_AHPCR] = {
        "ahpcr",
        "Consistency ratio of a pairwise comparison matrix (CI/RI, Saaty's random index); "
        "below 0.1 is usually taken as consistent enough.",
        "Add-In", STAR_RESULT_NUMBER, 1, {
            MATRIX("matrix", "matrix", "Square pairwise comparison matrix, 1 to {{ahp_criteria}} criteria.",
                   STAR_RULE_POSITIVE),
        },
        "=STAR.AHPCR(B2:D4)",
        "for the matrix above: 0.056 (below 0.1: consistent enough)",
        "the matrix breaks a rule of STAR.AHP, or has more than {{ahp_criteria}} criteria. Judgements so "
        "circular that the priorities do not settle give Err:523.",
        "ahp"},
    [STAR_FN_VALUE] = {
        "value",
        "Piecewise-linear value function: the value of each x on the line through the points "
        "(xs, vs), clamped to the end values outside them.",
        "Add-In", STAR_RESULT_ROWS, 3, {
            ROWS("x", "x", "The measures to turn into values.", STAR_RULE_NUMBER),
            {"xs", "xs", "Measures of the points, strictly increasing; at least 2.",
             STAR_SHAPE_POINTS, STAR_RULE_NUMBER, false, 0},
            {"vs", "vs", "Values of the points (e.g. 0-100), as many as xs.",
             STAR_SHAPE_POINTS, STAR_RULE_NUMBER, false, 0},
        },
        "=STAR.VALUE(5; {0|10|20}; {0|50|100})",
        "25",
        "there are fewer than 2 points, or xs are not strictly increasing.",
        "score"},
    [STAR_FN_GROUPWEIGHTS] = {
        "groupweights",
        "Combined weights of several stakeholder groups: each row (a group's weights) "
        "normalised to sum 1, then averaged (arithmetic, or geometric).",
        "Add-In", STAR_RESULT_ARRAY, 2, {
            MATRIX("matrix", "matrix", "One row per stakeholder group, one column per criterion: "
                   "0 or more, no row all zero. Blank rows are ignored.", STAR_RULE_NONNEG),
            FLAG("geometric", "TRUE uses the geometric mean (all weights must then be more "
                 "than 0). Default FALSE."),
        },
        "=STAR.GROUPWEIGHTS({30;20;50|1;1;2})",
        "0.275, 0.225, 0.5 (a row)",
        "a group's weights are all zero; with geometric, a weight of 0.",
        "weights agree"},
    [STAR_FN_AGREE] = {
        "agree",
        "How far two stakeholder groups agree: Kendall's tau-b between two columns of scores "
        "or ranks, from -1 to 1.",
        "Add-In", STAR_RESULT_NUMBER, 2, {
            ROWS("a", "a", "First group's scores or ranks.", STAR_RULE_NUMBER),
            ROWS("b", "b", "Second group's scores or ranks, as many as a.", STAR_RULE_NUMBER),
        },
        "=STAR.AGREE({1|2|3|4}; {1|3|2|4})",
        "0.667: one pair of four interventions swapped",
        "there are fewer than 2 rows, or a column all the same.",
        "groupweights"},
    [STAR_FN_STABILITY] = {
        "stability",
        "For each criterion, the lowest and highest weight (share of all weights) at which the "
        "order of interventions stays as it is now.",
        "Add-In", STAR_RESULT_ARRAY, 5, {
            MATRIX("scores", "scores", "Scores: one row per intervention, one column per criterion.",
                   STAR_RULE_NUMBER),
            {"weights", "weights", "One weight per criterion, 0 or more and not all zero.",
             STAR_SHAPE_LIST, STAR_RULE_NONNEG, false, 0},
            OPTIONAL_ROWS("divisor", "divisor", "Optional: what each score is divided by (more "
                          "than 0), e.g. cost per patient. Default 1.", STAR_RULE_POSITIVE, 1),
            OPTIONAL_NUMBER("low", "low", "Worst end of the scoring scale, as in STAR.SCORE.",
                            STAR_RULE_NUMBER, 0),
            OPTIONAL_NUMBER("high", "high", "Best end of the scoring scale, as in STAR.SCORE.",
                            STAR_RULE_NUMBER, 0),
        },
        "=STAR.STABILITY({10;0|0;10}; {1;3})",
        "0;0.5 and 0.5;1: the order holds while the first criterion has at most half the weight",
        "the weights are all zero; there are not as many weights as columns of scores; more than "
        "{{stability_pairs}} pairs of tied interventions to compare.",
        "score psa fundstability"},
    [STAR_FN_PSA] = {
        "psa",
        "Probabilistic sensitivity: the mean share funded by STAR.ALLOCATE when benefits and "
        "costs are drawn from triangular distributions; with whole TRUE, the chance of funding.",
        "Add-In", STAR_RESULT_ROWS, 10, {
            BENEFIT_ARG,
            ROWS("benefit_low", "benefit low", "Lowest plausible benefit.", STAR_RULE_NUMBER),
            ROWS("benefit_high", "benefit high", "Highest plausible benefit.", STAR_RULE_NUMBER),
            COST_ARG,
            ROWS("cost_low", "cost low", "Lowest plausible cost: more than 0.", STAR_RULE_POSITIVE),
            ROWS("cost_high", "cost high", "Highest plausible cost.", STAR_RULE_POSITIVE),
            NUMBER("budget", "budget", "The money available, in pounds: 0 or more.", STAR_RULE_NONNEG),
            OPTIONAL_NUMBER("draws", "draws", "Number of draws, 1 to {{psa_draws}}. Default 10000.",
                            STAR_RULE_RANK, 10000),
            OPTIONAL_NUMBER("seed", "seed", "Whole number that fixes the draws. Default 1.",
                            STAR_RULE_NUMBER, 1),
            FLAG("whole", "TRUE funds each intervention fully or not at all. Default FALSE."),
        },
        "=STAR.PSA(Benefit; BenefitLow; BenefitHigh; TotalCost; CostLow; CostHigh; Budget; 10000; 1; TRUE())",
        "the chance that each intervention is funded",
        "there are more than {{psa_draws}} draws, or draws times interventions above {{psa_work}} "
        "({{psa_whole_work}} with whole); a seed that is not "
        "whole; in a row, low above base or base above high; then the rules of STAR.ALLOCATE with "
        "the highest costs. With whole, searches that together need more than {{psa_steps}} steps "
        "give Err:523.",
        "allocate stability smaa"},
    [STAR_FN_EQUITY] = {
        "equity",
        "Equity-weighted benefit: benefit x (1 + (weight - 1) x share), counting the part that "
        "reaches the most deprived fifth (Core20) weight times.",
        "Add-In", STAR_RESULT_ROWS, 3, {
            BENEFIT_ARG,
            ROWS("share", "share", "Share (0-1) of the intervention's patients in the most deprived "
                 "fifth.", STAR_RULE_SHARE),
            ROWS("weight", "weight", "How many times their benefit counts: 0 or more (1 = no "
                 "equity weighting).", STAR_RULE_NONNEG),
        },
        "=STAR.EQUITY(100; 0.5; 2)",
        "150: half the benefit reaches the most deprived fifth and counts twice",
        NULL,
        "atkinson"},
    [STAR_FN_ATKINSON] = {
        "atkinson",
        "Atkinson's equally distributed equivalent of health levels (e.g. healthy life "
        "expectancy by deprivation fifth) for an inequality aversion epsilon.",
        "Add-In", STAR_RESULT_NUMBER, 3, {
            ROWS("health", "health", "Health levels, each more than 0.", STAR_RULE_POSITIVE),
            NUMBER("epsilon", "epsilon", "Inequality aversion, 0 or more (0 = the mean, 1 = the "
                   "geometric mean).", STAR_RULE_NONNEG),
            OPTIONAL_ROWS("population", "population", "Optional population sizes as weights: 0 or "
                          "more, not all zero. Default equal.", STAR_RULE_NONNEG, 1),
        },
        "=STAR.ATKINSON({62|68|70|72|74}; 10.946)",
        "67.66, below the mean of 69.2",
        "the populations are all zero.",
        "equity"},
    [STAR_FN_ICER] = {
        "icer",
        "Incremental cost-effectiveness ratio: extra cost divided by extra effect (e.g. pounds "
        "per QALY).",
        "Add-In", STAR_RESULT_ROWS, 2, {
            ROWS("delta_cost", "delta cost", "Extra cost, in pounds.", STAR_RULE_NUMBER),
            ROWS("delta_effect", "delta effect", "Extra effect (e.g. QALYs): not 0.",
                 STAR_RULE_NONZERO),
        },
        "=STAR.ICER(10000; 0.5)",
        "20000 pounds per QALY",
        NULL,
        "nmb"},
    [STAR_FN_NMB] = {
        "nmb",
        "Net monetary benefit: threshold x extra effect - extra cost.",
        "Add-In", STAR_RESULT_ROWS, 3, {
            ROWS("delta_effect", "delta effect", "Extra effect (e.g. QALYs).", STAR_RULE_NUMBER),
            ROWS("delta_cost", "delta cost", "Extra cost, in pounds.", STAR_RULE_NUMBER),
            ROWS("threshold", "threshold", "Pounds one unit of effect is worth (e.g. 20000 per "
                 "QALY): 0 or more.", STAR_RULE_NONNEG),
        },
        "=STAR.NMB(0.5; 5000; 20000)",
        "5000",
        NULL,
        "icer"},
    [STAR_FN_FUNDSTABILITY] = {
        "fundstability",
        "For each criterion, the lowest and highest weight (share of all weights) at which "
        "STAR.ALLOCATE still funds the same interventions, the other weights rescaled in proportion.",
        "Add-In", STAR_RESULT_ARRAY, 8, {
            SCORES_ARG,
            {"weights", "weights", "One weight per criterion, 0 or more and not all zero.",
             STAR_SHAPE_LIST, STAR_RULE_NONNEG, false, 0},
            MULTIPLIER_ARG,
            COST_ARG,
            BUDGET_ARG,
            WHOLE_ARG,
            SCALE_LOW_ARG,
            SCALE_HIGH_ARG,
        },
        "=STAR.FUNDSTABILITY({8;2|2;6}; {1;1}; 1; 1; 1; TRUE())",
        "0.4;1 and 0;0.6: the first intervention stays the one funded while the first criterion "
        "has at least 40% of the weight",
        "the weights are all zero; there are not as many weights as columns of scores; only one "
        "of low and high is given, or low equals high; more than {{fundstability_rows}} "
        "interventions. Searches that together solve more than {{fundstability_work}} rows of "
        "allocations, or with whole take more than {{fundstability_steps}} steps, give Err:523.",
        "stability smaa allocate score"},
    [STAR_FN_SMAA] = {
        "smaa",
        "Chance of funding when the weights are uncertain: for each intervention, the mean share "
        "STAR.ALLOCATE funds (with whole TRUE, the chance it is funded) and its mean rank by value "
        "for money, over weights drawn uniformly between their lowest and highest shares.",
        "Add-In", STAR_RESULT_ARRAY, 11, {
            SCORES_ARG,
            {"weights_low", "lowest weights", "Lowest share (0-1) of all the weights each criterion "
             "may have, e.g. the lowest among the stakeholder groups; they add up to 1 or less.",
             STAR_SHAPE_LIST, STAR_RULE_SHARE, false, 0},
            {"weights_high", "highest weights", "Highest share (0-1) each criterion may have; they add "
             "up to 1 or more. Equal to the lowest: no uncertainty.",
             STAR_SHAPE_LIST, STAR_RULE_SHARE, false, 0},
            MULTIPLIER_ARG,
            COST_ARG,
            BUDGET_ARG,
            OPTIONAL_NUMBER("draws", "draws", "Number of draws of the weights, 1 to {{smaa_draws}}. "
                            "Default 1000.", STAR_RULE_RANK, 1000),
            OPTIONAL_NUMBER("seed", "seed", "Whole number that fixes the draws. Default 1.",
                            STAR_RULE_NUMBER, 1),
            WHOLE_ARG,
            SCALE_LOW_ARG,
            SCALE_HIGH_ARG,
        },
        "=STAR.SMAA({8;2|2;6}; {0.3;0.3}; {0.7;0.7}; 1; 1; 1; 1000; 1; TRUE())",
        "about 0.75;1.25 and 0.25;1.75: the first is funded (and ranked first) whenever the first "
        "criterion has more than 40% of the weight",
        "a lowest weight is above its highest; the lowest weights add up to more than 1, or the "
        "highest to less than 1; there are not as many of them as columns of scores; more than "
        "{{smaa_draws}} draws, draws times interventions above {{smaa_work}} ({{smaa_whole_work}} with "
        "whole), or draws times interventions times criteria above {{smaa_score_work}}; a seed that "
        "is not whole; only one of low and high is given, or low equals high; with whole, more "
        "than {{whole_rows}} interventions. With whole, searches that together take more than "
        "{{smaa_steps}} steps give Err:523, and so do weight ranges so narrow and uneven that "
        "drawing the weights needs more than {{sampler_tries}} tries.",
        "psa fundstability allocate groupweights"},
};

const star_limit star_limits[] = {
    {"triangles", STAR_TRIANGLES_MAX},
    {"whole_rows", STAR_ALLOCATE_WHOLE_MAX_ROWS},
    {"allocate_steps", (double)STAR_ALLOCATE_NODE_LIMIT},
    {"allocate_states", (double)STAR_ALLOCATE_FRONTIER_LIMIT},
    {"ahp_criteria", STAR_AHP_MAX_CR_SIZE},
    {"stability_pairs", STAR_STABILITY_MAX_PAIRS},
    {"psa_draws", STAR_PSA_MAX_DRAWS},
    {"psa_work", STAR_PSA_MAX_WORK},
    {"psa_whole_work", STAR_PSA_MAX_WHOLE_WORK},
    {"psa_steps", (double)STAR_PSA_NODE_LIMIT},
    {"fundstability_rows", STAR_FUNDSTABILITY_MAX_ROWS},
    {"fundstability_work", STAR_FUNDSTABILITY_MAX_WORK},
    {"fundstability_steps", (double)STAR_FUNDSTABILITY_NODE_LIMIT},
    {"smaa_draws", STAR_SMAA_MAX_DRAWS},
    {"smaa_work", STAR_SMAA_MAX_WORK},
    {"smaa_whole_work", STAR_SMAA_MAX_WHOLE_WORK},
    {"smaa_score_work", STAR_SMAA_MAX_SCORE_WORK},
    {"smaa_steps", (double)STAR_SMAA_NODE_LIMIT},
    {"sampler_tries", (double)STAR_SAMPLER_PROPOSAL_LIMIT},
};
const size_t star_limit_count = sizeof star_limits / sizeof star_limits[0];

/* A whole number with a comma every three digits: 5,000,000. */
static int thousands(double value, char *out, size_t size)
{
    char digits[32];
    int len = snprintf(digits, sizeof digits, "%.0f", value), used = 0;
    for (int d = 0; d < len; d++) {
        if (d > 0 && (len - d) % 3 == 0 && (size_t)used + 1 < size)
            out[used++] = ',';
        if ((size_t)used + 1 < size)
            out[used++] = digits[d];
    }
    if (size)
        out[(size_t)used < size ? used : (int)size - 1] = '\0';
    return used;
}

static const star_limit *limit_named(const char *name, size_t len)
{
    for (size_t l = 0; l < star_limit_count; l++)
        if (strlen(star_limits[l].name) == len && strncmp(star_limits[l].name, name, len) == 0)
            return &star_limits[l];
    return NULL;
}

bool star_text(const char *text, char *out, size_t size)
{
    size_t used = 0;
    bool ok = size > 0;
    for (const char *p = text; ok && *p; p++) {
        if (strncmp(p, "{{", 2) != 0) {
            ok = used + 1 < size;
            if (ok)
                out[used++] = *p;
            continue;
        }
        const char *close = strstr(p, "}}");
        const star_limit *limit = close ? limit_named(p + 2, (size_t)(close - p - 2)) : NULL;
        char number[40];
        size_t len = limit ? (size_t)thousands(limit->value, number, sizeof number) : 0;
        ok = limit && used + len < size;
        if (ok)
            memcpy(out + used, number, len);
        used += len;
        p = close ? close + 1 : p;
    }
    if (size)
        out[used < size ? used : size - 1] = '\0';
    return ok;
}

void star_cell_name(const star_function *fn, char *buf, size_t size)
{
    if (size == 0)
        return;
    size_t used = 0;
    for (const char *p = STAR_SERVICE "."; *p && used + 1 < size; p++)
        buf[used++] = *p;
    for (const char *p = fn->method; *p && used + 1 < size; p++)
        buf[used++] = (char)toupper((unsigned char)*p);
    buf[used] = '\0';
}

void star_interface_name(const star_arg *arg, char *buf, size_t size)
{
    if (size == 0)
        return;
    size_t used = 0;
    bool upper = false;
    for (const char *p = arg->name; *p && used + 1 < size; p++) {
        if (*p == '_') {
            upper = true;
            continue;
        }
        buf[used++] = upper ? (char)toupper((unsigned char)*p) : *p;
        upper = false;
    }
    buf[used] = '\0';
}

size_t star_related(const star_function *fn, const star_function **related, size_t max)
{
    size_t count = 0;
    for (const char *p = fn->related; p && *p; count++) {
        size_t len = strcspn(p, " ");
        const star_function *named = NULL;
        for (size_t f = 0; f < STAR_FN_COUNT && !named; f++)
            if (strlen(star_functions[f].method) == len && strncmp(star_functions[f].method, p, len) == 0)
                named = &star_functions[f];
        if (count < max)
            related[count] = named;
        p += len + strspn(p + len, " ");
    }
    return count;
}
