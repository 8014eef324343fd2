/* SPDX-License-Identifier: MPL-2.0 */
/* The cppu3.dll stand-in's values (see cppu3.h): construction, copy and
   destruction of values of any type it knows, anys and sequences, following
   cppu's rules: a small value sits inside its any (pData points at
   pReserved), a larger one is allocated; a void any points at itself;
   sequences and strings are shared by reference count, interfaces are
   acquired and released. */
#include "cppu3.h"

#include <stdlib.h>
#include <string.h>

static void construct(void *value, typelib_TypeDescriptionReference *type);
static void copy(void *to, void *from, typelib_TypeDescriptionReference *type, uno_AcquireFunc acquire);
static void destruct(void *value, typelib_TypeDescriptionReference *type, uno_ReleaseFunc release);

size_t stub_size_of(const typelib_TypeDescriptionReference *type)
{
    switch (type->eTypeClass) {
    case typelib_TypeClass_BOOLEAN:
    case typelib_TypeClass_BYTE: return 1;
    case typelib_TypeClass_CHAR:
    case typelib_TypeClass_SHORT:
    case typelib_TypeClass_UNSIGNED_SHORT: return 2;
    case typelib_TypeClass_LONG:
    case typelib_TypeClass_UNSIGNED_LONG:
    case typelib_TypeClass_FLOAT:
    case typelib_TypeClass_ENUM: return 4;
    case typelib_TypeClass_HYPER:
    case typelib_TypeClass_UNSIGNED_HYPER:
    case typelib_TypeClass_DOUBLE: return 8;
    case typelib_TypeClass_STRING:
    case typelib_TypeClass_TYPE:
    case typelib_TypeClass_SEQUENCE:
    case typelib_TypeClass_INTERFACE: return sizeof(void *);
    case typelib_TypeClass_ANY: return sizeof(uno_Any);
    case typelib_TypeClass_STRUCT:
    case typelib_TypeClass_EXCEPTION: return (size_t)type->pType->nSize;
    default: return 0;
    }
}

static bool is_compound(const typelib_TypeDescriptionReference *type)
{
    return type->eTypeClass == typelib_TypeClass_STRUCT || type->eTypeClass == typelib_TypeClass_EXCEPTION;
}

/* ---- anys ---- */

static void any_construct(uno_Any *any, void *from, typelib_TypeDescriptionReference *type, uno_AcquireFunc acquire)
{
    if (!type || type->eTypeClass == typelib_TypeClass_VOID) {
        any->pType = stub_void_type();
        any->pData = any;
        return;
    }
    any->pType = type;
    if (is_compound(type) || stub_size_of(type) > sizeof any->pReserved) {
        any->pData = malloc(stub_size_of(type));
        if (!any->pData)
            abort(); /* a test program: out of memory ends it */
    } else {
        any->pData = &any->pReserved;
    }
    if (from)
        copy(any->pData, from, type, acquire);
    else
        construct(any->pData, type);
}

static void any_destruct(uno_Any *any, uno_ReleaseFunc release)
{
    if (any->pType->eTypeClass == typelib_TypeClass_VOID)
        return;
    destruct(any->pData, any->pType, release);
    if (any->pData != &any->pReserved)
        free(any->pData);
}

/* ---- sequences ---- */

static typelib_TypeDescriptionReference *element_of(const typelib_TypeDescriptionReference *sequence)
{
    return ((const typelib_IndirectTypeDescription *)(const void *)sequence->pType)->pType;
}

static uno_Sequence *new_sequence(sal_Int32 count, const typelib_TypeDescriptionReference *element)
{
    size_t bytes = SAL_SEQUENCE_HEADER_SIZE + (size_t)count * stub_size_of(element);
    uno_Sequence *sequence = malloc(bytes > sizeof *sequence ? bytes : sizeof *sequence);
    if (!sequence)
        abort();
    sequence->nRefCount = 1;
    sequence->nElements = count;
    return sequence;
}

