/* SPDX-License-Identifier: MPL-2.0 */
/* Requirements (cited by tests/unit/test_allocation.c):
   R1. Each function calls its checker first, so it fails with exactly the
       checker's status; checkers take rows in order and name the first
       offending row and argument; nothing is written on failure of a check.
   R2. n = 0 is valid: the curve is the point (0, 0), allocations and
       triangles write nothing, the gain is 0.
   R3. Value-for-money order is benefit/cost as computed in double, best
       first; equal ratios keep row order (curve, triangles, continuous
       allocation; reallocation in both directions).
   R4. Continuous allocation is the exact fractional optimum: min shares
       first, then the best ratios up to their max until the budget is spent.
   R5. Rows with benefit <= 0 get exactly their min.
   R6. Whole allocation: shares 0 or 1, mandatory rows (min 1) funded,
       excluded rows (max 0) not, spend <= budget*(1 + 1e-9), and the proven
       optimum; among allocations within the tie tolerance of the best, the
       lexicographically greatest share vector (earlier rows funded first).
   R7. A search that cannot prove its optimum within its limits gives
       STAR_E_NO_CONVERGENCE, never a guess; the limits count steps and
       states, not time, so results do not depend on the machine (the
       search itself, with its own requirements: knapsack.c).
   R8. A mandatory spend above budget*(1 + 1e-9) is STAR_E_INFEASIBLE;
       min > max (and low > high) is STAR_E_BOUNDS.
   R9. Reallocation moves money from the lowest rate to the highest while
       the rates differ, keeps the total, moves at most `amount`.
   R10. Results are finite, or the status is STAR_E_NONFINITE.
   R11. Time and memory are bounded: whole allocations take at most
        STAR_ALLOCATE_WHOLE_MAX_ROWS rows (else STAR_E_TOO_LARGE), and every
        pass of the search over its items counts against the step limit.
   R12. Magnitudes do not decide: value for money is ordered by the exact
        ratios even where benefit/cost overflows or underflows (keys
        relative to one power of two, scaled.h; STAR_E_NONFINITE only when
        the ratios span more than about 2^2000), and a whole allocation
        whose sums would overflow is found on benefits and costs scaled by
        powers of two, which changes no comparison. */
#include "allocation.h"
#include "common.h"
#include "knapsack.h"
#include "scaled.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Comparisons with a budget allow this relative tolerance (the contract). */
#define BUDGET_TOLERANCE 1e-9
/* Whole allocations whose benefits differ by at most this share of the
   benefit at stake are equally good: far above the rounding of any sum of a
   few thousand doubles (~1e-13), far below any difference that matters. */
#define TIE_TOLERANCE 1e-10

/* ---- Order of value for money ------------------------------------------ */

typedef struct item {
    double ratio, cost, benefit;
    size_t row;
} item;

/* Best ratio first, then row order (R3). */
static int by_ratio_then_row(const void *pa, const void *pb)
{
    const item *a = pa, *b = pb;
    if (a->ratio != b->ratio)
        return a->ratio > b->ratio ? -1 : 1;
    return (a->row > b->row) - (a->row < b->row);
}

/* order[k] = the row in k-th place of value for money. */
static star_status value_order(size_t n, const double *benefit, const double *cost,
                               size_t *order)
{
    if (n == 0)
        return STAR_OK;
    int shift;
    if (!star_ratio_shift(n, benefit, cost, &shift))
        return STAR_E_NONFINITE;
    item *items = malloc(n * sizeof *items);
    if (!items)
        return STAR_E_NOMEM;
    for (size_t i = 0; i < n; i++)
        items[i] = (item){star_ratio_key(benefit[i], cost[i], shift), cost[i], benefit[i], i};
    qsort(items, n, sizeof *items, by_ratio_then_row);
    for (size_t k = 0; k < n; k++)
        order[k] = items[k].row;
    free(items);
    return STAR_OK;
}

/* ---- STAR.CURVE and STAR.TRIANGLES -------------------------------------- */

star_status star_curve_check(size_t n, const double *benefit, const double *cost, star_where *where)
{
    const star_input inputs[] = {{"benefit", benefit, STAR_RULE_NUMBER}, {"cost", cost, STAR_RULE_POSITIVE}};
    return star_check_rows(n, inputs, 2, where);
}

