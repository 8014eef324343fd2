/* SPDX-License-Identifier: MPL-2.0 */
/* One call of a STAR function, from its UNO arguments to its UNO return
   value: the shared conventions (call.c), the function's handler and the
   checks on what goes back (a number that is not finite never does). The
   component's dispatcher is this plus exceptions; tests and fuzzers call it
   directly. */
#ifndef STAR_RUN_H
#define STAR_RUN_H

#include <stdbool.h>
#include "call.h"
#include "functions.h"

/* Begins *call and runs function id on uno_args (as star_call_prepare takes
   them). True: *ret is constructed as the method's return type (double,
   rtl_uString*, or an any holding a table: see star_value_table) and owned
   by the caller; STAR.CHECK's words count as its answer. False: *ret is untouched and call->problem says what
   went wrong. Either way the caller ends the call with star_call_end. */
bool star_run(star_call *call, star_function_id id, void *const *uno_args, void *ret);

#endif
