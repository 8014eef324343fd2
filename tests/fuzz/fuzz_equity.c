/* SPDX-License-Identifier: MPL-2.0 */
/* Fuzz target: equity.h (STAR.EQUITY, STAR.ATKINSON, STAR.ICER, STAR.NMB).
   Each status must be the one the rules predict and each result the
   formula's own value; Atkinson's equally distributed equivalent lies
   between the smallest and largest level of the rows with people. */
#include "fuzz.h"
#include "star_core.h"

#include <math.h>
#include <stdlib.h>

typedef double (*formula)(double a, double b, double c);
typedef star_status (*per_row)(size_t n, const double *a, const double *b, const double *c, double *out);

static double equity_of(double b, double share, double w) { return b * (1.0 + (w - 1.0) * share); }
static double icer_of(double cost, double effect, double unused) { (void)unused; return cost / effect; }
/* threshold x effect - cost, from halves where the product alone would
   overflow but the difference does not. */
static double nmb_of(double effect, double cost, double threshold)
{
    double v = threshold * effect - cost;
    return isfinite(v) ? v : 2.0 * (0.5 * threshold * effect - 0.5 * cost);
}
static star_status icer(size_t n, const double *a, const double *b, const double *c, double *out)
{
    (void)c;
    return star_icer(n, a, b, out);
}

/* rules[0..2]: the rule of each argument. */
static void check_per_row(per_row fn, formula f, const star_rule *rules, size_t n, const double *a,
                          const double *b, const double *c)
{
    const double *args[] = {a, b, c};
    star_status want = STAR_OK;
    for (size_t i = 0; i < n && !want; i++)
        for (int arg = 0; arg < 3; arg++)
            if (!star_rule_admits(rules[arg], args[arg][i]))
                want = STAR_E_DOMAIN;
    for (size_t i = 0; i < n && !want; i++)
        if (!isfinite(f(a[i], b[i], c[i])))
            want = STAR_E_NONFINITE;
    double *out = fuzz_out(n);
    FUZZ_CHECK(fn(n, a, b, c, out) == want);
    for (size_t i = 0; i < n && !want; i++)
        FUZZ_CHECK(out[i] == f(a[i], b[i], c[i]));
    free(out);
}

static void atkinson(size_t n, const double *health, double epsilon, const double *population)
{
    static const char *const inputs[] = {"health", "population", NULL};
    star_where where;
    star_status checked = star_atkinson_check(n, health, population, &where);
    double ede = NAN;
    star_status s = star_atkinson(n, health, epsilon, population, &ede);
    FUZZ_CHECK_STATUS(s);
    if (checked != STAR_OK && star_rule_admits(STAR_RULE_NONNEG, epsilon)) {
        FUZZ_CHECK(s == checked);
        FUZZ_CHECK(fuzz_where_ok(&where, n, 1, inputs));
    }
    if (s == STAR_OK) {
        FUZZ_CHECK(star_rule_admits(STAR_RULE_NONNEG, epsilon));
        double lo = INFINITY, hi = 0.0;
        for (size_t i = 0; i < n; i++) {
            if (population && !(population[i] > 0.0))
                continue;
            lo = fmin(lo, health[i]);
            hi = fmax(hi, health[i]);
        }
        FUZZ_CHECK(isfinite(ede) && ede >= lo * (1.0 - 1e-12) && ede <= hi * (1.0 + 1e-12));
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in;
    fuzz_begin(&in, data, size);
    size_t n = fuzz_size(&in, 30);
    double epsilon = fuzz_double(&in);
    double *a = fuzz_doubles(&in, n), *b = fuzz_doubles(&in, n), *c = fuzz_doubles(&in, n);
    double *population = fuzz_optional(&in, n);
    static const star_rule equity_rules[] = {STAR_RULE_NUMBER, STAR_RULE_SHARE, STAR_RULE_NONNEG};
    static const star_rule icer_rules[] = {STAR_RULE_NUMBER, STAR_RULE_NONZERO, STAR_RULE_NUMBER};
    static const star_rule nmb_rules[] = {STAR_RULE_NUMBER, STAR_RULE_NUMBER, STAR_RULE_NONNEG};
    /* ICER ignores its third argument: give it a valid one. */
    double *zeros = calloc(n ? n : 1, sizeof *zeros);
    check_per_row(star_equity, equity_of, equity_rules, n, a, b, c);
    check_per_row(icer, icer_of, icer_rules, n, a, b, zeros);
    check_per_row(star_nmb, nmb_of, nmb_rules, n, a, b, c);
    atkinson(n, a, epsilon, population);
    free(a);
    free(b);
    free(c);
    free(zeros);
    free(population);
    return 0;
}