star_status star_curve(size_t n, const double *benefit, const double *cost, double *xy)
{
    star_status status = star_curve_check(n, benefit, cost, NULL);
    if (status)
        return status;
    size_t *order = malloc((n ? n : 1) * sizeof *order);
    if (!order)
        return STAR_E_NOMEM;
    status = value_order(n, benefit, cost, order);
    if (!status) {
        double x = 0.0, y = 0.0;
        xy[0] = x;
        xy[1] = y;
        for (size_t k = 0; k < n; k++) {
            x += cost[order[k]];
            y += benefit[order[k]];
            xy[2 * (k + 1)] = x;
            xy[2 * (k + 1) + 1] = y;
        }
        status = star_finite(xy, 2 * (n + 1));
    }
    free(order);
    return status;
}

star_status star_triangles(size_t n, const double *benefit, const double *cost, double *xy,
                           bool *blank)
{
    star_status status = star_curve_check(n, benefit, cost, NULL);
    if (status || n == 0)
        return status;
    size_t *order = malloc(n * sizeof *order);
    if (!order)
        return STAR_E_NOMEM;
    status = value_order(n, benefit, cost, order);
    if (!status) {
        /* The same sums as star_curve, so corners lie exactly on the curve. */
        double x = 0.0, y = 0.0;
        for (size_t k = 0; k < n; k++) {
            double x1 = x + cost[order[k]], y1 = y + benefit[order[k]];
            double corners[STAR_TRIANGLE_ROWS][2] = {{x, y}, {x1, y}, {x1, y1}, {x, y}, {0, 0}};
            memcpy(xy + 2 * STAR_TRIANGLE_ROWS * k, corners, sizeof corners);
            if (blank)
                for (size_t r = 0; r < STAR_TRIANGLE_ROWS; r++)
                    blank[STAR_TRIANGLE_ROWS * k + r] = r == STAR_TRIANGLE_ROWS - 1;
            x = x1;
            y = y1;
        }
        status = star_finite(xy, 2 * STAR_TRIANGLE_ROWS * n);
    }
    free(order);
    return status;
}

/* ---- STAR.ALLOCATE: checks --------------------------------------------- */

static double lower(const double *min, size_t i) { return min ? min[i] : 0.0; }
static double upper(const double *max, size_t i) { return max ? max[i] : 1.0; }

/* A bound of a whole allocation: 0 or 1, within star_is_whole's tolerance. */
static bool zero_or_one(double x)
{
    return star_is_whole(x) && (nearbyint(x) == 0.0 || nearbyint(x) == 1.0);
}

static double budget_cap(double budget)
{
    return budget + budget * BUDGET_TOLERANCE;
}

star_status star_allocate_check(size_t n, const double *benefit, const double *cost,
                                double budget, bool whole, const double *min,
                                const double *max, star_where *where)
{
    if (!star_rule_admits(STAR_RULE_NONNEG, budget))
        return star_found(where, STAR_E_DOMAIN, STAR_NO_ROW, 0, "budget");
    if (whole && n > STAR_ALLOCATE_WHOLE_MAX_ROWS)
        return star_found_why(where, STAR_E_TOO_LARGE, STAR_NO_ROW, 0, NULL,
                              "takes at most %d interventions with whole, not %zu", STAR_ALLOCATE_WHOLE_MAX_ROWS, n);
    double mandatory = 0.0;
    for (size_t i = 0; i < n; i++) {
        double lo = lower(min, i), hi = upper(max, i);
        if (!star_rule_admits(STAR_RULE_NUMBER, benefit[i]))
            return star_found(where, STAR_E_DOMAIN, i, 0, "benefit");
        if (!star_rule_admits(STAR_RULE_POSITIVE, cost[i]))
            return star_found(where, STAR_E_DOMAIN, i, 0, "cost");
        if (!star_rule_admits(STAR_RULE_SHARE, lo))
            return star_found(where, STAR_E_DOMAIN, i, 0, "min");
        if (!star_rule_admits(STAR_RULE_SHARE, hi))
            return star_found(where, STAR_E_DOMAIN, i, 0, "max");
        if (whole && !zero_or_one(lo))
            return star_found_why(where, STAR_E_DOMAIN, i, 0, "min", "must be 0 or 1 with whole (%.15g)", lo);
        if (whole && !zero_or_one(hi))
            return star_found_why(where, STAR_E_DOMAIN, i, 0, "max", "must be 0 or 1 with whole (%.15g)", hi);
        if (lo > hi)
            return star_found(where, STAR_E_BOUNDS, i, 0, "min");
        mandatory += (whole ? nearbyint(lo) : lo) * cost[i];
    }
    if (!(mandatory <= budget_cap(budget)))
        return star_found(where, STAR_E_INFEASIBLE, STAR_NO_ROW, 0, "budget");
    return STAR_OK;
}

