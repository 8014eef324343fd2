/* SPDX-License-Identifier: MPL-2.0 */
/* The UNO interface the type library is compiled from. */
#include "describe.h"

static const char *idl_result_type(star_result_kind kind)
{
    switch (kind) {
    case STAR_RESULT_NUMBER: return "double";
    case STAR_RESULT_TEXT: return "string";
    case STAR_RESULT_ROWS:
    case STAR_RESULT_ARRAY: break;
    }
    /* A table: sequence< sequence< double > > when every cell has a number,
       sequence< sequence< any > > when some are empty. Calc takes either
       from an any; numbers alone cost it and the bridge far less to pass. */
    return "any";
}

/* Required arguments are ranges (so blank, text and number stay apart);
   Calc treats an `any` parameter as optional. */
int write_idl(FILE *out)
{
    fprintf(out, "/* Generated from addin/functions/functions.c by tools/describe/. */\n"
                 "#include <com/sun/star/uno/XInterface.idl>\n\n"
                 "module " STAR_INTERFACE_MODULE " {\n"
                 "interface " STAR_INTERFACE_NAME " : com::sun::star::uno::XInterface\n{\n");
    for (size_t f = 0; f < STAR_FN_COUNT; f++) {
        const star_function *fn = &star_functions[f];
        fprintf(out, "    %s %s(", idl_result_type(fn->result), fn->method);
        for (size_t a = 0; a < fn->arg_count; a++) {
            const star_arg *arg = &fn->args[a];
            char name[64];
            star_interface_name(arg, name, sizeof name);
            fprintf(out, "%s[in] %s %s", a ? ", " : "",
                    arg->optional ? "any" : "sequence< sequence< any > >", name);
        }
        fprintf(out, ");\n");
    }
    fprintf(out, "};\n};\n");
    return ferror(out) ? 1 : 0;
}

