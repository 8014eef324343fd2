/* SPDX-License-Identifier: MPL-2.0 */
/* Each argument's rule is written once, in the function table; the core's
   checkers check what a table cannot express (one value against another,
   limits, whole numbers of either sign) and, as a library of their own,
   the values too. On random inputs the two never disagree:
   - values the table refuses, the core function refuses too;
   - a value the checker refuses without saying more than its status (a
     plain rule) is one the table refuses, in the row and input it names. */
#include "unit.h"
#include "functions.h"
#include "star_arguments.h"
#include "star_core.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { ROWS = 4, CRITERIA = 3, TRIALS = 20000 };

static uint64_t state = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

/* Mostly values every rule admits, often ones that break one rule or
   another. */
static double any_value(void)
{
    static const double pool[] = {1, 2, 3, 0.5, 0.25, 1, 2, 0, -1, 1.5, 1e-300, 1e300, NAN, INFINITY, -0.0};
    return pool[next() % (sizeof pool / sizeof *pool)];
}

/* One random call: each argument's values, laid out as the glue hands them
   to the core, or NULL for an optional argument left out. */
typedef struct call {
    const star_function *fn;
    double *value[STAR_MAX_ARGS];
    size_t count[STAR_MAX_ARGS];
    bool omitted[STAR_MAX_ARGS]; /* an optional argument left out: its fallback */
} call;

static size_t cells_of(const star_arg *arg)
{
    switch (arg->shape) {
    case STAR_SHAPE_ROWS: return ROWS;
    case STAR_SHAPE_MATRIX: return ROWS * CRITERIA;
    case STAR_SHAPE_LIST: return CRITERIA;
    case STAR_SHAPE_POINTS: return ROWS;
    case STAR_SHAPE_NUMBER:
    case STAR_SHAPE_FLAG: break;
    }
    return 1;
}

static void draw(call *c, star_function_id id)
{
    c->fn = &star_functions[id];
    for (size_t a = 0; a < c->fn->arg_count; a++) {
        const star_arg *arg = &c->fn->args[a];
        /* a pairwise comparison matrix is square */
        c->count[a] = id == STAR_FN_AHP ? CRITERIA * CRITERIA : cells_of(arg);
        c->value[a] = malloc(c->count[a] * sizeof(double));
        for (size_t i = 0; i < c->count[a]; i++)
            c->value[a][i] = arg->shape == STAR_SHAPE_FLAG ? (double)(next() % 2) : any_value();
        c->omitted[a] = arg->optional && next() % 3 == 0;
        if (c->omitted[a] && arg->shape == STAR_SHAPE_ROWS) {
            free(c->value[a]);
            c->value[a] = NULL;
        } else if (c->omitted[a]) {
            c->value[a][0] = arg->fallback;
        }
    }
}

static void drop(call *c)
{
    for (size_t a = 0; a < c->fn->arg_count; a++)
        free(c->value[a]);
}

/* Where the table's rules refuse a value: the argument, or arg_count. */
static size_t table_refuses(const call *c)
{
    for (size_t a = 0; a < c->fn->arg_count; a++)
        for (size_t i = 0; !c->omitted[a] && i < c->count[a]; i++)
            if (!star_rule_admits(c->fn->args[a].rule, c->value[a][i]))
                return a;
    return c->fn->arg_count;
}

/* Whether the table's rule for the input the checker names refuses the
   value in the row (and column) it names. */
static bool table_refuses_there(const call *c, const star_where *where)
{
    for (size_t a = 0; a < c->fn->arg_count; a++) {
        const star_arg *arg = &c->fn->args[a];
        if (!where->input || strcmp(arg->name, where->input) != 0)
            continue;
        size_t width = arg->shape == STAR_SHAPE_MATRIX ? CRITERIA : 1;
        size_t i = where->row == STAR_NO_ROW ? 0 : where->row * width + where->column;
        return c->value[a] && i < c->count[a] && !star_rule_admits(arg->rule, c->value[a][i]);
    }
    return false;
}

#define V(fn, name) (c->value[STAR_##fn##_##name])
#define N(fn, name) (*V(fn, name))
#define B(fn, name) (N(fn, name) != 0.0)

