/* SPDX-License-Identifier: MPL-2.0 */
/* The core's unit tests: one suite per core module. */
#include "unit.h"

extern CU_TestInfo status_tests[];
extern CU_TestInfo rule_tests[];
extern CU_TestInfo value_for_money_tests[];
extern CU_TestInfo scoring_tests[];

int main(void)
{
    CU_SuiteInfo suites[] = {
        UNIT_SUITE("status", status_tests),
        UNIT_SUITE("rule", rule_tests),
        UNIT_SUITE("value_for_money", value_for_money_tests),
        UNIT_SUITE("scoring", scoring_tests),
        CU_SUITE_INFO_NULL,
    };
    return unit_run(suites);
}
