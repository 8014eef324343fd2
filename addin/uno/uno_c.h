/* SPDX-License-Identifier: MPL-2.0 */
/* The LibreOffice C headers the glue needs, made to compile as C11.
   typelib/typedescription.h (7.4) ends with helpers written as C++: a plain
   `inline bool` taking `_typelib_TypeClass` without `enum`. We supply what C
   lacks around that one include; the other C headers are clean. The headers
   it includes come first, so the `inline` trick reaches no system header
   (on Windows, osl/interlck.h includes <intrin.h>). */
#ifndef STAR_UNO_C_H
#define STAR_UNO_C_H

#include <stdbool.h>
#include <cppu/cppudllapi.h>
#include <rtl/ustring.h>
#include <typelib/typeclass.h>
#include <typelib/uik.h>

#define _typelib_TypeClass enum _typelib_TypeClass
#define inline static inline
#include <typelib/typedescription.h>
#undef inline
#undef _typelib_TypeClass

#include <osl/mutex.h>
#include <rtl/string.h>
#include <rtl/textcvt.h>
#include <rtl/ustring.h>
#include <uno/any2.h>
#include <uno/data.h>
#include <uno/dispatcher.h>
#include <uno/environment.h>
#include <uno/sequence2.h>

#endif
