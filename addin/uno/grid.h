/* SPDX-License-Identifier: MPL-2.0 */
/* A cell range as Calc hands it to the add-in, turned into numbers plus what
   each cell was: number, blank or text. Calc passes blank cells of a range as
   empty strings, which is how spare rows are told from zeros. */
#ifndef STAR_GRID_H
#define STAR_GRID_H

#include <stdbool.h>
#include <stddef.h>
#include "arena.h"
#include "uno_c.h"

/* Larger ranges are refused: far beyond any real STAR workbook, and it keeps
   a call's memory bounded (about 9 bytes a cell). */
#define STAR_MAX_CELLS ((size_t)1 << 22)

typedef enum star_cell {
    STAR_CELL_NUMBER,
    STAR_CELL_BLANK,
    STAR_CELL_TEXT,
    STAR_CELL_OTHER,  /* a value of a type a cell cannot hold */
} star_cell;

typedef struct star_grid {
    bool omitted;               /* an optional argument left out */
    size_t rows, cols;
    double *number;             /* rows*cols, row-major; 0 where not a number */
    unsigned char *cell;        /* rows*cols star_cell values */
    const uno_Sequence *range;  /* the source, borrowed for quoting text */
    const uno_Any *single;      /* or the single value it came from */
} star_grid;

typedef enum star_grid_status {
    STAR_GRID_OK,
    STAR_GRID_NOMEM,
    STAR_GRID_TOO_LARGE,
    STAR_GRID_RAGGED,       /* rows of different lengths */
    STAR_GRID_UNSUPPORTED,  /* a value no cell range could have made */
} star_grid_status;

/* From a `sequence< sequence< any > >` argument. */
star_grid_status star_grid_from_range(star_grid *grid, const uno_Sequence *range,
                                      star_arena *arena);

/* From an `any` argument: void is omitted, a range is read as one. */
star_grid_status star_grid_from_any(star_grid *grid, const uno_Any *value, star_arena *arena);

/* The text of cell i (row-major), quoted for a message, at most size bytes
   with the terminating zero; long text is cut with an ellipsis. */
void star_grid_quote(const star_grid *grid, size_t i, char *buf, size_t size);

#endif
