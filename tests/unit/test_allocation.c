/* SPDX-License-Identifier: MPL-2.0 */
/* STAR.CURVE, STAR.TRIANGLES, STAR.ALLOCATE, STAR.REALLOCATE and STAR.GAIN
   against hand-worked values and independent calculations: whole
   allocations against enumeration of every subset, continuous ones against
   the conditions that characterise the fractional optimum. The requirements
   cited are those listed in addin/core/allocation.c. */
#include "unit.h"
#include "star_core.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The test's own generator (splitmix64), apart from the code under test. */
static uint64_t next_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static double uniform(uint64_t *state) /* [0, 1) */
{
    return (double)(next_random(state) >> 11) * 0x1.0p-53;
}

static int below(uint64_t *state, int k) /* 0..k-1 */
{
    return (int)(next_random(state) % (uint64_t)k);
}

/* ---- STAR.CURVE and STAR.TRIANGLES -------------------------------------- */

static void curve_by_hand(void) /* R3 */
{
    /* ratios 2, 4, 2, 5: order rows 3, 1, 0, 2 (rows 0 and 2 tie: row order) */
    double benefit[] = {20, 40, 6, 25}, cost[] = {10, 10, 3, 5};
    double xy[10];
    double want[] = {0, 0, 5, 25, 15, 65, 25, 85, 28, 91};
    CU_ASSERT_EQUAL(star_curve(4, benefit, cost, xy), STAR_OK);
    ASSERT_ALL_NEAR(xy, want, 10, 0);
}

static void curve_of_nothing_is_the_origin(void) /* R2 */
{
    double xy[2] = {7, 7};
    CU_ASSERT_EQUAL(star_curve(0, NULL, NULL, xy), STAR_OK);
    CU_ASSERT_EQUAL(xy[0], 0.0);
    CU_ASSERT_EQUAL(xy[1], 0.0);
}

static void curve_keeps_negative_benefits_last(void)
{
    double benefit[] = {-4, 9, 0}, cost[] = {2, 3, 1};
    double xy[8], want[] = {0, 0, 3, 9, 4, 9, 6, 5};
    CU_ASSERT_EQUAL(star_curve(3, benefit, cost, xy), STAR_OK);
    ASSERT_ALL_NEAR(xy, want, 8, 0);
}

