/* SPDX-License-Identifier: MPL-2.0 */
/* The sizes and layouts LibreOffice's Windows x64 binaries (built with MSVC)
   assume, checked at compile time in every target of the Windows build: a
   wrong sal/typesizes.h would otherwise compile silently into a component
   that corrupts every value it exchanges. */
#include "../uno/uno_c.h"

#include <stdalign.h>
#include <stddef.h>

_Static_assert(sizeof(long) == 4, "Windows x64 is LLP64: long is 4 bytes");
_Static_assert(sizeof(void *) == 8, "a 64-bit target");
_Static_assert(sizeof(sal_Int8) == 1 && sizeof(sal_Int16) == 2, "sal_Int8, sal_Int16");
_Static_assert(sizeof(sal_Int32) == 4 && sizeof(sal_uInt32) == 4, "sal_Int32 is 4 bytes");
_Static_assert(sizeof(sal_Int64) == 8 && sizeof(sal_uInt64) == 8, "sal_Int64 is 8 bytes");
_Static_assert(alignof(sal_Int64) == 8 && alignof(double) == 8, "8-byte alignment of 64-bit values");
_Static_assert(sizeof(sal_Size) == 8 && sizeof(sal_IntPtr) == 8, "sal_Size and sal_IntPtr hold a pointer");
_Static_assert(sizeof(sal_Unicode) == 2, "sal_Unicode is UTF-16 (wchar_t on Windows)");
_Static_assert(sizeof(sal_Bool) == 1, "sal_Bool is one byte");
_Static_assert(sizeof(typelib_TypeClass) == 4, "enums are 4 bytes, as with MSVC");
_Static_assert(offsetof(sal_Sequence, elements) == 8, "sequence header: two sal_Int32");
_Static_assert(offsetof(rtl_uString, buffer) == 8, "string header: two sal_Int32");
_Static_assert(sizeof(uno_Any) == 24, "an any is three pointers");
_Static_assert(offsetof(typelib_TypeDescriptionReference, pTypeName) == 16,
               "type reference: three 4-byte fields, then pointers");
