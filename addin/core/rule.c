/* SPDX-License-Identifier: MPL-2.0 */
#include "rule.h"

#include <math.h>

bool star_is_whole(double x)
{
    if (!isfinite(x))
        return false;
    double nearest = nearbyint(x);
    return fabs(x - nearest) <= 1e-9 * fmax(1.0, fabs(x));
}

bool star_rule_admits(star_rule rule, double x)
{
    return star_rule_admits_inline(rule, x);
}

const char *star_rule_text(star_rule rule)
{
    switch (rule) {
    case STAR_RULE_NUMBER: return "must be a number";
    case STAR_RULE_NONNEG: return "must be 0 or more";
    case STAR_RULE_POSITIVE: return "must be more than 0";
    case STAR_RULE_SHARE: return "must be between 0 and 1";
    case STAR_RULE_COUNT: return "must be a whole number, 0 or more";
    case STAR_RULE_RANK: return "must be a whole number, 1 or more";
    case STAR_RULE_NONZERO: return "must not be 0";
    case STAR_RULE_COUNT_OF_RULES: break;
    }
    return "is not allowed";
}

star_status star_rule_check(star_rule rule, const double *x, size_t n,
                            size_t stride, size_t *bad)
{
    for (size_t i = 0; i < n; i++) {
        if (!star_rule_admits(rule, x[i * stride])) {
            if (bad)
                *bad = i;
            return STAR_E_DOMAIN;
        }
    }
    return STAR_OK;
}