static void curve_rejects_bad_values(void) /* R1, R10 */
{
    double xy[6], b[] = {1, 2}, c_zero[] = {1, 0}, b_nan[] = {NAN, 1}, c[] = {1, 1};
    star_where where = {.row = 99};
    CU_ASSERT_EQUAL(star_curve(2, b, c_zero, xy), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_curve_check(2, b, c_zero, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "cost");
    CU_ASSERT_EQUAL(star_curve_check(2, b_nan, c_zero, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 0, "benefit");
    CU_ASSERT_EQUAL(star_curve_check(2, b, c, &where), STAR_OK);
    double huge[] = {1e308, 1e308};
    CU_ASSERT_EQUAL(star_curve(2, huge, c, xy), STAR_E_NONFINITE);
}

static void triangles_by_hand(void)
{
    /* ratios 3 and 2: row 1 first, at (0,0); row 0 from (4,12) */
    double benefit[] = {10, 12}, cost[] = {5, 4};
    double xy[20];
    bool blank[10];
    double want[] = {0, 0,  4, 0,  4, 12,  0, 0,   0, 0,
                     4, 12, 9, 12, 9, 22,  4, 12,  0, 0};
    bool want_blank[] = {0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
    CU_ASSERT_EQUAL(star_triangles(2, benefit, cost, xy, blank), STAR_OK);
    ASSERT_ALL_NEAR(xy, want, 20, 0);
    for (int i = 0; i < 10; i++)
        CU_ASSERT_EQUAL(blank[i], want_blank[i]);
    CU_ASSERT_EQUAL(star_triangles(2, benefit, cost, xy, NULL), STAR_OK);
    ASSERT_ALL_NEAR(xy, want, 20, 0);
    CU_ASSERT_EQUAL(star_triangles(0, NULL, NULL, NULL, NULL), STAR_OK);
}

/* Corners lie exactly on the curve, for random data with ties. */
static void triangles_sit_on_the_curve(void)
{
    enum { N = 40 };
    double benefit[N], cost[N], curve[2 * (N + 1)], tri[2 * 5 * N];
    uint64_t seed = 7;
    for (int i = 0; i < N; i++) {
        cost[i] = 1 + below(&seed, 5);
        benefit[i] = cost[i] * (below(&seed, 4) - 1) + 0.5 * below(&seed, 2);
    }
    CU_ASSERT_EQUAL_FATAL(star_curve(N, benefit, cost, curve), STAR_OK);
    CU_ASSERT_EQUAL_FATAL(star_triangles(N, benefit, cost, tri, NULL), STAR_OK);
    for (int k = 0; k < N; k++) {
        const double *t = tri + 10 * k, *p = curve + 2 * k, *q = curve + 2 * (k + 1);
        CU_ASSERT(t[0] == p[0] && t[1] == p[1]);
        CU_ASSERT(t[2] == q[0] && t[3] == p[1]);
        CU_ASSERT(t[4] == q[0] && t[5] == q[1]);
        CU_ASSERT(t[6] == p[0] && t[7] == p[1]);
        /* the curve's slopes never rise: the order is best first */
        if (k > 0) {
            const double *o = curve + 2 * (k - 1);
            CU_ASSERT((q[1] - p[1]) * (p[0] - o[0]) <= (p[1] - o[1]) * (q[0] - p[0]) + 1e-9);
        }
    }
}

/* ---- STAR.ALLOCATE: hand-worked cases ----------------------------------- */

static void greedy_order_is_not_the_optimum(void) /* R6 */
{
    /* ratios 6, 5, 4: greedy funds rows 0 and 1 (160); rows 1 and 2 give 220 */
    double benefit[] = {60, 100, 120}, cost[] = {10, 20, 30}, share[3];
    double want[] = {0, 1, 1};
    CU_ASSERT_EQUAL(star_allocate(3, benefit, cost, 50, true, NULL, NULL, share), STAR_OK);
    ASSERT_ALL_NEAR(share, want, 3, 0);
}

static void continuous_is_the_fractional_optimum(void) /* R4 */
{
    double benefit[] = {60, 100, 120}, cost[] = {10, 20, 30}, share[3];
    /* 10 + 20 fill 30 of 50; 20 of row 2's 30 remain: 2/3 */
    double want[] = {1, 1, 2.0 / 3.0};
    CU_ASSERT_EQUAL(star_allocate(3, benefit, cost, 50, false, NULL, NULL, share), STAR_OK);
    ASSERT_ALL_NEAR(share, want, 3, 1e-15);
}

static void continuous_respects_min_and_max(void) /* R4, R5 */
{
    /* ratios 5, 2, 1, -1. min spend: 0.5*10 + 0.2*20 + 0.5*2 = 10 of 20.
       Row 0 to its max 0.8 (+3 -> 13), row 1 to 1 would be +16 > 7 left:
       row 1 gets 0.2 + 7/20 = 0.55. Row 3 (negative) stays at its min. */
    double benefit[] = {50, 40, 6, -2}, cost[] = {10, 20, 6, 2};
    double min[] = {0.5, 0.2, 0, 0.5}, max[] = {0.8, 1, 1, 1}, share[4];
    double want[] = {0.8, 0.55, 0, 0.5};
    CU_ASSERT_EQUAL(star_allocate(4, benefit, cost, 20, false, min, max, share), STAR_OK);
    ASSERT_ALL_NEAR(share, want, 4, 1e-15);
    /* budget beyond everything: all positive rows at their max */
    double want_rich[] = {0.8, 1, 1, 0.5};
    CU_ASSERT_EQUAL(star_allocate(4, benefit, cost, 1000, false, min, max, share), STAR_OK);
    ASSERT_ALL_NEAR(share, want_rich, 4, 0);
}

static void continuous_ties_fund_earlier_rows_first(void) /* R3 */
{
    /* all ratio 2; budget 5 covers row 0 (2) and 3 of row 1's 4 */
    double benefit[] = {4, 8, 2}, cost[] = {2, 4, 1}, share[3];
    double want[] = {1, 0.75, 0};
    CU_ASSERT_EQUAL(star_allocate(3, benefit, cost, 5, false, NULL, NULL, share), STAR_OK);
    ASSERT_ALL_NEAR(share, want, 3, 1e-15);
}

static void whole_ties_fund_earlier_rows_first(void) /* R6 */
{
    double share[3];
    /* {0,1} and {2} are both worth 2: (1,1,0) is greater */
    double b1[] = {1, 1, 2}, c1[] = {1, 1, 2}, want1[] = {1, 1, 0};
    CU_ASSERT_EQUAL(star_allocate(3, b1, c1, 2, true, NULL, NULL, share), STAR_OK);
    ASSERT_ALL_NEAR(share, want1, 3, 0);
    /* {0} and {1,2} are both worth 2: (1,0,0) is greater */
    double b2[] = {2, 1, 1}, c2[] = {2, 1, 1}, want2[] = {1, 0, 0};
    CU_ASSERT_EQUAL(star_allocate(3, b2, c2, 2, true, NULL, NULL, share), STAR_OK);
    ASSERT_ALL_NEAR(share, want2, 3, 0);
    /* 0.1 + 0.2 is not 0.3 in binary; the tie tolerance makes them equal */
    double b3[] = {0.3, 0.1, 0.2}, c3[] = {1, 0.5, 0.5}, want3[] = {1, 0, 0};
    CU_ASSERT_EQUAL(star_allocate(3, b3, c3, 1, true, NULL, NULL, share), STAR_OK);
    ASSERT_ALL_NEAR(share, want3, 3, 0);
}

static void whole_mandatory_and_excluded(void) /* R5, R6 */
{
    /* row 0 excluded though best, row 3 mandatory though worst, row 4 has
       no benefit: 12 - 5 = 7 left for rows 1 (4) and 2 (4): one of them */
    double benefit[] = {100, 9, 10, 1, 0}, cost[] = {1, 4, 4, 5, 1};
    double min[] = {0, 0, 0, 1, 0}, max[] = {0, 1, 1, 1, 1}, share[5];
    double want[] = {0, 0, 1, 1, 0};
    CU_ASSERT_EQUAL(star_allocate(5, benefit, cost, 12, true, min, max, share), STAR_OK);
    ASSERT_ALL_NEAR(share, want, 5, 0);
    /* a mandatory row with no benefit is still funded */
    double min2[] = {0, 0, 0, 0, 1}, want2[] = {0, 1, 1, 0, 1};
    CU_ASSERT_EQUAL(star_allocate(5, benefit, cost, 9, true, min2, max, share), STAR_OK);
    ASSERT_ALL_NEAR(share, want2, 5, 0);
}

static void budget_tolerance_is_relative(void) /* R6, R8 */
{
    double share[3];
    /* 0.1 + 0.2 exceeds 0.3 by one rounding: it fits */
    double benefit[] = {1, 1, 0.5}, cost[] = {0.1, 0.2, 0.3};
    double want[] = {1, 1, 0};
    CU_ASSERT_EQUAL(star_allocate(3, benefit, cost, 0.3, true, NULL, NULL, share), STAR_OK);
    ASSERT_ALL_NEAR(share, want, 3, 0);
    /* 2e-9 over the budget does not fit */
    double b2[] = {1}, c2[] = {1 + 2e-9}, over[1];
    CU_ASSERT_EQUAL(star_allocate(1, b2, c2, 1, true, NULL, NULL, over), STAR_OK);
    CU_ASSERT_EQUAL(over[0], 0.0);
    c2[0] = 1 + 0.5e-9;
    CU_ASSERT_EQUAL(star_allocate(1, b2, c2, 1, true, NULL, NULL, over), STAR_OK);
    CU_ASSERT_EQUAL(over[0], 1.0);
    /* mandatory spend: within the tolerance fits, beyond it is infeasible */
    double one = 1;
    CU_ASSERT_EQUAL(star_allocate(1, b2, c2, 1, true, &one, NULL, over), STAR_OK);
    c2[0] = 1 + 2e-9;
    CU_ASSERT_EQUAL(star_allocate(1, b2, c2, 1, true, &one, NULL, over), STAR_E_INFEASIBLE);
    CU_ASSERT_EQUAL(star_allocate(1, b2, c2, 1, false, &one, NULL, over), STAR_E_INFEASIBLE);
}

static void allocation_edge_cases(void) /* R2, R5 */
{
    double share[2] = {7, 7};
    CU_ASSERT_EQUAL(star_allocate(0, NULL, NULL, 10, true, NULL, NULL, share), STAR_OK);
    CU_ASSERT_EQUAL(star_allocate(0, NULL, NULL, 10, false, NULL, NULL, share), STAR_OK);
    CU_ASSERT_EQUAL(share[0], 7.0);
    /* zero budget: nothing; zero and negative benefits: their min */
    double benefit[] = {5, 0}, cost[] = {1, 1}, min[] = {0.25, 0.5};
    for (int whole = 0; whole <= 1; whole++) {
        CU_ASSERT_EQUAL(star_allocate(2, benefit, cost, 0, whole, NULL, NULL, share), STAR_OK);
        CU_ASSERT(share[0] == 0.0 && share[1] == 0.0);
        CU_ASSERT_EQUAL(star_allocate(2, benefit, cost, 100, whole, NULL, NULL, share), STAR_OK);
        CU_ASSERT(share[0] == 1.0 && share[1] == 0.0);
    }
    CU_ASSERT_EQUAL(star_allocate(2, benefit, cost, 100, false, min, NULL, share), STAR_OK);
    CU_ASSERT(share[0] == 1.0 && share[1] == 0.5);
}

static void allocation_checks_name_the_row(void) /* R1, R8 */
{
    double b[] = {1, 2, 3}, c[] = {1, 1, 1}, share[3];
    double min[] = {0, 0.5, 0}, max[] = {1, 0.4, 1};
    star_where where = {.row = 99};
    CU_ASSERT_EQUAL(star_allocate_check(3, b, c, 5, false, min, max, &where), STAR_E_BOUNDS);
    ASSERT_WHERE(where, 1, "min");
    CU_ASSERT_EQUAL(star_allocate(3, b, c, 5, false, min, max, share), STAR_E_BOUNDS);
    /* whole: bounds must be 0 or 1 */
    double half[] = {0, 0, 0.5};
    CU_ASSERT_EQUAL(star_allocate_check(3, b, c, 5, true, NULL, half, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 2, "max");
    CU_ASSERT_EQUAL(star_allocate_check(3, b, c, 5, false, NULL, half, &where), STAR_OK);
    CU_ASSERT_EQUAL(star_allocate_check(3, b, c, 5, true, half, NULL, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 2, "min");
    /* bad cost, bad benefit, bad share */
    double c_bad[] = {1, 1, -1}, b_bad[] = {1, INFINITY, 1}, max_bad[] = {1.5, 1, 1};
    CU_ASSERT_EQUAL(star_allocate_check(3, b, c_bad, 5, false, NULL, NULL, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 2, "cost");
    CU_ASSERT_EQUAL(star_allocate_check(3, b_bad, c_bad, 5, false, NULL, NULL, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "benefit");
    CU_ASSERT_EQUAL(star_allocate_check(3, b, c, 5, false, NULL, max_bad, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 0, "max");
    /* budget and mandatory spend are not in a row */
    CU_ASSERT_EQUAL(star_allocate_check(3, b, c, -1, false, NULL, NULL, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, STAR_NO_ROW, "budget");
    CU_ASSERT_EQUAL(star_allocate(3, b, c, NAN, false, NULL, NULL, share), STAR_E_DOMAIN);
    double all[] = {1, 1, 1};
    CU_ASSERT_EQUAL(star_allocate_check(3, b, c, 2.5, true, all, NULL, &where), STAR_E_INFEASIBLE);
    ASSERT_WHERE(where, STAR_NO_ROW, "budget");
    CU_ASSERT_EQUAL(star_allocate(3, b, c, 2.5, true, all, NULL, share), STAR_E_INFEASIBLE);
    where.row = 42;
    CU_ASSERT_EQUAL(star_allocate_check(3, b, c, 3, true, all, NULL, &where), STAR_OK);
    CU_ASSERT_EQUAL(where.row, 42);
}

/* ---- STAR.ALLOCATE against enumeration of every subset ------------------ */

enum { MAX_ROWS = 20 };

typedef struct instance {
    size_t n;
    double benefit[MAX_ROWS], cost[MAX_ROWS], min[MAX_ROWS], max[MAX_ROWS], budget;
} instance;

/* The definition, computed the slow way: among allocations that fund the
   mandatory rows, no excluded row and no row without benefit, and fit
   budget*(1 + 1e-9), the greatest share vector whose benefit is within
   1e-10 of the benefit at stake of the best. Row 0 is the highest bit, so
   that the greatest mask is the lexicographically greatest vector. *ties
   counts the allocations as good as the best. */
static star_status enumerate(const instance *p, double *value, double *spend, double *share,
                             int *ties)
{
    size_t n = p->n, masks = (size_t)1 << n;
    double cap = p->budget + p->budget * 1e-9, mandatory = 0, stake = 0;
    size_t must = 0, never = 0;
    for (size_t i = 0; i < n; i++) {
        size_t bit = (size_t)1 << (n - 1 - i);
        mandatory += p->min[i] * p->cost[i];
        if (p->min[i] == 1)
            must |= bit;
        else if (p->max[i] == 0 || p->benefit[i] <= 0)
            never |= bit;
        else
            stake += p->benefit[i];
    }
    if (mandatory > cap)
        return STAR_E_INFEASIBLE;
    /* each subset's sums from the subset without its lowest bit */
    value[0] = spend[0] = 0;
    for (size_t mask = 1; mask < masks; mask++) {
        size_t low = mask & (~mask + 1), i = 0;
        while (((size_t)1 << (n - 1 - i)) != low)
            i++;
        value[mask] = value[mask ^ low] + p->benefit[i];
        spend[mask] = spend[mask ^ low] + p->cost[i];
    }
    double best = -INFINITY;
    for (size_t mask = 0; mask < masks; mask++)
        if ((mask & must) == must && !(mask & never) && spend[mask] <= cap && value[mask] > best)
            best = value[mask];
    *ties = 0;
    for (size_t mask = 0; mask < masks; mask++)
        *ties += (mask & must) == must && !(mask & never) && spend[mask] <= cap &&
                 value[mask] >= best - 1e-10 * stake;
    for (size_t mask = masks; mask-- > 0;) {
        if ((mask & must) == must && !(mask & never) && spend[mask] <= cap &&
            value[mask] >= best - 1e-10 * stake) {
            for (size_t i = 0; i < n; i++)
                share[i] = (double)((mask >> (n - 1 - i)) & 1);
            return STAR_OK;
        }
    }
    return STAR_E_EMPTY; /* not reached: the mandatory rows alone fit */
}

/* Families of instances, several built for exact ties. */
static void make_instance(uint64_t *seed, size_t n, int family, instance *p)
{
    p->n = n;
    double total = 0;
    for (size_t i = 0; i < n; i++) {
        switch (family) {
        case 0: /* small whole numbers: ties everywhere */
            p->cost[i] = 1 + below(seed, 6);
            p->benefit[i] = below(seed, 11) - 2;
            break;
        case 1: /* pounds and pence, a few shared ratios */
            p->cost[i] = (double)(100000 + below(seed, 9900000)) / 100;
            p->benefit[i] = p->cost[i] * (double)(1 + below(seed, 4)) / 1000;
            break;
        case 2: /* duplicated rows */
            if (i > 0 && below(seed, 2)) {
                size_t j = (size_t)below(seed, (int)i);
                p->cost[i] = p->cost[j];
                p->benefit[i] = p->benefit[j];
            } else {
                p->cost[i] = 1 + below(seed, 20);
                p->benefit[i] = 1 + below(seed, 30);
            }
            break;
        default: /* real numbers */
            p->cost[i] = 0.5 + 99.5 * uniform(seed);
            p->benefit[i] = 100 * uniform(seed) - 10;
            break;
        }
        total += p->cost[i];
        int kind = below(seed, 10);
        p->min[i] = kind == 0 ? 1 : 0;  /* mandatory */
        p->max[i] = kind == 1 ? 0 : 1;  /* excluded */
    }
    switch (below(seed, 4)) {
    case 0: { /* exactly the cost of some rows: the budget constraint binds */
        p->budget = 0;
        for (size_t i = 0; i < n; i++)
            if (below(seed, 2))
                p->budget += p->cost[i];
        break;
    }
    case 1:
        p->budget = family == 0 ? below(seed, (int)total + 1) : total * uniform(seed);
        break;
    default:
        p->budget = total * (0.2 + 0.4 * uniform(seed));
        break;
    }
}

static void run_against_enumeration(uint64_t seed, int instances, size_t min_n, size_t max_n)
{
    size_t masks = (size_t)1 << max_n;
    double *value = malloc(masks * sizeof *value), *spend = malloc(masks * sizeof *spend);
    CU_ASSERT_PTR_NOT_NULL_FATAL(value);
    CU_ASSERT_PTR_NOT_NULL_FATAL(spend);
    int mismatches = 0, infeasible = 0, ties = 0;
    for (int k = 0; k < instances; k++) {
        instance p;
        size_t n = min_n + (size_t)below(&seed, (int)(max_n - min_n + 1));
        make_instance(&seed, n, k % 4, &p);
        double want[MAX_ROWS], got[MAX_ROWS];
        int equal = 0;
        star_status expected = enumerate(&p, value, spend, want, &equal);
        star_status status = star_allocate(n, p.benefit, p.cost, p.budget, true, p.min, p.max, got);
        CU_ASSERT_EQUAL(status, expected);
        if (status != expected)
            continue;
        if (expected) {
            infeasible++;
            continue;
        }
        bool same = true;
        for (size_t i = 0; i < n; i++)
            same = same && got[i] == want[i];
        mismatches += !same;
        ties += equal > 1; /* the tie rule decided */
    }
    CU_ASSERT_EQUAL(mismatches, 0);
    CU_ASSERT(infeasible > 0 || instances < 50);
    CU_ASSERT(ties > 0);
    free(value);
    free(spend);
}

static void whole_matches_enumeration_small(void) /* R5, R6, R8 */
{
    run_against_enumeration(2024, 4000, 1, 12);
}

static void whole_matches_enumeration_large(void) /* R5, R6 */
{
    run_against_enumeration(99, 24, 17, 20);
}

/* ---- Continuous: the conditions of the fractional optimum --------------- */

/* Optimal and lexicographically greatest exactly when: shares within
   bounds; rows without benefit at their min; spend = budget, or every row
   with benefit at its max; no money could move from a row to one with a
   better ratio, or to an earlier row with the same ratio. */
static void continuous_meets_optimality_conditions(void) /* R3, R4, R5 */
{
    uint64_t seed = 31;
    int failures = 0;
    for (int k = 0; k < 2000; k++) {
        instance p;
        size_t n = 1 + (size_t)below(&seed, MAX_ROWS);
        make_instance(&seed, n, k % 4, &p);
        for (size_t i = 0; i < n; i++) { /* fractional bounds */
            double a = below(&seed, 3) ? 0 : uniform(&seed), b = below(&seed, 3) ? 1 : uniform(&seed);
            p.min[i] = fmin(a, b);
            p.max[i] = fmax(a, b);
        }
        double share[MAX_ROWS], mandatory = 0, spend = 0;
        for (size_t i = 0; i < n; i++)
            mandatory += p.min[i] * p.cost[i];
        star_status status = star_allocate(n, p.benefit, p.cost, p.budget, false, p.min, p.max, share);
        if (mandatory > p.budget * (1 + 1e-9)) {
            failures += status != STAR_E_INFEASIBLE;
            continue;
        }
        if (status != STAR_OK) {
            failures++;
            continue;
        }
        bool ok = true, all_full = true;
        for (size_t i = 0; i < n; i++) {
            spend += share[i] * p.cost[i];
            ok = ok && share[i] >= p.min[i] && share[i] <= p.max[i];
            if (p.benefit[i] <= 0)
                ok = ok && share[i] == p.min[i];
            else
                all_full = all_full && share[i] == p.max[i];
        }
        double scale = fmax(p.budget, 1);
        ok = ok && spend <= p.budget + 1e-9 * scale;
        ok = ok && (all_full || fabs(spend - fmax(p.budget, mandatory)) <= 1e-9 * scale);
        for (size_t i = 0; i < n; i++) {
            if (p.benefit[i] <= 0 || share[i] >= p.max[i])
                continue; /* i could take more */
            for (size_t j = 0; j < n; j++) {
                if (j == i || share[j] <= p.min[j] || p.benefit[j] <= 0)
                    continue; /* j could give */
                double ri = p.benefit[i] / p.cost[i], rj = p.benefit[j] / p.cost[j];
                ok = ok && !(ri > rj) && !(ri == rj && i < j);
            }
        }
        failures += !ok;
    }
    CU_ASSERT_EQUAL(failures, 0);
}

/* ---- Whole: larger problems, limits ------------------------------------- */

static void identical_rows_are_solved_at_once(void) /* R6 */
{
    /* 200 identical rows: without symmetry breaking, C(200, 100) leaves */
    enum { N = 200 };
    double benefit[N], cost[N], share[N];
    for (int i = 0; i < N; i++) {
        benefit[i] = 3;
        cost[i] = 2;
    }
    CU_ASSERT_EQUAL_FATAL(star_allocate(N, benefit, cost, 201, true, NULL, NULL, share), STAR_OK);
    for (int i = 0; i < N; i++)
        CU_ASSERT_EQUAL(share[i], i < 100 ? 1.0 : 0.0);
}

/* A realistic problem: costs in pounds, benefits loosely following cost. */
static void make_realistic(uint64_t *seed, size_t n, double *benefit, double *cost,
                           double *budget)
{
    double total = 0;
    for (size_t i = 0; i < n; i++) {
        cost[i] = nearbyint(exp(log(5000) + 4.6 * uniform(seed)) * 100) / 100;
        benefit[i] = cost[i] / 1000 * exp(2 * uniform(seed) - 1) * (0.5 + uniform(seed));
        total += cost[i];
    }
    *budget = 0.4 * total;
}

/* Greedy <= optimum <= LP bound, and no single row can be added. */
static void large_problems_are_solved(void) /* R6 */
{
    static const size_t sizes[] = {500, 2000};
    uint64_t seed = 5;
    for (size_t s = 0; s < 2; s++) {
        size_t n = sizes[s];
        double *benefit = malloc(n * sizeof *benefit), *cost = malloc(n * sizeof *cost);
        double *share = malloc(n * sizeof *share), *lp = malloc(n * sizeof *lp), budget;
        CU_ASSERT_FATAL(benefit && cost && share && lp);
        make_realistic(&seed, n, benefit, cost, &budget);
        CU_ASSERT_EQUAL_FATAL(star_allocate(n, benefit, cost, budget, true, NULL, NULL, share), STAR_OK);
        CU_ASSERT_EQUAL_FATAL(star_allocate(n, benefit, cost, budget, false, NULL, NULL, lp), STAR_OK);
        double value = 0, spend = 0, bound = 0, greedy = 0, left = budget;
        for (size_t i = 0; i < n; i++) {
            CU_ASSERT(share[i] == 0.0 || share[i] == 1.0);
            value += share[i] * benefit[i];
            spend += share[i] * cost[i];
            bound += lp[i] * benefit[i];
            if (lp[i] == 1.0 && cost[i] <= left) { /* the LP's whole rows fit together */
                greedy += benefit[i];
                left -= cost[i];
            }
        }
        CU_ASSERT(spend <= budget * (1 + 1e-9));
        CU_ASSERT(value <= bound * (1 + 1e-12));
        CU_ASSERT(value >= greedy);
        for (size_t i = 0; i < n; i++)
            CU_ASSERT(share[i] == 1.0 || spend + cost[i] > budget * (1 + 1e-9));
        free(benefit);
        free(cost);
        free(share);
        free(lp);
    }
}

/* Weakly correlated rows (benefit = cost x 1..1.1) crowd the critical ratio,
   where depth-first branch and bound stalls. With whole-pound costs the
   classic dynamic programme over spend, best[s] = the most benefit for
   spend <= s, gives the optimum independently. */
static void crowded_ratios_match_dynamic_programming(void) /* R6 */
{
    enum { N = 300 };
    uint64_t seed = 17;
    for (int k = 0; k < 2; k++) {
        double benefit[N], cost[N], share[N], total = 0;
        for (int i = 0; i < N; i++) {
            cost[i] = 100 + below(&seed, 901);
            benefit[i] = cost[i] * (1 + 0.1 * uniform(&seed));
            total += cost[i];
        }
        size_t budget = (size_t)(0.4 * total);
        double *best = calloc(budget + 1, sizeof *best);
        CU_ASSERT_PTR_NOT_NULL_FATAL(best);
        for (int i = 0; i < N; i++)
            for (size_t s = budget; s >= (size_t)cost[i]; s--)
                best[s] = fmax(best[s], best[s - (size_t)cost[i]] + benefit[i]);
        CU_ASSERT_EQUAL_FATAL(star_allocate(N, benefit, cost, (double)budget, true, NULL, NULL,
                                            share), STAR_OK);
        double value = 0, spend = 0;
        for (int i = 0; i < N; i++) {
            value += share[i] * benefit[i];
            spend += share[i] * cost[i];
        }
        CU_ASSERT(spend <= (double)budget);
        CU_ASSERT_DOUBLE_EQUAL(value, best[budget], 1e-9 * best[budget]);
        free(best);
    }
}

static void node_limit_gives_no_convergence(void) /* R7 */
{
    /* subset sum in disguise: every ratio 1, costs real numbers */
    enum { N = 60 };
    double benefit[N], cost[N], share[N], total = 0;
    uint64_t seed = 11;
    for (int i = 0; i < N; i++) {
        cost[i] = benefit[i] = 1000 + 1000 * uniform(&seed);
        total += cost[i];
    }
    star_allocator *a = star_allocator_new(N);
    CU_ASSERT_PTR_NOT_NULL_FATAL(a);
    star_allocator_set_node_limit(a, 1000);
    CU_ASSERT_EQUAL(star_allocate_using(a, N, benefit, cost, total / 2, true, NULL, NULL, share),
                    STAR_E_NO_CONVERGENCE);
    /* the continuous problem has no search, and an easy one fits the limit */
    CU_ASSERT_EQUAL(star_allocate_using(a, N, benefit, cost, total / 2, false, NULL, NULL, share),
                    STAR_OK);
    double b3[] = {60, 100, 120}, c3[] = {10, 20, 30};
    CU_ASSERT_EQUAL(star_allocate_using(a, 3, b3, c3, 50, true, NULL, NULL, share), STAR_OK);
    CU_ASSERT_EQUAL(star_allocate_using(a, N + 1, benefit, cost, 1, true, NULL, NULL, share),
                    STAR_E_SIZE);
    star_allocator_free(a);
    star_allocator_free(NULL);
}

/* ---- STAR.REALLOCATE and STAR.GAIN ------------------------------------- */

static void reallocate_by_hand(void) /* R9 */
{
    /* rates 1, 3, 2, 0.5. Row 3 gives 40 (to its low 10), row 0 gives 20:
       row 1 takes 30 (to its high), row 2 the other 30. */
    double benefit[] = {10, 30, 20, 5}, cost[] = {10, 10, 10, 10};
    double spend[] = {50, 50, 50, 50}, low[] = {30, 0, 0, 10}, high[] = {100, 80, 100, 60};
    double out[4], want[] = {30, 80, 80, 10};
    CU_ASSERT_EQUAL(star_reallocate(4, benefit, cost, spend, low, high, INFINITY, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 4, 0);
    /* gain: 30*3 + 30*2 - 20*1 - 40*0.5 = 110 */
    double gain;
    CU_ASSERT_EQUAL(star_gain(4, benefit, cost, out, spend, &gain), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(gain, 110, 1e-12);
    /* at most 35 moves: row 3 gives 35 to row 1 (30) and row 2 (5) */
    double want35[] = {50, 80, 55, 15};
    CU_ASSERT_EQUAL(star_reallocate(4, benefit, cost, spend, low, high, 35, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want35, 4, 0);
    CU_ASSERT_EQUAL(star_reallocate(4, benefit, cost, spend, low, high, 0, out), STAR_OK);
    ASSERT_ALL_NEAR(out, spend, 4, 0);
}

static void reallocate_equal_rates(void) /* R3, R9 */
{
    /* rates 1, 2, 2, 1, 1: givers rows 0, 3, 4 (rate 1, in row order);
       takers rows 1, 2 (rate 2, in row order); amount 25 */
    double benefit[] = {10, 20, 20, 10, 10}, cost[] = {10, 10, 10, 10, 10};
    double spend[] = {10, 10, 10, 10, 10}, low[] = {0, 0, 0, 0, 0};
    double high[] = {50, 30, 30, 50, 50}, out[5];
    double want[] = {0, 30, 15, 0, 5};
    CU_ASSERT_EQUAL(star_reallocate(5, benefit, cost, spend, low, high, 25, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 5, 0);
    /* all rates equal: nothing moves */
    double same[] = {10, 10, 10, 10, 10};
    CU_ASSERT_EQUAL(star_reallocate(5, same, cost, spend, low, high, INFINITY, out), STAR_OK);
    ASSERT_ALL_NEAR(out, spend, 5, 0);
}

static void reallocate_keeps_the_total(void) /* R9 */
{
    uint64_t seed = 3;
    enum { N = 30 };
    for (int k = 0; k < 200; k++) {
        double benefit[N], cost[N], spend[N], low[N], high[N], out[N];
        double before = 0, after = 0, value_before = 0, value_after = 0, moved = 0;
        double amount = k % 3 ? INFINITY : 500 * uniform(&seed);
        for (int i = 0; i < N; i++) {
            cost[i] = 1 + 9 * uniform(&seed);
            benefit[i] = below(&seed, 5) * cost[i] * uniform(&seed);
            spend[i] = 100 * uniform(&seed);
            low[i] = spend[i] * uniform(&seed);
            high[i] = spend[i] + 50 * uniform(&seed);
        }
        CU_ASSERT_EQUAL_FATAL(star_reallocate(N, benefit, cost, spend, low, high, amount, out), STAR_OK);
        for (int i = 0; i < N; i++) {
            CU_ASSERT(out[i] >= low[i] && out[i] <= high[i]);
            before += spend[i];
            after += out[i];
            value_before += spend[i] * benefit[i] / cost[i];
            value_after += out[i] * benefit[i] / cost[i];
            moved += fmax(out[i] - spend[i], 0);
        }
        CU_ASSERT_DOUBLE_EQUAL(after, before, 1e-9);
        CU_ASSERT(value_after >= value_before - 1e-9);
        CU_ASSERT(moved <= amount + 1e-9);
        /* with no limit, no money can still move up in rate */
        if (amount == INFINITY)
            for (int i = 0; i < N; i++)
                for (int j = 0; j < N; j++)
                    CU_ASSERT(!(out[i] < high[i] && out[j] > low[j] &&
                                benefit[i] / cost[i] > benefit[j] / cost[j]));
    }
}

/* Found by fuzzing: a row filled by many partial moves summed past its
   upper limit by rounding (70 + 0.47... + 0.2 ... > 70.67...). */
static void reallocate_partial_moves_stay_within_limits(void) /* R9 */
{
    const double r = 0.6705882352941176;
    double benefit[] = {r, r, r, r, r, r};
    double cost[] = {r, r, 0.44705882352941179, r, r, r};
    double spend[] = {r, r, 70, 0.2, 1e15, 201};
    double low[] = {0.47058823529411759, 0.47058823529411759, 69.8, 0, 999999999999999.38, 200.9};
    double high[] = {1.3411764705882352, 1.3411764705882352, 70.670588235294119, 0.87058823529411766,
                     1000000000000000.6, 201.6705882352941};
    double out[6];
    CU_ASSERT_EQUAL_FATAL(star_reallocate(6, benefit, cost, spend, low, high, r, out), STAR_OK);
    for (int i = 0; i < 6; i++)
        CU_ASSERT(out[i] >= low[i] && out[i] <= high[i]);
    /* Row 3 has the highest rate and takes everything that moves, r in all. */
    CU_ASSERT_DOUBLE_EQUAL(out[2], 70 + r, 1e-12);
}

static void reallocate_checks_name_the_row(void) /* R1, R8 */
{
    double b[] = {1, 1}, c[] = {1, 1}, spend[] = {5, 5}, low[] = {0, 6}, high[] = {10, 10}, out[2];
    star_where where = {.row = 99};
    CU_ASSERT_EQUAL(star_reallocate_check(2, b, c, spend, low, high, INFINITY, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "spend");
    CU_ASSERT_EQUAL(star_reallocate(2, b, c, spend, low, high, INFINITY, out), STAR_E_DOMAIN);
    double low2[] = {0, 11};
    CU_ASSERT_EQUAL(star_reallocate_check(2, b, c, spend, low2, high, INFINITY, &where), STAR_E_BOUNDS);
    ASSERT_WHERE(where, 1, "low");
    double low3[] = {0, 0}, c0[] = {0, 1};
    CU_ASSERT_EQUAL(star_reallocate_check(2, b, c0, spend, low3, high, INFINITY, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 0, "cost");
    CU_ASSERT_EQUAL(star_reallocate_check(2, b, c, spend, low3, high, -1, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, STAR_NO_ROW, "amount");
    CU_ASSERT_EQUAL(star_reallocate(2, b, c, spend, low3, high, NAN, out), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_reallocate(0, NULL, NULL, NULL, NULL, NULL, INFINITY, NULL), STAR_OK);
}

static void gain_by_hand(void)
{
    /* (150-100)*2/1 + (0-20)*9/3 + (7-7)*5/5 = 100 - 60 = 40 */
    double benefit[] = {2, 9, 5}, cost[] = {1, 3, 5}, new_spend[] = {150, 0, 7}, old[] = {100, 20, 7};
    double gain = 0;
    star_where where;
    CU_ASSERT_EQUAL(star_gain(3, benefit, cost, new_spend, old, &gain), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(gain, 40, 1e-12);
    CU_ASSERT_EQUAL(star_gain(0, NULL, NULL, NULL, NULL, &gain), STAR_OK);
    CU_ASSERT_EQUAL(gain, 0.0);
    old[2] = NAN;
    CU_ASSERT_EQUAL(star_gain(3, benefit, cost, new_spend, old, &gain), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(star_gain_check(3, benefit, cost, new_spend, old, &where), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 2, "old_spend");
    double huge[] = {1e308, 1e308, 0}, tiny[] = {1e-300, 1, 1};
    old[2] = 7;
    CU_ASSERT_EQUAL(star_gain(3, huge, tiny, new_spend, old, &gain), STAR_E_NONFINITE);
}

/* Value for money ordered by the exact ratios where benefit/cost overflows
   (both 5e317 and 1e318 are beyond doubles), and whole allocations whose
   sums overflow. */
static void magnitudes_do_not_decide(void) /* R12 */
{
    double benefit[] = {5e307, 1e308}, cost[] = {1e-10, 1e-10}, share[3], xy[6];
    /* The second has the better ratio: the curve takes it first. */
    CU_ASSERT_EQUAL_FATAL(star_curve(2, benefit, cost, xy), STAR_OK);
    double want_xy[] = {0, 0, 1e-10, 1e308, 2e-10, 1.5e308};
    for (int i = 0; i < 6; i++)
        CU_ASSERT_DOUBLE_EQUAL(xy[i], want_xy[i], fabs(want_xy[i]) * 1e-15);
    /* The budget buys one of them: the better. */
    CU_ASSERT_EQUAL_FATAL(star_allocate(2, benefit, cost, 1e-10, false, NULL, NULL, share), STAR_OK);
    CU_ASSERT_EQUAL(share[0], 0.0);
    CU_ASSERT_EQUAL(share[1], 1.0);
    /* Money moves from the worse rate to the better. */
    double spend[] = {10, 10}, low[] = {0, 0}, high[] = {20, 20}, now[2];
    CU_ASSERT_EQUAL_FATAL(star_reallocate(2, benefit, cost, spend, low, high, INFINITY, now), STAR_OK);
    CU_ASSERT_EQUAL(now[0], 0.0);
    CU_ASSERT_EQUAL(now[1], 20.0);
    /* STAR.ALLOCATE({1E308|1E308|1E308};{1|1|1};2;TRUE()): two fit, the
       earlier rows win the tie; the benefit at stake, 3e308, overflows. */
    double huge[] = {1e308, 1e308, 1e308}, ones[] = {1, 1, 1};
    CU_ASSERT_EQUAL_FATAL(star_allocate(3, huge, ones, 2, true, NULL, NULL, share), STAR_OK);
    CU_ASSERT_EQUAL(share[0], 1.0);
    CU_ASSERT_EQUAL(share[1], 1.0);
    CU_ASSERT_EQUAL(share[2], 0.0);
    /* Costs near DBL_MAX, whose sum overflows: ten rows at 1 and three at
       DBL_MAX, budget DBL_MAX. All ten cheap rows and one dear one fit
       (DBL_MAX + 10 is within the budget's tolerance), the earliest. */
    double b13[13], c13[13], s13[13];
    for (int i = 0; i < 13; i++) {
        b13[i] = 1;
        c13[i] = i < 10 ? 1 : DBL_MAX;
    }
    CU_ASSERT_EQUAL_FATAL(star_allocate(13, b13, c13, DBL_MAX, true, NULL, NULL, s13), STAR_OK);
    for (int i = 0; i < 13; i++)
        CU_ASSERT_EQUAL(s13[i], i <= 10 ? 1.0 : 0.0);
    /* 1e308 + 1e308 - 1e308 = 1e308, though the sum overflows on the way. */
    double new_spend[] = {1, 1, 0}, old_spend[] = {0, 0, 1}, gain = 0;
    CU_ASSERT_EQUAL_FATAL(star_gain(3, huge, ones, new_spend, old_spend, &gain), STAR_OK);
    CU_ASSERT_DOUBLE_EQUAL(gain, 1e308, 1e308 * 1e-15);
}

CU_TestInfo allocation_tests[] = {
    {"curve by hand", curve_by_hand},
    {"magnitudes do not decide", magnitudes_do_not_decide},
    {"curve of nothing is the origin", curve_of_nothing_is_the_origin},
    {"curve keeps negative benefits last", curve_keeps_negative_benefits_last},
    {"curve rejects bad values", curve_rejects_bad_values},
    {"triangles by hand", triangles_by_hand},
    {"triangles sit on the curve", triangles_sit_on_the_curve},
    {"greedy order is not the optimum", greedy_order_is_not_the_optimum},
    {"continuous is the fractional optimum", continuous_is_the_fractional_optimum},
    {"continuous respects min and max", continuous_respects_min_and_max},
    {"continuous ties fund earlier rows first", continuous_ties_fund_earlier_rows_first},
    {"whole ties fund earlier rows first", whole_ties_fund_earlier_rows_first},
    {"whole: mandatory and excluded rows", whole_mandatory_and_excluded},
    {"budget tolerance is relative 1e-9", budget_tolerance_is_relative},
    {"allocation edge cases", allocation_edge_cases},
    {"allocation checks name the row", allocation_checks_name_the_row},
    {"whole matches enumeration, 4000 problems of 1-12 rows", whole_matches_enumeration_small},
    {"whole matches enumeration, 24 problems of 17-20 rows", whole_matches_enumeration_large},
    {"continuous meets the optimality conditions", continuous_meets_optimality_conditions},
    {"identical rows are solved at once", identical_rows_are_solved_at_once},
    {"large problems are solved", large_problems_are_solved},
    {"crowded ratios match dynamic programming", crowded_ratios_match_dynamic_programming},
    {"node limit gives no convergence", node_limit_gives_no_convergence},
    {"reallocate by hand", reallocate_by_hand},
    {"reallocate: equal rates", reallocate_equal_rates},
    {"reallocate keeps the total", reallocate_keeps_the_total},
    {"reallocate partial moves stay within limits", reallocate_partial_moves_stay_within_limits},
    {"reallocate checks name the row", reallocate_checks_name_the_row},
    {"gain by hand", gain_by_hand},
    CU_TEST_INFO_NULL,
};
