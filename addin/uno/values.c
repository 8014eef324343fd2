/* SPDX-License-Identifier: MPL-2.0 */
#include "values.h"
#include "types.h"

#include <math.h>
#include <stdalign.h>
#include <string.h>

bool star_answer_finite(const star_answer *answer)
{
    size_t count = answer->rows * answer->cols;
    for (size_t i = 0; i < count; i++)
        if (!(answer->empty && answer->empty[i]) && !isfinite(answer->value[i]))
            return false;
    return true;
}

unsigned long long star_answer_empty_cost(const star_answer *answer, size_t *empties)
{
    *empties = 0;
    if (!answer->empty)
        return 0;
    /* Calc stores cell (r, c) at c*rows + r of rows*cols. */
    unsigned long long cost = 0, total = (unsigned long long)answer->rows * answer->cols;
    for (size_t r = 0; r < answer->rows; r++)
        for (size_t c = 0; c < answer->cols; c++)
            if (answer->empty[r * answer->cols + c]) {
                ++*empties;
                cost += total - ((unsigned long long)c * answer->rows + r);
            }
    return cost;
}

/* A [][]any: numbers, and void (shown as an empty cell) where a cell is
   empty. False when out of memory; *out is then left unconstructed. */
static bool range_of_anys(uno_Sequence **out, const star_answer *answer)
{
    *out = NULL;
    if (!uno_type_sequence_construct(out, star_types.range, NULL, (sal_Int32)answer->rows, NULL))
        return false;
    uno_Sequence **row = (uno_Sequence **)(*out)->elements;
    for (size_t r = 0; r < answer->rows; r++) {
        if (!uno_type_sequence_realloc(&row[r], star_types.row, (sal_Int32)answer->cols, NULL, NULL)) {
            uno_type_destructData(out, star_types.range, NULL);
            return false;
        }
        uno_Any *cell = (uno_Any *)row[r]->elements;
        for (size_t c = 0; c < answer->cols; c++) {
            size_t i = r * answer->cols + c;
            /* The new cells are void anys, which own nothing: construct over them. */
            if (!(answer->empty && answer->empty[i]))
                uno_type_any_construct(&cell[c], &answer->value[i], star_types.number, NULL);
        }
    }
    return true;
}

/* A [][]double, ignoring empty flags; as range_of_anys otherwise. */
static bool range_of_doubles(uno_Sequence **out, const star_answer *answer)
{
    *out = NULL;
    if (!uno_type_sequence_construct(out, star_types.table, NULL, (sal_Int32)answer->rows, NULL))
        return false;
    uno_Sequence **row = (uno_Sequence **)(*out)->elements;
    for (size_t r = 0; r < answer->rows; r++) {
        /* Replaces the shared empty row with the row's numbers, copied. */
        uno_Sequence *empty = row[r];
        row[r] = NULL;
        if (!uno_type_sequence_construct(&row[r], star_types.numbers, answer->value + r * answer->cols,
                                         (sal_Int32)answer->cols, NULL)) {
            row[r] = empty;
            uno_type_destructData(out, star_types.table, NULL);
            return false;
        }
        uno_type_destructData(&empty, star_types.numbers, NULL);
    }
    return true;
}

static bool has_empty(const star_answer *answer)
{
    if (!answer->empty)
        return false;
    size_t count = answer->rows * answer->cols;
    for (size_t i = 0; i < count; i++)
        if (answer->empty[i])
            return true;
    return false;
}

bool star_value_table(uno_Any *out, const star_answer *answer)
{
    bool mixed = has_empty(answer);
    typelib_TypeDescriptionReference *type = mixed ? star_types.range : star_types.table;
    uno_Sequence *table;
    if (!(mixed ? range_of_anys(&table, answer) : range_of_doubles(&table, answer)))
        return false;
    /* The any takes its own reference to the table; ours is given back. */
    uno_type_any_construct(out, &table, type, NULL);
    uno_type_destructData(&table, type, NULL);
    return true;
}

void star_value_text(rtl_uString **out, const char *utf8)
{
    *out = NULL;
    rtl_string2UString(out, utf8, (sal_Int32)strlen(utf8), RTL_TEXTENCODING_UTF8,
                       OSTRING_TO_OUSTRING_CVTFLAGS);
    if (!*out)
        rtl_uString_new(out);
}

bool star_value_raise(uno_Any *exception, const star_problem *problem)
{
    typelib_TypeDescription *type = problem->status == STAR_E_NO_CONVERGENCE
                                        ? star_types.no_convergence
                                        : star_types.illegal_argument;
    alignas(16) unsigned char data[128];
    if (!type || (size_t)type->nSize > sizeof data)
        return false;
    uno_constructData(data, type);
    /* Message is the first member of com.sun.star.uno.Exception, the root
       of every exception, so it sits at offset 0. */
    rtl_uString **message = (rtl_uString **)(void *)data;
    rtl_uString_release(*message);
    star_value_text(message, problem->words);
    uno_any_construct(exception, data, type, NULL);
    uno_destructData(data, type, NULL);
    return true;
}
