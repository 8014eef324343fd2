/* SPDX-License-Identifier: MPL-2.0 */
/* The STAR menu in Calc's menu bar: its items, the commands of the
   extension's own protocol that some of them dispatch, and where the HTML
   help pages live. One table serves the build (tools/describe writes
   Addons.xcu, ProtocolHandler.xcu and the help pages from it) and the
   protocol handler (menu.c), so menu, handler and pages cannot drift apart.
   Plain C: no LibreOffice header, so the unit tests and the generator use it
   as it is. */
#ifndef STAR_MENU_TABLE_H
#define STAR_MENU_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "functions.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The protocol handler: its implementation, and the URL scheme it serves
   (ProtocolHandler.xcu routes every URL of the scheme to it). */
#define STAR_MENU_IMPLEMENTATION "star.StarMenu"
#define STAR_MENU_PROTOCOL "org.star-method.calc.menu:"

/* The folder of the package that holds the HTML help, and its pages that
   are not a function's. */
#define STAR_HELP_FOLDER "help"
#define STAR_HELP_FUNCTIONS "functions.html" /* every function, one line each */
#define STAR_HELP_GUIDE "guide.html"
#define STAR_HELP_FACILITATION "facilitation.html"
#define STAR_HELP_ERRORS "errors.html"

/* What a command of the protocol does. */
typedef enum star_menu_action {
    STAR_MENU_CELL_HELP, /* the page of the first STAR function in the current cell */
    STAR_MENU_PAGE,      /* a fixed help page */
    STAR_MENU_ABOUT,     /* version, licence and source, in a message box */
} star_menu_action;

typedef struct star_menu_command {
    const char *name;    /* the URL is STAR_MENU_PROTOCOL name */
    star_menu_action action;
    const char *page;    /* STAR_MENU_PAGE: the page in STAR_HELP_FOLDER */
} star_menu_command;

#define STAR_MENU_COMMAND_COUNT 5
extern const star_menu_command star_menu_commands[STAR_MENU_COMMAND_COUNT];

/* One entry of the menu. A separator has no title. An entry with a title
   and no URL opens a submenu holding the entries after it that are marked
   in_submenu. */
typedef struct star_menu_item {
    const char *title;   /* ~ marks the mnemonic */
    const char *url;     /* what it dispatches; a command of our protocol,
                            or a LibreOffice command that needs no code */
    bool in_submenu;
} star_menu_item;

#define STAR_MENU_TITLE "ST~AR"
#define STAR_MENU_ITEM_COUNT 10
extern const star_menu_item star_menu_items[STAR_MENU_ITEM_COUNT];

/* The command a URL names (UTF-16, as UNO hands it over): NULL when it is
   not STAR_MENU_PROTOCOL followed by a command's name. */
const star_menu_command *star_menu_command_for(const uint16_t *url, size_t length);

/* The function whose page "Help on this cell's function" opens for a cell
   holding this formula (UTF-16): the first call of a STAR function outside
   a string literal, whatever the case of its name. NULL when there is none,
   and the function list is shown instead. */
const star_function *star_menu_function_in(const uint16_t *formula, size_t length);

/* "star_vfm.html": the name of a function's page in STAR_HELP_FOLDER.
   Writes at most size bytes including the terminating zero. */
void star_menu_function_page(const star_function *fn, char *buf, size_t size);

#ifdef __cplusplus
}
#endif
#endif
