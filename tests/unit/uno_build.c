/* SPDX-License-Identifier: MPL-2.0 */
#include "uno_build.h"
#include "types.h"

#include <stdlib.h>
#include <string.h>

static void put_text(uno_Any *any, const char *text)
{
    rtl_uString *str = NULL;
    rtl_string2UString(&str, text, (sal_Int32)strlen(text), RTL_TEXTENCODING_UTF8, OSTRING_TO_OUSTRING_CVTFLAGS);
    uno_any_destruct(any, NULL);
    uno_type_any_construct(any, &str, star_types.text, NULL);
    rtl_uString_release(str);
}

uno_Sequence *uno_build_range(size_t rows, size_t cols, const char *const *cells)
{
    star_types_init();
    uno_Sequence *range = NULL;
    uno_type_sequence_construct(&range, star_types.range, NULL, (sal_Int32)rows, NULL);
    uno_Sequence **row = (uno_Sequence **)range->elements;
    for (size_t r = 0; r < rows; r++) {
        uno_type_sequence_realloc(&row[r], star_types.row, (sal_Int32)cols, NULL, NULL);
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
                uno_type_any_construct(&cell[c], &number, star_types.number, NULL);
            }
        }
    }
    return range;
}

void uno_build_free(uno_Sequence *range)
{
    uno_type_destructData(&range, star_types.range, NULL);
}
