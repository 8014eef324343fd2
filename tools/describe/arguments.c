/* SPDX-License-Identifier: MPL-2.0 */
/* The position of every argument by name, for the glue: STAR_ALLOCATE_BUDGET
   rather than 2, so a handler reads its arguments by the names the table
   gives them and cannot drift from it. */
#include "describe.h"

#include <ctype.h>

static void upper(FILE *out, const char *name)
{
    for (const char *p = name; *p; p++)
        fputc(toupper((unsigned char)*p), out);
}

int write_arguments(FILE *out)
{
    fprintf(out, "/* Generated from addin/functions/functions.c by tools/describe/: the\n"
                 "   position of each argument of each function, by name. */\n"
                 "#ifndef STAR_ARGUMENTS_H\n#define STAR_ARGUMENTS_H\n");
    for (size_t f = 0; f < STAR_FN_COUNT; f++) {
        const star_function *fn = &star_functions[f];
        if (!fn->arg_count)
            continue;
        fprintf(out, "\nenum star_%s_argument {\n", fn->method);
        for (size_t a = 0; a < fn->arg_count; a++) {
            fputs("    STAR_", out);
            upper(out, fn->method);
            fputc('_', out);
            upper(out, fn->args[a].name);
            fprintf(out, " = %zu,\n", a);
        }
        fputs("};\n", out);
    }
    fputs("\n#endif\n", out);
    return ferror(out) ? 1 : 0;
}
