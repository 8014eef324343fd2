/* SPDX-License-Identifier: MPL-2.0 */
/* Turning answers and problems into UNO return values and exceptions. */
#ifndef STAR_VALUES_H
#define STAR_VALUES_H

#include <stdbool.h>
#include "call.h"
#include "uno_c.h"

/* True when every non-empty cell of the answer is finite. */
bool star_answer_finite(const star_answer *answer);

/* Constructs into the any *out the answer table as Calc shows it: a
   [][]double when no cell is empty (the cheaper for Calc and the bridge to
   pass on), else a [][]any with void for the empty cells. False when out of
   memory; *out is then left unconstructed. */
bool star_value_table(uno_Any *out, const star_answer *answer);

/* Constructs a string from UTF-8 text into *out (never left unconstructed). */
void star_value_text(rtl_uString **out, const char *utf8);

/* Constructs the exception for a problem into *exception:
   IllegalArgumentException (Err:502) or, for a calculation that could not
   finish, NoConvergenceException (Err:523). False if the office's type
   library is not there to describe them. */
bool star_value_raise(uno_Any *exception, const star_problem *problem);

#endif
