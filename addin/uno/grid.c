/* SPDX-License-Identifier: MPL-2.0 */
#include "grid.h"

#include "types.h"

#include <stdio.h>
#include <string.h>

static star_cell read_any(const uno_Any *any, double *number)
{
    *number = 0.0;
    switch (any->pType->eTypeClass) {
    case typelib_TypeClass_DOUBLE: *number = *(const double *)any->pData; return STAR_CELL_NUMBER;
    case typelib_TypeClass_FLOAT: *number = *(const float *)any->pData; return STAR_CELL_NUMBER;
    case typelib_TypeClass_LONG: *number = *(const sal_Int32 *)any->pData; return STAR_CELL_NUMBER;
    case typelib_TypeClass_SHORT: *number = *(const sal_Int16 *)any->pData; return STAR_CELL_NUMBER;
    case typelib_TypeClass_BOOLEAN: *number = *(const sal_Bool *)any->pData ? 1.0 : 0.0; return STAR_CELL_NUMBER;
    case typelib_TypeClass_VOID: return STAR_CELL_BLANK;
    case typelib_TypeClass_STRING:
        return (*(rtl_uString *const *)any->pData)->length == 0 ? STAR_CELL_BLANK : STAR_CELL_TEXT;
    default: return STAR_CELL_OTHER;
    }
}

static star_grid_status allocate(star_grid *grid, size_t rows, size_t cols, star_arena *arena)
{
    grid->rows = rows;
    grid->cols = cols;
    if (cols != 0 && rows > STAR_MAX_CELLS / cols)
        return STAR_GRID_TOO_LARGE;
    size_t cells = rows * cols;
    grid->number = star_arena_alloc(arena, cells ? cells : 1, sizeof *grid->number);
    grid->cell = star_arena_alloc(arena, cells ? cells : 1, sizeof *grid->cell);
    return grid->number && grid->cell ? STAR_GRID_OK : STAR_GRID_NOMEM;
}

star_grid_status star_grid_from_range(star_grid *grid, const uno_Sequence *range,
                                      star_arena *arena)
{
    memset(grid, 0, sizeof *grid);
    grid->range = range;
    size_t rows = (size_t)range->nElements;
    uno_Sequence *const *row = (uno_Sequence *const *)range->elements;
    size_t cols = rows ? (size_t)row[0]->nElements : 0;
    star_grid_status status = allocate(grid, rows, cols, arena);
    if (status)
        return status;
    for (size_t r = 0; r < rows; r++) {
        if ((size_t)row[r]->nElements != cols)
            return STAR_GRID_RAGGED;
        const uno_Any *cell = (const uno_Any *)row[r]->elements;
        for (size_t c = 0; c < cols; c++)
            grid->cell[r * cols + c] = (unsigned char)read_any(&cell[c], &grid->number[r * cols + c]);
    }
    return STAR_GRID_OK;
}

star_grid_status star_grid_from_any(star_grid *grid, const uno_Any *value, star_arena *arena)
{
    typelib_TypeClass type = value->pType->eTypeClass;
    if (type == typelib_TypeClass_SEQUENCE) {
        /* Calc passes ranges and inline arrays in an any as [][]any; anything
           else is no range a cell could have made. */
        if (!typelib_typedescriptionreference_equals(value->pType, star_types.range))
            return STAR_GRID_UNSUPPORTED;
        return star_grid_from_range(grid, *(uno_Sequence *const *)value->pData, arena);
    }
    memset(grid, 0, sizeof *grid);
    if (type == typelib_TypeClass_VOID) {
        grid->omitted = true;
        return STAR_GRID_OK;
    }
    grid->single = value;
    star_grid_status status = allocate(grid, 1, 1, arena);
    if (status)
        return status;
    grid->cell[0] = (unsigned char)read_any(value, &grid->number[0]);
    return STAR_GRID_OK;
}

static const uno_Any *source_cell(const star_grid *grid, size_t i)
{
    if (grid->single)
        return grid->single;
    if (!grid->range || grid->cols == 0)
        return NULL;
    const uno_Sequence *row = ((uno_Sequence *const *)grid->range->elements)[i / grid->cols];
    return &((const uno_Any *)row->elements)[i % grid->cols];
}

void star_grid_quote(const star_grid *grid, size_t i, char *buf, size_t size)
{
    if (size == 0)
        return;
    buf[0] = '\0';
    const uno_Any *any = source_cell(grid, i);
    if (!any || any->pType->eTypeClass != typelib_TypeClass_STRING)
        return;
    const rtl_uString *text = *(rtl_uString *const *)any->pData;
    rtl_String *utf8 = NULL;
    rtl_uString2String(&utf8, text->buffer, text->length, RTL_TEXTENCODING_UTF8,
                       OUSTRING_TO_OSTRING_CVTFLAGS);
    if (!utf8)
        return;
    /* Room for the quotes and the zero; longer text is cut on a character
       boundary, so the message stays valid UTF-8, and marked with "...". */
    size_t len = (size_t)utf8->length, room = size > 3 ? size - 3 : 0;
    const char *more = "";
    if (len > room) {
        len = room > 3 ? room - 3 : 0;
        while (len > 0 && ((unsigned char)utf8->buffer[len] & 0xC0) == 0x80)
            len--;
        more = "...";
    }
    snprintf(buf, size, "\"%.*s%s\"", (int)len, utf8->buffer, more);
    rtl_string_release(utf8);
}
