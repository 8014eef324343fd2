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
       STAR_E_NO_CONVERGENCE, never a guess; the limits count nodes and
       states, not time, so results do not depend on the machine.
   R8. A mandatory spend above budget*(1 + 1e-9) is STAR_E_INFEASIBLE;
       min > max (and low > high) is STAR_E_BOUNDS.
   R9. Reallocation moves money from the lowest rate to the highest while
       the rates differ, keeps the total, moves at most `amount`.
   R10. Results are finite, or the status is STAR_E_NONFINITE.
   R11. Time and memory are bounded: whole allocations take at most
        STAR_ALLOCATE_WHOLE_MAX_ROWS rows (else STAR_E_TOO_LARGE), and every
        pass of the search over its items counts against the node limit.
   R12. Magnitudes do not decide: value for money is ordered by the exact
        ratios even where benefit/cost overflows or underflows (keys
        relative to one power of two, scaled.h; STAR_E_NONFINITE only when
        the ratios span more than about 2^2000), and a whole allocation
        whose sums would overflow is found on benefits and costs scaled by
        powers of two, which changes no comparison. */
#include "allocation.h"
#include "common.h"
#include "scaled.h"

#include <math.h>
#include <stdint.h>
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

/* The search's order: ratio, then identical rows side by side in row order,
   so that settling can treat a run of identical rows as one. */
