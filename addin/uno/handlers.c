/* SPDX-License-Identifier: MPL-2.0 */
#include "handlers.h"
#include "star_core.h"
#include "star_version.h"

#include <stdio.h>
#include <string.h>

static bool benefit(star_call *c)
{
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_benefit(c->rows.m, c->value[0], c->value[1], c->value[2], out), out);
}

static bool vfm(star_call *c)
{
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_vfm(c->rows.m, c->value[0], c->value[1], *c->value[2], out), out);
}

static bool rank(star_call *c)
{
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_rank(c->rows.m, c->value[0], *c->value[1] != 0.0, out), out);
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

/* Both ends of the scale, from arguments a and a + 1. */
static bool scales(star_call *c, size_t a, const double **low, const double **high)
{
    return scale(c, a, low) && scale(c, a + 1, high);
}

static bool score(star_call *c)
{
    const double *low, *high;
    if (!scales(c, 2, &low, &high))
        return false;
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_score(c->rows.m, c->k, c->value[0], c->value[1], low, high, out), out);
}

static bool weights(star_call *c)
{
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_weights(c->rows.m, c->value[0], out), out);
}

/* The words come from the same checks as every other function; the dispatcher
   turns a problem into this function's text instead of an error value. */
static bool check(star_call *c)
{
    if (c->value[3]) {
        double *out = star_call_rows_out(c);
        if (!out || !star_call_status(c, star_score(c->rows.m, c->k, c->value[2], c->value[3], NULL, NULL, out)))
            return false;
    }
    snprintf(c->answer.text, sizeof c->answer.text, "OK: %zu interventions, %zu criteria", c->rows.m, c->k);
    return true;
}

/* Where a core checker found a problem: a compact row (or one past the last
   when no single row) and the argument's position. */
typedef struct culprit {
    size_t row;
    int arg;
} culprit;

/* A core checker's verdict in words, naming the row (among all rows, blank
   ones counted) and the argument when it can. */
static bool checked(star_call *c, star_status status, const culprit *who)
{
    if (status == STAR_OK)
        return true;
    const char *label = who->arg >= 0 && (size_t)who->arg < c->fn->arg_count ? c->fn->args[who->arg].label : NULL;
    if (who->row < c->rows.m)
        return label ? star_call_fail(c, status, "Row %zu: %s (%s)", c->rows.present[who->row] + 1,
                                      star_strerror(status), label)
                     : star_call_row_status(c, status, who->row);
    return label ? star_call_fail(c, status, "%s (%s)", star_strerror(status), label)
                 : star_call_status(c, status);
}

static bool curve(star_call *c)
{
    culprit who;
    if (!checked(c, star_curve_check(c->rows.m, c->value[0], c->value[1], &who.row, &who.arg), &who) ||
        !star_call_table(c, c->rows.m + 1, 2))
        return false;
    return star_call_status(c, star_curve(c->rows.m, c->value[0], c->value[1], c->answer.value));
}

static bool triangles(star_call *c)
{
    size_t rows = STAR_TRIANGLE_ROWS * c->rows.m;
    culprit who;
    if (!checked(c, star_curve_check(c->rows.m, c->value[0], c->value[1], &who.row, &who.arg), &who) ||
        !star_call_table(c, rows, 2))
        return false;
    bool *separator = star_arena_alloc(&c->arena, rows ? rows : 1, sizeof *separator);
    if (!separator)
        return star_call_status(c, STAR_E_NOMEM);
    if (!star_call_status(c, star_triangles(c->rows.m, c->value[0], c->value[1], c->answer.value, separator)))
        return false;
    for (size_t r = 0; r < rows; r++)
        c->answer.empty[2 * r] = c->answer.empty[2 * r + 1] = separator[r];
    return true;
}

