/* SPDX-License-Identifier: MPL-2.0 */
/* Lints the function table: what the IDL, the XCU and Calc would reject or
   what would leave a user without help. */
#include "unit.h"
#include "functions.h"
#include "handlers.h"

#include <ctype.h>
#include <string.h>

static bool is_identifier(const char *name)
{
    /* unoidl-write reserves some words; `optional` is one a parameter could take. */
    static const char *const reserved[] = {"optional", "in", "out", "inout", "any", "type", "string",
                                           "module", "interface", "sequence", "property", "attribute"};
    if (!name || !islower((unsigned char)name[0]))
        return false;
    for (const char *p = name; *p; p++)
        if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p) && *p != '_')
            return false;
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strcmp(name, reserved[i]) == 0)
            return false;
    return true;
}

static void every_function_is_described_and_dispatched(void)
{
    for (size_t f = 0; f < STAR_FN_COUNT; f++) {
        const star_function *fn = &star_functions[f];
        CU_ASSERT_TRUE(is_identifier(fn->method));
        CU_ASSERT_TRUE(fn->summary && strlen(fn->summary) > 20);
        CU_ASSERT_TRUE(fn->category && *fn->category);
        CU_ASSERT_PTR_NOT_NULL(star_handlers[f]);
        CU_ASSERT_TRUE(fn->arg_count <= STAR_MAX_ARGS);
        for (size_t g = 0; g < f; g++)
            CU_ASSERT_STRING_NOT_EQUAL(fn->method, star_functions[g].method);
    }
}

static void every_argument_has_a_name_and_help(void)
{
    for (size_t f = 0; f < STAR_FN_COUNT; f++) {
        const star_function *fn = &star_functions[f];
        bool optional_seen = false;
        for (size_t a = 0; a < fn->arg_count; a++) {
            const star_arg *arg = &fn->args[a];
            char name[64];
            star_interface_name(arg, name, sizeof name);
            CU_ASSERT_TRUE(is_identifier(arg->name));
            CU_ASSERT_PTR_NULL(strchr(name, '_'));
            CU_ASSERT_TRUE(arg->label && *arg->label);
            CU_ASSERT_TRUE(arg->help && strlen(arg->help) > 10);
            /* Calc lets only trailing arguments be left out. */
            CU_ASSERT_FALSE(optional_seen && !arg->optional);
            optional_seen |= arg->optional;
            for (size_t b = 0; b < a; b++)
                CU_ASSERT_STRING_NOT_EQUAL(arg->name, fn->args[b].name);
        }
    }
}

/* The help's "Errors" and "Related functions" come from these. */
static void every_function_has_related_functions_and_error_words(void)
{
    for (size_t f = 0; f < STAR_FN_COUNT; f++) {
        const star_function *fn = &star_functions[f];
        const star_function *related[STAR_FN_COUNT];
        size_t count = star_related(fn, related, STAR_FN_COUNT);
        CU_ASSERT_TRUE(count >= 1 && count <= STAR_RELATED_MAX);
        for (size_t r = 0; r < count && r < STAR_FN_COUNT; r++) {
            CU_ASSERT_PTR_NOT_NULL(related[r]);
            CU_ASSERT_PTR_NOT_EQUAL(related[r], fn);
        }
        if (fn->errors) {
            /* Completes "... and when ", so starts in lower case and ends a sentence. */
            CU_ASSERT_TRUE(islower((unsigned char)fn->errors[0]));
            CU_ASSERT_EQUAL(fn->errors[strlen(fn->errors) - 1], '.');
        }
    }
}

static void cell_names(void)
{
    char name[32];
    star_cell_name(&star_functions[STAR_FN_VFM], name, sizeof name);
    CU_ASSERT_STRING_EQUAL(name, "STAR.VFM");
    star_cell_name(&star_functions[STAR_FN_BENEFIT], name, 6);
    CU_ASSERT_STRING_EQUAL(name, "STAR.");
    star_arg low = {.name = "benefit_low"};
    star_interface_name(&low, name, sizeof name);
    CU_ASSERT_STRING_EQUAL(name, "benefitLow");
}

/* A number written with thousands separators (50,000) in a help text is a
   limit restated by hand: it belongs in star_limits, named in the text. */
static bool restates_a_limit(const char *text)
{
    for (const char *p = text; *p; p++)
        if (p[0] >= '0' && p[0] <= '9' && p[1] == ',' && p[2] >= '0' && p[2] <= '9' && p[3] >= '0' &&
            p[3] <= '9' && p[4] >= '0' && p[4] <= '9')
            return true;
    return false;
}

static void help_prints_limits_from_the_code(void)
{
    char out[2048];
    for (size_t f = 0; f < STAR_FN_COUNT; f++) {
        const star_function *fn = &star_functions[f];
        CU_ASSERT_TRUE(star_text(fn->summary, out, sizeof out));
        CU_ASSERT_FALSE(restates_a_limit(fn->summary));
        if (fn->errors) {
            CU_ASSERT_TRUE(star_text(fn->errors, out, sizeof out));
            CU_ASSERT_FALSE(restates_a_limit(fn->errors));
        }
        for (size_t a = 0; a < fn->arg_count; a++) {
            CU_ASSERT_TRUE(star_text(fn->args[a].help, out, sizeof out));
            CU_ASSERT_FALSE(restates_a_limit(fn->args[a].help));
        }
    }
    CU_ASSERT_TRUE(star_text("at most {{whole_rows}} rows", out, sizeof out));
    CU_ASSERT_STRING_EQUAL(out, "at most 50,000 rows");
    CU_ASSERT_FALSE(star_text("{{no_such_limit}}", out, sizeof out));
    CU_ASSERT_FALSE(star_text("{{whole_rows}}", out, 4)); /* too small */
    CU_ASSERT_TRUE(star_text("=STAR.RANK({5|3})", out, sizeof out)); /* a formula's braces stay */
    CU_ASSERT_STRING_EQUAL(out, "=STAR.RANK({5|3})");
}

CU_TestInfo function_table_tests[] = {
    {"every function is described and dispatched", every_function_is_described_and_dispatched},
    {"every argument has a name and help", every_argument_has_a_name_and_help},
    {"every function has related functions and error words", every_function_has_related_functions_and_error_words},
    {"cell names", cell_names},
    {"help prints limits from the code", help_prints_limits_from_the_code},
    CU_TEST_INFO_NULL,
};
