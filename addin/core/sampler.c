/* SPDX-License-Identifier: MPL-2.0 */
/* Requirements (cited by tests/unit/test_sampler.c):
   R1. star_sampler_new fails with exactly star_sampler_check's status; the
       checker names the first offending criterion.
   R2. Every draw is exactly uniform on {w : sum(w) = 1, low <= w <= high}:
       each method below is an exact rejection sampler, so the choice of
       method changes the speed, never the distribution.
   R3. The same bounds and generator give the same draws on every platform:
       integer operations and correctly rounded + - * / only, and the method
       is chosen from the bounds alone with a generator of its own.
   R4. Each w[j] lies within low[j]..high[j]; the sum is 1 up to rounding.
   R5. When the ranges leave no room (sum(low) or sum(high) within
       STAR_SAMPLER_SUM_TOLERANCE of 1, or every low = high) every draw is
       low (or high) exactly and takes no uniforms.
   R6. Work is bounded: past STAR_SAMPLER_PROPOSAL_LIMIT proposals a draw
       gives STAR_E_NO_CONVERGENCE, never a draw from another distribution.
   Memory is allocated by star_sampler_new only, never per draw.

   The method. Write w = low + z, width c = high - low, s = 1 - sum(low):
   z is uniform on the slice {0 <= z <= c, sum(z) = s} (criteria with no
   width left out). Take the p narrowest ranges as N, the other q = m - p
   as W. On the slice, z_N ranges over its box and z_W over the simplex
   sum(z_W) = r = s - sum(z_N) cut by its own box, and the slice's volume
   splits as d(z_N) times the volume of that simplex, r^(q-1)/(q-1)! times
   the part the box keeps. So: draw z_N uniformly from its box; reject when
   r < 0; accept with chance (r/s)^(q-1) (the simplex's volume relative to
   its largest, r <= s); draw z_W uniformly from the simplex of sum r (the
   spacings of q-1 sorted uniforms); reject when a z_W is above its width.
   What is accepted has exactly the slice's uniform density. p = 0 is
   plain rejection from the simplex; p = m-1 draws all but one range from
   its box and takes the last as the rest. The same holds for y = c - z,
   uniform on {0 <= y <= c, sum(y) = sum(c) - s} (flipped: from the highs
   down), which is quick where the highs are nearly all needed. Which of
   these 2m methods accepts most often depends on the bounds: a short
   trial of each, with a generator of fixed seed, picks one. */
#include "sampler.h"
#include "rule.h"

#include <stdlib.h>

/* Trial proposals per method, and more when none was accepted. */
#define TRIAL 256
#define LONG_TRIAL 4096
/* With more free ranges than this, only some numbers of boxed ranges are
   tried: 0, 1, 2, 4, 8, ... and all but one. */
#define EVERY_METHOD_UP_TO 16
#define TRIAL_SEED 0x5eed5eed5eed5eedu

typedef enum { AT_LOW, AT_HIGH, RANDOM } sampler_state;

struct star_sampler {
    size_t k, m;            /* criteria; those with room to move */
    double *low, *high;     /* k: the bounds */
    size_t *order;          /* m: the free criteria, narrowest range first */
    double *y;              /* m: a proposal, in that order */
    double *u;              /* m: uniforms to sort */
    double sum, total;      /* s = 1 - sum(low), and sum(c) */
    sampler_state state;
    bool flipped;
    size_t boxed;
    unsigned long proposals, limit;
};

