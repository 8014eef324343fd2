/* SPDX-License-Identifier: MPL-2.0 */
/* Benchmark of the limits (docs/reliability.md): every STAR function
   called through the glue, as Calc calls it, with ranges at or near the
   largest the glue accepts (STAR_MAX_CELLS) and with data chosen to be the
   worst case of its algorithm. Prints a markdown table of what each call
   gave (an answer, or the error value and its words), the time the add-in
   took (building the UNO ranges, which is Calc's work, is not counted), the
   memory the ranges take and the peak of the process that made the call
   (one per case).
   Usage: bench_limits [--check SECONDS] [--repeat N] [case-name-substring]
   With --check it exits non-zero when a call takes longer than SECONDS or
   fails with anything but an answer, Err:502 or Err:523 (no memory, say).
   With --repeat each case is called N times in its process, as a workbook
   recalculated again and again, and the heap the process holds after each
   call is printed: it returns to what it was before the first. */
#define _POSIX_C_SOURCE 200809L
#include "run.h"
#include "star_core.h"
#include "types.h"
#include "uno_build.h"

#include <malloc.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <time.h>

#define MAX_CELLS ((size_t)1 << 22)

/* A value for cell (i, j) of a rows x cols argument. */
typedef double (*fill_fn)(size_t i, size_t j, size_t rows, size_t cols);

typedef struct arg_spec {
    size_t rows, cols; /* 0 rows: an optional argument left out */
    fill_fn fill;
    double value;      /* when fill is NULL */
} arg_spec;

typedef struct limit_case {
    const char *name;
    star_function_id fn;
    arg_spec args[STAR_MAX_ARGS];
} limit_case;

static double uniform(size_t i, size_t j) /* a hash of (i, j) in [0, 1) */
{
    uint64_t z = (uint64_t)i * 0x9e3779b97f4a7c15u + (uint64_t)j * 0xc2b2ae3d27d4eb4fu + 1;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return (double)((z ^ (z >> 31)) >> 11) * 0x1.0p-53;
}

static double f_seq(size_t i, size_t j, size_t r, size_t c) { (void)r; (void)c; return (double)(i + j + 1); }
/* A whole column with three interventions at the top, blank below (NAN is
   a blank cell): what A:A is in a real workbook. */
static double f_three(size_t i, size_t j, size_t r, size_t c) { (void)j; (void)r; (void)c; return i < 3 ? (double)(i + 1) : NAN; }
static double f_random(size_t i, size_t j, size_t r, size_t c) { (void)r; (void)c; return 1.0 + 99.0 * uniform(i, j); }
static double f_share(size_t i, size_t j, size_t r, size_t c) { (void)r; (void)c; return uniform(i, j); }
/* Costs 5,000 to 500,000 on a log scale; benefit 1 to 7 per 100,000. */
static double f_cost(size_t i, size_t j, size_t r, size_t c) { (void)j; (void)r; (void)c; return exp(log(5000.0) + log(100.0) * uniform(i, 7)); }
static double f_benefit(size_t i, size_t j, size_t r, size_t c) { return f_cost(i, j, r, c) * (1.0 + 6.0 * uniform(i, 8)) / 1e5; }
static double f_benefit_low(size_t i, size_t j, size_t r, size_t c) { return 0.7 * f_benefit(i, j, r, c); }
static double f_benefit_high(size_t i, size_t j, size_t r, size_t c) { return 1.3 * f_benefit(i, j, r, c); }
static double f_cost_low(size_t i, size_t j, size_t r, size_t c) { return 0.8 * f_cost(i, j, r, c); }
static double f_cost_high(size_t i, size_t j, size_t r, size_t c) { return 1.3 * f_cost(i, j, r, c); }
/* Strongly correlated knapsack: benefit = cost + a constant. */
static double f_cost_small(size_t i, size_t j, size_t r, size_t c) { (void)j; (void)r; (void)c; return 1.0 + floor(1000.0 * uniform(i, 3)); }
static double f_cost_small_high(size_t i, size_t j, size_t r, size_t c) { return 1.3 * f_cost_small(i, j, r, c); }
static double f_correlated(size_t i, size_t j, size_t r, size_t c) { return f_cost_small(i, j, r, c) + 100.0; }
static double f_cost_narrow(size_t i, size_t j, size_t r, size_t c) { (void)j; (void)r; (void)c; return 1000.0 + 1000.0 * uniform(i, 5); }
static double f_narrow_plus(size_t i, size_t j, size_t r, size_t c) { return f_cost_narrow(i, j, r, c) + 100.0; }
/* Two halves that tie within themselves: every pair across them counts. */
static double f_tied_halves(size_t i, size_t j, size_t r, size_t c)
{
    (void)c;
    return i < r / 2 ? (j == 0 ? 10.0 : 0.0) : (j == 0 ? 0.0 : 8.0);
}
/* A random reciprocal pairwise matrix, judgements 1/9 to 9. */
static double f_pairwise(size_t i, size_t j, size_t r, size_t c)
{
    (void)r; (void)c;
    if (i == j)
        return 1.0;
    double a = exp(log(9.0) * (2.0 * uniform(i < j ? i : j, i < j ? j : i) - 1.0));
    return i < j ? a : 1.0 / a;
}
/* Three blocks that beat each other in a circle: the eigenvalues crowd the
   Perron root, the worst case of power iteration. */
