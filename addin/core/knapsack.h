/* SPDX-License-Identifier: MPL-2.0 */
/* The exact 0/1 knapsack behind STAR.ALLOCATE with whole = TRUE. Private to
   the core: not part of star_core.h, not exported. allocation.c hands it
   the rows that are free to choose (benefit > 0, not fixed by min or max)
   and applies everything else of the contract itself. */
#ifndef STAR_KNAPSACK_H
#define STAR_KNAPSACK_H

#include <stdbool.h>
#include <stddef.h>
#include "status.h"

/* Scratch for problems of up to `capacity` items, reused from one problem
   to the next (STAR.PSA solves thousands); NULL when memory is short. Not to
   be shared between threads. */
typedef struct knapsack knapsack;
knapsack *knapsack_new(size_t capacity);
void knapsack_free(knapsack *k); /* NULL is fine */

/* Steps of work, counted against a limit so that a search ends after the
   same work on every machine: each partial selection examined, each item
   passed over, each bound worked out counts one. */
typedef struct knapsack_steps {
    unsigned long used, limit;
} knapsack_steps;

/* The selection x (0 or 1 for each of the n items, in row order) that the
   contract of STAR.ALLOCATE asks for: benefit[i] > 0 and cost[i] > 0,
   finite, with finite sums; cap >= 0 the money there is (the budget with its
   tolerance, less the mandatory spend); tol >= 0 the tie tolerance.
   Its cost is at most cap; its benefit is at least V - tol, where V is the
   best benefit found and no selection within cap is worth V + tol or more;
   and among the selections worth V - tol or more it is the
   lexicographically greatest (the earliest items funded). STAR_E_NO_CONVERGENCE when
   the steps run out first (steps->used then exceeds steps->limit),
   STAR_E_NOMEM when memory does, STAR_E_SIZE when n exceeds the capacity. */
star_status knapsack_solve(knapsack *k, size_t n, const double *benefit, const double *cost,
                           double cap, double tol, knapsack_steps *steps, unsigned char *x);

#endif
