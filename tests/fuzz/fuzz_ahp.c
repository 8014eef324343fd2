/* SPDX-License-Identifier: MPL-2.0 */
/* Fuzz target: ahp.h (STAR.AHP, STAR.AHPCR). Matrices come raw or made
   reciprocal from their upper triangle (so that most are valid). On
   STAR_OK the priorities are shares summing to 1, lambda_max is
   at least k (Perron: it is for every positive reciprocal matrix) and the
   consistency ratio is finite and not negative; a checker's verdict is its
   function's. */
#include "fuzz.h"
#include "star_core.h"

#include <math.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in;
    fuzz_begin(&in, data, size);
    size_t rows = fuzz_size(&in, 12), cols = rows;
    uint8_t mode = fuzz_byte(&in);
    if (mode % 8 == 7)
        cols = fuzz_size(&in, 12);
    double *a = fuzz_doubles(&in, rows * cols);
    if (mode % 2 && rows == cols) {
        for (size_t i = 0; i < rows; i++) {
            a[i * rows + i] = 1.0;
            for (size_t j = 0; j < i; j++)
                a[i * rows + j] = 1.0 / a[j * rows + i];
        }
    }
    static const char *const inputs[] = {"matrix", NULL};
    star_where where;
    star_status checked = star_ahp_check(rows, cols, a, &where);
    double *w = fuzz_out(rows), lambda = NAN, cr = NAN, ri = NAN;
    star_status s = star_ahp(rows, cols, a, w, &lambda);
    FUZZ_CHECK_STATUS(s);
    if (checked != STAR_OK) {
        FUZZ_CHECK(s == checked);
        FUZZ_CHECK(fuzz_where_ok(&where, rows, cols, inputs));
    }
    if (s == STAR_OK) {
        double sum = 0.0;
        for (size_t i = 0; i < rows; i++) {
            /* Positive in exact arithmetic, but with judgements near the
               ends of the doubles a weight may be below the smallest. */
            FUZZ_CHECK(isfinite(w[i]) && w[i] >= 0.0 && w[i] <= 1.0);
            sum += w[i];
        }
        FUZZ_CHECK(fabs(sum - 1.0) <= 1e-12 * (double)(rows + 1));
        FUZZ_CHECK(isfinite(lambda) && lambda >= (double)rows * (1.0 - 1e-9));
    }
    star_status crs = star_ahp_cr(rows, cols, a, &cr);
    FUZZ_CHECK_STATUS(crs);
    if (rows == cols && rows <= STAR_AHP_MAX_CR_SIZE) {
        FUZZ_CHECK(crs == s);
        FUZZ_CHECK(star_ahp_random_index(rows, &ri) == (rows ? STAR_OK : STAR_E_EMPTY));
    } else if (rows == cols) {
        FUZZ_CHECK(crs == STAR_E_TOO_LARGE);
    }
    if (crs == STAR_OK) {
        FUZZ_CHECK(isfinite(cr) && cr >= 0.0);
        if (rows <= 2)
            FUZZ_CHECK(cr == 0.0);
    }
    free(a);
    free(w);
    return 0;
}
