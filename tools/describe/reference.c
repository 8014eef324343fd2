/* SPDX-License-Identifier: MPL-2.0 */
/* What people read: docs/functions.md, and the words the HTML help pages
   share with it (html.c). */
#include "describe.h"

#include <stdlib.h>
#include <string.h>

void describe_signature(const star_function *fn, char *buf, size_t size)
{
    char name[64];
    star_cell_name(fn, name, sizeof name);
    size_t used = (size_t)snprintf(buf, size, "%s(", name);
    for (size_t a = 0; a < fn->arg_count && used < size; a++) {
        const star_arg *arg = &fn->args[a];
        bool opens = arg->optional && (a == 0 || !fn->args[a - 1].optional);
        used += (size_t)snprintf(buf + used, size - used, "%s%s%s", opens ? " [" : "",
                                 a ? "; " : "", arg->name);
    }
    if (used < size)
        snprintf(buf + used, size - used, "%s)", fn->arg_count && fn->args[fn->arg_count - 1].optional ? "]" : "");
}

const char *describe_gives(star_result_kind kind)
{
    switch (kind) {
    case STAR_RESULT_ROWS:
        return "one value per intervention, in a column (a row when the per-row input is a row); "
               "blank rows give empty cells (on a whole column such as A:A, down to the last filled "
               "row). Enter it as an array formula over the rows, or one row at a time with one-cell "
               "ranges (A5:A5).";
    case STAR_RESULT_ARRAY: return "a table; enter it as an array formula over enough cells.";
    case STAR_RESULT_NUMBER: return "one value.";
    case STAR_RESULT_TEXT: break;
    }
    return "text.";
}

const char *describe_text(const char *text)
{
    static char buffers[4][2048];
    static size_t next;
    char *out = buffers[next++ % 4];
    if (!star_text(text, out, sizeof buffers[0])) {
        fprintf(stderr, "describe: a text names a limit that does not exist, or is too long: %s\n", text);
        exit(1);
    }
    return out;
}

void describe_errors(const star_function *fn, char *buf, size_t size)
{
    if (fn->arg_count == 0) {
        snprintf(buf, size, "Never gives an error.");
        return;
    }
    if (fn->result == STAR_RESULT_TEXT) {
        snprintf(buf, size, "Never raises an error: what is wrong with the inputs comes back as words in the "
                            "cell. LibreOffice shows its own error without calling it when an argument holds "
                            "an error value, or when a formula holds a number below 2.2E-308 other than 0 "
                            "(write that into a cell instead).");
        return;
    }
    size_t used = (size_t)snprintf(buf, size, "Err:502 when a cell holds text, a present row has a blank "
                                              "cell, or ranges differ in shape or length");
    bool ruled = false;
    for (size_t a = 0; a < fn->arg_count && used < size; a++) {
        const star_arg *arg = &fn->args[a];
        if (arg->rule == STAR_RULE_NUMBER || arg->shape == STAR_SHAPE_FLAG)
            continue;
        used += (size_t)snprintf(buf + used, size - used, "%s%s %s", ruled ? "; " : "; when a value breaks its rule (",
                                 arg->name, star_rule_text(arg->rule));
        ruled = true;
    }
    if (used < size && ruled)
        used += (size_t)snprintf(buf + used, size - used, ")");
    if (used < size)
        used += (size_t)snprintf(buf + used, size - used, fn->errors ? "; and when %s" : ".",
                                 fn->errors ? describe_text(fn->errors) : "");
    if (used < size)
        snprintf(buf + used, size - used, " Never a wrong number.");
}

static void markdown_cell(FILE *out, const char *text)
{
    for (const char *p = text; *p; p++)
        fputs(*p == '|' ? "\\|" : (char[]){*p, 0}, out);
}

int write_reference(FILE *out)
{
    fprintf(out, "# STAR function reference\n\n"
                 "Generated from `addin/functions/functions.c` by `tools/describe`; edit the table, "
                 "not this page (a test fails when it is stale). The conventions every function "
                 "shares (shapes, spare rows, rules, ties, limits) are in "
                 "[conventions.md](conventions.md), and the words that explain an error in "
                 "[errors.md](errors.md).\n\n"
                 "In cells the separator is `;`. Bad input gives `Err:502`, never a wrong number.\n\n"
                 "**One row at a time.** A formula filled down a table, one intervention a row, sees "
                 "blanks only through one-cell ranges: `=STAR.BENEFIT(A5:A5; B5:B5)` leaves a spare "
                 "row's cell empty and gives `Err:502` for a row that is only partly filled. A plain "
                 "reference `A5` hands STAR the cell's value, and a blank cell's value is 0: "
                 "`=STAR.BENEFIT(A5; B5)` gives 0 on a spare row. No argument type lets an add-in see "
                 "that blank and still take inline arrays and nested calls.\n\n");
    for (size_t f = 0; f < STAR_FN_COUNT; f++) {
        char name[64];
        star_cell_name(&star_functions[f], name, sizeof name);
        fprintf(out, "%s[%s](#%s)", f ? " · " : "", name, star_functions[f].method);
    }
    fputs("\n", out);
    for (size_t f = 0; f < STAR_FN_COUNT; f++) {
        const star_function *fn = &star_functions[f];
        char name[64], sig[512];
        star_cell_name(fn, name, sizeof name);
        describe_signature(fn, sig, sizeof sig);
        fprintf(out, "\n<a id=\"%s\"></a>\n## %s\n\n%s\n\n`%s`\n\n", fn->method, name, describe_text(fn->summary),
                sig);
        if (fn->arg_count) {
            fputs("| argument | what it is |\n|---|---|\n", out);
            for (size_t a = 0; a < fn->arg_count; a++) {
                fprintf(out, "| `%s`%s | ", fn->args[a].name, fn->args[a].optional ? " (optional)" : "");
                markdown_cell(out, describe_text(fn->args[a].help));
                fputs(" |\n", out);
            }
            fputs("\n", out);
        }
        char errors[2048];
        describe_errors(fn, errors, sizeof errors);
        fprintf(out, "**Gives** %s\n\n**Example** `%s` gives %s.\n\n**Errors** %s\n", describe_gives(fn->result),
                fn->example, fn->gives, errors);
        const star_function *related[STAR_RELATED_MAX];
        size_t count = star_related(fn, related, STAR_RELATED_MAX);
        fputs("\n**Related**", out);
        for (size_t r = 0; r < count && r < STAR_RELATED_MAX; r++) {
            if (!related[r])
                continue;
            star_cell_name(related[r], name, sizeof name);
            fprintf(out, "%s [%s](#%s)", r ? "," : "", name, related[r]->method);
        }
        fputs("\n", out);
    }
    return ferror(out) ? 1 : 0;
}
