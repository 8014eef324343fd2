/* SPDX-License-Identifier: MPL-2.0 */
/* The STAR menu as LibreOffice's configuration describes it: Addons.xcu
   merges it into Calc's menu bar after Tools, ProtocolHandler.xcu routes the
   menu's own URLs to the protocol handler (addin/menu). Both from the menu
   table, so the items and the handler's commands cannot drift apart. */
#include "describe.h"
#include "menu_table.h"
#include "xml.h"

#include <stdio.h>

static xmlTextWriterPtr start_data(const char *path, const char *component)
{
    xmlTextWriterPtr w = xml_open(path);
    if (!w)
        return NULL;
    int rc = xml_start(w, "oor:component-data", "xmlns:oor", "http://openoffice.org/2001/registry");
    rc |= xml_attribute(w, "xmlns:xs", "http://www.w3.org/2001/XMLSchema");
    rc |= xml_attribute(w, "oor:name", component);
    rc |= xml_attribute(w, "oor:package", "org.openoffice.Office");
    if (rc) {
        xml_close(w, rc);
        return NULL;
    }
    return w;
}

/* One menu entry; node names are numbered, as the menu keeps their order. */
static int entry(xmlTextWriterPtr w, int number, const char *title, const char *url)
{
    char name[16];
    snprintf(name, sizeof name, "m%02d", number);
    int rc = xml_node(w, name, 1);
    rc |= xml_prop(w, "URL", url ? url : "private:separator", NULL);
    if (title)
        rc |= xml_prop(w, "Title", title, "en-US");
    if (url && title)
        rc |= xml_prop(w, "Target", "_self", NULL);
    return rc;
}

static int write_addons(const char *path)
{
    xmlTextWriterPtr w = start_data(path, "Addons");
    if (!w)
        return 1;
    int rc = xml_node(w, "AddonUI", 0);
    rc |= xml_node(w, "OfficeMenuBarMerging", 0);
    rc |= xml_node(w, STAR_MENU_IMPLEMENTATION, 1);
    rc |= xml_node(w, "S1", 1);
    rc |= xml_prop(w, "MergePoint", ".uno:ToolsMenu", NULL);
    rc |= xml_prop(w, "MergeCommand", "AddAfter", NULL);
    rc |= xml_prop(w, "MergeFallback", "AddPath", NULL);
    rc |= xml_prop(w, "MergeContext", "com.sun.star.sheet.SpreadsheetDocument", NULL);
    rc |= xml_node(w, "MenuItems", 0);
    /* The menu itself: a popup whose URL names it but dispatches nothing. */
    rc |= entry(w, 1, STAR_MENU_TITLE, STAR_MENU_PROTOCOL "menu");
    rc |= xml_node(w, "Submenu", 0);
    int submenu_open = 0, number = 0, inner = 0;
    for (size_t i = 0; i < STAR_MENU_ITEM_COUNT; i++) {
        const star_menu_item *item = &star_menu_items[i];
        if (submenu_open && !item->in_submenu) {
            rc |= xml_end(w) | xml_end(w); /* Submenu, its entry */
            submenu_open = 0;
        }
        if (item->in_submenu) {
            rc |= entry(w, ++inner, item->title, item->url);
            rc |= xml_end(w);
        } else if (item->title && !item->url) {
            rc |= entry(w, ++number, item->title, STAR_MENU_PROTOCOL "submenu");
            rc |= xml_node(w, "Submenu", 0);
            submenu_open = 1;
            inner = 0;
        } else {
            rc |= entry(w, ++number, item->title, item->url);
            rc |= xml_end(w);
        }
    }
    if (submenu_open)
        rc |= xml_end(w) | xml_end(w);
    return xml_close(w, rc); /* the writer closes what is open */
}

static int write_protocol_handler(const char *path)
{
    xmlTextWriterPtr w = start_data(path, "ProtocolHandler");
    if (!w)
        return 1;
    int rc = xml_node(w, "HandlerSet", 0);
    rc |= xml_node(w, STAR_MENU_IMPLEMENTATION, 1);
    rc |= xml_start(w, "prop", "oor:name", "Protocols");
    rc |= xml_attribute(w, "oor:type", "oor:string-list");
    rc |= xmlTextWriterWriteElement(w, BAD_CAST "value", BAD_CAST STAR_MENU_PROTOCOL "*") < 0;
    return xml_close(w, rc);
}

int write_menu(const char *dir)
{
    char addons[1024], handler[1024];
    snprintf(addons, sizeof addons, "%s/Addons.xcu", dir);
    snprintf(handler, sizeof handler, "%s/ProtocolHandler.xcu", dir);
    return write_addons(addons) | write_protocol_handler(handler);
}