/* The core checker behind a function, as the glue calls it. */
static star_status check(const call *c, star_function_id id, star_where *where)
{
    switch (id) {
    case STAR_FN_CURVE:
        return star_curve_check(ROWS, V(CURVE, BENEFIT), V(CURVE, COST), where);
    case STAR_FN_ALLOCATE:
        return star_allocate_check(ROWS, V(ALLOCATE, BENEFIT), V(ALLOCATE, COST), N(ALLOCATE, BUDGET),
                                   B(ALLOCATE, WHOLE), V(ALLOCATE, MIN), V(ALLOCATE, MAX), where);
    case STAR_FN_REALLOCATE:
        return star_reallocate_check(ROWS, V(REALLOCATE, BENEFIT), V(REALLOCATE, COST), V(REALLOCATE, SPEND),
                                     V(REALLOCATE, LOW), V(REALLOCATE, HIGH), N(REALLOCATE, AMOUNT), where);
    case STAR_FN_GAIN:
        return star_gain_check(ROWS, V(GAIN, BENEFIT), V(GAIN, COST), V(GAIN, NEW_SPEND), V(GAIN, OLD_SPEND),
                               where);
    case STAR_FN_PSA:
        return star_psa_check(ROWS, V(PSA, BENEFIT), V(PSA, BENEFIT_LOW), V(PSA, BENEFIT_HIGH), V(PSA, COST),
                              V(PSA, COST_LOW), V(PSA, COST_HIGH), N(PSA, BUDGET), N(PSA, DRAWS), N(PSA, SEED),
                              B(PSA, WHOLE), NULL, NULL, where);
    case STAR_FN_ROC:
        return star_roc_check(ROWS, V(ROC, RANKS), where);
    case STAR_FN_AHP:
        return star_ahp_check(CRITERIA, CRITERIA, V(AHP, MATRIX), where);
    case STAR_FN_VALUE:
        return star_value_check(ROWS, V(VALUE, XS), V(VALUE, VS), where);
    case STAR_FN_GROUPWEIGHTS:
        return star_groupweights_check(ROWS, CRITERIA, V(GROUPWEIGHTS, MATRIX), B(GROUPWEIGHTS, GEOMETRIC),
                                       where);
    case STAR_FN_STABILITY:
        return star_stability_check(ROWS, CRITERIA, V(STABILITY, SCORES), V(STABILITY, DIVISOR), where);
    case STAR_FN_EQUITY:
        return star_equity_check(ROWS, V(EQUITY, BENEFIT), V(EQUITY, SHARE), V(EQUITY, WEIGHT), where);
    case STAR_FN_ATKINSON:
        return star_atkinson_check(ROWS, V(ATKINSON, HEALTH), V(ATKINSON, POPULATION), where);
    case STAR_FN_ICER:
        return star_icer_check(ROWS, V(ICER, DELTA_COST), V(ICER, DELTA_EFFECT), where);
    case STAR_FN_NMB:
        return star_nmb_check(ROWS, V(NMB, DELTA_EFFECT), V(NMB, DELTA_COST), V(NMB, THRESHOLD), where);
    default:
        break;
    }
    return STAR_OK;
}

/* A single low or high end as the core takes it: one per criterion, or
   NULL when left out. */
static const double *ends(const call *c, size_t a, double *each)
{
    if (c->omitted[a])
        return NULL;
    for (size_t j = 0; j < CRITERIA; j++)
        each[j] = c->value[a][0];
    return each;
}

