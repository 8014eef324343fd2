/* SPDX-License-Identifier: MPL-2.0 */
/* The cppu3.dll stand-in's types (see cppu3.h). */
#include "cppu3.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

/* One reference per type, found by name, as cppu's type cache does. */
static typelib_TypeDescriptionReference *known[64];
static size_t known_count;

static bool same_name(const rtl_uString *a, const rtl_uString *b)
{
    return a->length == b->length && memcmp(a->buffer, b->buffer, (size_t)a->length * sizeof(sal_Unicode)) == 0;
}

static typelib_TypeDescriptionReference *reference(typelib_TypeClass type_class, const char *name)
{
    rtl_uString *ustr = NULL;
    rtl_uString_newFromAscii(&ustr, name);
    for (size_t i = 0; i < known_count; i++) {
        if (known[i]->eTypeClass == type_class && same_name(known[i]->pTypeName, ustr)) {
            rtl_uString_release(ustr);
            return known[i];
        }
    }
    typelib_TypeDescriptionReference *type = calloc(1, sizeof *type);
    if (!type || known_count == sizeof known / sizeof known[0])
        abort(); /* a test program: more types than it can use */
    type->nRefCount = 1;
    type->nStaticRefCount = 1;
    type->eTypeClass = type_class;
    type->pTypeName = ustr;
    return known[known_count++] = type;
}

typelib_TypeDescriptionReference **SAL_CALL typelib_static_type_getByTypeClass(typelib_TypeClass eTypeClass)
{
    static const char *const names[typelib_TypeClass_ANY + 1] = {
        [typelib_TypeClass_VOID] = "void", [typelib_TypeClass_CHAR] = "char",
        [typelib_TypeClass_BOOLEAN] = "boolean", [typelib_TypeClass_BYTE] = "byte",
        [typelib_TypeClass_SHORT] = "short", [typelib_TypeClass_UNSIGNED_SHORT] = "unsigned short",
        [typelib_TypeClass_LONG] = "long", [typelib_TypeClass_UNSIGNED_LONG] = "unsigned long",
        [typelib_TypeClass_HYPER] = "hyper", [typelib_TypeClass_UNSIGNED_HYPER] = "unsigned hyper",
        [typelib_TypeClass_FLOAT] = "float", [typelib_TypeClass_DOUBLE] = "double",
        [typelib_TypeClass_STRING] = "string", [typelib_TypeClass_TYPE] = "type",
        [typelib_TypeClass_ANY] = "any",
    };
    static typelib_TypeDescriptionReference *simple[typelib_TypeClass_ANY + 1];
    if ((unsigned)eTypeClass > typelib_TypeClass_ANY)
        return NULL; /* simple types only */
    if (!simple[eTypeClass])
        simple[eTypeClass] = reference(eTypeClass, names[eTypeClass]);
    return &simple[eTypeClass];
}

typelib_TypeDescriptionReference *stub_void_type(void)
{
    return *typelib_static_type_getByTypeClass(typelib_TypeClass_VOID);
}

void SAL_CALL typelib_static_type_init(typelib_TypeDescriptionReference **ppRef, typelib_TypeClass eTypeClass,
                                       const char *pTypeName)
{
    if (!*ppRef)
        *ppRef = reference(eTypeClass, pTypeName);
}

static void describe(typelib_TypeDescription *description, typelib_TypeDescriptionReference *type, size_t size,
                     size_t alignment)
{
    description->nRefCount = 1;
    description->eTypeClass = type->eTypeClass;
    description->pTypeName = type->pTypeName;
    rtl_uString_acquire(type->pTypeName);
    description->nSize = (sal_Int32)size;
    description->nAlignment = (sal_Int32)alignment;
    description->bComplete = 1;
    description->pWeakRef = type;
    type->pType = description;
}

/* A sequence type carries its description, which names the element type. */
void SAL_CALL typelib_static_sequence_type_init(typelib_TypeDescriptionReference **ppRef,
                                                typelib_TypeDescriptionReference *pElementType)
{
    if (*ppRef)
        return;
    char name[128] = "[]";
    const rtl_uString *element = pElementType->pTypeName;
    if (element->length + 3 > (sal_Int32)sizeof name)
        abort();
    for (sal_Int32 i = 0; i < element->length; i++)
        name[2 + i] = (char)element->buffer[i]; /* type names are ASCII */
    name[2 + element->length] = '\0';
    typelib_TypeDescriptionReference *type = reference(typelib_TypeClass_SEQUENCE, name);
    if (!type->pType) {
        typelib_IndirectTypeDescription *description = calloc(1, sizeof *description);
        if (!description)
            abort();
        describe(&description->aBase, type, sizeof(void *), alignof(void *));
        description->pType = pElementType;
    }
    *ppRef = type;
}

