/* SPDX-License-Identifier: MPL-2.0 */
/* The shared conventions (docs/conventions.md, cited as in addin/uno/call.h) on real UNO arguments. */
#include "unit.h"
#include "call.h"
#include "handlers.h"
#include "run.h"
#include "types.h"
#include "uno_build.h"

#include <stdlib.h>
#include <string.h>

/* Runs fn on ranges (NULL entries are omitted optional arguments). */
static bool run(star_call *call, star_function_id id, uno_Sequence **ranges)
{
    uno_args args;
    uno_args_set(&args, &star_functions[id], ranges);
    star_call_begin(call, &star_functions[id]);
    bool ok = star_call_prepare(call, args.ptr) && star_handlers[id](call);
    uno_args_clear(&args);
    return ok;
}

static uno_Sequence *column(size_t n, const char *const *cells)
{
    return uno_build_range(n, 1, cells);
}

static void spare_rows_are_empty_and_left_out(void) /* C4 */
{
    const char *benefit[] = {"100", "", "300"}, *cost[] = {"10", "", "30"};
    uno_Sequence *args[] = {column(3, benefit), column(3, cost), NULL};
    star_call call;
    CU_ASSERT_TRUE_FATAL(run(&call, STAR_FN_VFM, args));
    CU_ASSERT_EQUAL(call.rows.m, 2);
    CU_ASSERT_EQUAL(call.answer.rows, 3);
    CU_ASSERT_EQUAL(call.answer.cols, 1);
    CU_ASSERT_DOUBLE_EQUAL(call.answer.value[0], 10000, 1e-9);
    CU_ASSERT_EQUAL(call.answer.empty[1], 1);
    CU_ASSERT_EQUAL(call.answer.empty[0], 0);
    CU_ASSERT_DOUBLE_EQUAL(call.answer.value[2], 10000, 1e-9);
    star_call_end(&call);
    uno_build_free(args[0]);
    uno_build_free(args[1]);
}

static void a_row_answers_as_a_row(void) /* C1, C3 */
{
    const char *benefit[] = {"100", "300"}, *cost[] = {"10"};
    uno_Sequence *args[] = {uno_build_range(1, 2, benefit), column(1, cost), NULL};
    star_call call;
    CU_ASSERT_TRUE_FATAL(run(&call, STAR_FN_VFM, args));
    CU_ASSERT_EQUAL(call.answer.rows, 1);
    CU_ASSERT_EQUAL(call.answer.cols, 2);
    CU_ASSERT_DOUBLE_EQUAL(call.answer.value[1], 30000, 1e-9); /* one cost for both rows */
    star_call_end(&call);
    uno_build_free(args[0]);
    uno_build_free(args[1]);
}

static void all_spare_rows_compute_nothing(void)
{
    const char *blank[] = {"", ""};
    uno_Sequence *args[] = {column(2, blank), column(2, blank), NULL};
    star_call call;
    CU_ASSERT_TRUE_FATAL(run(&call, STAR_FN_VFM, args));
    CU_ASSERT_EQUAL(call.rows.m, 0);
    CU_ASSERT_EQUAL(call.answer.empty[0] + call.answer.empty[1], 2);
    star_call_end(&call);
    uno_build_free(args[0]);
    uno_build_free(args[1]);
}

