/* SPDX-License-Identifier: MPL-2.0 */
/* The binary-UNO component: the two entry points LibreOffice looks for, the
   factory, and the add-in object whose methods are the STAR functions.
   Calc reaches the methods through core reflection, which speaks binary UNO,
   so calls arrive at add_in_dispatch with no C++ in between.

   Each object is a static set of facets, one uno_Interface per interface it
   offers (as C++ objects have one vtable per base). A dispatcher therefore
   knows its interface and picks the member by position, with no name lookup.
   The objects are stateless and never freed, so acquire and release do nothing. */
#include "functions.h"
#include "run.h"
#include "types.h"
#include "values.h"

#include <string.h>
#include <uno/lbnames.h>

typedef struct star_object star_object;

typedef struct star_facet {
    uno_Interface uno; /* first, so the uno_Interface* is the facet */
    const star_object *owner;
    typelib_TypeDescriptionReference *const *type;
} star_facet;

struct star_object {
    size_t count;
    star_facet facet[3];
};

/* Members every interface inherits from XInterface. */
enum { QUERY_INTERFACE, ACQUIRE, RELEASE, FIRST_OWN_MEMBER };

static void SAL_CALL nothing_to_count(uno_Interface *self)
{
    (void)self;
}

static sal_Int32 position_of(const typelib_TypeDescription *member)
{
    return ((const typelib_InterfaceMemberTypeDescription *)(const void *)member)->nPosition;
}

static void give_interface(uno_Any *out, const star_facet *facet, typelib_TypeDescriptionReference *type)
{
    const uno_Interface *uno = &facet->uno;
    uno_type_any_construct(out, (void *)&uno, type, NULL);
}

static void query_interface(const star_facet *self, void *ret, void *args[])
{
    typelib_TypeDescriptionReference *wanted = *(typelib_TypeDescriptionReference **)args[0];
    const star_object *owner = self->owner;
    if (rtl_ustr_ascii_compare_WithLength(wanted->pTypeName->buffer, wanted->pTypeName->length,
                                          "com.sun.star.uno.XInterface") == 0) {
        give_interface(ret, &owner->facet[0], wanted);
        return;
    }
    for (size_t i = 0; i < owner->count; i++) {
        if (typelib_typedescriptionreference_equals(wanted, *owner->facet[i].type)) {
            give_interface(ret, &owner->facet[i], wanted);
            return;
        }
    }
    uno_any_construct(ret, NULL, NULL, NULL);
}

/* The XInterface members, and a default answer for a member we do not know
   (a newer interface revision): never leave the return slot unconstructed. */
static void base_member(const star_facet *self, const typelib_TypeDescription *member, void *ret,
                        void *args[])
{
    switch (position_of(member)) {
    case QUERY_INTERFACE: query_interface(self, ret, args); return;
    case ACQUIRE:
    case RELEASE: return;
    default: break;
    }
    if (member->eTypeClass == typelib_TypeClass_INTERFACE_METHOD) {
        const typelib_InterfaceMethodTypeDescription *method = (const void *)member;
        uno_type_constructData(ret, method->pReturnTypeRef);
    }
}

/* ---- the add-in: one method per row of the function table ---- */

/* Binary UNO: *exception points at memory for an exception. A member that
   raises constructs the exception there; one that returns sets it to NULL. */
static void SAL_CALL add_in_dispatch(uno_Interface *self, const typelib_TypeDescription *member,
                                     void *ret, void *args[], uno_Any **exception)
{
    sal_Int32 position = position_of(member);
    size_t id = (size_t)(position - FIRST_OWN_MEMBER);
    if (position < FIRST_OWN_MEMBER || id >= STAR_FN_COUNT) {
        base_member((const star_facet *)(void *)self, member, ret, args);
        *exception = NULL;
        return;
    }
    star_call call;
    if (star_run(&call, (star_function_id)id, args, ret)) {
        *exception = NULL;
    } else if (!star_value_raise(*exception, &call.problem)) {
        /* No type library to describe the exception (not inside the office):
           an empty answer, never a number. */
        uno_type_constructData(ret, ((const typelib_InterfaceMethodTypeDescription *)(const void *)member)->pReturnTypeRef);
        *exception = NULL;
    }
    star_call_end(&call);
}

/* ---- XTypeProvider and XServiceInfo ---- */

