/* SPDX-License-Identifier: MPL-2.0 */
#include "shares.h"

#include <math.h>

void star_shares_from_logs(size_t k, double *x)
{
    double top = -INFINITY;
    for (size_t i = 0; i < k; i++)
        top = fmax(top, x[i]);
    double total = 0.0;
    for (size_t i = 0; i < k; i++) {
        x[i] = exp(x[i] - top);
        total += x[i];
    }
    for (size_t i = 0; i < k; i++)
        x[i] /= total;
}
