/* SPDX-License-Identifier: MPL-2.0 */
#include "handlers.h"
#include "star_arguments.h"
#include "star_core.h"
#include "star_version.h"

#include <stdio.h>

/* Arguments by the names the function table gives them (star_arguments.h):
   per-row and table arguments as arrays, numbers and flags as values. */
#define ARG(fn, name) (c->value[STAR_##fn##_##name])
#define NUMBER(fn, name) (*ARG(fn, name))
#define FLAG(fn, name) (NUMBER(fn, name) != 0.0)

static bool benefit(star_call *c)
{
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_benefit(c->rows.m, ARG(BENEFIT, PATIENTS), ARG(BENEFIT, GAIN),
                                                      ARG(BENEFIT, LIKELIHOOD), out), out);
}

static bool vfm(star_call *c)
{
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_vfm(c->rows.m, ARG(VFM, BENEFIT), ARG(VFM, COST), NUMBER(VFM, PER),
                                                  out), out);
}

static bool rank(star_call *c)
{
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_rank(c->rows.m, ARG(RANK, VALUES), FLAG(RANK, ASCENDING), out), out);
}

/* low and high are single numbers in the sheet, one per criterion in the core. */
static bool scale(star_call *c, size_t a, const double **ends)
{
    *ends = NULL;
    if (c->grid[a].omitted)
        return true;
    double *each = star_arena_alloc(&c->arena, c->k, sizeof *each);
    if (!each)
        return star_call_status(c, STAR_E_NOMEM);
    for (size_t j = 0; j < c->k; j++)
        each[j] = *c->value[a];
    *ends = each;
    return true;
}

static bool score(star_call *c)
{
    const double *low, *high;
    if (!scale(c, STAR_SCORE_LOW, &low) || !scale(c, STAR_SCORE_HIGH, &high))
        return false;
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_score(c->rows.m, c->k, ARG(SCORE, SCORES), ARG(SCORE, WEIGHTS), low,
                                                    high, out), out);
}

static bool weights(star_call *c)
{
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_weights(c->rows.m, ARG(WEIGHTS, SWINGS), out), out);
}

/* The words come from the same checks as every other function; the dispatcher
   turns a problem into this function's text instead of an error value. */
static bool check(star_call *c)
{
    if (ARG(CHECK, WEIGHTS)) {
        double *out = star_call_rows_out(c);
        if (!out || !star_call_status(c, star_score(c->rows.m, c->k, ARG(CHECK, SCORES), ARG(CHECK, WEIGHTS), NULL,
                                                    NULL, out)))
            return false;
    }
    snprintf(c->answer.text, sizeof c->answer.text, "OK: %zu interventions, %zu criteria", c->rows.m, c->k);
    return true;
}

/* A core checker's verdict, in words when it is bad (star_call_where). */
#define CHECKED(checker) (star_call_where(c, (checker), &where))

static bool curve(star_call *c)
{
    const double *benefit = ARG(CURVE, BENEFIT), *cost = ARG(CURVE, COST);
    star_where where;
    if (!CHECKED(star_curve_check(c->rows.m, benefit, cost, &where)) || !star_call_table(c, c->rows.m + 1, 2))
        return false;
    return star_call_status(c, star_curve(c->rows.m, benefit, cost, c->answer.value));
}

static bool triangles(star_call *c)
{
    const double *benefit = ARG(TRIANGLES, BENEFIT), *cost = ARG(TRIANGLES, COST);
    size_t rows = STAR_TRIANGLE_ROWS * c->rows.m;
    star_where where;
    if (c->rows.m > STAR_TRIANGLES_MAX)
        return star_call_fail(c, STAR_E_TOO_LARGE, "STAR.TRIANGLES draws at most %d interventions, not %zu",
                              STAR_TRIANGLES_MAX, c->rows.m);
    if (!CHECKED(star_curve_check(c->rows.m, benefit, cost, &where)) || !star_call_table(c, rows, 2))
        return false;
    bool *separator = star_arena_alloc(&c->arena, rows ? rows : 1, sizeof *separator);
    if (!separator)
        return star_call_status(c, STAR_E_NOMEM);
    if (!star_call_status(c, star_triangles(c->rows.m, benefit, cost, c->answer.value, separator)))
        return false;
    for (size_t r = 0; r < rows; r++)
        c->answer.empty[2 * r] = c->answer.empty[2 * r + 1] = separator[r];
    return true;
}

static bool allocate(star_call *c)
{
    const double *benefit = ARG(ALLOCATE, BENEFIT), *cost = ARG(ALLOCATE, COST);
    const double *min = ARG(ALLOCATE, MIN), *max = ARG(ALLOCATE, MAX);
    double budget = NUMBER(ALLOCATE, BUDGET);
    bool whole = FLAG(ALLOCATE, WHOLE);
    star_where where;
    if (!CHECKED(star_allocate_check(c->rows.m, benefit, cost, budget, whole, min, max, &where)))
        return false;
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_allocate(c->rows.m, benefit, cost, budget, whole, min, max, out), out);
}

