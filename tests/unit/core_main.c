/* SPDX-License-Identifier: MPL-2.0 */
/* The core's unit tests: one suite per core module. */
#include "unit.h"

extern CU_TestInfo status_tests[];
extern CU_TestInfo rule_tests[];
extern CU_TestInfo scaled_tests[];
extern CU_TestInfo value_for_money_tests[];
extern CU_TestInfo scoring_tests[];
extern CU_TestInfo weighting_tests[];
extern CU_TestInfo ahp_tests[];
extern CU_TestInfo value_function_tests[];
extern CU_TestInfo agreement_tests[];
extern CU_TestInfo stability_tests[];
extern CU_TestInfo equity_tests[];
extern CU_TestInfo allocation_tests[];
extern CU_TestInfo knapsack_tests[];
extern CU_TestInfo psa_tests[];
extern CU_TestInfo sampler_tests[];
extern CU_TestInfo portfolio_tests[];
extern CU_TestInfo limits_tests[];
extern CU_TestInfo threads_tests[];

int main(int argc, char **argv)
{
    CU_SuiteInfo suites[] = {
        UNIT_SUITE("status", status_tests),
        UNIT_SUITE("rule", rule_tests),
        UNIT_SUITE("scaled", scaled_tests),
        UNIT_SUITE("value_for_money", value_for_money_tests),
        UNIT_SUITE("scoring", scoring_tests),
        UNIT_SUITE("weighting", weighting_tests),
        UNIT_SUITE("ahp", ahp_tests),
        UNIT_SUITE("value_function", value_function_tests),
        UNIT_SUITE("agreement", agreement_tests),
        UNIT_SUITE("stability", stability_tests),
        UNIT_SUITE("equity", equity_tests),
        UNIT_SUITE("allocation", allocation_tests),
        UNIT_SUITE("knapsack", knapsack_tests),
        UNIT_SUITE("psa", psa_tests),
        UNIT_SUITE("sampler", sampler_tests),
        UNIT_SUITE("portfolio", portfolio_tests),
        UNIT_SUITE("limits", limits_tests),
        UNIT_SUITE("threads", threads_tests),
        CU_SUITE_INFO_NULL,
    };
    return unit_run(suites, argc, argv);
}