star_status star_sampler_check(size_t k, const double *low, const double *high, star_where *where)
{
    if (k == 0)
        return star_found(where, STAR_E_EMPTY, STAR_NO_ROW, 0, "low");
    double lows = 0.0, highs = 0.0;
    for (size_t j = 0; j < k; j++) {
        if (!star_rule_admits(STAR_RULE_SHARE, low[j]))
            return star_found_why(where, STAR_E_DOMAIN, STAR_NO_ROW, 0, "low",
                                  "in cell %zu must be between 0 and 1 (%.15g)", j + 1, low[j]);
        if (!star_rule_admits(STAR_RULE_SHARE, high[j]))
            return star_found_why(where, STAR_E_DOMAIN, STAR_NO_ROW, 0, "high",
                                  "in cell %zu must be between 0 and 1 (%.15g)", j + 1, high[j]);
        if (low[j] > high[j])
            return star_found_why(where, STAR_E_BOUNDS, STAR_NO_ROW, 0, "low",
                                  "in cell %zu exceed the highest weights there (%.15g > %.15g)", j + 1,
                                  low[j], high[j]);
        lows += low[j];
        highs += high[j];
    }
    if (lows > 1.0 + STAR_SAMPLER_SUM_TOLERANCE)
        return star_found_why(where, STAR_E_INFEASIBLE, STAR_NO_ROW, 0, "low",
                              "add up to %.15g: no weights that add up to 1 are that high", lows);
    if (highs < 1.0 - STAR_SAMPLER_SUM_TOLERANCE)
        return star_found_why(where, STAR_E_INFEASIBLE, STAR_NO_ROW, 0, "high",
                              "add up to %.15g: no weights that add up to 1 are that low", highs);
    return STAR_OK;
}

void star_sampler_free(star_sampler *s)
{
    if (!s)
        return;
    free(s->low);
    free(s->high);
    free(s->order);
    free(s->y);
    free(s->u);
    free(s);
}

static double width(const star_sampler *s, size_t a)
{
    size_t j = s->order[a];
    return s->high[j] - s->low[j];
}

/* In place, ascending; the values are what matters, so equal ones may go
   either way. Short runs by insertion, long ones by qsort. */
static int ascending(const void *pa, const void *pb)
{
    double a = *(const double *)pa, b = *(const double *)pb;
    return (a > b) - (a < b);
}

static void sort_values(double *x, size_t count)
{
    if (count > 32) {
        qsort(x, count, sizeof *x, ascending);
        return;
    }
    for (size_t i = 1; i < count; i++) {
        double v = x[i];
        size_t h = i;
        for (; h > 0 && x[h - 1] > v; h--)
            x[h] = x[h - 1];
        x[h] = v;
    }
}

/* One proposal of the method (flipped, boxed) into s->y: true when
   accepted (R2, the method at the top of this file). */
static bool propose(star_sampler *s, bool flipped, size_t boxed, star_rng *rng)
{
    size_t m = s->m, q = m - boxed;
    double sigma = flipped ? s->total - s->sum : s->sum, r = sigma;
    for (size_t a = 0; a < boxed; a++) {
        s->y[a] = width(s, a) * star_rng_uniform(rng);
        r -= s->y[a];
    }
    if (r < 0.0)
        return false;
    if (q == 1) {
        s->y[m - 1] = r;
        return r <= width(s, m - 1);
    }
    if (boxed > 0) {
        double ratio = r / sigma, chance = 1.0;
        for (size_t e = 1; e < q; e++)
            chance *= ratio;
        if (!(star_rng_uniform(rng) < chance))
            return false;
    }
    for (size_t e = 0; e + 1 < q; e++)
        s->u[e] = star_rng_uniform(rng);
    sort_values(s->u, q - 1);
    double before = 0.0;
    for (size_t e = 0; e < q; e++) {
        double next = e + 1 < q ? s->u[e] : 1.0;
        s->y[boxed + e] = (next - before) * r;
        if (s->y[boxed + e] > width(s, boxed + e))
            return false;
        before = next;
    }
    return true;
}

static bool worth_trying(size_t boxed, size_t m)
{
    if (m <= EVERY_METHOD_UP_TO || boxed + 1 == m || boxed == 0)
        return true;
    return (boxed & (boxed - 1)) == 0; /* a power of 2 */
}

/* Picks the method that accepts most often in a trial (R3: the trial's
   generator has a fixed seed); ties go to the first tried. */
static void choose_method(star_sampler *s)
{
    star_rng trial;
    star_rng_seed(&trial, TRIAL_SEED);
    long best = -1;
    for (int round = 0; round < 2 && best <= 0; round++) {
        long proposals = round == 0 ? TRIAL : LONG_TRIAL;
        for (int f = 0; f < 2; f++) {
            for (size_t boxed = 0; boxed < s->m; boxed++) {
                if (!worth_trying(boxed, s->m))
                    continue;
                long accepted = 0;
                for (long t = 0; t < proposals; t++)
                    accepted += propose(s, f == 1, boxed, &trial);
                if (accepted > best) {
                    best = accepted;
                    s->flipped = f == 1;
                    s->boxed = boxed;
                }
            }
        }
    }
}

