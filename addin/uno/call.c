/* SPDX-License-Identifier: MPL-2.0 */
#include "call.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Only what is read before it is written: the grids and compact values of
   the function's arguments are written by star_call_prepare, the answer by
   the handler, and clearing the whole structure (arena buffer and message
   texts included) would cost more than the call on one row itself. */
void star_call_begin(star_call *call, const star_function *fn)
{
    call->fn = fn;
    star_arena_init(&call->arena);
    call->rows = (star_rows){0, 0, NULL};
    call->points = (star_rows){0, 0, NULL};
    call->k = 0;
    call->one_row = false;
    call->as_row = false;
    call->problem.status = STAR_OK;
    call->problem.words[0] = '\0';
    call->answer.rows = call->answer.cols = 0;
    call->answer.value = NULL;
    call->answer.empty = NULL;
    call->answer.number = 0.0;
    call->answer.text[0] = '\0';
}

void star_call_end(star_call *call)
{
    star_arena_free(&call->arena);
}

bool star_call_fail(star_call *call, star_status status, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(call->problem.words, sizeof call->problem.words, format, args);
    va_end(args);
    call->problem.words[0] = (char)toupper((unsigned char)call->problem.words[0]);
    call->problem.status = status == STAR_OK ? STAR_E_DOMAIN : status;
    return false;
}

bool star_call_status(star_call *call, star_status status)
{
    if (status == STAR_OK)
        return true;
    return star_call_fail(call, status, "%s", star_strerror(status));
}

static size_t cells(const star_grid *grid)
{
    return grid->rows * grid->cols;
}

static bool is_vector(const star_grid *grid)
{
    return grid->rows == 1 || grid->cols == 1;
}

/* Which set of rows argument a gives one value (or one matrix row) per row
   of (C1), rather than one value for all: NULL for none. */
static const star_rows *set_of(const star_call *call, size_t a)
{
    const star_grid *grid = &call->grid[a];
    if (grid->omitted)
        return NULL;
    switch (call->fn->args[a].shape) {
    case STAR_SHAPE_MATRIX: return &call->rows;
    case STAR_SHAPE_ROWS: return cells(grid) > 1 ? &call->rows : NULL;
    case STAR_SHAPE_POINTS: return &call->points;
    default: return NULL;
    }
}

static bool in_set(const star_call *call, size_t a, const star_rows *set)
{
    return call->set[a] == set;
}

static bool per_row(const star_call *call, size_t a)
{
    return call->set[a] != NULL;
}

static const char *unit_of(const star_grid *grid, star_shape shape)
{
    return shape == STAR_SHAPE_MATRIX || grid->rows > 1 ? "rows" : "cells";
}

/* Rows of per-row argument a: of the matrix, or cells of the column or row. */
static size_t rows_of(const star_call *call, size_t a)
{
    const star_grid *grid = &call->grid[a];
    return call->fn->args[a].shape == STAR_SHAPE_MATRIX ? grid->rows : cells(grid);
}

/* Whether every per-row argument is blank from row `from` to its end. */
static bool blank_beyond(const star_call *call, size_t from)
{
    for (size_t a = 0; a < call->fn->arg_count; a++) {
        if (!in_set(call, a, &call->rows))
            continue;
        const star_grid *grid = &call->grid[a];
        size_t width = cells(grid) / rows_of(call, a);
        for (size_t i = from * width; i < cells(grid); i++)
            if (grid->cell[i] != STAR_CELL_BLANK)
                return false;
    }
    return true;
}

