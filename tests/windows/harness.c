/* SPDX-License-Identifier: MPL-2.0 */
#include <windows.h>

#include "harness.h"

#include <stdio.h>
#include <string.h>

static int passed, failed;

void check(bool ok, const char *what)
{
    printf("%s %s\n", ok ? "ok  " : "FAIL", what);
    if (ok)
        passed++;
    else
        failed++;
}

int checks_passed(void)
{
    return passed;
}

int checks_failed(void)
{
    return failed;
}

typelib_InterfaceMethodTypeDescription method_at(sal_Int32 position, typelib_TypeDescriptionReference *result)
{
    typelib_InterfaceMethodTypeDescription method;
    memset(&method, 0, sizeof method);
    method.aBase.aBase.eTypeClass = typelib_TypeClass_INTERFACE_METHOD;
    method.aBase.nPosition = position;
    method.pReturnTypeRef = result;
    return method;
}

typedef void(SAL_CALL *environment_fn)(const char **, uno_Environment **);
typedef void *(SAL_CALL *factory_fn)(const char *, void *, void *);

uno_Interface *load_factory(const wchar_t *dll_name, const char *implementation, const char *other_implementation)
{
    char what[256];
    HMODULE dll = LoadLibraryW(dll_name);
    snprintf(what, sizeof what, "%ls loads with sal3.dll and cppu3.dll", dll_name);
    check(dll != NULL, what);
    if (!dll)
        return NULL;
    /* Through void (*)(void), the cast that says the type is known. */
    environment_fn environment =
        (environment_fn)(void (*)(void))GetProcAddress(dll, "component_getImplementationEnvironment");
    factory_fn get_factory = (factory_fn)(void (*)(void))GetProcAddress(dll, "component_getFactory");
    check(environment && get_factory, "both entry points are exported by name");
    if (!environment || !get_factory)
        return NULL;
    const char *environment_name = NULL;
    environment(&environment_name, NULL);
    check(environment_name && strcmp(environment_name, "uno") == 0, "the environment is binary UNO (\"uno\")");
    snprintf(what, sizeof what, "no factory for %s", other_implementation);
    check(get_factory(other_implementation, NULL, NULL) == NULL, what);
    uno_Interface *factory = get_factory(implementation, NULL, NULL);
    snprintf(what, sizeof what, "a factory for %s", implementation);
    check(factory != NULL, what);
    return factory;
}
