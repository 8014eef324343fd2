/* SPDX-License-Identifier: MPL-2.0 */
/* Requirements (cited by tests/unit/test_weighting.c):
   R1. ROC ranks are whole numbers from 1 to k; anything else is STAR_E_DOMAIN,
       k = 0 is STAR_E_EMPTY.
   R2. ROC weights follow w_r = (1/k) * sum_{i=r..k} 1/i and sum to 1.
   R3. Equal ranks share the mean weight of the places they occupy in the
       order by rank: only the order matters (1,1,3 and 1,1,2 agree).
   R4. Group weights: entries >= 0 (> 0 when geometric), no row all zero
       (STAR_E_ALL_ZERO), g or k = 0 is STAR_E_EMPTY; the checker names the
       first offending entry in row order.
   R5. Each row counts equally whatever its scale: rows are normalised first.
   R6. The combined weights sum to 1; geometric means are taken through logs
       so that tiny or huge entries neither underflow nor overflow.
   R7. Results are finite or the status says STAR_E_NONFINITE. */
#include "weighting.h"
#include "rule.h"
#include "shares.h"

#include <math.h>
#include <stdlib.h>

star_status star_roc_check(size_t k, const double *ranks, star_where *where)
{
    if (k == 0)
        return star_found(where, STAR_E_EMPTY, STAR_NO_ROW, 0, "ranks");
    for (size_t i = 0; i < k; i++)
        if (!star_rule_admits(STAR_RULE_RANK, ranks[i]) || nearbyint(ranks[i]) > (double)k)
            return star_found_why(where, STAR_E_DOMAIN, i, 0, "ranks",
                                  "must be whole numbers from 1 to %zu, the number of criteria", k);
    return STAR_OK;
}

star_status star_roc(size_t k, const double *ranks, double *out)
{
    star_status status = star_roc_check(k, ranks, NULL);
    if (status)
        return status;
    /* Ranks are whole numbers 1..k, so counting them orders the criteria in
       O(k) without a sort. */
    size_t *count = calloc(k + 1, sizeof *count);
    double *place = calloc(k + 1, sizeof *place); /* weight of place 1..k */
    double *shared = calloc(k + 1, sizeof *shared); /* weight of rank 1..k */
    if (!count || !place || !shared) {
        free(count);
        free(place);
        free(shared);
        return STAR_E_NOMEM;
    }
    for (size_t i = 0; i < k; i++)
        count[(size_t)nearbyint(ranks[i])]++;
    /* Summing from the smallest term keeps the rounding small. */
    double tail = 0.0;
    for (size_t p = k; p >= 1; p--) {
        tail += 1.0 / (double)p;
        place[p] = tail / (double)k;
    }
    size_t next = 1; /* first place not yet taken */
    for (size_t r = 1; r <= k; r++) {
        if (count[r] == 0)
            continue;
        double sum = 0.0;
        for (size_t p = next; p < next + count[r]; p++)
            sum += place[p];
        shared[r] = sum / (double)count[r];
        next += count[r];
    }
    /* Reading ranks[i] before writing out[i] lets out alias ranks. */
    for (size_t i = 0; i < k; i++)
        out[i] = shared[(size_t)nearbyint(ranks[i])];
    free(count);
    free(place);
    free(shared);
    return STAR_OK;
}

star_status star_groupweights_check(size_t g, size_t k, const double *matrix, bool geometric,
                                    star_where *where)
{
    if (g == 0 || k == 0)
        return star_found(where, STAR_E_EMPTY, STAR_NO_ROW, 0, "matrix");
    star_rule rule = geometric ? STAR_RULE_POSITIVE : STAR_RULE_NONNEG;
    for (size_t r = 0; r < g; r++) {
        const double *row = matrix + r * k;
        size_t col;
        if (star_rule_check(rule, row, k, 1, &col))
            return geometric ? star_found_why(where, STAR_E_DOMAIN, r, col, "matrix",
                                              "must be more than 0 with geometric (%.15g)", row[col])
                             : star_found(where, STAR_E_DOMAIN, r, col, "matrix");
        bool any = false;
        for (size_t c = 0; c < k; c++)
            any = any || row[c] > 0.0;
        if (!any)
            return star_found(where, STAR_E_ALL_ZERO, r, 0, "matrix");
    }
    return STAR_OK;
}

star_status star_groupweights(size_t g, size_t k, const double *matrix, bool geometric,
                              double *out)
{
    star_status status = star_groupweights_check(g, k, matrix, geometric, NULL);
    if (status)
        return status;
    for (size_t c = 0; c < k; c++)
        out[c] = 0.0;
    for (size_t r = 0; r < g; r++) {
        const double *row = matrix + r * k;
        /* Dividing by the largest entry first keeps the row sum finite. */
        double largest = 0.0, total = 0.0;
        for (size_t c = 0; c < k; c++)
            largest = fmax(largest, row[c]);
        for (size_t c = 0; c < k; c++)
            total += row[c] / largest;
        if (geometric) {
            double offset = log(largest) + log(total);
            for (size_t c = 0; c < k; c++)
                out[c] += log(row[c]) - offset;
        } else {
            for (size_t c = 0; c < k; c++)
                out[c] += row[c] / largest / total;
        }
    }
    if (geometric) {
        for (size_t c = 0; c < k; c++)
            out[c] /= (double)g;
        star_shares_from_logs(k, out);
    } else {
        for (size_t c = 0; c < k; c++)
            out[c] /= (double)g;
    }
    for (size_t c = 0; c < k; c++)
        if (!isfinite(out[c]))
            return STAR_E_NONFINITE;
    return STAR_OK;
}
