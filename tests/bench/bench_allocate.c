/* SPDX-License-Identifier: MPL-2.0 */
/* Benchmark (not a test): STAR.ALLOCATE with whole = TRUE against GLPK's
   glpsol on the same seeded problems, and STAR.PSA's speed. Writes each
   problem as a CPLEX LP file, solves it with `glpsol --cpxlp`, checks that
   the optimal benefits agree (relative 1e-6) and prints markdown tables for
   docs/benchmarks.md. Needs glpsol on the PATH (Debian: glpk-utils).
   Usage: bench_allocate [problems per size, default 5] */
#define _POSIX_C_SOURCE 200809L
#include "star_core.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static uint64_t next_random(uint64_t *state) /* splitmix64 */
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static double uniform(uint64_t *state)
{
    return (double)(next_random(state) >> 11) * 0x1.0p-53;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

typedef struct problem {
    size_t n;
    double *benefit, *cost, *min, *max, budget;
} problem;

/* Costs from 5,000 to 500,000 pounds (log-uniform, in pence), benefits in
   QALYs at 1 to 7 per 100,000 pounds with noise, 2% of rows mandatory, 2%
   excluded, a budget of 40% of the total cost. */
static void make_problem(uint64_t seed, size_t n, problem *p)
{
    p->n = n;
    p->benefit = malloc(n * sizeof(double));
    p->cost = malloc(n * sizeof(double));
    p->min = malloc(n * sizeof(double));
    p->max = malloc(n * sizeof(double));
    if (!p->benefit || !p->cost || !p->min || !p->max) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    double total = 0, mandatory = 0;
    for (size_t i = 0; i < n; i++) {
        p->cost[i] = nearbyint(exp(log(5000.0) + log(100.0) * uniform(&seed)) * 100) / 100;
        double per_pound = (1 + 6 * uniform(&seed)) / 100000;
        p->benefit[i] = nearbyint(p->cost[i] * per_pound * (0.8 + 0.4 * uniform(&seed)) * 1000) / 1000;
        double kind = uniform(&seed);
        p->min[i] = kind < 0.02 ? 1 : 0;
        p->max[i] = kind > 0.98 ? 0 : 1;
        total += p->cost[i];
        mandatory += p->min[i] * p->cost[i];
    }
    p->budget = nearbyint(fmax(0.4 * total, mandatory));
}

static void free_problem(problem *p)
{
    free(p->benefit);
    free(p->cost);
    free(p->min);
    free(p->max);
}

static int write_lp(const problem *p, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fprintf(f, "\\ STAR.ALLOCATE benchmark, %zu interventions\nMaximize\n obj:", p->n);
    for (size_t i = 0; i < p->n; i++)
        fprintf(f, "\n %+.17g x%zu", p->benefit[i], i + 1);
    fprintf(f, "\nSubject To\n budget:");
    for (size_t i = 0; i < p->n; i++)
        fprintf(f, "\n %+.17g x%zu", p->cost[i], i + 1);
    fprintf(f, "\n <= %.17g\n", p->budget);
    for (size_t i = 0; i < p->n; i++) {
        if (p->min[i] == 1)
            fprintf(f, " mandatory%zu: x%zu >= 1\n", i + 1, i + 1);
        if (p->max[i] == 0)
            fprintf(f, " excluded%zu: x%zu <= 0\n", i + 1, i + 1);
    }
    fprintf(f, "Binary\n");
    for (size_t i = 0; i < p->n; i++)
        fprintf(f, " x%zu\n", i + 1);
    fprintf(f, "End\n");
    return fclose(f);
}

/* Runs glpsol; returns its optimal objective, NAN on failure; *seconds is
   the wall time of the whole run (start-up and reading included). */
static double run_glpsol(const char *lp, const char *sol, double *seconds)
{
    char command[4096];
    snprintf(command, sizeof command, "glpsol --cpxlp '%s' -w '%s' > /dev/null 2>&1", lp, sol);
    double start = now();
    int rc = system(command);
    *seconds = now() - start;
    if (rc != 0)
        return NAN;
    FILE *f = fopen(sol, "r");
    if (!f)
        return NAN;
    char line[512];
    double objective = NAN;
    while (fgets(line, sizeof line, f)) {
        int rows, cols;
        char status;
        double value;
        /* "s mip ROWS COLS STATUS OBJECTIVE"; status o = integer optimal */
        if (sscanf(line, "s mip %d %d %c %lf", &rows, &cols, &status, &value) == 4)
            objective = status == 'o' ? value : NAN;
    }
    fclose(f);
    return objective;
}

/* Mean seconds per call of star_allocate, repeated to at least 0.2 s. */
static double time_star(const problem *p, double *share, star_status *status)
{
    double start = now();
    *status = star_allocate(p->n, p->benefit, p->cost, p->budget, true, p->min, p->max, share);
    double once = now() - start;
    int reps = once > 0.2 ? 1 : (int)fmin(1000, ceil(0.2 / fmax(once, 1e-7)));
    start = now();
    for (int r = 0; r < reps; r++)
        star_allocate(p->n, p->benefit, p->cost, p->budget, true, p->min, p->max, share);
    return (now() - start) / reps;
}

static int bench_glpk(int per_size, const char *dir)
{
    static const size_t sizes[] = {50, 200, 500, 2000};
    int failures = 0;
    /* glpsol's start-up and file handling alone, on a one-row problem */
    problem tiny = {1, (double[]){1}, (double[]){1}, (double[]){0}, (double[]){1}, 1};
    char lp[1200], sol[1200];
    snprintf(lp, sizeof lp, "%s/tiny.lp", dir);
    snprintf(sol, sizeof sol, "%s/tiny.sol", dir);
    double startup = 0, once;
    for (int r = 0; r < 5 && write_lp(&tiny, lp) == 0; r++) {
        run_glpsol(lp, sol, &once);
        startup += once / 5;
    }
    printf("glpsol start-up and file handling (one-row problem): %.1f ms\n\n", 1e3 * startup);
    printf("| interventions | problems | STAR mean | STAR max | glpsol mean | glpsol max | "
           "glpsol / STAR | optima agree |\n|---:|---:|---:|---:|---:|---:|---:|:---|\n");
    for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
        size_t n = sizes[s];
        double star_sum = 0, star_max = 0, glpk_sum = 0, glpk_max = 0;
        int agree = 0;
        for (int k = 0; k < per_size; k++) {
            problem p;
            make_problem(1000 * n + (uint64_t)k, n, &p);
            double *share = malloc(n * sizeof *share);
            star_status status;
            double star_time = time_star(&p, share, &status);
            double star_value = 0;
            for (size_t i = 0; i < n; i++)
                star_value += share[i] * p.benefit[i];
            snprintf(lp, sizeof lp, "%s/allocate-%zu-%d.lp", dir, n, k);
            snprintf(sol, sizeof sol, "%s/allocate-%zu-%d.sol", dir, n, k);
            double glpk_time = 0, glpk_value = NAN;
            if (write_lp(&p, lp) == 0)
                glpk_value = run_glpsol(lp, sol, &glpk_time);
            bool same = status == STAR_OK && isfinite(glpk_value) &&
                        fabs(star_value - glpk_value) <= 1e-6 * fmax(1, fabs(glpk_value));
            if (!same) {
                fprintf(stderr, "n=%zu problem %d: STAR %s %.10g, glpsol %.10g\n", n, k,
                        star_strerror(status), star_value, glpk_value);
                failures++;
            }
            agree += same;
            star_sum += star_time;
            star_max = fmax(star_max, star_time);
            glpk_sum += glpk_time;
            glpk_max = fmax(glpk_max, glpk_time);
            free(share);
            free_problem(&p);
        }
        printf("| %zu | %d | %.3f ms | %.3f ms | %.1f ms | %.1f ms | %.0f | %d of %d |\n", n,
               per_size, 1e3 * star_sum / per_size, 1e3 * star_max, 1e3 * glpk_sum / per_size,
               1e3 * glpk_max, glpk_sum / star_sum, agree, per_size);
        fflush(stdout);
    }
    return failures;
}

