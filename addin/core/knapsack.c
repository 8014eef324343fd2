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
   in Fenwick trees, and most are answered by it.

   The pieces: this file, the scratch and the whole problem;
   knapsack_items.c, the items in search order; knapsack_bounds.c, the LP
   and cardinality bounds; knapsack_search.c, the expanding-core search;
   knapsack_surrogate.c, the cardinality bound inside it, solved exactly;
   knapsack_ties.c and knapsack_fenwick.c, settling ties in row order.
   knapsack_internal.h holds what they share. */
#include "knapsack_internal.h"
#include "allocation.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

/* Relative error allowed in a bound worked out in floating point. */
#define SLACK 1e-12
/* Whole numbers whose sums stay exact in double. */
#define EXACT_SUMS 9007199254740992.0

/* ---- Small exact helpers ------------------------------------------------ */

/* Every value a whole number exactly, with a sum exact in double (R4). */
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

/* ---- The scratch -------------------------------------------------------- */

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
    int got = search_run(&sr);
    if (got < 0)
        return status_of(got);
    search_selection(&sr, k->witness);
    pr.target = sr.best - tol;
    got = settle_ties(k, &pr);
    if (got < 0)
        return status_of(got);
    for (size_t i = 0; i < n; i++)
        x[i] = k->place[i] != SIZE_MAX && k->settled[k->place[i]] == 1;
    return STAR_OK;
}
