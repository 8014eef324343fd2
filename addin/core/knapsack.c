/* SPDX-License-Identifier: MPL-2.0 */
/* Requirements (cited by tests/unit/test_knapsack.c):
   R1. The selection fits: its cost, summed in search order, is at most the
       capacity.
   R2. It is optimal: no selection within the capacity is worth the best
       found, V, plus the tie tolerance or more; this is proven by bounds
       and exhausted searches, never assumed.
   R3. Ties: of the selections worth V - tol or more, the lexicographically
       greatest in row order (the earliest items funded) is returned. Rows
       are settled in row order by exact searches: a batch of consecutive
       open rows is funded when a completion reaches V - tol with all of
       them (the rule, row by row, would fund each), a batch that cannot be
       is bisected to its first row that cannot; batches double while they
       succeed.
   R4. Real numbers: nothing assumes whole numbers. Where every cost (or
       every benefit) is a whole number exactly, with sums below 2^53, that
       is used, exactly: the capacity is rounded down to a multiple of the
       costs' greatest common divisor, a value needed is rounded up to a
       whole number.
   R5. Bounded: every step of work counts against the caller's limit, the
       partial selections kept at once are at most
       STAR_ALLOCATE_FRONTIER_LIMIT and the decisions remembered at most
       FLIP_LIMIT; beyond any of them the answer is STAR_E_NO_CONVERGENCE,
       never a guess.
   R6. Deterministic: the same problem gives the same answer bit for bit,
       from fresh or reused scratch, on every machine.
   R7. Identical items (equal benefit and cost) are interchangeable, so a
       run of them is settled without a search for each.

   The search is Pisinger's expanding-core dynamic programming (minknap),
   with the strong bounds of Martello, Pisinger and Toth's combo: items in
   order of benefit/cost; the LP solution (all items before the break item)
   as the base; the core [left, right) around the break item grows one item
   at a time on each side, an item entering only when a Lagrangian bound
   with the break item's ratio says it can matter (reduced-cost fixing);
   the partial selections are the states no other beats on both cost and
   value, each dropped when its bound with the ratios at the edges of the
   core falls below what is needed. When states are many, a bound with a
   cardinality constraint, surrogated into the capacity and solved exactly
   by a search of its own, closes problems whose LP bound is weak (strongly
   correlated costs and benefits), and pairing states with items outside
   the core finds good selections early.
   Before ties are settled, rows that take the same value in every
   selection worth V - tol are fixed by the LP bound and the cardinality
   bounds (Lagrangian, on both sides of the LP solution's count); each
   settling search first tries the LP bound of the rows still open, kept
   in Fenwick trees, and most are answered by it. */
#include "knapsack.h"
#include "allocation.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Decisions remembered at once (12 bytes each with their renumbering);
   compacted when full. The hardest problems of 10,000 rows measured need
   a tenth of it. */
#define FLIP_LIMIT (1u << 21)
/* Rows left open by the LP bound (and at least a quarter of them) beyond
   which the cardinality bounds are worked out before settling ties (for
   fewer, the searches are cheaper). */
#define CARD_ROWS 64u
/* Steps the exact solution of a surrogate problem may take; beyond them the
   search goes on without its bound. */
#define SURROGATE_STEPS 2000000ul
/* States beyond which the cardinality bound is worked out, and pairing. */
#define RELAX_STATES 2000u
#define PAIR_STATES 10000u
/* Relative error allowed in a bound worked out in floating point. */
#define SLACK 1e-12
/* Whole numbers whose sums stay exact in double. */
#define EXACT_SUMS 9007199254740992.0

enum { FOUND = 1, NONE = 0, AT_LIMIT = -1, NO_MEMORY = -2 };
enum { UNDECIDED = 2, BATCHED = 3 };

/* Counts n steps of work; false once past the limit. */
static bool spend(knapsack_steps *steps, unsigned long n)
{
    steps->used += n;
    return steps->used <= steps->limit;
}

/* ---- Items in search order ---------------------------------------------- */

/* Items by benefit/cost, best first; prefix sums make the LP solution for
   any capacity a binary search. */
typedef struct items {
    size_t m;
    double *p, *w, *r;   /* benefit, cost, ratio */
    double *sp, *sw;     /* prefix sums, m + 1 */
    size_t *id;          /* the row (whole problem) or index (a part of it) */
    size_t *skip;        /* the first later item not identical (whole problem) */
} items;

