/* SPDX-License-Identifier: MPL-2.0 */
/* Requirements (cited by tests/unit/test_portfolio.c):
   R1. Each function calls its checker first and fails with exactly its
       status; checkers take the rows in order and name the first offender.
   R2. Benefits are exactly multiplier x STAR.SCORE, computed by star_score
       itself, and what is funded is exactly star_allocate's answer (no min
       or max), so a sheet that builds the same weights and calls
       STAR.ALLOCATE sees the same allocation.
   R3. FUNDSTABILITY's ends are crossings of the total benefit of two
       allocations, each linear in the share, found by a parametric search
       that solves the allocation again at every crossing it tries, not by
       a scan; an end is a crossing (inclusive), or 0 or 1.
   R4. lower <= share now <= upper, all within 0..1; k = 1 gives [1, 1].
   R5. SMAA's weights are uniform on the cut simplex (sampler.c), drawn from
       star_rng seeded with the seed: the same seed gives the same answer
       everywhere.
   R6. SMAA's first column is the mean of star_allocate's shares over the
       draws (whole: the chance of funding) and its second the mean rank by
       benefit / cost, ties in row order; with no room for the weights to
       move, exactly one allocation's answer and its ranks.
   R7. Time and memory are bounded: the limits in portfolio.h, checked
       before any work where they can be; scratch is allocated once, not
       per draw or per allocation.
   R8. Results are finite or the status says STAR_E_NONFINITE; every buffer
       is freed on every path. */