/* The core function itself, which checks everything it takes. */
static star_status compute(const call *c, star_function_id id)
{
    double out[2 * 5 * ROWS * CRITERIA], low[CRITERIA], high[CRITERIA];
    bool blank[5 * ROWS];
    switch (id) {
    case STAR_FN_CURVE:
        return star_triangles(ROWS, V(CURVE, BENEFIT), V(CURVE, COST), out, blank);
    case STAR_FN_ALLOCATE:
        return star_allocate(ROWS, V(ALLOCATE, BENEFIT), V(ALLOCATE, COST), N(ALLOCATE, BUDGET),
                             B(ALLOCATE, WHOLE), V(ALLOCATE, MIN), V(ALLOCATE, MAX), out);
    case STAR_FN_REALLOCATE:
        return star_reallocate(ROWS, V(REALLOCATE, BENEFIT), V(REALLOCATE, COST), V(REALLOCATE, SPEND),
                               V(REALLOCATE, LOW), V(REALLOCATE, HIGH), N(REALLOCATE, AMOUNT), out);
    case STAR_FN_GAIN:
        return star_gain(ROWS, V(GAIN, BENEFIT), V(GAIN, COST), V(GAIN, NEW_SPEND), V(GAIN, OLD_SPEND), out);
    case STAR_FN_PSA:
        return star_psa(ROWS, V(PSA, BENEFIT), V(PSA, BENEFIT_LOW), V(PSA, BENEFIT_HIGH), V(PSA, COST),
                        V(PSA, COST_LOW), V(PSA, COST_HIGH), N(PSA, BUDGET), fmin(N(PSA, DRAWS), 3), N(PSA, SEED),
                        B(PSA, WHOLE), NULL, NULL, out);
    case STAR_FN_ROC:
        return star_roc(ROWS, V(ROC, RANKS), out);
    case STAR_FN_AHP:
        return star_ahp(CRITERIA, CRITERIA, V(AHP, MATRIX), out, NULL);
    case STAR_FN_VALUE:
        return star_value(ROWS, V(VALUE, X), ROWS, V(VALUE, XS), V(VALUE, VS), out);
    case STAR_FN_GROUPWEIGHTS:
        return star_groupweights(ROWS, CRITERIA, V(GROUPWEIGHTS, MATRIX), B(GROUPWEIGHTS, GEOMETRIC), out);
    case STAR_FN_STABILITY:
        return star_stability(ROWS, CRITERIA, V(STABILITY, SCORES), V(STABILITY, WEIGHTS), V(STABILITY, DIVISOR),
                              ends(c, STAR_STABILITY_LOW, low), ends(c, STAR_STABILITY_HIGH, high), out);
    case STAR_FN_EQUITY:
        return star_equity(ROWS, V(EQUITY, BENEFIT), V(EQUITY, SHARE), V(EQUITY, WEIGHT), out);
    case STAR_FN_ATKINSON:
        return star_atkinson(ROWS, V(ATKINSON, HEALTH), N(ATKINSON, EPSILON), V(ATKINSON, POPULATION), out);
    case STAR_FN_ICER:
        return star_icer(ROWS, V(ICER, DELTA_COST), V(ICER, DELTA_EFFECT), out);
    case STAR_FN_NMB:
        return star_nmb(ROWS, V(NMB, DELTA_EFFECT), V(NMB, DELTA_COST), V(NMB, THRESHOLD), out);
    default:
        break;
    }
    return STAR_OK;
}

static const star_function_id checked[] = {
    STAR_FN_CURVE, STAR_FN_ALLOCATE, STAR_FN_REALLOCATE, STAR_FN_GAIN, STAR_FN_PSA,
    STAR_FN_ROC, STAR_FN_AHP, STAR_FN_VALUE, STAR_FN_GROUPWEIGHTS, STAR_FN_STABILITY,
    STAR_FN_EQUITY, STAR_FN_ATKINSON, STAR_FN_ICER, STAR_FN_NMB,
};

static void table_and_checkers_agree(void)
{
    for (size_t f = 0; f < sizeof checked / sizeof *checked; f++) {
        size_t refused = 0, plain = 0;
        for (int t = 0; t < TRIALS; t++) {
            call c;
            draw(&c, checked[f]);
            star_where where;
            star_status status = check(&c, checked[f], &where);
            bool table_ok = table_refuses(&c) == c.fn->arg_count;
            if (!table_ok) {
                refused++;
                CU_ASSERT_NOT_EQUAL(compute(&c, checked[f]), STAR_OK);
            }
            if (status == STAR_E_DOMAIN && !where.why[0]) {
                plain++;
                CU_ASSERT(table_refuses_there(&c, &where));
            }
            drop(&c);
        }
        /* Both kinds of case came up (a rank refused always says more). */
        CU_ASSERT(refused > TRIALS / 10);
        CU_ASSERT(plain > TRIALS / 50 || checked[f] == STAR_FN_ROC);
    }
}

CU_TestInfo rules_agree_tests[] = {
    {"the table's rules and the core's checkers agree", table_and_checkers_agree},
    CU_TEST_INFO_NULL,
};
