/* SPDX-License-Identifier: MPL-2.0 */
/* Fuzz target: weighting.h (STAR.ROC, STAR.GROUPWEIGHTS). On STAR_OK the
   weights are shares summing to 1; ROC weights fall as the rank rises and
   equal ranks get equal weights; a checker's verdict is its function's. */
#include "fuzz.h"
#include "star_core.h"

#include <math.h>
#include <stdlib.h>

static void check_shares(const double *w, size_t k)
{
    double sum = 0.0;
    for (size_t i = 0; i < k; i++) {
        FUZZ_CHECK(isfinite(w[i]) && w[i] >= 0.0 && w[i] <= 1.0);
        sum += w[i];
    }
    FUZZ_CHECK(fabs(sum - 1.0) <= 1e-12 * (double)(k + 1));
}

static void roc(size_t k, const double *ranks)
{
    double *out = fuzz_out(k);
    static const char *const inputs[] = {"ranks", NULL};
    star_where where;
    star_status checked = star_roc_check(k, ranks, &where);
    star_status s = star_roc(k, ranks, out);
    FUZZ_CHECK(s == checked);
    if (checked == STAR_E_DOMAIN)
        FUZZ_CHECK(where.row < k && fuzz_where_ok(&where, k, 1, inputs));
    if (s == STAR_OK) {
        check_shares(out, k);
        for (size_t i = 0; i < k; i++) {
            FUZZ_CHECK(out[i] > 0.0);
            for (size_t j = 0; j < k; j++) {
                double ri = nearbyint(ranks[i]), rj = nearbyint(ranks[j]);
                if (ri < rj)
                    FUZZ_CHECK(out[i] >= out[j]);
                if (ri == rj)
                    FUZZ_CHECK(out[i] == out[j]);
            }
        }
    }
    free(out);
}

static void groupweights(size_t g, size_t k, const double *matrix, bool geometric)
{
    double *out = fuzz_out(k);
    static const char *const inputs[] = {"matrix", NULL};
    star_where where;
    star_status checked = star_groupweights_check(g, k, matrix, geometric, &where);
    star_status s = star_groupweights(g, k, matrix, geometric, out);
    FUZZ_CHECK_STATUS(s);
    if (checked != STAR_OK) {
        FUZZ_CHECK(s == checked);
        FUZZ_CHECK(fuzz_where_ok(&where, g, k, inputs));
    }
    if (s == STAR_OK)
        check_shares(out, k);
    free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in;
    fuzz_begin(&in, data, size);
    size_t g = fuzz_size(&in, 8), k = fuzz_size(&in, 12);
    bool geometric = fuzz_bool(&in);
    double *ranks = fuzz_doubles(&in, k), *matrix = fuzz_doubles(&in, g * k);
    roc(k, ranks);
    groupweights(g, k, matrix, geometric);
    free(ranks);
    free(matrix);
    return 0;
}
