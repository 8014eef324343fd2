/* SPDX-License-Identifier: MPL-2.0 */
#include "xml.h"

xmlTextWriterPtr xml_open(const char *path)
{
    xmlTextWriterPtr w = xmlNewTextWriterFilename(path, 0);
    if (w && (xmlTextWriterSetIndent(w, 1) < 0 || xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) < 0)) {
        xmlFreeTextWriter(w);
        return NULL;
    }
    return w;
}

int xml_close(xmlTextWriterPtr w, int rc)
{
    rc |= xmlTextWriterEndDocument(w) < 0;
    xmlFreeTextWriter(w);
    return rc ? 1 : 0;
}

int xml_attribute(xmlTextWriterPtr w, const char *name, const char *value)
{
    return xmlTextWriterWriteAttribute(w, (const xmlChar *)name, (const xmlChar *)value) < 0;
}

int xml_start(xmlTextWriterPtr w, const char *element, const char *attribute, const char *value)
{
    return (xmlTextWriterStartElement(w, (const xmlChar *)element) < 0) | xml_attribute(w, attribute, value);
}

int xml_text(xmlTextWriterPtr w, const char *text)
{
    return xmlTextWriterWriteString(w, (const xmlChar *)text) < 0;
}

int xml_end(xmlTextWriterPtr w)
{
    return xmlTextWriterEndElement(w) < 0;
}

int xml_prop(xmlTextWriterPtr w, const char *name, const char *value, const char *lang)
{
    int rc = xml_start(w, "prop", "oor:name", name);
    rc |= xmlTextWriterStartElement(w, BAD_CAST "value") < 0;
    if (lang)
        rc |= xml_attribute(w, "xml:lang", lang);
    rc |= xml_text(w, value);
    rc |= xmlTextWriterFullEndElement(w) < 0;
    return rc | xml_end(w);
}

int xml_node(xmlTextWriterPtr w, const char *name, int replace)
{
    int rc = xml_start(w, "node", "oor:name", name);
    return replace ? rc | xml_attribute(w, "oor:op", "replace") : rc;
}
