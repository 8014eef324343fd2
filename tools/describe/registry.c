/* SPDX-License-Identifier: MPL-2.0 */
/* CalcAddIns.xcu (Function Wizard names and help) and the .components file;
   libxml2's writer makes them well formed and escaped. */
#include "describe.h"

#include <libxml/xmlwriter.h>

static int prop(xmlTextWriterPtr w, const char *name, const char *value, int localised)
{
    int rc = xmlTextWriterStartElement(w, BAD_CAST "prop");
    rc |= xmlTextWriterWriteAttribute(w, BAD_CAST "oor:name", BAD_CAST name);
    rc |= xmlTextWriterStartElement(w, BAD_CAST "value");
    if (localised)
        rc |= xmlTextWriterWriteAttribute(w, BAD_CAST "xml:lang", BAD_CAST "en");
    rc |= xmlTextWriterWriteString(w, BAD_CAST value);
    rc |= xmlTextWriterEndElement(w);
    rc |= xmlTextWriterEndElement(w);
    return rc < 0 ? -1 : 0;
}

static int start_node(xmlTextWriterPtr w, const char *name, int replace)
{
    int rc = xmlTextWriterStartElement(w, BAD_CAST "node");
    rc |= xmlTextWriterWriteAttribute(w, BAD_CAST "oor:name", BAD_CAST name);
    if (replace)
        rc |= xmlTextWriterWriteAttribute(w, BAD_CAST "oor:op", BAD_CAST "replace");
    return rc < 0 ? -1 : 0;
}

static int write_function(xmlTextWriterPtr w, const star_function *fn)
{
    char cell_name[64];
    star_cell_name(fn, cell_name, sizeof cell_name);
    int rc = start_node(w, fn->method, 1);
    rc |= prop(w, "DisplayName", cell_name, 1);
    rc |= prop(w, "Description", fn->summary, 1);
    rc |= prop(w, "Category", fn->category, 0);
    rc |= prop(w, "CompatibilityName", cell_name, 1);
    rc |= start_node(w, "Parameters", 0);
    for (size_t a = 0; a < fn->arg_count; a++) {
        char name[64];
        star_interface_name(&fn->args[a], name, sizeof name);
        rc |= start_node(w, name, 1);
        rc |= prop(w, "DisplayName", fn->args[a].name, 1);
        rc |= prop(w, "Description", fn->args[a].help, 1);
        rc |= xmlTextWriterEndElement(w) < 0;
    }
    rc |= xmlTextWriterEndElement(w) < 0; /* Parameters */
    rc |= xmlTextWriterEndElement(w) < 0; /* function */
    return rc;
}

int write_xcu(const char *path)
{
    xmlTextWriterPtr w = xmlNewTextWriterFilename(path, 0);
    if (!w)
        return 1;
    int rc = xmlTextWriterSetIndent(w, 1);
    rc |= xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) < 0;
    rc |= xmlTextWriterStartElement(w, BAD_CAST "oor:component-data") < 0;
    rc |= xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:oor",
                                      BAD_CAST "http://openoffice.org/2001/registry") < 0;
    rc |= xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:xs",
                                      BAD_CAST "http://www.w3.org/2001/XMLSchema") < 0;
    rc |= xmlTextWriterWriteAttribute(w, BAD_CAST "oor:name", BAD_CAST "CalcAddIns") < 0;
    rc |= xmlTextWriterWriteAttribute(w, BAD_CAST "oor:package",
                                      BAD_CAST "org.openoffice.Office") < 0;
    rc |= start_node(w, "AddInInfo", 0);
    rc |= start_node(w, STAR_SERVICE, 1);
    rc |= start_node(w, "AddInFunctions", 0);
    for (size_t f = 0; f < STAR_FN_COUNT; f++)
        rc |= write_function(w, &star_functions[f]);
    rc |= xmlTextWriterEndDocument(w) < 0;
    xmlFreeTextWriter(w);
    return rc ? 1 : 0;
}

static int element_with(xmlTextWriterPtr w, const char *element, const char *attribute, const char *value)
{
    int rc = xmlTextWriterStartElement(w, BAD_CAST element);
    rc |= xmlTextWriterWriteAttribute(w, BAD_CAST attribute, BAD_CAST value);
    return rc < 0 ? -1 : 0;
}

/* "uno" environment: the loader calls our factory in binary UNO. */
int write_components(const char *path, const char *library)
{
    xmlTextWriterPtr w = xmlNewTextWriterFilename(path, 0);
    if (!w)
        return 1;
    int rc = xmlTextWriterSetIndent(w, 1);
    rc |= xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) < 0;
    rc |= element_with(w, "components", "xmlns", "http://openoffice.org/2010/uno-components");
    rc |= element_with(w, "component", "loader", "com.sun.star.loader.SharedLibrary");
    rc |= xmlTextWriterWriteAttribute(w, BAD_CAST "environment", BAD_CAST "uno") < 0;
    rc |= xmlTextWriterWriteAttribute(w, BAD_CAST "uri", BAD_CAST library) < 0;
    rc |= element_with(w, "implementation", "name", STAR_IMPLEMENTATION);
    rc |= element_with(w, "service", "name", STAR_SERVICE);
    rc |= xmlTextWriterEndElement(w) < 0;
    rc |= element_with(w, "service", "name", "com.sun.star.sheet.AddIn");
    rc |= xmlTextWriterEndDocument(w) < 0;
    xmlFreeTextWriter(w);
    return rc ? 1 : 0;
}

