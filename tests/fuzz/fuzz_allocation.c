/* SPDX-License-Identifier: MPL-2.0 */
/* Fuzz target: allocation.h (STAR.CURVE, STAR.TRIANGLES, STAR.ALLOCATE,
   STAR.REALLOCATE, STAR.GAIN). A checker's verdict is always its
   function's. On STAR_OK:
   - the curve starts at 0;0, its costs never fall, and the triangles sit on
     it exactly;
   - allocations respect min and max (whole: 0 or 1), spend within the
     budget's tolerance, give rows with benefit <= 0 their min; a continuous
     one is greedy (no better ratio left short while a worse one is funded
     above its min, no money left while a row with benefit could take it);
     a whole one is as good as the best of every subset (counted by brute
     force) and the same from a reused allocator as from a fresh one;
   - reallocation keeps the total and the limits, moves at most `amount`
     and never loses benefit. */
#include "fuzz.h"
#include "star_core.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static double lower(const double *min, size_t i) { return min ? min[i] : 0.0; }
static double upper(const double *max, size_t i) { return max ? max[i] : 1.0; }

static void curve(size_t n, const double *benefit, const double *cost)
{
    static const char *const inputs[] = {"benefit", "cost", NULL};
    star_where where;
    star_status checked = star_curve_check(n, benefit, cost, &where);
    double *xy = fuzz_out(2 * (n + 1)), *tri = fuzz_out(2 * STAR_TRIANGLE_ROWS * n);
    bool *blank = calloc(STAR_TRIANGLE_ROWS * n + 1, sizeof *blank);
    star_status s = star_curve(n, benefit, cost, xy);
    star_status t = star_triangles(n, benefit, cost, tri, blank);
    FUZZ_CHECK_STATUS(s);
    FUZZ_CHECK_STATUS(t);
    if (checked != STAR_OK) {
        FUZZ_CHECK(s == checked && t == checked && where.row < n && fuzz_where_ok(&where, n, 1, inputs));
    } else if (s == STAR_OK) {
        FUZZ_CHECK(xy[0] == 0.0 && xy[1] == 0.0);
        for (size_t k = 1; k <= n; k++)
            FUZZ_CHECK(isfinite(xy[2 * k]) && isfinite(xy[2 * k + 1]) && xy[2 * k] >= xy[2 * (k - 1)]);
        FUZZ_CHECK(t == STAR_OK);
        for (size_t k = 0; k < n; k++) {
            const double *corner = tri + 2 * STAR_TRIANGLE_ROWS * k;
            FUZZ_CHECK(corner[0] == xy[2 * k] && corner[1] == xy[2 * k + 1]);
            FUZZ_CHECK(corner[4] == xy[2 * (k + 1)] && corner[5] == xy[2 * (k + 1) + 1]);
            FUZZ_CHECK(blank[STAR_TRIANGLE_ROWS * k + 4] && !blank[STAR_TRIANGLE_ROWS * k]);
        }
    }
    free(xy);
    free(tri);
    free(blank);
}

/* The best total benefit of any whole allocation within cap, by trying
   every subset; -INFINITY when none fits. */
/* The best subset whose spend is within cap * (1 - 1e-12), cap being
   budget * (1 + 1e-9): near DBL_MAX costs and budget are taken in units of
   a power of two at least as large as all of them (exact), so that neither
   the cap nor a subset's spend overflows. */
static double best_by_brute_force(size_t n, const double *benefit, const double *cost,
                                  const double *min, const double *max, double budget)
{
    double largest = budget, total = budget + budget * 1e-9;
    for (size_t i = 0; i < n; i++) {
        largest = fmax(largest, cost[i]);
        total += cost[i];
    }
    int e = 0;
    if (!isfinite(total)) /* only then: small costs stay normal */
        frexp(largest, &e);
    double unit_budget = ldexp(budget, -e), cap = (unit_budget + unit_budget * 1e-9) * (1.0 - 1e-12);
    double best = -INFINITY;
    for (unsigned long set = 0; set < 1ul << n; set++) {
        double spend = 0.0, value = 0.0;
        bool ok = true;
        for (size_t i = 0; i < n && ok; i++) {
            double f = (double)(set >> i & 1);
            ok = f >= nearbyint(lower(min, i)) && f <= nearbyint(upper(max, i));
            spend += f * ldexp(cost[i], -e);
            value += f * benefit[i];
        }
        if (ok && spend <= cap)
            best = fmax(best, value);
    }
    return best;
}