static bool allocate(star_call *c)
{
    culprit who;
    bool whole = *c->value[3] != 0.0;
    star_status status = star_allocate_check(c->rows.m, c->value[0], c->value[1], *c->value[2], whole,
                                             c->value[4], c->value[5], &who.row, &who.arg);
    if (status == STAR_E_TOO_LARGE)
        return star_call_fail(c, status, "With whole, STAR.ALLOCATE takes at most %d interventions, not %zu",
                              STAR_ALLOCATE_WHOLE_MAX_ROWS, c->rows.m);
    if (!checked(c, status, &who))
        return false;
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_allocate(c->rows.m, c->value[0], c->value[1], *c->value[2], whole,
                                                       c->value[4], c->value[5], out), out);
}

static bool reallocate(star_call *c)
{
    culprit who;
    if (!checked(c, star_reallocate_check(c->rows.m, c->value[0], c->value[1], c->value[2], c->value[3],
                                          c->value[4], *c->value[5], &who.row, &who.arg), &who))
        return false;
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_reallocate(c->rows.m, c->value[0], c->value[1], c->value[2],
                                                         c->value[3], c->value[4], *c->value[5], out), out);
}

static bool gain(star_call *c)
{
    culprit who;
    return checked(c, star_gain_check(c->rows.m, c->value[0], c->value[1], c->value[2], c->value[3], &who.row,
                                      &who.arg), &who) &&
           star_call_status(c, star_gain(c->rows.m, c->value[0], c->value[1], c->value[2], c->value[3],
                                         &c->answer.number));
}

static bool roc(star_call *c)
{
    size_t bad;
    star_status status = star_roc_check(c->rows.m, c->value[0], &bad);
    if (status == STAR_E_DOMAIN)
        return star_call_fail(c, status, "Row %zu: ranks must be whole numbers from 1 to %zu, the number of criteria",
                              c->rows.present[bad] + 1, c->rows.m);
    double *out = star_call_rows_out(c);
    return star_call_status(c, status) && out &&
           star_call_rows_done(c, star_roc(c->rows.m, c->value[0], out), out);
}

/* A pairwise comparison matrix: square, and reciprocal (the row named). */
static bool pairwise(star_call *c)
{
    if (c->rows.m != c->k)
        return star_call_fail(c, STAR_E_SIZE, "The matrix has %zu rows and %zu columns: it must be square",
                              c->rows.m, c->k);
    size_t bad;
    star_status status = star_ahp_check(c->k, c->k, c->value[0], &bad);
    return status == STAR_OK || star_call_row_status(c, status, bad / c->k);
}

static bool ahp(star_call *c)
{
    return pairwise(c) && star_call_table(c, c->k, 1) &&
           star_call_status(c, star_ahp(c->k, c->k, c->value[0], c->answer.value, NULL));
}

static bool ahpcr(star_call *c)
{
    return pairwise(c) && star_call_status(c, star_ahp_cr(c->k, c->k, c->value[0], &c->answer.number));
}

static bool value(star_call *c)
{
    const star_rows *points = &c->points;
    size_t bad;
    star_status status = star_value_check(points->m, c->value[1], c->value[2], &bad);
    if (status == STAR_E_DOMAIN)
        return star_call_fail(c, status, "Row %zu: xs must be larger than in the row before",
                              points->present[bad] + 1);
    if (status != STAR_OK)
        return star_call_fail(c, status, "A value function needs at least 2 points");
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_value(c->rows.m, c->value[0], points->m, c->value[1],
                                                    c->value[2], out), out);
}

static bool groupweights(star_call *c)
{
    bool geometric = *c->value[1] != 0.0;
    size_t bad;
    star_status status = star_groupweights_check(c->rows.m, c->k, c->value[0], geometric, &bad);
    if (status == STAR_E_DOMAIN && geometric)
        return star_call_fail(c, status, "Row %zu: with geometric, every weight must be more than 0",
                              c->rows.present[bad / c->k] + 1);
    if (status != STAR_OK)
        return c->rows.m ? star_call_row_status(c, status, bad / c->k) : star_call_status(c, status);
    return star_call_table(c, 1, c->k) &&
           star_call_status(c, star_groupweights(c->rows.m, c->k, c->value[0], geometric, c->answer.value));
}

