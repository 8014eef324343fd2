/* SPDX-License-Identifier: MPL-2.0 */
/* Loads star.dll as LibreOffice's loader would and calls STAR functions
   through its binary-UNO dispatcher, under wine, with the stand-ins for
   sal3.dll and cppu3.dll (tests/windows/stubs) beside it:
   component_getImplementationEnvironment and component_getFactory found by
   name, the factory's createInstanceWithContext, then STAR.VFM,
   STAR.ALLOCATE, STAR.CHECK and bad input, which must raise
   com.sun.star.lang.IllegalArgumentException with the words STAR.CHECK gives.
   Members are described as core reflection describes them to a dispatcher,
   as far as the component reads them: the kind of member, its position in
   the interface and the return type. */
#include <windows.h>

#include "functions.h"
#include "uno_build.h"
#include "harness.h"
#include "uno_c.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { CREATE_INSTANCE_WITH_CONTEXT = 3, FIRST_FUNCTION = 3 }; /* after XInterface's three */
enum { WORDS_MAX = 512 };

/* The UTF-8 of a string, in buf. */
static const char *utf8(const rtl_uString *text, char *buf, size_t size)
{
    rtl_String *bytes = NULL;
    rtl_uString2String(&bytes, text->buffer, text->length, RTL_TEXTENCODING_UTF8, OUSTRING_TO_OSTRING_CVTFLAGS);
    snprintf(buf, size, "%s", bytes->buffer);
    rtl_string_release(bytes);
    return buf;
}

/* What a call gave: an exception, or a result of the function's type. */
typedef struct outcome {
    uno_Any exception_storage;
    uno_Any *exception;
    union {
        uno_Any table;
        rtl_uString *text;
    } result;
} outcome;

/* One call of a STAR function: arguments are column ranges of cells as
   uno_build_range writes them, or NULL for an omitted optional argument. */
static void call(uno_Interface *add_in, star_function_id id, const size_t rows[], const char *const *cells[],
                 outcome *out)
{
    const star_function *fn = &star_functions[id];
    uno_Sequence *ranges[STAR_MAX_ARGS] = {0};
    uno_Any optional[STAR_MAX_ARGS];
    void *args[STAR_MAX_ARGS];
    for (size_t a = 0; a < fn->arg_count; a++) {
        if (cells[a])
            ranges[a] = uno_build_range(rows[a], 1, cells[a]);
        if (fn->args[a].optional) {
            uno_type_any_construct(&optional[a], cells[a] ? &ranges[a] : NULL,
                                   cells[a] ? uno_build_range_type() : NULL, NULL);
            args[a] = &optional[a];
        } else {
            args[a] = &ranges[a];
        }
    }
    typelib_TypeDescriptionReference *result = fn->result == STAR_RESULT_TEXT
                                                   ? *typelib_static_type_getByTypeClass(typelib_TypeClass_STRING)
                                                   : *typelib_static_type_getByTypeClass(typelib_TypeClass_ANY);
    typelib_InterfaceMethodTypeDescription method = method_at(FIRST_FUNCTION + (sal_Int32)id, result);
    out->exception = &out->exception_storage;
    add_in->pDispatcher(add_in, &method.aBase.aBase, &out->result, args, &out->exception);
    for (size_t a = 0; a < fn->arg_count; a++) {
        if (fn->args[a].optional)
            uno_any_destruct(&optional[a], NULL);
        if (ranges[a])
            uno_build_free(ranges[a]);
    }
}

static void finish(outcome *out, star_function_id id)
{
    if (out->exception)
        uno_any_destruct(out->exception, NULL);
    else if (star_functions[id].result == STAR_RESULT_TEXT)
        rtl_uString_release(out->result.text);
    else
        uno_any_destruct(&out->result.table, NULL);
}

/* Whether a column result holds these numbers, NAN standing for an empty cell. */
static bool column_is(const outcome *out, size_t n, const double *want)
{
    if (out->exception || uno_result_rows(&out->result.table) != n)
        return false;
    for (size_t r = 0; r < n; r++) {
        double x;
        if (uno_result_cols(&out->result.table, r) != 1)
            return false;
        uno_result_cell cell = uno_result_at(&out->result.table, r, 0, &x);
        if (isnan(want[r]) ? cell != UNO_RESULT_EMPTY : cell != UNO_RESULT_NUMBER || fabs(x - want[r]) > 1e-9)
            return false;
    }
    return true;
}

static bool raised(const outcome *out, const char *type, const char *message)
{
    char buf[WORDS_MAX];
    if (!out->exception || rtl_ustr_ascii_compare_WithLength(out->exception->pType->pTypeName->buffer,
                                                             out->exception->pType->pTypeName->length, type) != 0)
        return false;
    /* Message is the first member of every UNO exception. */
    const rtl_uString *words = *(rtl_uString *const *)out->exception->pData;
    utf8(words, buf, sizeof buf);
    if (strcmp(buf, message) != 0)
        printf("     message: %s\n", buf);
    return strcmp(buf, message) == 0;
}

