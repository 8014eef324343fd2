/* SPDX-License-Identifier: MPL-2.0 */
/* The glue's unit tests: conversions, conventions, answers, the function
   table and the STAR menu's table. */
#include "unit.h"
#include "types.h"

extern CU_TestInfo grid_tests[];
extern CU_TestInfo call_tests[];
extern CU_TestInfo values_tests[];
extern CU_TestInfo function_table_tests[];
extern CU_TestInfo soak_tests[];
extern CU_TestInfo rules_agree_tests[];
extern CU_TestInfo menu_table_tests[];

int main(int argc, char **argv)
{
    star_types_init(); /* as component_getFactory does first */
    CU_SuiteInfo suites[] = {
        UNIT_SUITE("grid", grid_tests),
        UNIT_SUITE("call", call_tests),
        UNIT_SUITE("values", values_tests),
        UNIT_SUITE("function_table", function_table_tests),
        UNIT_SUITE("soak", soak_tests),
        UNIT_SUITE("rules_agree", rules_agree_tests),
        UNIT_SUITE("menu table", menu_table_tests),
        CU_SUITE_INFO_NULL,
    };
    return unit_run(suites, argc, argv);
}
