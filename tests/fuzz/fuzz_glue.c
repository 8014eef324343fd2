/* SPDX-License-Identifier: MPL-2.0 */
/* Fuzz target: the glue, from Calc's UNO arguments to the return value, on
   real UNO values built with cppu. The bytes pick a function of the table
   and build each of its arguments: ranges ([][]any) of numbers (awkward
   ones too), blanks (empty strings), text (any bytes), values of types no
   cell holds, ragged rows and empty ranges; optional arguments as void, a
   single value of any type, or a range. star_run must then either give a
   finite answer of the promised shape, or a problem with a status and
   words; and the exception for the problem must build. Nothing may leak. */
#include "fuzz.h"
#include "run.h"
#include "types.h"
#include "uno_build.h"
#include "values.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static typelib_TypeDescriptionReference *type_of(typelib_TypeClass type_class)
{
    return *typelib_static_type_getByTypeClass(type_class);
}

/* A value of a type no cell holds, or of one Calc converts (bool, long...). */
static void odd_value(fuzz_input *in, uno_Any *any)
{
    uint8_t kind = fuzz_byte(in);
    double number = fuzz_double(in);
    uno_any_destruct(any, NULL);
    switch (kind % 11) {
    case 0: { sal_Bool v = (sal_Bool)(kind >> 4 & 1); uno_type_any_construct(any, &v, type_of(typelib_TypeClass_BOOLEAN), NULL); return; }
    case 1: { sal_Int32 v = (sal_Int32)(kind * 1000003u); uno_type_any_construct(any, &v, type_of(typelib_TypeClass_LONG), NULL); return; }
    case 2: { sal_Int16 v = (sal_Int16)(kind * 257); uno_type_any_construct(any, &v, type_of(typelib_TypeClass_SHORT), NULL); return; }
    case 3: { float v = (float)number; uno_type_any_construct(any, &v, type_of(typelib_TypeClass_FLOAT), NULL); return; }
    case 4: { sal_Int64 v = (sal_Int64)kind << 40; uno_type_any_construct(any, &v, type_of(typelib_TypeClass_HYPER), NULL); return; }
    case 5: { sal_Unicode v = 'x'; uno_type_any_construct(any, &v, type_of(typelib_TypeClass_CHAR), NULL); return; }
    case 6: { sal_Int8 v = (sal_Int8)kind; uno_type_any_construct(any, &v, type_of(typelib_TypeClass_BYTE), NULL); return; }
    case 7: { sal_uInt32 v = kind; uno_type_any_construct(any, &v, type_of(typelib_TypeClass_UNSIGNED_LONG), NULL); return; }
    case 8: { typelib_TypeDescriptionReference *v = star_types.number; uno_type_any_construct(any, &v, type_of(typelib_TypeClass_TYPE), NULL); return; }
    case 9: { /* a sequence of doubles: no cell range */
        typelib_TypeDescriptionReference *doubles = NULL;
        typelib_static_sequence_type_init(&doubles, star_types.number);
        uno_Sequence *seq = NULL;
        uno_type_sequence_construct(&seq, doubles, &number, 1, NULL);
        uno_type_any_construct(any, &seq, doubles, NULL);
        uno_type_destructData(&seq, doubles, NULL);
        return;
    }
    default: { /* one row of anys: a sequence, but not a range */
        uno_Sequence *row = NULL;
        uno_type_sequence_construct(&row, star_types.row, NULL, 1, NULL);
        uno_type_any_construct(any, &row, star_types.row, NULL);
        uno_type_destructData(&row, star_types.row, NULL);
        return;
    }
    }
}

static void text_value(fuzz_input *in, uno_Any *any)
{
    char text[16];
    size_t len = fuzz_size(in, sizeof text - 1);
    for (size_t i = 0; i < len; i++)
        text[i] = (char)(fuzz_byte(in) | 1); /* any bytes but a zero */
    text[len] = '\0';
    uno_build_text(any, text);
}

static void cell_value(fuzz_input *in, uno_Any *any, bool plain)
{
    unsigned tag = fuzz_byte(in) % (plain ? 6u : 10u);
    if (tag < 5) {
        double number = fuzz_double(in);
        uno_any_destruct(any, NULL);
        uno_type_any_construct(any, &number, star_types.number, NULL);
    } else if (tag == 5 || tag == 6) {
        uno_build_text(any, ""); /* blank */
    } else if (tag == 7 || tag == 8) {
        text_value(in, any);
    } else {
        odd_value(in, any);
    }
}

/* A range of up to 24 x 5 cells; now and then with a row of another length. */
static uno_Sequence *range_value(fuzz_input *in, bool plain)
{
    size_t rows = fuzz_size(in, 24), cols = fuzz_size(in, 5);
    uint8_t shape = fuzz_byte(in);
    uno_Sequence *range = NULL;
    uno_type_sequence_construct(&range, star_types.range, NULL, (sal_Int32)rows, NULL);
    uno_Sequence **row = (uno_Sequence **)range->elements;
    for (size_t r = 0; r < rows; r++) {
        size_t length = shape % 16 == 15 && r == rows - 1 ? fuzz_size(in, 5) : cols;
        uno_type_sequence_realloc(&row[r], star_types.row, (sal_Int32)length, NULL, NULL);
        for (size_t c = 0; c < length; c++)
            cell_value(in, &((uno_Any *)row[r]->elements)[c], plain);
    }
    return range;
}