/* ---- The whole-number allocation --------------------------------------- */

struct star_allocator {
    size_t capacity;
    unsigned long node_limit;
    unsigned long nodes_used; /* by the last call */
    item *items;              /* continuous allocation's order */
    double *benefit, *cost;   /* the rows free to choose, in row order */
    size_t *row;
    unsigned char *chosen;
    knapsack *search;         /* the exact search (knapsack.c) */
};

static void whole_free(star_allocator *a)
{
    free(a->benefit);
    free(a->cost);
    free(a->row);
    free(a->chosen);
    knapsack_free(a->search);
    a->benefit = a->cost = NULL;
    a->row = NULL;
    a->chosen = NULL;
    a->search = NULL;
}

/* Allocates the search's scratch on its first use, so that continuous
   allocations (and STAR.PSA's draws of them) never pay for it. */
static bool whole_scratch(star_allocator *a)
{
    if (a->search)
        return true;
    size_t n = a->capacity ? a->capacity : 1;
    a->benefit = malloc(n * sizeof *a->benefit);
    a->cost = malloc(n * sizeof *a->cost);
    a->row = malloc(n * sizeof *a->row);
    a->chosen = malloc(n);
    a->search = knapsack_new(a->capacity);
    if (!a->benefit || !a->cost || !a->row || !a->chosen || !a->search) {
        whole_free(a);
        return false;
    }
    return true;
}

void star_allocator_free(star_allocator *a)
{
    if (!a)
        return;
    whole_free(a);
    free(a->items);
    free(a);
}

star_allocator *star_allocator_new(size_t capacity)
{
    star_allocator *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->capacity = capacity;
    a->node_limit = STAR_ALLOCATE_NODE_LIMIT;
    a->items = malloc((capacity ? capacity : 1) * sizeof *a->items);
    if (!a->items) {
        free(a);
        return NULL;
    }
    return a;
}

void star_allocator_set_node_limit(star_allocator *a, unsigned long nodes)
{
    a->node_limit = nodes;
}

unsigned long star_allocator_nodes_used(const star_allocator *a)
{
    return a->nodes_used;
}

/* Mandatory rows in, excluded rows and rows without benefit out (R5); the
   rest, those that fit what is left, go to the exact search, with the tie
   tolerance a share of the benefit they put at stake (R6). */
static star_status allocate_whole(star_allocator *a, size_t n, const double *benefit,
                                  const double *cost, double budget, const double *min,
                                  const double *max, double *share)
{
    double capacity = budget_cap(budget), stake = 0.0, spend = 0.0;
    a->nodes_used = 0;
    if (!whole_scratch(a))
        return STAR_E_NOMEM;
    for (size_t i = 0; i < n; i++) {
        share[i] = nearbyint(lower(min, i));
        capacity -= share[i] * cost[i];
    }
    capacity = fmax(capacity, 0.0);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (share[i] != 0.0 || nearbyint(upper(max, i)) != 1.0 || !(benefit[i] > 0.0))
            continue;
        stake += benefit[i];
        if (cost[i] > capacity)
            continue;
        if (!isfinite(benefit[i] / cost[i]))
            return STAR_E_NONFINITE;
        a->benefit[m] = benefit[i];
        a->cost[m] = cost[i];
        a->row[m++] = i;
        spend += cost[i];
    }
    if (!isfinite(stake) || !isfinite(spend))
        return STAR_E_NONFINITE;
    knapsack_steps steps = {0, a->node_limit};
    star_status status = knapsack_solve(a->search, m, a->benefit, a->cost, capacity,
                                        TIE_TOLERANCE * stake, &steps, a->chosen);
    a->nodes_used = steps.used;
    if (status)
        return status;
    for (size_t j = 0; j < m; j++)
        share[a->row[j]] = a->chosen[j];
    return STAR_OK;
}

/* ---- STAR.ALLOCATE ----------------------------------------------------- */

/* items: scratch for n. */
static star_status allocate_continuous(item *items, size_t n, const double *benefit,
                                       const double *cost, double budget, const double *min,
                                       const double *max, double *share)
{
    int shift;
    if (!star_ratio_shift(n, benefit, cost, &shift))
        return STAR_E_NONFINITE;
    double left = budget;
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        share[i] = lower(min, i);
        left -= share[i] * cost[i];
        if (benefit[i] > 0.0 && upper(max, i) > share[i])
            items[m++] = (item){star_ratio_key(benefit[i], cost[i], shift), cost[i], benefit[i], i};
    }
    qsort(items, m, sizeof *items, by_ratio_then_row);
    for (size_t k = 0; k < m && left > 0.0; k++) {
        size_t i = items[k].row;
        double hi = upper(max, i), room = (hi - share[i]) * cost[i];
        if (room <= left) {
            share[i] = hi;
            left -= room;
        } else {
            share[i] = fmin(hi, share[i] + left / cost[i]);
            left = 0.0;
        }
    }
    return STAR_OK;
}

