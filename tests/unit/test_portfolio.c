/* SPDX-License-Identifier: MPL-2.0 */
/* STAR.FUNDSTABILITY and STAR.SMAA against cases worked by hand and brute
   force: every allocation (whole: every subset; continuous: every vertex of
   the budget's polytope) along the moving share, and an independent Monte
   Carlo of the SMAA model (its own sampler, generator, scores, allocations
   and ranks). The requirements cited are those listed in
   addin/core/portfolio.c. */
#include "unit.h"
#include "star_core.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_N = 12, MAX_K = 4 };

typedef struct problem {
    size_t n, k;
    double scores[MAX_N * MAX_K], weights[MAX_K], multiplier[MAX_N], cost[MAX_N], budget;
    bool whole;
} problem;

static uint64_t state = 0x243f6a8885a308d3u;

static double uniform(void)
{
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return ((double)((state * 0x2545f4914f6cdd1du) >> 11) + 0.5) * 0x1.0p-53;
}

static size_t below(size_t n)
{
    return (size_t)(uniform() * (double)n);
}

static void random_problem(problem *p, size_t n, size_t k, bool whole)
{
    *p = (problem){.n = n, .k = k, .whole = whole};
    double total = 0.0;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < k; j++)
            p->scores[i * k + j] = 10 * uniform();
        p->multiplier[i] = 50 + 500 * uniform();
        p->cost[i] = 1000 + 9000 * uniform();
        total += p->cost[i];
    }
    for (size_t j = 0; j < k; j++)
        p->weights[j] = below(6) == 0 ? 0.0 : 1 + 99 * uniform();
    if (below(8) == 0) /* all the weight on one criterion */
        for (size_t j = 1; j < k; j++)
            p->weights[j] = 0.0;
    if (p->weights[0] == 0.0)
        p->weights[0] = 10;
    p->budget = total * (0.15 + 0.7 * uniform());
}

/* ---- FUNDSTABILITY by brute force -------------------------------------- */

/* Benefit of row i with criterion j at share t, by the formula itself:
   multiplier x (t x score_j + (1 - t) x the others' weighted mean). */
static double benefit_at(const problem *p, size_t i, size_t j, double t)
{
    double others = 0.0, rest = 0.0, plain = 0.0;
    for (size_t l = 0; l < p->k; l++) {
        if (l == j)
            continue;
        others += p->weights[l];
        rest += p->weights[l] * p->scores[i * p->k + l];
        plain += p->scores[i * p->k + l];
    }
    rest = others > 0 ? rest / others : plain / (double)(p->k - 1);
    return p->multiplier[i] * (t * p->scores[i * p->k + j] + (1 - t) * rest);
}

/* Every candidate answer: whole, every subset within the budget; continuous,
   every vertex of {0 <= x <= 1, cost.x <= budget}. Returns the count;
   x holds them, MAX_N values each. */
static size_t candidates(const problem *p, double *x)
{
    size_t count = 0, n = p->n;
    double cap = p->budget * (1 + 1e-9);
    for (uint32_t mask = 0; mask < (1u << n); mask++) {
        double spend = 0.0;
        for (size_t i = 0; i < n; i++)
            spend += mask >> i & 1 ? p->cost[i] : 0.0;
        if (spend > cap)
            continue;
        for (size_t f = 0; f <= n; f++) {
            /* f = n: the subset alone; else f topped up to the budget */
            if (f < n && (mask >> f & 1 || p->whole || spend + p->cost[f] <= p->budget))
                continue;
            double *v = x + count++ * MAX_N;
            for (size_t i = 0; i < n; i++)
                v[i] = mask >> i & 1 ? 1.0 : 0.0;
            if (f < n)
                v[f] = (p->budget - spend) / p->cost[f];
        }
    }
    return count;
}