/* C5, C7, C8, C11: each kind of problem, in words that name the row and the input. */
static void problems_in_words(void)
{
    static const struct {
        const char *benefit[3], *cost[3];
        size_t cost_rows, cost_cols;
        const char *words;
    } cases[] = {
        {{"1", "2", "3"}, {"10", "", "30"}, 3, 1, "Row 2: cost is blank"},
        {{"1", "2", "3"}, {"'abc", "20", "30"}, 3, 1, "Row 1: cost is text (\"abc\")"},
        {{"1", "2", "3"}, {"0", "20", "30"}, 3, 1, "Row 1: cost must be more than 0 (0)"},
        {{"1", "", "3"}, {"10", "20", "-3"}, 3, 1, "Row 2: benefit is blank"},
        {{"1", "2", "3"}, {"10", "20"}, 2, 1, "Cost has 2 rows, benefit has 3 rows: they must match"},
        {{"1", "2", "3"}, {"10", "20"}, 1, 2, "Cost has 2 cells, benefit has 3 rows: they must match"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uno_Sequence *args[] = {column(3, cases[i].benefit),
                                uno_build_range(cases[i].cost_rows, cases[i].cost_cols, cases[i].cost), NULL};
        star_call call;
        bool ok = run(&call, STAR_FN_VFM, args);
        CU_ASSERT_FALSE(ok);
        CU_ASSERT_STRING_EQUAL(call.problem.words, cases[i].words);
        CU_ASSERT_EQUAL(call.problem.status, STAR_E_SIZE * (strstr(cases[i].words, "match") != NULL) +
                                             STAR_E_DOMAIN * (strstr(cases[i].words, "match") == NULL));
        star_call_end(&call);
        uno_build_free(args[0]);
        uno_build_free(args[1]);
    }
}

static void a_table_is_not_a_column(void)
{
    const char *table[] = {"1", "2", "3", "4"};
    uno_Sequence *args[] = {uno_build_range(2, 2, table), uno_build_range(2, 2, table), NULL};
    star_call call;
    CU_ASSERT_FALSE(run(&call, STAR_FN_VFM, args));
    CU_ASSERT_STRING_EQUAL(call.problem.words, "Benefit must be a single column or row");
    star_call_end(&call);
    uno_build_free(args[0]);
    uno_build_free(args[1]);
}

static void check_counts_present_rows_and_criteria(void)
{
    const char *patients[] = {"10", "", "30"}, *cost[] = {"5", "", "7"};
    const char *scores[] = {"1", "2", "", "", "3", "4"}, *weights[] = {"1", "1"};
    uno_Sequence *args[] = {column(3, patients), column(3, cost), uno_build_range(3, 2, scores),
                            uno_build_range(1, 2, weights)};
    star_call call;
    CU_ASSERT_TRUE_FATAL(run(&call, STAR_FN_CHECK, args));
    CU_ASSERT_STRING_EQUAL(call.answer.text, "OK: 2 interventions, 2 criteria");
    star_call_end(&call);
    for (size_t a = 0; a < 4; a++)
        uno_build_free(args[a]);
}

static void a_scale_needs_both_ends(void)
{
    const char *scores[] = {"1", "2"}, *weights[] = {"1", "1"}, *low[] = {"0"};
    uno_Sequence *args[] = {uno_build_range(1, 2, scores), uno_build_range(1, 2, weights),
                            uno_build_range(1, 1, low), NULL};
    star_call call;
    CU_ASSERT_FALSE(run(&call, STAR_FN_SCORE, args));
    CU_ASSERT_EQUAL(call.problem.status, STAR_E_SCALE);
    star_call_end(&call);
    for (size_t a = 0; a < 3; a++)
        uno_build_free(args[a]);
}

/* STAR.SMAA: two cells per intervention, both empty in a spare row. */
static void smaa_keeps_spare_rows_empty(void)
{
    const char *scores[] = {"8", "2", "", "", "2", "6"}, *low[] = {"0.3", "0.3"}, *high[] = {"0.7", "0.7"};
    const char *one[] = {"1", "", "1"}, *budget[] = {"1"};
    uno_Sequence *args[STAR_MAX_ARGS] = {uno_build_range(3, 2, scores), uno_build_range(1, 2, low), uno_build_range(1, 2, high),
                              column(3, one), column(3, one), uno_build_range(1, 1, budget)};
    star_call call;
    CU_ASSERT_TRUE_FATAL(run(&call, STAR_FN_SMAA, args));
    CU_ASSERT_EQUAL(call.answer.rows, 3);
    CU_ASSERT_EQUAL(call.answer.cols, 2);
    CU_ASSERT_EQUAL(call.answer.empty[2] + call.answer.empty[3], 2);
    CU_ASSERT_EQUAL(call.answer.empty[0] + call.answer.empty[1] + call.answer.empty[4] + call.answer.empty[5], 0);
    /* two rows share the two ranks */
    CU_ASSERT_DOUBLE_EQUAL(call.answer.value[1] + call.answer.value[5], 3, 1e-12);
    star_call_end(&call);
    for (size_t a = 0; a < 6; a++)
        uno_build_free(args[a]);
}

/* The words for the weights' bounds of STAR.SMAA, and FUNDSTABILITY's. */
static void weight_bounds_in_words(void)
{
    static const struct {
        const char *low[2], *high[2], *words;
    } cases[] = {
        {{"0.5", "0.3"}, {"0.4", "0.8"}, "Lowest weights in cell 1 exceed the highest weights there (0.5 > 0.4)"},
        {{"0.6", "0.5"}, {"0.7", "0.8"}, "Lowest weights add up to 1.1: no weights that add up to 1 are that high"},
        {{"0.2", "0.3"}, {"0.4", "0.5"}, "Highest weights add up to 0.9: no weights that add up to 1 are that low"},
        {{"0.2", "0.3"}, {"0.4", "1.3"}, "Highest weights in cell 2 must be between 0 and 1 (1.3)"},
    };
    const char *scores[] = {"8", "2", "2", "6"}, *one[] = {"1"};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uno_Sequence *args[STAR_MAX_ARGS] = {uno_build_range(2, 2, scores), uno_build_range(1, 2, cases[i].low),
                                  uno_build_range(1, 2, cases[i].high), column(1, one), column(1, one),
                                  column(1, one)};
        star_call call;
        CU_ASSERT_FALSE(run(&call, STAR_FN_SMAA, args));
        CU_ASSERT_STRING_EQUAL(call.problem.words, cases[i].words);
        star_call_end(&call);
        for (size_t a = 0; a < 6; a++)
            uno_build_free(args[a]);
    }
    const char *zero[] = {"0", "0"};
    uno_Sequence *args[STAR_MAX_ARGS] = {uno_build_range(2, 2, scores), uno_build_range(1, 2, zero), column(1, one),
                             column(1, one), column(1, one)};
    star_call call;
    CU_ASSERT_FALSE(run(&call, STAR_FN_FUNDSTABILITY, args));
    CU_ASSERT_STRING_EQUAL(call.problem.words, "The weights are all zero (weights)");
    star_call_end(&call);
    for (size_t a = 0; a < 5; a++)
        uno_build_free(args[a]);
}