/* A whole allocation (R12): where the sums of the search (benefits at
   stake, costs) or a ratio would overflow, benefits and costs with the
   budget are first scaled by powers of two, which is exact and changes no
   comparison; the shares do not depend on the scale. */
static star_status allocate_whole_scaled(star_allocator *a, size_t n, const double *benefit,
                                         const double *cost, double budget, const double *min,
                                         const double *max, double *share)
{
    double stake = 0.0, spend = 0.0, most = 0.0, dearest = 0.0;
    bool ratios = true;
    for (size_t i = 0; i < n; i++) {
        if (benefit[i] > 0.0) {
            stake += benefit[i];
            most = fmax(most, benefit[i]);
            ratios = ratios && isfinite(benefit[i] / cost[i]);
        }
        spend += cost[i];
        dearest = fmax(dearest, cost[i]);
    }
    if (isfinite(stake) && isfinite(spend) && isfinite(budget_cap(budget)) && ratios)
        return allocate_whole(a, n, benefit, cost, budget, min, max, share);
    double *scaled = malloc(2 * n * sizeof *scaled);
    if (!scaled)
        return STAR_E_NOMEM;
    int eb = star_exponent(most), ec = star_exponent(fmax(dearest, budget));
    for (size_t i = 0; i < n; i++) {
        /* Only positive benefits count (R5); the others keep their sign. */
        scaled[i] = benefit[i] > 0.0 ? ldexp(benefit[i], -eb) : benefit[i] < 0.0 ? -1.0 : 0.0;
        scaled[n + i] = ldexp(cost[i], -ec);
    }
    star_status status = allocate_whole(a, n, scaled, scaled + n, ldexp(budget, -ec), min, max, share);
    free(scaled);
    return status;
}

star_status star_allocate_using(star_allocator *a, size_t n, const double *benefit,
                                const double *cost, double budget, bool whole,
                                const double *min, const double *max, double *share)
{
    if (n > a->capacity)
        return STAR_E_SIZE;
    star_status status = star_allocate_check(n, benefit, cost, budget, whole, min, max, NULL);
    if (status)
        return status;
    a->nodes_used = 0;
    if (!whole)
        return allocate_continuous(a->items, n, benefit, cost, budget, min, max, share);
    return allocate_whole_scaled(a, n, benefit, cost, budget, min, max, share);
}

star_status star_allocate(size_t n, const double *benefit, const double *cost, double budget,
                          bool whole, const double *min, const double *max, double *share)
{
    star_status status = star_allocate_check(n, benefit, cost, budget, whole, min, max, NULL);
    if (status)
        return status;
    star_allocator *a = star_allocator_new(n);
    if (!a)
        return STAR_E_NOMEM;
    status = star_allocate_using(a, n, benefit, cost, budget, whole, min, max, share);
    star_allocator_free(a);
    return status;
}

/* ---- STAR.REALLOCATE and STAR.GAIN ------------------------------------- */

star_status star_reallocate_check(size_t n, const double *benefit, const double *cost,
                                  const double *spend, const double *low, const double *high,
                                  double amount, star_where *where)
{
    static const char *const names[] = {"benefit", "cost", "spend", "low", "high"};
    for (size_t i = 0; i < n; i++) {
        const double *values[] = {benefit, cost, spend, low, high};
        for (size_t v = 0; v < 5; v++) {
            star_rule rule = v == 1 ? STAR_RULE_POSITIVE : STAR_RULE_NUMBER; /* cost */
            if (!star_rule_admits(rule, values[v][i]))
                return star_found(where, STAR_E_DOMAIN, i, 0, names[v]);
        }
        if (low[i] > high[i])
            return star_found(where, STAR_E_BOUNDS, i, 0, "low");
        if (spend[i] < low[i] || spend[i] > high[i])
            return star_found_why(where, STAR_E_DOMAIN, i, 0, "spend", "must lie between its low and high (%.15g)",
                                  spend[i]);
    }
    if (!(amount == INFINITY || star_rule_admits(STAR_RULE_NONNEG, amount)))
        return star_found(where, STAR_E_DOMAIN, STAR_NO_ROW, 0, "amount");
    return STAR_OK;
}