/* Sets n, k and the orientation from the shapes of the arguments. */
static bool measure(star_call *call)
{
    const star_function *fn = call->fn;
    size_t first = STAR_MAX_ARGS, matrix = STAR_MAX_ARGS, first_point = STAR_MAX_ARGS;
    size_t differs = STAR_MAX_ARGS, shortest = 0;
    for (size_t a = 0; a < fn->arg_count; a++) {
        const star_arg *arg = &fn->args[a];
        const star_grid *grid = &call->grid[a];
        if (grid->omitted)
            continue;
        if (cells(grid) == 0)
            return star_call_fail(call, STAR_E_SIZE, "%s is empty", arg->label);
        if (arg->shape == STAR_SHAPE_MATRIX)
            matrix = a;
        else if ((arg->shape == STAR_SHAPE_NUMBER || arg->shape == STAR_SHAPE_FLAG) && cells(grid) != 1)
            return star_call_fail(call, STAR_E_SIZE, "%s must be a single value", arg->label);
        else if (!is_vector(grid))
            return star_call_fail(call, STAR_E_SIZE, "%s must be a single column or row", arg->label);
        if (in_set(call, a, &call->points)) {
            if (first_point == STAR_MAX_ARGS) {
                first_point = a;
                call->points.n = cells(grid);
            } else if (cells(grid) != call->points.n) {
                return star_call_fail(call, STAR_E_SIZE, "%s has %zu %s, %s has %zu: they must match",
                                      arg->label, cells(grid), unit_of(grid, arg->shape),
                                      fn->args[first_point].label, call->points.n);
            }
            continue;
        }
        if (!per_row(call, a))
            continue;
        size_t count = rows_of(call, a);
        if (first == STAR_MAX_ARGS) {
            first = a;
            call->rows.n = shortest = count;
            call->as_row = arg->shape == STAR_SHAPE_ROWS && grid->rows == 1;
        } else if (count != call->rows.n && differs == STAR_MAX_ARGS) {
            differs = a;
        }
        if (count < shortest)
            shortest = count;
    }
    if (differs != STAR_MAX_ARGS) {
        /* C1: lengths may differ only by rows blank wherever they exist (an
           answer that ended at its last present row, C3, nested in a call
           on the whole column); those rows are absent and left out. */
        if (!blank_beyond(call, shortest)) {
            const star_grid *grid = &call->grid[differs], *was = &call->grid[first];
            return star_call_fail(call, STAR_E_SIZE, "%s has %zu %s, %s has %zu %s: they must match",
                                  fn->args[differs].label, rows_of(call, differs),
                                  unit_of(grid, fn->args[differs].shape), fn->args[first].label, call->rows.n,
                                  unit_of(was, fn->args[first].shape));
        }
        call->rows.n = shortest;
    }
    if (first == STAR_MAX_ARGS) {
        call->rows.n = 1; /* every per-row input is a single number */
        call->one_row = true;
    }
    if (matrix != STAR_MAX_ARGS)
        call->k = call->grid[matrix].cols;
    for (size_t a = 0; a < fn->arg_count; a++) {
        const star_grid *grid = &call->grid[a];
        if (fn->args[a].shape != STAR_SHAPE_LIST || grid->omitted)
            continue;
        if (matrix == STAR_MAX_ARGS)
            call->k = cells(grid);
        else if (cells(grid) != call->k)
            return star_call_fail(call, STAR_E_SIZE, "%s has %zu cells, %s has %zu columns: they must match",
                                  fn->args[a].label, cells(grid), fn->args[matrix].label, call->k);
    }
    return true;
}

/* Whether cell i holds a number its argument's rule admits: the test every
   cell of every call takes, so inline. */
static inline bool cell_ok(const star_grid *grid, star_rule rule, size_t i)
{
    return grid->cell[i] == STAR_CELL_NUMBER && star_rule_admits_inline(rule, grid->number[i]);
}

/* Fails the call with what is wrong with a cell that is not cell_ok:
   "Row 4: cost is blank" and the like. row is 1-based, or 0 for an
   argument that is not per row; part is the column (unit "column") or cell
   (unit "cell") of an argument with several, or 0. Always false. */