static void brute_force_ends(const problem *p, size_t j, const double *x, size_t count,
                             double *lower, double *upper)
{
    size_t n = p->n;
    double at0[MAX_N], at1[MAX_N], total = 0.0;
    for (size_t l = 0; l < p->k; l++)
        total += p->weights[l];
    double t0 = p->weights[j] / total;
    for (size_t i = 0; i < n; i++) {
        at0[i] = benefit_at(p, i, j, 0);
        at1[i] = benefit_at(p, i, j, 1);
    }
    /* the best answer now */
    size_t best = 0;
    double best_value = -INFINITY, stake = 0.0;
    for (size_t c = 0; c < count; c++) {
        double v = 0.0;
        for (size_t i = 0; i < n; i++)
            v += x[c * MAX_N + i] * ((1 - t0) * at0[i] + t0 * at1[i]);
        if (v > best_value)
            best_value = v, best = c;
    }
    for (size_t i = 0; i < n; i++)
        stake += at0[i] + at1[i];
    *lower = 0.0;
    *upper = 1.0;
    const double *x0 = x + best * MAX_N;
    for (size_t c = 0; c < count; c++) {
        double a = 0.0, b = 0.0;
        for (size_t i = 0; i < n; i++) {
            a += (x[c * MAX_N + i] - x0[i]) * at0[i];
            b += (x[c * MAX_N + i] - x0[i]) * at1[i];
        }
        /* its lead over today's answer is (1 - t) a + t b */
        if (b - a > 1e-9 * stake)
            *upper = fmin(*upper, a / (a - b));
        else if (b - a < -1e-9 * stake)
            *lower = fmax(*lower, a / (a - b));
    }
}

