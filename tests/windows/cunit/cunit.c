/* SPDX-License-Identifier: MPL-2.0 */
/* The stand-in's registry and basic runner (see CUnit/CUnit.h). */
#include "CUnit/Basic.h"

#include <setjmp.h>
#include <stdio.h>

static CU_SuiteInfo *suites;
static CU_BasicRunMode mode = CU_BRM_NORMAL;
static CU_ErrorCode last_error;
static unsigned int suites_run, suites_failed, tests_run, tests_failed, asserts, failures;
static jmp_buf leave_test; /* where a failed fatal assertion goes */
static CU_BOOL test_ok;

CU_ErrorCode CU_initialize_registry(void)
{
    suites = NULL;
    suites_run = suites_failed = tests_run = tests_failed = asserts = failures = 0;
    return last_error = CUE_SUCCESS;
}

void CU_cleanup_registry(void)
{
    suites = NULL;
}

CU_ErrorCode CU_register_suites(CU_SuiteInfo suite_info[])
{
    suites = suite_info;
    return last_error = suite_info ? CUE_SUCCESS : CUE_NOSUITE;
}

CU_ErrorCode CU_get_error(void)
{
    return last_error;
}

unsigned int CU_get_number_of_failures(void)
{
    return failures;
}

unsigned int CU_get_number_of_tests_failed(void)
{
    return tests_failed;
}

void CU_basic_set_mode(CU_BasicRunMode new_mode)
{
    mode = new_mode;
}

CU_BOOL CU_assertImplementation(CU_BOOL bValue, unsigned int uiLine, const char *strCondition,
                                const char *strFile, const char *strFunction, CU_BOOL bFatal)
{
    (void)strFunction;
    asserts++;
    if (bValue)
        return CU_TRUE;
    failures++;
    if (test_ok && mode == CU_BRM_VERBOSE)
        printf("FAILED\n");
    test_ok = CU_FALSE;
    if (mode != CU_BRM_SILENT)
        printf("    %s:%u - %s\n", strFile, uiLine, strCondition);
    if (bFatal)
        longjmp(leave_test, 1);
    return CU_FALSE;
}

static void run_test(const CU_SuiteInfo *suite, const CU_TestInfo *test)
{
    if (mode == CU_BRM_VERBOSE)
        printf("  Test: %s ...", test->pName);
    fflush(stdout);
    test_ok = CU_TRUE;
    tests_run++;
    if (suite->pSetUpFunc)
        suite->pSetUpFunc();
    if (setjmp(leave_test) == 0)
        test->pTestFunc();
    if (suite->pTearDownFunc)
        suite->pTearDownFunc();
    if (!test_ok)
        tests_failed++;
    else if (mode == CU_BRM_VERBOSE)
        printf("passed\n");
}

CU_ErrorCode CU_basic_run_tests(void)
{
    if (!suites)
        return last_error = CUE_NOREGISTRY;
    last_error = CUE_SUCCESS;
    for (const CU_SuiteInfo *suite = suites; suite->pName; suite++) {
        suites_run++;
        if (mode == CU_BRM_VERBOSE)
            printf("Suite: %s\n", suite->pName);
        if (suite->pInitFunc && suite->pInitFunc() != 0) {
            printf("  suite %s: initialisation failed\n", suite->pName);
            suites_failed++;
            failures++;
            last_error = CUE_SINIT_FAILED;
            continue;
        }
        for (const CU_TestInfo *test = suite->pTests; test && test->pName; test++)
            run_test(suite, test);
        if (suite->pCleanupFunc)
            suite->pCleanupFunc();
    }
    if (mode != CU_BRM_SILENT)
        printf("\nRun Summary (CUnit stand-in):    Type    Total   Failed\n"
               "                                suites %8u %8u\n"
               "                                tests  %8u %8u\n"
               "                                asserts%8u %8u\n",
               suites_run, suites_failed, tests_run, tests_failed, asserts, failures);
    fflush(stdout);
    return last_error;
}
