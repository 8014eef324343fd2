/* SPDX-License-Identifier: MPL-2.0 */
/* Requirements (cited by tests/unit/test_stability.c):
   R1. Inputs follow star_score's rules (weights >= 0 not all zero, low and
       high together and unequal, finite scores) and divisor > 0; n or k = 0
       is STAR_E_EMPTY; the checker names the first offending row.
   R2. The values are exactly those of STAR.SCORE / divisor: scores are
       normalised by star_score itself, not by a second copy of its formula.
   R3. As the share t of criterion j moves, every value is linear in t, so
       the bounds are exact crossing points of pairs of lines, not a search;
       a bound is the crossing itself, where the pair is tied (inclusive).
   R4. Pairs tied now (within STAR_STABILITY_TIE) never constrain.
   R5. A share already at 0 or 1 is a bound itself; when the other weights
       are all zero they rise equally; k = 1 gives [1, 1] and n = 1 [0, 1].
   R6. lower <= current share <= upper, all within 0..1.
   R7. Results are finite or the status says STAR_E_NONFINITE; every buffer
       is freed on every path.
   R8. Time is bounded: more than STAR_STABILITY_MAX_PAIRS pairs to compare
       (over all criteria) is STAR_E_TOO_LARGE, found before comparing any.
   R9. Only the proportions of the weights matter, whatever their size:
       subnormal weights, and weights beside one far heavier, keep their
       part (no product or ratio of them may vanish where it counts). */
#include "stability.h"
#include "rule.h"
#include "scoring.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>

star_status star_stability_check(size_t n, size_t k, const double *scores,
                                 const double *divisor, star_where *where)
{
    if (n == 0 || k == 0)
        return star_found(where, STAR_E_EMPTY, STAR_NO_ROW, 0, "scores");
    for (size_t i = 0; i < n; i++) {
        size_t j;
        if (star_rule_check(STAR_RULE_NUMBER, scores + i * k, k, 1, &j))
            return star_found(where, STAR_E_DOMAIN, i, j, "scores");
        if (divisor && !star_rule_admits(STAR_RULE_POSITIVE, divisor[i]))
            return star_found(where, STAR_E_DOMAIN, i, 0, "divisor");
    }
    return STAR_OK;
}

typedef struct placed {
    double value; /* score / divisor now */
    size_t row;
} placed;

static int by_value_descending(const void *a, const void *b)
{
    const placed *p = a, *q = b;
    if (p->value != q->value)
        return (p->value < q->value) - (p->value > q->value);
    return (p->row > q->row) - (p->row < q->row);
}

/* Working buffers, all owned by star_stability. */
typedef struct work {
    double *share;   /* k: weights as shares of their total */
    double *column;  /* n: one column of scores */
    double *value;   /* n x k column-major: normalised scores */
    double *slope;   /* n x k column-major: d(value now)/d(share of j) */
    double *scale;   /* n: largest |normalised score| / divisor, for ties */
    double *sums;    /* 4 (k + 1): prefix and suffix sums of one row */
    double *others;  /* k: total weight of the criteria other than j */
    double *relative; /* k: the weights relative to the heaviest */
    double *beside;   /* k: the others relative to the heaviest of them */
    placed *order;   /* n: interventions by value now, best first */
} work;

static void release(work *w)
{
    free(w->share);
    free(w->column);
    free(w->value);
    free(w->slope);
    free(w->scale);
    free(w->sums);
    free(w->others);
    free(w->relative);
    free(w->beside);
    free(w->order);
}

static star_status acquire(work *w, size_t n, size_t k)
{
    *w = (work){0};
    w->share = calloc(k, sizeof(double));
    w->column = calloc(n, sizeof(double));
    w->value = calloc(n, k * sizeof(double));
    w->slope = calloc(n, k * sizeof(double));
    w->scale = calloc(n, sizeof(double));
    w->sums = calloc(k + 1, 4 * sizeof(double));
    w->others = calloc(k, sizeof(double));
    w->relative = calloc(k, sizeof(double));
    w->beside = calloc(k, sizeof(double));
    w->order = calloc(n, sizeof(placed));
    if (!w->share || !w->column || !w->value || !w->slope || !w->scale || !w->sums ||
        !w->others || !w->relative || !w->beside || !w->order) {
        release(w);
        return STAR_E_NOMEM;
    }
    return STAR_OK;
}

