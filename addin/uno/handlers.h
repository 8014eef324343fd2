/* SPDX-License-Identifier: MPL-2.0 */
/* The dispatch entry of each function: given a prepared call (inputs checked
   and compact), run the core and fill the answer, or set the problem. */
#ifndef STAR_HANDLERS_H
#define STAR_HANDLERS_H

#include "call.h"

typedef bool (*star_handler)(star_call *call);

/* Most interventions STAR.TRIANGLES draws: its answer has an empty row
   after each triangle, and LibreOffice's time to place those grows with the
   square of their number (values.h): 20,000 triangles (100,000 rows) stay
   within STAR_MAX_EMPTY_COST, about a third of a second in Calc. */
#define STAR_TRIANGLES_MAX 20000

/* Indexed by star_function_id; a unit test checks none is missing. */
extern const star_handler star_handlers[STAR_FN_COUNT];

#endif
