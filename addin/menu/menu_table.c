/* SPDX-License-Identifier: MPL-2.0 */
#include "menu_table.h"

#include <stdio.h>
#include <string.h>

#define COMMAND(name) STAR_MENU_PROTOCOL name

const star_menu_command star_menu_commands[STAR_MENU_COMMAND_COUNT] = {
    {"cell-help", STAR_MENU_CELL_HELP, NULL},
    {"functions", STAR_MENU_PAGE, STAR_HELP_FUNCTIONS},
    {"guide", STAR_MENU_PAGE, STAR_HELP_GUIDE},
    {"facilitation", STAR_MENU_PAGE, STAR_HELP_FACILITATION},
    {"about", STAR_MENU_ABOUT, NULL},
};

/* The workbooks open through LibreOffice's own New-from-template command,
   which finds a template by its category (the folder, STAR) and its title
   (dc:title) and opens it as a new untitled document: no code of ours. The
   package test checks that both titles are those of the shipped templates. */
const star_menu_item star_menu_items[STAR_MENU_ITEM_COUNT] = {
    {"~New STAR workbook", ".uno:NewDoc?Region:string=STAR&Name:string=STAR%20workbook", false},
    {"Open the ~Birmingham and Solihull example",
     ".uno:NewDoc?Region:string=STAR&Name:string=STAR%20example%3A%20Birmingham%20and%20Solihull%20maternity", false},
    {NULL, NULL, false},
    {"~Help on this cell's function", COMMAND("cell-help"), false},
    {"~STAR help", NULL, false},
    {"~Function reference", COMMAND("functions"), true},
    {"~Guide for finance leads", COMMAND("guide"), true},
    {"~Running a decision conference", COMMAND("facilitation"), true},
    {NULL, NULL, false},
    {"~About STAR", COMMAND("about"), false},
};

/* Whether the UTF-16 text equals the ASCII text, ignoring ASCII case when asked. */
static bool same(const uint16_t *text, size_t length, const char *ascii, bool any_case)
{
    if (strlen(ascii) != length)
        return false;
    for (size_t i = 0; i < length; i++) {
        uint16_t c = text[i], a = (uint16_t)(unsigned char)ascii[i];
        if (any_case && c >= 'A' && c <= 'Z')
            c = (uint16_t)(c - 'A' + 'a');
        if (any_case && a >= 'A' && a <= 'Z')
            a = (uint16_t)(a - 'A' + 'a');
        if (c != a)
            return false;
    }
    return true;
}

const star_menu_command *star_menu_command_for(const uint16_t *url, size_t length)
{
    size_t prefix = strlen(STAR_MENU_PROTOCOL);
    if (!url || length <= prefix || !same(url, prefix, STAR_MENU_PROTOCOL, true))
        return NULL;
    for (size_t c = 0; c < STAR_MENU_COMMAND_COUNT; c++)
        if (same(url + prefix, length - prefix, star_menu_commands[c].name, false))
            return &star_menu_commands[c];
    return NULL;
}

static bool name_char(uint16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

const star_function *star_menu_function_in(const uint16_t *formula, size_t length)
{
    static const char service[] = STAR_SERVICE ".";
    size_t prefix = sizeof service - 1;
    bool quoted = false;
    for (size_t i = 0; formula && i < length; i++) {
        if (formula[i] == '"') {
            quoted = !quoted; /* a doubled quote inside a literal toggles twice */
            continue;
        }
        if (quoted || i + prefix > length || (i > 0 && name_char(formula[i - 1])) ||
            !same(formula + i, prefix, service, true))
            continue;
        size_t start = i + prefix, end = start;
        while (end < length && name_char(formula[end]) && formula[end] != '.')
            end++;
        for (size_t f = 0; f < STAR_FN_COUNT; f++)
            if (same(formula + start, end - start, star_functions[f].method, true))
                return &star_functions[f];
        i = end - 1;
    }
    return NULL;
}

void star_menu_function_page(const star_function *fn, char *buf, size_t size)
{
    if (size)
        snprintf(buf, size, "star_%s.html", fn->method);
}
