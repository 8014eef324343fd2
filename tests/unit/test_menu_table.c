/* SPDX-License-Identifier: MPL-2.0 */
/* The STAR menu's table: which page "Help on this cell's function" opens
   for a formula, which URLs the protocol handler answers, and that every
   item of the menu and every command of the handler belong together. */
#include "unit.h"
#include "menu_table.h"

#include <stdio.h>
#include <string.h>

/* A UTF-16 copy of an ASCII text, as UNO hands strings over. */
static size_t utf16(const char *ascii, uint16_t *out, size_t size)
{
    size_t n = strlen(ascii);
    for (size_t i = 0; i < n && i < size; i++)
        out[i] = (uint16_t)(unsigned char)ascii[i];
    return n < size ? n : size;
}

static const char *method_in(const char *formula)
{
    uint16_t text[256];
    const star_function *fn = star_menu_function_in(text, utf16(formula, text, 256));
    return fn ? fn->method : "";
}

static void the_first_star_function_in_the_formula_is_found(void)
{
    CU_ASSERT_STRING_EQUAL(method_in("=STAR.VFM(A1:A5;B1:B5)"), "vfm");
    CU_ASSERT_STRING_EQUAL(method_in("=1+star.Rank(STAR.VFM(A1;B1))"), "rank");
    CU_ASSERT_STRING_EQUAL(method_in("=IF(A1=\"\";\"\";INDEX(STAR.ALLOCATE(B1:B9;C1:C9;D1);ROW()))"), "allocate");
    CU_ASSERT_STRING_EQUAL(method_in("=SUM(A1:A3)*STAR.GROUPWEIGHTS(X1:Z3)"), "groupweights");
}

static void no_star_function_gives_the_list(void)
{
    CU_ASSERT_STRING_EQUAL(method_in(""), "");
    CU_ASSERT_STRING_EQUAL(method_in("42"), "");
    CU_ASSERT_STRING_EQUAL(method_in("=SUM(A1:A3)"), "");
    CU_ASSERT_STRING_EQUAL(method_in("=\"STAR.VFM(1;2)\""), "");    /* in a string literal */
    CU_ASSERT_STRING_EQUAL(method_in("=\"a\"\"b\"&STAR.RANK(A1)"), "rank"); /* after a doubled quote */
    CU_ASSERT_STRING_EQUAL(method_in("=MYSTAR.VFM(1)"), "");        /* another name ending in STAR */
    CU_ASSERT_STRING_EQUAL(method_in("=STAR.NOSUCH(1)+STAR.VFMX(1)"), "");
    CU_ASSERT_STRING_EQUAL(method_in("=STAR."), "");
    CU_ASSERT_PTR_NULL(star_menu_function_in(NULL, 5));
}

static void every_function_has_a_page_name(void)
{
    char page[128];
    for (size_t f = 0; f < STAR_FN_COUNT; f++) {
        star_menu_function_page(&star_functions[f], page, sizeof page);
        CU_ASSERT_EQUAL(strncmp(page, "star_", 5), 0);
        CU_ASSERT_STRING_EQUAL(page + strlen(page) - 5, ".html");
        uint16_t text[128];
        char formula[128];
        snprintf(formula, sizeof formula, "=STAR.%s()", star_functions[f].method);
        CU_ASSERT_PTR_EQUAL(star_menu_function_in(text, utf16(formula, text, 128)), &star_functions[f]);
    }
}

static const star_menu_command *command(const char *url)
{
    uint16_t text[256];
    return star_menu_command_for(text, utf16(url, text, 256));
}

static void the_handler_answers_only_its_own_urls(void)
{
    CU_ASSERT_PTR_NOT_NULL(command(STAR_MENU_PROTOCOL "cell-help"));
    CU_ASSERT_PTR_NOT_NULL(command("ORG.STAR-METHOD.CALC.MENU:about")); /* schemes ignore case */
    CU_ASSERT_PTR_NULL(command(STAR_MENU_PROTOCOL));
    CU_ASSERT_PTR_NULL(command(STAR_MENU_PROTOCOL "menu"));          /* the menu itself dispatches nothing */
    CU_ASSERT_PTR_NULL(command(STAR_MENU_PROTOCOL "about-more"));
    CU_ASSERT_PTR_NULL(command(".uno:About"));
    CU_ASSERT_PTR_NULL(star_menu_command_for(NULL, 0));
}

/* Every command of ours is an item of the menu, and every item with a URL
   of our protocol names a command. */
static void items_and_commands_belong_together(void)
{
    size_t used[STAR_MENU_COMMAND_COUNT] = {0};
    for (size_t i = 0; i < STAR_MENU_ITEM_COUNT; i++) {
        const star_menu_item *item = &star_menu_items[i];
        if (!item->url || strncmp(item->url, STAR_MENU_PROTOCOL, strlen(STAR_MENU_PROTOCOL)) != 0)
            continue;
        const star_menu_command *c = command(item->url);
        CU_ASSERT_PTR_NOT_NULL(c);
        if (c)
            used[c - star_menu_commands]++;
    }
    for (size_t c = 0; c < STAR_MENU_COMMAND_COUNT; c++) {
        CU_ASSERT_EQUAL(used[c], 1);
        CU_ASSERT_TRUE(star_menu_commands[c].action != STAR_MENU_PAGE || star_menu_commands[c].page);
    }
}

/* Within one menu, no two items share a mnemonic: a shared one only moves
   the highlight, and the item never runs from the keyboard. */
static void mnemonics_are_unique_within_a_menu(void)
{
    char seen[2][128] = {{0}};
    for (size_t i = 0; i < STAR_MENU_ITEM_COUNT; i++) {
        const char *title = star_menu_items[i].title, *mark = title ? strchr(title, '~') : NULL;
        if (!title)
            continue;
        CU_ASSERT_PTR_NOT_NULL(mark);
        if (!mark)
            continue;
        unsigned char key = (unsigned char)(mark[1] | 0x20);
        char *menu = seen[star_menu_items[i].in_submenu];
        CU_ASSERT_PTR_NULL(strchr(menu, key));
        menu[strlen(menu)] = (char)key;
    }
}

CU_TestInfo menu_table_tests[] = {
    {"the first STAR function in the formula is found", the_first_star_function_in_the_formula_is_found},
    {"no STAR function gives the list", no_star_function_gives_the_list},
    {"every function has a page name", every_function_has_a_page_name},
    {"the handler answers only its own URLs", the_handler_answers_only_its_own_urls},
    {"items and commands belong together", items_and_commands_belong_together},
    {"mnemonics are unique within a menu", mnemonics_are_unique_within_a_menu},
    CU_TEST_INFO_NULL,
};
