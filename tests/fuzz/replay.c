/* replay.c - runs a fuzz target as an ordinary program: every file named on the
 * command line, and every file inside a named folder (sorted, dot files skipped), is
 * read whole and passed to LLVMFuzzerTestOneInput once. Used by ctest under gcc to
 * replay the committed seed corpora and crash reproducers; a broken invariant aborts. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static int read_whole(const char *path, uint8_t **data, size_t *size)
{
    FILE *file = fopen(path, "rb");
    if (!file)
        return -1;
    size_t cap = 4096, len = 0;
    uint8_t *buf = malloc(cap);
    while (buf) {
        if (len == cap) {
            uint8_t *grown = cap > SIZE_MAX / 2 ? NULL : realloc(buf, cap * 2);
            if (!grown) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = grown;
            cap *= 2;
        }
        size_t got = fread(buf + len, 1, cap - len, file);
        len += got;
        if (got == 0)
            break;
    }
    int failed = !buf || ferror(file);
    fclose(file);
    if (failed) {
        free(buf);
        return -1;
    }
    *data = buf;
    *size = len;
    return 0;
}

static int run_file(const char *path)
{
    uint8_t *data = NULL;
    size_t size = 0;
    if (read_whole(path, &data, &size) != 0) {
        fprintf(stderr, "replay: cannot read %s: %s\n", path, strerror(errno));
        return -1;
    }
    /* An exact-size copy: reading one byte past the input is caught by ASan. */
    uint8_t *exact = malloc(size ? size : 1);
    if (!exact) {
        free(data);
        return -1;
    }
    if (size)
        memcpy(exact, data, size);
    free(data);
    LLVMFuzzerTestOneInput(exact, size);
    free(exact);
    return 0;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Runs every regular file of a folder in name order; returns the number run or -1. */
static long run_folder(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "replay: cannot list %s: %s\n", dir, strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t count = 0, cap = 0;
    struct dirent *entry;
    int failed = 0;
    while ((entry = readdir(d)) != NULL) {
        if (entry->d_name[0] == '.')
            continue;
        if (count == cap) {
            size_t new_cap = cap ? cap * 2 : 64;
            char **grown = realloc(names, new_cap * sizeof *names);
            if (!grown) {
                failed = 1;
                break;
            }
            names = grown;
            cap = new_cap;
        }
        size_t dir_len = strlen(dir), name_len = strlen(entry->d_name);
        char *path = malloc(dir_len + name_len + 2);
        if (!path) {
            failed = 1;
            break;
        }
        memcpy(path, dir, dir_len);
        path[dir_len] = '/';
        memcpy(path + dir_len + 1, entry->d_name, name_len + 1);
        names[count++] = path;
    }
    closedir(d);
    if (count)
        qsort(names, count, sizeof *names, compare_names);
    long run = 0;
    for (size_t i = 0; i < count; i++) {
        struct stat st;
        if (!failed && stat(names[i], &st) == 0 && S_ISREG(st.st_mode)) {
            if (run_file(names[i]) != 0)
                failed = 1;
            else
                run++;
        }
        free(names[i]);
    }
    free(names);
    return failed ? -1 : run;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE_OR_FOLDER...\n", argv[0]);
        return 2;
    }
    long total = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            fprintf(stderr, "replay: %s: %s\n", argv[i], strerror(errno));
            return 2;
        }
        long run = 0;
        if (S_ISDIR(st.st_mode))
            run = run_folder(argv[i]);
        else
            run = run_file(argv[i]) == 0 ? 1 : -1;
        if (run < 0)
            return 2;
        total += run;
    }
    printf("replay: %ld inputs run, all passed\n", total);
    return 0;
}
