/* SPDX-License-Identifier: MPL-2.0 */
#include "common.h"

#include <math.h>

star_status star_finite(const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isfinite(x[i]))
            return STAR_E_NONFINITE;
    return STAR_OK;
}

star_status star_check_rows(size_t n, const star_input *inputs, size_t count, star_where *where)
{
    for (size_t i = 0; i < n; i++)
        for (size_t v = 0; v < count; v++)
            if (inputs[v].x && !star_rule_admits_inline(inputs[v].rule, inputs[v].x[i]))
                return star_found(where, STAR_E_DOMAIN, i, 0, inputs[v].name);
    return STAR_OK;
}
