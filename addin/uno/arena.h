/* SPDX-License-Identifier: MPL-2.0 */
/* Per-call scratch memory: everything a call allocates is freed in one go,
   so no path through the glue can leak. */
#ifndef STAR_ARENA_H
#define STAR_ARENA_H

#include <stddef.h>

typedef struct star_arena_block star_arena_block;

typedef struct star_arena {
    star_arena_block *blocks;
} star_arena;

/* size bytes aligned for any type, or NULL; count*size overflow gives NULL. */
void *star_arena_alloc(star_arena *arena, size_t count, size_t size);
void star_arena_free(star_arena *arena);

#endif