/* Benefit -30% .. +30%, cost -20% .. +30% around the base values. */
static int bench_psa(void)
{
    static const size_t sizes[] = {12, 50, 200};
    int failures = 0;
    printf("\n| interventions | draws | continuous | whole |\n|---:|---:|---:|---:|\n");
    for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
        size_t n = sizes[s];
        problem p;
        make_problem(7 * n, n, &p);
        double *w = malloc(5 * n * sizeof *w);
        double *bl = w, *bh = w + n, *cl = w + 2 * n, *ch = w + 3 * n, *share = w + 4 * n;
        for (size_t i = 0; i < n; i++) {
            bl[i] = 0.7 * p.benefit[i];
            bh[i] = 1.3 * p.benefit[i];
            cl[i] = 0.8 * p.cost[i];
            ch[i] = 1.3 * p.cost[i];
            p.min[i] = 0; /* mandatory rows would have to fit at the highest cost */
        }
        double seconds[2];
        for (int whole = 0; whole <= 1; whole++) {
            double start = now();
            star_status status = star_psa(n, p.benefit, bl, bh, p.cost, cl, ch, p.budget, 10000,
                                          1, whole, p.min, p.max, share);
            seconds[whole] = now() - start;
            if (status) {
                fprintf(stderr, "psa n=%zu whole=%d: %s\n", n, whole, star_strerror(status));
                failures++;
            }
        }
        printf("| %zu | 10,000 | %.3f s | %.3f s |\n", n, seconds[0], seconds[1]);
        fflush(stdout);
        free(w);
        free_problem(&p);
    }
    return failures;
}

int main(int argc, char **argv)
{
    int per_size = argc > 1 ? atoi(argv[1]) : 5;
    if (per_size < 1)
        per_size = 1;
    const char *tmp = getenv("TMPDIR");
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/star-bench-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 2;
    }
    int failures = bench_glpk(per_size, dir) + bench_psa();
    char command[1200];
    snprintf(command, sizeof command, "rm -rf '%s'", dir);
    if (system(command) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return failures ? 1 : 0;
}
