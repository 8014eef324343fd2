/* SPDX-License-Identifier: MPL-2.0 */
/* What one value of an argument may be. The single definition of each rule:
   the core checks its inputs with it and the spreadsheet glue uses it to
   name the offending cell. */
#ifndef STAR_RULE_H
#define STAR_RULE_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include "export.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum star_rule {
    STAR_RULE_NUMBER,   /* any finite number */
    STAR_RULE_NONNEG,   /* >= 0 */
    STAR_RULE_POSITIVE, /* > 0 */
    STAR_RULE_SHARE,    /* 0 to 1 */
    STAR_RULE_COUNT,    /* a whole number >= 0 */
    STAR_RULE_RANK,     /* a whole number >= 1 */
    STAR_RULE_NONZERO,  /* any number but 0 */
    STAR_RULE_COUNT_OF_RULES
} star_rule;

/* Whole numbers are recognised within a relative 1e-9, so that 0.19*18500
   counts as 3515. */
STAR_API bool star_is_whole(double x);

/* True when x is finite and satisfies the rule. */
STAR_API bool star_rule_admits(star_rule rule, double x);

/* The rules themselves, inline for loops over every cell of a range;
   star_rule_admits is this. */
static inline bool star_rule_admits_inline(star_rule rule, double x)
{
    if (!isfinite(x))
        return false;
    switch (rule) {
    case STAR_RULE_NUMBER: return true;
    case STAR_RULE_NONNEG: return x >= 0.0;
    case STAR_RULE_POSITIVE: return x > 0.0;
    case STAR_RULE_SHARE: return x >= 0.0 && x <= 1.0;
    case STAR_RULE_COUNT: return x >= 0.0 && star_is_whole(x);
    case STAR_RULE_RANK: return nearbyint(x) >= 1.0 && star_is_whole(x);
    case STAR_RULE_NONZERO: return x != 0.0;
    case STAR_RULE_COUNT_OF_RULES: break;
    }
    return false;
}

/* What the rule asks for, as a phrase: "must be 0 or more". Never NULL. */
STAR_API const char *star_rule_text(star_rule rule);

/* Checks x[0], x[stride], ... (n values). Returns STAR_OK, or STAR_E_DOMAIN
   and the index (in values, not bytes) of the first offender in *bad when bad
   is not NULL. */
STAR_API star_status star_rule_check(star_rule rule, const double *x, size_t n,
                                     size_t stride, size_t *bad);

#ifdef __cplusplus
}
#endif
#endif
