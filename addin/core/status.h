/* SPDX-License-Identifier: MPL-2.0 */
/* Status codes returned by every core function, and their words. */
#ifndef STAR_STATUS_H
#define STAR_STATUS_H

#include <stddef.h>
#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Keep in step with the message table in status.c (a unit test checks). */
typedef enum star_status {
    STAR_OK = 0,
    STAR_E_DOMAIN,          /* a value outside what its argument allows */
    STAR_E_SIZE,            /* lengths or shapes that do not fit together */
    STAR_E_EMPTY,           /* nothing to compute from */
    STAR_E_ALL_ZERO,        /* weights or swings that are all zero */
    STAR_E_SCALE,           /* a scale whose low and high are equal */
    STAR_E_NONFINITE,       /* the result would be infinite or not a number */
    STAR_E_NOMEM,           /* a working buffer could not be had */
    STAR_E_BOUNDS,          /* a lower limit above its upper limit */
    STAR_E_INFEASIBLE,      /* constraints no allocation can meet */
    STAR_E_INCONSISTENT,    /* e.g. a pairwise matrix that is not reciprocal */
    STAR_E_NO_CONVERGENCE,  /* a search or iteration hit its limit unproven */
    STAR_E_TOO_LARGE,       /* a problem beyond the documented size limits */
    STAR_STATUS_COUNT
} star_status;

/* A sentence fragment in plain words; never NULL, also for unknown values. */
STAR_API const char *star_strerror(star_status status);

/* Where a checker found a problem, in the core's own terms; every checker
   reports in this one shape. */
#define STAR_NO_ROW ((size_t)-1)
#define STAR_WHY_MAX 160
typedef struct star_where {
    size_t row;         /* 0-based among the rows given; STAR_NO_ROW when
                           the problem is not in one row */
    size_t column;      /* 0-based column of a table input; 0 otherwise */
    const char *input;  /* the input by its parameter name in the function's
                           declaration ("cost", "min", "budget"); NULL when
                           the problem is not in one input */
    char why[STAR_WHY_MAX]; /* what is wrong, when there is more to say than
                               star_strerror: completes a sentence whose
                               subject is the input ("must be larger than in
                               the row before"), or the function ("takes at
                               most 50000 interventions with whole, not
                               60000"); "" otherwise */
} star_where;

/* Fills *where (when not NULL) and gives status back, so a checker can end
   `return star_found(where, STAR_E_DOMAIN, i, 0, "cost");`. */
STAR_API star_status star_found(star_where *where, star_status status, size_t row, size_t column,
                                const char *input);

/* The same, with why in printf's terms. */
STAR_API star_status star_found_why(star_where *where, star_status status, size_t row,
                                    size_t column, const char *input, const char *format, ...)
#if defined(__MINGW32__)
    __attribute__((format(gnu_printf, 6, 7)))
#elif defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

#ifdef __cplusplus
}
#endif
#endif
