/* SPDX-License-Identifier: MPL-2.0 */
#include "uno_build.h"

#include <stdlib.h>
#include <string.h>

/* Its own types rather than the glue's, so that tests of the loaded DLL
   (tests/windows) build arguments the same way. */
typedef struct build_types {
    typelib_TypeDescriptionReference *number, *text, *row, *range;
} build_types;

static const build_types *types(void)
{
    static build_types t;
    if (!t.range) {
        t.number = *typelib_static_type_getByTypeClass(typelib_TypeClass_DOUBLE);
        t.text = *typelib_static_type_getByTypeClass(typelib_TypeClass_STRING);
        typelib_static_sequence_type_init(&t.row, *typelib_static_type_getByTypeClass(typelib_TypeClass_ANY));
        typelib_static_sequence_type_init(&t.range, t.row);
    }
    return &t;
}

typelib_TypeDescriptionReference *uno_build_range_type(void)
{
    return types()->range;
}

void uno_build_text(uno_Any *cell, const char *utf8)
{
    rtl_uString *str = NULL;
    rtl_string2UString(&str, utf8, (sal_Int32)strlen(utf8), RTL_TEXTENCODING_UTF8, OSTRING_TO_OUSTRING_CVTFLAGS);
    uno_any_destruct(cell, NULL);
    uno_type_any_construct(cell, &str, types()->text, NULL);
    rtl_uString_release(str);
}

static void put_number(uno_Any *cell, double number)
{
    uno_any_destruct(cell, NULL);
    uno_type_any_construct(cell, &number, types()->number, NULL);
}

/* rows x cols void anys. */
static uno_Sequence *empty_range(size_t rows, size_t cols)
{
    uno_Sequence *range = NULL;
    uno_type_sequence_construct(&range, types()->range, NULL, (sal_Int32)rows, NULL);
    uno_Sequence **row = (uno_Sequence **)range->elements;
    for (size_t r = 0; r < rows; r++)
        uno_type_sequence_realloc(&row[r], types()->row, (sal_Int32)cols, NULL, NULL);
    return range;
}

static uno_Any *cell_at(uno_Sequence *range, size_t r, size_t c)
{
    return &((uno_Any *)((uno_Sequence **)range->elements)[r]->elements)[c];
}

uno_Sequence *uno_build_range(size_t rows, size_t cols, const char *const *cells)
{
    uno_Sequence *range = empty_range(rows, cols);
    for (size_t r = 0; r < rows; r++) {
        for (size_t c = 0; c < cols; c++) {
            const char *text = cells[r * cols + c];
            if (text[0] == '\'')
                uno_build_text(cell_at(range, r, c), text + 1);
            else if (text[0] == '\0')
                uno_build_text(cell_at(range, r, c), "");
            else
                put_number(cell_at(range, r, c), strtod(text, NULL));
        }
    }
    return range;
}

uno_Sequence *uno_build_numbers(size_t rows, size_t cols, const double *values)
{
    uno_Sequence *range = empty_range(rows, cols);
    for (size_t r = 0; r < rows; r++)
        for (size_t c = 0; c < cols; c++)
            put_number(cell_at(range, r, c), values[r * cols + c]);
    return range;
}

void uno_build_free(uno_Sequence *range)
{
    uno_type_destructData(&range, types()->range, NULL);
}

void uno_args_set(uno_args *args, const star_function *fn, uno_Sequence *const *ranges)
{
    args->fn = fn;
    for (size_t a = 0; a < fn->arg_count; a++) {
        args->range[a] = ranges[a];
        if (!fn->args[a].optional) {
            args->ptr[a] = &args->range[a];
            continue;
        }
        if (ranges[a])
            uno_type_any_construct(&args->any[a], &args->range[a], types()->range, NULL);
        else
            uno_any_construct(&args->any[a], NULL, NULL, NULL);
        args->ptr[a] = &args->any[a];
    }
}

void uno_args_clear(uno_args *args)
{
    for (size_t a = 0; a < args->fn->arg_count; a++)
        if (args->fn->args[a].optional)
            uno_any_destruct(&args->any[a], NULL);
}

void uno_build_free_result(const star_function *fn, void *ret)
{
    switch (fn->result) {
    case STAR_RESULT_NUMBER: return;
    case STAR_RESULT_TEXT: rtl_uString_release(*(rtl_uString **)ret); return;
    case STAR_RESULT_ROWS:
    case STAR_RESULT_ARRAY: uno_any_destruct(ret, NULL); return;
    }
}

static const uno_Sequence *result_row(const uno_Any *table, size_t row)
{
    const uno_Sequence *rows = *(uno_Sequence *const *)table->pData;
    return ((uno_Sequence *const *)rows->elements)[row];
}

static bool holds_doubles(const uno_Any *table)
{
    /* "[][]double" against "[][]any": the element type's name says which. */
    const rtl_uString *name = table->pType->pTypeName;
    return rtl_ustr_ascii_compare_WithLength(name->buffer, name->length, "[][]double") == 0;
}

size_t uno_result_rows(const uno_Any *table)
{
    return (size_t)(*(uno_Sequence *const *)table->pData)->nElements;
}

size_t uno_result_cols(const uno_Any *table, size_t row)
{
    return (size_t)result_row(table, row)->nElements;
}

uno_result_cell uno_result_at(const uno_Any *table, size_t row, size_t col, double *number)
{
    const uno_Sequence *cells = result_row(table, row);
    if (holds_doubles(table)) {
        *number = ((const double *)cells->elements)[col];
        return UNO_RESULT_NUMBER;
    }
    const uno_Any *cell = &((const uno_Any *)cells->elements)[col];
    switch (cell->pType->eTypeClass) {
    case typelib_TypeClass_VOID: return UNO_RESULT_EMPTY;
    case typelib_TypeClass_DOUBLE: *number = *(const double *)cell->pData; return UNO_RESULT_NUMBER;
    default: return UNO_RESULT_OTHER;
    }
}
