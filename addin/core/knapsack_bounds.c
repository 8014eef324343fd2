/* SPDX-License-Identifier: MPL-2.0 */
/* Bounds for the whole-allocation search: Martello and Toth's U2 and the
   LP bound (Dantzig) with reduced-cost fixing; and the cardinality bound,
   Lagrangian, on both sides of a count of items (combo's). */
#include "knapsack_internal.h"

#include <math.h>
#include <string.h>

/* ---- The LP bound ------------------------------------------------------- */

/* Martello and Toth's bound U2 within cap (at most the LP bound): the
   break item s is left out (the rest filled at the ratio of s+1) or put in
   (the overflow taken out at the ratio of s-1). */
double upper_bound(const items *it, double cap)
{
    size_t s = break_index(it, cap);
    double whole = it->sp[s];
    if (s == it->m)
        return whole;
    double left = cap - it->sw[s];
    double without = whole + (s + 1 < it->m ? left * it->r[s + 1] : 0.0);
    double with = s > 0 ? whole + it->p[s] - (it->w[s] - left) * it->r[s - 1] : -INFINITY;
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
void fix_by_bounds(const items *it, double cap, double need, double slack, unsigned char *fixed)
{
    size_t critical = break_index(it, cap);
    for (size_t j = 0; j < it->m; j++) {
        if (j < critical) /* in the LP solution: can it be left out? */
            fixed[j] = lp_without(it, j, cap) < need - slack ? 1 : UNDECIDED;
        else /* out of it (or in part): can it be put in? */
            fixed[j] = it->w[j] > cap || it->p[j] + lp_without(it, j, cap - it->w[j]) < need - slack
                           ? 0 : UNDECIDED;
    }
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

/* A three-way partition of e[lo, hi) by ratio around a pivot: [lo, a)
   better, [a, b) equal, [b, hi) worse; w and p the sums over the better. */
typedef struct ratio_cut {
    size_t a, b;
    double w, p;
} ratio_cut;

static ratio_cut partition_by_ratio(entry *e, size_t lo, size_t hi, double pivot)
{
    ratio_cut cut = {lo, lo, 0.0, 0.0};
    size_t c = hi;
    while (cut.b < c) {
        entry t = e[cut.b];
        if (t.r > pivot) {
            e[cut.b] = e[cut.a];
            e[cut.a++] = t;
            cut.b++;
            cut.w += t.w;
            cut.p += t.p;
        } else if (t.r < pivot) {
            e[cut.b] = e[--c];
            e[c] = t;
        } else
            cut.b++;
    }
    return cut;
}

/* The LP optimum of the entries taken by ratio, best first, within cap:
   whole ones and a share of the first that does not fit. Rearranges e
   (selection by partition, expected linear time). */
static lp_solution lp_by_selection(entry *e, size_t n, double cap)
{
    lp_solution lp = {0.0, 0.0, 0.0};
    size_t lo = 0, hi = n;
    while (lo < hi) {
        ratio_cut cut = partition_by_ratio(e, lo, hi, e[lo + (hi - lo) / 2].r);
        if (cut.w > cap) {
            hi = cut.a;
            continue;
        }
        cap -= cut.w;
        lp.value += cut.p;
        lp.count += (double)(cut.a - lo);
        for (size_t j = cut.a; j < cut.b; j++) {
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
        lo = cut.b;
    }
    return lp;
}

/* ---- The cardinality bound (Lagrangian) --------------------------------- */

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

/* A side on which no selection is worth need. */
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
bool card_sides(const items *it, double cap, double need, size_t t, double *v, entry *e,
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
unsigned char card_fixes(const card_side side[2], const items *it, size_t j, double need)
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
