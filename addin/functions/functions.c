/* SPDX-License-Identifier: MPL-2.0 */
#include "functions.h"

#include <ctype.h>

#define ROWS(n, l, h, r) {n, l, h, STAR_SHAPE_ROWS, r, false, 0}
#define OPTIONAL_ROWS(n, l, h, r, d) {n, l, h, STAR_SHAPE_ROWS, r, true, d}

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
        }},
    [STAR_FN_VFM] = {
        "vfm",
        "Value for money: benefit per 1000 pounds (or per the amount you give) for each "
        "intervention. Blank rows are ignored.",
        "Add-In", STAR_RESULT_ROWS, 3, {
            ROWS("benefit", "benefit", "Total benefit of each intervention, e.g. from STAR.BENEFIT.",
                 STAR_RULE_NUMBER),
            ROWS("cost", "cost", "Total cost of each intervention in pounds: more than 0.",
                 STAR_RULE_POSITIVE),
            {"per", "per", "Benefit is given per this many pounds: more than 0. Default 1000.",
             STAR_SHAPE_NUMBER, STAR_RULE_POSITIVE, true, 1000},
        }},
    [STAR_FN_RANK] = {
        "rank",
        "Rank of each value: 1 for the highest (lowest if ascending); ties share the better "
        "rank and the next rank is skipped, as RANK.EQ. Blank rows are ignored.",
        "Add-In", STAR_RESULT_ROWS, 2, {
            ROWS("values", "values", "The values to rank, e.g. value for money from STAR.VFM.",
                 STAR_RULE_NUMBER),
            {"ascending", "ascending", "TRUE ranks the lowest value first. Default FALSE.",
             STAR_SHAPE_FLAG, STAR_RULE_NUMBER, true, 0},
        }},
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
        }},
    [STAR_FN_WEIGHTS] = {
        "weights",
        "Normalised weights: each swing weight divided by the sum of all of them. Blank "
        "cells are ignored.",
        "Add-In", STAR_RESULT_ROWS, 1, {
            ROWS("swings", "swings", "Swing weights, one per criterion: 0 or more, not all zero.",
                 STAR_RULE_NONNEG),
        }},
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
        }},
    [STAR_FN_VERSION] = {
        "version", "The version of the STAR extension.", "Add-In", STAR_RESULT_TEXT, 0, {{0}}},
};

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