static bool cell_problem(star_call *call, size_t a, size_t i, size_t row, const char *unit, size_t part)
{
    const star_grid *grid = &call->grid[a];
    star_rule rule = call->fn->args[a].rule;
    double x = grid->number[i];
    char where[32] = "", subject[96];
    if (row)
        snprintf(where, sizeof where, "Row %zu: ", row);
    const char *label = call->fn->args[a].label;
    if (part)
        snprintf(subject, sizeof subject, "%s in %s %zu", label, unit, part);
    else
        snprintf(subject, sizeof subject, "%s", label);
    switch ((star_cell)grid->cell[i]) {
    case STAR_CELL_NUMBER:
        /* C6: a single referenced cell that is blank arrives as 0 (the
           words have an em dash, in UTF-8). */
        if (x == 0.0 && cells(grid) == 1)
            return star_call_fail(call, STAR_E_DOMAIN, "%s%s %s (0 \xE2\x80\x94 a blank cell reads as 0 here)",
                                  where, subject, star_rule_text(rule));
        return star_call_fail(call, STAR_E_DOMAIN, "%s%s %s (%.15g)", where, subject, star_rule_text(rule), x);
    case STAR_CELL_BLANK:
        return star_call_fail(call, STAR_E_DOMAIN, "%s%s is blank", where, subject);
    case STAR_CELL_TEXT: {
        char quoted[64];
        star_grid_quote(grid, i, quoted, sizeof quoted);
        return star_call_fail(call, STAR_E_DOMAIN, "%s%s is text (%s)", where, subject, quoted);
    }
    case STAR_CELL_OTHER: break;
    }
    return star_call_fail(call, STAR_E_DOMAIN, "%s%s is not a number", where, subject);
}

/* C4, C5, C11: finds the present rows of a set and checks them in order. */
static bool check_rows(star_call *call, star_rows *set)
{
    /* The arguments with one value (or one matrix row) per row of the set,
       and how many cells of each belong to a row. */
    size_t args[STAR_MAX_ARGS], width[STAR_MAX_ARGS], count = 0;
    for (size_t a = 0; a < call->fn->arg_count; a++) {
        if (in_set(call, a, set)) {
            args[count] = a;
            width[count++] = call->fn->args[a].shape == STAR_SHAPE_MATRIX ? call->k : 1;
        }
    }
    set->present = star_arena_alloc(&call->arena, set->n ? set->n : 1, sizeof *set->present);
    if (!set->present)
        return star_call_status(call, STAR_E_NOMEM);
    /* Words name the row when there is a range to count it in. */
    size_t numbered = set == &call->rows && call->one_row ? 0 : 1;
    for (size_t i = 0; i < set->n; i++) {
        bool blank = count > 0;
        for (size_t j = 0; j < count && blank; j++) {
            const unsigned char *cell = call->grid[args[j]].cell + i * width[j];
            for (size_t c = 0; c < width[j]; c++)
                if (cell[c] != STAR_CELL_BLANK) {
                    blank = false;
                    break;
                }
        }
        if (blank)
            continue;
        for (size_t j = 0; j < count; j++) {
            size_t w = width[j];
            const star_grid *grid = &call->grid[args[j]];
            star_rule rule = call->fn->args[args[j]].rule;
            for (size_t c = 0; c < w; c++)
                if (!cell_ok(grid, rule, i * w + c))
                    return cell_problem(call, args[j], i * w + c, (i + 1) * numbered, "column", w > 1 ? c + 1 : 0);
        }
        set->present[set->m++] = i;
    }
    return true;
}

/* Checks the arguments that are not per row: numbers, flags, lists, and
   per-row arguments given as one number for every row. */
static bool check_singles(star_call *call)
{
    for (size_t a = 0; a < call->fn->arg_count; a++) {
        if (per_row(call, a) || call->grid[a].omitted)
            continue;
        size_t count = cells(&call->grid[a]);
        for (size_t i = 0; i < count; i++)
            if (!cell_ok(&call->grid[a], call->fn->args[a].rule, i))
                return cell_problem(call, a, i, 0, "cell", count > 1 ? i + 1 : 0);
    }
    return true;
}