/* An item being sorted. */
typedef struct entry {
    double r, p, w;
    size_t id;
} entry;

/* Ratio, then identical items side by side in row order (R7). */
static int by_search_order(const void *pa, const void *pb)
{
    const entry *a = pa, *b = pb;
    if (a->r != b->r)
        return a->r > b->r ? -1 : 1;
    if (a->w != b->w)
        return a->w < b->w ? -1 : 1;
    if (a->p != b->p)
        return a->p > b->p ? -1 : 1;
    return (a->id > b->id) - (a->id < b->id);
}

static void items_free(items *it)
{
    free(it->p);
    free(it->w);
    free(it->r);
    free(it->sp);
    free(it->sw);
    free(it->id);
    free(it->skip);
}

static bool items_alloc(items *it, size_t n)
{
    it->p = malloc(n * sizeof(double));
    it->w = malloc(n * sizeof(double));
    it->r = malloc(n * sizeof(double));
    it->sp = malloc((n + 1) * sizeof(double));
    it->sw = malloc((n + 1) * sizeof(double));
    it->id = malloc(n * sizeof(size_t));
    it->skip = malloc(n * sizeof(size_t));
    return it->p && it->w && it->r && it->sp && it->sw && it->id && it->skip;
}

static void items_push(items *it, double p, double w, double r, size_t id)
{
    it->p[it->m] = p;
    it->w[it->m] = w;
    it->r[it->m] = r;
    it->id[it->m++] = id;
}

/* Prefix sums, once p, w, r and id are set. */
static void items_finish(items *it)
{
    it->sp[0] = it->sw[0] = 0.0;
    for (size_t j = 0; j < it->m; j++) {
        it->sp[j + 1] = it->sp[j] + it->p[j];
        it->sw[j + 1] = it->sw[j] + it->w[j];
    }
}

/* Runs of identical items: skip[j] is the first later item not identical
   to item j (settling uses them, R7). */
static void items_runs(items *it)
{
    for (size_t j = it->m; j-- > 0;) {
        bool same = j + 1 < it->m && it->p[j + 1] == it->p[j] && it->w[j + 1] == it->w[j];
        it->skip[j] = same ? it->skip[j + 1] : j + 1;
    }
}

/* Sorts n entries into search order; the steps count n log n. */
static bool sort_entries(entry *e, size_t n, knapsack_steps *steps)
{
    unsigned long work = (unsigned long)n;
    for (size_t k = n; k > 1; k /= 2)
        work += (unsigned long)n;
    if (!spend(steps, work))
        return false;
    qsort(e, n, sizeof *e, by_search_order);
    return true;
}

static void items_from_entries(items *it, const entry *e, size_t n)
{
    it->m = 0;
    for (size_t j = 0; j < n; j++)
        items_push(it, e[j].p, e[j].w, e[j].r, e[j].id);
    items_finish(it);
}

