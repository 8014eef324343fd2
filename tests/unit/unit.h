/* SPDX-License-Identifier: MPL-2.0 */
/* Shared by the CUnit test executables. */
#ifndef STAR_UNIT_H
#define STAR_UNIT_H

#include <CUnit/CUnit.h>
#include <string.h>

/* Runs the suites named on the command line (all when none is) verbosely;
   returns 0 only when every assertion passed (CUnit's own return value
   counts framework errors only), 2 for a name that is no suite's. */
int unit_run(CU_SuiteInfo *suites, int argc, char **argv);

#define UNIT_SUITE(title, tests) \
    { .pName = (title), .pInitFunc = NULL, .pCleanupFunc = NULL, \
      .pSetUpFunc = NULL, .pTearDownFunc = NULL, .pTests = (tests) }

/* Element-wise |got - want| <= tol over n values. */
#define ASSERT_ALL_NEAR(got, want, n, tol) \
    do { for (size_t i_ = 0; i_ < (n); i_++) CU_ASSERT_DOUBLE_EQUAL((got)[i_], (want)[i_], (tol)); } while (0)

/* A checker reported the problem at this row (STAR_NO_ROW for none) and
   input (NULL for none). */
#define ASSERT_WHERE(where, want_row, want_input) \
    do { \
        CU_ASSERT_EQUAL((where).row, (want_row)); \
        const char *in_ = (want_input); \
        CU_ASSERT((where).input && in_ ? strcmp((where).input, in_) == 0 : (where).input == in_); \
    } while (0)

#endif