sal_Bool SAL_CALL typelib_typedescriptionreference_equals(const typelib_TypeDescriptionReference *p1,
                                                          const typelib_TypeDescriptionReference *p2)
{
    return p1 == p2 || (p1->eTypeClass == p2->eTypeClass && same_name(p1->pTypeName, p2->pTypeName));
}

/* ---- the one exception the component raises ---- */

/* The members of com.sun.star.uno.Exception and IllegalArgumentException in
   C: their offsets are those cppu computes from the type library. */
typedef struct exception_layout {
    rtl_uString *Message;
    void *Context;
} exception_layout;

typedef struct illegal_argument_layout {
    exception_layout base;
    sal_Int16 ArgumentPosition;
} illegal_argument_layout;

typedef struct member {
    const char *name;
    size_t offset;
    typelib_TypeDescriptionReference *type;
} member;

static void describe_compound(typelib_CompoundTypeDescription *description, const char *name,
                              typelib_CompoundTypeDescription *base, size_t size, size_t alignment,
                              const member *members, sal_Int32 count)
{
    describe(&description->aBase, reference(typelib_TypeClass_EXCEPTION, name), size, alignment);
    description->pBaseTypeDescription = base;
    description->nMembers = count;
    description->pMemberOffsets = calloc((size_t)count, sizeof *description->pMemberOffsets);
    description->ppTypeRefs = calloc((size_t)count, sizeof *description->ppTypeRefs);
    description->ppMemberNames = calloc((size_t)count, sizeof *description->ppMemberNames);
    if (!description->pMemberOffsets || !description->ppTypeRefs || !description->ppMemberNames)
        abort();
    for (sal_Int32 i = 0; i < count; i++) {
        description->pMemberOffsets[i] = (sal_Int32)members[i].offset;
        description->ppTypeRefs[i] = members[i].type;
        rtl_uString_newFromAscii(&description->ppMemberNames[i], members[i].name);
    }
}

static typelib_TypeDescription *illegal_argument(void)
{
    static typelib_CompoundTypeDescription exception, illegal;
    if (!illegal.aBase.pWeakRef) {
        typelib_TypeDescriptionReference *xinterface = NULL;
        typelib_static_type_init(&xinterface, typelib_TypeClass_INTERFACE, "com.sun.star.uno.XInterface");
        typelib_TypeDescriptionReference *string = *typelib_static_type_getByTypeClass(typelib_TypeClass_STRING);
        typelib_TypeDescriptionReference *short_ = *typelib_static_type_getByTypeClass(typelib_TypeClass_SHORT);
        const member exception_members[] = {
            {"Message", offsetof(exception_layout, Message), string},
            {"Context", offsetof(exception_layout, Context), xinterface},
        };
        const member illegal_members[] = {
            {"ArgumentPosition", offsetof(illegal_argument_layout, ArgumentPosition), short_},
        };
        describe_compound(&exception, "com.sun.star.uno.Exception", NULL, sizeof(exception_layout),
                          alignof(exception_layout), exception_members, 2);
        describe_compound(&illegal, "com.sun.star.lang.IllegalArgumentException", &exception,
                          sizeof(illegal_argument_layout), alignof(illegal_argument_layout), illegal_members, 1);
    }
    return &illegal.aBase;
}

/* Outside the office there is no type library: only the exception the
   component raises for bad input is known; any other name gives NULL, as
   cppu gives for a type it cannot find. */
void SAL_CALL typelib_typedescription_getByName(typelib_TypeDescription **ppRet, rtl_uString *pName)
{
    *ppRet = NULL;
    if (rtl_ustr_ascii_compare_WithLength(pName->buffer, pName->length,
                                          "com.sun.star.lang.IllegalArgumentException") == 0)
        *ppRet = illegal_argument();
}

/* ---- references by name, for the menu's component ---- */

void SAL_CALL typelib_typedescriptionreference_newByAsciiName(typelib_TypeDescriptionReference **ppTDR,
                                                              typelib_TypeClass eTypeClass, const char *pTypeName)
{
    *ppTDR = reference(eTypeClass, pTypeName); /* kept for the process: nothing to release */
}

void SAL_CALL typelib_typedescriptionreference_release(typelib_TypeDescriptionReference *pRef)
{
    (void)pRef;
}

void SAL_CALL typelib_typedescription_release(typelib_TypeDescription *pDesc)
{
    (void)pDesc;
}