static bool agree(star_call *c)
{
    star_status status = star_agree(c->rows.m, c->value[0], c->value[1], &c->answer.number);
    if (status == STAR_E_EMPTY)
        return star_call_fail(c, status, "Agreement needs at least 2 rows, and neither column all the same");
    return star_call_status(c, status);
}

static bool stability(star_call *c)
{
    const double *low, *high;
    if (!scales(c, 3, &low, &high) || !star_call_table(c, c->k, 2))
        return false;
    star_status status = star_stability(c->rows.m, c->k, c->value[0], c->value[1], c->value[2], low, high,
                                        c->answer.value);
    if (status == STAR_E_TOO_LARGE)
        return star_call_fail(c, status, "Too many interventions are tied now: STAR.STABILITY would compare "
                              "more than %.0f pairs of them", STAR_STABILITY_MAX_PAIRS);
    return star_call_status(c, status);
}

static bool psa(star_call *c)
{
    culprit who;
    const double *const *v = c->value;
    bool whole = *v[9] != 0.0;
    star_status status = star_psa_check(c->rows.m, v[0], v[1], v[2], v[3], v[4], v[5], *v[6], *v[7], *v[8],
                                        whole, NULL, NULL, &who.row, &who.arg);
    if (status == STAR_E_TOO_LARGE && who.arg == 7)
        return star_call_fail(c, status, "STAR.PSA takes at most %.0f draws x interventions (%.0f with whole), "
                              "not %.0f x %zu: use fewer draws", STAR_PSA_MAX_WORK, STAR_PSA_MAX_WHOLE_WORK,
                              *v[7], c->rows.m);
    if (status == STAR_E_TOO_LARGE)
        return star_call_fail(c, status, "With whole, STAR.PSA takes at most %d interventions, not %zu",
                              STAR_ALLOCATE_WHOLE_MAX_ROWS, c->rows.m);
    if (!checked(c, status, &who))
        return false;
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_psa(c->rows.m, v[0], v[1], v[2], v[3], v[4], v[5], *v[6], *v[7],
                                                  *v[8], whole, NULL, NULL, out), out);
}

static bool equity(star_call *c)
{
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_equity(c->rows.m, c->value[0], c->value[1], c->value[2], out), out);
}

static bool atkinson(star_call *c)
{
    size_t bad;
    star_status status = star_atkinson_check(c->rows.m, c->value[0], c->value[2], &bad);
    if (status == STAR_E_ALL_ZERO)
        return star_call_fail(c, status, "The populations are all zero");
    return star_call_status(c, status) &&
           star_call_status(c, star_atkinson(c->rows.m, c->value[0], *c->value[1], c->value[2], &c->answer.number));
}

static bool icer(star_call *c)
{
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_icer(c->rows.m, c->value[0], c->value[1], out), out);
}

static bool nmb(star_call *c)
{
    double *out = star_call_rows_out(c);
    return out && star_call_rows_done(c, star_nmb(c->rows.m, c->value[0], c->value[1], c->value[2], out), out);
}

/* The core's checkers give the criterion, not a row, for per-criterion
   arguments (weights and their bounds, the scale): no row to name. */
static bool checked_criteria(star_call *c, star_status status, culprit who)
{
    if (who.arg >= 0 && (size_t)who.arg < c->fn->arg_count &&
        c->fn->args[who.arg].shape != STAR_SHAPE_MATRIX && c->fn->args[who.arg].shape != STAR_SHAPE_ROWS)
        who.row = c->rows.m;
    return checked(c, status, &who);
}

