/* SPDX-License-Identifier: MPL-2.0 */
/* The offline HTML help that the STAR menu opens in the user's browser:
   a page per function and the function list, from the function table (as
   the Function Wizard text and docs/functions.md), and the guides, from
   their Markdown in docs/ (cmark-gfm). Every page shares star.css and a bar
   of links to the others; links between documents are rewritten to the
   pages of the package, and the pictures a page shows are copied beside it,
   so the help works offline and every link lands on a page that ships. */
#include "describe.h"
#include "menu_table.h"
#include "star_version.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char style[] =
    "body { font-family: sans-serif; max-width: 52em; margin: 0 auto; padding: 0 1em 2em; "
    "line-height: 1.45; color: #1d1d1d; }\n"
    "nav { border-bottom: 3px solid #005eb8; padding: 0.8em 0; margin-bottom: 1em; }\n"
    "nav a { margin-right: 1.2em; font-weight: bold; }\n"
    "a { color: #005eb8; }\n"
    "h1 { color: #003087; }\n"
    "code, pre { background: #f0f4f5; font-family: monospace; }\n"
    "pre { padding: 0.6em; overflow-x: auto; }\n"
    "table { border-collapse: collapse; }\n"
    "td, th { border: 1px solid #c8d1d3; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }\n"
    "dt { font-family: monospace; font-weight: bold; margin-top: 0.5em; }\n"
    "img { max-width: 100%; border: 1px solid #c8d1d3; }\n"
    "footer { margin-top: 3em; font-size: 0.85em; color: #555; }\n";

/* ---- writing HTML ---- */

static void escaped(FILE *out, const char *text)
{
    for (const char *p = text; *p; p++) {
        switch (*p) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        default: fputc(*p, out); break;
        }
    }
}

static void element(FILE *out, const char *tag, const char *text)
{
    fprintf(out, "<%s>", tag);
    escaped(out, text);
    fprintf(out, "</%s>\n", tag);
}

static FILE *start_page(const char *dir, const char *file, const char *title)
{
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *out = fopen(path, "w");
    if (!out)
        return NULL;
    fputs("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>", out);
    escaped(out, title);
    fputs(" | STAR help</title>\n<link rel=\"stylesheet\" href=\"star.css\">\n</head>\n<body>\n<nav>"
          "<a href=\"" STAR_HELP_FUNCTIONS "\">Functions</a>"
          "<a href=\"" STAR_HELP_GUIDE "\">Guide</a>"
          "<a href=\"" STAR_HELP_FACILITATION "\">Decision conference</a>"
          "<a href=\"" STAR_HELP_ERRORS "\">Errors</a></nav>\n<main>\n",
          out);
    return out;
}

static int end_page(FILE *out)
{
    fputs("</main>\n<footer>STAR for LibreOffice " STAR_VERSION_STRING
          ". Mozilla Public License 2.0 (MPL-2.0).</footer>\n</body>\n</html>\n",
          out);
    int rc = ferror(out) ? 1 : 0;
    return fclose(out) ? 1 : rc;
}

static void function_link(FILE *out, const star_function *fn)
{
    char name[64], page[128];
    star_cell_name(fn, name, sizeof name);
    star_menu_function_page(fn, page, sizeof page);
    fprintf(out, "<a href=\"%s\">%s</a>", page, name);
}

/* ---- the function pages ---- */

