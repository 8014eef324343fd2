/* SPDX-License-Identifier: MPL-2.0 */
#include "status.h"

#include <stdarg.h>
#include <stdio.h>

static const char *const messages[STAR_STATUS_COUNT] = {
    [STAR_OK] = "no problem",
    [STAR_E_DOMAIN] = "a value is outside the range its argument allows",
    [STAR_E_SIZE] = "the ranges do not have matching sizes",
    [STAR_E_EMPTY] = "there is nothing to compute from",
    [STAR_E_ALL_ZERO] = "the weights are all zero",
    [STAR_E_SCALE] = "a scale needs both a low and a high end, and they must differ",
    [STAR_E_NONFINITE] = "the result would be too large to show",
    [STAR_E_NOMEM] = "there is not enough memory for a range this size",
    [STAR_E_BOUNDS] = "a lower limit is above its upper limit",
    [STAR_E_INFEASIBLE] = "no allocation meets these limits within the budget",
    [STAR_E_INCONSISTENT] = "the matrix is not a consistent pairwise comparison",
    [STAR_E_NO_CONVERGENCE] = "the calculation could not be completed within its limits",
    [STAR_E_TOO_LARGE] = "the ranges are larger than STAR handles",
};

const char *star_strerror(star_status status)
{
    if ((unsigned)status >= STAR_STATUS_COUNT || !messages[status])
        return "unknown problem";
    return messages[status];
}

star_status star_found(star_where *where, star_status status, size_t row, size_t column, const char *input)
{
    if (where) {
        where->row = row;
        where->column = column;
        where->input = input;
        where->why[0] = '\0';
    }
    return status;
}

star_status star_found_why(star_where *where, star_status status, size_t row, size_t column,
                           const char *input, const char *format, ...)
{
    star_found(where, status, row, column, input);
    if (where) {
        va_list args;
        va_start(args, format);
        vsnprintf(where->why, sizeof where->why, format, args);
        va_end(args);
    }
    return status;
}