static double f_cyclic(size_t i, size_t j, size_t r, size_t c)
{
    (void)c;
    size_t bi = 3 * i / r, bj = 3 * j / r;
    if (bi == bj)
        return 1.0;
    return bj == (bi + 1) % 3 ? 1e6 : 1e-6;
}

/* Shares of k criteria (a row of k cells) from half to one and a half of
   an equal share: the range of weights SMAA draws from. */
static double f_low_share(size_t i, size_t j, size_t r, size_t c) { (void)i; (void)j; (void)r; return 0.5 / (double)c; }
static double f_high_share(size_t i, size_t j, size_t r, size_t c) { (void)i; (void)j; (void)r; return 1.5 / (double)c; }
/* Scores 0-10 in whole points, and patients x likelihood 10-10,000. */
static double f_points(size_t i, size_t j, size_t r, size_t c) { (void)r; (void)c; return floor(11.0 * uniform(i, j + 11)); }
static double f_patients(size_t i, size_t j, size_t r, size_t c) { (void)j; (void)r; (void)c; return floor(exp(log(10.0) + log(1000.0) * uniform(i, 9))); }

static double seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static double peak_mb(void)
{
    struct rusage use;
    getrusage(RUSAGE_SELF, &use);
    return (double)use.ru_maxrss / 1024.0;
}

static uno_Sequence *build(const arg_spec *spec)
{
    size_t count = spec->rows * spec->cols;
    double *values = malloc((count ? count : 1) * sizeof *values);
    if (!values) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    for (size_t i = 0; i < spec->rows; i++)
        for (size_t j = 0; j < spec->cols; j++)
            values[i * spec->cols + j] = spec->fill ? spec->fill(i, j, spec->rows, spec->cols) : spec->value;
    uno_Sequence *range = uno_build_numbers(spec->rows, spec->cols, values);
    for (size_t i = 0; i < spec->rows; i++)
        for (size_t j = 0; j < spec->cols; j++)
            if (isnan(values[i * spec->cols + j]))
                uno_build_text(&((uno_Any *)((uno_Sequence **)range->elements)[i]->elements)[j], "");
    free(values);
    return range;
}

#define N MAX_CELLS
#define R ((size_t)1 << 20) /* the rows of a Calc sheet */
#define COL(n, f) {(n), 1, (f), 0}
#define NUM(v) {1, 1, NULL, (v)}
#define LEFT_OUT {0, 0, NULL, 0}
#define PSA_ROWS(n, cost, cost_low, cost_high) \
    COL(n, f_benefit), COL(n, f_benefit_low), COL(n, f_benefit_high), COL(n, cost), COL(n, cost_low), COL(n, cost_high)