static void SAL_CALL type_provider_dispatch(uno_Interface *self, const typelib_TypeDescription *member,
                                            void *ret, void *args[], uno_Any **exception)
{
    enum { GET_TYPES = FIRST_OWN_MEMBER, GET_IMPLEMENTATION_ID };
    const star_facet *facet = (const star_facet *)(void *)self;
    switch (position_of(member)) {
    case GET_TYPES: {
        /* Introspection finds the add-in's methods through these types. */
        typelib_TypeDescriptionReference *types[3];
        size_t count = facet->owner->count;
        for (size_t i = 0; i < count; i++)
            types[i] = *facet->owner->facet[i].type;
        uno_type_sequence_construct(ret, star_types.types, types, (sal_Int32)count, NULL);
        break;
    }
    case GET_IMPLEMENTATION_ID:
        uno_type_sequence_construct(ret, star_types.bytes, NULL, 0, NULL);
        break;
    default: base_member(facet, member, ret, args); break;
    }
    *exception = NULL;
}

static const char *const services[] = {STAR_SERVICE, "com.sun.star.sheet.AddIn"};

static void SAL_CALL service_info_dispatch(uno_Interface *self, const typelib_TypeDescription *member,
                                           void *ret, void *args[], uno_Any **exception)
{
    enum { GET_IMPLEMENTATION_NAME = FIRST_OWN_MEMBER, SUPPORTS_SERVICE, GET_SUPPORTED_SERVICE_NAMES };
    switch (position_of(member)) {
    case GET_IMPLEMENTATION_NAME:
        star_value_text(ret, STAR_IMPLEMENTATION);
        break;
    case SUPPORTS_SERVICE: {
        const rtl_uString *name = *(rtl_uString *const *)args[0];
        sal_Bool found = 0;
        for (size_t i = 0; i < sizeof services / sizeof services[0]; i++)
            found |= rtl_ustr_ascii_compare_WithLength(name->buffer, name->length, services[i]) == 0;
        *(sal_Bool *)ret = found;
        break;
    }
    case GET_SUPPORTED_SERVICE_NAMES: {
        rtl_uString *names[sizeof services / sizeof services[0]];
        for (size_t i = 0; i < sizeof services / sizeof services[0]; i++)
            star_value_text(&names[i], services[i]);
        uno_type_sequence_construct(ret, star_types.texts, names, (sal_Int32)(sizeof names / sizeof names[0]), NULL);
        for (size_t i = 0; i < sizeof services / sizeof services[0]; i++)
            rtl_uString_release(names[i]);
        break;
    }
    default: base_member((const star_facet *)(void *)self, member, ret, args); break;
    }
    *exception = NULL;
}

/* ---- the objects ---- */

#define FACET(object, dispatch, type) {{nothing_to_count, nothing_to_count, dispatch}, &object, &star_types.type}

static star_object add_in;
static star_object add_in = {3, {
    FACET(add_in, add_in_dispatch, addin),
    FACET(add_in, type_provider_dispatch, type_provider),
    FACET(add_in, service_info_dispatch, service_info),
}};

/* XSingleComponentFactory: both members create (here: hand out) the add-in. */
static void SAL_CALL factory_dispatch(uno_Interface *self, const typelib_TypeDescription *member,
                                      void *ret, void *args[], uno_Any **exception)
{
    enum { CREATE_WITH_CONTEXT = FIRST_OWN_MEMBER, CREATE_WITH_ARGUMENTS_AND_CONTEXT };
    switch (position_of(member)) {
    case CREATE_WITH_CONTEXT:
    case CREATE_WITH_ARGUMENTS_AND_CONTEXT:
        *(uno_Interface **)ret = &add_in.facet[0].uno;
        break;
    default: base_member((const star_facet *)(void *)self, member, ret, args); break;
    }
    *exception = NULL;
}

static star_object factory;
static star_object factory = {3, {
    FACET(factory, factory_dispatch, factory),
    FACET(factory, type_provider_dispatch, type_provider),
    FACET(factory, service_info_dispatch, service_info),
}};

/* ---- entry points ---- */

SAL_DLLPUBLIC_EXPORT void SAL_CALL component_getImplementationEnvironment(const char **env_type_name,
                                                                         uno_Environment **env);
SAL_DLLPUBLIC_EXPORT void *SAL_CALL component_getFactory(const char *implementation, void *service_manager,
                                                         void *registry_key);

/* Binary UNO: the loader calls component_getFactory inside the "uno"
   environment and bridges the result to its C++ side itself. */
void SAL_CALL component_getImplementationEnvironment(const char **env_type_name, uno_Environment **env)
{
    (void)env;
    *env_type_name = UNO_LB_UNO;
}

void *SAL_CALL component_getFactory(const char *implementation, void *service_manager, void *registry_key)
{
    (void)service_manager;
    (void)registry_key;
    if (!implementation || strcmp(implementation, STAR_IMPLEMENTATION) != 0)
        return NULL;
    star_types_init();
    return (void *)&factory.facet[0].uno;
}