static int by_search_order(const void *pa, const void *pb)
{
    const item *a = pa, *b = pb;
    if (a->ratio != b->ratio)
        return a->ratio > b->ratio ? -1 : 1;
    if (a->cost != b->cost)
        return a->cost < b->cost ? -1 : 1;
    if (a->benefit != b->benefit)
        return a->benefit > b->benefit ? -1 : 1;
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

/* ---- The whole-number search ------------------------------------------- */

/* A 0/1 knapsack over m items in search order. Prefix sums make the bound
   O(log m) for any state. */
typedef struct knap {
    size_t m;
    double *b, *c, *r;   /* benefit, cost, ratio */
    double *pb, *pc;     /* prefix sums, m + 1 */
    size_t *skip;        /* the first later item not identical to item k */
    size_t *id;          /* the row (all items) or place in `all` (a subset) */
    unsigned char *best; /* the selection found */
} knap;

/* A partial selection of the items before some j: its cost, value and the
   last item taken, as an index + 1 into the steps (0: none). */
typedef struct state {
    double cost, value;
    uint32_t step;
} state;

/* An item taken after the selection that `parent` (index + 1, 0: none)
   ends, so a selection is a chain of steps. */
typedef struct step {
    uint32_t item, parent;
} step;

struct star_allocator {
    size_t capacity;
    unsigned long node_limit;
    unsigned long nodes_used; /* by the last call */
    item *items;
    size_t *place;          /* row -> place in `all` */
    unsigned char *settled; /* place in `all` -> 0, 1 or UNDECIDED */
    unsigned char *witness; /* place in `all` -> an allocation reaching the target */
    unsigned char *outside; /* place in `all` -> its value in all of them, or UNDECIDED */
    size_t *band;           /* the places still UNDECIDED there */
    unsigned char *fixed;   /* place in a subset -> 0, 1 or UNDECIDED */
    knap all, sub, core;    /* the free rows; those after a row; a core */
    state *now, *next;    /* the frontier of the search, `room` each */
    size_t room;
    step *steps;
    size_t steps_room;
};

enum { UNDECIDED = 2 };

static void knap_free(knap *k)
{
    free(k->b);
    free(k->c);
    free(k->r);
    free(k->pb);
    free(k->pc);
    free(k->skip);
    free(k->id);
    free(k->best);
}

static bool knap_alloc(knap *k, size_t n)
{
    size_t d = n * sizeof(double), d1 = (n + 1) * sizeof(double), s = n * sizeof(size_t);
    k->b = malloc(d);
    k->c = malloc(d);
    k->r = malloc(d);
    k->pb = malloc(d1);
    k->pc = malloc(d1);
    k->skip = malloc(s);
    k->id = malloc(s);
    k->best = malloc(n);
    return k->b && k->c && k->r && k->pb && k->pc && k->skip && k->id && k->best;
}

/* The whole-number search's scratch, apart from the items. */
static void search_free(star_allocator *a)
{
    free(a->place);
    free(a->settled);
    free(a->witness);
    free(a->fixed);
    free(a->outside);
    free(a->band);
    knap_free(&a->all);
    knap_free(&a->sub);
    knap_free(&a->core);
    free(a->now);
    free(a->next);
    free(a->steps);
    size_t capacity = a->capacity;
    unsigned long node_limit = a->node_limit, nodes_used = a->nodes_used;
    item *items = a->items;
    *a = (star_allocator){.capacity = capacity, .node_limit = node_limit, .nodes_used = nodes_used,
                          .items = items};
}

/* Allocates the search's scratch on its first use, so that continuous
   allocations (and STAR.PSA's draws of them) never pay for it. */
static bool search_scratch(star_allocator *a)
{
    if (a->steps)
        return true;
    size_t n = a->capacity ? a->capacity : 1;
    a->place = malloc(n * sizeof *a->place);
    a->settled = malloc(n);
    a->witness = malloc(n);
    a->fixed = malloc(n);
    a->outside = malloc(n);
    a->band = malloc(n * sizeof *a->band);
    a->room = 64;
    a->now = malloc(a->room * sizeof *a->now);
    a->next = malloc(a->room * sizeof *a->next);
    a->steps_room = 256;
    a->steps = malloc(a->steps_room * sizeof *a->steps);
    bool ok = knap_alloc(&a->all, n) && knap_alloc(&a->sub, n) && knap_alloc(&a->core, n);
    if (!ok || !a->place || !a->settled || !a->witness || !a->fixed || !a->outside || !a->band ||
        !a->now || !a->next || !a->steps) {
        search_free(a);
        return false;
    }
    return true;
}

void star_allocator_free(star_allocator *a)
{
    if (!a)
        return;
    search_free(a);
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

enum { FOUND = 1, NONE = 0, AT_LIMIT = -1, NO_MEMORY = -2 };

/* Room for `need` states in each frontier array. */
static int frontier_room(star_allocator *a, size_t need)
{
    if (need <= a->room)
        return FOUND;
    size_t room = a->room;
    while (room < need)
        room *= 2;
    state *now = realloc(a->now, room * sizeof *now);
    if (!now)
        return NO_MEMORY;
    a->now = now;
    state *next = realloc(a->next, room * sizeof *next);
    if (!next)
        return NO_MEMORY;
    a->next = next;
    a->room = room;
    return FOUND;
}

/* Prefix sums and runs of identical items, once b, c, r and id are set;
   false when a sum overflows. */
static bool knap_finish(knap *k)
{
    size_t m = k->m;
    k->pb[0] = k->pc[0] = 0.0;
    for (size_t j = 0; j < m; j++) {
        k->pb[j + 1] = k->pb[j] + k->b[j];
        k->pc[j + 1] = k->pc[j] + k->c[j];
    }
    for (size_t j = m; j-- > 0;) {
        bool same = j + 1 < m && k->b[j + 1] == k->b[j] && k->c[j + 1] == k->c[j];
        k->skip[j] = same ? k->skip[j + 1] : j + 1;
    }
    return isfinite(k->pb[m]) && isfinite(k->pc[m]);
}

/* Bounds on what items j.. add within cap. Filling them in ratio order,
   items j..*fill-1 fit whole: their benefit is a lower bound (a feasible
   completion). The upper bound is Martello and Toth's U2: the first item
   that does not fit, s = *fill, is either left out (the rest filled at the
   ratio of s+1) or put in (the overflow taken out at the ratio of s-1);
   it never exceeds the LP (Dantzig) bound. */
static double bounds(const knap *k, size_t j, double cap, size_t *fill)
{
    size_t lo = j, hi = k->m;
    while (lo < hi) {
        size_t mid = lo + (hi - lo + 1) / 2;
        if (k->pc[mid] - k->pc[j] <= cap)
            lo = mid;
        else
            hi = mid - 1;
    }
    *fill = lo;
    double whole = k->pb[lo] - k->pb[j];
    if (lo == k->m)
        return whole;
    double left = cap - (k->pc[lo] - k->pc[j]);
    double without = whole + (lo + 1 < k->m ? left * k->r[lo + 1] : 0.0);
    double with = lo > j ? whole + k->b[lo] - (k->c[lo] - left) * k->r[lo - 1] : -INFINITY;
    return fmax(without, with);
}

typedef struct budget_of_nodes {
    unsigned long used, limit;
} budget_of_nodes;

/* Dynamic programming over k's items in order, on the frontier of partial
   selections that no other beats on both cost and value (Nemhauser and
   Ullmann), each dropped as soon as its upper bound falls below *need.
   Unlike depth-first branch and bound it does not stall when many items
   near the critical ratio could fill the last of the budget.
   It looks for a selection, starting from value z and capacity cap, worth
   at least *need. With `first` it stops at the first one; otherwise it
   raises *need to each one's value + tol and goes on, so it ends with the
   best within tol. The selection is left in k->best and its value in
   *found_z. Every state examined counts one node. */
static int frontier_search(star_allocator *a, knap *k, double z, double cap, double *need,
                           double tol, bool first, double *found_z, budget_of_nodes *nodes)
{
    size_t m = k->m, size = 1, steps = 0, from = 0, to = 0;
    uint32_t found_step = 0;
    int found = NONE;
    a->now[0] = (state){0.0, z, 0};
    for (size_t j = 0;; j++) {
        size_t kept = 0;
        for (size_t s = 0; s < size; s++) {
            state st = a->now[s];
            if (++nodes->used > nodes->limit)
                return AT_LIMIT;
            size_t fill;
            double upper = st.value + bounds(k, j, cap - st.cost, &fill);
            double lower = st.value + (k->pb[fill] - k->pb[j]);
            if (lower >= *need) {
                found = FOUND;
                *found_z = lower;
                found_step = st.step;
                from = j;
                to = fill;
                if (first)
                    goto done;
                *need = lower + tol;
            }
            if (upper >= *need)
                a->now[kept++] = st;
        }
        size = kept;
        if (j == m || size == 0)
            break;
        /* Merge the states without item j and with it, both in order of
           cost, keeping only those worth more than every cheaper one. */
        if (size > STAR_ALLOCATE_FRONTIER_LIMIT)
            return AT_LIMIT;
        int room = frontier_room(a, 2 * size);
        if (room != FOUND)
            return room;
        state *now = a->now, *next = a->next;
        double cj = k->c[j], bj = k->b[j];
        size_t without = 0, with = 0, out = 0;
        while (without < size || with < size) {
            bool take;
            if (with < size && now[with].cost + cj > cap)
                with = size; /* the rest cost more still */
            if (with >= size)
                take = false;
            else if (without >= size)
                take = true;
            else {
                double cost = now[with].cost + cj, value = now[with].value + bj;
                take = cost < now[without].cost ||
                       (cost == now[without].cost && value > now[without].value);
            }
            if (!take && without >= size)
                break;
            state cand = take ? (state){now[with].cost + cj, now[with].value + bj, now[with].step}
                              : now[without];
            take ? with++ : without++;
            if (out > 0 && cand.value <= next[out - 1].value)
                continue;
            if (take) {
                if (steps == UINT32_MAX - 1)
                    return AT_LIMIT;
                if (steps == a->steps_room) {
                    step *more = realloc(a->steps, 2 * a->steps_room * sizeof *more);
                    if (!more)
                        return NO_MEMORY;
                    a->steps = more;
                    a->steps_room *= 2;
                }
                a->steps[steps++] = (step){(uint32_t)j, cand.step};
                cand.step = (uint32_t)steps;
            }
            next[out++] = cand;
        }
        a->now = next;
        a->next = now;
        size = out;
    }
done:
    if (found) {
        if (m)
            memset(k->best, 0, m);
        for (uint32_t s = found_step; s; s = a->steps[s - 1].parent)
            k->best[a->steps[s - 1].item] = 1;
        for (size_t q = from; q < to; q++)
            k->best[q] = 1;
    }
    return found;
}

/* The LP (Dantzig) bound of all items but j within cap. */
static double lp_without(const knap *k, size_t j, double cap)
{
    double cj = k->c[j];
    size_t lo = 0, hi = k->m;
    while (lo < hi) {
        size_t mid = lo + (hi - lo + 1) / 2;
        if (k->pc[mid] - (mid > j ? cj : 0.0) <= cap)
            lo = mid;
        else
            hi = mid - 1;
    }
    double bound = k->pb[lo] - (lo > j ? k->b[j] : 0.0);
    if (lo < k->m)
        bound += (cap - (k->pc[lo] - (lo > j ? cj : 0.0))) * k->r[lo];
    return bound;
}

/* Reduced-cost fixing: fixed[j] = the value item j takes in the LP
   solution of k (from value z within cap) when flipping it brings the LP
   bound below need, so that no selection worth need flips it; UNDECIDED
   otherwise. */
static void fix_by_bounds(const knap *k, double z, double cap, double need,
                          unsigned char *fixed)
{
    size_t critical;
    bounds(k, 0, cap, &critical);
    for (size_t j = 0; j < k->m; j++) {
        if (j < critical) /* in the LP solution: can it be left out? */
            fixed[j] = z + lp_without(k, j, cap) < need ? 1 : UNDECIDED;
        else /* out of it (or in part): can it be put in? */
            fixed[j] = k->c[j] > cap || z + k->b[j] + lp_without(k, j, cap - k->c[j]) < need
                           ? 0 : UNDECIDED;
    }
}

/* frontier_search (same contract) after two cheap steps. The greedy
   selection (ratio order, each item that still fits) may already be worth
   *need. Then every item whose LP bound, once it is flipped from its LP
   value, falls below *need is fixed at that value (reduced-cost fixing),
   and the frontier searches only the items left, near the critical ratio. */
static int reduced_search(star_allocator *a, knap *k, double z, double cap, double *need,
                          double tol, bool first, double *found_z, budget_of_nodes *nodes)
{
    size_t m = k->m;
    /* The greedy pass and the fixing below look at every item: that work
       counts against the node limit too, so that settling many rows one by
       one cannot run on unbounded. */
    nodes->used += (unsigned long)m; /* m is within the row limit */
    if (nodes->used > nodes->limit)
        return AT_LIMIT;
    int found = NONE;
    double greedy = z, left = cap;
    for (size_t j = 0; j < m; j++) {
        k->best[j] = k->c[j] <= left;
        if (k->best[j]) {
            greedy += k->b[j];
            left -= k->c[j];
        }
    }
    if (greedy >= *need) {
        found = FOUND;
        *found_z = greedy;
        if (first)
            return FOUND;
        *need = greedy + tol;
    }
    fix_by_bounds(k, z, cap, *need, a->fixed);
    knap *core = &a->core;
    double core_z = z, core_cap = cap;
    core->m = 0;
    for (size_t j = 0; j < m; j++) {
        if (a->fixed[j] == 1) {
            core_z += k->b[j];
            core_cap -= k->c[j];
        } else if (a->fixed[j] == UNDECIDED) {
            core->b[core->m] = k->b[j];
            core->c[core->m] = k->c[j];
            core->r[core->m] = k->r[j];
            core->id[core->m++] = j;
        }
    }
    if (core_cap < 0.0) /* what must be in does not fit: nothing reaches *need */
        return found;
    knap_finish(core);
    double core_found;
    int got = frontier_search(a, core, core_z, core_cap, need, tol, first, &core_found, nodes);
    if (got < 0)
        return got;
    if (got == FOUND) {
        found = FOUND;
        *found_z = core_found;
        for (size_t j = 0; j < m; j++)
            k->best[j] = a->fixed[j] == 1;
        for (size_t q = 0; q < core->m; q++)
            k->best[core->id[q]] = core->best[q];
    }
    return found;
}

static star_status search_status(int result)
{
    return result == AT_LIMIT ? STAR_E_NO_CONVERGENCE : STAR_E_NOMEM;
}

/* The lexicographically greatest allocation worth at least `target`:
   rows are settled in row order, each funded when some completion of the
   rows after it still reaches the target. `witness` (by place in `all`) is
   such a completion throughout, so a row it funds is settled at once. */
static star_status settle_in_row_order(star_allocator *a, size_t n, double capacity,
                                       double target, budget_of_nodes *nodes)
{
    knap *all = &a->all, *sub = &a->sub;
    size_t m = all->m, band = 0;
    double value = 0.0, cap = capacity;
    /* Rows that take the same value in every allocation reaching the
       target are settled first (where the witness agrees, against
       rounding); only the rest, the band, are searched. */
    fix_by_bounds(all, 0.0, capacity, target, a->outside);
    for (size_t q = 0; q < m; q++) {
        a->settled[q] = a->outside[q] == a->witness[q] ? a->outside[q] : UNDECIDED;
        if (a->settled[q] == 1) {
            value += all->b[q];
            cap -= all->c[q];
        } else if (a->settled[q] == UNDECIDED)
            a->band[band++] = q;
    }
    for (size_t i = 0; i < n; i++) {
        size_t p = a->place[i];
        if (p == SIZE_MAX || a->settled[p] != UNDECIDED)
            continue;
        if (a->witness[p]) {
            a->settled[p] = 1;
            value += all->b[p];
            cap -= all->c[p];
            continue;
        }
        a->settled[p] = 0;
        /* An earlier identical row left out means this one is too: taking
           this one instead would be the same allocation. */
        if ((p > 0 && all->skip[p - 1] > p && a->settled[p - 1] == 0) || all->c[p] > cap)
            continue;
        sub->m = 0;
        for (size_t t = 0; t < band; t++) {
            size_t q = a->band[t];
            if (a->settled[q] != UNDECIDED)
                continue;
            sub->b[sub->m] = all->b[q];
            sub->c[sub->m] = all->c[q];
            sub->r[sub->m] = all->r[q];
            sub->id[sub->m++] = q;
        }
        knap_finish(sub);
        double need = target, z;
        int got = reduced_search(a, sub, value + all->b[p], cap - all->c[p], &need, 0.0, true,
                                 &z, nodes);
        if (got < 0)
            return search_status(got);
        if (got) {
            a->settled[p] = 1;
            value += all->b[p];
            cap -= all->c[p];
            for (size_t s = 0; s < sub->m; s++)
                a->witness[sub->id[s]] = sub->best[s];
        }
    }
    return STAR_OK;
}

static star_status allocate_whole(star_allocator *a, size_t n, const double *benefit,
                                  const double *cost, double budget, const double *min,
                                  const double *max, double *share)
{
    double capacity = budget_cap(budget), stake = 0.0;
    a->nodes_used = 0;
    if (!search_scratch(a))
        return STAR_E_NOMEM;
    for (size_t i = 0; i < n; i++) {
        share[i] = nearbyint(lower(min, i));
        capacity -= share[i] * cost[i];
    }
    if (capacity < 0.0)
        capacity = 0.0;
    /* The free rows: fixed neither by min or max nor by their sign. They
       are the benefit at stake; those too dear to fit at all stay out of
       the search. */
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        a->place[i] = SIZE_MAX;
        if (share[i] == 0.0 && nearbyint(upper(max, i)) == 1.0 && benefit[i] > 0.0) {
            stake += benefit[i];
            if (cost[i] <= capacity)
                a->items[m++] = (item){benefit[i] / cost[i], cost[i], benefit[i], i};
        }
    }
    if (!isfinite(stake))
        return STAR_E_NONFINITE;
    if (m >= UINT32_MAX)
        return STAR_E_TOO_LARGE;
    qsort(a->items, m, sizeof *a->items, by_search_order);
    knap *all = &a->all;
    all->m = m;
    for (size_t k = 0; k < m; k++) {
        all->b[k] = a->items[k].benefit;
        all->c[k] = a->items[k].cost;
        all->r[k] = a->items[k].ratio;
        all->id[k] = a->items[k].row;
        a->place[a->items[k].row] = k;
        if (!isfinite(all->r[k]))
            return STAR_E_NONFINITE;
    }
    if (!knap_finish(all))
        return STAR_E_NONFINITE;

    double tol = TIE_TOLERANCE * stake, need = -INFINITY, best = 0.0;
    budget_of_nodes nodes = {0, a->node_limit};
    int got = reduced_search(a, all, 0.0, capacity, &need, tol, false, &best, &nodes);
    a->nodes_used = nodes.used;
    if (got < 0)
        return search_status(got);
    if (m)
        memcpy(a->witness, all->best, m);
    star_status status = settle_in_row_order(a, n, capacity, best - tol, &nodes);
    a->nodes_used = nodes.used;
    if (status)
        return status;
    for (size_t k = 0; k < m; k++)
        share[all->id[k]] = a->settled[k];
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
