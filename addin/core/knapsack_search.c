/* SPDX-License-Identifier: MPL-2.0 */
/* The expanding-core dynamic programme over non-dominated states
   (Pisinger's minknap): the core grows an item at a time on each side of
   the break item, states are merged in order of cost and dropped by their
   bounds, decisions are remembered as a tree of flips from the LP
   solution; once the states are many, the cardinality bound
   (knapsack_surrogate.c) and pairing with the items outside the core. */
#include "knapsack_internal.h"
#include "allocation.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Decisions remembered at once (12 bytes each with their renumbering);
   compacted when full. The hardest problems of 10,000 rows measured need
   a tenth of it. */
#define FLIP_LIMIT (1u << 21)
/* States beyond which the cardinality bound is worked out, and pairing. */
#define RELAX_STATES 2000u
#define PAIR_STATES 10000u

/* ---- The scratch and the states ----------------------------------------- */

void engine_free(engine *e)
{
    free(e->cur);
    free(e->next);
    free(e->flips);
    free(e->renumber);
    free(e->x);
}

bool engine_alloc(engine *e, size_t n)
{
    e->room = 1024;
    e->cur = malloc(e->room * sizeof *e->cur);
    e->next = malloc(e->room * sizeof *e->next);
    e->flips_room = 4096;
    e->flips = malloc(e->flips_room * sizeof *e->flips);
    e->renumber = malloc(e->flips_room * sizeof *e->renumber);
    e->x = malloc(n);
    return e->cur && e->next && e->flips && e->renumber && e->x;
}

/* ---- One search --------------------------------------------------------- */

/* Need above a value found: by tol, to the next whole number when benefits
   are whole (knapsack R4), and above it even when tol is lost in rounding. */
static void raise_need(search *sr, double value)
{
    double need = value + sr->tol;
    if (sr->whole_p)
        need = fmax(ceil(need), value + 1.0);
    else if (!(need > value))
        need = nextafter(value, INFINITY);
    sr->need = need;
}

/* A selection worth value found: the last flip leading to it, or (whole)
   all of it in e->x. */
void search_record(search *sr, double value, uint32_t at, bool whole)
{
    sr->found = FOUND;
    sr->best = value;
    sr->best_flip = at;
    sr->best_whole = whole;
    if (!sr->first)
        raise_need(sr, value);
}

/* Drops the flips no state and no best selection leads to, keeping their
   order (a parent always comes before its children). */
static void compact_flips(search *sr)
{
    engine *e = sr->e;
    size_t n = e->flips_used, out = 0;
    uint32_t *keep = e->renumber;
    memset(keep, 0, n * sizeof *keep);
    for (size_t s = 0; s < sr->size; s++)
        if (e->cur[s].flip)
            keep[e->cur[s].flip - 1] = 1;
    if (sr->found && !sr->best_whole && sr->best_flip)
        keep[sr->best_flip - 1] = 1;
    for (size_t i = n; i-- > 0;)
        if (keep[i] && e->flips[i].parent)
            keep[e->flips[i].parent - 1] = 1;
    for (size_t i = 0; i < n; i++) {
        if (!keep[i])
            continue;
        flip f = e->flips[i];
        f.parent = f.parent ? keep[f.parent - 1] : 0;
        e->flips[out++] = f;
        keep[i] = (uint32_t)out;
    }
    for (size_t s = 0; s < sr->size; s++)
        if (e->cur[s].flip)
            e->cur[s].flip = keep[e->cur[s].flip - 1];
    if (sr->found && !sr->best_whole && sr->best_flip)
        sr->best_flip = keep[sr->best_flip - 1];
    e->flips_used = out;
}

/* Room for `need` flips, doubling; AT_LIMIT past FLIP_LIMIT (knapsack R5). */
static int grow_flips(engine *e, size_t need)
{
    size_t room = e->flips_room;
    while (room < need)
        room *= 2;
    if (room > FLIP_LIMIT)
        return AT_LIMIT;
    flip *more = realloc(e->flips, room * sizeof *more);
    if (!more)
        return NO_MEMORY;
    e->flips = more;
    uint32_t *renumber = realloc(e->renumber, room * sizeof *renumber);
    if (!renumber)
        return NO_MEMORY;
    e->renumber = renumber;
    e->flips_room = room;
    return NONE;
}

/* Room for `states` states in both arrays, doubling. */
static int grow_states(engine *e, size_t states)
{
    size_t room = e->room;
    while (room < states)
        room *= 2;
    state *cur = realloc(e->cur, room * sizeof *cur);
    if (!cur)
        return NO_MEMORY;
    e->cur = cur;
    state *next = realloc(e->next, room * sizeof *next);
    if (!next)
        return NO_MEMORY;
    e->next = next;
    e->room = room;
    return NONE;
}

