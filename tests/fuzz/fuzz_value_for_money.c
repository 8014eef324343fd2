/* SPDX-License-Identifier: MPL-2.0 */
/* Fuzz target: value_for_money.h (STAR.BENEFIT, STAR.VFM, STAR.RANK), and
   the rules and words every module shares (rule.h, status.h). Each status
   must be the one the rules predict; on STAR_OK every result is finite and
   the formula's own value, bit for bit where the plain expression keeps its
   digits on the way and otherwise the exact value (told by logarithms), so
   that an answer beyond doubles is refused and every other is given; ranks
   are competition ranks counted by hand. */
#include "fuzz.h"
#include "star_core.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static bool admitted(star_rule rule, const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!star_rule_admits(rule, x[i]))
            return false;
    return true;
}

static void rules_and_words(const double *x, size_t n, uint8_t status)
{
    FUZZ_CHECK(star_strerror((star_status)status) != NULL);
    FUZZ_CHECK(star_strerror((star_status)-1) != NULL);
    for (int r = 0; r <= STAR_RULE_COUNT_OF_RULES; r++) {
        FUZZ_CHECK(star_rule_text((star_rule)r) != NULL);
        size_t bad = n;
        star_status s = star_rule_check((star_rule)r, x, n, 1, &bad);
        FUZZ_CHECK(s == (admitted((star_rule)r, x, n) ? STAR_OK : STAR_E_DOMAIN));
        if (s)
            FUZZ_CHECK(bad < n && !star_rule_admits((star_rule)r, x[bad]));
        for (size_t i = 0; i < n; i++)
            if (star_rule_admits((star_rule)r, x[i]) || star_is_whole(x[i]))
                FUZZ_CHECK(isfinite(x[i]));
    }
}

/* True where x kept all its digits: a normal double, or a zero that came
   from a zero factor. */
static bool kept(double x, bool zero_factor)
{
    return (x == 0.0 && zero_factor) || (isfinite(x) && fabs(x) >= DBL_MIN);
}

/* The status of a result of this exact size: STAR_E_NONFINITE beyond
   doubles; -1 where either may be right (at the edge). */
static int status_of(fuzz_size_of size)
{
    int beyond = fuzz_beyond_doubles(size);
    return beyond < 0 ? -1 : beyond ? STAR_E_NONFINITE : STAR_OK;
}

/* The result against the plain expression p computed on the way through
   q (its first product or quotient): bit for bit when q kept its digits,
   else the exact value. */
static void check_value(double got, double q, bool zero_factor, double p, fuzz_size_of exact)
{
    if (kept(q, zero_factor))
        FUZZ_CHECK(got == p);
    else
        FUZZ_CHECK(fuzz_matches(got, exact));
}

static void benefit(size_t n, const double *patients, const double *gain, const double *likelihood)
{
    double *out = fuzz_out(n);
    star_status s = star_benefit(n, patients, gain, likelihood, out);
    int want = STAR_OK;
    if (!admitted(STAR_RULE_COUNT, patients, n) || !admitted(STAR_RULE_NUMBER, gain, n) ||
        (likelihood && !admitted(STAR_RULE_SHARE, likelihood, n)))
        want = STAR_E_DOMAIN;
    static const int product[] = {1, 1, 1};
    for (size_t i = 0; i < n && want == STAR_OK; i++) {
        double f[] = {patients[i], gain[i], likelihood ? likelihood[i] : 1.0};
        int row = status_of(fuzz_magnitude(f, product, 3));
        want = row == STAR_OK ? want : row;
    }
    FUZZ_CHECK(want < 0 ? s == STAR_OK || s == STAR_E_NONFINITE : (int)s == want);
    for (size_t i = 0; i < n && !s; i++) {
        double f[] = {patients[i], gain[i], likelihood ? likelihood[i] : 1.0};
        check_value(out[i], f[0] * f[1], f[0] == 0.0 || f[1] == 0.0, f[0] * f[1] * f[2],
                    fuzz_magnitude(f, product, 3));
    }
    /* out may alias an input */
    double *alias = fuzz_out(n);
    memcpy(alias, gain, n * sizeof *alias);
    FUZZ_CHECK(star_benefit(n, patients, alias, likelihood, alias) == s);
    FUZZ_CHECK(s || memcmp(alias, out, n * sizeof *out) == 0);
    free(alias);
    free(out);
}

static void vfm(size_t n, const double *benefit, const double *cost, double per)
{
    double *out = fuzz_out(n);
    star_status s = star_vfm(n, benefit, cost, per, out);
    int want = STAR_OK;
    if (!star_rule_admits(STAR_RULE_POSITIVE, per) || !admitted(STAR_RULE_NUMBER, benefit, n) ||
        !admitted(STAR_RULE_POSITIVE, cost, n))
        want = STAR_E_DOMAIN;
    static const int quotient[] = {1, -1, 1};
    for (size_t i = 0; i < n && want == STAR_OK; i++) {
        double f[] = {benefit[i], cost[i], per};
        int row = status_of(fuzz_magnitude(f, quotient, 3));
        want = row == STAR_OK ? want : row;
    }
    FUZZ_CHECK(want < 0 ? s == STAR_OK || s == STAR_E_NONFINITE : (int)s == want);
    for (size_t i = 0; i < n && !s; i++) {
        double f[] = {benefit[i], cost[i], per};
        check_value(out[i], f[0] / f[1], f[0] == 0.0, f[0] / f[1] * f[2], fuzz_magnitude(f, quotient, 3));
    }
    free(out);
}

static void rank(size_t n, const double *values, bool ascending)
{
    double *out = fuzz_out(n);
    star_status s = star_rank(n, values, ascending, out);
    FUZZ_CHECK(s == (admitted(STAR_RULE_NUMBER, values, n) ? STAR_OK : STAR_E_DOMAIN));
    for (size_t i = 0; i < n && !s; i++) {
        size_t better = 0;
        for (size_t j = 0; j < n; j++)
            better += ascending ? values[j] < values[i] : values[j] > values[i];
        FUZZ_CHECK(out[i] == (double)(better + 1));
    }
    free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in;
    fuzz_begin(&in, data, size);
    size_t n = fuzz_size(&in, 40);
    bool ascending = fuzz_bool(&in);
    uint8_t status = fuzz_byte(&in);
    double per = fuzz_double(&in);
    double *a = fuzz_doubles(&in, n), *b = fuzz_doubles(&in, n), *c = fuzz_optional(&in, n);
    rules_and_words(a, n, status);
    benefit(n, a, b, c);
    vfm(n, a, b, per);
    vfm(n, b, a, per);
    rank(n, a, ascending);
    free(a);
    free(b);
    free(c);
    return 0;
}
