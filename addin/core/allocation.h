/* SPDX-License-Identifier: MPL-2.0 */
/* The value-for-money picture and allocation: STAR.CURVE, STAR.TRIANGLES,
   STAR.ALLOCATE, STAR.REALLOCATE, STAR.GAIN.
   Arrays are caller-owned and hold n values, one per intervention (the
   present rows, compacted); optional arrays may be NULL. Outputs may not
   alias inputs. On any status but STAR_OK, outputs are unspecified.

   Each function has a checker that returns exactly the status the function
   itself gives for bad input (the function calls it, so each rule exists
   once) and says where the problem is in *where (status.h; may be NULL, left
   alone on STAR_OK): the row, or STAR_NO_ROW for a budget, an amount or a
   mandatory spend that does not fit, and the input by its parameter name. */
#ifndef STAR_ALLOCATION_H
#define STAR_ALLOCATION_H

#include <stdbool.h>
#include <stddef.h>
#include "export.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Rows in star_triangles' output for each intervention: four corners and
   the separator. */
#define STAR_TRIANGLE_ROWS 5

/* Limits of the whole-number search, beyond which it gives up with
   STAR_E_NO_CONVERGENCE: counts, not times, so results are the same on
   every machine. Nodes are partial allocations examined; the frontier is
   those kept at once. Together about a second and 100 MB at most;
   realistic problems of 2,000 rows need up to a few hundred thousand
   nodes (docs/benchmarks.md). */
#define STAR_ALLOCATE_NODE_LIMIT 5000000UL
#define STAR_ALLOCATE_FRONTIER_LIMIT 500000UL

/* Most rows a whole allocation takes (STAR_E_TOO_LARGE beyond): realistic
   problems above 10,000 rows already exhaust the search's limits, and the
   search's scratch is about 220 bytes a row (docs/reliability.md). */
#define STAR_ALLOCATE_WHOLE_MAX_ROWS 50000

/* benefit: any number; cost > 0. The rule of STAR.CURVE and STAR.TRIANGLES. */
STAR_API star_status star_curve_check(size_t n, const double *benefit, const double *cost,
                                      star_where *where);

/* The benefit-cost curve: xy is (n+1) x 2, row-major, caller-owned: the
   cumulative cost and cumulative benefit after each intervention, taken in
   order of benefit/cost, best first, from (0, 0). Equal ratios (as computed
   in double) keep row order. Allocates n pairs of scratch and frees them. */
STAR_API star_status star_curve(size_t n, const double *benefit, const double *cost,
                                double *xy);

/* Each intervention's value triangle on the curve, in curve order: xy is
   (5n) x 2, row-major. For the k-th intervention, with (X, Y) the curve point
   before it, rows 5k..5k+4 are (X, Y), (X + cost, Y), (X + cost, Y + benefit),
   (X, Y) and a separator, written as (0, 0). blank (5n values, may be NULL)
   says which rows are separators, to be shown as empty cells. */
STAR_API star_status star_triangles(size_t n, const double *benefit, const double *cost,
                                    double *xy, bool *blank);

/* The rule of STAR.ALLOCATE. benefit: any number; cost > 0; budget >= 0;
   0 <= min <= max <= 1 (min > max is STAR_E_BOUNDS; with whole, min and max
   must be 0 or 1); min and max NULL mean 0 and 1. With whole, more than
   STAR_ALLOCATE_WHOLE_MAX_ROWS rows is STAR_E_TOO_LARGE (on whole). A
   mandatory spend sum(min*cost) above budget*(1 + 1e-9) is
   STAR_E_INFEASIBLE. */
STAR_API star_status star_allocate_check(size_t n, const double *benefit, const double *cost,
                                         double budget, bool whole, const double *min,
                                         const double *max, star_where *where);

