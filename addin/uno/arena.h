/* SPDX-License-Identifier: MPL-2.0 */
/* Per-call scratch memory: everything a call allocates is freed in one go,
   so no path through the glue can leak. Allocation bumps a pointer through
   a buffer inside the arena itself, so a call on a few cells (one formula a
   row) touches no heap at all; larger calls take chunks from the heap. */
#ifndef STAR_ARENA_H
#define STAR_ARENA_H

#include <stdalign.h>
#include <stddef.h>

/* Room inside the arena: enough for every argument of a call on one row. */
#define STAR_ARENA_INLINE 2048

typedef struct star_arena_block star_arena_block;

/* Zero-initialised ({0}) is an empty arena; it is not to be copied. */
typedef struct star_arena {
    star_arena_block *blocks;  /* heap chunks, newest first */
    unsigned char *next, *end; /* free space of the current buffer; NULL before the first use */
    alignas(max_align_t) unsigned char first[STAR_ARENA_INLINE];
} star_arena;

/* Makes an arena empty without touching its inline buffer. */
void star_arena_init(star_arena *arena);

/* count*size bytes aligned for any type, or NULL; count*size overflow gives
   NULL. The memory is not cleared. */
void *star_arena_alloc(star_arena *arena, size_t count, size_t size);

/* Frees every allocation; the arena is empty and usable again. */
void star_arena_free(star_arena *arena);

#endif
