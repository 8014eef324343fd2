/* SPDX-License-Identifier: MPL-2.0 */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>

#define ALIGN alignof(max_align_t)
#define CHUNK ((size_t)64 * 1024) /* heap chunks are at least this large */

struct star_arena_block {
    star_arena_block *next;
    alignas(max_align_t) unsigned char data[];
};

void star_arena_init(star_arena *arena)
{
    arena->blocks = NULL;
    arena->next = arena->end = NULL;
}

void *star_arena_alloc(star_arena *arena, size_t count, size_t size)
{
    if (size != 0 && count > (SIZE_MAX - sizeof(star_arena_block) - ALIGN) / size)
        return NULL;
    size_t bytes = (count * size + ALIGN - 1) & ~(ALIGN - 1);
    if (!arena->end) {
        arena->next = arena->first;
        arena->end = arena->first + sizeof arena->first;
    }
    if (bytes <= (size_t)(arena->end - arena->next)) {
        void *p = arena->next;
        arena->next += bytes;
        return p;
    }
    /* A new chunk; what was left of the current one is given up. A request
       larger than a chunk gets a chunk of its own and the current one stays. */
    size_t room = bytes > CHUNK ? bytes : CHUNK;
    star_arena_block *block = malloc(sizeof *block + room);
    if (!block)
        return NULL;
    block->next = arena->blocks;
    arena->blocks = block;
    if (room == bytes)
        return block->data;
    arena->next = block->data + bytes;
    arena->end = block->data + room;
    return block->data;
}

void star_arena_free(star_arena *arena)
{
    while (arena->blocks) {
        star_arena_block *next = arena->blocks->next;
        free(arena->blocks);
        arena->blocks = next;
    }
    arena->next = arena->end = NULL;
}
