/* SPDX-License-Identifier: MPL-2.0 */
/* Fuzz target: value_function.h (STAR.VALUE). Points come raw or with xs
   made increasing. On STAR_OK each value lies between the smallest and the
   largest vs, and at a point xs[r] it is vs[r] exactly. */
#include "fuzz.h"
#include "star_core.h"

#include <math.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in;
    fuzz_begin(&in, data, size);
    size_t m = fuzz_size(&in, 10), n = fuzz_size(&in, 20);
    bool increasing = fuzz_byte(&in) % 4 != 0;
    double *xs = fuzz_doubles(&in, m), *vs = fuzz_doubles(&in, m), *x = fuzz_doubles(&in, n + m);
    if (increasing)
        for (size_t r = 1; r < m; r++)
            xs[r] = xs[r - 1] + fabs(xs[r]);
    /* Half the points asked about are the points themselves. */
    for (size_t r = 0; r < m; r++)
        x[n + r] = xs[r];
    static const char *const inputs[] = {"xs", "vs", NULL};
    star_where where;
    star_status checked = star_value_check(m, xs, vs, &where);
    double *out = fuzz_out(n + m);
    star_status s = star_value(n + m, x, m, xs, vs, out);
    FUZZ_CHECK_STATUS(s);
    if (checked != STAR_OK) {
        FUZZ_CHECK(s == checked);
        FUZZ_CHECK(checked != STAR_E_DOMAIN || (where.row < m && fuzz_where_ok(&where, m, 1, inputs)));
    }
    if (s == STAR_OK) {
        double lo = INFINITY, hi = -INFINITY;
        for (size_t r = 0; r < m; r++) {
            lo = fmin(lo, vs[r]);
            hi = fmax(hi, vs[r]);
        }
        for (size_t i = 0; i < n + m; i++)
            FUZZ_CHECK(isfinite(out[i]) && out[i] >= lo && out[i] <= hi);
        for (size_t r = 0; r < m; r++)
            FUZZ_CHECK(out[n + r] == vs[r]);
    }
    free(xs);
    free(vs);
    free(x);
    free(out);
    return 0;
}