#include "portfolio.h"
#include "allocation.h"
#include "random.h"
#include "rule.h"
#include "sampler.h"
#include "scoring.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Shares of two allocations this close are the same answer: far above the
   rounding of a continuous share (a budget's remainder over a cost), far
   below any share that matters. */
#define SAME_SHARE 1e-9
/* A crossing this close to a share already solved is that share. */
#define END_TOLERANCE 1e-12

/* The scoring scale, as star_score takes it: both ends or neither, finite,
   unequal. The sheet gives each end as one number for every criterion. */
static star_status scale_check(size_t k, const double *low, const double *high, star_where *where)
{
    if ((low == NULL) != (high == NULL))
        return star_found(where, STAR_E_SCALE, STAR_NO_ROW, 0, low ? "high" : "low");
    for (size_t j = 0; low && j < k; j++) {
        if (!star_rule_admits(STAR_RULE_NUMBER, low[j]))
            return star_found(where, STAR_E_DOMAIN, STAR_NO_ROW, 0, "low");
        if (!star_rule_admits(STAR_RULE_NUMBER, high[j]))
            return star_found(where, STAR_E_DOMAIN, STAR_NO_ROW, 0, "high");
        if (low[j] == high[j])
            return star_found(where, STAR_E_SCALE, STAR_NO_ROW, 0, "low");
    }
    return STAR_OK;
}

/* Row by row: finite scores, multiplier >= 0, cost > 0 (R1). */
static star_status rows_check(size_t n, size_t k, const double *scores, const double *multiplier,
                              const double *cost, star_where *where)
{
    for (size_t i = 0; i < n; i++) {
        size_t j;
        if (star_rule_check(STAR_RULE_NUMBER, scores + i * k, k, 1, &j))
            return star_found(where, STAR_E_DOMAIN, i, j, "scores");
        if (!star_rule_admits(STAR_RULE_NONNEG, multiplier[i]))
            return star_found(where, STAR_E_DOMAIN, i, 0, "multiplier");
        if (!star_rule_admits(STAR_RULE_POSITIVE, cost[i]))
            return star_found(where, STAR_E_DOMAIN, i, 0, "cost");
    }
    return STAR_OK;
}

star_status star_fundstability_check(size_t n, size_t k, const double *scores,
                                     const double *weights, const double *multiplier,
                                     const double *cost, double budget, const double *low,
                                     const double *high, star_where *where)
{
    if (n == 0 || k == 0)
        return star_found(where, STAR_E_EMPTY, STAR_NO_ROW, 0, "scores");
    if (!star_rule_admits(STAR_RULE_NONNEG, budget))
        return star_found(where, STAR_E_DOMAIN, STAR_NO_ROW, 0, "budget");
    if (n > STAR_FUNDSTABILITY_MAX_ROWS)
        return star_found_why(where, STAR_E_TOO_LARGE, STAR_NO_ROW, 0, NULL,
                              "takes at most %d interventions, not %zu", STAR_FUNDSTABILITY_MAX_ROWS, n);
    bool any = false;
    for (size_t j = 0; j < k; j++) {
        if (!star_rule_admits(STAR_RULE_NONNEG, weights[j]))
            return star_found_why(where, STAR_E_DOMAIN, STAR_NO_ROW, 0, "weights",
                                  "in cell %zu must be 0 or more (%.15g)", j + 1, weights[j]);
        any |= weights[j] > 0.0;
    }
    if (!any)
        return star_found(where, STAR_E_ALL_ZERO, STAR_NO_ROW, 0, "weights");
    star_status status = scale_check(k, low, high, where);
    return status ? status : rows_check(n, k, scores, multiplier, cost, where);
}

star_status star_smaa_check(size_t n, size_t k, const double *scores, const double *weights_low,
                            const double *weights_high, const double *multiplier,
                            const double *cost, double budget, double draws, double seed,
                            bool whole, const double *low, const double *high, star_where *where)
{
    if (k == 0)
        return star_found(where, STAR_E_EMPTY, STAR_NO_ROW, 0, "scores");
    if (!star_rule_admits(STAR_RULE_NONNEG, budget))
        return star_found(where, STAR_E_DOMAIN, STAR_NO_ROW, 0, "budget");
    if (!star_rule_admits(STAR_RULE_RANK, draws) || nearbyint(draws) > STAR_SMAA_MAX_DRAWS)
        return star_found_why(where, STAR_E_DOMAIN, STAR_NO_ROW, 0, "draws",
                              "must be a whole number from 1 to %d (%.15g)", STAR_SMAA_MAX_DRAWS, draws);
    double work = (double)n * nearbyint(draws);
    if (work > (whole ? STAR_SMAA_MAX_WHOLE_WORK : STAR_SMAA_MAX_WORK) ||
        work * (double)k > STAR_SMAA_MAX_SCORE_WORK)
        return star_found_why(where, STAR_E_TOO_LARGE, STAR_NO_ROW, 0, "draws",
                              "times interventions may be at most %.0f (%.0f with whole) and times "
                              "interventions times criteria %.0f, not %.0f x %zu x %zu: use fewer draws", STAR_SMAA_MAX_WORK,
                              STAR_SMAA_MAX_WHOLE_WORK, STAR_SMAA_MAX_SCORE_WORK, nearbyint(draws), n, k);
    if (!star_is_whole(seed))
        return star_found_why(where, STAR_E_DOMAIN, STAR_NO_ROW, 0, "seed", "must be a whole number (%.15g)", seed);
    if (whole && n > STAR_ALLOCATE_WHOLE_MAX_ROWS)
        return star_found_why(where, STAR_E_TOO_LARGE, STAR_NO_ROW, 0, NULL,
                              "takes at most %d interventions with whole, not %zu", STAR_ALLOCATE_WHOLE_MAX_ROWS, n);
    star_status status = star_sampler_check(k, weights_low, weights_high, where);
    if (status) {
        /* The sampler's low and high are this function's weights' bounds. */
        if (where)
            where->input = strcmp(where->input, "low") == 0 ? "weights_low" : "weights_high";
        return status;
    }
    status = scale_check(k, low, high, where);
    return status ? status : rows_check(n, k, scores, multiplier, cost, where);
}

/* benefit = multiplier x star_score(scores, w, low, high) (R2). */
static star_status benefits(size_t n, size_t k, const double *scores, const double *w,
                            const double *low, const double *high, const double *multiplier,
                            double *benefit)
{
    star_status status = star_score(n, k, scores, w, low, high, benefit);
    for (size_t i = 0; i < n && !status; i++) {
        benefit[i] *= multiplier[i];
        if (!isfinite(benefit[i]))
            status = STAR_E_NONFINITE;
    }
    return status;
}

/* Allocations solved one after another with one scratch, within a budget
   of rows and search steps shared by all of them (R7). */
typedef struct solver {
    size_t n;
    const double *cost;
    double budget;
    bool whole;
    star_allocator *allocator;
    double rows_left;
    unsigned long nodes_left;
} solver;

static star_status solve(solver *s, const double *benefit, double *share)
{
    if (s->rows_left < (double)s->n)
        return STAR_E_NO_CONVERGENCE;
    s->rows_left -= (double)s->n;
    star_allocator_set_node_limit(s->allocator, s->nodes_left < STAR_ALLOCATE_NODE_LIMIT
                                                    ? s->nodes_left : STAR_ALLOCATE_NODE_LIMIT);
    star_status status = star_allocate_using(s->allocator, s->n, benefit, s->cost, s->budget,
                                             s->whole, NULL, NULL, share);
    unsigned long used = star_allocator_nodes_used(s->allocator);
    s->nodes_left -= used < s->nodes_left ? used : s->nodes_left;
    return status;
}

/* ---- STAR.FUNDSTABILITY ------------------------------------------------ */

/* The problem as given, for scoring it at other weights. */
typedef struct scoring {
    size_t n, k;
    const double *scores, *weights, *low, *high, *multiplier;
} scoring;

/* One criterion's search: the benefits at its share 0 and 1 (for the
   crossings), the answer today, and scratch for the shares tried. */
typedef struct line_search {
    solver *solver;
    const scoring *problem;
    size_t criterion;
    bool others;             /* the other criteria have weight */
    const double *at0, *at1; /* n: benefits with the criterion at share 0 and 1 */
    const double *today;     /* n: the answer at the weights given */
    double *w;               /* k: the weights at the share tried */
    double *benefit;         /* n: benefits there */
    double *tried;           /* n: the answer there */
    double *beyond;          /* n: the answer at the share closest to today's where it differs */
} line_search;

static bool same_answer(size_t n, const double *a, const double *b)
{
    for (size_t i = 0; i < n; i++)
        if (fabs(a[i] - b[i]) > SAME_SHARE)
            return false;
    return true;
}

/* The weights with the criterion at share t, the others rescaled in
   proportion (equal when they are all zero): at 1 only the criterion, at 0
   the others as given. */
static void weights_at(const scoring *p, size_t j, bool others, double t, double *w)
{
    double rest = 0.0, largest = 0.0, scale = 1.0;
    for (size_t l = 0; l < p->k; l++) {
        rest += l == j ? 0.0 : p->weights[l];
        largest = l == j ? largest : fmax(largest, p->weights[l]);
    }
    /* Weights whose sum overflows, or loses digits below DBL_MIN, are taken
       in proportion to the largest: the same shares, all finite. */
    if (others && !(isfinite(rest) && rest >= DBL_MIN)) {
        scale = largest;
        rest = 0.0;
        for (size_t l = 0; l < p->k; l++)
            rest += l == j ? 0.0 : p->weights[l] / scale;
    }
    for (size_t l = 0; l < p->k; l++)
        w[l] = l == j ? t : others ? p->weights[l] / scale / rest * (1.0 - t) : (1.0 - t) / (double)(p->k - 1);
}

/* The answer with the criterion at share t, scored as a sheet that builds
   those weights would score it (R2). */
static star_status solve_at(line_search *ls, double t, double *share)
{
    const scoring *p = ls->problem;
    weights_at(p, ls->criterion, ls->others, t, ls->w);
    star_status status = benefits(p->n, p->k, p->scores, ls->w, p->low, p->high, p->multiplier,
                                  ls->benefit);
    return status ? status : solve(ls->solver, ls->benefit, share);
}

/* Where the total benefits of today's answer and ls->beyond are equal:
   their difference is (1 - t) a + t b, zero at a / (a - b), taken in
   proportion to the larger so that no difference overflows. */
static double crossing(const line_search *ls)
{
    double a = 0.0, b = 0.0;
    for (size_t i = 0; i < ls->solver->n; i++) {
        double d = ls->beyond[i] - ls->today[i];
        if (d != 0.0) {
            a += d * ls->at0[i];
            b += d * ls->at1[i];
        }
    }
    double larger = fmax(fabs(a), fabs(b));
    return (a / larger) / (a / larger - b / larger);
}

static bool within(double t, double from, double to)
{
    return from <= to ? t >= from && t <= to : t <= from && t >= to;
}

/* The end of today's interval from share t0 towards `far` (0 or 1), R3.
   `ok` is the share furthest from t0 known to keep today's answer, `bad`
   the nearest known to change it. A crossing strictly between them where
   today's answer holds is the end: beyond it the answer at `bad` is better.
   Where rounding leaves no usable crossing, halving the gap finds where the
   answer changes instead. */
static star_status find_end(line_search *ls, double t0, double far, double *end)
{
    size_t n = ls->solver->n;
    *end = far;
    if (t0 == far)
        return STAR_OK;
    star_status status = solve_at(ls, far, ls->beyond);
    if (status || same_answer(n, ls->beyond, ls->today))
        return status;
    double ok = t0, bad = far;
    for (;;) {
        if (fabs(bad - ok) <= END_TOLERANCE) {
            *end = ok;
            return STAR_OK;
        }
        double t = crossing(ls);
        bool proof = isfinite(t) && within(t, ok, bad);
        if (proof && fabs(t - bad) <= END_TOLERANCE) {
            *end = bad; /* today's answer holds up to the share tried last */
            return STAR_OK;
        }
        if (!proof)
            t = ok + (bad - ok) / 2.0;
        status = solve_at(ls, t, ls->tried);
        if (status)
            return status;
        if (same_answer(n, ls->tried, ls->today)) {
            if (proof) {
                *end = t;
                return STAR_OK;
            }
            ok = t;
        } else {
            bad = t;
            double *swap = ls->beyond;
            ls->beyond = ls->tried;
            ls->tried = swap;
        }
    }
}

star_status star_fundstability(size_t n, size_t k, const double *scores, const double *weights,
                               const double *multiplier, const double *cost, double budget,
                               bool whole, const double *low, const double *high, double *out)
{
    star_status status = star_fundstability_check(n, k, scores, weights, multiplier, cost, budget,
                                                  low, high, NULL);
    if (status)
        return status;
    if (k == 1) {
        out[0] = out[1] = 1.0; /* one criterion always has all the weight (R4) */
        return STAR_OK;
    }
    solver s = {n, cost, budget, whole, star_allocator_new(n), STAR_FUNDSTABILITY_MAX_WORK,
                STAR_FUNDSTABILITY_NODE_LIMIT};
    double *scratch = malloc((6 * n + 2 * k) * sizeof *scratch);
    if (!s.allocator || !scratch) {
        star_allocator_free(s.allocator);
        free(scratch);
        return STAR_E_NOMEM;
    }
    scoring problem = {n, k, scores, weights, low, high, multiplier};
    double *today = scratch, *at0 = today + n, *at1 = at0 + n, *share = at1 + 4 * n;
    line_search ls = {&s, &problem, 0, false, at0, at1, today, share + k, at1 + n, at1 + 2 * n, at1 + 3 * n};
    status = benefits(n, k, scores, weights, low, high, multiplier, ls.benefit);
    if (!status)
        status = solve(&s, ls.benefit, today);
    if (!status)
        status = star_weights(k, weights, share);
    for (size_t j = 0; j < k && !status; j++) {
        ls.criterion = j;
        ls.others = false;
        for (size_t l = 0; l < k; l++)
            ls.others |= l != j && weights[l] > 0.0;
        weights_at(&problem, j, ls.others, 0.0, ls.w);
        status = benefits(n, k, scores, ls.w, low, high, multiplier, at0);
        weights_at(&problem, j, ls.others, 1.0, ls.w);
        if (!status)
            status = benefits(n, k, scores, ls.w, low, high, multiplier, at1);
        double lower = 0.0, upper = 1.0;
        if (!status)
            status = find_end(&ls, share[j], 0.0, &lower);
        if (!status)
            status = find_end(&ls, share[j], 1.0, &upper);
        /* Rounding in a crossing must not pass the share now (R4). */
        out[2 * j] = fmin(lower, share[j]);
        out[2 * j + 1] = fmax(upper, share[j]);
    }
    star_allocator_free(s.allocator);
    free(scratch);
    return status;
}

/* ---- STAR.SMAA --------------------------------------------------------- */

typedef struct ranked {
    double ratio;
    size_t row;
} ranked;

/* Best value for money first, equal ratios in row order (R6). */
static int by_value_for_money(const void *pa, const void *pb)
{
    const ranked *a = pa, *b = pb;
    if (a->ratio != b->ratio)
        return a->ratio > b->ratio ? -1 : 1;
    return (a->row > b->row) - (a->row < b->row);
}

star_status star_smaa(size_t n, size_t k, const double *scores, const double *weights_low,
                      const double *weights_high, const double *multiplier, const double *cost,
                      double budget, double draws, double seed, bool whole, const double *low,
                      const double *high, double *out)
{
    star_status status = star_smaa_check(n, k, scores, weights_low, weights_high, multiplier, cost,
                                         budget, draws, seed, whole, low, high, NULL);
    if (status || n == 0)
        return status;
    star_sampler *sampler;
    status = star_sampler_new(k, weights_low, weights_high, &sampler);
    if (status)
        return status;
    solver s = {n, cost, budget, whole, star_allocator_new(n), INFINITY, STAR_SMAA_NODE_LIMIT};
    double *scratch = calloc(4 * n + k, sizeof *scratch);
    ranked *order = malloc(n * sizeof *order);
    if (!s.allocator || !scratch || !order) {
        star_sampler_free(sampler);
        star_allocator_free(s.allocator);
        free(scratch);
        free(order);
        return STAR_E_NOMEM;
    }
    double *benefit = scratch, *share = benefit + n, *funded = share + n, *ranks = funded + n;
    double *w = ranks + n;
    star_rng rng;
    star_rng_seed_number(&rng, seed);
    /* Without room for the weights to move, one draw is every draw (R6). */
    size_t count = star_sampler_fixed(sampler) ? 1 : (size_t)nearbyint(draws);
    for (size_t d = 0; d < count && !status; d++) {
        status = star_sampler_draw(sampler, &rng, w);
        if (!status)
            status = benefits(n, k, scores, w, low, high, multiplier, benefit);
        if (!status)
            status = solve(&s, benefit, share);
        if (status)
            break;
        for (size_t i = 0; i < n; i++) {
            funded[i] += share[i];
            order[i] = (ranked){benefit[i] / cost[i], i};
        }
        qsort(order, n, sizeof *order, by_value_for_money);
        for (size_t place = 0; place < n; place++)
            ranks[order[place].row] += (double)(place + 1);
    }
    for (size_t i = 0; i < n && !status; i++) {
        out[2 * i] = funded[i] / (double)count;
        out[2 * i + 1] = ranks[i] / (double)count;
    }
    star_sampler_free(sampler);
    star_allocator_free(s.allocator);
    free(scratch);
    free(order);
    return status;
}