static void optional_value(fuzz_input *in, uno_Any *any, bool plain)
{
    uint8_t kind = fuzz_byte(in) % 8;
    uno_any_construct(any, NULL, NULL, NULL);
    if (kind < 2)
        return; /* left out */
    if (kind < 5) {
        cell_value(in, any, plain);
        return;
    }
    if (kind == 5 && !plain) {
        odd_value(in, any);
        return;
    }
    uno_Sequence *range = range_value(in, plain);
    uno_any_destruct(any, NULL);
    uno_type_any_construct(any, &range, star_types.range, NULL);
    uno_build_free(range);
}

/* The return value of a call that succeeded. */
static void check_answer(const star_call *call, void *ret)
{
    switch (call->fn->result) {
    case STAR_RESULT_NUMBER:
        FUZZ_CHECK(isfinite(*(double *)ret));
        return;
    case STAR_RESULT_TEXT: {
        const rtl_uString *text = *(rtl_uString **)ret;
        FUZZ_CHECK(text != NULL && text->length > 0);
        return;
    }
    case STAR_RESULT_ROWS:
    case STAR_RESULT_ARRAY: break;
    }
    const uno_Any *table = ret;
    const star_answer *answer = &call->answer;
    FUZZ_CHECK(uno_result_rows(table) == answer->rows);
    if (call->fn->result == STAR_RESULT_ROWS) {
        /* One cell a row, down to the last present row when many absent
           rows follow it (C3). */
        size_t n = call->rows.n, m = call->rows.m, last = m ? call->rows.present[m - 1] + 1 : 0;
        size_t shown = n - last > STAR_MAX_TRAILING_ABSENT ? (last ? last : 1) : n;
        FUZZ_CHECK(answer->rows * answer->cols == shown && (answer->rows == 1 || answer->cols == 1));
    }
    for (size_t r = 0; r < answer->rows; r++) {
        FUZZ_CHECK(uno_result_cols(table, r) == answer->cols);
        for (size_t c = 0; c < answer->cols; c++) {
            double x;
            bool empty = answer->empty && answer->empty[r * answer->cols + c];
            uno_result_cell cell = uno_result_at(table, r, c, &x);
            FUZZ_CHECK(cell == (empty ? UNO_RESULT_EMPTY : UNO_RESULT_NUMBER));
            if (cell == UNO_RESULT_NUMBER)
                FUZZ_CHECK(isfinite(x));
        }
    }
}

static void check_problem(const star_problem *problem)
{
    FUZZ_CHECK(problem->status > STAR_OK && problem->status < STAR_STATUS_COUNT);
    FUZZ_CHECK(problem->status != STAR_E_NOMEM);
    const char *end = memchr(problem->words, '\0', sizeof problem->words);
    FUZZ_CHECK(end != NULL && end > problem->words);
    FUZZ_CHECK(!islower((unsigned char)problem->words[0]));
    /* The words become the exception's message. */
    uno_Any exception;
    if (star_value_raise(&exception, problem))
        uno_any_destruct(&exception, NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    star_types_init();
    fuzz_input in;
    fuzz_begin(&in, data, size);
    star_function_id id = (star_function_id)(fuzz_byte(&in) % STAR_FN_COUNT);
    bool plain = fuzz_bool(&in); /* numbers and blanks only: calls that compute */
    const star_function *fn = &star_functions[id];
    uno_Sequence *ranges[STAR_MAX_ARGS] = {0};
    uno_Any optional[STAR_MAX_ARGS];
    void *args[STAR_MAX_ARGS];
    for (size_t a = 0; a < fn->arg_count; a++) {
        if (fn->args[a].optional) {
            optional_value(&in, &optional[a], plain);
            args[a] = &optional[a];
        } else {
            ranges[a] = range_value(&in, plain);
            args[a] = &ranges[a];
        }
    }
    union { double number; rtl_uString *text; uno_Any table; } ret;
    star_call call;
    bool ok = star_run(&call, id, args, &ret);
    if (getenv("STAR_FUZZ_SHOW")) /* what each input does, for writing seeds */
        fprintf(stderr, "%s: %s\n", fn->method, ok ? "an answer" : call.problem.words);
    if (ok) {
        check_answer(&call, &ret);
        uno_build_free_result(fn, &ret);
    } else {
        check_problem(&call.problem);
    }
    star_call_end(&call);
    for (size_t a = 0; a < fn->arg_count; a++) {
        if (fn->args[a].optional)
            uno_any_destruct(&optional[a], NULL);
        else
            uno_build_free(ranges[a]);
    }
    return 0;
}