/* Room for `states` states in each array and `flips` more flips. */
static int make_room(search *sr, size_t states, size_t flips)
{
    engine *e = sr->e;
    if (states > 2 * sr->state_limit)
        return AT_LIMIT;
    if (states > e->room) {
        int got = grow_states(e, states);
        if (got != NONE)
            return got;
    }
    if (e->flips_used + flips <= e->flips_room)
        return NONE;
    compact_flips(sr);
    if (e->flips_used + flips <= e->flips_room / 2 + 1)
        return NONE;
    return grow_flips(e, 2 * (e->flips_used + flips));
}

/* Whether item j, put in (right of the core) or taken out (left of it), can
   lead to a selection worth need: the Lagrangian bound with the break
   item's ratio, the LP bound less the item's reduced cost; and, once
   worked out, the cardinality bounds. */
static bool has_chance(const search *sr, size_t j, bool in)
{
    const items *it = sr->it;
    double reduced = it->p[j] - it->w[j] * it->r[sr->b], need = sr->need - sr->slack;
    if ((in ? sr->dantzig + reduced : sr->dantzig - reduced) < need)
        return false;
    return !sr->relaxed || card_fixes(sr->card, it, j, need) != !in;
}

/* The state costing at most w with the most value, or NULL. */
static const state *state_within(const search *sr, double w)
{
    size_t lo = 0, hi = sr->size;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sr->e->cur[mid].w <= w)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? &sr->e->cur[lo - 1] : NULL;
}

/* Drops the states whose bound falls below need: a state within cap can at
   best be filled at the ratio of the next item right of the core, one
   above it must shed its excess at the ratio of the next item left of it. */
static void drop_hopeless(search *sr)
{
    engine *e = sr->e;
    const items *it = sr->it;
    double fill = sr->right < sr->m ? it->r[sr->right] : 0.0;
    double shed = sr->left > 0 ? it->r[sr->left - 1] : INFINITY;
    double floor_ = sr->need - sr->slack;
    size_t kept = 0;
    for (size_t s = 0; s < sr->size; s++) {
        state st = e->cur[s];
        double over = st.w - sr->cap;
        double bound = over <= 0.0 ? st.p - over * fill : st.p - over * shed;
        if (bound >= floor_)
            e->cur[kept++] = st;
    }
    sr->size = kept;
}

/* Records the best state within cap when it is worth need, then drops the
   hopeless states. FOUND (with `first`) when one was found. */
static int reduce(search *sr)
{
    if (!spend(sr->steps, (unsigned long)sr->size))
        return AT_LIMIT;
    const state *best = state_within(sr, sr->cap);
    if (best && best->p >= sr->need) {
        search_record(sr, best->p, best->flip, false);
        if (sr->first)
            return FOUND;
    }
    drop_hopeless(sr);
    return NONE;
}

/* The states with item j flipped (put in, or taken out), merged with those
   without: in order of cost, each kept only when worth more than every
   cheaper one. */
static int add_item(search *sr, size_t j, bool in)
{
    size_t n = sr->size;
    if (!spend(sr->steps, 2 * (unsigned long)n))
        return AT_LIMIT;
    int room = make_room(sr, 2 * n, n);
    if (room != NONE)
        return room;
    engine *e = sr->e;
    state *cur = e->cur, *next = e->next;
    double dw = in ? sr->it->w[j] : -sr->it->w[j], dp = in ? sr->it->p[j] : -sr->it->p[j];
    size_t a = 0, c = 0, out = 0;
    while (a < n || c < n) {
        bool flipped = a >= n;
        if (a < n && c < n) {
            double w = cur[c].w + dw, p = cur[c].p + dp;
            flipped = w < cur[a].w || (w == cur[a].w && p > cur[a].p);
        }
        state cand = flipped ? (state){cur[c].w + dw, cur[c].p + dp, cur[c].flip} : cur[a];
        if (flipped)
            c++;
        else
            a++;
        if (out > 0 && cand.p <= next[out - 1].p)
            continue;
        if (flipped) {
            e->flips[e->flips_used++] = (flip){(uint32_t)j, cand.flip};
            cand.flip = (uint32_t)e->flips_used;
        }
        next[out++] = cand;
    }
    e->cur = next;
    e->next = cur;
    sr->size = out;
    return NONE;
}

/* Pairing (combo's heuristic): each item outside the core, flipped, with
   the best state it leaves room for; keeps the best such selection. */
