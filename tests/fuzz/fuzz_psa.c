/* SPDX-License-Identifier: MPL-2.0 */
/* Fuzz target: psa.h and random.h (STAR.PSA). A checker's verdict is the
   function's. On STAR_OK every share is in [0, 1]; with whole it is a
   count of draws over draws; with no uncertainty it is STAR.ALLOCATE's
   answer exactly; the same inputs give the same bits twice. Triangular
   draws stay within their range and uniforms within [0, 1). */
#include "fuzz.h"
#include "star_core.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void random_numbers(fuzz_input *in)
{
    star_rng rng;
    uint64_t seed = 0;
    for (int i = 0; i < 8; i++)
        seed = seed << 8 | fuzz_byte(in);
    star_rng_seed(&rng, seed);
    for (int i = 0; i < 4; i++) {
        double u = star_rng_uniform(&rng);
        FUZZ_CHECK(u >= 0.0 && u < 1.0);
    }
    double a = fuzz_double(in), b = fuzz_double(in), c = fuzz_double(in), u = fuzz_double(in);
    /* sort a <= b <= c: low, mode, high */
    if (a > b) { double t = a; a = b; b = t; }
    if (b > c) { double t = b; b = c; c = t; }
    if (a > b) { double t = a; a = b; b = t; }
    if (isfinite(a) && isfinite(b) && isfinite(c) && u >= 0.0 && u < 1.0) {
        double x = star_triangular_quantile(u, a, b, c);
        FUZZ_CHECK(x >= a && x <= c);
        x = star_rng_triangular(&rng, a, b, c);
        FUZZ_CHECK(x >= a && x <= c);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in;
    fuzz_begin(&in, data, size);
    random_numbers(&in);
    size_t n = fuzz_size(&in, 6);
    uint8_t options = fuzz_byte(&in);
    bool whole = options & 1;
    double *b = fuzz_doubles(&in, n), *bl = fuzz_doubles(&in, n), *bh = fuzz_doubles(&in, n);
    double *c = fuzz_doubles(&in, n), *cl = fuzz_doubles(&in, n), *ch = fuzz_doubles(&in, n);
    if (options & 2) { /* mostly valid ranges around the base values */
        for (size_t i = 0; i < n; i++) {
            bl[i] = b[i] - fabs(bl[i]);
            bh[i] = b[i] + fabs(bh[i]);
            c[i] = fabs(c[i]);
            cl[i] = c[i] * (fuzz_byte(&in) / 256.0);
            ch[i] = c[i] + fabs(ch[i]);
        }
    }
    if (options & 4) { /* no uncertainty */
        memcpy(bl, b, n * sizeof *b);
        memcpy(bh, b, n * sizeof *b);
        memcpy(cl, c, n * sizeof *c);
        memcpy(ch, c, n * sizeof *c);
    }
    double budget = fuzz_double(&in), seed = fuzz_double(&in);
    double draws = options & 8 ? (double)fuzz_size(&in, 40) : fuzz_double(&in);
    static const char *const inputs[] = {"benefit", "benefit_low", "benefit_high", "cost", "cost_low",
                                         "cost_high", "budget", "draws", "seed", "min", "max", NULL};
    star_where where;
    star_status checked = star_psa_check(n, b, bl, bh, c, cl, ch, budget, draws, seed, whole, NULL, NULL, &where);
    double *share = fuzz_out(n), *again = fuzz_out(n), *plain = fuzz_out(n);
    star_status s = star_psa(n, b, bl, bh, c, cl, ch, budget, draws, seed, whole, NULL, NULL, share);
    FUZZ_CHECK_STATUS(s);
    if (checked != STAR_OK) {
        FUZZ_CHECK(s == checked && fuzz_where_ok(&where, n, 1, inputs));
    } else {
        FUZZ_CHECK(star_psa(n, b, bl, bh, c, cl, ch, budget, draws, seed, whole, NULL, NULL, again) == s);
        FUZZ_CHECK(s != STAR_OK || memcmp(share, again, n * sizeof *share) == 0);
    }
    if (s == STAR_OK) {
        for (size_t i = 0; i < n; i++) {
            FUZZ_CHECK(isfinite(share[i]) && share[i] >= 0.0 && share[i] <= 1.0);
            if (whole) {
                double count = share[i] * nearbyint(draws);
                FUZZ_CHECK(fabs(count - nearbyint(count)) <= 1e-9 * nearbyint(draws));
            }
        }
        if (options & 4 && star_allocate(n, b, c, budget, whole, NULL, NULL, plain) == STAR_OK)
            FUZZ_CHECK(memcmp(share, plain, n * sizeof *share) == 0);
    }
    free(b);
    free(bl);
    free(bh);
    free(c);
    free(cl);
    free(ch);
    free(share);
    free(again);
    free(plain);
    return 0;
}
