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
int write_components(const char *path, const char *library);
int write_reference(FILE *out);
int write_help(const char *dir, const char *extension_id);

#endif