static void release_sequence(uno_Sequence *sequence, typelib_TypeDescriptionReference *type, uno_ReleaseFunc release)
{
    if (__atomic_sub_fetch(&sequence->nRefCount, 1, __ATOMIC_ACQ_REL) != 0)
        return;
    typelib_TypeDescriptionReference *element = element_of(type);
    size_t size = stub_size_of(element);
    for (sal_Int32 i = 0; i < sequence->nElements; i++)
        destruct(sequence->elements + (size_t)i * size, element, release);
    free(sequence);
}

/* A sequence of count elements: the first copied from `from` (when given),
   the rest default-constructed. */
static uno_Sequence *fill_sequence(typelib_TypeDescriptionReference *type, sal_Int32 count, char *from,
                                   sal_Int32 copied, uno_AcquireFunc acquire)
{
    typelib_TypeDescriptionReference *element = element_of(type);
    size_t size = stub_size_of(element);
    uno_Sequence *sequence = new_sequence(count, element);
    for (sal_Int32 i = 0; i < count; i++) {
        void *at = sequence->elements + (size_t)i * size;
        if (from && i < copied)
            copy(at, from + (size_t)i * size, element, acquire);
        else
            construct(at, element);
    }
    return sequence;
}

/* ---- any value ---- */

typedef void compound_step(void *value, void *from, typelib_TypeDescriptionReference *type,
                           uno_AcquireFunc acquire, uno_ReleaseFunc release);

/* Applies a step to every member of a struct or exception, base first. */
static void each_member(const typelib_CompoundTypeDescription *description, char *value, char *from,
                        compound_step *step, uno_AcquireFunc acquire, uno_ReleaseFunc release)
{
    if (description->pBaseTypeDescription)
        each_member(description->pBaseTypeDescription, value, from, step, acquire, release);
    for (sal_Int32 i = 0; i < description->nMembers; i++) {
        size_t offset = (size_t)description->pMemberOffsets[i];
        step(value + offset, from ? from + offset : NULL, description->ppTypeRefs[i], acquire, release);
    }
}

static const typelib_CompoundTypeDescription *compound_of(const typelib_TypeDescriptionReference *type)
{
    return (const typelib_CompoundTypeDescription *)(const void *)type->pType;
}

static void construct_step(void *value, void *from, typelib_TypeDescriptionReference *type,
                           uno_AcquireFunc acquire, uno_ReleaseFunc release)
{
    (void)from, (void)acquire, (void)release;
    construct(value, type);
}

static void copy_step(void *value, void *from, typelib_TypeDescriptionReference *type,
                      uno_AcquireFunc acquire, uno_ReleaseFunc release)
{
    (void)release;
    copy(value, from, type, acquire);
}

static void destruct_step(void *value, void *from, typelib_TypeDescriptionReference *type,
                          uno_AcquireFunc acquire, uno_ReleaseFunc release)
{
    (void)from, (void)acquire;
    destruct(value, type, release);
}

static void construct(void *value, typelib_TypeDescriptionReference *type)
{
    switch (type->eTypeClass) {
    case typelib_TypeClass_STRING:
        *(rtl_uString **)value = NULL;
        rtl_uString_new(value);
        break;
    case typelib_TypeClass_TYPE: *(typelib_TypeDescriptionReference **)value = stub_void_type(); break;
    case typelib_TypeClass_ANY: any_construct(value, NULL, NULL, NULL); break;
    case typelib_TypeClass_SEQUENCE: *(uno_Sequence **)value = fill_sequence(type, 0, NULL, 0, NULL); break;
    case typelib_TypeClass_STRUCT:
    case typelib_TypeClass_EXCEPTION:
        each_member(compound_of(type), value, NULL, construct_step, NULL, NULL);
        break;
    default: memset(value, 0, stub_size_of(type)); break; /* numbers, enums, a null interface */
    }
}

