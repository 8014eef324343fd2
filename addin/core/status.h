/* SPDX-License-Identifier: MPL-2.0 */
/* Status codes returned by every core function, and their words. */
#ifndef STAR_STATUS_H
#define STAR_STATUS_H

#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Keep in step with the message table in status.c (a unit test checks). */
typedef enum star_status {
    STAR_OK = 0,
    STAR_E_DOMAIN,          /* a value outside what its argument allows */
    STAR_E_SIZE,            /* lengths or shapes that do not fit together */
    STAR_E_EMPTY,           /* nothing to compute from */
    STAR_E_ALL_ZERO,        /* weights or swings that are all zero */
    STAR_E_SCALE,           /* a scale whose low and high are equal */
    STAR_E_NONFINITE,       /* the result would be infinite or not a number */
    STAR_E_NOMEM,           /* a working buffer could not be had */
    STAR_E_BOUNDS,          /* a lower limit above its upper limit */
    STAR_E_INFEASIBLE,      /* constraints no allocation can meet */
    STAR_E_INCONSISTENT,    /* e.g. a pairwise matrix that is not reciprocal */
    STAR_E_NO_CONVERGENCE,  /* a search or iteration hit its limit unproven */
    STAR_E_TOO_LARGE,       /* a problem beyond the documented size limits */
    STAR_STATUS_COUNT
} star_status;

/* A sentence fragment in plain words; never NULL, also for unknown values. */
STAR_API const char *star_strerror(star_status status);

#ifdef __cplusplus
}
#endif
#endif