/* b1/c1 > b2/c2 (b1 > 0, costs > 0) for the exact ratios: as doubles
   where both are normal, else by logarithms, clearly apart. */
static bool ratio_above(double b1, double c1, double b2, double c2)
{
    double r1 = b1 / c1, r2 = b2 / c2;
    if (isfinite(r1) && isfinite(r2) && r1 >= DBL_MIN && (r2 == 0.0 ? b2 == 0.0 : fabs(r2) >= DBL_MIN))
        return r1 > r2;
    if (b2 <= 0.0)
        return true;
    return log2(b1) - log2(c1) > log2(b2) - log2(c2) + 1e-9;
}

static void allocate(size_t n, const double *benefit, const double *cost, double budget, bool whole,
                     const double *min, const double *max)
{
    static const char *const inputs[] = {"benefit", "cost", "budget", "min", "max", NULL};
    star_where where;
    star_status checked = star_allocate_check(n, benefit, cost, budget, whole, min, max, &where);
    double *share = fuzz_out(n), *again = fuzz_out(n);
    star_status s = star_allocate(n, benefit, cost, budget, whole, min, max, share);
    FUZZ_CHECK_STATUS(s);
    if (checked != STAR_OK) {
        FUZZ_CHECK(s == checked && fuzz_where_ok(&where, n, 1, inputs));
        free(share);
        free(again);
        return;
    }
    /* No hidden state: a reused allocator answers as a fresh one. */
    star_allocator *a = star_allocator_new(n + 3);
    FUZZ_CHECK(a != NULL);
    (void)star_allocate_using(a, n, cost, benefit, budget, whole, NULL, NULL, again); /* another problem first */
    FUZZ_CHECK(star_allocate_using(a, n, benefit, cost, budget, whole, min, max, again) == s);
    FUZZ_CHECK(s != STAR_OK || memcmp(share, again, n * sizeof *share) == 0);
    star_allocator_free(a);
    free(again);
    if (s != STAR_OK) {
        FUZZ_CHECK(s == STAR_E_NO_CONVERGENCE || s == STAR_E_NONFINITE);
        free(share);
        return;
    }
    double spend = 0.0, value = 0.0, size = 0.0;
    for (size_t i = 0; i < n; i++) {
        double lo = lower(min, i), hi = upper(max, i);
        FUZZ_CHECK(isfinite(share[i]));
        if (whole)
            FUZZ_CHECK((share[i] == 0.0 || share[i] == 1.0) && share[i] >= nearbyint(lo) && share[i] <= nearbyint(hi));
        else
            FUZZ_CHECK(share[i] >= lo && share[i] <= hi);
        if (benefit[i] <= 0.0)
            FUZZ_CHECK(share[i] == (whole ? nearbyint(lo) : lo));
        spend += share[i] * cost[i];
        value += share[i] * benefit[i];
        size += fabs(benefit[i]);
    }
    double cap = budget + budget * 1e-9;
    FUZZ_CHECK(spend <= cap * (1.0 + 1e-12) + 1e-300);
    if (!whole) {
        /* Money left that would buy a share a double can hold of every row
           (of the dearest too: else a row earlier in the order may have
           taken it into a share that rounds to nothing): every row with
           benefit is at its max. */
        double dearest = 0.0;
        for (size_t i = 0; i < n; i++)
            dearest = fmax(dearest, cost[i]);
        double left = budget * (1.0 - 1e-9) - spend;
        for (size_t i = 0; i < n; i++) {
            if (benefit[i] <= 0.0)
                continue;
            if (isfinite(spend) && left / cost[i] > 1e-300 && left / dearest >= DBL_MIN)
                FUZZ_CHECK(share[i] == upper(max, i));
            for (size_t j = 0; j < n; j++)
                if (ratio_above(benefit[i], cost[i], benefit[j], cost[j]) && share[j] > lower(min, j))
                    FUZZ_CHECK(share[i] == upper(max, i));
        }
    } else if (n <= 14 && isfinite(size) && isfinite(spend)) {
        /* Subsets within a hair below the cap must be matched (to the tie
           tolerance); ones on the cap's edge may or may not fit. */
        double best = best_by_brute_force(n, benefit, cost, min, max, budget);
        FUZZ_CHECK(value >= best - 1e-9 * size);
    }
    free(share);
}

