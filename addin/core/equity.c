/* SPDX-License-Identifier: MPL-2.0 */
/* Requirements (cited by tests/unit/test_equity.c):
   R1. Every input is checked against its rule before anything is written;
       rows are checked in order and the checker names the first bad row.
   R2. A result that is not finite gives STAR_E_NONFINITE, never a value.
   R3. n = 0 is valid and writes nothing, but for STAR.ATKINSON, which has
       nothing to average (STAR_E_EMPTY).
   R4. Equity weight 1 or share 0 leave the benefit as it is.
   R5. Atkinson: epsilon = 0 is the (population-weighted) mean, 1 the
       geometric mean; the result lies between the smallest and largest
       level; rows with population 0 take no part; scaling every population
       alike changes nothing; large epsilon neither overflows nor underflows.
   R6. ICER: a zero delta_effect is STAR_E_DOMAIN; NMB: threshold >= 0.
   R7. Atkinson stays accurate when the extreme level that anchors the sums
       belongs to a tiny share of the population.
   R8. NMB gives a representable answer even where threshold x effect alone
       would overflow. */
#include "equity.h"
#include "common.h"

#include <math.h>
#include <stdbool.h>

star_status star_equity_check(size_t n, const double *benefit, const double *share,
                              const double *weight, star_where *where)
{
    const star_input inputs[] = {
        {"benefit", benefit, STAR_RULE_NUMBER}, {"share", share, STAR_RULE_SHARE}, {"weight", weight, STAR_RULE_NONNEG}};
    return star_check_rows(n, inputs, 3, where);
}

star_status star_equity(size_t n, const double *benefit, const double *share,
                        const double *weight, double *out)
{
    star_status status = star_equity_check(n, benefit, share, weight, NULL);
    if (status)
        return status;
    for (size_t i = 0; i < n; i++)
        out[i] = benefit[i] * (1.0 + (weight[i] - 1.0) * share[i]);
    return star_finite(out, n);
}

star_status star_atkinson_check(size_t n, const double *health, const double *population,
                                star_where *where)
{
    if (n == 0)
        return star_found(where, STAR_E_EMPTY, STAR_NO_ROW, 0, "health");
    const star_input inputs[] = {{"health", health, STAR_RULE_POSITIVE}, {"population", population, STAR_RULE_NONNEG}};
    star_status status = star_check_rows(n, inputs, 2, where);
    if (status || !population)
        return status;
    for (size_t i = 0; i < n; i++)
        if (population[i] > 0.0)
            return STAR_OK;
    return star_found_why(where, STAR_E_ALL_ZERO, STAR_NO_ROW, 0, "population", "is all zero");
}

/* Row i's share of the population: scaled by the largest, then the total. */
static double share_of(const double *population, size_t i, double largest, double people)
{
    return population ? population[i] / largest / people : 1.0 / people;
}

star_status star_atkinson(size_t n, const double *health, double epsilon,
                          const double *population, double *ede)
{
    if (!star_rule_admits(STAR_RULE_NONNEG, epsilon))
        return STAR_E_DOMAIN;
    star_status status = star_atkinson_check(n, health, population, NULL);
    if (status)
        return status;
    /* Population shares; dividing by the largest first keeps the total
       finite. */
    double largest = 0.0, people = (double)n;
    if (population) {
        for (size_t i = 0; i < n; i++)
            largest = fmax(largest, population[i]);
        people = 0.0;
        for (size_t i = 0; i < n; i++)
            people += population[i] / largest;
    }
    /* EDE = (sum p_i h_i^a)^(1/a) with a = 1 - epsilon. Relative to a
       reference level r every term is exp(a*log(h_i/r)); choosing r as the
       largest level when a > 0 and the smallest when a < 0 keeps every
       exponent <= 0, so nothing overflows, and expm1/log1p keep the digits
       when a is near 0. */
    double a = 1.0 - epsilon;
    /* Some row has a share > 0: the largest population has 1/people >= 1/n. */
    double reference = 0.0;
    for (size_t i = 0; i < n; i++) {
        if (!(share_of(population, i, largest, people) > 0.0))
            continue; /* no population, no part */
        if (reference == 0.0 || (a >= 0.0 ? health[i] > reference : health[i] < reference))
            reference = health[i];
    }
    double log_reference = log(reference), sum = 0.0, direct = 0.0, lowest = INFINITY, highest = 0.0;
    for (size_t i = 0; i < n; i++) {
        double p = share_of(population, i, largest, people);
        if (!(p > 0.0))
            continue;
        lowest = fmin(lowest, health[i]);
        highest = fmax(highest, health[i]);
        double z = log(health[i]) - log_reference;
        sum += p * (a == 0.0 ? z : expm1(a * z));
        direct += p * exp(a * z);
    }
    /* a = 0 is the limit: the geometric mean, exp(sum p_i log h_i). The
       terms of sum all have one sign, so it is accurate; but 1 + sum near 0
       (the reference level's people are few) loses its digits in log1p,
       where the sum of positive terms taken directly keeps them (R7). */
    double log_ede = log_reference + (a == 0.0 ? sum : (sum > -0.5 ? log1p(sum) : log(direct)) / a);
    /* The mean lies between the levels; rounding in exp and log must not
       step outside them (R5). */
    *ede = fmin(fmax(exp(log_ede), lowest), highest);
    return isfinite(log_ede) && *ede > 0.0 ? STAR_OK : STAR_E_NONFINITE;
}

star_status star_icer_check(size_t n, const double *delta_cost, const double *delta_effect,
                            star_where *where)
{
    const star_input inputs[] = {{"delta_cost", delta_cost, STAR_RULE_NUMBER},
                                 {"delta_effect", delta_effect, STAR_RULE_NONZERO}};
    return star_check_rows(n, inputs, 2, where);
}

star_status star_icer(size_t n, const double *delta_cost, const double *delta_effect,
                      double *out)
{
    star_status status = star_icer_check(n, delta_cost, delta_effect, NULL);
    if (status)
        return status;
    for (size_t i = 0; i < n; i++)
        out[i] = delta_cost[i] / delta_effect[i];
    return star_finite(out, n);
}

star_status star_nmb_check(size_t n, const double *delta_effect, const double *delta_cost,
                           const double *threshold, star_where *where)
{
    const star_input inputs[] = {{"delta_effect", delta_effect, STAR_RULE_NUMBER},
                                 {"delta_cost", delta_cost, STAR_RULE_NUMBER},
                                 {"threshold", threshold, STAR_RULE_NONNEG}};
    return star_check_rows(n, inputs, 3, where);
}

/* t * e - c, also where t * e alone would overflow but the difference
   does not (R8): halves keep it finite. */
static double net_benefit(double t, double e, double c)
{
    double v = t * e - c;
    if (isfinite(v) || !isfinite(t) || !isfinite(e) || !isfinite(c))
        return v;
    return 2.0 * (0.5 * t * e - 0.5 * c);
}

star_status star_nmb(size_t n, const double *delta_effect, const double *delta_cost,
                     const double *threshold, double *out)
{
    star_status status = star_nmb_check(n, delta_effect, delta_cost, threshold, NULL);
    if (status)
        return status;
    for (size_t i = 0; i < n; i++)
        out[i] = net_benefit(threshold[i], delta_effect[i], delta_cost[i]);
    return star_finite(out, n);
}