/* Shares share[i] (0..1) that maximise sum(share*benefit) with
   sum(share*cost) <= budget and min <= share <= max. Rows with benefit <= 0
   get their min.
   Continuous (whole false): the exact fractional optimum: rows filled from
   their min towards their max in order of benefit/cost, best first, equal
   ratios (as computed in double) in row order, until the budget is spent.
   Whole: shares are 0 or 1, spend may exceed the budget by its relative
   1e-9, and the optimum is proven: rows are fixed by LP bounds
   (reduced-cost fixing), the rest searched by dynamic programming over the
   partial allocations that no other beats on both cost and value, pruned
   by Martello-Toth bounds; then rows are settled in row order, each funded
   when an equally good allocation funding it exists. Allocations whose
   total benefits differ by at most 1e-10 of the benefit at stake (the sum of
   the positive benefits of the rows not fixed by min, max or sign) count as
   equally good, so that rounding in sums cannot decide; among equally good
   allocations the lexicographically greatest share vector (earlier rows
   funded first) is returned. Precisely: the search finds a best total V
   (proven within that tolerance of the true optimum) and returns the
   lexicographically greatest allocation whose total is within the tolerance
   of V. STAR_E_NO_CONVERGENCE when the search limits do not settle it.
   Allocates scratch (O(n), and what the search needs within its limits)
   and frees it. */
STAR_API star_status star_allocate(size_t n, const double *benefit, const double *cost,
                                   double budget, bool whole, const double *min,
                                   const double *max, double *share);

/* Scratch for repeated allocations of up to `capacity` interventions, so
   that a caller solving many problems (STAR.PSA) allocates memory once.
   Owned by the caller: NULL when memory is short; free with
   star_allocator_free (NULL is fine). Not to be shared between threads. */
typedef struct star_allocator star_allocator;
STAR_API star_allocator *star_allocator_new(size_t capacity);
STAR_API void star_allocator_free(star_allocator *a);

/* The search's node limit for this scratch; STAR_ALLOCATE_NODE_LIMIT when
   new. For STAR.PSA, tests and benchmarks. */
STAR_API void star_allocator_set_node_limit(star_allocator *a, unsigned long nodes);

/* Nodes the last whole allocation with this scratch used (items passed
   over count too), also when it gave up; 0 before the first. */
STAR_API unsigned long star_allocator_nodes_used(const star_allocator *a);

/* star_allocate with the given scratch; STAR_E_SIZE when n exceeds its
   capacity. Grows the scratch only when a search needs more room than any
   before it. */
STAR_API star_status star_allocate_using(star_allocator *a, size_t n, const double *benefit,
                                         const double *cost, double budget, bool whole,
                                         const double *min, const double *max, double *share);

/* The rule of STAR.REALLOCATE. benefit: any number; cost > 0; spend, low,
   high: numbers with low <= high (else STAR_E_BOUNDS) and low <= spend <=
   high (else STAR_E_DOMAIN, on spend); amount >= 0 or INFINITY. */
STAR_API star_status star_reallocate_check(size_t n, const double *benefit, const double *cost,
                                           const double *spend, const double *low,
                                           const double *high, double amount, star_where *where);

/* New spend per intervention, benefit taken as proportional to spend at
   the rate benefit/cost: money moves from the lowest rate (down to low) to
   the highest (up to high) while that raises total benefit, keeping the
   total; at most `amount` (INFINITY: no limit) moves, counted as the total
   increase. Equal rates: earlier rows give and receive first. Allocates O(n)
   scratch and frees it. */
STAR_API star_status star_reallocate(size_t n, const double *benefit, const double *cost,
                                     const double *spend, const double *low,
                                     const double *high, double amount, double *new_spend);

/* The rule of STAR.GAIN: benefit any number, cost > 0, new_spend and
   old_spend numbers. */
STAR_API star_status star_gain_check(size_t n, const double *benefit, const double *cost,
                                     const double *new_spend, const double *old_spend,
                                     star_where *where);

/* *gain = sum((new_spend - old_spend) * benefit / cost): the benefit a
   reallocation adds. */
STAR_API star_status star_gain(size_t n, const double *benefit, const double *cost,
                               const double *new_spend, const double *old_spend,
                               double *gain);

#ifdef __cplusplus
}
#endif
#endif