static int pair_outside(search *sr)
{
    sr->paired = true;
    const items *it = sr->it;
    if (!spend(sr->steps, (unsigned long)sr->m))
        return AT_LIMIT;
    int room = make_room(sr, sr->size, 1); /* first: it renumbers flips */
    if (room != NONE)
        return room;
    double best = sr->need;
    size_t pick = SIZE_MAX;
    const state *with = NULL;
    for (size_t j = 0; j < sr->m; j++) {
        bool in = j >= sr->right;
        if (!in && j >= sr->left)
            continue; /* in the core */
        const state *st = state_within(sr, in ? sr->cap - it->w[j] : sr->cap + it->w[j]);
        double value = st ? st->p + (in ? it->p[j] : -it->p[j]) : -INFINITY;
        if (value >= best && (pick == SIZE_MAX || value > best)) {
            best = value;
            pick = j;
            with = st;
        }
    }
    if (pick == SIZE_MAX)
        return NONE;
    sr->e->flips[sr->e->flips_used++] = (flip){(uint32_t)pick, with->flip};
    search_record(sr, best, (uint32_t)sr->e->flips_used, false);
    return sr->first ? FOUND : NONE;
}

/* The best selection found, over the search's items. */
void search_selection(const search *sr, unsigned char *x)
{
    const engine *e = sr->e;
    if (sr->best_whole) {
        memcpy(x, e->x, sr->m);
        return;
    }
    for (size_t j = 0; j < sr->m; j++)
        x[j] = j < sr->b;
    for (uint32_t f = sr->best_flip; f; f = e->flips[f - 1].parent)
        x[e->flips[f - 1].item] ^= 1;
}

/* ---- The search itself -------------------------------------------------- */

/* The greedy selection: the LP solution's items, then each later item that
   still fits. */
static int greedy(search *sr)
{
    const items *it = sr->it;
    unsigned char *x = sr->e->x;
    if (!spend(sr->steps, (unsigned long)sr->m))
        return AT_LIMIT;
    double value = it->sp[sr->b], left = sr->cap - it->sw[sr->b];
    for (size_t j = 0; j < sr->m; j++) {
        x[j] = j < sr->b || it->w[j] <= left;
        if (j >= sr->b && x[j]) {
            value += it->p[j];
            left -= it->w[j];
        }
    }
    if (value >= sr->need)
        search_record(sr, value, 0, true);
    return sr->first && sr->found ? FOUND : NONE;
}

/* Item j into the core: flipped in the states when it can matter. */
static int consider(search *sr, size_t j, bool in)
{
    if (!spend(sr->steps, 1))
        return AT_LIMIT;
    if (!has_chance(sr, j, in))
        return NONE;
    int got = add_item(sr, j, in);
    return got != NONE ? got : reduce(sr);
}

/* One round: the next item on each side of the core, then the stronger
   bound and pairing once the states are many. */
static int expand(search *sr)
{
    int got = NONE;
    if (sr->right < sr->m)
        got = consider(sr, sr->right++, true);
    if (got == NONE && sr->left > 0) {
        sr->left--;
        got = consider(sr, sr->left, false);
    }
    if (got == NONE && sr->left == 0 && sr->right == sr->m)
        sr->size = 0; /* every item decided: the states can gain no more */
    if (got == NONE && sr->may_relax && !sr->relaxed && sr->size > RELAX_STATES &&
        sr->it->r[0] != sr->it->r[sr->m - 1]) /* with one ratio, no count bound helps */
        got = search_relax(sr);
    if (got == NONE && !sr->paired && sr->size > PAIR_STATES)
        got = pair_outside(sr);
    return got;
}

/* Every selection is worth less than the ceiling: U2, less rounding. */
static double first_ceiling(const search *sr)
{
    double u = upper_bound(sr->it, sr->cap) + sr->slack;
    return sr->whole_p ? floor(u) + 1.0 : u;
}

/* The LP solution's whole items as the only state, the core empty around
   the break item. */
static void start_core(search *sr)
{
    const items *it = sr->it;
    sr->dantzig = it->sp[sr->b] + (sr->cap - it->sw[sr->b]) * it->r[sr->b];
    sr->e->flips_used = 0;
    sr->e->cur[0] = (state){it->sw[sr->b], it->sp[sr->b], 0};
    sr->size = 1;
    sr->left = sr->right = sr->b;
}

/* FOUND when a selection worth need was found (the best one, without
   `first`), NONE when none is, or AT_LIMIT or NO_MEMORY. */
int search_run(search *sr)
{
    const items *it = sr->it;
    sr->m = it->m;
    sr->b = break_index(it, sr->cap);
    if (sr->whole_p)
        sr->need = ceil(sr->need);
    if (sr->b == sr->m) { /* everything fits */
        memset(sr->e->x, 1, sr->m);
        if (it->sp[sr->m] >= sr->need)
            search_record(sr, it->sp[sr->m], 0, true);
        return sr->found;
    }
    sr->ceiling = first_ceiling(sr);
    if (sr->need >= sr->ceiling)
        return NONE;
    int got = greedy(sr);
    if (got != NONE)
        return got;
    start_core(sr);
    got = reduce(sr);
    while (got == NONE && sr->size > 0 && sr->need < sr->ceiling)
        got = expand(sr);
    return got < 0 ? got : sr->found;
}
