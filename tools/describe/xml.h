/* SPDX-License-Identifier: MPL-2.0 */
/* The few libxml2 writer steps every generated XML file takes. Each returns
   0 on success, non-zero on failure, so callers can OR results together. */
#ifndef STAR_DESCRIBE_XML_H
#define STAR_DESCRIBE_XML_H

#include <libxml/xmlwriter.h>

/* An indented UTF-8 document started at path, or NULL. */
xmlTextWriterPtr xml_open(const char *path);

/* Ends the document and frees the writer: 0 when it and rc were fine. */
int xml_close(xmlTextWriterPtr w, int rc);

/* <element attribute="value" (more attributes may follow) */
int xml_start(xmlTextWriterPtr w, const char *element, const char *attribute, const char *value);
int xml_attribute(xmlTextWriterPtr w, const char *name, const char *value);
int xml_text(xmlTextWriterPtr w, const char *text);
int xml_end(xmlTextWriterPtr w);

/* Configuration data (.xcu): <prop oor:name="name"><value xml:lang="lang">value</value></prop>,
   without xml:lang when lang is NULL; and <node oor:name="name"> left open,
   with oor:op="replace" when asked. */
int xml_prop(xmlTextWriterPtr w, const char *name, const char *value, const char *lang);
int xml_node(xmlTextWriterPtr w, const char *name, int replace);

#endif
