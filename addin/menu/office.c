/* SPDX-License-Identifier: MPL-2.0 */
#include "office.h"

#include <string.h>

bool office_call(uno_Interface *target, const char *member, void *ret, void *args[])
{
    if (!target)
        return false;
    rtl_uString *name = office_text(member);
    typelib_TypeDescription *description = NULL;
    typelib_typedescription_getByName(&description, name);
    rtl_uString_release(name);
    if (!description)
        return false;
    uno_Any exception_storage;
    uno_Any *exception = &exception_storage;
    (*target->pDispatcher)(target, description, ret, args, &exception);
    typelib_typedescription_release(description);
    if (exception) {
        uno_any_destruct(exception, NULL);
        return false;
    }
    return true;
}

uno_Interface *office_from_any(const uno_Any *any, const char *interface_name)
{
    if (!any || any->pType->eTypeClass != typelib_TypeClass_INTERFACE)
        return NULL;
    /* An any holding an interface keeps the pointer in pReserved. */
    return office_query(*(uno_Interface *const *)any->pData, interface_name);
}

uno_Interface *office_query(uno_Interface *target, const char *interface_name)
{
    if (!target)
        return NULL;
    typelib_TypeDescriptionReference *type = NULL;
    typelib_typedescriptionreference_newByAsciiName(&type, typelib_TypeClass_INTERFACE, interface_name);
    uno_Any result;
    void *args[] = {&type};
    uno_Interface *found = NULL;
    if (office_call(target, "com.sun.star.uno.XInterface::queryInterface", &result, args)) {
        if (result.pType->eTypeClass == typelib_TypeClass_INTERFACE) {
            found = *(uno_Interface **)result.pData;
            if (found)
                (*found->acquire)(found);
        }
        uno_any_destruct(&result, NULL);
    }
    typelib_typedescriptionreference_release(type);
    return found;
}

uno_Interface *office_get(uno_Interface *target, const char *member, const char *interface_name)
{
    uno_Interface *got = NULL;
    if (!office_call(target, member, &got, NULL) || !got)
        return NULL;
    uno_Interface *wanted = office_query(got, interface_name);
    office_release(got);
    return wanted;
}

uno_Interface *office_create(uno_Interface *context, const char *service, const char *interface_name)
{
    uno_Interface *factory = office_get(context, "com.sun.star.uno.XComponentContext::getServiceManager",
                                        "com.sun.star.lang.XMultiComponentFactory");
    if (!factory)
        return NULL;
    rtl_uString *name = office_text(service);
    uno_Interface *made = NULL;
    void *args[] = {&name, &context};
    bool ok = office_call(factory, "com.sun.star.lang.XMultiComponentFactory::createInstanceWithContext", &made,
                          args);
    rtl_uString_release(name);
    office_release(factory);
    if (!ok || !made)
        return NULL;
    uno_Interface *wanted = office_query(made, interface_name);
    office_release(made);
    return wanted;
}

void office_release(uno_Interface *object)
{
    if (object)
        (*object->release)(object);
}

rtl_uString *office_text(const char *utf8)
{
    rtl_uString *text = NULL;
    rtl_string2UString(&text, utf8, (sal_Int32)strlen(utf8), RTL_TEXTENCODING_UTF8, OSTRING_TO_OUSTRING_CVTFLAGS);
    return text;
}
