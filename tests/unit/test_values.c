/* SPDX-License-Identifier: MPL-2.0 */
/* Answers as Calc receives them: a table of numbers as [][]double, a table
   with empty cells as [][]any with void where a cell is empty. */
#include "unit.h"
#include "types.h"
#include "values.h"

static void numbers_alone_are_a_table_of_doubles(void)
{
    double value[] = {1.5, 2.5, 3.5, 4.5, 5.5, 6.5};
    star_answer answer = {.rows = 3, .cols = 2, .value = value, .empty = NULL};
    uno_Any any;
    CU_ASSERT_TRUE_FATAL(star_value_table(&any, &answer));
    CU_ASSERT_TRUE(typelib_typedescriptionreference_equals(any.pType, star_types.table));
    const uno_Sequence *table = *(uno_Sequence *const *)any.pData;
    CU_ASSERT_EQUAL_FATAL(table->nElements, 3);
    for (sal_Int32 r = 0; r < 3; r++) {
        const uno_Sequence *row = ((uno_Sequence *const *)table->elements)[r];
        CU_ASSERT_EQUAL_FATAL(row->nElements, 2);
        CU_ASSERT_EQUAL(((const double *)row->elements)[0], value[2 * r]);
        CU_ASSERT_EQUAL(((const double *)row->elements)[1], value[2 * r + 1]);
    }
    uno_any_destruct(&any, NULL);
}

static void empty_flags_all_clear_still_give_doubles(void)
{
    double value[] = {7.0, 8.0};
    unsigned char empty[] = {0, 0};
    star_answer answer = {.rows = 1, .cols = 2, .value = value, .empty = empty};
    uno_Any any;
    CU_ASSERT_TRUE_FATAL(star_value_table(&any, &answer));
    CU_ASSERT_TRUE(typelib_typedescriptionreference_equals(any.pType, star_types.table));
    uno_any_destruct(&any, NULL);
}

static void empty_cells_give_void_in_a_table_of_any(void)
{
    double value[] = {1.0, 0.0, 3.0};
    unsigned char empty[] = {0, 1, 0};
    star_answer answer = {.rows = 3, .cols = 1, .value = value, .empty = empty};
    uno_Any any;
    CU_ASSERT_TRUE_FATAL(star_value_table(&any, &answer));
    CU_ASSERT_TRUE_FATAL(typelib_typedescriptionreference_equals(any.pType, star_types.range));
    const uno_Sequence *table = *(uno_Sequence *const *)any.pData;
    CU_ASSERT_EQUAL_FATAL(table->nElements, 3);
    for (sal_Int32 r = 0; r < 3; r++) {
        const uno_Sequence *row = ((uno_Sequence *const *)table->elements)[r];
        const uno_Any *cell = (const uno_Any *)row->elements;
        CU_ASSERT_EQUAL_FATAL(row->nElements, 1);
        if (empty[r]) {
            CU_ASSERT_EQUAL(cell->pType->eTypeClass, typelib_TypeClass_VOID);
        } else {
            CU_ASSERT_EQUAL_FATAL(cell->pType->eTypeClass, typelib_TypeClass_DOUBLE);
            CU_ASSERT_EQUAL(*(const double *)cell->pData, value[r]);
        }
    }
    uno_any_destruct(&any, NULL);
}

static void no_rows_is_an_empty_table(void)
{
    double value[1] = {0};
    star_answer answer = {.rows = 0, .cols = 2, .value = value, .empty = NULL};
    uno_Any any;
    CU_ASSERT_TRUE_FATAL(star_value_table(&any, &answer));
    CU_ASSERT_EQUAL((*(uno_Sequence *const *)any.pData)->nElements, 0);
    uno_any_destruct(&any, NULL);
}

/* What placing the empty cells costs LibreOffice: for each, the cells
   stored after it, column after column. */
static void empty_cells_cost_the_cells_stored_after_them(void)
{
    double value[6] = {0};
    unsigned char column[] = {0, 1, 0, 1}, table[] = {0, 0, 1, 1, 0, 0};
    star_answer one = {.rows = 4, .cols = 1, .value = value, .empty = column};
    size_t empties;
    CU_ASSERT_EQUAL(star_answer_empty_cost(&one, &empties), 3 + 1); /* cells 1 and 3 of 4 */
    CU_ASSERT_EQUAL(empties, 2);
    /* 3 x 2, row-major here; Calc stores (r, c) at c*3 + r of 6: (1,0) at
       1 and (1,1) at 4 */
    star_answer two = {.rows = 3, .cols = 2, .value = value, .empty = table};
    CU_ASSERT_EQUAL(star_answer_empty_cost(&two, &empties), 5 + 2);
    CU_ASSERT_EQUAL(empties, 2);
    star_answer none = {.rows = 3, .cols = 2, .value = value, .empty = NULL};
    CU_ASSERT_EQUAL(star_answer_empty_cost(&none, &empties), 0);
    CU_ASSERT_EQUAL(empties, 0);
}

CU_TestInfo values_tests[] = {
    {"empty cells cost the cells stored after them", empty_cells_cost_the_cells_stored_after_them},
    {"numbers alone are a table of doubles", numbers_alone_are_a_table_of_doubles},
    {"empty flags all clear still give doubles", empty_flags_all_clear_still_give_doubles},
    {"empty cells give void in a table of any", empty_cells_give_void_in_a_table_of_any},
    {"no rows is an empty table", no_rows_is_an_empty_table},
    CU_TEST_INFO_NULL,
};
