/* SPDX-License-Identifier: MPL-2.0 */
/* Benchmark (not a test): STAR.ALLOCATE with whole = TRUE against GLPK's
   glpsol on the same seeded problems, and STAR.PSA's speed. Writes each
   problem as a CPLEX LP file, solves it with `glpsol --cpxlp`, checks that
   the optimal benefits agree (relative 1e-6) and prints markdown tables for
   docs/benchmarks.md. Needs glpsol on the PATH (Debian: glpk-utils).
   Two sets of problems: realistic ones (costs in pounds and pence), and
   Pisinger's classes of hard knapsack problems ("Where are the hard
   knapsack problems?", Computers & Operations Research 32, 2005) with
   coefficients up to R = 10,000 and a budget of half the total cost.
   Usage: bench_allocate [problems per size, default 5] [--only realistic|classes|psa]
                         [--class NAME] [--sizes N,N,...] [--glpsol-seconds S]
                         [--no-glpsol] [--steps LIMIT] */
#define _POSIX_C_SOURCE 200809L
#include "knapsack_classes.h"
#include "star_core.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double uniform(uint64_t *state)
{
    return (double)(knapsack_random(state) >> 11) * 0x1.0p-53; /* splitmix64 */
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

typedef struct options {
    int per_size;
    const char *only;     /* NULL: everything */
    int kind;             /* one class, or -1 for all */
    size_t sizes[16], nsizes;
    double glpsol_seconds;
    bool glpsol;
    unsigned long steps;  /* the search's limit: 0 for STAR_ALLOCATE_NODE_LIMIT */
    const char *dir;
} options;

typedef struct problem {
    size_t n;
    double *benefit, *cost, *min, *max, budget;
} problem;

static void alloc_problem(problem *p, size_t n)
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
}

static void free_problem(problem *p)
{
    free(p->benefit);
    free(p->cost);
    free(p->min);
    free(p->max);
}

/* Costs from 5,000 to 500,000 pounds (log-uniform, in pence), benefits in
   QALYs at 1 to 7 per 100,000 pounds with noise, 2% of rows mandatory, 2%
   excluded, a budget of 40% of the total cost. */