/* Gathers the present rows of each argument into contiguous arrays. */
static bool compact(star_call *call)
{
    for (size_t a = 0; a < call->fn->arg_count; a++) {
        const star_arg *arg = &call->fn->args[a];
        star_grid *grid = &call->grid[a];
        if (grid->omitted) {
            bool single = arg->shape == STAR_SHAPE_NUMBER || arg->shape == STAR_SHAPE_FLAG;
            call->value[a] = single ? &arg->fallback : NULL;
            continue;
        }
        size_t width = arg->shape == STAR_SHAPE_MATRIX ? call->k : 1;
        bool broadcast = arg->shape == STAR_SHAPE_ROWS && cells(grid) == 1;
        const star_rows *set = arg->shape == STAR_SHAPE_POINTS ? &call->points : &call->rows;
        if (!per_row(call, a) && !broadcast) {
            call->value[a] = grid->number; /* lists and single numbers */
            continue;
        }
        if (set->m == set->n && !broadcast) {
            call->value[a] = grid->number; /* no spare rows: already compact */
            continue;
        }
        double *dense = star_arena_alloc(&call->arena, set->m ? set->m * width : 1, sizeof *dense);
        if (!dense)
            return star_call_status(call, STAR_E_NOMEM);
        for (size_t j = 0; j < set->m; j++)
            for (size_t c = 0; c < width; c++)
                dense[j * width + c] = broadcast ? grid->number[0]
                                                 : grid->number[set->present[j] * width + c];
        call->value[a] = dense;
    }
    return true;
}

static bool grid_failed(star_call *call, const star_arg *arg, star_grid_status status)
{
    switch (status) {
    case STAR_GRID_OK: return true;
    case STAR_GRID_NOMEM: return star_call_status(call, STAR_E_NOMEM);
    case STAR_GRID_TOO_LARGE:
        return star_call_fail(call, STAR_E_TOO_LARGE, "%s has more than %zu cells, more than STAR handles",
                              arg->label, STAR_MAX_CELLS);
    case STAR_GRID_RAGGED:
    case STAR_GRID_UNSUPPORTED: break;
    }
    return star_call_fail(call, STAR_E_SIZE, "%s is not a cell range or a value", arg->label);
}

bool star_call_prepare(star_call *call, void *const *uno_args)
{
    const star_function *fn = call->fn;
    for (size_t a = 0; a < fn->arg_count; a++) {
        star_grid_status status =
            fn->args[a].optional
                ? star_grid_from_any(&call->grid[a], uno_args[a], &call->arena)
                : star_grid_from_range(&call->grid[a], *(uno_Sequence *const *)uno_args[a], &call->arena);
        if (status != STAR_GRID_OK)
            return grid_failed(call, &fn->args[a], status);
        call->set[a] = set_of(call, a);
    }
    if (!measure(call))
        return false;
    /* C6: with one row, a one-cell per-row argument is that row's value, so
       that a row of blank one-cell ranges (A5:A5) is absent. */
    if (call->rows.n == 1)
        for (size_t a = 0; a < fn->arg_count; a++)
            if (fn->args[a].shape == STAR_SHAPE_ROWS && !call->grid[a].omitted)
                call->set[a] = &call->rows;
    return check_rows(call, &call->rows) && check_rows(call, &call->points) && check_singles(call) &&
           compact(call);
}

bool star_call_table(star_call *call, size_t rows, size_t cols)
{
    if (cols != 0 && rows > STAR_MAX_CELLS / cols)
        return star_call_fail(call, STAR_E_TOO_LARGE,
                              "The answer would have %zu rows and %zu columns, more than the %zu cells STAR handles",
                              rows, cols, STAR_MAX_CELLS);
    star_answer *answer = &call->answer;
    size_t count = rows * cols != 0 ? rows * cols : 1;
    answer->value = star_arena_alloc(&call->arena, count, sizeof *answer->value);
    answer->empty = star_arena_alloc(&call->arena, count, sizeof *answer->empty);
    if (!answer->value || !answer->empty)
        return star_call_status(call, STAR_E_NOMEM);
    memset(answer->value, 0, count * sizeof *answer->value);
    memset(answer->empty, 0, count);
    answer->rows = rows;
    answer->cols = cols;
    return true;
}