/* Free criteria, narrowest range first, equal widths in criterion order. */
static int narrower(const void *pa, const void *pb, const star_sampler *s)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    double wa = s->high[a] - s->low[a], wb = s->high[b] - s->low[b];
    if (wa != wb)
        return wa < wb ? -1 : 1;
    return (a > b) - (a < b);
}

static void order_by_width(star_sampler *s)
{
    /* insertion sort: k is a count of criteria, and qsort has no context */
    for (size_t i = 1; i < s->m; i++) {
        size_t v = s->order[i], h = i;
        for (; h > 0 && narrower(&s->order[h - 1], &v, s) > 0; h--)
            s->order[h] = s->order[h - 1];
        s->order[h] = v;
    }
}

star_status star_sampler_new(size_t k, const double *low, const double *high, star_sampler **out)
{
    *out = NULL;
    star_status status = star_sampler_check(k, low, high, NULL);
    if (status)
        return status;
    star_sampler *s = calloc(1, sizeof *s);
    if (!s)
        return STAR_E_NOMEM;
    s->k = k;
    s->limit = STAR_SAMPLER_PROPOSAL_LIMIT;
    s->low = malloc(k * sizeof *s->low);
    s->high = malloc(k * sizeof *s->high);
    s->order = malloc(k * sizeof *s->order);
    s->y = malloc(k * sizeof *s->y);
    s->u = malloc(k * sizeof *s->u);
    if (!s->low || !s->high || !s->order || !s->y || !s->u) {
        star_sampler_free(s);
        return STAR_E_NOMEM;
    }
    double lows = 0.0, highs = 0.0;
    for (size_t j = 0; j < k; j++) {
        s->low[j] = low[j];
        s->high[j] = high[j];
        lows += low[j];
        highs += high[j];
        if (high[j] > low[j]) {
            s->order[s->m++] = j;
            s->total += high[j] - low[j];
        }
    }
    s->sum = 1.0 - lows;
    if (s->m == 0 || lows >= 1.0 - STAR_SAMPLER_SUM_TOLERANCE)
        s->state = AT_LOW;
    else if (highs <= 1.0 + STAR_SAMPLER_SUM_TOLERANCE)
        s->state = AT_HIGH;
    else
        s->state = RANDOM;
    if (s->state == RANDOM) {
        order_by_width(s);
        choose_method(s);
    }
    *out = s;
    return STAR_OK;
}

bool star_sampler_fixed(const star_sampler *s)
{
    return s->state != RANDOM;
}

star_status star_sampler_draw(star_sampler *s, star_rng *rng, double *w)
{
    if (s->state != RANDOM) {
        const double *at = s->state == AT_LOW ? s->low : s->high;
        for (size_t j = 0; j < s->k; j++)
            w[j] = at[j];
        return STAR_OK;
    }
    for (;;) {
        if (s->proposals >= s->limit)
            return STAR_E_NO_CONVERGENCE;
        s->proposals++;
        if (propose(s, s->flipped, s->boxed, rng))
            break;
    }
    for (size_t j = 0; j < s->k; j++)
        w[j] = s->low[j];
    for (size_t a = 0; a < s->m; a++) {
        size_t j = s->order[a];
        double v = s->flipped ? s->high[j] - s->y[a] : s->low[j] + s->y[a];
        /* Rounding may step a hair outside the range; the range is the promise (R4). */
        w[j] = v < s->low[j] ? s->low[j] : v > s->high[j] ? s->high[j] : v;
    }
    return STAR_OK;
}

size_t star_sampler_free_count(const star_sampler *s)
{
    return s->m;
}

void star_sampler_method(const star_sampler *s, bool *flipped, size_t *boxed)
{
    *flipped = s->flipped;
    *boxed = s->boxed;
}

void star_sampler_use_method(star_sampler *s, bool flipped, size_t boxed)
{
    if (boxed < s->m) {
        s->flipped = flipped;
        s->boxed = boxed;
    }
}

unsigned long star_sampler_proposals(const star_sampler *s)
{
    return s->proposals;
}

void star_sampler_set_proposal_limit(star_sampler *s, unsigned long limit)
{
    s->limit = limit;
}