/* The number of items before the break item: items 0..b-1 fit, b does not. */
static size_t break_index(const items *it, double cap)
{
    size_t lo = 0, hi = it->m;
    while (lo < hi) {
        size_t mid = lo + (hi - lo + 1) / 2;
        if (it->sw[mid] <= cap)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

/* Martello and Toth's bound U2 on items j.. within cap (at most the LP
   bound): the break item s is left out (the rest filled at the ratio of
   s+1) or put in (the overflow taken out at the ratio of s-1). *fill = s. */
static double upper_bound(const items *it, size_t j, double cap, size_t *fill)
{
    size_t lo = j, hi = it->m;
    while (lo < hi) {
        size_t mid = lo + (hi - lo + 1) / 2;
        if (it->sw[mid] - it->sw[j] <= cap)
            lo = mid;
        else
            hi = mid - 1;
    }
    *fill = lo;
    double whole = it->sp[lo] - it->sp[j];
    if (lo == it->m)
        return whole;
    double left = cap - (it->sw[lo] - it->sw[j]);
    double without = whole + (lo + 1 < it->m ? left * it->r[lo + 1] : 0.0);
    double with = lo > j ? whole + it->p[lo] - (it->w[lo] - left) * it->r[lo - 1] : -INFINITY;
    return fmax(without, with);
}

/* The LP (Dantzig) bound of all items but j within cap. */
static double lp_without(const items *it, size_t j, double cap)
{
    double wj = it->w[j];
    size_t lo = 0, hi = it->m;
    while (lo < hi) {
        size_t mid = lo + (hi - lo + 1) / 2;
        if (it->sw[mid] - (mid > j ? wj : 0.0) <= cap)
            lo = mid;
        else
            hi = mid - 1;
    }
    double bound = it->sp[lo] - (lo > j ? it->p[j] : 0.0);
    if (lo < it->m)
        bound += (cap - (it->sw[lo] - (lo > j ? wj : 0.0))) * it->r[lo];
    return bound;
}

/* Reduced-cost fixing: fixed[j] = the value item j takes in the LP
   solution when flipping it brings the LP bound below need - slack, so that
   no selection worth need flips it; UNDECIDED otherwise. */
static void fix_by_bounds(const items *it, double cap, double need, double slack,
                          unsigned char *fixed)
{
    size_t critical;
    upper_bound(it, 0, cap, &critical);
    for (size_t j = 0; j < it->m; j++) {
        if (j < critical) /* in the LP solution: can it be left out? */
            fixed[j] = lp_without(it, j, cap) < need - slack ? 1 : UNDECIDED;
        else /* out of it (or in part): can it be put in? */
            fixed[j] = it->w[j] > cap || it->p[j] + lp_without(it, j, cap - it->w[j]) < need - slack
                           ? 0 : UNDECIDED;
    }
}

/* ---- Small exact helpers ------------------------------------------------ */

static bool whole_and_small(const double *x, size_t n)
{
    double sum = 0.0;
    for (size_t i = 0; i < n; i++) {
        if (x[i] != nearbyint(x[i]))
            return false;
        sum += x[i];
    }
    return sum < EXACT_SUMS;
}

static uint64_t gcd(uint64_t a, uint64_t b)
{
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* Whole costs: every selection costs a multiple of their gcd (R4). */
static double round_capacity(const double *cost, size_t n, double cap)
{
    uint64_t g = 0;
    for (size_t i = 0; i < n && g != 1; i++)
        g = gcd((uint64_t)cost[i], g);
    if (g == 0 || cap >= EXACT_SUMS)
        return cap;
    return floor(cap / (double)g) * (double)g;
}

/* The largest k such that the k smallest of v[0..n) sum to at most limit.
   Rearranges v (selection by partition, expected linear time). */
static size_t count_within(double *v, size_t n, double limit)
{
    size_t lo = 0, hi = n, count = 0;
    while (lo < hi) {
        double pivot = v[lo + (hi - lo) / 2], below = 0.0;
        size_t a = lo, b = lo, c = hi; /* [lo,a) < pivot, [a,b) = pivot, [c,hi) > pivot */
        while (b < c) {
            double t = v[b];
            if (t < pivot) {
                v[b] = v[a];
                v[a++] = t;
                b++;
                below += t;
            } else if (t > pivot) {
                v[b] = v[--c];
                v[c] = t;
            } else
                b++;
        }
        if (below > limit) {
            hi = a;
            continue;
        }
        limit -= below;
        count += a - lo;
        size_t equal = b - a, fit = pivot > 0.0 ? (size_t)fmin((double)equal, floor(limit / pivot))
                                                 : equal;
        count += fit;
        if (fit < equal)
            return count;
        limit -= (double)fit * pivot;
        lo = c;
    }
    return count;
}

/* An LP solution: its value, how many items it takes (a share counted as
   a fraction), and the ratio of the item it takes in part (0: none). */
typedef struct lp_solution {
    double value, count, ratio;
} lp_solution;

/* The LP optimum of the entries taken by ratio, best first, within cap:
   whole ones and a share of the first that does not fit. Rearranges e. */
static lp_solution lp_by_selection(entry *e, size_t n, double cap)
{
    lp_solution lp = {0.0, 0.0, 0.0};
    size_t lo = 0, hi = n;
    while (lo < hi) {
        double pivot = e[lo + (hi - lo) / 2].r, w_above = 0.0, p_above = 0.0;
        size_t a = lo, b = lo, c = hi; /* [lo,a) better, [a,b) equal, [c,hi) worse */
        while (b < c) {
            entry t = e[b];
            if (t.r > pivot) {
                e[b] = e[a];
                e[a++] = t;
                b++;
                w_above += t.w;
                p_above += t.p;
            } else if (t.r < pivot) {
                e[b] = e[--c];
                e[c] = t;
            } else
                b++;
        }
        if (w_above > cap) {
            hi = a;
            continue;
        }
        cap -= w_above;
        lp.value += p_above;
        lp.count += (double)(a - lo);
        for (size_t j = a; j < b; j++) {
            if (e[j].w > cap) {
                lp.count += cap / e[j].w;
                lp.value += cap * e[j].r;
                lp.ratio = e[j].r;
                return lp;
            }
            cap -= e[j].w;
            lp.value += e[j].p;
            lp.count += 1.0;
        }
        lo = c;
    }
    return lp;
}

/* ---- The cardinality bound (Lagrangian) --------------------------------- */

/* Every selection takes at most so many items, or at least so many: a
   side of that dichotomy. With a multiplier l on the count (l >= 0 for at
   most card items, l <= 0 for at least card), l * card + (the LP bound of
   benefits p - l within cap) bounds every selection on the side; with mu
   the ratio at which that LP fills, an item's reduced cost
   p - l - mu * w is what forcing it against its sign costs. */
typedef struct card_side {
    bool closed;   /* no selection worth need is on this side */
    bool known;    /* l, mu and bound are worked out */
    size_t card;
    double l, mu, bound;
} card_side;

/* The Lagrangian bound for multiplier l; *slope: card less the items its
   LP solution takes (the bound's slope in l). */
static double card_bound_at(const items *it, double cap, double l, size_t card, entry *e,
                            double *slope, double *mu)
{
    size_t n = 0;
    for (size_t j = 0; j < it->m; j++) {
        double q = it->p[j] - l;
        if (q > 0.0)
            e[n++] = (entry){q / it->w[j], q, it->w[j], j};
    }
    lp_solution lp = lp_by_selection(e, n, cap);
    *slope = (double)card - lp.count;
    *mu = lp.ratio;
    return l * (double)card + lp.value;
}

/* The least such bound for selections of at most (or at least) card
   items, by bisection on the sign of its slope (it is convex in l); closed
   when it falls below need. Each bound worked out counts 4 steps an item
   (gathering them, and the passes of the selection). */
static card_side card_side_of(const items *it, double cap, size_t card, bool at_most,
                              double need, entry *e, knapsack_steps *steps)
{
    card_side best = {false, false, card, 0.0, 0.0, INFINITY};
    double top = 0.0, slope, mu;
    for (size_t j = 0; j < it->m; j++)
        top = fmax(top, it->p[j]);
    double lo = at_most ? 0.0 : -top, hi = at_most ? top : 0.0;
    for (int round = 0; !at_most && round < 64 && spend(steps, 4 * (unsigned long)it->m); round++) {
        card_bound_at(it, cap, lo, card, e, &slope, &mu); /* enough items? */
        if (slope <= 0.0)
            break;
        hi = lo;
        lo *= 2;
    }
    for (int round = 0; round < 32 && spend(steps, 4 * (unsigned long)it->m); round++) {
        double l = (lo + hi) / 2, u = card_bound_at(it, cap, l, card, e, &slope, &mu);
        if (u < best.bound)
            best = (card_side){u < need, true, card, l, mu, u};
        if (slope == 0.0 || best.closed || hi - lo <= 1e-9 * top)
            break;
        if (slope < 0.0)
            lo = l;
        else
            hi = l;
    }
    return best;
}

static card_side closed_side(void)
{
    return (card_side){true, false, 0, 0.0, 0.0, -INFINITY};
}

/* The largest number of items that fits cap (the cheapest), and the
   smallest number worth need (the most valuable); false when all of them
   together are not worth need. v: scratch for m values. */
static bool item_counts(const items *it, double cap, double need, double *v, size_t *most,
                        size_t *least)
{
    memcpy(v, it->w, it->m * sizeof *v);
    *most = count_within(v, it->m, cap);
    memcpy(v, it->p, it->m * sizeof *v);
    double total = it->sp[it->m];
    *least = total >= need ? it->m - count_within(v, it->m, total - need) : it->m;
    return total >= need;
}

/* Every selection worth need takes from `least` to `most` items: at most
   t of them, or at least t + 1 (t: the whole items of the LP solution, so
   that both sides cut it off). The two sides' bounds; false when both are
   closed, so that no selection is worth need. */
static bool card_sides(const items *it, double cap, double need, size_t t, double *v, entry *e,
                       knapsack_steps *steps, card_side side[2], size_t *most, size_t *least)
{
    side[0] = side[1] = closed_side();
    if (!item_counts(it, cap, need, v, most, least))
        return false;
    if (*least <= t && *least <= *most)
        side[0] = card_side_of(it, cap, t < *most ? t : *most, true, need, e, steps);
    if (t + 1 <= *most && *least <= *most)
        side[1] = card_side_of(it, cap, t + 1 > *least ? t + 1 : *least, false, need, e, steps);
    return !side[0].closed || !side[1].closed;
}

/* The value item j takes in every selection worth need by one side's
   bound, or UNDECIDED. */
static unsigned char side_fixes(const card_side *cs, const items *it, size_t j, double need)
{
    if (!cs->known)
        return UNDECIDED;
    double reduced = it->p[j] - cs->l - cs->mu * it->w[j];
    if (reduced == 0.0 || cs->bound - fabs(reduced) >= need)
        return UNDECIDED;
    return reduced > 0.0;
}

/* The value item j takes in every selection worth need, when every open
   side agrees on it; UNDECIDED otherwise. */
static unsigned char card_fixes(const card_side side[2], const items *it, size_t j, double need)
{
    unsigned char value = UNDECIDED;
    for (int s = 0; s < 2; s++) {
        if (side[s].closed)
            continue;
        unsigned char v = side_fixes(&side[s], it, j, need);
        if (v == UNDECIDED || (value != UNDECIDED && v != value))
            return UNDECIDED;
        value = v;
    }
    return value;
}

/* ---- The search's scratch ----------------------------------------------- */

/* A partial selection: its cost, its value, and the last decision that
   made it (index + 1 into the flips; 0: the base itself). */
typedef struct state {
    double w, p;
    uint32_t flip;
} state;

/* An item flipped from the base after the selection `parent` ends. */
typedef struct flip {
    uint32_t item, parent;
} flip;

typedef struct engine {
    state *cur, *next;  /* the states, and room to merge them */
    size_t room;        /* states each holds */
    flip *flips;
    uint32_t *renumber; /* flips_room, for compaction */
    size_t flips_used, flips_room;
    unsigned char *x;   /* a whole selection (greedy, surrogate) */
} engine;

struct knapsack {
    size_t capacity;
    entry *entries;
    double *values;               /* for the cardinality bounds */
    items all, part, sur;         /* the problem; a part of it; a surrogate */
    engine outer, inner;          /* the search; the surrogate's, inside it */
    size_t *place, *band, *batch; /* row -> place in all; places open; a batch */
    unsigned char *settled, *witness, *outside, *chosen, *picked;
    double *open_w, *open_p;      /* sums over the open rows (settling) */
};

static void engine_free(engine *e)
{
    free(e->cur);
    free(e->next);
    free(e->flips);
    free(e->renumber);
    free(e->x);
}

static bool engine_alloc(engine *e, size_t n)
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

void knapsack_free(knapsack *k)
{
    if (!k)
        return;
    free(k->entries);
    free(k->values);
    items_free(&k->all);
    items_free(&k->part);
    items_free(&k->sur);
    engine_free(&k->outer);
    engine_free(&k->inner);
    free(k->place);
    free(k->band);
    free(k->batch);
    free(k->settled);
    free(k->witness);
    free(k->outside);
    free(k->chosen);
    free(k->picked);
    free(k->open_w);
    free(k->open_p);
    free(k);
}

knapsack *knapsack_new(size_t capacity)
{
    knapsack *k = calloc(1, sizeof *k);
    if (!k)
        return NULL;
    size_t n = capacity ? capacity : 1;
    k->capacity = capacity;
    k->entries = malloc(n * sizeof *k->entries);
    k->values = malloc(n * sizeof *k->values);
    k->place = malloc(n * sizeof *k->place);
    k->band = malloc(n * sizeof *k->band);
    k->batch = malloc(n * sizeof *k->batch);
    k->settled = malloc(n);
    k->witness = malloc(n);
    k->outside = malloc(n);
    k->chosen = malloc(n);
    k->picked = malloc(n);
    k->open_w = malloc((n + 1) * sizeof *k->open_w);
    k->open_p = malloc((n + 1) * sizeof *k->open_p);
    bool ok = items_alloc(&k->all, n) && items_alloc(&k->part, n) && items_alloc(&k->sur, n) &&
              engine_alloc(&k->outer, n) && engine_alloc(&k->inner, n);
    if (!ok || !k->entries || !k->values || !k->place || !k->band || !k->batch || !k->settled ||
        !k->witness || !k->outside || !k->chosen || !k->picked || !k->open_w || !k->open_p) {
        knapsack_free(k);
        return NULL;
    }
    return k;
}

/* ---- One search --------------------------------------------------------- */

/* A selection from it's items, relative to a value already fixed: find one
   worth `need` or more within cap. With `first`, stop at the first found;
   otherwise raise need above each one found (by tol, and to the next whole
   number when benefits are whole) and go on, so that the search ends with
   the best and `need` is then a value no selection reaches. */
typedef struct search {
    knapsack *k;
    engine *e;
    const items *it;
    knapsack_steps *steps;
    size_t m, b;             /* items; the break item */
    size_t left, right;      /* the core is [left, right) */
    size_t size;             /* states in e->cur */
    size_t state_limit;      /* states at most at once */
    double cap, need, tol, slack;
    double ceiling;          /* every selection is worth less */
    double dantzig;          /* the LP bound, for reduced costs */
    card_side card[2];       /* at most, at least so many items (once relaxed) */
    bool first, whole_p, whole_w, may_relax, relaxed, paired;
    int found;
    double best;
    uint32_t best_flip;      /* the best found ends here... */
    bool best_whole;         /* ...or is all in e->x */
} search;

static void raise_need(search *sr, double value)
{
    double need = value + sr->tol;
    if (sr->whole_p)
        need = fmax(ceil(need), value + 1.0);
    else if (!(need > value))
        need = nextafter(value, INFINITY);
    sr->need = need;
}

static void record(search *sr, double value, uint32_t at, bool whole)
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

/* Room for `states` states in each array and `flips` more flips. */
static int make_room(search *sr, size_t states, size_t flips)
{
    engine *e = sr->e;
    if (states > 2 * sr->state_limit)
        return AT_LIMIT;
    if (states > e->room) {
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

/* Records the best state within cap when it is worth need, then drops the
   states whose bound falls below need: a state within cap can at best be
   filled at the ratio of the next item right of the core, one above it
   must shed its excess at the ratio of the next item left of it.
   FOUND (with `first`) when one was found. */
static int reduce(search *sr)
{
    engine *e = sr->e;
    if (!spend(sr->steps, (unsigned long)sr->size))
        return AT_LIMIT;
    size_t lo = 0, hi = sr->size;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (e->cur[mid].w <= sr->cap)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0 && e->cur[lo - 1].p >= sr->need) {
        record(sr, e->cur[lo - 1].p, e->cur[lo - 1].flip, false);
        if (sr->first)
            return FOUND;
    }
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
    record(sr, best, (uint32_t)sr->e->flips_used, false);
    return sr->first ? FOUND : NONE;
}

/* The best selection found, over the search's items. */
static void selection(const search *sr, unsigned char *x)
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

static int run(search *sr);

/* ---- The cardinality bound solved exactly (combo's surrogate) ----------- */

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

/* Solves the surrogate problem of one side exactly: costs w + s within
   cap + s * card, with the multiplier s = l / mu of its Lagrangian bound
   (a whole number when costs are whole); items whose cost becomes 0 or
   less are free. Every selection on the side fits it, so none is worth
   *ceiling or more (with `first`, only whether one is worth need is asked).
   A selection found that fits the problem itself is kept when worth need.
   Its search has SURROGATE_STEPS of its own (counted in the caller's too):
   a bound that dear is left aside. */
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
    selection(in, k->picked);
    for (size_t q = 0; q < k->sur.m; q++)
        k->chosen[k->sur.id[q]] = k->picked[q];
    for (size_t j = 0; j < sr->m; j++)
        spent += k->chosen[j] ? sr->it->w[j] : 0.0;
    if (spent <= sr->cap && value >= sr->need) {
        memcpy(sr->e->x, k->chosen, sr->m);
        record(sr, value, 0, true);
    }
}

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
    int got = run(&in);
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
static int relax(search *sr)
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
        record(sr, value, 0, true);
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
        got = relax(sr);
    if (got == NONE && !sr->paired && sr->size > PAIR_STATES)
        got = pair_outside(sr);
    return got;
}

/* Every selection is worth less than the ceiling: U2, less rounding. */
static double first_ceiling(const search *sr)
{
    size_t fill;
    double u = upper_bound(sr->it, 0, sr->cap, &fill) + sr->slack;
    return sr->whole_p ? floor(u) + 1.0 : u;
}

/* FOUND when a selection worth need was found (the best one, without
   `first`), NONE when none is, or AT_LIMIT or NO_MEMORY. */
static int run(search *sr)
{
    const items *it = sr->it;
    sr->m = it->m;
    sr->b = break_index(it, sr->cap);
    if (sr->whole_p)
        sr->need = ceil(sr->need);
    if (sr->b == sr->m) { /* everything fits */
        memset(sr->e->x, 1, sr->m);
        if (it->sp[sr->m] >= sr->need)
            record(sr, it->sp[sr->m], 0, true);
        return sr->found;
    }
    sr->ceiling = first_ceiling(sr);
    if (sr->need >= sr->ceiling)
        return NONE;
    int got = greedy(sr);
    if (got != NONE)
        return got;
    sr->dantzig = it->sp[sr->b] + (sr->cap - it->sw[sr->b]) * it->r[sr->b];
    sr->e->flips_used = 0;
    sr->e->cur[0] = (state){it->sw[sr->b], it->sp[sr->b], 0};
    sr->size = 1;
    sr->left = sr->right = sr->b;
    got = reduce(sr);
    while (got == NONE && sr->size > 0 && sr->need < sr->ceiling)
        got = expand(sr);
    return got < 0 ? got : sr->found;
}

/* ---- Sums over the rows still open --------------------------------------- */

/* Fenwick trees of the open rows' costs and benefits by place in search
   order, so that the LP bound of what they can add is had in O(log m)
   without gathering them. Index 1..m. */
static void open_add(knapsack *k, size_t q, double sign)
{
    for (size_t i = q + 1; i <= k->all.m; i += i & (~i + 1)) {
        k->open_w[i] += sign * k->all.w[q];
        k->open_p[i] += sign * k->all.p[q];
    }
}

/* The LP bound of the open rows within cap: the most valuable (by ratio)
   that fit whole, and a share of the next. */
static double open_lp(const knapsack *k, double cap)
{
    size_t m = k->all.m, pos = 0, step = 1;
    double w = 0.0, p = 0.0;
    while (2 * step <= m)
        step *= 2;
    for (; step; step /= 2)
        if (pos + step <= m && w + k->open_w[pos + step] <= cap) {
            pos += step;
            w += k->open_w[pos];
            p += k->open_p[pos];
        }
    /* pos rows fit; the next place is open (else it would fit too) */
    return pos < m ? p + (cap - w) * k->all.r[pos] : p;
}

/* ---- Settling ties in row order ---------------------------------------- */

typedef struct problem {
    size_t n;
    double cap, target, tol, slack;
    bool whole_p, whole_w;
    knapsack_steps *steps;
} problem;

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

/* Whether some completion of the rows still open reaches the target with
   the batch's first `funded` rows funded, on top of what is settled; if
   so the witness takes that completion. The LP bound of the open rows
   answers many a no at once; otherwise they are gathered and searched. */
static int completes(knapsack *k, const problem *pr, settling *st, size_t funded)
{
    items *all = &k->all, *part = &k->part;
    double value = st->value, cap = st->cap;
    for (size_t t = 0; t < funded; t++) {
        value += all->p[k->batch[t]];
        cap -= all->w[k->batch[t]];
        open_add(k, k->batch[t], -1.0);
    }
    double bound = cap < 0.0 ? -INFINITY : value + open_lp(k, cap);
    for (size_t t = 0; t < funded; t++)
        open_add(k, k->batch[t], 1.0);
    unsigned long log_m = 1;
    for (size_t m = all->m; m > 1; m /= 2)
        log_m++;
    if (!spend(pr->steps, (unsigned long)(2 * funded + 1) * log_m))
        return AT_LIMIT;
    if (bound < pr->target - pr->slack)
        return NONE;
    if (!spend(pr->steps, 3 * (unsigned long)st->band)) /* scan, gather, sum */
        return AT_LIMIT;
    gather_part(k, st, funded);
    search sr = {.k = k, .e = &k->outer, .it = part, .steps = pr->steps,
                 .state_limit = STAR_ALLOCATE_FRONTIER_LIMIT, .cap = cap,
                 .need = pr->target - value, .tol = pr->tol, .slack = pr->slack,
                 .first = true, .may_relax = true, .whole_p = pr->whole_p,
                 .whole_w = pr->whole_w};
    int got = run(&sr);
    if (got != FOUND)
        return got;
    selection(&sr, k->chosen);
    for (size_t q = 0; q < part->m; q++)
        k->witness[part->id[q]] = k->chosen[q];
    for (size_t t = 0; t < funded; t++)
        k->witness[k->batch[t]] = 1;
    return FOUND;
}

/* Rows that take the same value in every selection reaching the target,
   by the LP bound and, when that leaves many open, the cardinality
   bounds, are settled first (where the witness agrees, against rounding);
   only the rest, the band, are searched. */
static int settle_by_bounds(knapsack *k, const problem *pr, settling *st)
{
    items *all = &k->all;
    double need = pr->target - pr->slack;
    card_side cb[2];
    size_t most, least;
    size_t open_rows = 0;
    fix_by_bounds(all, pr->cap, pr->target, pr->slack, k->outside);
    if (!spend(pr->steps, (unsigned long)all->m))
        return AT_LIMIT;
    for (size_t q = 0; q < all->m; q++)
        open_rows += k->outside[q] == UNDECIDED;
    bool open = open_rows > CARD_ROWS && 4 * open_rows > all->m &&
                card_sides(all, pr->cap, need, break_index(all, pr->cap), k->values, k->entries,
                           pr->steps, cb, &most, &least);
    for (size_t q = 0; q < all->m && open; q++)
        if (k->outside[q] == UNDECIDED)
            k->outside[q] = card_fixes(cb, all, q, need);
    for (size_t q = 0; q < all->m; q++) {
        k->settled[q] = k->outside[q] == k->witness[q] ? k->outside[q] : UNDECIDED;
        if (k->settled[q] == 1) {
            st->value += all->p[q];
            st->cap -= all->w[q];
        } else if (k->settled[q] == UNDECIDED)
            k->band[st->band++] = q;
    }
    memset(k->open_w, 0, (all->m + 1) * sizeof *k->open_w);
    memset(k->open_p, 0, (all->m + 1) * sizeof *k->open_p);
    for (size_t t = 0; t < st->band; t++)
        open_add(k, k->band[t], 1.0);
    return NONE;
}

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
   earlier identical row was left out (R7). */
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

/* The lexicographically greatest selection reaching the target (R3): rows
   in row order, each funded when some completion of the rows after it
   still reaches the target. The witness is such a completion throughout,
   so a row it funds is settled at once; the others are tried in batches
   that double while they can all be funded. */
static int settle(knapsack *k, const problem *pr)
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

/* ---- The whole problem -------------------------------------------------- */

/* The items in search order, place[row] their place (SIZE_MAX: none). */
static bool sort_items(knapsack *k, size_t n, const double *benefit, const double *cost,
                       knapsack_steps *steps)
{
    for (size_t i = 0; i < n; i++)
        k->entries[i] = (entry){benefit[i] / cost[i], benefit[i], cost[i], i};
    if (!sort_entries(k->entries, n, steps))
        return false;
    items_from_entries(&k->all, k->entries, n);
    items_runs(&k->all);
    for (size_t i = 0; i < n; i++)
        k->place[i] = SIZE_MAX;
    for (size_t q = 0; q < n; q++)
        k->place[k->all.id[q]] = q;
    return true;
}

static star_status status_of(int got)
{
    return got == NO_MEMORY ? STAR_E_NOMEM : STAR_E_NO_CONVERGENCE;
}

star_status knapsack_solve(knapsack *k, size_t n, const double *benefit, const double *cost,
                           double cap, double tol, knapsack_steps *steps, unsigned char *x)
{
    if (n > k->capacity)
        return STAR_E_SIZE;
    if (n == 0)
        return STAR_OK;
    problem pr = {.n = n, .cap = cap, .tol = tol, .steps = steps,
                  .whole_p = whole_and_small(benefit, n), .whole_w = whole_and_small(cost, n)};
    if (pr.whole_w)
        pr.cap = round_capacity(cost, n, floor(cap));
    if (!sort_items(k, n, benefit, cost, steps))
        return STAR_E_NO_CONVERGENCE;
    pr.slack = SLACK * k->all.sp[n];
    search sr = {.k = k, .e = &k->outer, .it = &k->all, .steps = steps,
                 .state_limit = STAR_ALLOCATE_FRONTIER_LIMIT, .cap = pr.cap,
                 .need = 0.0, .tol = tol, .slack = pr.slack, .may_relax = true,
                 .whole_p = pr.whole_p, .whole_w = pr.whole_w};
    int got = run(&sr);
    if (got < 0)
        return status_of(got);
    selection(&sr, k->witness);
    pr.target = sr.best - tol;
    got = settle(k, &pr);
    if (got < 0)
        return status_of(got);
    for (size_t i = 0; i < n; i++)
        x[i] = k->place[i] != SIZE_MAX && k->settled[k->place[i]] == 1;
    return STAR_OK;
}
