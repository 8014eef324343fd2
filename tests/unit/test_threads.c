/* SPDX-License-Identifier: MPL-2.0 */
/* The core has no mutable global state (star_core.h; no_mutable_globals.sh
   checks the library), so calls from several threads at once must give,
   bit for bit, what one thread gives alone. Calc may calculate in several
   threads; this calls whole allocation, PSA, stability, AHP, rank, score,
   fund stability and SMAA from four threads at once, each in its own
   order, many times. */
#include "unit.h"
#include "star_core.h"

#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 4
#define ROUNDS 3
#define N 120
#define K 4

static double benefit[N], cost[N], low_b[N], high_b[N], low_c[N], high_c[N], scores[N * K];
static double weights[K] = {30, 20, 40, 10}, pairwise[K * K];
static const double weights_low[K] = {0.2, 0.1, 0.3, 0.05}, weights_high[K] = {0.4, 0.3, 0.5, 0.2};

typedef enum { ALLOCATE, PSA_WHOLE, PSA, STABILITY, AHP, RANK, SCORE, FUNDSTABILITY, SMAA_WHOLE, SMAA, JOBS } job;

/* Each job's answer, computed into out (up to 2N values). */
static star_status run_job(job j, double *out)
{
    switch (j) {
    case ALLOCATE: return star_allocate(N, benefit, cost, 0.4 * N * 100, true, NULL, NULL, out);
    case PSA_WHOLE:
        return star_psa(N / 4, benefit, low_b, high_b, cost, low_c, high_c, 10 * 100, 300, 7, true, NULL, NULL, out);
    case PSA: return star_psa(N, benefit, low_b, high_b, cost, low_c, high_c, 40 * 100, 500, 1, false, NULL, NULL, out);
    case STABILITY: return star_stability(N, K, scores, weights, cost, NULL, NULL, out);
    case AHP: return star_ahp(K, K, pairwise, out, out + K);
    case RANK: return star_rank(N, benefit, false, out);
    case SCORE: return star_score(N, K, scores, weights, NULL, NULL, out);
    case FUNDSTABILITY:
        return star_fundstability(N, K, scores, weights, benefit, cost, 0.4 * N * 100, true, NULL, NULL, out);
    case SMAA_WHOLE:
        return star_smaa(N / 4, K, scores, weights_low, weights_high, benefit, cost, 10 * 100, 300, 7, true, NULL,
                         NULL, out);
    case SMAA:
        return star_smaa(N, K, scores, weights_low, weights_high, benefit, cost, 40 * 100, 200, 1, false, NULL,
                         NULL, out);
    case JOBS: break;
    }
    return STAR_E_DOMAIN;
}

static double reference[JOBS][2 * N];

typedef struct worker {
    int id;
    int mismatches;
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    double out[2 * N];
    for (int round = 0; round < ROUNDS; round++) {
        for (int step = 0; step < JOBS; step++) {
            job j = (job)((step + w->id + round) % JOBS);
            memset(out, 0, sizeof out);
            if (run_job(j, out) != STAR_OK || memcmp(out, reference[j], sizeof out) != 0)
                w->mismatches++;
        }
    }
    return NULL;
}

static void make_inputs(void)
{
    uint64_t state = 42;
    for (size_t i = 0; i < N; i++) {
        /* a small linear congruential generator is enough here */
        state = state * 6364136223846793005u + 1442695040888963407u;
        double u = (double)(state >> 11) * 0x1.0p-53;
        cost[i] = 10 + floor(190 * u);
        benefit[i] = cost[i] * (0.5 + u) + (double)(i % 7);
        low_b[i] = 0.8 * benefit[i];
        high_b[i] = 1.3 * benefit[i];
        low_c[i] = 0.9 * cost[i];
        high_c[i] = 1.2 * cost[i];
        for (size_t j = 0; j < K; j++)
            scores[i * K + j] = (double)((i * 7 + j * 13) % 11);
    }
    double judged[K][K] = {{1, 3, 0.5, 5}, {0, 1, 0.25, 2}, {0, 0, 1, 7}, {0, 0, 0, 1}};
    for (size_t i = 0; i < K; i++)
        for (size_t j = 0; j < K; j++)
            pairwise[i * K + j] = i <= j ? judged[i][j] : 1.0 / judged[j][i];
}

static void threads_agree_with_one_thread(void)
{
    make_inputs();
    for (int j = 0; j < JOBS; j++)
        CU_ASSERT_EQUAL_FATAL(run_job((job)j, reference[j]), STAR_OK);
    pthread_t thread[THREADS];
    worker workers[THREADS];
    for (int t = 0; t < THREADS; t++) {
        workers[t] = (worker){t, 0};
        CU_ASSERT_EQUAL_FATAL(pthread_create(&thread[t], NULL, work, &workers[t]), 0);
    }
    for (int t = 0; t < THREADS; t++) {
        pthread_join(thread[t], NULL);
        CU_ASSERT_EQUAL(workers[t].mismatches, 0);
    }
}

CU_TestInfo threads_tests[] = {
    {"threads agree with one thread", threads_agree_with_one_thread},
    CU_TEST_INFO_NULL,
};