/* Lowest rate first, then row order: the order of giving. */
static int by_ratio_ascending_then_row(const void *pa, const void *pb)
{
    const item *a = pa, *b = pb;
    if (a->ratio != b->ratio)
        return a->ratio < b->ratio ? -1 : 1;
    return (a->row > b->row) - (a->row < b->row);
}

star_status star_reallocate(size_t n, const double *benefit, const double *cost,
                            const double *spend, const double *low, const double *high,
                            double amount, double *new_spend)
{
    star_status status = star_reallocate_check(n, benefit, cost, spend, low, high, amount, NULL);
    if (status)
        return status;
    if (n == 0)
        return STAR_OK;
    /* givers[k].cost and takers[k].cost hold what each can still give or take. */
    item *givers = malloc(2 * n * sizeof *givers);
    if (!givers)
        return STAR_E_NOMEM;
    item *takers = givers + n;
    size_t ng = 0, nt = 0;
    int shift;
    if (!star_ratio_shift(n, benefit, cost, &shift)) {
        free(givers);
        return STAR_E_NONFINITE;
    }
    for (size_t i = 0; i < n; i++) {
        double rate = star_ratio_key(benefit[i], cost[i], shift); /* R12 */
        new_spend[i] = spend[i];
        if (spend[i] > low[i])
            givers[ng++] = (item){rate, spend[i] - low[i], 0.0, i};
        if (high[i] > spend[i])
            takers[nt++] = (item){rate, high[i] - spend[i], 0.0, i};
    }
    qsort(givers, ng, sizeof *givers, by_ratio_ascending_then_row);
    qsort(takers, nt, sizeof *takers, by_ratio_then_row);
    double left = amount;
    for (size_t g = 0, t = 0; g < ng && t < nt && left > 0.0;) {
        item *give = &givers[g], *take = &takers[t];
        if (!(take->ratio > give->ratio))
            break; /* moving more would not raise the benefit */
        double move = fmin(fmin(give->cost, take->cost), left);
        left -= move;
        /* A row given or filled completely lands exactly on its limit; the
           rounding of many partial moves never carries a row past it. */
        if (move == give->cost) {
            new_spend[give->row] = low[give->row];
            g++;
        } else {
            new_spend[give->row] = fmax(low[give->row], new_spend[give->row] - move);
            give->cost -= move;
        }
        if (move == take->cost) {
            new_spend[take->row] = high[take->row];
            t++;
        } else {
            new_spend[take->row] = fmin(high[take->row], new_spend[take->row] + move);
            take->cost -= move;
        }
    }
    free(givers);
    return star_finite(new_spend, n);
}

star_status star_gain_check(size_t n, const double *benefit, const double *cost,
                            const double *new_spend, const double *old_spend,
                            star_where *where)
{
    const star_input inputs[] = {{"benefit", benefit, STAR_RULE_NUMBER}, {"cost", cost, STAR_RULE_POSITIVE},
                                 {"new_spend", new_spend, STAR_RULE_NUMBER},
                                 {"old_spend", old_spend, STAR_RULE_NUMBER}};
    return star_check_rows(n, inputs, 4, where);
}

/* The gain where the plain sum overflowed (R12): each term from halves of
   the spends (exact for numbers that large) and the rate kept apart from
   them, the sum relative to a power of two of the largest term. */
static double scaled_gain(size_t n, const double *benefit, const double *cost,
                          const double *new_spend, const double *old_spend)
{
    double largest = 0.0;
    for (size_t i = 0; i < n; i++)
        largest = fmax(largest, fabs(star_quotient_times(benefit[i], cost[i],
                                                         0.5 * new_spend[i] - 0.5 * old_spend[i])));
    int e = star_exponent(largest);
    double sum = 0.0;
    for (size_t i = 0; i < n; i++)
        sum += ldexp(star_quotient_times(benefit[i], cost[i], 0.5 * new_spend[i] - 0.5 * old_spend[i]), -e);
    return ldexp(sum, e + 1);
}

star_status star_gain(size_t n, const double *benefit, const double *cost,
                      const double *new_spend, const double *old_spend, double *gain)
{
    star_status status = star_gain_check(n, benefit, cost, new_spend, old_spend, NULL);
    if (status)
        return status;
    double sum = 0.0;
    for (size_t i = 0; i < n; i++)
        sum += (new_spend[i] - old_spend[i]) * (benefit[i] / cost[i]);
    if (!isfinite(sum))
        sum = scaled_gain(n, benefit, cost, new_spend, old_spend);
    if (!isfinite(sum))
        return STAR_E_NONFINITE;
    *gain = sum;
    return STAR_OK;
}
