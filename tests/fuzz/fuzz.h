/* SPDX-License-Identifier: MPL-2.0 */
/* Shared by the fuzz targets (docs/reliability.md): turns the fuzzer's bytes
   into sizes, flags and doubles, and checks invariants. Every target defines
   LLVMFuzzerTestOneInput; it runs under libFuzzer with AddressSanitizer and
   UndefinedBehaviorSanitizer (clang), or replays files (fuzz_replay.c, any
   compiler) as a regression test. A broken invariant aborts, which libFuzzer
   reports as a crash and saves the input. */
#ifndef STAR_FUZZ_H
#define STAR_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "status.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct fuzz_input {
    const uint8_t *data;
    size_t size, pos;
} fuzz_input;

void fuzz_begin(fuzz_input *in, const uint8_t *data, size_t size);

/* The next byte, or 0 once the bytes run out (so every input decodes). */
uint8_t fuzz_byte(fuzz_input *in);
bool fuzz_bool(fuzz_input *in);
/* 0..max. */
size_t fuzz_size(fuzz_input *in, size_t max);

/* A double, mostly of the kinds a workbook holds (small whole numbers,
   shares, eighths), the rest the awkward ones: NaN, infinities, 0 and -0,
   the largest and smallest doubles, subnormals, values a hair from 1 or
   from a whole number, and any 64 bits at all. */
double fuzz_double(fuzz_input *in);

/* n doubles (never NULL; free with free). */
double *fuzz_doubles(fuzz_input *in, size_t n);
/* n doubles, or NULL (an optional argument left out) one time in four. */
double *fuzz_optional(fuzz_input *in, size_t n);
/* n output slots filled with NaN, so that a value never written shows. */
double *fuzz_out(size_t n);

_Noreturn void fuzz_fail(const char *file, int line, const char *what);
#define FUZZ_CHECK(cond) do { if (!(cond)) fuzz_fail(__FILE__, __LINE__, #cond); } while (0)

/* A status the core may return at all. */
#define FUZZ_CHECK_STATUS(s) FUZZ_CHECK((unsigned)(s) < STAR_STATUS_COUNT)

/* |a - b| <= rel * max(1, |a|, |b|). */
bool fuzz_near(double a, double b, double rel);

bool fuzz_all_finite(const double *x, size_t n);

/* A product and quotient of nonzero finite doubles, told by logarithms, so
   that an answer's size is known however far the plain expression would
   overflow or underflow on the way: sum of sign[i]*log2|x[i]|, and the sign
   of the exact result. */
typedef struct fuzz_size_of {
    double log2;   /* of the magnitude */
    int sign;      /* -1, 0 (a factor is zero) or 1 */
} fuzz_size_of;
fuzz_size_of fuzz_magnitude(const double *factors, const int *powers, size_t count);

/* Whether a result of that exact size is beyond DBL_MAX (1), representable
   (0), or too near the edge to tell from logarithms (-1). */
int fuzz_beyond_doubles(fuzz_size_of want);

/* Whether got is the exact value of that size: to 1e-12 relative in the
   normal range, to a few units of the smallest subnormal below it. */
bool fuzz_matches(double got, fuzz_size_of want);

/* A checker's report names a row below rows (or none), a column below cols
   and, when it names an input, one of the NULL-terminated names. */
bool fuzz_where_ok(const star_where *where, size_t rows, size_t cols, const char *const *names);

#endif
