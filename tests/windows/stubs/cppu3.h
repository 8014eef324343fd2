/* SPDX-License-Identifier: MPL-2.0 */
/* Shared by the two halves of the cppu3.dll stand-in: types (cppu3_types.c)
   and values (cppu3_data.c). Like sal3.c it does what LibreOffice's cppu does,
   for the types the component and tests/windows/dispatch_test.c use: the
   simple types, sequences, interfaces and the exception the component raises.
   Type references and descriptions are made once and live as long as the
   process (cppu counts references; nothing here needs to). One thread only. */
#ifndef STAR_STUB_CPPU3_H
#define STAR_STUB_CPPU3_H

#include "uno_c.h"

/* The void type. */
typelib_TypeDescriptionReference *stub_void_type(void);

/* Bytes a value of the type takes in a struct, a sequence or an any. */
size_t stub_size_of(const typelib_TypeDescriptionReference *type);

#endif
