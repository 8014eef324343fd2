/* SPDX-License-Identifier: MPL-2.0 */
#include "unit.h"

#include <CUnit/Basic.h>

int unit_run(CU_SuiteInfo *suites)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    if (CU_register_suites(suites) != CUE_SUCCESS) {
        CU_cleanup_registry();
        return 2;
    }
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failures = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    CU_ErrorCode error = CU_get_error();
    CU_cleanup_registry();
    return (failures || error != CUE_SUCCESS) ? 1 : 0;
}
