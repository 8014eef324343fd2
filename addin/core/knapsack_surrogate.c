/* SPDX-License-Identifier: MPL-2.0 */
/* The cardinality bound inside a search, and solved exactly (combo's
   surrogate): once the states are many, every selection worth need takes
   at most t items or at least t + 1; each side's Lagrangian bound may close
   the search or fix items, and its surrogate problem, solved by a search
   of its own, may lower the ceiling further and find a selection. */
#include "knapsack_internal.h"
#include "allocation.h"

#include <math.h>
#include <string.h>

/* Steps the exact solution of a surrogate problem may take; beyond them the
   search goes on without its bound. */
#define SURROGATE_STEPS 2000000ul

/* The side's bound as a ceiling: every selection on it is worth less. */
static double side_ceiling(const search *sr, const card_side *side)
{
    if (side->closed)
        return sr->need;
    if (!side->known)
        return INFINITY;
    double u = side->bound + sr->slack;
    return sr->whole_p ? floor(u) + 1.0 : u;
}

/* The surrogate problem of a side with multiplier s, into k->sur: costs
   w + s within the returned capacity (negative: no selection), items whose
   cost becomes 0 or less free (marked in k->chosen, *free_p their value). */
static double surrogate_problem(search *sr, const card_side *side, double s, double *free_p)
{
    knapsack *k = sr->k;
    const items *it = sr->it;
    double cap = sr->cap + s * (double)side->card;
    size_t n = 0;
    *free_p = 0.0;
    for (size_t j = 0; j < sr->m; j++) {
        double w = it->w[j] + s;
        k->chosen[j] = w <= 0.0;
        if (w <= 0.0) {
            *free_p += it->p[j];
            cap -= w;
        } else
            k->entries[n++] = (entry){it->p[j] / w, it->p[j], w, j};
    }
    if (!(cap >= 0.0) || !isfinite(cap) || !sort_entries(k->entries, n, sr->steps))
        return -1.0;
    items_from_entries(&k->sur, k->entries, n);
    return cap;
}

/* Keeps the surrogate search's selection when it fits the problem itself
   (with exactly card items it does) and is worth need. */
static void keep_if_fits(search *sr, const search *in, double free_p)
{
    knapsack *k = sr->k;
    double spent = 0.0, value = in->best + free_p;
    search_selection(in, k->picked);
    for (size_t q = 0; q < k->sur.m; q++)
        k->chosen[k->sur.id[q]] = k->picked[q];
    for (size_t j = 0; j < sr->m; j++)
        spent += k->chosen[j] ? sr->it->w[j] : 0.0;
    if (spent <= sr->cap && value >= sr->need) {
        memcpy(sr->e->x, k->chosen, sr->m);
        search_record(sr, value, 0, true);
    }
}

/* Solves the surrogate problem of one side exactly: costs w + s within
   cap + s * card, with the multiplier s = l / mu of its Lagrangian bound
   (a whole number when costs are whole); items whose cost becomes 0 or
   less are free. Every selection on the side fits it, so none is worth
   *ceiling or more (with `first`, only whether one is worth need is asked).
   A selection found that fits the problem itself is kept when worth need.
   Its search has SURROGATE_STEPS of its own (counted in the caller's too):
   a bound that dear is left aside. */
static int surrogate(search *sr, const card_side *side, double *ceiling)
{
    *ceiling = side_ceiling(sr, side);
    if (side->closed || !side->known || !(side->mu > 0.0))
        return NONE;
    double s = sr->whole_w ? nearbyint(side->l / side->mu) : side->l / side->mu, free_p;
    if (!spend(sr->steps, (unsigned long)sr->m))
        return AT_LIMIT;
    double cap = surrogate_problem(sr, side, s, &free_p);
    if (sr->steps->used > sr->steps->limit)
        return AT_LIMIT;
    if (cap < 0.0)
        return NONE;
    knapsack_steps own = {0, SURROGATE_STEPS};
    search in = {.k = sr->k, .e = &sr->k->inner, .it = &sr->k->sur, .steps = &own,
                 .state_limit = STAR_ALLOCATE_FRONTIER_LIMIT / 4, .cap = cap,
                 .need = sr->need - free_p, .tol = sr->tol, .slack = sr->slack,
                 .first = sr->first, .whole_p = sr->whole_p, .whole_w = sr->whole_w};
    int got = search_run(&in);
    if (!spend(sr->steps, own.used))
        return AT_LIMIT;
    if (got == AT_LIMIT) /* too dear a bound: the search goes on without it */
        return NONE;
    if (got < 0)
        return got;
    if (!sr->first || got != FOUND) /* none is worth in.need, or (first) need */
        *ceiling = fmin(*ceiling, in.need + free_p);
    if (got == FOUND)
        keep_if_fits(sr, &in, free_p);
    return NONE;
}

/* The cardinality bounds: every selection worth need takes at most t items
   or at least t + 1, t the LP solution's whole items. Their Lagrangian
   bounds may close the search at once, and fix items from now on. When one
   side is ruled out by the counts of items, or both are tight (combo's
   choice of cases), each open side's surrogate problem is solved too. */
int search_relax(search *sr)
{
    sr->relaxed = true;
    size_t most, least, b = sr->b;
    double need = sr->need - sr->slack;
    if (!card_sides(sr->it, sr->cap, need, b, sr->k->values, sr->k->entries, sr->steps,
                    sr->card, &most, &least)) {
        sr->ceiling = fmin(sr->ceiling, sr->need);
        return NONE;
    }
    bool solve = most <= b || least >= b + 1 || most == b + 1 || least == b;
    double ceiling = -INFINITY;
    for (int s = 0; s < 2; s++) {
        double c = side_ceiling(sr, &sr->card[s]);
        if (solve) {
            int got = surrogate(sr, &sr->card[s], &c);
            if (got < 0)
                return got;
        }
        ceiling = fmax(ceiling, c);
    }
    sr->ceiling = fmin(sr->ceiling, ceiling);
    return sr->first && sr->found ? FOUND : NONE;
}
