/* SPDX-License-Identifier: MPL-2.0 */
/* Requirements (cited by tests/unit/test_psa.c):
   R1. star_psa calls star_psa_check first and fails with exactly its status.
   R2. The same inputs and seed give the same result everywhere (random.c R1).
   R3. Each benefit and cost is drawn independently from triangular(low,
       base, high); low == high is no uncertainty.
   R4. share is the mean of star_allocate's shares over the draws: a row
       funded in every draw gets exactly 1, one never funded exactly 0; with
       no uncertainty at all, exactly star_allocate's result.
   R5. Time is bounded: draws x rows within STAR_PSA_MAX_WORK (or
       STAR_PSA_MAX_WHOLE_WORK), and the draws' searches share one budget of
       STAR_PSA_NODE_LIMIT nodes.
   Scratch memory is allocated once for all the draws, not per draw. */
#include "psa.h"
#include "allocation.h"
#include "random.h"
#include "rule.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* low <= base <= high, as STAR_E_BOUNDS naming the side that is broken. */
static int broken_side(double low, double base, double high)
{
    if (low > base)
        return 0;
    if (base > high)
        return 1;
    return -1;
}

star_status star_psa_check(size_t n, const double *benefit, const double *benefit_low,
                           const double *benefit_high, const double *cost,
                           const double *cost_low, const double *cost_high, double budget,
                           double draws, double seed, bool whole, const double *min,
                           const double *max, star_where *where)
{
    static const char *const names[] = {"benefit", "benefit_low", "benefit_high", "cost", "cost_low", "cost_high"};
    if (!star_rule_admits(STAR_RULE_NONNEG, budget))
        return star_found(where, STAR_E_DOMAIN, STAR_NO_ROW, 0, "budget");
    if (!star_rule_admits(STAR_RULE_RANK, draws) || nearbyint(draws) > STAR_PSA_MAX_DRAWS)
        return star_found_why(where, STAR_E_DOMAIN, STAR_NO_ROW, 0, "draws",
                              "must be a whole number from 1 to %d (%.15g)", STAR_PSA_MAX_DRAWS, draws);
    if ((double)n * nearbyint(draws) > (whole ? STAR_PSA_MAX_WHOLE_WORK : STAR_PSA_MAX_WORK))
        return star_found_why(where, STAR_E_TOO_LARGE, STAR_NO_ROW, 0, "draws",
                              "times interventions may be at most %.0f (%.0f with whole), not %.0f x %zu: use "
                              "fewer draws", STAR_PSA_MAX_WORK, STAR_PSA_MAX_WHOLE_WORK, nearbyint(draws), n);
    if (!star_is_whole(seed))
        return star_found_why(where, STAR_E_DOMAIN, STAR_NO_ROW, 0, "seed", "must be a whole number (%.15g)", seed);
    for (size_t i = 0; i < n; i++) {
        const double *values[] = {benefit, benefit_low, benefit_high, cost, cost_low, cost_high};
        for (size_t v = 0; v < 6; v++) {
            star_rule rule = v < 3 ? STAR_RULE_NUMBER : STAR_RULE_POSITIVE;
            if (!star_rule_admits(rule, values[v][i]))
                return star_found(where, STAR_E_DOMAIN, i, 0, names[v]);
        }
        int side = broken_side(benefit_low[i], benefit[i], benefit_high[i]);
        if (side >= 0)
            return star_found(where, STAR_E_BOUNDS, i, 0, side ? "benefit_high" : "benefit_low");
        side = broken_side(cost_low[i], cost[i], cost_high[i]);
        if (side >= 0)
            return star_found(where, STAR_E_BOUNDS, i, 0, side ? "cost_high" : "cost_low");
    }
    /* The rest is STAR.ALLOCATE's rule at the dearest costs a draw can reach. */
    star_status status = star_allocate_check(n, benefit, cost_high, budget, whole, min, max, where);
    if (status && where && where->input && strcmp(where->input, "cost") == 0)
        where->input = "cost_high";
    return status;
}

/* The generator's seed: whole numbers as 64-bit two's complement, any
   whole double too large for that as its own bits. */
static uint64_t seed_bits(double seed)
{
    double s = nearbyint(seed);
    if (fabs(s) < 0x1p63)
        return (uint64_t)(int64_t)s;
    uint64_t bits;
    memcpy(&bits, &s, sizeof bits);
    return bits;
}

static bool uncertain(size_t n, const double *low, const double *high)
{
    for (size_t i = 0; i < n; i++)
        if (low[i] != high[i])
            return true;
    return false;
}

star_status star_psa(size_t n, const double *benefit, const double *benefit_low,
                     const double *benefit_high, const double *cost, const double *cost_low,
                     const double *cost_high, double budget, double draws, double seed,
                     bool whole, const double *min, const double *max, double *share)
{
    star_status status = star_psa_check(n, benefit, benefit_low, benefit_high, cost, cost_low,
                                        cost_high, budget, draws, seed, whole, min, max, NULL);
    if (status || n == 0)
        return status;
    if (!uncertain(n, benefit_low, benefit_high) && !uncertain(n, cost_low, cost_high))
        return star_allocate(n, benefit, cost, budget, whole, min, max, share);

    star_allocator *allocator = star_allocator_new(n);
    double *work = malloc(4 * n * sizeof *work);
    if (!allocator || !work) {
        star_allocator_free(allocator);
        free(work);
        return STAR_E_NOMEM;
    }
    double *b = work, *c = work + n, *drawn = work + 2 * n, *sum = work + 3 * n;
    memset(sum, 0, n * sizeof *sum);
    star_rng rng;
    star_rng_seed(&rng, seed_bits(seed));
    size_t count = (size_t)nearbyint(draws);
    unsigned long nodes_left = STAR_PSA_NODE_LIMIT;
    for (size_t d = 0; d < count && !status; d++) {
        for (size_t i = 0; i < n; i++) {
            b[i] = star_rng_triangular(&rng, benefit_low[i], benefit[i], benefit_high[i]);
            c[i] = star_rng_triangular(&rng, cost_low[i], cost[i], cost_high[i]);
        }
        /* Each draw's search may use what the draws before it left (R5). */
        star_allocator_set_node_limit(allocator, nodes_left < STAR_ALLOCATE_NODE_LIMIT
                                                     ? nodes_left : STAR_ALLOCATE_NODE_LIMIT);
        status = star_allocate_using(allocator, n, b, c, budget, whole, min, max, drawn);
        unsigned long used = star_allocator_nodes_used(allocator);
        nodes_left -= used < nodes_left ? used : nodes_left;
        for (size_t i = 0; i < n && !status; i++)
            sum[i] += drawn[i];
    }
    for (size_t i = 0; i < n && !status; i++)
        share[i] = sum[i] / (double)count;
    star_allocator_free(allocator);
    free(work);
    return status;
}