/* A column of n cells with numbers in the first `filled` (1, 2, 3, ...), blank below. */
static uno_Sequence *filled_column(size_t n, size_t filled)
{
    double *values = calloc(n, sizeof *values);
    uno_Sequence *range = uno_build_numbers(n, 1, values);
    uno_Sequence **row = (uno_Sequence **)range->elements;
    for (size_t i = 0; i < n; i++) {
        uno_Any *cell = (uno_Any *)row[i]->elements;
        if (i < filled)
            *(double *)cell->pData = (double)(i + 1);
        else
            uno_build_text(cell, "");
    }
    free(values);
    return range;
}

static void a_whole_column_answers_down_to_its_last_present_row(void) /* C3 */
{
    /* 3 numbers, then more than STAR_MAX_TRAILING_ABSENT blank rows: the
       answer has 3 rows, all numbers. With exactly that many, it keeps
       every row, the spare ones empty. */
    size_t sizes[] = {3 + STAR_MAX_TRAILING_ABSENT + 1, 3 + STAR_MAX_TRAILING_ABSENT};
    for (size_t s = 0; s < 2; s++) {
        uno_Sequence *args[] = {filled_column(sizes[s], 3), NULL};
        star_call call;
        CU_ASSERT_TRUE_FATAL(run(&call, STAR_FN_WEIGHTS, args));
        CU_ASSERT_EQUAL(call.rows.n, sizes[s]);
        CU_ASSERT_EQUAL(call.answer.cols, 1);
        CU_ASSERT_EQUAL(call.answer.rows, s == 0 ? 3 : sizes[s]);
        CU_ASSERT_TRUE(s == 0 ? call.answer.empty == NULL : call.answer.empty[3] && !call.answer.empty[2]);
        CU_ASSERT_DOUBLE_EQUAL(call.answer.value[2], 0.5, 1e-15);
        star_call_end(&call);
        uno_build_free(args[0]);
    }
    /* No present row at all: one empty cell. */
    uno_Sequence *args[] = {filled_column(STAR_MAX_TRAILING_ABSENT + 1, 0), filled_column(STAR_MAX_TRAILING_ABSENT + 1, 0),
                            NULL};
    star_call call;
    CU_ASSERT_TRUE_FATAL(run(&call, STAR_FN_BENEFIT, args));
    CU_ASSERT_EQUAL(call.answer.rows, 1);
    CU_ASSERT_TRUE(call.answer.empty && call.answer.empty[0]);
    star_call_end(&call);
    uno_build_free(args[0]);
    uno_build_free(args[1]);
}