static bool text_is(const outcome *out, const char *want)
{
    char buf[WORDS_MAX];
    if (out->exception)
        return false;
    utf8(out->result.text, buf, sizeof buf);
    if (strcmp(buf, want) != 0)
        printf("     text: %s\n", buf);
    return strcmp(buf, want) == 0;
}

static void vfm(uno_Interface *add_in)
{
    /* 156066 points for 1,406,000 pounds: 111 per 1000 pounds; a spare row stays empty. */
    const char *benefit[] = {"156066", "4050", ""}, *cost[] = {"1406000", "162000", ""};
    const size_t rows[] = {3, 3, 0};
    const char *const *cells[] = {benefit, cost, NULL};
    outcome out;
    call(add_in, STAR_FN_VFM, rows, cells, &out);
    check(column_is(&out, 3, (const double[]){111, 25, NAN}), "STAR.VFM gives 111; 25; empty");
    finish(&out, STAR_FN_VFM);
}

static void allocate(uno_Interface *add_in)
{
    /* Budget 45: whole interventions 2 and 3 (benefit 90) beat 1 alone (60);
       shares would fund 2 and 5/6 of 1 (benefit 100). */
    const char *benefit[] = {"60", "50", "40", ""}, *cost[] = {"30", "20", "25", ""}, *budget[] = {"45"};
    const char *whole[] = {"1"};
    const size_t rows[] = {4, 4, 1, 1, 0, 0};
    const char *const *cells[] = {benefit, cost, budget, whole, NULL, NULL};
    outcome out;
    call(add_in, STAR_FN_ALLOCATE, rows, cells, &out);
    check(column_is(&out, 4, (const double[]){0, 1, 1, NAN}), "STAR.ALLOCATE whole gives 0; 1; 1; empty");
    finish(&out, STAR_FN_ALLOCATE);
    cells[3] = NULL;
    call(add_in, STAR_FN_ALLOCATE, rows, cells, &out);
    check(column_is(&out, 4, (const double[]){25.0 / 30, 1, 0, NAN}), "STAR.ALLOCATE shares give 5/6; 1; 0; empty");
    finish(&out, STAR_FN_ALLOCATE);
}

static void bad_input(uno_Interface *add_in)
{
    const char *benefit[] = {"100", "200"}, *cost[] = {"'\xc2\xa3" "1,200", "50"}; /* "£1,200" typed as text */
    const size_t rows[] = {2, 2, 0};
    const char *const *cells[] = {benefit, cost, NULL};
    outcome out;
    call(add_in, STAR_FN_VFM, rows, cells, &out);
    check(raised(&out, "com.sun.star.lang.IllegalArgumentException", "Row 1: cost is text (\"\xc2\xa3" "1,200\")"),
          "STAR.VFM on text raises IllegalArgumentException (Err:502) naming row and input");
    finish(&out, STAR_FN_VFM);

    const char *patients[] = {"100", "200"}, *per_patient[] = {"'\xc2\xa3" "1,200", "50"}, *scores[] = {"5", "6"};
    const size_t check_rows[] = {2, 2, 2, 0};
    const char *const *check_cells[] = {patients, per_patient, scores, NULL};
    call(add_in, STAR_FN_CHECK, check_rows, check_cells, &out);
    check(text_is(&out, "Row 1: cost per patient is text (\"\xc2\xa3" "1,200\")"), "STAR.CHECK says the same in words");
    finish(&out, STAR_FN_CHECK);
}

int main(void)
{
    uno_Interface *factory = load_factory(L"star.dll", STAR_IMPLEMENTATION, "other.Implementation");
    if (!factory)
        return 1;
    typelib_TypeDescriptionReference *xinterface = NULL;
    typelib_static_type_init(&xinterface, typelib_TypeClass_INTERFACE, "com.sun.star.uno.XInterface");
    typelib_InterfaceMethodTypeDescription create = method_at(CREATE_INSTANCE_WITH_CONTEXT, xinterface);
    uno_Interface *context = NULL, *add_in = NULL;
    uno_Any exception_storage, *exception = &exception_storage;
    void *create_args[] = {&context};
    factory->pDispatcher(factory, &create.aBase.aBase, &add_in, create_args, &exception);
    check(add_in != NULL && exception == NULL, "createInstanceWithContext gives the add-in");
    if (!add_in)
        return 1;

    vfm(add_in);
    allocate(add_in);
    bad_input(add_in);
    add_in->release(add_in);
    factory->release(factory);
    printf("dispatch: %d passed, %d failed\n", checks_passed(), checks_failed());
    return checks_failed() ? 1 : 0;
}
