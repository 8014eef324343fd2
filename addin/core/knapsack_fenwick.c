/* SPDX-License-Identifier: MPL-2.0 */
/* Sums over the rows still open while ties are settled: Fenwick trees of
   their costs and benefits by place in search order. */
#include "knapsack_internal.h"

#include <string.h>

/* Fenwick trees of the open rows' costs and benefits by place in search
   order, so that the LP bound of what they can add is had in O(log m)
   without gathering them. Index 1..m. */
void open_add(knapsack *k, size_t q, double sign)
{
    for (size_t i = q + 1; i <= k->all.m; i += i & (~i + 1)) {
        k->open_w[i] += sign * k->all.w[q];
        k->open_p[i] += sign * k->all.p[q];
    }
}

/* The LP bound of the open rows within cap: the most valuable (by ratio)
   that fit whole, and a share of the next. */
double open_lp(const knapsack *k, double cap)
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

/* The trees holding exactly the n places given. */
void open_fill(knapsack *k, const size_t *places, size_t n)
{
    memset(k->open_w, 0, (k->all.m + 1) * sizeof *k->open_w);
    memset(k->open_p, 0, (k->all.m + 1) * sizeof *k->open_p);
    for (size_t t = 0; t < n; t++)
        open_add(k, places[t], 1.0);
}
