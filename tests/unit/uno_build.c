/* SPDX-License-Identifier: MPL-2.0 */
#include "uno_build.h"

#include <stdlib.h>
#include <string.h>

/* Its own types rather than the glue's, so that tests of the loaded DLL
   (tests/windows) build arguments the same way. */
typedef struct build_types {
    typelib_TypeDescriptionReference *number, *text, *row, *range;
} build_types;

static const build_types *types(void)
{
    static build_types t;
    if (!t.range) {
        t.number = *typelib_static_type_getByTypeClass(typelib_TypeClass_DOUBLE);
        t.text = *typelib_static_type_getByTypeClass(typelib_TypeClass_STRING);
        typelib_static_sequence_type_init(&t.row, *typelib_static_type_getByTypeClass(typelib_TypeClass_ANY));
        typelib_static_sequence_type_init(&t.range, t.row);
    }
    return &t;
}

static void put_text(uno_Any *any, const char *text)
{
    rtl_uString *str = NULL;
    rtl_string2UString(&str, text, (sal_Int32)strlen(text), RTL_TEXTENCODING_UTF8, OSTRING_TO_OUSTRING_CVTFLAGS);
    uno_any_destruct(any, NULL);
    uno_type_any_construct(any, &str, types()->text, NULL);
    rtl_uString_release(str);
}

uno_Sequence *uno_build_range(size_t rows, size_t cols, const char *const *cells)
{
    const build_types *t = types();
    uno_Sequence *range = NULL;
    uno_type_sequence_construct(&range, t->range, NULL, (sal_Int32)rows, NULL);
    uno_Sequence **row = (uno_Sequence **)range->elements;
    for (size_t r = 0; r < rows; r++) {
        uno_type_sequence_realloc(&row[r], t->row, (sal_Int32)cols, NULL, NULL);
        uno_Any *cell = (uno_Any *)row[r]->elements;
        for (size_t c = 0; c < cols; c++) {
            const char *text = cells[r * cols + c];
            if (text[0] == '\'') {
                put_text(&cell[c], text + 1);
            } else if (text[0] == '\0') {
                put_text(&cell[c], "");
            } else {
                double number = strtod(text, NULL);
                uno_any_destruct(&cell[c], NULL);
                uno_type_any_construct(&cell[c], &number, t->number, NULL);
            }
        }
    }
    return range;
}

void uno_build_free(uno_Sequence *range)
{
    uno_type_destructData(&range, types()->range, NULL);
}

typelib_TypeDescriptionReference *uno_build_range_type(void)
{
    return types()->range;
}