static void a_shorter_range_may_end_where_the_others_are_blank(void) /* C1, C3 */
{
    /* An answer that ended at its last present row, nested in a call on
       the whole column: the longer range is blank below, so it fits. */
    const char *gain[] = {"2", "3"};
    uno_Sequence *args[] = {filled_column(50, 2), column(2, gain), NULL};
    star_call call;
    CU_ASSERT_TRUE_FATAL(run(&call, STAR_FN_BENEFIT, args));
    CU_ASSERT_EQUAL(call.answer.rows, 2);
    CU_ASSERT_DOUBLE_EQUAL(call.answer.value[1], 6, 0);
    star_call_end(&call);
    uno_build_free(args[0]);
    /* A number below the shorter range: the lengths really differ. */
    args[0] = filled_column(50, 3);
    CU_ASSERT_FALSE(run(&call, STAR_FN_BENEFIT, args));
    CU_ASSERT_STRING_EQUAL(call.problem.words, "Benefit per patient has 2 rows, patients has 50 rows: they must match");
    star_call_end(&call);
    uno_build_free(args[0]);
    uno_build_free(args[1]);
}

static void a_row_of_blank_one_cell_ranges_is_absent(void) /* C4, C5, C6 */
{
    const char *blank[] = {""}, *five[] = {"5"}, *zero[] = {"0"};
    uno_Sequence *args[] = {column(1, blank), column(1, blank), NULL};
    star_call call;
    CU_ASSERT_TRUE_FATAL(run(&call, STAR_FN_BENEFIT, args));
    CU_ASSERT_EQUAL(call.rows.m, 0);
    CU_ASSERT_EQUAL(call.answer.rows, 1);
    CU_ASSERT_TRUE(call.answer.empty && call.answer.empty[0]);
    star_call_end(&call);
    uno_build_free(args[0]);
    args[0] = column(1, five); /* partly blank: an error, named without a row */
    CU_ASSERT_FALSE(run(&call, STAR_FN_BENEFIT, args));
    CU_ASSERT_STRING_EQUAL(call.problem.words, "Benefit per patient is blank");
    star_call_end(&call);
    uno_build_free(args[1]);
    args[1] = column(1, zero); /* a single 0 may be a blank cell: the words say so */
    CU_ASSERT_FALSE(run(&call, STAR_FN_VFM, args));
    CU_ASSERT_STRING_EQUAL(call.problem.words, "Cost must be more than 0 (0 \xE2\x80\x94 a blank cell reads as 0 here)");
    star_call_end(&call);
    uno_build_free(args[0]);
    uno_build_free(args[1]);
}

static void too_many_empty_cells_among_numbers_are_refused(void) /* C12 */
{
    /* Every other row blank over 200,000 rows: LibreOffice would move about
       10^10 cells to place the empty ones (values.h). */
    size_t n = 200000;
    double *values = calloc(n, sizeof *values);
    uno_Sequence *range = uno_build_numbers(n, 1, values);
    uno_Sequence **row = (uno_Sequence **)range->elements;
    for (size_t i = 0; i < n; i++) {
        uno_Any *cell = (uno_Any *)row[i]->elements;
        if (i % 2)
            uno_build_text(cell, "");
        else
            *(double *)cell->pData = 1.0;
    }
    free(values);
    uno_args args;
    uno_Sequence *ranges[] = {range, NULL};
    uno_args_set(&args, &star_functions[STAR_FN_WEIGHTS], ranges);
    star_call call;
    uno_Any ret;
    CU_ASSERT_FALSE(star_run(&call, STAR_FN_WEIGHTS, args.ptr, &ret));
    CU_ASSERT_EQUAL(call.problem.status, STAR_E_TOO_LARGE);
    CU_ASSERT_STRING_EQUAL(call.problem.words, "The answer would have 100000 empty cells among 200000, more than "
                                               "LibreOffice can show in good time: leave the blank rows out of the range");
    star_call_end(&call);
    uno_args_clear(&args);
    uno_build_free(range);
}

/* Runs fn on ranges given as a column each and gives its words. */
static void words_of(star_function_id id, size_t rows, const char *const *const *columns, size_t count,
                     char *words, size_t size)
{
    uno_Sequence *args[STAR_MAX_ARGS] = {NULL};
    for (size_t a = 0; a < count; a++)
        args[a] = columns[a] ? column(rows, columns[a]) : NULL;
    star_call call;
    CU_ASSERT_FALSE(run(&call, id, args));
    snprintf(words, size, "%s", call.problem.words);
    star_call_end(&call);
    for (size_t a = 0; a < count; a++)
        if (args[a])
            uno_build_free(args[a]);
}

/* C11: a core checker's verdict reaches words by one path: the row among
   all rows (spare ones counted), the argument by its label. */
