/* SPDX-License-Identifier: MPL-2.0 */
/* The generators behind tools/describe: each turns the function table into
   one file that describes the functions to LibreOffice or to people. */
#ifndef STAR_DESCRIBE_H
#define STAR_DESCRIBE_H

#include <stdio.h>
#include "functions.h"

int write_idl(FILE *out);
int write_arguments(FILE *out);
int write_xcu(const char *path);
int write_components(const char *path, const char *library, const char *menu_library);
int write_reference(FILE *out);
int write_menu(const char *dir);
int write_html(const char *dir);
int write_page(const char *markdown, const char *page);

/* Words the reference and the HTML help share. */
/* "STAR.VFM(benefit; cost [; per])" */
void describe_signature(const star_function *fn, char *buf, size_t size);
/* What a function of this kind gives, as a sentence ending in a full stop. */
const char *describe_gives(star_result_kind kind);
/* When the function gives an error, in words: the shared conventions, each
   argument's rule, then what is particular to the function. */
/* A table text with its limits written out ({{whole_rows}}: 50,000); a
   text naming no limit that exists stops the build. Each call's result
   lasts for the next three calls. */
const char *describe_text(const char *text);

void describe_errors(const star_function *fn, char *buf, size_t size);

#endif
