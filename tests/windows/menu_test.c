/* SPDX-License-Identifier: MPL-2.0 */
/* Loads starmenu.dll, the STAR menu's protocol handler, as LibreOffice's
   loader would, under wine with the stand-ins for sal3.dll and cppu3.dll,
   and speaks to it as the framework does: the entry points found by name,
   a handler from the factory, its interfaces by queryInterface, the URLs it
   answers (queryDispatch: its own commands only), its name (XServiceInfo),
   and a dispatch with no office around it, which must end quietly. Members
   are described as core reflection describes them to a dispatcher, as far as
   the component reads them: their position and return type. */
#include <windows.h>

#include "menu_table.h"
#include "harness.h"
#include "uno_c.h"

#include <stdio.h>
#include <string.h>

enum { QUERY_INTERFACE = 0, FIRST_OWN = 3 }; /* after XInterface's three members */

static typelib_TypeDescriptionReference *interface_named(const char *name)
{
    typelib_TypeDescriptionReference *type = NULL;
    typelib_static_type_init(&type, typelib_TypeClass_INTERFACE, name);
    return type;
}

/* Calls a member; true when it returned without an exception. */
static bool call(uno_Interface *target, sal_Int32 position, typelib_TypeDescriptionReference *result, void *ret,
                 void *args[])
{
    typelib_InterfaceMethodTypeDescription method = method_at(position, result);
    uno_Any exception_storage, *exception = &exception_storage;
    target->pDispatcher(target, &method.aBase.aBase, ret, args, &exception);
    if (exception)
        uno_any_destruct(exception, NULL);
    return exception == NULL;
}

static uno_Interface *query(uno_Interface *target, const char *name)
{
    typelib_TypeDescriptionReference *type = interface_named(name);
    uno_Any answer;
    void *args[] = {&type};
    if (!call(target, QUERY_INTERFACE, *typelib_static_type_getByTypeClass(typelib_TypeClass_ANY), &answer, args))
        return NULL;
    uno_Interface *found = answer.pType->eTypeClass == typelib_TypeClass_INTERFACE ? *(uno_Interface **)answer.pData
                                                                                   : NULL;
    if (found)
        found->acquire(found);
    uno_any_destruct(&answer, NULL);
    return found;
}

/* queryDispatch(URL, target frame, search flags): util::URL begins with
   Complete, all the handler reads; the rest of the struct stays empty. */
static uno_Interface *dispatch_for(uno_Interface *provider, const char *url)
{
    void *url_struct[16] = {0};
    rtl_uString *complete = NULL, *frame_name = NULL;
    rtl_uString_newFromAscii(&complete, url);
    rtl_uString_new(&frame_name);
    url_struct[0] = complete;
    sal_Int32 flags = 0;
    void *args[] = {url_struct, &frame_name, &flags};
    uno_Interface *dispatch = NULL;
    if (!call(provider, FIRST_OWN, interface_named("com.sun.star.frame.XDispatch"), &dispatch, args))
        dispatch = NULL;
    rtl_uString_release(complete);
    rtl_uString_release(frame_name);
    return dispatch;
}

static bool text_is(const rtl_uString *text, const char *want)
{
    return text && rtl_ustr_ascii_compare_WithLength(text->buffer, text->length, want) == 0;
}

int main(void)
{
    uno_Interface *factory = load_factory(L"starmenu.dll", STAR_MENU_IMPLEMENTATION, STAR_IMPLEMENTATION);
    if (!factory)
        return 1;

    uno_Interface *context = NULL, *handler = NULL;
    void *create_args[] = {&context};
    call(factory, FIRST_OWN, interface_named("com.sun.star.uno.XInterface"), &handler, create_args);
    check(handler != NULL, "createInstanceWithContext gives a handler");
    if (!handler)
        return 1;
    uno_Interface *provider = query(handler, "com.sun.star.frame.XDispatchProvider");
    uno_Interface *info = query(handler, "com.sun.star.lang.XServiceInfo");
    check(provider && info && query(handler, "com.sun.star.lang.XInitialization") != NULL,
          "it offers XDispatchProvider, XInitialization and XServiceInfo");
    check(query(handler, "com.sun.star.sheet.XAddIn") == NULL, "and no interface it does not have");
    if (!provider || !info)
        return 1;

    rtl_uString *name = NULL;
    call(info, FIRST_OWN, *typelib_static_type_getByTypeClass(typelib_TypeClass_STRING), &name, NULL);
    check(text_is(name, STAR_MENU_IMPLEMENTATION), "its implementation name is " STAR_MENU_IMPLEMENTATION);
    if (name)
        rtl_uString_release(name);
    rtl_uString *service = NULL;
    rtl_uString_newFromAscii(&service, "com.sun.star.frame.ProtocolHandler");
    sal_Bool supported = 0;
    void *service_args[] = {&service};
    call(info, FIRST_OWN + 1, *typelib_static_type_getByTypeClass(typelib_TypeClass_BOOLEAN), &supported, service_args);
    check(supported, "it is a com.sun.star.frame.ProtocolHandler");
    rtl_uString_release(service);

    for (size_t c = 0; c < STAR_MENU_COMMAND_COUNT; c++) {
        char url[128], what[192];
        snprintf(url, sizeof url, STAR_MENU_PROTOCOL "%s", star_menu_commands[c].name);
        uno_Interface *dispatch = dispatch_for(provider, url);
        snprintf(what, sizeof what, "queryDispatch answers %s", url);
        check(dispatch != NULL, what);
        if (dispatch)
            dispatch->release(dispatch);
    }
    const char *foreign[] = {STAR_MENU_PROTOCOL "menu", STAR_MENU_PROTOCOL "nothing", ".uno:About",
                             "org.star-method.calc:about"};
    for (size_t f = 0; f < sizeof foreign / sizeof foreign[0]; f++) {
        char what[192];
        snprintf(what, sizeof what, "queryDispatch leaves %s to others", foreign[f]);
        check(dispatch_for(provider, foreign[f]) == NULL, what);
    }

    /* With no frame and no office, every action ends quietly. */
    for (size_t c = 0; c < STAR_MENU_COMMAND_COUNT; c++) {
        char url[128];
        snprintf(url, sizeof url, STAR_MENU_PROTOCOL "%s", star_menu_commands[c].name);
        uno_Interface *dispatch = dispatch_for(provider, url);
        if (!dispatch)
            continue;
        void *url_struct[16] = {0};
        rtl_uString *complete = NULL;
        rtl_uString_newFromAscii(&complete, url);
        url_struct[0] = complete;
        uno_Sequence *no_arguments = NULL;
        void *args[] = {url_struct, &no_arguments};
        char what[192];
        snprintf(what, sizeof what, "dispatching %s without an office ends quietly", url);
        check(call(dispatch, FIRST_OWN, *typelib_static_type_getByTypeClass(typelib_TypeClass_VOID), NULL, args), what);
        rtl_uString_release(complete);
        dispatch->release(dispatch);
    }

    provider->release(provider);
    info->release(info);
    handler->release(handler); /* the last reference: the handler frees itself */
    check(true, "the handler is released");
    printf("menu: %d passed, %d failed\n", checks_passed(), checks_failed());
    return checks_failed() ? 1 : 0;
}