/* Per-row inputs at a whole sheet column (1,048,576 rows), matrices at the
   glue's limit of 4,194,304 cells, and the worst cases of each algorithm. */
static const limit_case cases[] = {
    {"benefit, 1048576 rows", STAR_FN_BENEFIT, {COL(R, f_seq), COL(R, f_random), COL(R, f_share)}},
    {"vfm, 1048576 rows", STAR_FN_VFM, {COL(R, f_random), COL(R, f_random), LEFT_OUT}},
    {"vfm, 4194304 cells in a row", STAR_FN_VFM, {{1, N, f_random, 0}, NUM(1), LEFT_OUT}},
    {"rank, 1048576 rows", STAR_FN_RANK, {COL(R, f_random), LEFT_OUT}},
    {"score, 1048576 x 4", STAR_FN_SCORE, {{R, 4, f_random, 0}, {1, 4, f_random, 0}, NUM(0), NUM(100)}},
    {"weights, 1048576 cells", STAR_FN_WEIGHTS, {COL(R, f_random)}},
    {"weights, whole column of 3 numbers", STAR_FN_WEIGHTS, {COL(R, f_three)}},
    {"benefit, two whole columns of 3 numbers", STAR_FN_BENEFIT, {COL(R, f_three), COL(R, f_three), LEFT_OUT}},
    {"check, 1048576 x 4", STAR_FN_CHECK, {COL(R, f_seq), COL(R, f_random), {R, 4, f_random, 0}, {1, 4, f_random, 0}}},
    {"curve, 1048576 rows", STAR_FN_CURVE, {COL(R, f_random), COL(R, f_random)}},
    {"triangles, 20000 rows", STAR_FN_TRIANGLES, {COL(20000, f_random), COL(20000, f_random)}},
    {"triangles, 20001 rows (too many)", STAR_FN_TRIANGLES, {COL(20001, f_random), COL(20001, f_random)}},
    {"triangles, 1048576 rows (too many)", STAR_FN_TRIANGLES, {COL(R, f_random), COL(R, f_random)}},
    {"allocate, continuous, 1048576 rows", STAR_FN_ALLOCATE, {COL(R, f_benefit), COL(R, f_cost), NUM(5e10), NUM(0), LEFT_OUT, LEFT_OUT}},
    {"allocate, whole, 10000 rows", STAR_FN_ALLOCATE, {COL(10000, f_benefit), COL(10000, f_cost), NUM(5e8), NUM(1), LEFT_OUT, LEFT_OUT}},
    {"allocate, whole, 50000 rows", STAR_FN_ALLOCATE, {COL(50000, f_benefit), COL(50000, f_cost), NUM(2.5e9), NUM(1), LEFT_OUT, LEFT_OUT}},
    {"allocate, whole, 1048576 rows (too many)", STAR_FN_ALLOCATE, {COL(R, f_benefit), COL(R, f_cost), NUM(5e10), NUM(1), LEFT_OUT, LEFT_OUT}},
    {"allocate, whole, strongly correlated, 2000 rows", STAR_FN_ALLOCATE, {COL(2000, f_correlated), COL(2000, f_cost_small), NUM(200000), NUM(1), LEFT_OUT, LEFT_OUT}},
    {"allocate, whole, strongly correlated, 50000 rows", STAR_FN_ALLOCATE, {COL(50000, f_correlated), COL(50000, f_cost_small), NUM(5e6), NUM(1), LEFT_OUT, LEFT_OUT}},
    {"allocate, whole, real costs, subset-sum, 50000 rows", STAR_FN_ALLOCATE, {COL(50000, f_cost_narrow), COL(50000, f_cost_narrow), NUM(3.75e7), NUM(1), LEFT_OUT, LEFT_OUT}},
    {"allocate, whole, real costs, strongly correlated, 50000 rows", STAR_FN_ALLOCATE, {COL(50000, f_narrow_plus), COL(50000, f_cost_narrow), NUM(3.75e7), NUM(1), LEFT_OUT, LEFT_OUT}},
    {"reallocate, 1048576 rows", STAR_FN_REALLOCATE, {COL(R, f_random), COL(R, f_random), COL(R, f_random), NUM(0), NUM(200), LEFT_OUT}},
    {"gain, 1048576 rows", STAR_FN_GAIN, {COL(R, f_random), COL(R, f_random), COL(R, f_random), COL(R, f_random)}},
    {"roc, 1048576 ranks", STAR_FN_ROC, {COL(R, f_seq)}},
    {"ahp, random 2048 x 2048", STAR_FN_AHP, {{2048, 2048, f_pairwise, 0}}},
    {"ahp, cyclic 2048 x 2048", STAR_FN_AHP, {{2048, 2048, f_cyclic, 0}}},
    {"ahpcr, random 10 x 10", STAR_FN_AHPCR, {{10, 10, f_pairwise, 0}}},
    {"value, 1048576 x over 1048576 points", STAR_FN_VALUE, {COL(R, f_random), COL(R, f_seq), COL(R, f_random)}},
    {"groupweights, 2048 x 2048, geometric", STAR_FN_GROUPWEIGHTS, {{2048, 2048, f_random, 0}, NUM(1)}},
    {"agree, 1048576 rows", STAR_FN_AGREE, {COL(R, f_random), COL(R, f_share)}},
    {"stability, 1048576 x 4, no ties", STAR_FN_STABILITY, {{R, 4, f_random, 0}, {1, 4, f_random, 0}, LEFT_OUT, LEFT_OUT, LEFT_OUT}},
    {"stability, 14000 x 2, tied halves (98 million pairs)", STAR_FN_STABILITY, {{14000, 2, f_tied_halves, 0}, {1, 2, NULL, 1}, LEFT_OUT, LEFT_OUT, LEFT_OUT}},
    {"stability, 1048576 x 2, tied halves (too many pairs)", STAR_FN_STABILITY, {{R, 2, f_tied_halves, 0}, {1, 2, NULL, 1}, LEFT_OUT, LEFT_OUT, LEFT_OUT}},
    {"psa, continuous, 500 rows x 10000 draws", STAR_FN_PSA, {PSA_ROWS(500, f_cost, f_cost_low, f_cost_high), NUM(5e7), NUM(10000), NUM(1), NUM(0)}},
    {"psa, whole, 200 rows x 10000 draws", STAR_FN_PSA, {PSA_ROWS(200, f_cost, f_cost_low, f_cost_high), NUM(1e7), NUM(10000), NUM(1), NUM(1)}},
    {"psa, whole, 1000 rows x 2000 draws", STAR_FN_PSA, {PSA_ROWS(1000, f_cost, f_cost_low, f_cost_high), NUM(5e7), NUM(2000), NUM(1), NUM(1)}},
    {"psa, whole, strongly correlated, 200 rows x 10000 draws", STAR_FN_PSA, {COL(200, f_correlated), COL(200, f_correlated), COL(200, f_correlated), COL(200, f_cost_small), COL(200, f_cost_small), COL(200, f_cost_small_high), NUM(20000), NUM(10000), NUM(1), NUM(1)}},
    {"psa, continuous, 1000 rows x 1000000 draws (too many)", STAR_FN_PSA, {PSA_ROWS(1000, f_cost, f_cost_low, f_cost_high), NUM(5e7), NUM(1000000), NUM(1), NUM(0)}},
    {"psa, continuous, 1048576 rows x 4 draws", STAR_FN_PSA, {PSA_ROWS(R, f_cost, f_cost_low, f_cost_high), NUM(5e10), NUM(4), NUM(1), NUM(0)}},
    {"fundstability, continuous, 10000 x 6", STAR_FN_FUNDSTABILITY, {{10000, 6, f_points, 0}, {1, 6, f_random, 0}, COL(10000, f_patients), COL(10000, f_cost), NUM(5e8), NUM(0), LEFT_OUT, LEFT_OUT}},
    {"fundstability, continuous, 1048576 x 4 (too many)", STAR_FN_FUNDSTABILITY, {{R, 4, f_points, 0}, {1, 4, f_random, 0}, COL(R, f_patients), COL(R, f_cost), NUM(5e10), NUM(0), LEFT_OUT, LEFT_OUT}},
    {"fundstability, whole, 2000 x 6", STAR_FN_FUNDSTABILITY, {{2000, 6, f_points, 0}, {1, 6, f_random, 0}, COL(2000, f_patients), COL(2000, f_cost), NUM(1e8), NUM(1), LEFT_OUT, LEFT_OUT}},
    {"fundstability, whole, 10000 x 6", STAR_FN_FUNDSTABILITY, {{10000, 6, f_points, 0}, {1, 6, f_random, 0}, COL(10000, f_patients), COL(10000, f_cost), NUM(5e8), NUM(1), LEFT_OUT, LEFT_OUT}},
    {"fundstability, whole, strongly correlated, 2000 x 2", STAR_FN_FUNDSTABILITY, {{2000, 2, NULL, 1}, {1, 2, NULL, 1}, COL(2000, f_correlated), COL(2000, f_cost_small), NUM(200000), NUM(1), LEFT_OUT, LEFT_OUT}},
    {"smaa, continuous, 500 rows x 8 criteria x 10000 draws", STAR_FN_SMAA, {{500, 8, f_points, 0}, {1, 8, f_low_share, 0}, {1, 8, f_high_share, 0}, COL(500, f_patients), COL(500, f_cost), NUM(5e7), NUM(10000), NUM(1), NUM(0), LEFT_OUT, LEFT_OUT}},
    {"smaa, whole, 200 rows x 6 criteria x 10000 draws", STAR_FN_SMAA, {{200, 6, f_points, 0}, {1, 6, f_low_share, 0}, {1, 6, f_high_share, 0}, COL(200, f_patients), COL(200, f_cost), NUM(1e7), NUM(10000), NUM(1), NUM(1), LEFT_OUT, LEFT_OUT}},
    {"smaa, whole, 1000 rows x 6 criteria x 2000 draws", STAR_FN_SMAA, {{1000, 6, f_points, 0}, {1, 6, f_low_share, 0}, {1, 6, f_high_share, 0}, COL(1000, f_patients), COL(1000, f_cost), NUM(5e7), NUM(2000), NUM(1), NUM(1), LEFT_OUT, LEFT_OUT}},
    {"smaa, continuous, 1048576 rows x 4 criteria x 4 draws", STAR_FN_SMAA, {{R, 4, f_points, 0}, {1, 4, f_low_share, 0}, {1, 4, f_high_share, 0}, COL(R, f_patients), COL(R, f_cost), NUM(5e10), NUM(4), NUM(1), NUM(0), LEFT_OUT, LEFT_OUT}},
    {"smaa, continuous, 1000 rows x 1000000 draws (too many)", STAR_FN_SMAA, {{1000, 4, f_points, 0}, {1, 4, f_low_share, 0}, {1, 4, f_high_share, 0}, COL(1000, f_patients), COL(1000, f_cost), NUM(5e7), NUM(1000000), NUM(1), NUM(0), LEFT_OUT, LEFT_OUT}},
    {"equity, 1048576 rows", STAR_FN_EQUITY, {COL(R, f_random), COL(R, f_share), COL(R, f_random)}},
    {"atkinson, 1048576 rows", STAR_FN_ATKINSON, {COL(R, f_random), NUM(3), COL(R, f_random)}},
    {"icer, 1048576 rows", STAR_FN_ICER, {COL(R, f_random), COL(R, f_random)}},
    {"nmb, 1048576 rows", STAR_FN_NMB, {COL(R, f_random), COL(R, f_random), COL(R, f_random)}},
    {"more than 4194304 cells", STAR_FN_VFM, {{1, N + 1, f_random, 0}, NUM(1), LEFT_OUT}},
};

