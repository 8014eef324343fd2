/* SPDX-License-Identifier: MPL-2.0 */
/* A workbook recalculated again and again: every function of the table,
   through the glue from real UNO arguments to the UNO return value (and
   the exception for bad input), many times over. Every call must give the
   same answer as the first; the test runs under valgrind and LeakSanitizer
   in CI (scripts/reliability.sh), so anything a call leaves behind fails. */
#include "unit.h"
#include "run.h"
#include "types.h"
#include "uno_build.h"
#include "values.h"

#include <string.h>

#define ROUNDS 60

/* One argument as uno_build_range takes it; rows 0 leaves it out. */
typedef struct arg_cells {
    size_t rows, cols;
    const char *cells[9];
} arg_cells;

typedef struct soak_case {
    star_function_id fn;
    arg_cells args[STAR_MAX_ARGS];
} soak_case;

#define C2(a, b) {2, 1, {a, b}}
#define C3(a, b, c) {3, 1, {a, b, c}}
#define ONE(a) {1, 1, {a}}
#define OUT {0, 0, {0}}

static const soak_case cases[] = {
    {STAR_FN_BENEFIT, {C3("10", "20", ""), C3("1.5", "2", ""), C3("0.5", "1", "")}},
    {STAR_FN_VFM, {C2("100", ""), C2("10", ""), OUT}},
    {STAR_FN_RANK, {C3("3", "1", "2"), OUT}},
    {STAR_FN_SCORE, {{2, 2, {"1", "2", "3", "4"}}, {1, 2, {"1", "1"}}, ONE("0"), ONE("10")}},
    {STAR_FN_WEIGHTS, {C2("1", "3")}},
    {STAR_FN_CHECK, {C2("10", "20"), C2("5", "6"), {2, 2, {"1", "2", "3", "4"}}, {1, 2, {"1", "1"}}}},
    {STAR_FN_VERSION, {OUT}},
    {STAR_FN_CURVE, {C3("10", "40", "30"), C3("10", "20", "30")}},
    {STAR_FN_TRIANGLES, {C3("10", "40", "30"), C3("10", "20", "30")}},
    {STAR_FN_ALLOCATE, {C3("60", "100", "120"), C3("10", "20", "30"), ONE("50"), ONE("1"), OUT, OUT}},
    {STAR_FN_REALLOCATE, {C2("10", "40"), C2("10", "20"), C2("100", "100"), C2("50", "50"), C2("150", "150"), OUT}},
    {STAR_FN_GAIN, {C2("10", "40"), C2("10", "20"), C2("50", "150"), C2("100", "100")}},
    {STAR_FN_ROC, {C3("1", "2", "3")}},
    {STAR_FN_AHP, {{3, 3, {"1", "2", "4", "0.5", "1", "2", "0.25", "0.5", "1"}}}},
    {STAR_FN_AHPCR, {{3, 3, {"1", "2", "4", "0.5", "1", "2", "0.25", "0.5", "1"}}}},
    {STAR_FN_VALUE, {C2("1", "5"), C2("0", "10"), C2("0", "100")}},
    {STAR_FN_GROUPWEIGHTS, {{2, 3, {"30", "20", "50", "1", "1", "2"}}, OUT}},
    {STAR_FN_AGREE, {{4, 1, {"1", "2", "3", "4"}}, {4, 1, {"1", "3", "2", "4"}}}},
    {STAR_FN_STABILITY, {{2, 2, {"10", "0", "0", "10"}}, {1, 2, {"1", "3"}}, OUT, OUT, OUT}},
    {STAR_FN_PSA, {C2("60", "100"), C2("50", "90"), C2("70", "110"), C2("10", "20"), C2("8", "15"),
                   C2("12", "25"), ONE("25"), ONE("100"), OUT, ONE("1")}},
    {STAR_FN_EQUITY, {C2("100", "200"), C2("0.5", "0"), ONE("2")}},
    {STAR_FN_ATKINSON, {C3("62", "68", "70"), ONE("1"), OUT}},
    {STAR_FN_ICER, {ONE("1000"), ONE("0.1")}},
    {STAR_FN_NMB, {ONE("0.5"), ONE("5000"), ONE("20000")}},
    {STAR_FN_FUNDSTABILITY, {{3, 2, {"8", "2", "2", "6", "", ""}}, {1, 2, {"1", "1"}}, C3("1", "1", ""),
                             C3("1", "1", ""), ONE("1"), ONE("1"), OUT, OUT}},
    {STAR_FN_SMAA, {{3, 2, {"8", "2", "", "", "2", "6"}}, {1, 2, {"0.3", "0.3"}}, {1, 2, {"0.7", "0.7"}},
                    C3("1", "", "1"), C3("1", "", "1"), ONE("1"), ONE("50"), ONE("3"), ONE("1"), OUT, OUT}},
};

