/* SPDX-License-Identifier: MPL-2.0 */
/* Calling the office from C: members of office interfaces by name, through
   binary UNO, as the bridges do. The menu's actions are rare (a click), so
   each call looks its member up afresh and nothing is cached. Every function
   here swallows the exceptions the office raises and says so in its result:
   nothing of the menu may abort, print or leave a half-built value. */
#ifndef STAR_MENU_OFFICE_H
#define STAR_MENU_OFFICE_H

#include <stdbool.h>
#include "uno_c.h"

/* Calls member ("com.sun.star.frame.XFrame::getController") of target with
   args as binary UNO passes them (pointers to the values). On true the
   result is constructed in ret (NULL for a void member); false when the
   member is unknown or raised, and then ret is untouched. */
bool office_call(uno_Interface *target, const char *member, void *ret, void *args[]);

/* target's interface of that name ("com.sun.star.table.XCell"), acquired;
   NULL when it has none or target is NULL. */
uno_Interface *office_query(uno_Interface *target, const char *interface_name);

/* The interface a member without arguments returns (acquired), queried for
   interface_name; NULL when it gives none. */
uno_Interface *office_get(uno_Interface *target, const char *member, const char *interface_name);

/* A new instance of a service, created in context (an XComponentContext),
   as its interface of that name; NULL when there is none. */
uno_Interface *office_create(uno_Interface *context, const char *service, const char *interface_name);

/* The interface an any holds, acquired and queried; NULL when it holds none. */
uno_Interface *office_from_any(const uno_Any *any, const char *interface_name);

/* Releases an interface; NULL is fine. */
void office_release(uno_Interface *object);

/* A new UNO string from UTF-8; release it with rtl_uString_release. */
rtl_uString *office_text(const char *utf8);

#endif