static void checkers_speak_through_one_path(void)
{
    char words[STAR_WORDS_MAX];
    const char *b[] = {"1", "", "2", "3"}, *c[] = {"1", "", "1", "1"};
    const char *min[] = {"0", "", "0", "0.5"}, *max[] = {"1", "", "1", "0.4"};
    const char *budget[] = {"5"}, *negative[] = {"-5"};
    uno_Sequence *args[STAR_MAX_ARGS] = {column(4, b), column(4, c), column(1, budget), NULL, column(4, min),
                                         column(4, max)};
    star_call call;
    CU_ASSERT_FALSE(run(&call, STAR_FN_ALLOCATE, args));
    CU_ASSERT_STRING_EQUAL(call.problem.words, "Row 4: a lower limit is above its upper limit (min)");
    star_call_end(&call);
    uno_build_free(args[2]);
    args[2] = column(1, negative);
    CU_ASSERT_FALSE(run(&call, STAR_FN_ALLOCATE, args));
    CU_ASSERT_STRING_EQUAL(call.problem.words, "Budget must be 0 or more (-5)");
    star_call_end(&call);
    for (int a = 0; a < 6; a++)
        if (args[a])
            uno_build_free(args[a]);
    const char *x[] = {"1", "", "", ""}, *xs[] = {"0", "", "10", "5"}, *vs[] = {"0", "", "50", "100"};
    const char *const *falling[] = {x, xs, vs};
    words_of(STAR_FN_VALUE, 4, falling, 3, words, sizeof words);
    CU_ASSERT_STRING_EQUAL(words, "Row 4: xs must be larger than in the row before");
    const char *lone_x[] = {"1"}, *lone_xs[] = {"0"}, *lone_vs[] = {"0"};
    const char *const *lone[] = {lone_x, lone_xs, lone_vs};
    words_of(STAR_FN_VALUE, 1, lone, 3, words, sizeof words);
    CU_ASSERT_STRING_EQUAL(words, "STAR.VALUE needs at least 2 points");
    const char *ranks[] = {"1", "", "4"};
    const char *const *roc[] = {ranks};
    words_of(STAR_FN_ROC, 3, roc, 1, words, sizeof words);
    CU_ASSERT_STRING_EQUAL(words, "Row 3: ranks must be whole numbers from 1 to 2, the number of criteria");
}

/* A table argument's problem names its column; a shape the core refuses
   is said in its words. */
static void table_problems_name_the_column(void)
{
    const char *tilted[] = {"1", "3", "1", "1"}, *wide[] = {"1", "2", "3", "4", "5", "6"};
    uno_Sequence *args[STAR_MAX_ARGS] = {uno_build_range(2, 2, tilted)};
    star_call call;
    CU_ASSERT_FALSE(run(&call, STAR_FN_AHP, args));
    CU_ASSERT_STRING_EQUAL(call.problem.words, "Row 2: matrix in column 1 must be 1 divided by its mirror entry "
                                               "across the diagonal, 0.333333333333333 (type =1/3, not 0.333)");
    star_call_end(&call);
    uno_build_free(args[0]);
    args[0] = uno_build_range(2, 3, wide);
    CU_ASSERT_FALSE(run(&call, STAR_FN_AHPCR, args));
    CU_ASSERT_STRING_EQUAL(call.problem.words, "Matrix must be square, not 2 rows and 3 columns");
    star_call_end(&call);
    uno_build_free(args[0]);
}

CU_TestInfo call_tests[] = {
    {"SMAA keeps spare rows empty", smaa_keeps_spare_rows_empty},
    {"weight bounds in words", weight_bounds_in_words},
    {"spare rows are empty and left out", spare_rows_are_empty_and_left_out},
    {"a row answers as a row", a_row_answers_as_a_row},
    {"all spare rows compute nothing", all_spare_rows_compute_nothing},
    {"problems in words", problems_in_words},
    {"a table is not a column", a_table_is_not_a_column},
    {"check counts present rows and criteria", check_counts_present_rows_and_criteria},
    {"a scale needs both ends", a_scale_needs_both_ends},
    {"a whole column answers down to its last present row", a_whole_column_answers_down_to_its_last_present_row},
    {"a shorter range may end where the others are blank", a_shorter_range_may_end_where_the_others_are_blank},
    {"a row of blank one-cell ranges is absent", a_row_of_blank_one_cell_ranges_is_absent},
    {"too many empty cells among numbers are refused", too_many_empty_cells_among_numbers_are_refused},
    {"checkers speak through one path", checkers_speak_through_one_path},
    {"table problems name the column", table_problems_name_the_column},
    CU_TEST_INFO_NULL,
};
