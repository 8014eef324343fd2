/* SPDX-License-Identifier: MPL-2.0 */
/* Benchmark (not a test): STAR.FUNDSTABILITY and STAR.SMAA on seeded
   problems the size of a real decision conference and larger. Prints
   markdown tables for docs/benchmarks.md: the mean and largest time of a
   call over the problems (each call repeated for at least 0.2 s).
   Usage: bench_portfolio [problems per size, default 5] */
#define _POSIX_C_SOURCE 200809L
#include "star_core.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

typedef struct problem {
    size_t n, k;
    double *scores, *weights, *low, *high, *multiplier, *cost, budget;
} problem;

/* Scores 0-10 in whole points, swing weights 10-100, each criterion's
   range of shares ±40% of its share (as stakeholder groups' weights
   might spread), patients 50-20,000 times a likelihood 0.5-1, costs
   £20,000 to £2,000,000 (log-uniform, whole pounds), a budget of 40% of
   the total cost. */
static void make_problem(uint64_t seed, size_t n, size_t k, problem *p)
{
    star_rng rng;
    star_rng_seed(&rng, seed);
    p->n = n;
    p->k = k;
    p->scores = malloc(n * k * sizeof(double));
    p->weights = malloc(k * sizeof(double));
    p->low = malloc(k * sizeof(double));
    p->high = malloc(k * sizeof(double));
    p->multiplier = malloc(n * sizeof(double));
    p->cost = malloc(n * sizeof(double));
    if (!p->scores || !p->weights || !p->low || !p->high || !p->multiplier || !p->cost) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    double total = 0.0, swings = 0.0;
    for (size_t j = 0; j < k; j++)
        swings += p->weights[j] = nearbyint(10 + 90 * star_rng_uniform(&rng));
    for (size_t j = 0; j < k; j++) {
        double share = p->weights[j] / swings;
        p->low[j] = 0.6 * share;
        p->high[j] = 1.4 * share;
    }
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < k; j++)
            p->scores[i * k + j] = nearbyint(10 * star_rng_uniform(&rng));
        p->multiplier[i] = nearbyint(exp(log(50.0) + log(400.0) * star_rng_uniform(&rng))) * (0.5 + 0.5 * star_rng_uniform(&rng));
        p->cost[i] = nearbyint(exp(log(20000.0) + log(100.0) * star_rng_uniform(&rng)));
        total += p->cost[i];
    }
    p->budget = nearbyint(0.4 * total);
}

static void free_problem(problem *p)
{
    free(p->scores);
    free(p->weights);
    free(p->low);
    free(p->high);
    free(p->multiplier);
    free(p->cost);
}

typedef enum { FUNDSTABILITY, SMAA } which;

static star_status run(which w, const problem *p, bool whole, double draws, double *out)
{
    if (w == FUNDSTABILITY)
        return star_fundstability(p->n, p->k, p->scores, p->weights, p->multiplier, p->cost, p->budget, whole,
                                  NULL, NULL, out);
    return star_smaa(p->n, p->k, p->scores, p->low, p->high, p->multiplier, p->cost, p->budget, draws, 1, whole,
                     NULL, NULL, out);
}

/* Mean time of one call, repeated for at least 0.2 s; negative on failure. */
static double time_call(which w, const problem *p, bool whole, double draws, double *out)
{
    int calls = 0;
    double start = now(), elapsed;
    do {
        if (run(w, p, whole, draws, out) != STAR_OK)
            return -1.0;
        calls++;
        elapsed = now() - start;
    } while (elapsed < 0.2);
    return elapsed / calls;
}

static int table(which w, size_t problems)
{
    static const struct { size_t n, k; double draws; } sizes[] = {
        {20, 6, 1000}, {50, 6, 1000}, {50, 6, 10000}, {200, 6, 10000}, {500, 8, 4000},
    };
    int failures = 0;
    if (w == FUNDSTABILITY)
        printf("| interventions | criteria | whole | problems | mean | max | interior ends |\n"
               "|---:|---:|:---|---:|---:|---:|---:|\n");
    else
        printf("| interventions | criteria | draws | whole | problems | mean | max |\n"
               "|---:|---:|---:|:---|---:|---:|---:|\n");
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        if (w == FUNDSTABILITY && s > 0 && sizes[s].n == sizes[s - 1].n)
            continue; /* draws do not matter to it */
        for (int whole = 1; whole >= 0; whole--) {
            double sum = 0.0, worst = 0.0;
            size_t interior = 0, ends = 0;
            for (size_t q = 0; q < problems; q++) {
                problem p;
                make_problem(1000 * s + q, sizes[s].n, sizes[s].k, &p);
                double *out = malloc(2 * (p.n > p.k ? p.n : p.k) * sizeof *out);
                double t = out ? time_call(w, &p, whole, sizes[s].draws, out) : -1.0;
                if (t < 0) {
                    failures++;
                } else {
                    sum += t;
                    worst = fmax(worst, t);
                }
                for (size_t j = 0; w == FUNDSTABILITY && t >= 0 && j < p.k; j++) {
                    interior += (size_t)(out[2 * j] > 0) + (size_t)(out[2 * j + 1] < 1);
                    ends += 2;
                }
                free(out);
                free_problem(&p);
            }
            if (w == FUNDSTABILITY)
                printf("| %zu | %zu | %s | %zu | %.1f ms | %.1f ms | %zu of %zu |\n", sizes[s].n, sizes[s].k,
                       whole ? "yes" : "no", problems, 1e3 * sum / (double)problems, 1e3 * worst, interior, ends);
            else
                printf("| %zu | %zu | %.0f | %s | %zu | %.1f ms | %.1f ms |\n", sizes[s].n, sizes[s].k,
                       sizes[s].draws, whole ? "yes" : "no", problems, 1e3 * sum / (double)problems, 1e3 * worst);
        }
    }
    printf("\n");
    return failures;
}

int main(int argc, char **argv)
{
    size_t problems = argc > 1 ? (size_t)atoi(argv[1]) : 5;
    if (problems == 0)
        problems = 1;
    int failures = table(FUNDSTABILITY, problems) + table(SMAA, problems);
    if (failures)
        fprintf(stderr, "%d calls failed\n", failures);
    return failures != 0;
}