static void copy(void *to, void *from, typelib_TypeDescriptionReference *type, uno_AcquireFunc acquire)
{
    switch (type->eTypeClass) {
    case typelib_TypeClass_STRING:
        rtl_uString_acquire(*(rtl_uString **)from);
        *(rtl_uString **)to = *(rtl_uString **)from;
        break;
    case typelib_TypeClass_ANY: {
        uno_Any *any = from;
        any_construct(to, any->pData, any->pType, acquire);
        break;
    }
    case typelib_TypeClass_SEQUENCE:
        __atomic_add_fetch(&(*(uno_Sequence **)from)->nRefCount, 1, __ATOMIC_RELAXED);
        *(uno_Sequence **)to = *(uno_Sequence **)from;
        break;
    case typelib_TypeClass_INTERFACE: {
        uno_Interface *object = *(uno_Interface **)from;
        *(uno_Interface **)to = object;
        if (object && acquire)
            acquire(object);
        else if (object)
            object->acquire(object);
        break;
    }
    case typelib_TypeClass_STRUCT:
    case typelib_TypeClass_EXCEPTION:
        each_member(compound_of(type), to, from, copy_step, acquire, NULL);
        break;
    default: memcpy(to, from, stub_size_of(type)); break; /* numbers, enums, types (never freed) */
    }
}

static void destruct(void *value, typelib_TypeDescriptionReference *type, uno_ReleaseFunc release)
{
    switch (type->eTypeClass) {
    case typelib_TypeClass_STRING: rtl_uString_release(*(rtl_uString **)value); break;
    case typelib_TypeClass_ANY: any_destruct(value, release); break;
    case typelib_TypeClass_SEQUENCE: release_sequence(*(uno_Sequence **)value, type, release); break;
    case typelib_TypeClass_INTERFACE: {
        uno_Interface *object = *(uno_Interface **)value;
        if (object && release)
            release(object);
        else if (object)
            object->release(object);
        break;
    }
    case typelib_TypeClass_STRUCT:
    case typelib_TypeClass_EXCEPTION:
        each_member(compound_of(type), value, NULL, destruct_step, NULL, release);
        break;
    default: break;
    }
}

/* ---- the exported functions ---- */

void SAL_CALL uno_type_constructData(void *pMem, typelib_TypeDescriptionReference *pType)
{
    construct(pMem, pType);
}

void SAL_CALL uno_constructData(void *pMem, typelib_TypeDescription *pTypeDescr)
{
    construct(pMem, pTypeDescr->pWeakRef);
}

void SAL_CALL uno_type_destructData(void *pValue, typelib_TypeDescriptionReference *pType, uno_ReleaseFunc release)
{
    destruct(pValue, pType, release);
}

void SAL_CALL uno_destructData(void *pValue, typelib_TypeDescription *pTypeDescr, uno_ReleaseFunc release)
{
    destruct(pValue, pTypeDescr->pWeakRef, release);
}

void SAL_CALL uno_type_any_construct(uno_Any *pDest, void *pSource, typelib_TypeDescriptionReference *pType,
                                     uno_AcquireFunc acquire)
{
    any_construct(pDest, pSource, pType, acquire);
}

void SAL_CALL uno_any_construct(uno_Any *pDest, void *pSource, typelib_TypeDescription *pTypeDescr,
                                uno_AcquireFunc acquire)
{
    any_construct(pDest, pSource, pTypeDescr ? pTypeDescr->pWeakRef : NULL, acquire);
}

void SAL_CALL uno_any_destruct(uno_Any *pValue, uno_ReleaseFunc release)
{
    any_destruct(pValue, release);
}

sal_Bool SAL_CALL uno_type_sequence_construct(uno_Sequence **ppSequence, typelib_TypeDescriptionReference *pType,
                                              void *pElements, sal_Int32 len, uno_AcquireFunc acquire)
{
    *ppSequence = fill_sequence(pType, len, pElements, len, acquire);
    return 1;
}

/* cppu reallocates in place when the sequence is not shared; a new copy
   gives the caller the same result. */
sal_Bool SAL_CALL uno_type_sequence_realloc(uno_Sequence **ppSequence, typelib_TypeDescriptionReference *pType,
                                            sal_Int32 nSize, uno_AcquireFunc acquire, uno_ReleaseFunc release)
{
    uno_Sequence *old = *ppSequence;
    *ppSequence = fill_sequence(pType, nSize, old->elements, old->nElements, acquire);
    release_sequence(old, pType, release);
    return 1;
}
