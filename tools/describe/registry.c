/* SPDX-License-Identifier: MPL-2.0 */
/* CalcAddIns.xcu (Function Wizard names and help) and the .components file
   (the add-in and the menu's protocol handler);
   libxml2's writer makes them well formed and escaped. */
#include "describe.h"
#include "xml.h"
#include "menu_table.h"

static int write_function(xmlTextWriterPtr w, const star_function *fn)
{
    char cell_name[64];
    star_cell_name(fn, cell_name, sizeof cell_name);
    int rc = xml_node(w, fn->method, 1);
    rc |= xml_prop(w, "DisplayName", cell_name, "en");
    rc |= xml_prop(w, "Description", describe_text(fn->summary), "en");
    rc |= xml_prop(w, "Category", fn->category, NULL);
    rc |= xml_prop(w, "CompatibilityName", cell_name, "en");
    rc |= xml_node(w, "Parameters", 0);
    for (size_t a = 0; a < fn->arg_count; a++) {
        char name[64];
        star_interface_name(&fn->args[a], name, sizeof name);
        rc |= xml_node(w, name, 1);
        rc |= xml_prop(w, "DisplayName", fn->args[a].name, "en");
        rc |= xml_prop(w, "Description", describe_text(fn->args[a].help), "en");
        rc |= xml_end(w);
    }
    rc |= xml_end(w); /* Parameters */
    return rc | xml_end(w);
}

int write_xcu(const char *path)
{
    xmlTextWriterPtr w = xml_open(path);
    if (!w)
        return 1;
    int rc = xml_start(w, "oor:component-data", "xmlns:oor", "http://openoffice.org/2001/registry");
    rc |= xml_attribute(w, "xmlns:xs", "http://www.w3.org/2001/XMLSchema");
    rc |= xml_attribute(w, "oor:name", "CalcAddIns");
    rc |= xml_attribute(w, "oor:package", "org.openoffice.Office");
    rc |= xml_node(w, "AddInInfo", 0);
    rc |= xml_node(w, STAR_SERVICE, 1);
    rc |= xml_node(w, "AddInFunctions", 0);
    for (size_t f = 0; f < STAR_FN_COUNT; f++)
        rc |= write_function(w, &star_functions[f]);
    return xml_close(w, rc);
}

/* One component per library, both in the "uno" environment: the loader
   calls their factories in binary UNO. */
static int component(xmlTextWriterPtr w, const char *library, const char *implementation,
                     const char *const *services, size_t count)
{
    int rc = xml_start(w, "component", "loader", "com.sun.star.loader.SharedLibrary");
    rc |= xml_attribute(w, "environment", "uno");
    rc |= xml_attribute(w, "uri", library);
    rc |= xml_start(w, "implementation", "name", implementation);
    for (size_t s = 0; s < count; s++) {
        rc |= xml_start(w, "service", "name", services[s]);
        rc |= xml_end(w);
    }
    rc |= xml_end(w); /* implementation */
    return rc | xml_end(w);
}

/* The add-in, and the STAR menu's protocol handler beside it. */
int write_components(const char *path, const char *library, const char *menu_library)
{
    static const char *const add_in[] = {STAR_SERVICE, "com.sun.star.sheet.AddIn"};
    static const char *const handler[] = {"com.sun.star.frame.ProtocolHandler"};
    xmlTextWriterPtr w = xml_open(path);
    if (!w)
        return 1;
    int rc = xml_start(w, "components", "xmlns", "http://openoffice.org/2010/uno-components");
    rc |= component(w, library, STAR_IMPLEMENTATION, add_in, 2);
    rc |= component(w, menu_library, STAR_MENU_IMPLEMENTATION, handler, 1);
    return xml_close(w, rc);
}
