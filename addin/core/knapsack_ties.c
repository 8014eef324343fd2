/* SPDX-License-Identifier: MPL-2.0 */
/* Settling ties in row order (knapsack R3): of the selections worth the
   target, the lexicographically greatest. Rows fixed by the bounds first,
   then the rest in row order by exact searches, in batches. */
#include "knapsack_internal.h"
#include "allocation.h"

#include <math.h>

/* Rows left open by the LP bound (and at least a quarter of them) beyond
   which the cardinality bounds are worked out before settling ties (for
   fewer, the searches are cheaper). */
#define CARD_ROWS 64u

/* What is settled so far: its value, the money left, and the band. */
typedef struct settling {
    double value, cap;
    size_t band;
} settling;

/* Gathers the open rows but the batch's first `funded` into the part, in
   search order, dropping settled rows from the band as it goes. */
static void gather_part(knapsack *k, settling *st, size_t funded)
{
    items *all = &k->all, *part = &k->part;
    for (size_t t = 0; t < funded; t++)
        k->settled[k->batch[t]] = BATCHED; /* open, but out of the part */
    size_t open = 0;
    part->m = 0;
    for (size_t t = 0; t < st->band; t++) {
        size_t q = k->band[t];
        if (k->settled[q] == UNDECIDED || k->settled[q] == BATCHED)
            k->band[open++] = q;
        if (k->settled[q] == UNDECIDED)
            items_push(part, all->p[q], all->w[q], all->r[q], q);
    }
    for (size_t t = 0; t < funded; t++)
        k->settled[k->batch[t]] = UNDECIDED;
    st->band = open;
    items_finish(part);
}

/* The LP bound of what is settled, the batch's first `funded` rows and the
   open rows within the money left; *value and *cap: those of the settled
   rows and the batch's. */
static double bound_with_batch(knapsack *k, const settling *st, size_t funded, double *value,
                               double *cap)
{
    const items *all = &k->all;
    *value = st->value;
    *cap = st->cap;
    for (size_t t = 0; t < funded; t++) {
        *value += all->p[k->batch[t]];
        *cap -= all->w[k->batch[t]];
        open_add(k, k->batch[t], -1.0);
    }
    double bound = *cap < 0.0 ? -INFINITY : *value + open_lp(k, *cap);
    for (size_t t = 0; t < funded; t++)
        open_add(k, k->batch[t], 1.0);
    return bound;
}

/* Searches the part (gathered) for a completion worth the target less
   value within cap; if found, the witness takes it and the batch's first
   `funded` rows. */
static int search_part(knapsack *k, const problem *pr, double value, double cap, size_t funded)
{
    const items *part = &k->part;
    search sr = {.k = k, .e = &k->outer, .it = part, .steps = pr->steps,
                 .state_limit = STAR_ALLOCATE_FRONTIER_LIMIT, .cap = cap,
                 .need = pr->target - value, .tol = pr->tol, .slack = pr->slack,
                 .first = true, .may_relax = true, .whole_p = pr->whole_p,
                 .whole_w = pr->whole_w};
    int got = search_run(&sr);
    if (got != FOUND)
        return got;
    search_selection(&sr, k->chosen);
    for (size_t q = 0; q < part->m; q++)
        k->witness[part->id[q]] = k->chosen[q];
    for (size_t t = 0; t < funded; t++)
        k->witness[k->batch[t]] = 1;
    return FOUND;
}

/* Whether some completion of the rows still open reaches the target with
   the batch's first `funded` rows funded, on top of what is settled; if
   so the witness takes that completion. The LP bound of the open rows
   answers many a no at once (its steps: the Fenwick trees' depth for each
   update and the query); otherwise they are gathered and searched. */
static int completes(knapsack *k, const problem *pr, settling *st, size_t funded)
{
    double value, cap, bound = bound_with_batch(k, st, funded, &value, &cap);
    unsigned long log_m = 1;
    for (size_t m = k->all.m; m > 1; m /= 2)
        log_m++;
    if (!spend(pr->steps, (unsigned long)(2 * funded + 1) * log_m))
        return AT_LIMIT;
    if (bound < pr->target - pr->slack)
        return NONE;
    if (!spend(pr->steps, 3 * (unsigned long)st->band)) /* scan, gather, sum */
        return AT_LIMIT;
    gather_part(k, st, funded);
    return search_part(k, pr, value, cap, funded);
}

/* When the LP bound leaves many rows open, the cardinality bounds fix more
   of them in k->outside (those every selection reaching the target takes,
   or leaves, on both sides of the LP solution's count). */