static int function_page(const char *dir, const star_function *fn)
{
    char name[64], page[128], sig[512], errors[2048];
    star_cell_name(fn, name, sizeof name);
    star_menu_function_page(fn, page, sizeof page);
    FILE *out = start_page(dir, page, name);
    if (!out)
        return 1;
    element(out, "h1", name);
    element(out, "p", describe_text(fn->summary));
    element(out, "h2", "Syntax");
    describe_signature(fn, sig, sizeof sig);
    fputs("<pre><code>", out);
    escaped(out, sig);
    fputs("</code></pre>\n", out);
    if (fn->arg_count) {
        fputs("<dl>\n", out);
        for (size_t a = 0; a < fn->arg_count; a++) {
            fputs("<dt>", out);
            escaped(out, fn->args[a].name);
            fprintf(out, "%s</dt><dd>", fn->args[a].optional ? " (optional)" : "");
            escaped(out, describe_text(fn->args[a].help));
            fputs("</dd>\n", out);
        }
        fputs("</dl>\n", out);
    }
    fputs("<p><strong>Gives</strong> ", out);
    escaped(out, describe_gives(fn->result));
    fputs("</p>\n", out);
    element(out, "h2", "Example");
    fputs("<p><code>", out);
    escaped(out, fn->example);
    fputs("</code> gives ", out);
    escaped(out, fn->gives);
    fputs(".</p>\n", out);
    element(out, "h2", "Errors");
    describe_errors(fn, errors, sizeof errors);
    element(out, "p", errors);
    if (fn->result != STAR_RESULT_TEXT && fn->arg_count)
        fputs("<p><a href=\"star_check.html\">STAR.CHECK</a> says in words what is wrong with the "
              "intervention inputs, naming the row; <a href=\"" STAR_HELP_ERRORS "\">errors</a> lists "
              "the rules every function shares.</p>\n",
              out);
    element(out, "h2", "Related functions");
    const star_function *related[STAR_RELATED_MAX];
    size_t count = star_related(fn, related, STAR_RELATED_MAX);
    fputs("<p>", out);
    for (size_t r = 0, shown = 0; r < count && r < STAR_RELATED_MAX; r++) {
        if (!related[r])
            continue;
        fputs(shown++ ? ", " : "", out);
        function_link(out, related[r]);
    }
    fputs("</p>\n", out);
    return end_page(out);
}

static int function_list(const char *dir)
{
    FILE *out = start_page(dir, STAR_HELP_FUNCTIONS, "STAR functions");
    if (!out)
        return 1;
    element(out, "h1", "STAR functions");
    fputs("<p>Every function of the STAR extension, with what it computes. In Calc they are in the "
          "Function Wizard (<em>Insert &gt; Function</em>, category <em>Add-In</em>); in cells the "
          "separator is <code>;</code>. Bad input gives <code>Err:502</code>, never a wrong number. "
          "<em>STAR &gt; Help on this cell's function</em> opens the page of the function in the current "
          "cell.</p>\n<table>\n<tr><th>Function</th><th>What it gives</th></tr>\n",
          out);
    for (size_t f = 0; f < STAR_FN_COUNT; f++) {
        fputs("<tr><td>", out);
        function_link(out, &star_functions[f]);
        fputs("</td><td>", out);
        escaped(out, describe_text(star_functions[f].summary));
        fputs("</td></tr>\n", out);
    }
    fputs("</table>\n", out);
    return end_page(out);
}

static int write_style(const char *dir)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/star.css", dir);
    FILE *out = fopen(path, "w");
    if (!out)
        return 1;
    fputs(style, out);
    return fclose(out) ? 1 : 0;
}

int write_html(const char *dir)
{
    int rc = write_style(dir) | function_list(dir);
    for (size_t f = 0; f < STAR_FN_COUNT; f++)
        rc |= function_page(dir, &star_functions[f]);
    return rc;
}

/* ---- the guides, from Markdown ---- */

/* The page of the package a link to another document becomes ("" to drop
   the link and keep its words), or NULL to leave it as it is. */
static const char *package_page(const char *url, char *buf, size_t size)
{
    static const struct { const char *doc, *page; } docs[] = {
        {"guide.md", STAR_HELP_GUIDE},
        {"facilitation.md", STAR_HELP_FACILITATION},
        {"errors.md", STAR_HELP_ERRORS},
        {"functions.md", STAR_HELP_FUNCTIONS},
    };
    if (strstr(url, "://") || strncmp(url, "mailto:", 7) == 0 || url[0] == '#')
        return NULL;
    size_t length = strcspn(url, "#");
    const char *anchor = url[length] == '#' ? url + length + 1 : NULL;
    if (length < 3 || strncmp(url + length - 3, ".md", 3) != 0)
        return NULL;
    if (length == strlen("functions.md") && strncmp(url, "functions.md", length) == 0 && anchor) {
        for (size_t f = 0; f < STAR_FN_COUNT; f++) {
            if (strcmp(star_functions[f].method, anchor) == 0) {
                star_menu_function_page(&star_functions[f], buf, size);
                return buf;
            }
        }
    }
    for (size_t d = 0; d < sizeof docs / sizeof docs[0]; d++) {
        if (strlen(docs[d].doc) == length && strncmp(url, docs[d].doc, length) == 0) {
            snprintf(buf, size, "%s%s%s", docs[d].page, anchor ? "#" : "", anchor ? anchor : "");
            return buf;
        }
    }
    return ""; /* a document for developers, not shipped: its words stay */
}

static int make_parents(const char *path)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *p = buf + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(buf, 0755) != 0 && errno != EEXIST)
            return 1;
        *p = '/';
    }
    return 0;
}

