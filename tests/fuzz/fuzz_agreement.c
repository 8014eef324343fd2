/* SPDX-License-Identifier: MPL-2.0 */
/* Fuzz target: agreement.h (STAR.AGREE). On STAR_OK tau-b lies in [-1, 1],
   equals a count of all pairs by hand, is symmetric in its columns and
   changes sign when one column is negated. */
#include "fuzz.h"
#include "star_core.h"

#include <math.h>
#include <stdlib.h>

/* Kendall's tau-b by counting every pair. */
static double tau_by_pairs(size_t n, const double *a, const double *b)
{
    double concordant = 0, discordant = 0, tied_a = 0, tied_b = 0, total = 0;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = i + 1; j < n; j++) {
            double da = a[i] - a[j], db = b[i] - b[j];
            total++;
            if (a[i] == a[j])
                tied_a++;
            if (b[i] == b[j])
                tied_b++;
            if (a[i] != a[j] && b[i] != b[j]) {
                if ((da > 0) == (db > 0))
                    concordant++;
                else
                    discordant++;
            }
        }
    }
    return (concordant - discordant) / sqrt((total - tied_a) * (total - tied_b));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in;
    fuzz_begin(&in, data, size);
    size_t n = fuzz_size(&in, 60);
    double *a = fuzz_doubles(&in, n), *b = fuzz_doubles(&in, n), *minus_b = fuzz_out(n);
    for (size_t i = 0; i < n; i++)
        minus_b[i] = -b[i];
    double tau = NAN, swapped = NAN, negated = NAN;
    star_status s = star_agree(n, a, b, &tau);
    FUZZ_CHECK_STATUS(s);
    FUZZ_CHECK(star_agree(n, b, a, &swapped) == s);
    FUZZ_CHECK(star_agree(n, a, minus_b, &negated) == s);
    if (s == STAR_OK) {
        FUZZ_CHECK(n >= 2 && fuzz_all_finite(a, n) && fuzz_all_finite(b, n));
        FUZZ_CHECK(tau >= -1.0 && tau <= 1.0);
        FUZZ_CHECK(swapped == tau);
        FUZZ_CHECK(negated == -tau);
        FUZZ_CHECK(fuzz_near(tau, tau_by_pairs(n, a, b), 1e-12));
    } else if (n >= 2 && fuzz_all_finite(a, n) && fuzz_all_finite(b, n)) {
        FUZZ_CHECK(s == STAR_E_EMPTY); /* a column all tied */
    }
    free(a);
    free(b);
    free(minus_b);
    return 0;
}