static bool reallocate(star_call *c)
{
    const double *benefit = ARG(REALLOCATE, BENEFIT), *cost = ARG(REALLOCATE, COST);
    const double *spend = ARG(REALLOCATE, SPEND), *low = ARG(REALLOCATE, LOW), *high = ARG(REALLOCATE, HIGH);
    double amount = NUMBER(REALLOCATE, AMOUNT);
    star_where where;
    if (!CHECKED(star_reallocate_check(c->rows.m, benefit, cost, spend, low, high, amount, &where)))
        return false;
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_reallocate(c->rows.m, benefit, cost, spend, low, high, amount, out),
                                      out);
}

static bool gain(star_call *c)
{
    const double *benefit = ARG(GAIN, BENEFIT), *cost = ARG(GAIN, COST);
    const double *new_spend = ARG(GAIN, NEW_SPEND), *old_spend = ARG(GAIN, OLD_SPEND);
    star_where where;
    return CHECKED(star_gain_check(c->rows.m, benefit, cost, new_spend, old_spend, &where)) &&
           star_call_status(c, star_gain(c->rows.m, benefit, cost, new_spend, old_spend, &c->answer.number));
}

static bool roc(star_call *c)
{
    star_where where;
    if (!CHECKED(star_roc_check(c->rows.m, ARG(ROC, RANKS), &where)))
        return false;
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_roc(c->rows.m, ARG(ROC, RANKS), out), out);
}

static bool ahp(star_call *c)
{
    star_where where;
    return CHECKED(star_ahp_check(c->rows.m, c->k, ARG(AHP, MATRIX), &where)) && star_call_table(c, c->k, 1) &&
           star_call_status(c, star_ahp(c->k, c->k, ARG(AHP, MATRIX), c->answer.value, NULL));
}

static bool ahpcr(star_call *c)
{
    star_where where;
    return CHECKED(star_ahp_check(c->rows.m, c->k, ARG(AHPCR, MATRIX), &where)) &&
           star_call_status(c, star_ahp_cr(c->k, c->k, ARG(AHPCR, MATRIX), &c->answer.number));
}

static bool value(star_call *c)
{
    const double *xs = ARG(VALUE, XS), *vs = ARG(VALUE, VS);
    star_where where;
    if (!CHECKED(star_value_check(c->points.m, xs, vs, &where)))
        return false;
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_value(c->rows.m, ARG(VALUE, X), c->points.m, xs, vs, out), out);
}

static bool groupweights(star_call *c)
{
    const double *matrix = ARG(GROUPWEIGHTS, MATRIX);
    bool geometric = FLAG(GROUPWEIGHTS, GEOMETRIC);
    star_where where;
    return CHECKED(star_groupweights_check(c->rows.m, c->k, matrix, geometric, &where)) &&
           star_call_table(c, 1, c->k) &&
           star_call_status(c, star_groupweights(c->rows.m, c->k, matrix, geometric, c->answer.value));
}

static bool agree(star_call *c)
{
    star_status status = star_agree(c->rows.m, ARG(AGREE, A), ARG(AGREE, B), &c->answer.number);
    if (status == STAR_E_EMPTY)
        return star_call_fail(c, status, "Agreement needs at least 2 rows, and neither column all the same");
    return star_call_status(c, status);
}

static bool stability(star_call *c)
{
    const double *low, *high;
    if (!scale(c, STAR_STABILITY_LOW, &low) || !scale(c, STAR_STABILITY_HIGH, &high) ||
        !star_call_table(c, c->k, 2))
        return false;
    star_status status = star_stability(c->rows.m, c->k, ARG(STABILITY, SCORES), ARG(STABILITY, WEIGHTS),
                                        ARG(STABILITY, DIVISOR), low, high, c->answer.value);
    if (status == STAR_E_TOO_LARGE)
        return star_call_fail(c, status, "Too many interventions are tied now: STAR.STABILITY would compare "
                              "more than %.0f pairs of them", STAR_STABILITY_MAX_PAIRS);
    return star_call_status(c, status);
}

static bool psa(star_call *c)
{
    const double *benefit = ARG(PSA, BENEFIT), *benefit_low = ARG(PSA, BENEFIT_LOW);
    const double *benefit_high = ARG(PSA, BENEFIT_HIGH), *cost = ARG(PSA, COST);
    const double *cost_low = ARG(PSA, COST_LOW), *cost_high = ARG(PSA, COST_HIGH);
    double budget = NUMBER(PSA, BUDGET), draws = NUMBER(PSA, DRAWS), seed = NUMBER(PSA, SEED);
    bool whole = FLAG(PSA, WHOLE);
    star_where where;
    if (!CHECKED(star_psa_check(c->rows.m, benefit, benefit_low, benefit_high, cost, cost_low, cost_high, budget,
                                draws, seed, whole, NULL, NULL, &where)))
        return false;
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_psa(c->rows.m, benefit, benefit_low, benefit_high, cost, cost_low,
                                                  cost_high, budget, draws, seed, whole, NULL, NULL, out), out);
}

