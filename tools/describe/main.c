/* SPDX-License-Identifier: MPL-2.0 */
/* Build-time generator: turns the function table and the menu table into
   the files that describe them.
     describe idl OUT                     the UNO interface (for unoidl-write)
     describe arguments OUT               the arguments' positions by name, for the glue
     describe xcu OUT                     CalcAddIns.xcu: Function Wizard help
     describe components OUT LIB MENULIB  the .components file for the add-in
                                          library LIB and the menu's MENULIB
     describe reference OUT               docs/functions.md, the function reference
     describe menu DIR                    Addons.xcu and ProtocolHandler.xcu: the STAR menu
     describe html DIR                    the HTML help: star.css, the function list
                                          and a page per function
     describe page IN.md OUT.html         a guide as a page of the HTML help, with
                                          the pictures it shows copied beside it */
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
    if (argc == 5 && strcmp(what, "components") == 0)
        return write_components(argv[2], argv[3], argv[4]);
    if (argc == 3 && strcmp(what, "reference") == 0)
        return to_file(argv[2], write_reference);
    if (argc == 3 && strcmp(what, "menu") == 0)
        return write_menu(argv[2]);
    if (argc == 3 && strcmp(what, "html") == 0)
        return write_html(argv[2]);
    if (argc == 4 && strcmp(what, "page") == 0)
        return write_page(argv[2], argv[3]);
    fprintf(stderr, "usage: describe idl|arguments|xcu|reference OUT | components OUT LIBRARY MENU_LIBRARY | "
                    "menu DIR | html DIR | page IN.md OUT.html\n");
    return 2;
}