static void fundstability_by_hand(void) /* R2, R3 */
{
    /* A = (8, 2), B = (2, 6), weights 1:1, one of them affordable. With share
       t of criterion 1: A = 2 + 6t, B = 6 - 4t, A funded while t >= 0.4;
       with share s of criterion 2: A = 8 - 6s, B = 2 + 4s, A while s <= 0.6.
       At the crossing itself A keeps it (ties fund the earlier row). */
    double scores[] = {8, 2, 2, 6}, weights[] = {1, 1}, multiplier[] = {1, 1}, cost[] = {1, 1};
    double out[4], want[] = {0.4, 1, 0, 0.6};
    for (int whole = 0; whole < 2; whole++) {
        CU_ASSERT_EQUAL(star_fundstability(2, 2, scores, weights, multiplier, cost, 1, whole, NULL, NULL, out),
                        STAR_OK);
        ASSERT_ALL_NEAR(out, want, 4, 1e-15);
    }
    /* on a 0-10 scale (values 0-100) the answer is the same */
    double low[] = {0, 0}, high[] = {10, 10};
    CU_ASSERT_EQUAL(star_fundstability(2, 2, scores, weights, multiplier, cost, 1, true, low, high, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want, 4, 1e-15);
    /* a multiplier of 3 for B: B = 3(6 - 4t) ahead now, A from t = 16/18 */
    double tripled[] = {1, 3}, want_tripled[] = {0, 8.0 / 9};
    CU_ASSERT_EQUAL(star_fundstability(2, 2, scores, weights, tripled, cost, 1, true, NULL, NULL, out), STAR_OK);
    ASSERT_ALL_NEAR(out, want_tripled, 2, 1e-15);
}

static void fundstability_edges(void) /* R4 */
{
    double scores[] = {8, 2, 4, 2, 6, 4}, multiplier[] = {1, 1}, cost[] = {1, 1}, out[6];
    /* weights (1, 0, 0): criterion 1 has it all. Moving it down, the other
       two rise equally: A = 3 + 5t, B = 5 - 3t, equal at t = 0.25.
       Criterion 2 from 0: A = 8 - 6s, B = 2 + 4s, equal at 0.6; criterion
       3: A = 8 - 4s, B = 2 + 2s, equal at s = 1 exactly. */
    double weights[] = {1, 0, 0}, want[] = {0.25, 1, 0, 0.6, 0, 1};
    CU_ASSERT_EQUAL(star_fundstability(2, 3, scores, weights, multiplier, cost, 1, true, NULL, NULL, out),
                    STAR_OK);
    ASSERT_ALL_NEAR(out, want, 6, 1e-15);
    /* money for both: nothing changes */
    double never[] = {0, 1, 0, 1, 0, 1};
    CU_ASSERT_EQUAL(star_fundstability(2, 3, scores, weights, multiplier, cost, 5, true, NULL, NULL, out),
                    STAR_OK);
    ASSERT_ALL_NEAR(out, never, 6, 0);
    /* one criterion always has all the weight */
    double one = 3;
    CU_ASSERT_EQUAL(star_fundstability(2, 1, scores, &one, multiplier, cost, 1, true, NULL, NULL, out), STAR_OK);
    CU_ASSERT_EQUAL(out[0], 1.0);
    CU_ASSERT_EQUAL(out[1], 1.0);
}

static void fundstability_matches_every_allocation(void) /* R3, R4 */
{
    double *x = malloc(sizeof(double) * MAX_N * (MAX_N + 1) * (1u << MAX_N));
    problem p;
    int checked = 0, inside = 0;
    for (int trial = 0; trial < 240; trial++) {
        bool whole = trial % 2 == 0;
        random_problem(&p, 1 + below(MAX_N), 2 + below(MAX_K - 1), whole);
        double out[2 * MAX_K];
        CU_ASSERT_EQUAL_FATAL(star_fundstability(p.n, p.k, p.scores, p.weights, p.multiplier, p.cost, p.budget,
                                                 whole, NULL, NULL, out), STAR_OK);
        size_t count = candidates(&p, x);
        for (size_t j = 0; j < p.k; j++) {
            double lower, upper;
            brute_force_ends(&p, j, x, count, &lower, &upper);
            CU_ASSERT_DOUBLE_EQUAL(out[2 * j], lower, 1e-9);
            CU_ASSERT_DOUBLE_EQUAL(out[2 * j + 1], upper, 1e-9);
            checked++;
            inside += lower > 0 || upper < 1;
        }
    }
    /* the cases are not all trivial */
    CU_ASSERT(inside > checked / 2);
    free(x);
}

static void fundstability_checks_name_the_argument(void) /* R1 */
{
    double scores[] = {8, 2, 2, NAN}, weights[] = {1, 1}, multiplier[] = {1, -1}, cost[] = {1, 0}, out[4];
    star_where where;
    CU_ASSERT_EQUAL(star_fundstability_check(2, 2, scores, weights, multiplier, cost, 1, NULL, NULL, &where),
                    STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "scores");
    CU_ASSERT_EQUAL(where.column, 1);
    scores[3] = 6;
    CU_ASSERT_EQUAL(star_fundstability_check(2, 2, scores, weights, multiplier, cost, 1, NULL, NULL, &where),
                    STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "multiplier");
    multiplier[1] = 0;
    CU_ASSERT_EQUAL(star_fundstability_check(2, 2, scores, weights, multiplier, cost, 1, NULL, NULL, &where),
                    STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "cost");
    cost[1] = 1;
    CU_ASSERT_EQUAL(star_fundstability_check(2, 2, scores, weights, multiplier, cost, -1, NULL, NULL, &where),
                    STAR_E_DOMAIN);
    ASSERT_WHERE(where, STAR_NO_ROW, "budget");
    double zero[] = {0, 0}, negative[] = {1, -2}, low[] = {0, 5}, high[] = {10, 5};
    CU_ASSERT_EQUAL(star_fundstability(2, 2, scores, zero, multiplier, cost, 1, false, NULL, NULL, out),
                    STAR_E_ALL_ZERO);
    CU_ASSERT_EQUAL(star_fundstability_check(2, 2, scores, negative, multiplier, cost, 1, NULL, NULL, &where),
                    STAR_E_DOMAIN);
    ASSERT_WHERE(where, STAR_NO_ROW, "weights");
    CU_ASSERT_STRING_EQUAL(where.why, "in cell 2 must be 0 or more (-2)");
    CU_ASSERT_EQUAL(star_fundstability_check(2, 2, scores, weights, multiplier, cost, 1, low, high, &where),
                    STAR_E_SCALE);
    ASSERT_WHERE(where, STAR_NO_ROW, "low");
    CU_ASSERT_EQUAL(star_fundstability(0, 2, scores, weights, multiplier, cost, 1, false, NULL, NULL, out),
                    STAR_E_EMPTY);
    CU_ASSERT_EQUAL(star_fundstability(2, 2, scores, weights, multiplier, cost, 1, false, NULL, NULL, out),
                    STAR_OK);
}

/* ---- SMAA against an independent Monte Carlo ---------------------------- */

/* Rejection from the simplex with exponential spacings. */
static void reference_weights(size_t k, const double *low, const double *high, double *w)
{
    double rest = 1.0;
    for (size_t j = 0; j < k; j++)
        rest -= low[j];
    for (;;) {
        double e[MAX_K], total = 0.0;
        bool inside = true;
        for (size_t j = 0; j < k; j++)
            total += e[j] = -log(uniform());
        for (size_t j = 0; j < k; j++) {
            w[j] = low[j] + rest * e[j] / total;
            inside &= w[j] <= high[j];
        }
        if (inside)
            return;
    }
}

/* The allocation by brute force (whole: the best subset, earlier rows
   first among equals) or by ratio (continuous). */
static void reference_allocation(const problem *p, const double *b, double *share)
{
    size_t n = p->n;
    if (p->whole) {
        double best = -INFINITY;
        uint32_t chosen = 0;
        for (uint32_t mask = 0; mask < (1u << n); mask++) {
            double spend = 0.0, value = 0.0;
            for (size_t i = 0; i < n; i++)
                if (mask >> i & 1) {
                    spend += p->cost[i];
                    value += b[i];
                }
            if (spend <= p->budget * (1 + 1e-9) && value > best)
                best = value, chosen = mask;
        }
        for (size_t i = 0; i < n; i++)
            share[i] = chosen >> i & 1;
        return;
    }
    double left = p->budget;
    bool used[MAX_N] = {false};
    memset(share, 0, n * sizeof *share);
    for (size_t step = 0; step < n; step++) {
        size_t top = n;
        for (size_t i = 0; i < n; i++)
            if (!used[i] && (top == n || b[i] / p->cost[i] > b[top] / p->cost[top]))
                top = i;
        used[top] = true;
        if (b[top] <= 0 || left <= 0)
            break;
        share[top] = fmin(1.0, left / p->cost[top]);
        left -= share[top] * p->cost[top];
    }
}

static void smaa_matches_an_independent_monte_carlo(void) /* R5, R6 */
{
    enum { DRAWS = 10000 };
    struct { size_t n, k; bool whole; double low[MAX_K], high[MAX_K]; } cases[] = {
        {8, 3, true, {0.2, 0.1, 0.2}, {0.5, 0.5, 0.6}},
        {10, 4, false, {0.1, 0.1, 0.2, 0.05}, {0.4, 0.3, 0.5, 0.3}},
        {6, 2, true, {0.3, 0.2}, {0.8, 0.7}},
        {9, 4, true, {0.0, 0.0, 0.0, 0.0}, {1, 1, 1, 1}},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        problem p;
        random_problem(&p, cases[c].n, cases[c].k, cases[c].whole);
        size_t n = p.n, k = p.k;
        double out[2 * MAX_N];
        CU_ASSERT_EQUAL_FATAL(star_smaa(n, k, p.scores, cases[c].low, cases[c].high, p.multiplier, p.cost,
                                        p.budget, DRAWS, (double)(1 + c), p.whole, NULL, NULL, out), STAR_OK);
        double sum[MAX_N] = {0}, squares[MAX_N] = {0}, rank[MAX_N] = {0}, rank_squares[MAX_N] = {0};
        for (int d = 0; d < DRAWS; d++) {
            double w[MAX_K], b[MAX_N], share[MAX_N], total = 0.0;
            reference_weights(k, cases[c].low, cases[c].high, w);
            for (size_t j = 0; j < k; j++)
                total += w[j];
            for (size_t i = 0; i < n; i++) {
                double s = 0.0;
                for (size_t j = 0; j < k; j++)
                    s += w[j] * p.scores[i * k + j];
                b[i] = p.multiplier[i] * s / total;
            }
            reference_allocation(&p, b, share);
            for (size_t i = 0; i < n; i++) {
                double r = 1;
                for (size_t h = 0; h < n; h++)
                    r += b[h] / p.cost[h] > b[i] / p.cost[i] || (b[h] / p.cost[h] == b[i] / p.cost[i] && h < i);
                sum[i] += share[i];
                squares[i] += share[i] * share[i];
                rank[i] += r;
                rank_squares[i] += r * r;
            }
        }
        for (size_t i = 0; i < n; i++) {
            double mean = sum[i] / DRAWS, variance = squares[i] / DRAWS - mean * mean;
            double se = sqrt(fmax(variance, 1.0 / DRAWS) * 2.0 / DRAWS);
            CU_ASSERT(fabs(out[2 * i] - mean) <= 4 * se);
            double mean_rank = rank[i] / DRAWS, rank_variance = rank_squares[i] / DRAWS - mean_rank * mean_rank;
            double rank_se = sqrt(fmax(rank_variance, 1.0 / DRAWS) * 2.0 / DRAWS);
            CU_ASSERT(fabs(out[2 * i + 1] - mean_rank) <= 4 * rank_se);
        }
    }
}

static void smaa_without_room_is_allocate(void) /* R2, R6 */
{
    problem p;
    random_problem(&p, 9, 3, true);
    for (int whole = 0; whole < 2; whole++) {
        double w[] = {0.2, 0.3, 0.5}, higher[] = {0.6, 0.6, 0.9}, benefit[MAX_N], score[MAX_N], want[MAX_N];
        double out[2 * MAX_N];
        CU_ASSERT_EQUAL_FATAL(star_score(p.n, p.k, p.scores, w, NULL, NULL, score), STAR_OK);
        for (size_t i = 0; i < p.n; i++)
            benefit[i] = p.multiplier[i] * score[i];
        CU_ASSERT_EQUAL_FATAL(star_allocate(p.n, benefit, p.cost, p.budget, whole, NULL, NULL, want), STAR_OK);
        /* low = high, and lows that already sum to 1 below higher highs */
        const double *highs[] = {w, higher};
        for (int h = 0; h < 2; h++) {
            CU_ASSERT_EQUAL_FATAL(star_smaa(p.n, p.k, p.scores, w, highs[h], p.multiplier, p.cost, p.budget, 1000,
                                            1, whole, NULL, NULL, out), STAR_OK);
            for (size_t i = 0; i < p.n; i++) {
                CU_ASSERT_EQUAL(out[2 * i], want[i]);
                double r = 1;
                for (size_t g = 0; g < p.n; g++)
                    r += benefit[g] / p.cost[g] > benefit[i] / p.cost[i];
                CU_ASSERT_EQUAL(out[2 * i + 1], r);
            }
        }
    }
}

static void smaa_sums_and_seeds(void) /* R5, R6 */
{
    problem p;
    random_problem(&p, 12, 4, true);
    double low[] = {0.1, 0.1, 0.1, 0.1}, high[] = {0.5, 0.4, 0.5, 0.4}, out[2 * MAX_N], again[2 * MAX_N];
    enum { DRAWS = 777 };
    for (int whole = 0; whole < 2; whole++) {
        CU_ASSERT_EQUAL_FATAL(star_smaa(p.n, p.k, p.scores, low, high, p.multiplier, p.cost, p.budget, DRAWS, 5,
                                        whole, NULL, NULL, out), STAR_OK);
        double ranks = 0.0, spend = 0.0;
        for (size_t i = 0; i < p.n; i++) {
            CU_ASSERT(out[2 * i] >= 0 && out[2 * i] <= 1);
            CU_ASSERT(out[2 * i + 1] >= 1 && out[2 * i + 1] <= (double)p.n);
            if (whole) {
                double count = out[2 * i] * DRAWS;
                CU_ASSERT_DOUBLE_EQUAL(count, nearbyint(count), 1e-9);
            }
            ranks += out[2 * i + 1];
            spend += out[2 * i] * p.cost[i];
        }
        CU_ASSERT_DOUBLE_EQUAL(ranks, (double)(p.n * (p.n + 1)) / 2.0, 1e-9);
        CU_ASSERT(spend <= p.budget * (1 + 1e-9));
        CU_ASSERT_EQUAL(star_smaa(p.n, p.k, p.scores, low, high, p.multiplier, p.cost, p.budget, DRAWS, 5, whole,
                                  NULL, NULL, again), STAR_OK);
        CU_ASSERT_EQUAL(memcmp(out, again, 2 * p.n * sizeof *out), 0);
        CU_ASSERT_EQUAL(star_smaa(p.n, p.k, p.scores, low, high, p.multiplier, p.cost, p.budget, DRAWS, 6, whole,
                                  NULL, NULL, again), STAR_OK);
        CU_ASSERT(memcmp(out, again, 2 * p.n * sizeof *out) != 0);
    }
}

static void smaa_checks_name_the_argument(void) /* R1 */
{
    double scores[] = {8, 2, 2, 6}, low[] = {0.2, 0.3}, high[] = {0.7, 0.8}, multiplier[] = {1, 1};
    double cost[] = {1, 1}, out[4];
    star_where where;
#define SMAA_CHECK(lo, hi, budget, draws, seed, whole) \
    star_smaa_check(2, 2, scores, lo, hi, multiplier, cost, budget, draws, seed, whole, NULL, NULL, &where)
    CU_ASSERT_EQUAL(SMAA_CHECK(low, high, 1, 100, 1, false), STAR_OK);
    CU_ASSERT_EQUAL(SMAA_CHECK(low, high, -1, 100, 1, false), STAR_E_DOMAIN);
    ASSERT_WHERE(where, STAR_NO_ROW, "budget");
    CU_ASSERT_EQUAL(SMAA_CHECK(low, high, 1, 0, 1, false), STAR_E_DOMAIN);
    ASSERT_WHERE(where, STAR_NO_ROW, "draws");
    CU_ASSERT_EQUAL(SMAA_CHECK(low, high, 1, 2.5, 1, false), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(SMAA_CHECK(low, high, 1, STAR_SMAA_MAX_DRAWS + 1, 1, false), STAR_E_DOMAIN);
    CU_ASSERT_EQUAL(SMAA_CHECK(low, high, 1, 100, 0.5, false), STAR_E_DOMAIN);
    ASSERT_WHERE(where, STAR_NO_ROW, "seed");
    double reversed[] = {0.1, 0.9};
    CU_ASSERT_EQUAL(SMAA_CHECK(reversed, high, 1, 100, 1, false), STAR_E_BOUNDS);
    ASSERT_WHERE(where, STAR_NO_ROW, "weights_low");
    CU_ASSERT_STRING_EQUAL(where.why, "in cell 2 exceed the highest weights there (0.9 > 0.8)");
    double heavy[] = {0.6, 0.5}, light[] = {0.4, 0.5};
    CU_ASSERT_EQUAL(SMAA_CHECK(heavy, high, 1, 100, 1, false), STAR_E_INFEASIBLE);
    ASSERT_WHERE(where, STAR_NO_ROW, "weights_low");
    CU_ASSERT_STRING_EQUAL(where.why, "add up to 1.1: no weights that add up to 1 are that high");
    CU_ASSERT_EQUAL(SMAA_CHECK(low, light, 1, 100, 1, false), STAR_E_INFEASIBLE);
    ASSERT_WHERE(where, STAR_NO_ROW, "weights_high");
    cost[1] = 0;
    CU_ASSERT_EQUAL(SMAA_CHECK(low, high, 1, 100, 1, false), STAR_E_DOMAIN);
    ASSERT_WHERE(where, 1, "cost");
    CU_ASSERT_EQUAL(star_smaa(2, 2, scores, low, high, multiplier, cost, 1, 100, 1, false, NULL, NULL, out),
                    STAR_E_DOMAIN);
#undef SMAA_CHECK
}

static void results_too_large_are_refused(void) /* R8 */
{
    /* scores of 1e300 times 1e10 patients: benefits beyond the largest double */
    double scores[] = {1e300, 1, 1, 1e300}, weights[] = {1, 1}, multiplier[] = {1e10, 1e10}, cost[] = {1, 1};
    double low[] = {0.3, 0.3}, high[] = {0.7, 0.7}, out[4];
    CU_ASSERT_EQUAL(star_fundstability(2, 2, scores, weights, multiplier, cost, 1, true, NULL, NULL, out),
                    STAR_E_NONFINITE);
    CU_ASSERT_EQUAL(star_smaa(2, 2, scores, low, high, multiplier, cost, 1, 10, 1, false, NULL, NULL, out),
                    STAR_E_NONFINITE);
}

CU_TestInfo portfolio_tests[] = {
    {"results too large are refused", results_too_large_are_refused},
    {"fundstability by hand", fundstability_by_hand},
    {"fundstability at the edges", fundstability_edges},
    {"fundstability matches every allocation", fundstability_matches_every_allocation},
    {"fundstability checks name the argument", fundstability_checks_name_the_argument},
    {"smaa matches an independent Monte Carlo", smaa_matches_an_independent_monte_carlo},
    {"smaa without room is allocate", smaa_without_room_is_allocate},
    {"smaa sums and seeds", smaa_sums_and_seeds},
    {"smaa checks name the argument", smaa_checks_name_the_argument},
    CU_TEST_INFO_NULL,
};
