/* SPDX-License-Identifier: MPL-2.0 */
/* CUnit's basic (console) runner, as the stand-in provides it. */
#ifndef STAR_CUNIT_STANDIN_BASIC_H
#define STAR_CUNIT_STANDIN_BASIC_H

#include "CUnit/CUnit.h"

typedef enum CU_BasicRunMode { CU_BRM_NORMAL, CU_BRM_SILENT, CU_BRM_VERBOSE } CU_BasicRunMode;

void CU_basic_set_mode(CU_BasicRunMode mode);
/* Runs every registered suite and prints a summary. */
CU_ErrorCode CU_basic_run_tests(void);

#endif