static bool equity(star_call *c)
{
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_equity(c->rows.m, ARG(EQUITY, BENEFIT), ARG(EQUITY, SHARE),
                                                     ARG(EQUITY, WEIGHT), out), out);
}

static bool atkinson(star_call *c)
{
    const double *health = ARG(ATKINSON, HEALTH), *population = ARG(ATKINSON, POPULATION);
    star_where where;
    return CHECKED(star_atkinson_check(c->rows.m, health, population, &where)) &&
           star_call_status(c, star_atkinson(c->rows.m, health, NUMBER(ATKINSON, EPSILON), population,
                                             &c->answer.number));
}

static bool icer(star_call *c)
{
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_icer(c->rows.m, ARG(ICER, DELTA_COST), ARG(ICER, DELTA_EFFECT), out),
                                      out);
}

static bool nmb(star_call *c)
{
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_nmb(c->rows.m, ARG(NMB, DELTA_EFFECT), ARG(NMB, DELTA_COST),
                                                  ARG(NMB, THRESHOLD), out), out);
}

static bool fundstability(star_call *c)
{
    const double *scores = ARG(FUNDSTABILITY, SCORES), *weights = ARG(FUNDSTABILITY, WEIGHTS);
    const double *multiplier = ARG(FUNDSTABILITY, MULTIPLIER), *cost = ARG(FUNDSTABILITY, COST), *low, *high;
    double budget = NUMBER(FUNDSTABILITY, BUDGET);
    bool whole = FLAG(FUNDSTABILITY, WHOLE);
    star_where where;
    return scale(c, STAR_FUNDSTABILITY_LOW, &low) && scale(c, STAR_FUNDSTABILITY_HIGH, &high) &&
           CHECKED(star_fundstability_check(c->rows.m, c->k, scores, weights, multiplier, cost, budget, low, high,
                                            &where)) &&
           star_call_table(c, c->k, 2) &&
           star_call_status(c, star_fundstability(c->rows.m, c->k, scores, weights, multiplier, cost, budget, whole,
                                                  low, high, c->answer.value));
}

/* Two answers per intervention, side by side; spare rows stay empty. */
static bool smaa(star_call *c)
{
    const double *scores = ARG(SMAA, SCORES), *weights_low = ARG(SMAA, WEIGHTS_LOW);
    const double *weights_high = ARG(SMAA, WEIGHTS_HIGH), *multiplier = ARG(SMAA, MULTIPLIER);
    const double *cost = ARG(SMAA, COST), *low, *high;
    double budget = NUMBER(SMAA, BUDGET), draws = NUMBER(SMAA, DRAWS), seed = NUMBER(SMAA, SEED);
    bool whole = FLAG(SMAA, WHOLE);
    star_where where;
    if (!scale(c, STAR_SMAA_LOW, &low) || !scale(c, STAR_SMAA_HIGH, &high) ||
        !CHECKED(star_smaa_check(c->rows.m, c->k, scores, weights_low, weights_high, multiplier, cost, budget,
                                 draws, seed, whole, low, high, &where)))
        return false;
    double *out = star_arena_alloc(&c->arena, 2 * (c->rows.m ? c->rows.m : 1), sizeof *out);
    if (!out)
        return star_call_status(c, STAR_E_NOMEM);
    return star_call_status(c, star_smaa(c->rows.m, c->k, scores, weights_low, weights_high, multiplier, cost, budget,
                                         draws, seed, whole, low, high, out)) &&
           star_call_rows_table(c, out, 2);
}

static bool version(star_call *c)
{
    snprintf(c->answer.text, sizeof c->answer.text, "%s", STAR_VERSION_STRING);
    return true;
}

const star_handler star_handlers[STAR_FN_COUNT] = {
    [STAR_FN_BENEFIT] = benefit,
    [STAR_FN_VFM] = vfm,
    [STAR_FN_RANK] = rank,
    [STAR_FN_SCORE] = score,
    [STAR_FN_WEIGHTS] = weights,
    [STAR_FN_CHECK] = check,
    [STAR_FN_VERSION] = version,
    [STAR_FN_CURVE] = curve,
    [STAR_FN_TRIANGLES] = triangles,
    [STAR_FN_ALLOCATE] = allocate,
    [STAR_FN_REALLOCATE] = reallocate,
    [STAR_FN_GAIN] = gain,
    [STAR_FN_ROC] = roc,
    [STAR_FN_AHP] = ahp,
    [STAR_FN_AHPCR] = ahpcr,
    [STAR_FN_VALUE] = value,
    [STAR_FN_GROUPWEIGHTS] = groupweights,
    [STAR_FN_AGREE] = agree,
    [STAR_FN_STABILITY] = stability,
    [STAR_FN_PSA] = psa,
    [STAR_FN_EQUITY] = equity,
    [STAR_FN_ATKINSON] = atkinson,
    [STAR_FN_ICER] = icer,
    [STAR_FN_NMB] = nmb,
    [STAR_FN_FUNDSTABILITY] = fundstability,
    [STAR_FN_SMAA] = smaa,
};
