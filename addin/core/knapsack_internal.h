/* SPDX-License-Identifier: MPL-2.0 */
/* What the pieces of the whole-allocation search share, and nothing else
   includes: the items in search order, the cardinality bound's sides, the
   search's scratch and state, and the functions that cross from one piece
   to another. The requirements and an overview are in knapsack.c. */
#ifndef STAR_KNAPSACK_INTERNAL_H
#define STAR_KNAPSACK_INTERNAL_H

#include "knapsack.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What a search or a settling step ends with. */
enum { FOUND = 1, NONE = 0, AT_LIMIT = -1, NO_MEMORY = -2 };
/* A row's value when it is neither fixed at 0 nor at 1 (yet); BATCHED:
   open, but funded with the batch being tried (settling). */
enum { UNDECIDED = 2, BATCHED = 3 };

/* Counts n steps of work; false once past the limit. */
static inline bool spend(knapsack_steps *steps, unsigned long n)
{
    steps->used += n;
    return steps->used <= steps->limit;
}

/* ---- Items in search order (knapsack_items.c) --------------------------- */

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

bool items_alloc(items *it, size_t n);
void items_free(items *it);
void items_push(items *it, double p, double w, double r, size_t id);
void items_finish(items *it);
void items_runs(items *it);
bool sort_entries(entry *e, size_t n, knapsack_steps *steps);
void items_from_entries(items *it, const entry *e, size_t n);
size_t break_index(const items *it, double cap);

/* ---- Bounds: LP and cardinality (knapsack_bounds.c) --------------------- */

double upper_bound(const items *it, double cap);
void fix_by_bounds(const items *it, double cap, double need, double slack, unsigned char *fixed);

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

bool card_sides(const items *it, double cap, double need, size_t t, double *v, entry *e,
                knapsack_steps *steps, card_side side[2], size_t *most, size_t *least);
unsigned char card_fixes(const card_side side[2], const items *it, size_t j, double need);

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

/* ---- One search (knapsack_search.c, knapsack_surrogate.c) --------------- */

/* A selection from its items, relative to a value already fixed: find one
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

bool engine_alloc(engine *e, size_t n);
void engine_free(engine *e);
int search_run(search *sr);
void search_record(search *sr, double value, uint32_t at, bool whole);
void search_selection(const search *sr, unsigned char *x);
int search_relax(search *sr);

/* ---- Settling ties in row order (knapsack_ties.c, knapsack_fenwick.c) --- */

/* The whole problem as settling sees it: target the value to reach. */
typedef struct problem {
    size_t n;
    double cap, target, tol, slack;
    bool whole_p, whole_w;
    knapsack_steps *steps;
} problem;

int settle_ties(knapsack *k, const problem *pr);
void open_fill(knapsack *k, const size_t *places, size_t n);
void open_add(knapsack *k, size_t q, double sign);
double open_lp(const knapsack *k, double cap);

#endif
