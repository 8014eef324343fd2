/* SPDX-License-Identifier: MPL-2.0 */
/* A stand-in for CUnit 2.1 for the Windows build only: Debian ships no
   mingw-w64 CUnit. It covers exactly what tests/unit uses, under CUnit's
   names and with its meaning: a failed assertion is recorded and the test
   goes on; a _FATAL one ends the test; suites are registered from tables.
   The assertion macros are CUnit's own, so the tests compile the same way on
   both platforms. */
#ifndef STAR_CUNIT_STANDIN_H
#define STAR_CUNIT_STANDIN_H

#include <math.h>
#include <stddef.h>
#include <string.h>

typedef int CU_BOOL;
#define CU_TRUE 1
#define CU_FALSE 0

typedef enum CU_ErrorCode {
    CUE_SUCCESS = 0,
    CUE_NOREGISTRY = 10,
    CUE_NOSUITE = 20,
    CUE_SINIT_FAILED = 22,
} CU_ErrorCode;

typedef void (*CU_TestFunc)(void);
typedef int (*CU_InitializeFunc)(void);
typedef int (*CU_CleanupFunc)(void);
typedef void (*CU_SetUpFunc)(void);
typedef void (*CU_TearDownFunc)(void);

typedef struct CU_TestInfo {
    const char *pName;
    CU_TestFunc pTestFunc;
} CU_TestInfo;

typedef struct CU_SuiteInfo {
    const char *pName;
    CU_InitializeFunc pInitFunc;
    CU_CleanupFunc pCleanupFunc;
    CU_SetUpFunc pSetUpFunc;
    CU_TearDownFunc pTearDownFunc;
    CU_TestInfo *pTests;
} CU_SuiteInfo;

#define CU_TEST_INFO_NULL { NULL, NULL }
#define CU_SUITE_INFO_NULL { NULL, NULL, NULL, NULL, NULL, NULL }

CU_ErrorCode CU_initialize_registry(void);
void CU_cleanup_registry(void);
/* Keeps the table (it must outlive the run, as main's does). */
CU_ErrorCode CU_register_suites(CU_SuiteInfo suite_info[]);
CU_ErrorCode CU_get_error(void);
unsigned int CU_get_number_of_failures(void);
unsigned int CU_get_number_of_tests_failed(void);

/* Records one assertion; a failed fatal one leaves the running test. */
CU_BOOL CU_assertImplementation(CU_BOOL bValue, unsigned int uiLine, const char *strCondition,
                                const char *strFile, const char *strFunction, CU_BOOL bFatal);

#define CU_ASSERT(value) \
  { CU_assertImplementation((value), __LINE__, #value, __FILE__, "", CU_FALSE); }
#define CU_ASSERT_FATAL(value) \
  { CU_assertImplementation((value), __LINE__, #value, __FILE__, "", CU_TRUE); }
#define CU_ASSERT_TRUE(value) \
  { CU_assertImplementation((value), __LINE__, ("CU_ASSERT_TRUE(" #value ")"), __FILE__, "", CU_FALSE); }
#define CU_ASSERT_TRUE_FATAL(value) \
  { CU_assertImplementation((value), __LINE__, ("CU_ASSERT_TRUE_FATAL(" #value ")"), __FILE__, "", CU_TRUE); }
#define CU_ASSERT_FALSE(value) \
  { CU_assertImplementation(!(value), __LINE__, ("CU_ASSERT_FALSE(" #value ")"), __FILE__, "", CU_FALSE); }
#define CU_ASSERT_EQUAL(actual, expected) \
  { CU_assertImplementation(((actual) == (expected)), __LINE__, ("CU_ASSERT_EQUAL(" #actual "," #expected ")"), __FILE__, "", CU_FALSE); }
#define CU_ASSERT_EQUAL_FATAL(actual, expected) \
  { CU_assertImplementation(((actual) == (expected)), __LINE__, ("CU_ASSERT_EQUAL_FATAL(" #actual "," #expected ")"), __FILE__, "", CU_TRUE); }
#define CU_ASSERT_PTR_NULL(value) \
  { CU_assertImplementation((NULL == (const void *)(value)), __LINE__, ("CU_ASSERT_PTR_NULL(" #value ")"), __FILE__, "", CU_FALSE); }
#define CU_ASSERT_PTR_NOT_NULL(value) \
  { CU_assertImplementation((NULL != (const void *)(value)), __LINE__, ("CU_ASSERT_PTR_NOT_NULL(" #value ")"), __FILE__, "", CU_FALSE); }
#define CU_ASSERT_PTR_NOT_NULL_FATAL(value) \
  { CU_assertImplementation((NULL != (const void *)(value)), __LINE__, ("CU_ASSERT_PTR_NOT_NULL_FATAL(" #value ")"), __FILE__, "", CU_TRUE); }
#define CU_ASSERT_STRING_EQUAL(actual, expected) \
  { CU_assertImplementation(!(strcmp((const char *)(actual), (const char *)(expected))), __LINE__, ("CU_ASSERT_STRING_EQUAL(" #actual "," #expected ")"), __FILE__, "", CU_FALSE); }
#define CU_ASSERT_STRING_NOT_EQUAL(actual, expected) \
  { CU_assertImplementation((strcmp((const char *)(actual), (const char *)(expected))), __LINE__, ("CU_ASSERT_STRING_NOT_EQUAL(" #actual "," #expected ")"), __FILE__, "", CU_FALSE); }
#define CU_ASSERT_DOUBLE_EQUAL(actual, expected, granularity) \
  { CU_assertImplementation(((fabs((double)(actual) - (expected)) <= fabs((double)(granularity)))), __LINE__, ("CU_ASSERT_DOUBLE_EQUAL(" #actual "," #expected "," #granularity ")"), __FILE__, "", CU_FALSE); }

#endif
