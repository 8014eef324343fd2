/* SPDX-License-Identifier: MPL-2.0 */
#include "run.h"
#include "handlers.h"
#include "values.h"

#include <math.h>

/* Constructs the return value from the answer; false (problem set) if it
   cannot be shown. */
static bool give(star_call *call, void *ret)
{
    const star_answer *answer = &call->answer;
    switch (call->fn->result) {
    case STAR_RESULT_TEXT:
        star_value_text(ret, answer->text);
        return true;
    case STAR_RESULT_NUMBER:
        if (!isfinite(answer->number))
            return star_call_status(call, STAR_E_NONFINITE);
        *(double *)ret = answer->number;
        return true;
    case STAR_RESULT_ROWS:
    case STAR_RESULT_ARRAY: break;
    }
    if (!star_answer_finite(answer))
        return star_call_status(call, STAR_E_NONFINITE);
    size_t empties;
    if (star_answer_empty_cost(answer, &empties) > STAR_MAX_EMPTY_COST)
        return star_call_fail(call, STAR_E_TOO_LARGE,
                              "The answer would have %zu empty cells among %zu, more than LibreOffice can show in "
                              "good time%s", empties, answer->rows * answer->cols,
                              call->fn->result == STAR_RESULT_ROWS ? ": leave the blank rows out of the range" : "");
    return star_value_table(ret, answer) || star_call_status(call, STAR_E_NOMEM);
}

bool star_run(star_call *call, star_function_id id, void *const *uno_args, void *ret)
{
    star_call_begin(call, &star_functions[id]);
    if (star_call_prepare(call, uno_args) && star_handlers[id](call) && give(call, ret))
        return true;
    if (call->fn->result != STAR_RESULT_TEXT)
        return false;
    /* STAR.CHECK: the words are the answer. */
    star_value_text(ret, call->problem.words);
    return true;
}