static void fix_by_card(knapsack *k, const problem *pr)
{
    const items *all = &k->all;
    double need = pr->target - pr->slack;
    card_side cb[2];
    size_t most, least, open_rows = 0;
    for (size_t q = 0; q < all->m; q++)
        open_rows += k->outside[q] == UNDECIDED;
    if (open_rows <= CARD_ROWS || 4 * open_rows <= all->m ||
        !card_sides(all, pr->cap, need, break_index(all, pr->cap), k->values, k->entries,
                    pr->steps, cb, &most, &least))
        return;
    for (size_t q = 0; q < all->m; q++)
        if (k->outside[q] == UNDECIDED)
            k->outside[q] = card_fixes(cb, all, q, need);
}

/* Rows that take the same value in every selection reaching the target,
   by the LP bound and, when that leaves many open, the cardinality
   bounds, are settled first (where the witness agrees, against rounding);
   only the rest, the band, are searched. */
static int settle_by_bounds(knapsack *k, const problem *pr, settling *st)
{
    const items *all = &k->all;
    fix_by_bounds(all, pr->cap, pr->target, pr->slack, k->outside);
    if (!spend(pr->steps, (unsigned long)all->m))
        return AT_LIMIT;
    fix_by_card(k, pr);
    for (size_t q = 0; q < all->m; q++) {
        k->settled[q] = k->outside[q] == k->witness[q] ? k->outside[q] : UNDECIDED;
        if (k->settled[q] == 1) {
            st->value += all->p[q];
            st->cap -= all->w[q];
        } else if (k->settled[q] == UNDECIDED)
            k->band[st->band++] = q;
    }
    open_fill(k, k->band, st->band);
    return NONE;
}

/* Row q (a place) settled, funded or not: out of the open rows' sums. */
static void settle_one(knapsack *k, settling *st, size_t q, unsigned char funded)
{
    k->settled[q] = funded;
    open_add(k, q, -1.0);
    if (funded) {
        st->value += k->all.p[q];
        st->cap -= k->all.w[q];
    }
}

/* Row p (open) is left out without a search: it does not fit, or an
   earlier identical row was left out (knapsack R7). */
static bool plainly_out(const knapsack *k, const settling *st, size_t p)
{
    const items *all = &k->all;
    return (p > 0 && all->skip[p - 1] > p && k->settled[p - 1] == 0) || all->w[p] > st->cap;
}

/* The open rows from row i on, in row order, up to `most` of them: the
   batch to fund together. */
static size_t gather(knapsack *k, const problem *pr, size_t i, size_t most)
{
    size_t size = 0;
    for (; i < pr->n && size < most; i++) {
        size_t q = k->place[i];
        if (q != SIZE_MAX && k->settled[q] == UNDECIDED)
            k->batch[size++] = q;
    }
    return size;
}

/* Settles the batch from row i: all funded when a completion reaches the
   target with all of them; otherwise, by bisection, the longest run of
   them that can be funded together, funded, and the next left out. The
   lexicographic rule decides the same, one row at a time. *all_in: whether
   the whole batch was funded. */
static int settle_batch(knapsack *k, const problem *pr, settling *st, size_t i, size_t most,
                        bool *all_in)
{
    size_t size = gather(k, pr, i, most), lo = 0, hi = size;
    int got = completes(k, pr, st, size);
    if (got < 0)
        return got;
    *all_in = got == FOUND;
    if (*all_in)
        lo = size;
    while (!*all_in && hi - lo > 1) { /* lo can be funded, hi cannot */
        size_t mid = lo + (hi - lo) / 2;
        got = completes(k, pr, st, mid);
        if (got < 0)
            return got;
        if (got == FOUND)
            lo = mid;
        else
            hi = mid;
    }
    for (size_t t = 0; t < lo; t++)
        settle_one(k, st, k->batch[t], 1);
    if (lo < size)
        settle_one(k, st, k->batch[lo], 0);
    return NONE;
}

/* The lexicographically greatest selection reaching the target (knapsack
   R3): rows in row order, each funded when some completion of the rows
   after it still reaches the target. The witness is such a completion
   throughout, so a row it funds is settled at once; the others are tried
   in batches that double while they can all be funded. */
int settle_ties(knapsack *k, const problem *pr)
{
    settling st = {.cap = pr->cap};
    if (settle_by_bounds(k, pr, &st) < 0)
        return AT_LIMIT;
    size_t most = 1;
    for (size_t i = 0; i < pr->n; i++) {
        size_t p = k->place[i];
        if (p == SIZE_MAX || k->settled[p] != UNDECIDED)
            continue;
        if (k->witness[p] || plainly_out(k, &st, p)) {
            settle_one(k, &st, p, k->witness[p]);
            continue;
        }
        bool all_in;
        int got = settle_batch(k, pr, &st, i, most, &all_in);
        if (got < 0)
            return got;
        most = all_in ? 2 * most : 1;
    }
    return NONE;
}