/* The normalised score of every intervention on every criterion, by
   star_score with that criterion alone, so the formula exists once. */
static star_status normalise(size_t n, size_t k, const double *scores, const double *low,
                             const double *high, work *w)
{
    const double unit = 1.0;
    for (size_t j = 0; j < k; j++) {
        for (size_t i = 0; i < n; i++)
            w->column[i] = scores[i * k + j];
        star_status status = star_score(n, 1, w->column, &unit, low ? low + j : NULL,
                                        high ? high + j : NULL, w->value + j * n);
        if (status)
            return status;
    }
    return STAR_OK;
}

/* Slopes of every intervention's value in the share t of each criterion j:
   value(t) = (t*v_j + (1-t)*o_j) / divisor, where o_j is the mean of the
   other criteria weighted as now (or unweighted when their weights are all
   zero). Prefix and suffix sums give every o_j of a row in O(k) without the
   cancellation of subtracting v_j from the total. */
static star_status slopes(size_t n, size_t k, const double *weights, const double *divisor,
                          work *w)
{
    double *before = w->sums, *after = before + (k + 1);
    double *plain_before = after + (k + 1), *plain_after = plain_before + (k + 1);
    /* Weights relative to the heaviest, as star_score takes them: the means
       are the same, and products with tiny weights keep their digits. For
       the heaviest criterion itself the others are taken relative to the
       heaviest of them instead, so that none vanishes beside it (R9). */
    size_t top = 0;
    for (size_t l = 1; l < k; l++)
        if (weights[l] > weights[top])
            top = l;
    double second = 0.0;
    for (size_t l = 0; l < k; l++)
        second = l == top ? second : fmax(second, weights[l]);
    double *relative = w->relative, *beside = w->beside;
    for (size_t l = 0; l < k; l++) {
        relative[l] = weights[l] / weights[top];
        beside[l] = l == top || second == 0.0 ? 0.0 : weights[l] / second;
    }
    for (size_t j = 0; j < k; j++) {
        double total = 0.0;
        for (size_t l = 0; l < k; l++)
            total += l == j ? 0.0 : j == top ? beside[l] : relative[l];
        w->others[j] = total;
    }
    for (size_t i = 0; i < n; i++) {
        double d = divisor ? divisor[i] : 1.0;
        before[0] = plain_before[0] = 0.0;
        after[k] = plain_after[k] = 0.0;
        double largest = 0.0;
        for (size_t l = 0; l < k; l++) {
            double v = w->value[l * n + i];
            before[l + 1] = before[l] + relative[l] * v;
            plain_before[l + 1] = plain_before[l] + v;
            largest = fmax(largest, fabs(v));
        }
        for (size_t l = k; l-- > 0;) {
            double v = w->value[l * n + i];
            after[l] = after[l + 1] + relative[l] * v;
            plain_after[l] = plain_after[l + 1] + v;
        }
        w->scale[i] = largest / d;
        double top_rest = 0.0;
        for (size_t l = 0; l < k; l++)
            top_rest += beside[l] * w->value[l * n + i];
        for (size_t j = 0; j < k; j++) {
            double rest = w->others[j] > 0.0
                              ? (j == top ? top_rest : before[j] + after[j + 1]) / w->others[j]
                              : (plain_before[j] + plain_after[j + 1]) / (double)(k - 1);
            double s = (w->value[j * n + i] - rest) / d;
            if (!isfinite(s) || !isfinite(w->scale[i]))
                return STAR_E_NONFINITE;
            w->slope[j * n + i] = s;
        }
    }
    return STAR_OK;
}

