/* SPDX-License-Identifier: MPL-2.0 */
/* What the programs that drive a component DLL under wine share
   (dispatch_test.c, menu_test.c): a line per check, and members described as
   core reflection describes them to a dispatcher, as far as the components
   read them: the kind of member, its position and its return type. */
#ifndef STAR_WINDOWS_HARNESS_H
#define STAR_WINDOWS_HARNESS_H

#include <stdbool.h>
#include "uno_c.h"

/* Prints "ok" or "FAIL" and the words, and counts. */
void check(bool ok, const char *what);

/* How many checks passed and failed so far. */
int checks_passed(void);
int checks_failed(void);

/* Loads the DLL as LibreOffice's loader would and checks its entry points:
   both exported by name, the binary-UNO environment, no factory for
   other_implementation. The factory for implementation, or NULL. */
uno_Interface *load_factory(const wchar_t *dll_name, const char *implementation, const char *other_implementation);

/* The description of the method at this position of its interface. */
typelib_InterfaceMethodTypeDescription method_at(sal_Int32 position, typelib_TypeDescriptionReference *result);

#endif
