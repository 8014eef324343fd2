/* SPDX-License-Identifier: MPL-2.0 */
/* Build-time generator: turns the function table into the files that
   describe the functions.
     describe idl OUT                the UNO interface (for unoidl-write)
     describe arguments OUT          the arguments' positions by name, for the glue
     describe xcu OUT                CalcAddIns.xcu: Function Wizard help
     describe components OUT LIB     the .components file for library LIB
     describe reference OUT          docs/functions.md, the function reference
     describe help DIR EXTENSION_ID  the F1 help pages and their tree */
#include "describe.h"

#include <string.h>

static int to_file(const char *path, int (*write)(FILE *))
{
    FILE *out = fopen(path, "w");
    if (!out)
        return 1;
    int rc = write(out);
    return fclose(out) ? 1 : rc;
}

int main(int argc, char **argv)
{
    const char *what = argc > 1 ? argv[1] : "";
    if (argc == 3 && strcmp(what, "idl") == 0)
        return to_file(argv[2], write_idl);
    if (argc == 3 && strcmp(what, "arguments") == 0)
        return to_file(argv[2], write_arguments);
    if (argc == 3 && strcmp(what, "xcu") == 0)
        return write_xcu(argv[2]);
    if (argc == 4 && strcmp(what, "components") == 0)
        return write_components(argv[2], argv[3]);
    if (argc == 3 && strcmp(what, "reference") == 0)
        return to_file(argv[2], write_reference);
    if (argc == 4 && strcmp(what, "help") == 0)
        return write_help(argv[2], argv[3]);
    fprintf(stderr, "usage: describe idl|arguments|xcu|reference OUT | components OUT LIBRARY | help DIR EXTENSION_ID\n");
    return 2;
}