static int copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb");
    if (!in) {
        fprintf(stderr, "describe: the page shows %s, which is missing\n", from);
        return 1;
    }
    FILE *out = make_parents(to) ? NULL : fopen(to, "wb");
    int rc = out ? 0 : 1;
    char chunk[65536];
    size_t got;
    while (out && (got = fread(chunk, 1, sizeof chunk, in)) > 0)
        rc |= fwrite(chunk, 1, got, out) != got;
    rc |= ferror(in) != 0;
    fclose(in);
    if (out)
        rc |= fclose(out) != 0;
    return rc;
}

/* Rewrites links to documents, and copies each picture the page shows from
   beside the Markdown to beside the page, at the same relative path. */
static int rewrite(cmark_node *document, const char *source_dir, const char *page_dir)
{
    int rc = 0;
    cmark_iter *iter = cmark_iter_new(document);
    cmark_event_type event;
    cmark_node *unlink_later[256];
    size_t unlinks = 0;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        const char *url = cmark_node_get_url(node);
        if (cmark_node_get_type(node) == CMARK_NODE_LINK && url) {
            char page[256];
            const char *target = package_page(url, page, sizeof page);
            if (target && *target)
                cmark_node_set_url(node, target);
            else if (target && unlinks < sizeof unlink_later / sizeof unlink_later[0])
                unlink_later[unlinks++] = node;
        } else if (cmark_node_get_type(node) == CMARK_NODE_IMAGE && url && !strstr(url, "://")) {
            char from[2048], to[2048];
            snprintf(from, sizeof from, "%s/%s", source_dir, url);
            snprintf(to, sizeof to, "%s/%s", page_dir, url);
            rc |= copy_file(from, to);
        }
    }
    cmark_iter_free(iter);
    /* A link to a document that does not ship becomes its words. */
    for (size_t i = 0; i < unlinks; i++) {
        cmark_node *link = unlink_later[i], *child;
        while ((child = cmark_node_first_child(link)) != NULL)
            cmark_node_insert_before(link, child);
        cmark_node_free(link);
    }
    return rc;
}

static char *read_all(const char *path, size_t *size)
{
    FILE *in = fopen(path, "rb");
    if (!in)
        return NULL;
    size_t capacity = 1 << 16, used = 0, got;
    char *text = malloc(capacity);
    while (text && (got = fread(text + used, 1, capacity - used, in)) > 0) {
        used += got;
        if (used == capacity) {
            char *bigger = realloc(text, capacity *= 2);
            if (!bigger)
                free(text);
            text = bigger;
        }
    }
    fclose(in);
    *size = used;
    return text;
}

static void first_heading(cmark_node *document, char *title, size_t size)
{
    snprintf(title, size, "STAR");
    for (cmark_node *node = cmark_node_first_child(document); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) != CMARK_NODE_HEADING || cmark_node_get_heading_level(node) != 1)
            continue;
        char *text = cmark_render_plaintext(node, CMARK_OPT_DEFAULT, 0);
        snprintf(title, size, "%s", text);
        title[strcspn(title, "\n")] = '\0';
        free(text);
        return;
    }
}

int write_page(const char *markdown, const char *page)
{
    size_t size = 0;
    char *text = read_all(markdown, &size);
    if (!text)
        return 1;
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    cmark_syntax_extension *table = cmark_find_syntax_extension("table");
    if (table)
        cmark_parser_attach_syntax_extension(parser, table);
    cmark_parser_feed(parser, text, size);
    cmark_node *document = cmark_parser_finish(parser);
    free(text);

    char source_dir[1024], page_dir[1024], file[256], title[256];
    snprintf(source_dir, sizeof source_dir, "%s", markdown);
    snprintf(page_dir, sizeof page_dir, "%s", page);
    char *slash = strrchr(source_dir, '/');
    snprintf(source_dir, sizeof source_dir, "%.*s", slash ? (int)(slash - source_dir) : 1, slash ? markdown : ".");
    slash = strrchr(page_dir, '/');
    snprintf(file, sizeof file, "%s", slash ? slash + 1 : page);
    if (slash)
        *slash = '\0';
    else
        snprintf(page_dir, sizeof page_dir, ".");

    int rc = rewrite(document, source_dir, page_dir);
    first_heading(document, title, sizeof title);
    char *body = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
    FILE *out = start_page(page_dir, file, title);
    if (out) {
        fputs(body, out);
        rc |= end_page(out);
    } else {
        rc = 1;
    }
    free(body);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return rc;
}
