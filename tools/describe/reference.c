/* SPDX-License-Identifier: MPL-2.0 */
/* What people read: docs/functions.md and the F1 help pages (.xhp, with the
   help.tree that puts them in the contents and bookmarks for the index). */
#include "describe.h"
#include "xml.h"

#include <string.h>

/* "STAR.VFM(benefit; cost [; per])" */
static void signature(const star_function *fn, char *buf, size_t size)
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

static const char *gives(star_result_kind kind)
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

/* When the function gives an error, in words: the shared conventions, each
   argument's rule, then what is particular to the function. */
static void errors_text(const star_function *fn, char *buf, size_t size)
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
        used += (size_t)snprintf(buf + used, size - used, fn->errors ? "; and when %s" : ".", fn->errors);
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
        signature(fn, sig, sizeof sig);
        fprintf(out, "\n<a id=\"%s\"></a>\n## %s\n\n%s\n\n`%s`\n\n", fn->method, name, fn->summary, sig);
        if (fn->arg_count) {
            fputs("| argument | what it is |\n|---|---|\n", out);
            for (size_t a = 0; a < fn->arg_count; a++) {
                fprintf(out, "| `%s`%s | ", fn->args[a].name, fn->args[a].optional ? " (optional)" : "");
                markdown_cell(out, fn->args[a].help);
                fputs(" |\n", out);
            }
            fputs("\n", out);
        }
        char errors[2048];
        errors_text(fn, errors, sizeof errors);
        fprintf(out, "**Gives** %s\n\n**Example** `%s` gives %s.\n\n**Errors** %s\n", gives(fn->result),
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

/* ---- F1 help ---- */

static int paragraph(xmlTextWriterPtr w, const char *role, const char *id, const char *text)
{
    int rc = xml_start(w, "paragraph", "role", role);
    rc |= xml_attribute(w, "id", id);
    rc |= xml_attribute(w, "xml-lang", "en-US");
    rc |= xml_text(w, text);
    return rc | xml_end(w);
}

static int heading(xmlTextWriterPtr w, const char *id, const char *level, const char *text)
{
    int rc = xml_start(w, "paragraph", "role", "heading");
    rc |= xml_attribute(w, "id", id);
    rc |= xml_attribute(w, "xml-lang", "en-US");
    rc |= xml_attribute(w, "level", level);
    rc |= xml_text(w, text);
    return rc | xml_end(w);
}

/* index entries: the function's name, and under "STAR functions" */
static int bookmarks(xmlTextWriterPtr w, const star_function *fn, const char *name)
{
    char id[64], text[128];
    snprintf(id, sizeof id, "bm_star_%s", fn->method);
    int rc = xml_start(w, "bookmark", "xml-lang", "en-US");
    rc |= xml_attribute(w, "branch", "index");
    rc |= xml_attribute(w, "id", id);
    snprintf(text, sizeof text, "%s function", name);
    rc |= xmlTextWriterWriteElement(w, BAD_CAST "bookmark_value", BAD_CAST text) < 0;
    snprintf(text, sizeof text, "STAR functions;%s", name);
    rc |= xmlTextWriterWriteElement(w, BAD_CAST "bookmark_value", BAD_CAST text) < 0;
    return rc | xml_end(w);
}

/* A paragraph holding a link to a related function's page. */
static int help_link(xmlTextWriterPtr w, const char *extension_id, const star_function *fn)
{
    char name[64], href[256], id[64];
    star_cell_name(fn, name, sizeof name);
    snprintf(href, sizeof href, "/%s/star_%s.xhp", extension_id, fn->method);
    snprintf(id, sizeof id, "par_related_%s", fn->method);
    int rc = xml_start(w, "paragraph", "role", "paragraph");
    rc |= xml_attribute(w, "id", id);
    rc |= xml_attribute(w, "xml-lang", "en-US");
    rc |= xml_start(w, "link", "href", href);
    rc |= xml_text(w, name);
    rc |= xml_end(w);
    return rc | xml_end(w);
}

static int help_page(const char *dir, const char *extension_id, const star_function *fn)
{
    char path[1024], name[64], sig[512], file[256], text[2048], id[64];
    star_cell_name(fn, name, sizeof name);
    signature(fn, sig, sizeof sig);
    snprintf(path, sizeof path, "%s/star_%s.xhp", dir, fn->method);
    xmlTextWriterPtr w = xml_open(path);
    if (!w)
        return 1;
    int rc = xml_start(w, "helpdocument", "version", "1.0");
    rc |= xmlTextWriterStartElement(w, BAD_CAST "meta") < 0;
    snprintf(id, sizeof id, "star_%s", fn->method);
    rc |= xml_start(w, "topic", "id", id);
    rc |= xml_attribute(w, "indexer", "include");
    rc |= xml_attribute(w, "status", "PUBLISH");
    rc |= xml_start(w, "title", "id", "tit");
    rc |= xml_attribute(w, "xml-lang", "en-US");
    rc |= xml_text(w, name);
    rc |= xml_end(w);
    snprintf(file, sizeof file, "/%s/star_%s.xhp", extension_id, fn->method);
    rc |= xmlTextWriterWriteElement(w, BAD_CAST "filename", BAD_CAST file) < 0;
    rc |= xml_end(w); /* topic */
    rc |= xml_end(w); /* meta */
    rc |= xmlTextWriterStartElement(w, BAD_CAST "body") < 0;
    rc |= bookmarks(w, fn, name);
    rc |= heading(w, "hd_name", "1", name);
    rc |= paragraph(w, "paragraph", "par_summary", fn->summary);
    rc |= heading(w, "hd_syntax", "2", "Syntax");
    rc |= paragraph(w, "code", "par_syntax", sig);
    for (size_t a = 0; a < fn->arg_count; a++) {
        snprintf(id, sizeof id, "par_arg_%zu", a);
        snprintf(text, sizeof text, "%s%s: %s", fn->args[a].name, fn->args[a].optional ? " (optional)" : "",
                 fn->args[a].help);
        rc |= paragraph(w, "paragraph", id, text);
    }
    snprintf(text, sizeof text, "Gives %s", gives(fn->result));
    rc |= paragraph(w, "paragraph", "par_gives", text);
    rc |= heading(w, "hd_example", "2", "Example");
    snprintf(text, sizeof text, "%s gives %s.", fn->example, fn->gives);
    rc |= paragraph(w, "paragraph", "par_example", text);
    rc |= heading(w, "hd_errors", "2", "Errors");
    errors_text(fn, text, sizeof text);
    rc |= paragraph(w, "paragraph", "par_errors", text);
    if (fn->result != STAR_RESULT_TEXT && fn->arg_count)
        rc |= paragraph(w, "paragraph", "par_check",
                        "STAR.CHECK says in words what is wrong with the intervention inputs, naming the row.");
    rc |= heading(w, "hd_related", "2", "Related functions");
    const star_function *related[STAR_RELATED_MAX];
    size_t count = star_related(fn, related, STAR_RELATED_MAX);
    for (size_t r = 0; r < count && r < STAR_RELATED_MAX; r++)
        if (related[r])
            rc |= help_link(w, extension_id, related[r]);
    return xml_close(w, rc);
}

/* help.tree: a "STAR functions" node in Calc's part of the contents. */
static int help_tree(const char *dir, const char *extension_id)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/../help.tree", dir);
    xmlTextWriterPtr w = xml_open(path);
    if (!w)
        return 1;
    int rc = xml_start(w, "tree_view", "version", "24-Aug-2004");
    rc |= xml_start(w, "help_section", "application", "scalc");
    rc |= xml_attribute(w, "id", "star");
    rc |= xml_attribute(w, "title", "STAR functions");
    for (size_t f = 0; f < STAR_FN_COUNT; f++) {
        char id[256], name[64];
        star_cell_name(&star_functions[f], name, sizeof name);
        snprintf(id, sizeof id, "%s/star_%s.xhp", extension_id, star_functions[f].method);
        rc |= xml_start(w, "topic", "id", id);
        rc |= xml_text(w, name);
        rc |= xml_end(w);
    }
    return xml_close(w, rc);
}

/* dir is help/en-US/EXTENSION_ID; help.tree goes to help/en-US. */
int write_help(const char *dir, const char *extension_id)
{
    int rc = help_tree(dir, extension_id);
    for (size_t f = 0; f < STAR_FN_COUNT; f++)
        rc |= help_page(dir, extension_id, &star_functions[f]);
    return rc;
}
