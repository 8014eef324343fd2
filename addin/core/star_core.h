/* SPDX-License-Identifier: MPL-2.0 */
/* The STAR core: the maths of the STAR method as plain C11. No spreadsheet,
   UNO or locale in sight; every function takes caller-owned arrays and sizes
   and returns a star_status. No mutable global state: safe from any thread. */
#ifndef STAR_CORE_H
#define STAR_CORE_H

#include "export.h"
#include "status.h"
#include "rule.h"
#include "value_for_money.h"
#include "scoring.h"

#endif
