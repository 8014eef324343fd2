/* SPDX-License-Identifier: MPL-2.0 */
/* Items in search order for the whole-allocation search: sorted by
   benefit/cost, with prefix sums so that the LP solution for any capacity
   is a binary search, and runs of identical items marked. */
#include "knapsack_internal.h"

#include <stdlib.h>

/* Ratio, then identical items side by side in row order (knapsack R7). */
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

void items_free(items *it)
{
    free(it->p);
    free(it->w);
    free(it->r);
    free(it->sp);
    free(it->sw);
    free(it->id);
    free(it->skip);
}

bool items_alloc(items *it, size_t n)
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

void items_push(items *it, double p, double w, double r, size_t id)
{
    it->p[it->m] = p;
    it->w[it->m] = w;
    it->r[it->m] = r;
    it->id[it->m++] = id;
}

/* Prefix sums, once p, w, r and id are set. */
void items_finish(items *it)
{
    it->sp[0] = it->sw[0] = 0.0;
    for (size_t j = 0; j < it->m; j++) {
        it->sp[j + 1] = it->sp[j] + it->p[j];
        it->sw[j + 1] = it->sw[j] + it->w[j];
    }
}

/* Runs of identical items: skip[j] is the first later item not identical
   to item j (settling uses them, knapsack R7). */
void items_runs(items *it)
{
    for (size_t j = it->m; j-- > 0;) {
        bool same = j + 1 < it->m && it->p[j + 1] == it->p[j] && it->w[j + 1] == it->w[j];
        it->skip[j] = same ? it->skip[j + 1] : j + 1;
    }
}

/* Sorts n entries into search order; the steps count n log n. */
bool sort_entries(entry *e, size_t n, knapsack_steps *steps)
{
    unsigned long work = (unsigned long)n;
    for (size_t k = n; k > 1; k /= 2)
        work += (unsigned long)n;
    if (!spend(steps, work))
        return false;
    qsort(e, n, sizeof *e, by_search_order);
    return true;
}

void items_from_entries(items *it, const entry *e, size_t n)
{
    it->m = 0;
    for (size_t j = 0; j < n; j++)
        items_push(it, e[j].p, e[j].w, e[j].r, e[j].id);
    items_finish(it);
}

/* The number of items before the break item: items 0..b-1 fit, b does not. */
size_t break_index(const items *it, double cap)
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

