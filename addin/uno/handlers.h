/* SPDX-License-Identifier: MPL-2.0 */
/* The dispatch entry of each function: given a prepared call (inputs checked
   and compact), run the core and fill the answer, or set the problem. */
#ifndef STAR_HANDLERS_H
#define STAR_HANDLERS_H

#include "call.h"

typedef bool (*star_handler)(star_call *call);

/* Indexed by star_function_id; a unit test checks none is missing. */
extern const star_handler star_handlers[STAR_FN_COUNT];

#endif