static bool tied(const placed *p, const placed *q, const double *scale)
{
    double tolerance = STAR_STABILITY_TIE * fmax(scale[p->row], scale[q->row]);
    return fabs(p->value - q->value) <= tolerance;
}

/* The end of the group of tied interventions that starts at order[start]. */
static size_t group_end(const placed *order, size_t n, size_t start, const double *scale)
{
    size_t end = start + 1;
    while (end < n && tied(&order[end - 1], &order[end], scale))
        end++;
    return end;
}

/* The pairs one criterion compares: all pairs across neighbouring groups. */
static double pairs_across_groups(const placed *order, size_t n, const double *scale)
{
    double pairs = 0.0;
    for (size_t a = 0, b = group_end(order, n, 0, scale); b < n;) {
        size_t c = group_end(order, n, b, scale);
        pairs += (double)(b - a) * (double)(c - b);
        a = b;
        b = c;
    }
    return pairs;
}

/* Tightens [*lower, *upper] around share t0 of criterion j with every pair
   across two neighbouring groups of tied interventions, upper group
   order[a..b), lower group order[b..c). */
static void constrain(const placed *order, size_t a, size_t b, size_t c, const double *slope,
                      double t0, double *lower, double *upper)
{
    for (size_t h = a; h < b; h++) {
        for (size_t l = b; l < c; l++) {
            double gap = order[h].value - order[l].value; /* > 0 */
            double closing = slope[order[l].row] - slope[order[h].row];
            /* The lines meet at t0 + gap/closing: above t0 when the lower
               one rises faster, below it when it falls faster. */
            if (closing > 0.0)
                *upper = fmin(*upper, t0 + gap / closing);
            else if (closing < 0.0)
                *lower = fmax(*lower, t0 + gap / closing);
        }
    }
}

star_status star_stability(size_t n, size_t k, const double *scores, const double *weights,
                           const double *divisor, const double *low, const double *high,
                           double *out)
{
    star_status status = star_stability_check(n, k, scores, divisor, NULL);
    if (status)
        return status;
    work w;
    status = acquire(&w, n, k);
    if (status)
        return status;
    /* star_score checks weights, low and high by the rules of STAR.SCORE. */
    status = star_score(n, k, scores, weights, low, high, w.column);
    if (!status)
        status = star_weights(k, weights, w.share);
    for (size_t i = 0; i < n && !status; i++) {
        w.order[i] = (placed){w.column[i] / (divisor ? divisor[i] : 1.0), i};
        if (!isfinite(w.order[i].value))
            status = STAR_E_NONFINITE;
    }
    if (!status && k == 1) {
        /* One criterion always has all the weight. */
        out[0] = out[1] = 1.0;
        release(&w);
        return STAR_OK;
    }
    if (!status)
        status = normalise(n, k, scores, low, high, &w);
    if (!status)
        status = slopes(n, k, weights, divisor, &w);
    if (status) {
        release(&w);
        return status;
    }
    /* The first crossing as t leaves t0 is always between neighbouring
       groups in the order now: a line strictly between two that meet is
       squeezed into meeting both. So sorting once serves every criterion. */
    qsort(w.order, n, sizeof *w.order, by_value_descending);
    if (pairs_across_groups(w.order, n, w.scale) * (double)k > STAR_STABILITY_MAX_PAIRS) {
        release(&w);
        return STAR_E_TOO_LARGE;
    }
    for (size_t j = 0; j < k; j++) {
        double t0 = w.share[j], lower = 0.0, upper = 1.0;
        /* upper group order[a..b), lower group order[b..c) */
        for (size_t a = 0, b = group_end(w.order, n, 0, w.scale); b < n;) {
            size_t c = group_end(w.order, n, b, w.scale);
            constrain(w.order, a, b, c, w.slope + j * n, t0, &lower, &upper);
            a = b;
            b = c;
        }
        /* Rounding in t0 + gap/closing must not cross the current share. */
        out[2 * j] = fmin(lower, t0);
        out[2 * j + 1] = fmax(upper, t0);
    }
    release(&w);
    return STAR_OK;
}
