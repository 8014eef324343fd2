/* SPDX-License-Identifier: MPL-2.0 */
/* One call of a STAR function, and the conventions every function shares
   (docs/conventions.md), applied here and nowhere else:
   C1. Per-row inputs are a column or a row of n cells, or one number for all.
   C3. Results are oriented like the per-row input they answer; a per-row
       answer ends at its last present row when more than
       STAR_MAX_TRAILING_ABSENT absent rows follow it.
   C4. A row whose per-row inputs are all blank is absent: empty in the result,
       left out of the calculation. C5. A blank in a present row is an error.
   C6. With one row only, a one-cell argument is that row's value, so a
       one-cell range (A5:A5), which shows a blank, can make the row absent.
   C11. Rows are checked in order; the first problem is reported in words that
       name the row and the input; the same words explain Err:502 in STAR.CHECK. */
#ifndef STAR_CALL_H
#define STAR_CALL_H

#include <stdbool.h>
#include <stddef.h>
#include "arena.h"
#include "functions.h"
#include "grid.h"
#include "status.h"

#define STAR_WORDS_MAX 320

/* C3: absent rows after the last present row that a per-row answer keeps
   as empty cells; beyond this many (a whole column, A:A) the answer ends at
   the last present row. LibreOffice 7.4 places each empty cell of an answer
   in time proportional to the cells after it, so a whole column of them
   took a minute (docs/benchmarks.md); 10,000 of them take milliseconds. */
#define STAR_MAX_TRAILING_ABSENT 10000

/* What went wrong, in words; status decides the error value shown. */
typedef struct star_problem {
    star_status status;
    char words[STAR_WORDS_MAX];
} star_problem;

/* What a function gives back (the glue turns it into the UNO return value). */
typedef struct star_answer {
    size_t rows, cols;
    double *value;          /* rows*cols */
    unsigned char *empty;   /* rows*cols flags, or NULL when no cell is empty */
    double number;          /* STAR_RESULT_NUMBER */
    char text[STAR_WORDS_MAX]; /* STAR_RESULT_TEXT */
} star_answer;

/* A set of rows: the interventions, or the points of a value function. */
typedef struct star_rows {
    size_t n;          /* rows, present or not */
    size_t m;          /* present rows */
    size_t *present;   /* their positions among the n */
} star_rows;

typedef struct star_call {
    const star_function *fn;
    star_arena arena;
    star_grid grid[STAR_MAX_ARGS];
    const star_rows *set[STAR_MAX_ARGS]; /* &rows or &points where argument a is per row, else NULL */
    star_rows rows;    /* one per intervention */
    star_rows points;  /* STAR_SHAPE_POINTS arguments */
    size_t k;          /* criteria: columns of the matrix or cells of the list */
    bool one_row;      /* no per-row range: every per-row input is one cell (C6) */
    bool as_row;       /* per-row inputs came as a row: answer as a row */
    /* Compact inputs, present rows only: rows.m values (rows), rows.m*k
       (matrix), points.m (points), k (list), 1 (number, flag: the fallback
       when omitted); NULL for an omitted optional per-row argument. */
    const double *value[STAR_MAX_ARGS];
    star_problem problem;
    star_answer answer;
} star_call;

/* Starts a call of fn; nothing to free until star_call_end. */
void star_call_begin(star_call *call, const star_function *fn);

/* Reads the UNO arguments (uno_Sequence** for ranges, uno_Any* for optional
   ones, as the interface declares them), checks them and fills value[].
   False with call->problem set when they are bad. */
bool star_call_prepare(star_call *call, void *const *uno_args);

/* Records a problem; returns false so handlers can `return star_call_fail(...)`. */
bool star_call_fail(star_call *call, star_status status, const char *format, ...)
#if defined(__MINGW32__)
    /* mingw-w64's C99 printf (cmake/mingw.cmake), not msvcrt's */
    __attribute__((format(gnu_printf, 3, 4)))
#elif defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Scratch for m results of a per-row function; NULL (problem set) when out of memory. */
double *star_call_rows_out(star_call *call);

/* Finishes a per-row function: records the core's status as a problem, or
   spreads the m results back over the n rows with absent rows empty (down
   to the last present row only, when more than STAR_MAX_TRAILING_ABSENT
   absent rows follow it; at least one row). out comes from
   star_call_rows_out; when no row shown is absent it becomes the answer. */
bool star_call_rows_done(star_call *call, star_status status, double *out);

/* Finishes a function that answers `cols` values a row: out holds them for
   the m present rows, row by row; the answer is n rows with absent rows
   empty. */
bool star_call_rows_table(star_call *call, const double *out, size_t cols);

/* Records a failed core status in words. */
bool star_call_status(star_call *call, star_status status);

/* C11: records a core checker's verdict in words, naming the row (among all
   rows, spare ones counted) and the argument, which the core names by the
   table's name for it: "Row 2: a lower limit is above its upper limit
   (min)", "Row 3: xs must be larger than in the row before". The one path
   from a checker to words; true on STAR_OK. */
bool star_call_where(star_call *call, star_status status, const star_where *where);

/* A zero-filled answer table of rows x cols with an empty-flag array;
   more than STAR_MAX_CELLS cells is refused (STAR_E_TOO_LARGE). */
bool star_call_table(star_call *call, size_t rows, size_t cols);

void star_call_end(star_call *call);

#endif
