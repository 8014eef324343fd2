/* SPDX-License-Identifier: MPL-2.0 */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>

/* One malloc per allocation keeps this simple; calls make a handful. */
struct star_arena_block {
    star_arena_block *next;
    alignas(max_align_t) unsigned char data[];
};

void *star_arena_alloc(star_arena *arena, size_t count, size_t size)
{
    if (size != 0 && count > (SIZE_MAX - sizeof(star_arena_block)) / size)
        return NULL;
    star_arena_block *block = malloc(sizeof *block + count * size);
    if (!block)
        return NULL;
    block->next = arena->blocks;
    arena->blocks = block;
    return block->data;
}

void star_arena_free(star_arena *arena)
{
    while (arena->blocks) {
        star_arena_block *next = arena->blocks->next;
        free(arena->blocks);
        arena->blocks = next;
    }
}
