/* SPDX-License-Identifier: MPL-2.0 */
/* Converting Calc's arguments: number, blank and text told apart; shapes kept. */
#include "unit.h"
#include "grid.h"
#include "types.h"
#include "uno_build.h"

#include <string.h>

static void range_keeps_number_blank_and_text(void)
{
    const char *cells[] = {"3.5", "", "'£1,200", "0"};
    uno_Sequence *range = uno_build_range(2, 2, cells);
    star_arena arena = {0};
    star_grid grid;
    CU_ASSERT_EQUAL_FATAL(star_grid_from_range(&grid, range, &arena), STAR_GRID_OK);
    CU_ASSERT_EQUAL(grid.rows, 2);
    CU_ASSERT_EQUAL(grid.cols, 2);
    CU_ASSERT_EQUAL(grid.cell[0], STAR_CELL_NUMBER);
    CU_ASSERT_EQUAL(grid.number[0], 3.5);
    CU_ASSERT_EQUAL(grid.cell[1], STAR_CELL_BLANK);
    CU_ASSERT_EQUAL(grid.cell[2], STAR_CELL_TEXT);
    CU_ASSERT_EQUAL(grid.cell[3], STAR_CELL_NUMBER); /* a zero is not a blank */
    CU_ASSERT_EQUAL(grid.number[3], 0.0);
    char quoted[32];
    star_grid_quote(&grid, 2, quoted, sizeof quoted);
    CU_ASSERT_STRING_EQUAL(quoted, "\"£1,200\"");
    star_arena_free(&arena);
    uno_build_free(range);
}

static void long_text_is_cut_on_a_character(void)
{
    const char *cells[] = {"'ééééééééééééééééééé"};
    uno_Sequence *range = uno_build_range(1, 1, cells);
    star_arena arena = {0};
    star_grid grid;
    CU_ASSERT_EQUAL_FATAL(star_grid_from_range(&grid, range, &arena), STAR_GRID_OK);
    char quoted[12];
    star_grid_quote(&grid, 0, quoted, sizeof quoted);
    /* 9 bytes inside the quotes: "..." and 6 bytes, three two-byte é */
    CU_ASSERT_STRING_EQUAL(quoted, "\"ééé...\"");
    char odd[11];
    star_grid_quote(&grid, 0, odd, sizeof odd);
    /* 8 bytes: "..." and 5, cut back to 4 so no é is split */
    CU_ASSERT_STRING_EQUAL(odd, "\"éé...\"");
    star_arena_free(&arena);
    uno_build_free(range);
}

static void any_arguments(void)
{
    star_types_init();
    star_arena arena = {0};
    star_grid grid;
    uno_Any any;
    uno_any_construct(&any, NULL, NULL, NULL);
    CU_ASSERT_EQUAL(star_grid_from_any(&grid, &any, &arena), STAR_GRID_OK);
    CU_ASSERT_TRUE(grid.omitted);
    double number = 7;
    uno_type_any_construct(&any, &number, star_types.number, NULL);
    CU_ASSERT_EQUAL(star_grid_from_any(&grid, &any, &arena), STAR_GRID_OK);
    CU_ASSERT_FALSE(grid.omitted);
    CU_ASSERT_EQUAL(grid.rows * grid.cols, 1);
    CU_ASSERT_EQUAL(grid.number[0], 7.0);
    const char *cells[] = {"1", "2", "3"};
    uno_Sequence *range = uno_build_range(1, 3, cells);
    uno_type_any_construct(&any, &range, star_types.range, NULL);
    CU_ASSERT_EQUAL(star_grid_from_any(&grid, &any, &arena), STAR_GRID_OK);
    CU_ASSERT_EQUAL(grid.rows, 1);
    CU_ASSERT_EQUAL(grid.cols, 3);
    uno_any_destruct(&any, NULL);
    /* a sequence of strings is no range a cell could make */
    uno_type_any_construct(&any, NULL, star_types.texts, NULL);
    CU_ASSERT_EQUAL(star_grid_from_any(&grid, &any, &arena), STAR_GRID_UNSUPPORTED);
    uno_any_destruct(&any, NULL);
    uno_build_free(range);
    star_arena_free(&arena);
}

static void ragged_rows_are_refused(void)
{
    const char *cells[] = {"1", "2", "3", "4"};
    uno_Sequence *range = uno_build_range(2, 2, cells);
    uno_Sequence **row = (uno_Sequence **)range->elements;
    uno_type_sequence_realloc(&row[1], star_types.row, 1, NULL, NULL);
    star_arena arena = {0};
    star_grid grid;
    CU_ASSERT_EQUAL(star_grid_from_range(&grid, range, &arena), STAR_GRID_RAGGED);
    star_arena_free(&arena);
    uno_build_free(range);
}

CU_TestInfo grid_tests[] = {
    {"range keeps number, blank and text", range_keeps_number_blank_and_text},
    {"long text is cut on a character", long_text_is_cut_on_a_character},
    {"any arguments: omitted, number, range", any_arguments},
    {"ragged rows are refused", ragged_rows_are_refused},
    CU_TEST_INFO_NULL,
};