/* What the process holds now, in MB. */
static double resident_mb(void)
{
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        fclose(f);
    }
    return (double)resident * 4096.0 / (1024.0 * 1024.0);
}

/* The heap the process holds (allocated, not yet freed), in MB. */
static double heap_mb(void)
{
    return (double)mallinfo2().uordblks / (1024.0 * 1024.0);
}

/* Runs one case and prints its row of the table; false when --check fails.
   With repeat > 1 the call is made that many times, the heap after each
   printed. */
static bool run_case(const limit_case *lc, double limit, int repeat)
{
    const star_function *fn = &star_functions[lc->fn];
    uno_Sequence *ranges[STAR_MAX_ARGS] = {0};
    for (size_t a = 0; a < fn->arg_count; a++)
        if (lc->args[a].rows)
            ranges[a] = build(&lc->args[a]);
    uno_args args;
    uno_args_set(&args, fn, ranges);
    union { double number; rtl_uString *text; uno_Any table; } ret;
    star_call call;
    double heap = heap_mb();
    for (int k = 1; k < repeat; k++) {
        if (star_run(&call, lc->fn, args.ptr, &ret))
            uno_build_free_result(fn, &ret);
        star_call_end(&call);
        fprintf(stderr, "%s: call %d, heap %.1f MB (%.1f MB before the first)\n", lc->name, k, heap_mb(), heap);
    }
    double before = resident_mb(), start = seconds();
    bool ok = star_run(&call, lc->fn, args.ptr, &ret);
    double took = seconds() - start;
    char gives[STAR_WORDS_MAX + 32];
    if (ok)
        snprintf(gives, sizeof gives, fn->result == STAR_RESULT_TEXT ? "text" : "an answer");
    else
        snprintf(gives, sizeof gives, "%s: %s",
                 call.problem.status == STAR_E_NO_CONVERGENCE ? "Err:523" : "Err:502", call.problem.words);
    /* Each case runs in a process of its own: the peak is the ranges (as
       Calc would hold them) and the call's own memory at its height. */
    printf("| %s | %s | %.2f | %.0f | %.0f |\n", lc->name, gives, took, before, peak_mb());
    bool failed = limit > 0.0 && (took > limit || (!ok && call.problem.status == STAR_E_NOMEM));
    if (failed)
        fprintf(stderr, "FAIL %s: %.2f s, %s\n", lc->name, took, gives);
    if (ok)
        uno_build_free_result(fn, &ret);
    star_call_end(&call);
    if (repeat > 1)
        fprintf(stderr, "%s: call %d, heap %.1f MB (%.1f MB before the first)\n", lc->name, repeat, heap_mb(), heap);
    uno_args_clear(&args);
    for (size_t a = 0; a < fn->arg_count; a++)
        if (ranges[a])
            uno_build_free(ranges[a]);
    return !failed;
}

int main(int argc, char **argv)
{
    double limit = 0.0;
    int repeat = 1;
    const char *only = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--check") == 0 && i + 1 < argc)
            limit = atof(argv[++i]);
        else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
            repeat = atoi(argv[++i]);
        else
            only = argv[i];
    }
    star_types_init(); /* as component_getFactory does first */
    int failures = 0;
    printf("| case | gives | seconds | MB of ranges | peak MB |\n|---|---|---:|---:|---:|\n");
    fflush(stdout);
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        if (only && !strstr(cases[c].name, only))
            continue;
        pid_t child = fork();
        if (child == 0) {
            bool passed = run_case(&cases[c], limit, repeat);
            fflush(stdout);
            _exit(passed ? 0 : 1);
        }
        int status = 0;
        if (child < 0 || waitpid(child, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            if (!WIFEXITED(status))
                fprintf(stderr, "FAIL %s: the process died\n", cases[c].name);
            failures++;
        }
        fflush(stdout);
    }
    return failures ? 1 : 0;
}
