/* SPDX-License-Identifier: MPL-2.0 */
#include "handlers.h"
#include "star_core.h"
#include "star_version.h"

#include <stdio.h>

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

static bool score(star_call *c)
{
    const double *low, *high;
    if (!scale(c, 2, &low) || !scale(c, 3, &high))
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
};
