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
#include "allocation.h"
#include "random.h"
#include "psa.h"
#include "weighting.h"
#include "ahp.h"
#include "value_function.h"
#include "agreement.h"
#include "stability.h"
#include "equity.h"
#include "sampler.h"
#include "portfolio.h"

#endif