static void make_problem(uint64_t seed, size_t n, problem *p)
{
    alloc_problem(p, n);
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

/* ---- Pisinger's classes ------------------------------------------------ */

static const char *const class_names[CLASSES] = {
    "uncorrelated", "weakly", "strongly", "inverse", "almost", "subset-sum", "similar"};
static const char *const class_titles[CLASSES] = {
    "Uncorrelated", "Weakly correlated", "Strongly correlated", "Inverse strongly correlated",
    "Almost strongly correlated", "Subset-sum", "Similar weights"};
#define RANGE 10000

/* Pisinger's generators with R = 10,000: cost w and benefit p of each row;
   the budget is half the total cost, rounded down; no row mandatory or
   excluded. */
static void make_class(uint64_t seed, size_t n, int kind, problem *p)
{
    alloc_problem(p, n);
    double total = 0;
    for (size_t i = 0; i < n; i++) {
        long w, b;
        knapsack_item(&seed, kind, RANGE, &w, &b);
        p->cost[i] = (double)w;
        p->benefit[i] = (double)b;
        p->min[i] = 0;
        p->max[i] = 1;
        total += (double)w;
    }
    p->budget = floor(total / 2);
}

/* ---- Solving ------------------------------------------------------------ */

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

/* Runs glpsol with a time limit; returns its optimal objective, NAN when it
   did not prove one; *seconds is the wall time of the whole run (start-up
   and reading included). */
static double run_glpsol(const char *lp, const char *sol, double limit, double *seconds)
{
    char command[4096];
    snprintf(command, sizeof command, "glpsol --cpxlp '%s' --tmlim %d -w '%s' > /dev/null 2>&1",
             lp, (int)limit, sol);
    remove(sol);
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

/* Mean seconds per call of star_allocate, repeated to at least 0.2 s;
   *steps: the search's steps in the first call. */
static double time_star(const problem *p, unsigned long limit, double *share,
                        star_status *status, unsigned long *steps)
{
    star_allocator *a = star_allocator_new(p->n);
    if (!a) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    if (limit)
        star_allocator_set_node_limit(a, limit);
    double start = now();
    *status = star_allocate_using(a, p->n, p->benefit, p->cost, p->budget, true, p->min, p->max,
                                  share);
    double once = now() - start;
    *steps = star_allocator_nodes_used(a);
    int reps = once > 0.2 ? 0 : (int)fmin(1000, ceil(0.2 / fmax(once, 1e-7)));
    start = now();
    for (int r = 0; r < reps; r++)
        star_allocate_using(a, p->n, p->benefit, p->cost, p->budget, true, p->min, p->max, share);
    double mean = reps ? (now() - start) / reps : once;
    star_allocator_free(a);
    return mean;
}

/* What one size of one kind of problem gave. */
typedef struct tally {
    int problems, star_proven, glpk_proven, agree, disagree;
    double star_sum, star_max, glpk_sum, glpk_max;
    unsigned long steps_max;
} tally;

static void solve_one(const options *o, const problem *p, const char *name, tally *t)
{
    double *share = malloc(p->n * sizeof *share);
    star_status status;
    unsigned long steps;
    double star_time = time_star(p, o->steps, share, &status, &steps);
    double star_value = 0;
    for (size_t i = 0; i < p->n; i++)
        star_value += share[i] * p->benefit[i];
    free(share);
    t->problems++;
    t->star_proven += status == STAR_OK;
    t->star_sum += star_time;
    t->star_max = fmax(t->star_max, star_time);
    if (steps > t->steps_max)
        t->steps_max = steps;
    if (!o->glpsol) {
        if (status != STAR_OK)
            fprintf(stderr, "%s: STAR %s after %.3f s, %lu steps\n", name, star_strerror(status),
                    star_time, steps);
        return;
    }
    char lp[1200], sol[1200];
    snprintf(lp, sizeof lp, "%s/%s.lp", o->dir, name);
    snprintf(sol, sizeof sol, "%s/%s.sol", o->dir, name);
    double glpk_time = 0, glpk_value = NAN;
    if (write_lp(p, lp) == 0)
        glpk_value = run_glpsol(lp, sol, o->glpsol_seconds, &glpk_time);
    t->glpk_proven += isfinite(glpk_value);
    t->glpk_sum += glpk_time;
    t->glpk_max = fmax(t->glpk_max, glpk_time);
    if (status == STAR_OK && isfinite(glpk_value)) {
        bool same = fabs(star_value - glpk_value) <= 1e-6 * fmax(1, fabs(glpk_value));
        t->agree += same;
        t->disagree += !same;
    }
    if (status != STAR_OK || !isfinite(glpk_value) || t->disagree)
        fprintf(stderr, "%s: STAR %s %.10g (%.3f s, %lu steps), glpsol %.10g (%.1f s)\n", name,
                star_strerror(status), star_value, star_time, steps, glpk_value, glpk_time);
}

static void print_ms(double seconds)
{
    if (seconds < 0.1)
        printf(" %.2f ms |", 1e3 * seconds);
    else
        printf(" %.3f s |", seconds);
}

static int bench_realistic(const options *o)
{
    static const size_t sizes[] = {50, 200, 500, 2000};
    int failures = 0;
    /* glpsol's start-up and file handling alone, on a one-row problem */
    problem tiny = {1, (double[]){1}, (double[]){1}, (double[]){0}, (double[]){1}, 1};
    char lp[1200], sol[1200];
    snprintf(lp, sizeof lp, "%s/tiny.lp", o->dir);
    snprintf(sol, sizeof sol, "%s/tiny.sol", o->dir);
    double startup = 0, once;
    for (int r = 0; r < 5 && o->glpsol && write_lp(&tiny, lp) == 0; r++) {
        run_glpsol(lp, sol, o->glpsol_seconds, &once);
        startup += once / 5;
    }
    printf("glpsol start-up and file handling (one-row problem): %.1f ms\n\n", 1e3 * startup);
    printf("| interventions | problems | STAR mean | STAR max | steps (max) | glpsol mean | "
           "glpsol max | glpsol / STAR | optima agree |\n"
           "|---:|---:|---:|---:|---:|---:|---:|---:|:---|\n");
    for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
        size_t n = sizes[s];
        tally t = {0};
        for (int k = 0; k < o->per_size; k++) {
            problem p;
            char name[64];
            make_problem(1000 * n + (uint64_t)k, n, &p);
            snprintf(name, sizeof name, "allocate-%zu-%d", n, k);
            solve_one(o, &p, name, &t);
            free_problem(&p);
        }
        failures += t.problems - t.agree;
        printf("| %zu | %d | %.3f ms | %.3f ms | %lu | %.1f ms | %.1f ms | %.0f | %d of %d |\n",
               n, o->per_size, 1e3 * t.star_sum / o->per_size, 1e3 * t.star_max, t.steps_max,
               1e3 * t.glpk_sum / o->per_size, 1e3 * t.glpk_max, t.glpk_sum / t.star_sum,
               t.agree, o->per_size);
        fflush(stdout);
    }
    return o->glpsol ? failures : 0;
}

static int bench_classes(const options *o)
{
    int failures = 0;
    for (int kind = 0; kind < CLASSES; kind++) {
        if (o->kind >= 0 && kind != o->kind)
            continue;
        printf("\n%s\n\n| interventions | STAR proven | STAR mean | STAR max | steps (max) | "
               "glpsol proven | glpsol mean | glpsol max | optima agree |\n"
               "|---:|---:|---:|---:|---:|---:|---:|---:|:---|\n", class_titles[kind]);
        for (size_t s = 0; s < o->nsizes; s++) {
            size_t n = o->sizes[s];
            tally t = {0};
            for (int k = 0; k < o->per_size; k++) {
                problem p;
                char name[64];
                make_class(7919 * (uint64_t)n + 104729 * (uint64_t)kind + (uint64_t)k, n, kind, &p);
                snprintf(name, sizeof name, "%s-%zu-%d", class_names[kind], n, k);
                solve_one(o, &p, name, &t);
                free_problem(&p);
            }
            failures += t.problems - t.star_proven + t.disagree;
            printf("| %zu | %d of %d |", n, t.star_proven, t.problems);
            print_ms(t.star_sum / t.problems);
            print_ms(t.star_max);
            printf(" %lu |", t.steps_max);
            if (o->glpsol) {
                printf(" %d of %d |", t.glpk_proven, t.problems);
                print_ms(t.glpk_sum / t.problems);
                print_ms(t.glpk_max);
                printf(" %d of %d |\n", t.agree, t.glpk_proven);
            } else
                printf(" – | – | – | – |\n");
            fflush(stdout);
        }
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

static void print_load(const char *when)
{
    FILE *f = fopen("/proc/loadavg", "r");
    char line[128] = "unknown";
    if (f) {
        if (!fgets(line, sizeof line, f))
            strcpy(line, "unknown\n");
        fclose(f);
    }
    printf("load average %s: %s", when, line);
}

static void parse(int argc, char **argv, options *o)
{
    *o = (options){.per_size = 5, .kind = -1, .glpsol_seconds = 100, .glpsol = true,
                   .sizes = {100, 1000, 2000, 10000}, .nsizes = 4};
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--only") && i + 1 < argc)
            o->only = argv[++i];
        else if (!strcmp(argv[i], "--class") && i + 1 < argc) {
            i++;
            for (int k = 0; k < CLASSES; k++)
                if (!strcmp(argv[i], class_names[k]))
                    o->kind = k;
        } else if (!strcmp(argv[i], "--sizes") && i + 1 < argc) {
            o->nsizes = 0;
            for (char *t = strtok(argv[++i], ","); t && o->nsizes < 16; t = strtok(NULL, ","))
                o->sizes[o->nsizes++] = (size_t)atol(t);
        } else if (!strcmp(argv[i], "--glpsol-seconds") && i + 1 < argc)
            o->glpsol_seconds = atof(argv[++i]);
        else if (!strcmp(argv[i], "--steps") && i + 1 < argc)
            o->steps = strtoul(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--no-glpsol"))
            o->glpsol = false;
        else if (atoi(argv[i]) > 0)
            o->per_size = atoi(argv[i]);
    }
}

int main(int argc, char **argv)
{
    options o;
    parse(argc, argv, &o);
    const char *tmp = getenv("TMPDIR");
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/star-bench-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 2;
    }
    o.dir = dir;
    print_load("at start");
    int failures = 0;
    if (!o.only || !strcmp(o.only, "realistic"))
        failures += bench_realistic(&o);
    if (!o.only || !strcmp(o.only, "classes"))
        failures += bench_classes(&o);
    if (!o.only || !strcmp(o.only, "psa"))
        failures += bench_psa();
    print_load("at end");
    char command[1200];
    snprintf(command, sizeof command, "rm -rf '%s'", dir);
    if (system(command) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return failures ? 1 : 0;
}
