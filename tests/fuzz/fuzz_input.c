/* SPDX-License-Identifier: MPL-2.0 */
#include "fuzz.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void fuzz_begin(fuzz_input *in, const uint8_t *data, size_t size)
{
    in->data = data;
    in->size = size;
    in->pos = 0;
}

uint8_t fuzz_byte(fuzz_input *in)
{
    return in->pos < in->size ? in->data[in->pos++] : 0;
}

bool fuzz_bool(fuzz_input *in)
{
    return fuzz_byte(in) & 1;
}

size_t fuzz_size(fuzz_input *in, size_t max)
{
    size_t x = fuzz_byte(in);
    if (max > 255)
        x = x << 8 | fuzz_byte(in);
    return x % (max + 1);
}

static const double awkward[] = {
    NAN, INFINITY, -INFINITY, 0.0, -0.0, DBL_MAX, -DBL_MAX, DBL_MIN, 4.9e-324, -4.9e-324,
    1e300, -1e300, 1e-300, 1e308, 1.0 + 1e-10, 1.0 - 1e-10, 1.0 + 1e-8, 0x1p53, 0x1p63,
    0x1p64, -0x1p63, 1e15, 0.5, 1.0 / 3.0, 2.0 / 3.0, 1e-9, 1e9, 1e6, 1e-6, 0.1, 0.2, 0.3,
    -1.0, 2.5, 3515.0000000001, 1e-200, 1e200, 0.9999999999999999, 1.0000000000000002,
};

double fuzz_double(fuzz_input *in)
{
    uint8_t kind = fuzz_byte(in);
    switch (kind % 8) {
    case 0:
    case 1:
    case 2: return (double)fuzz_byte(in) - 16.0; /* whole, mostly positive */
    case 3: return fuzz_byte(in) / 255.0;        /* a share */
    case 4: return fuzz_byte(in) / 8.0;          /* eighths */
    case 5: return awkward[fuzz_byte(in) % (sizeof awkward / sizeof awkward[0])];
    case 6: {
        uint64_t bits = 0;
        for (int i = 0; i < 8; i++)
            bits = bits << 8 | fuzz_byte(in);
        double x;
        memcpy(&x, &bits, sizeof x);
        return x;
    }
    default: return (double)fuzz_byte(in) + 1.0; /* whole, 1..256 */
    }
}

double *fuzz_doubles(fuzz_input *in, size_t n)
{
    double *x = malloc((n ? n : 1) * sizeof *x);
    if (!x)
        abort();
    for (size_t i = 0; i < n; i++)
        x[i] = fuzz_double(in);
    return x;
}

double *fuzz_optional(fuzz_input *in, size_t n)
{
    return fuzz_byte(in) % 4 == 0 ? NULL : fuzz_doubles(in, n);
}

double *fuzz_out(size_t n)
{
    double *x = malloc((n ? n : 1) * sizeof *x);
    if (!x)
        abort();
    for (size_t i = 0; i < (n ? n : 1); i++)
        x[i] = NAN;
    return x;
}

void fuzz_fail(const char *file, int line, const char *what)
{
    fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
    abort();
}

bool fuzz_near(double a, double b, double rel)
{
    return fabs(a - b) <= rel * fmax(1.0, fmax(fabs(a), fabs(b)));
}

fuzz_size_of fuzz_magnitude(const double *factors, const int *powers, size_t count)
{
    fuzz_size_of size = {0.0, 1};
    for (size_t i = 0; i < count; i++) {
        if (factors[i] == 0.0)
            return (fuzz_size_of){-INFINITY, 0};
        size.log2 += powers[i] * log2(fabs(factors[i]));
        if (factors[i] < 0.0)
            size.sign = -size.sign;
    }
    return size;
}

int fuzz_beyond_doubles(fuzz_size_of want)
{
    /* DBL_MAX is just below 2^1024. */
    if (want.sign == 0 || want.log2 < 1024.0 - 1e-9)
        return 0;
    return want.log2 > 1024.0 + 1e-9 ? 1 : -1;
}

bool fuzz_matches(double got, fuzz_size_of want)
{
    if (want.sign == 0)
        return got == 0.0;
    if (want.log2 >= -1022.0)
        return (got > 0.0 ? 1 : -1) == want.sign && fabs(log2(fabs(got)) - want.log2) <= 1e-12 * fmax(1.0, fabs(want.log2));
    /* Subnormal: a few units of 2^-1074 either way. */
    double exact = want.sign * exp2(want.log2);
    return fabs(got - exact) <= 4.0 * 0x1p-1074 + 1e-12 * fabs(exact);
}

bool fuzz_all_finite(const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isfinite(x[i]))
            return false;
    return true;
}

bool fuzz_where_ok(const star_where *where, size_t rows, size_t cols, const char *const *names)
{
    if (!(where->row == STAR_NO_ROW || where->row < rows) || !(where->column < (cols ? cols : 1)))
        return false;
    if (!where->input)
        return true;
    for (; *names; names++)
        if (strcmp(*names, where->input) == 0)
            return true;
    return false;
}
