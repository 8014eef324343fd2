/* SPDX-License-Identifier: MPL-2.0 */
/* The UNO types the glue uses, looked up once when the component is first
   asked for its factory, so that no call looks up or compares a type name. */
#ifndef STAR_TYPES_H
#define STAR_TYPES_H

#include <stdbool.h>
#include "uno_c.h"

typedef struct star_type_table {
    typelib_TypeDescriptionReference *any, *number, *text, *boolean;
    typelib_TypeDescriptionReference *row;      /* []any */
    typelib_TypeDescriptionReference *range;    /* [][]any */
    typelib_TypeDescriptionReference *numbers;  /* []double */
    typelib_TypeDescriptionReference *table;    /* [][]double */
    typelib_TypeDescriptionReference *texts;    /* []string */
    typelib_TypeDescriptionReference *types;    /* []type */
    typelib_TypeDescriptionReference *bytes;    /* []byte */
    typelib_TypeDescriptionReference *addin;    /* star.XStar */
    typelib_TypeDescriptionReference *type_provider, *service_info, *factory;
    /* Exceptions come from the office's type library: NULL outside it. */
    typelib_TypeDescription *illegal_argument;  /* shown as Err:502 */
    typelib_TypeDescription *no_convergence;    /* shown as Err:523 */
} star_type_table;

/* Written once by star_types_init, then only read. */
extern star_type_table star_types;

/* Idempotent and safe to call from several threads. */
void star_types_init(void);

#endif
