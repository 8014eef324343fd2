/* SPDX-License-Identifier: MPL-2.0 */
/* Requirements (cited by tests/unit/test_value_for_money.c):
   R1. Every input is checked against its rule before anything is written.
   R2. A result that is not finite gives STAR_E_NONFINITE, never a value.
   R3. n = 0 is valid and writes nothing.
   R4. Ranks follow RANK.EQ: ties share the better rank, the next is skipped.
   R5. A representable answer is given even where a product or quotient on
       the way would overflow or underflow (patients x gain x likelihood,
       benefit / cost x per: scaled.h). */
#include "value_for_money.h"
#include "common.h"
#include "scaled.h"

#include <math.h>
#include <stdlib.h>

star_status star_benefit(size_t n, const double *patients, const double *gain,
                         const double *likelihood, double *out)
{
    if (star_rule_check(STAR_RULE_COUNT, patients, n, 1, NULL) ||
        star_rule_check(STAR_RULE_NUMBER, gain, n, 1, NULL) ||
        (likelihood && star_rule_check(STAR_RULE_SHARE, likelihood, n, 1, NULL)))
        return STAR_E_DOMAIN;
    for (size_t i = 0; i < n; i++)
        out[i] = star_product3(patients[i], gain[i], likelihood ? likelihood[i] : 1.0);
    return star_finite(out, n);
}

star_status star_vfm(size_t n, const double *benefit, const double *cost, double per,
                     double *out)
{
    if (!star_rule_admits(STAR_RULE_POSITIVE, per) ||
        star_rule_check(STAR_RULE_NUMBER, benefit, n, 1, NULL) ||
        star_rule_check(STAR_RULE_POSITIVE, cost, n, 1, NULL))
        return STAR_E_DOMAIN;
    for (size_t i = 0; i < n; i++)
        out[i] = star_quotient_times(benefit[i], cost[i], per);
    return star_finite(out, n);
}

typedef struct ranked {
    double value;
    size_t row;
} ranked;

static int by_value_descending(const void *a, const void *b)
{
    double x = ((const ranked *)a)->value, y = ((const ranked *)b)->value;
    return (x < y) - (x > y);
}

star_status star_rank(size_t n, const double *values, bool ascending, double *out)
{
    if (star_rule_check(STAR_RULE_NUMBER, values, n, 1, NULL))
        return STAR_E_DOMAIN;
    if (n == 0)
        return STAR_OK;
    ranked *order = malloc(n * sizeof *order);
    if (!order)
        return STAR_E_NOMEM;
    /* Sorting the negated values descending is sorting ascending. */
    for (size_t i = 0; i < n; i++)
        order[i] = (ranked){ascending ? -values[i] : values[i], i};
    qsort(order, n, sizeof *order, by_value_descending);
    double rank = 1.0;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && order[i].value != order[i - 1].value)
            rank = (double)(i + 1);
        out[order[i].row] = rank;
    }
    free(order);
    return STAR_OK;
}
