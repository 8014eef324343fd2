/* SPDX-License-Identifier: MPL-2.0 */
/* Builds UNO arguments the way Calc passes them, for the glue's tests. */
#ifndef STAR_UNO_BUILD_H
#define STAR_UNO_BUILD_H

#include <stddef.h>
#include "uno_c.h"

/* A [][]any of rows x cols from cells written as text: "" is a blank cell
   (Calc passes an empty string), "'words" is text, anything else a number. */
uno_Sequence *uno_build_range(size_t rows, size_t cols, const char *const *cells);
void uno_build_free(uno_Sequence *range);

/* The type of a range: [][]any. */
typelib_TypeDescriptionReference *uno_build_range_type(void);

#endif