static bool fundstability(star_call *c)
{
    const double *const *v = c->value, *low, *high;
    culprit who;
    if (!scales(c, 6, &low, &high))
        return false;
    bool whole = *v[5] != 0.0;
    star_status status = star_fundstability_check(c->rows.m, c->k, v[0], v[1], v[2], v[3], *v[4], low,
                                                  high, &who.row, &who.arg);
    if (status == STAR_E_TOO_LARGE)
        return star_call_fail(c, status, "STAR.FUNDSTABILITY takes at most %d interventions, not %zu",
                              STAR_FUNDSTABILITY_MAX_ROWS, c->rows.m);
    return checked_criteria(c, status, who) && star_call_table(c, c->k, 2) &&
           star_call_status(c, star_fundstability(c->rows.m, c->k, v[0], v[1], v[2], v[3], *v[4], whole, low,
                                                  high, c->answer.value));
}

/* The words for a problem with the weights' bounds: criterion j (0-based)
   or their sums. */
static bool weight_bounds(star_call *c, star_status status, culprit who)
{
    const double *low = c->value[1], *high = c->value[2];
    double sum = 0.0;
    for (size_t j = 0; j < c->k; j++)
        sum += who.arg == 1 ? low[j] : high[j];
    if (status == STAR_E_BOUNDS)
        return star_call_fail(c, status, "Criterion %zu: the lowest weight (%.15g) is above the highest (%.15g)",
                              who.row + 1, low[who.row], high[who.row]);
    if (who.arg == 1)
        return star_call_fail(c, status, "The lowest weights add up to %.15g, more than 1: no weights meet them",
                              sum);
    return star_call_fail(c, status, "The highest weights add up to %.15g, less than 1: no weights meet them",
                          sum);
}

static bool smaa(star_call *c)
{
    const double *const *v = c->value, *low, *high;
    culprit who;
    if (!scales(c, 9, &low, &high))
        return false;
    bool whole = *v[8] != 0.0;
    star_status status = star_smaa_check(c->rows.m, c->k, v[0], v[1], v[2], v[3], v[4], *v[5], *v[6], *v[7],
                                         whole, low, high, &who.row, &who.arg);
    if (status == STAR_E_TOO_LARGE && who.arg == 6)
        return star_call_fail(c, status, "STAR.SMAA takes at most %.0f draws x interventions (%.0f with whole) "
                              "and %.0f draws x interventions x criteria, not %.0f x %zu x %zu: use fewer draws",
                              STAR_SMAA_MAX_WORK, STAR_SMAA_MAX_WHOLE_WORK, STAR_SMAA_MAX_SCORE_WORK, *v[6],
                              c->rows.m, c->k);
    if (status == STAR_E_TOO_LARGE)
        return star_call_fail(c, status, "With whole, STAR.SMAA takes at most %d interventions, not %zu",
                              STAR_ALLOCATE_WHOLE_MAX_ROWS, c->rows.m);
    if (status == STAR_E_BOUNDS || status == STAR_E_INFEASIBLE)
        return weight_bounds(c, status, who);
    if (!checked_criteria(c, status, who) || !star_call_table(c, c->rows.n, 2))
        return false;
    double *out = star_arena_alloc(&c->arena, 2 * (c->rows.m ? c->rows.m : 1), sizeof *out);
    if (!out)
        return star_call_status(c, STAR_E_NOMEM);
    if (!star_call_status(c, star_smaa(c->rows.m, c->k, v[0], v[1], v[2], v[3], v[4], *v[5], *v[6], *v[7], whole,
                                       low, high, out)))
        return false;
    /* One row of two per intervention; spare rows stay empty. */
    memset(c->answer.empty, 1, 2 * c->rows.n);
    for (size_t j = 0; j < c->rows.m; j++) {
        size_t r = c->rows.present[j];
        c->answer.value[2 * r] = out[2 * j];
        c->answer.value[2 * r + 1] = out[2 * j + 1];
        c->answer.empty[2 * r] = c->answer.empty[2 * r + 1] = 0;
    }
    return true;
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
