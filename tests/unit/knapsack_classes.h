/* SPDX-License-Identifier: MPL-2.0 */
/* Pisinger's classes of hard knapsack problems ("Where are the hard
   knapsack problems?", Computers & Operations Research 32, 2005), for the
   unit tests and the benchmark, from a seeded generator of their own
   (splitmix64), apart from the code under test. */
#ifndef STAR_KNAPSACK_CLASSES_H
#define STAR_KNAPSACK_CLASSES_H

#include <stdint.h>

enum { UNCORRELATED, WEAKLY, STRONGLY, INVERSE_STRONGLY, ALMOST_STRONGLY, SUBSET_SUM,
       SIMILAR_WEIGHTS, CLASSES };

static inline uint64_t knapsack_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static inline long knapsack_between(uint64_t *state, long lo, long hi) /* lo..hi */
{
    return lo + (long)(knapsack_random(state) % (uint64_t)(hi - lo + 1));
}

/* One item of class `kind` with coefficients up to r: cost *w and benefit
   *p, whole numbers. Similar weights: costs 10 r to 10 r + r / 100 and
   benefits up to r / 10 (Pisinger's 100,000..100,100 and 1..1,000 for
   r = 10,000). */
static inline void knapsack_item(uint64_t *state, int kind, long r, long *w, long *p)
{
    *w = knapsack_between(state, 1, r);
    switch (kind) {
    case UNCORRELATED: *p = knapsack_between(state, 1, r); break;
    case WEAKLY: *p = knapsack_between(state, *w - r / 10 > 1 ? *w - r / 10 : 1, *w + r / 10); break;
    case STRONGLY: *p = *w + r / 10; break;
    case INVERSE_STRONGLY: *p = *w; *w = *p + r / 10; break;
    case ALMOST_STRONGLY:
        *p = knapsack_between(state, *w + r / 10 - r / 500, *w + r / 10 + r / 500);
        break;
    case SUBSET_SUM: *p = *w; break;
    default: /* similar weights */
        *w = knapsack_between(state, 10 * r, 10 * r + r / 100);
        *p = knapsack_between(state, 1, r / 10);
        break;
    }
}

#endif
