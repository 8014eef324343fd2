/* SPDX-License-Identifier: MPL-2.0 */
#include "types.h"
#include "functions.h"

#include <stdatomic.h>

star_type_table star_types;

static typelib_TypeDescriptionReference *basic(typelib_TypeClass type_class)
{
    return *typelib_static_type_getByTypeClass(type_class);
}

static typelib_TypeDescriptionReference *sequence_of(typelib_TypeDescriptionReference *element)
{
    typelib_TypeDescriptionReference *ref = NULL;
    typelib_static_sequence_type_init(&ref, element);
    return ref;
}

static typelib_TypeDescriptionReference *interface_named(const char *name)
{
    typelib_TypeDescriptionReference *ref = NULL;
    typelib_static_type_init(&ref, typelib_TypeClass_INTERFACE, name);
    return ref;
}

static typelib_TypeDescription *described(const char *name)
{
    rtl_uString *ustr = NULL;
    typelib_TypeDescription *description = NULL;
    rtl_uString_newFromAscii(&ustr, name);
    typelib_typedescription_getByName(&description, ustr);
    rtl_uString_release(ustr);
    return description;
}

void star_types_init(void)
{
    static atomic_bool ready;
    if (atomic_load_explicit(&ready, memory_order_acquire))
        return;
    osl_acquireMutex(*osl_getGlobalMutex());
    if (!atomic_load_explicit(&ready, memory_order_relaxed)) {
        star_type_table t;
        t.any = basic(typelib_TypeClass_ANY);
        t.number = basic(typelib_TypeClass_DOUBLE);
        t.text = basic(typelib_TypeClass_STRING);
        t.boolean = basic(typelib_TypeClass_BOOLEAN);
        t.row = sequence_of(t.any);
        t.range = sequence_of(t.row);
        t.numbers = sequence_of(t.number);
        t.table = sequence_of(t.numbers);
        t.texts = sequence_of(t.text);
        t.types = sequence_of(basic(typelib_TypeClass_TYPE));
        t.bytes = sequence_of(basic(typelib_TypeClass_BYTE));
        t.addin = interface_named(STAR_INTERFACE);
        t.type_provider = interface_named("com.sun.star.lang.XTypeProvider");
        t.service_info = interface_named("com.sun.star.lang.XServiceInfo");
        t.factory = interface_named("com.sun.star.lang.XSingleComponentFactory");
        t.illegal_argument = described("com.sun.star.lang.IllegalArgumentException");
        t.no_convergence = described("com.sun.star.sheet.NoConvergenceException");
        star_types = t;
        atomic_store_explicit(&ready, true, memory_order_release);
    }
    osl_releaseMutex(*osl_getGlobalMutex());
}
