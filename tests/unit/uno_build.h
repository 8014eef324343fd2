/* SPDX-License-Identifier: MPL-2.0 */
/* Builds UNO arguments the way Calc passes them, for the glue's tests,
   benchmarks and fuzzers. */
#ifndef STAR_UNO_BUILD_H
#define STAR_UNO_BUILD_H

#include <stddef.h>
#include "functions.h"
#include "uno_c.h"

/* A [][]any of rows x cols from cells written as text: "" is a blank cell
   (Calc passes an empty string), "'words" is text, anything else a number. */
uno_Sequence *uno_build_range(size_t rows, size_t cols, const char *const *cells);

/* A [][]any of rows x cols numbers, row-major. */
uno_Sequence *uno_build_numbers(size_t rows, size_t cols, const double *values);

/* Replaces a cell (a constructed any) with text; "" is how Calc passes a blank. */
void uno_build_text(uno_Any *cell, const char *utf8);

void uno_build_free(uno_Sequence *range);

/* The type of a range: [][]any. */
typelib_TypeDescriptionReference *uno_build_range_type(void);

/* The arguments of one call as star_call_prepare takes them: a required
   argument as a pointer to its range, an optional one as an any holding
   its range or void. Borrows the ranges. */
typedef struct uno_args {
    const star_function *fn;
    void *ptr[STAR_MAX_ARGS];
    uno_Sequence *range[STAR_MAX_ARGS];
    uno_Any any[STAR_MAX_ARGS];
} uno_args;

/* ranges[a] for each argument of fn; NULL leaves an optional one out. */
void uno_args_set(uno_args *args, const star_function *fn, uno_Sequence *const *ranges);
void uno_args_clear(uno_args *args);

/* Destroys a return value star_run constructed for fn. */
void uno_build_free_result(const star_function *fn, void *ret);

/* Reading a table a STAR function answered with: an any holding a
   [][]double, or a [][]any whose cells are numbers or void (empty). */
typedef enum uno_result_cell { UNO_RESULT_EMPTY, UNO_RESULT_NUMBER, UNO_RESULT_OTHER } uno_result_cell;
size_t uno_result_rows(const uno_Any *table);
size_t uno_result_cols(const uno_Any *table, size_t row);
/* Cell (row, col), which must exist; *number is set when it is a number. */
uno_result_cell uno_result_at(const uno_Any *table, size_t row, size_t col, double *number);

#endif