double *star_call_rows_out(star_call *call)
{
    double *out = star_arena_alloc(&call->arena, call->rows.m ? call->rows.m : 1, sizeof *out);
    if (!out)
        star_call_status(call, STAR_E_NOMEM);
    return out;
}

bool star_call_rows_done(star_call *call, star_status status, double *out)
{
    if (status != STAR_OK)
        return star_call_status(call, status);
    /* C3: the rows shown, down to the last present one when many absent
       rows follow it (a whole column). */
    size_t n = call->rows.n, m = call->rows.m;
    size_t last = m ? call->rows.present[m - 1] + 1 : 0;
    if (n - last > STAR_MAX_TRAILING_ABSENT)
        n = last ? last : 1;
    if (m == n) {
        /* No absent rows shown: the results are the answer as they stand. */
        star_answer *answer = &call->answer;
        answer->value = out;
        answer->empty = NULL;
        answer->rows = call->as_row ? 1 : n;
        answer->cols = call->as_row ? n : 1;
        return true;
    }
    if (!star_call_table(call, call->as_row ? 1 : n, call->as_row ? n : 1))
        return false;
    memset(call->answer.empty, 1, n);
    for (size_t j = 0; j < call->rows.m; j++) {
        call->answer.value[call->rows.present[j]] = out[j];
        call->answer.empty[call->rows.present[j]] = 0;
    }
    return true;
}

bool star_call_rows_table(star_call *call, const double *out, size_t cols)
{
    if (!star_call_table(call, call->rows.n, cols))
        return false;
    memset(call->answer.empty, 1, call->rows.n * cols);
    for (size_t j = 0; j < call->rows.m; j++) {
        size_t at = call->rows.present[j] * cols;
        memcpy(call->answer.value + at, out + j * cols, cols * sizeof *out);
        memset(call->answer.empty + at, 0, cols);
    }
    return true;
}

/* The argument the core calls by its parameter name (the table's name for
   it); arg_count when none is. */
static size_t argument_named(const star_function *fn, const char *name)
{
    size_t a = 0;
    while (name && a < fn->arg_count && strcmp(fn->args[a].name, name) != 0)
        a++;
    return name ? a : fn->arg_count;
}

bool star_call_where(star_call *call, star_status status, const star_where *where)
{
    if (status == STAR_OK)
        return true;
    const star_function *fn = call->fn;
    size_t a = argument_named(fn, where->input);
    char row[40] = "", subject[96];
    if (where->row != STAR_NO_ROW) {
        /* The core counts the present rows of the argument's set. */
        const star_rows *set = a < fn->arg_count && call->set[a] ? call->set[a] : &call->rows;
        size_t r = where->row < set->m ? set->present[where->row] : where->row;
        snprintf(row, sizeof row, "Row %zu: ", r + 1);
    }
    if (a == fn->arg_count)
        star_cell_name(fn, subject, sizeof subject);
    else if (fn->args[a].shape == STAR_SHAPE_MATRIX && call->k > 1 && where->row != STAR_NO_ROW)
        snprintf(subject, sizeof subject, "%s in column %zu", fn->args[a].label, where->column + 1);
    else
        snprintf(subject, sizeof subject, "%s", fn->args[a].label);
    if (where->why[0])
        return star_call_fail(call, status, "%s%s %s", row, subject, where->why);
    if (a == fn->arg_count)
        return star_call_fail(call, status, "%s%s", row, star_strerror(status));
    return star_call_fail(call, status, "%s%s (%s)", row, star_strerror(status), subject);
}