typedef union result {
    double number;
    rtl_uString *text;
    uno_Any table;
} result;

/* The answer as text, to compare one round with the next. */
static void describe(const star_function *fn, const result *r, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    if (fn->result == STAR_RESULT_NUMBER) {
        snprintf(buf, size, "%.17g", r->number);
    } else if (fn->result == STAR_RESULT_TEXT) {
        for (sal_Int32 i = 0; i < r->text->length && used + 1 < size; i++)
            buf[used++] = (char)r->text->buffer[i];
        buf[used] = '\0';
    } else {
        for (size_t i = 0; i < uno_result_rows(&r->table); i++)
            for (size_t c = 0; c < uno_result_cols(&r->table, i) && used + 32 < size; c++) {
                double x = 0.0;
                bool number = uno_result_at(&r->table, i, c, &x) == UNO_RESULT_NUMBER;
                used += (size_t)snprintf(buf + used, size - used, number ? "%.17g;" : "empty;", x);
            }
    }
}

/* Runs the case once; bad puts text in the first cell of the first argument. */
static bool run_once(const soak_case *sc, bool bad, char *answer, size_t size)
{
    const star_function *fn = &star_functions[sc->fn];
    uno_Sequence *ranges[STAR_MAX_ARGS] = {0};
    for (size_t a = 0; a < fn->arg_count; a++) {
        const arg_cells *ac = &sc->args[a];
        if (!ac->rows)
            continue;
        ranges[a] = uno_build_range(ac->rows, ac->cols, ac->cells);
        if (bad && a == 0)
            uno_build_text((uno_Any *)((uno_Sequence **)ranges[a]->elements)[0]->elements, "£1,200");
    }
    uno_args args;
    uno_args_set(&args, fn, ranges);
    result r;
    star_call call;
    bool ok = star_run(&call, sc->fn, args.ptr, &r);
    if (ok) {
        describe(fn, &r, answer, size);
        uno_build_free_result(fn, &r);
    } else {
        snprintf(answer, size, "%s", call.problem.words);
        uno_Any exception;
        if (star_value_raise(&exception, &call.problem))
            uno_any_destruct(&exception, NULL);
    }
    star_call_end(&call);
    uno_args_clear(&args);
    for (size_t a = 0; a < fn->arg_count; a++)
        if (ranges[a])
            uno_build_free(ranges[a]);
    return ok;
}

static void every_function_again_and_again(void)
{
    CU_ASSERT_EQUAL(sizeof cases / sizeof cases[0], STAR_FN_COUNT);
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        const soak_case *sc = &cases[c];
        bool has_args = star_functions[sc->fn].arg_count > 0;
        char first[2048], again[2048], first_bad[2048], again_bad[2048];
        CU_ASSERT_TRUE(run_once(sc, false, first, sizeof first));
        bool bad_ok = has_args && run_once(sc, true, first_bad, sizeof first_bad);
        /* Bad input is an error, but STAR.CHECK answers with the words. */
        CU_ASSERT_TRUE(!has_args || bad_ok == (sc->fn == STAR_FN_CHECK));
        for (int round = 1; round < ROUNDS; round++) {
            run_once(sc, false, again, sizeof again);
            CU_ASSERT_STRING_EQUAL(again, first);
            if (has_args) {
                run_once(sc, true, again_bad, sizeof again_bad);
                CU_ASSERT_STRING_EQUAL(again_bad, first_bad);
            }
        }
    }
}

CU_TestInfo soak_tests[] = {
    {"every function again and again", every_function_again_and_again},
    CU_TEST_INFO_NULL,
};
