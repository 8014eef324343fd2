/* SPDX-License-Identifier: MPL-2.0 */
/* Helpers the core's modules share. Not part of the core's interface: not
   in star_core.h, not exported by the shared library. */
#ifndef STAR_COMMON_H
#define STAR_COMMON_H

#include <stddef.h>
#include "rule.h"
#include "status.h"

/* STAR_OK when the n values are all finite, else STAR_E_NONFINITE. */
star_status star_finite(const double *x, size_t n);

/* One per-row input of a checker: its parameter name, its n values (NULL
   for an optional input not given) and the rule each value must keep. */
typedef struct star_input {
    const char *name;
    const double *x;
    star_rule rule;
} star_input;

/* The first row, and within it the first input, whose value breaks its
   rule: STAR_E_DOMAIN there (*where, may be NULL); STAR_OK when none does. */
star_status star_check_rows(size_t n, const star_input *inputs, size_t count, star_where *where);

#endif