static void reallocate(size_t n, const double *benefit, const double *cost, const double *spend,
                       const double *low, const double *high, double amount)
{
    static const char *const inputs[] = {"benefit", "cost", "spend", "low", "high", "amount", NULL};
    star_where where;
    star_status checked = star_reallocate_check(n, benefit, cost, spend, low, high, amount, &where);
    double *now = fuzz_out(n), gain = NAN;
    star_status s = star_reallocate(n, benefit, cost, spend, low, high, amount, now);
    FUZZ_CHECK_STATUS(s);
    if (checked != STAR_OK)
        FUZZ_CHECK(s == checked && fuzz_where_ok(&where, n, 1, inputs));
    if (s == STAR_OK) {
        double before = 0.0, after = 0.0, moved = 0.0, size = 0.0;
        for (size_t i = 0; i < n; i++) {
            FUZZ_CHECK(isfinite(now[i]) && now[i] >= low[i] && now[i] <= high[i]);
            before += spend[i];
            after += now[i];
            moved += fmax(0.0, now[i] - spend[i]);
            size += fabs(spend[i]) + fabs(high[i] - low[i]);
        }
        if (isfinite(size)) {
            FUZZ_CHECK(fabs(after - before) <= 1e-9 * size);
            FUZZ_CHECK(amount == INFINITY || moved <= amount + 1e-9 * size);
        }
        star_status g = star_gain(n, benefit, cost, now, spend, &gain);
        FUZZ_CHECK(g == STAR_OK || g == STAR_E_NONFINITE);
        if (g == STAR_OK && isfinite(size)) {
            double scale = 0.0;
            for (size_t i = 0; i < n; i++)
                scale += fabs(benefit[i] / cost[i]) * (fabs(now[i]) + fabs(spend[i]));
            if (isfinite(scale))
                FUZZ_CHECK(gain >= -1e-9 * scale);
        }
    }
    free(now);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in;
    fuzz_begin(&in, data, size);
    size_t n = fuzz_size(&in, 14);
    uint8_t options = fuzz_byte(&in);
    bool whole = options & 1;
    double *benefit = fuzz_doubles(&in, n), *cost = fuzz_doubles(&in, n);
    double *min = options & 2 ? fuzz_doubles(&in, n) : NULL;
    double *max = options & 4 ? fuzz_doubles(&in, n) : NULL;
    if (whole && options & 8) { /* mostly bounds a whole allocation takes */
        for (size_t i = 0; i < n; i++) {
            if (min)
                min[i] = (double)(fuzz_byte(&in) % 5 == 0);
            if (max)
                max[i] = (double)(fuzz_byte(&in) % 5 != 0);
        }
    }
    double budget = fuzz_double(&in);
    if (options & 16) { /* a share of the total cost */
        double total = 0.0;
        for (size_t i = 0; i < n; i++)
            total += fabs(cost[i]);
        budget = total * (fuzz_byte(&in) / 255.0);
    }
    curve(n, benefit, cost);
    allocate(n, benefit, cost, budget, whole, min, max);
    double *spend = fuzz_doubles(&in, n), *low = fuzz_doubles(&in, n), *high = fuzz_doubles(&in, n);
    if (options & 32) { /* mostly valid limits around the spend */
        for (size_t i = 0; i < n; i++) {
            low[i] = spend[i] - fabs(low[i]);
            high[i] = spend[i] + fabs(high[i]);
        }
    }
    double amount = options & 64 ? INFINITY : fuzz_double(&in);
    reallocate(n, benefit, cost, spend, low, high, amount);
    free(benefit);
    free(cost);
    free(min);
    free(max);
    free(spend);
    free(low);
    free(high);
    return 0;
}
