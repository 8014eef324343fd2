/* SPDX-License-Identifier: MPL-2.0 */
#include "unit.h"

#include <CUnit/Basic.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static const CU_SuiteInfo *find(const CU_SuiteInfo *suites, const char *name)
{
    for (; suites->pName; suites++)
        if (strcmp(suites->pName, name) == 0)
            return suites;
    return NULL;
}

static bool named(const char *name, int argc, char **argv)
{
    for (int a = 1; a < argc; a++)
        if (strcmp(name, argv[a]) == 0)
            return true;
    return false;
}

/* Keeps, in place, the suites named on the command line (all when none
   is); false, after listing the suites, when a name is no suite's. */
static bool choose(CU_SuiteInfo *suites, int argc, char **argv)
{
    for (int a = 1; a < argc; a++)
        if (!find(suites, argv[a])) {
            fprintf(stderr, "%s: no suite \"%s\"; the suites are:", argv[0], argv[a]);
            for (const CU_SuiteInfo *s = suites; s->pName; s++)
                fprintf(stderr, " %s", s->pName);
            fputc('\n', stderr);
            return false;
        }
    if (argc < 2)
        return true;
    size_t kept = 0;
    for (size_t s = 0; suites[s].pName; s++)
        if (named(suites[s].pName, argc, argv))
            suites[kept++] = suites[s];
    suites[kept] = (CU_SuiteInfo)CU_SUITE_INFO_NULL;
    return true;
}

int unit_run(CU_SuiteInfo *suites, int argc, char **argv)
{
    if (!choose(suites, argc, argv))
        return 2;
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
