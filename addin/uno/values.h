/* SPDX-License-Identifier: MPL-2.0 */
/* Turning answers and problems into UNO return values and exceptions. */
#ifndef STAR_VALUES_H
#define STAR_VALUES_H

#include <stdbool.h>
#include "call.h"
#include "uno_c.h"

/* True when every non-empty cell of the answer is finite. */
bool star_answer_finite(const star_answer *answer);

/* What showing the answer's empty cells costs LibreOffice 7.4, in cells
   moved. Calc turns a [][]any answer into a matrix of numbers filled in
   row by row, stored column after column, and each empty cell put into a
   run of numbers moves the numbers stored after it (mdds 2.0's element
   blocks erase at the front), so an answer with its empty cells near the
   top costs the square of its size: a whole column of them took a minute.
   This counts, for each empty cell, the cells stored after it: an upper
   bound, exact for one column. *empties gets the number of empty cells. */
unsigned long long star_answer_empty_cost(const star_answer *answer, size_t *empties);

/* Most cells an answer's empty cells may move (star_answer_empty_cost):
   about half a second of LibreOffice's time on the benchmark machine
   (docs/reliability.md). Answers beyond it are refused with words. */
#define STAR_MAX_EMPTY_COST (1ULL << 32)

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
