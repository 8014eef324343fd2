/* SPDX-License-Identifier: MPL-2.0 */
/* Replays fuzz inputs through a target without libFuzzer, so that the seed
   corpus (and every input that once found a bug) runs as an ordinary
   regression test with any compiler, under sanitizers or valgrind.
   Usage: replay_TARGET FILE|DIRECTORY... */
#define _POSIX_C_SOURCE 200809L
#include "fuzz.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 1;
    }
    uint8_t *data = NULL;
    size_t size = 0, room = 0, got;
    do {
        if (size == room) {
            room = room ? 2 * room : 4096;
            uint8_t *more = realloc(data, room);
            if (!more)
                abort();
            data = more;
        }
        got = fread(data + size, 1, room - size, f);
        size += got;
    } while (got > 0);
    fclose(f);
    LLVMFuzzerTestOneInput(data, size);
    free(data);
    return 0;
}

static int compare(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files of a directory in name order, so runs are reproducible. */
static int replay_directory(const char *path, size_t *count)
{
    DIR *dir = opendir(path);
    if (!dir) {
        perror(path);
        return 1;
    }
    char **names = NULL;
    size_t n = 0, room = 0;
    for (struct dirent *e; (e = readdir(dir));) {
        if (e->d_name[0] == '.')
            continue;
        if (n == room) {
            room = room ? 2 * room : 64;
            char **more = realloc(names, room * sizeof *names);
            if (!more)
                abort();
            names = more;
        }
        size_t len = strlen(path) + strlen(e->d_name) + 2;
        names[n] = malloc(len);
        if (!names[n])
            abort();
        snprintf(names[n++], len, "%s/%s", path, e->d_name);
    }
    closedir(dir);
    qsort(names, n, sizeof *names, compare);
    int failures = 0;
    for (size_t i = 0; i < n; i++) {
        failures += replay_file(names[i]);
        free(names[i]);
    }
    free(names);
    *count += n;
    return failures;
}

int main(int argc, char **argv)
{
    size_t count = 0;
    int failures = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            failures += replay_directory(argv[i], &count);
        } else {
            failures += replay_file(argv[i]);
            count++;
        }
    }
    printf("replayed %zu inputs\n", count);
    return failures ? 1 : 0;
}
