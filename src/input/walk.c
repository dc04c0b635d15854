/* walk.c - a depth-first folder walk with an explicit stack: regular files in sorted
 * byte order, hidden entries skipped, symbolic links not followed. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "input/input.h"

struct cck_walk {
    char **stack;  /* paths still to visit; the top is visited next */
    size_t count;
    size_t cap;
    char *current; /* the path handed out by the last call */
    int root_pending;
    int recursive;
};

static int push(cck_walk *walk, char *path)
{
    void *items = walk->stack;
    if (cck_grow(&items, &walk->cap, walk->count + 1, sizeof *walk->stack) != CCK_OK)
        return CCK_ENOMEM;
    walk->stack = items;
    walk->stack[walk->count++] = path;
    return CCK_OK;
}

cck_walk *cck_walk_new(const char *root)
{
    cck_walk *walk = cck_calloc(1, sizeof *walk);
    if (!walk)
        return NULL;
    char *copy = cck_strndup(root, strlen(root));
    if (!copy || push(walk, copy) != CCK_OK) {
        cck_free(copy);
        cck_walk_free(walk);
        return NULL;
    }
    walk->root_pending = 1;
    walk->recursive = 1;
    return walk;
}

void cck_walk_set_recursive(cck_walk *walk, int recursive)
{
    walk->recursive = recursive;
}

void cck_walk_free(cck_walk *walk)
{
    if (!walk)
        return;
    for (size_t i = 0; i < walk->count; i++)
        cck_free(walk->stack[i]);
    cck_free(walk->stack);
    cck_free(walk->current);
    cck_free(walk);
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join(const char *dir, const char *name)
{
    size_t dir_len = strlen(dir);
    size_t name_len = strlen(name);
    int slash = dir_len == 0 || dir[dir_len - 1] != '/';
    if (dir_len > SIZE_MAX - name_len - 2)
        return NULL;
    char *path = cck_malloc(dir_len + (size_t)slash + name_len + 1);
    if (!path)
        return NULL;
    memcpy(path, dir, dir_len);
    if (slash)
        path[dir_len] = '/';
    memcpy(path + dir_len + (size_t)slash, name, name_len + 1);
    return path;
}

/* Pushes the visible entries of folder `dir`, so that they pop in sorted order. */
static int expand(cck_walk *walk, const char *dir, cck_error *error)
{
    DIR *handle = opendir(dir);
    if (!handle)
        return cck_error_set(error, CCK_EIO, dir, 0, 0, "cannot list folder: %s",
                             strerror(errno));
    char **names = NULL;
    size_t count = 0, cap = 0;
    int status = CCK_OK;
    struct dirent *entry;
    errno = 0;
    while ((entry = readdir(handle)) != NULL) {
        if (entry->d_name[0] == '.')
            continue;
        void *items = names;
        char *name = cck_strndup(entry->d_name, strlen(entry->d_name));
        if (!name || cck_grow(&items, &cap, count + 1, sizeof *names) != CCK_OK) {
            cck_free(name);
            status = cck_error_set(error, CCK_ENOMEM, dir, 0, 0, "out of memory");
            goto done;
        }
        names = items;
        names[count++] = name;
        errno = 0;
    }
    if (errno != 0) {
        status = cck_error_set(error, CCK_EIO, dir, 0, 0, "cannot list folder: %s",
                               strerror(errno));
        goto done;
    }
    if (count > 1)
        qsort(names, count, sizeof *names, compare_names);
    for (size_t i = count; i-- > 0;) {
        char *path = join(dir, names[i]);
        if (!path || push(walk, path) != CCK_OK) {
            cck_free(path);
            status = cck_error_set(error, CCK_ENOMEM, dir, 0, 0, "out of memory");
            goto done;
        }
    }

done:
    for (size_t i = 0; i < count; i++)
        cck_free(names[i]);
    cck_free(names);
    closedir(handle);
    return status;
}

int cck_walk_next(cck_walk *walk, const char **path, cck_error *error)
{
    cck_free(walk->current);
    walk->current = NULL;
    while (walk->count > 0) {
        char *top = walk->stack[--walk->count];
        int is_root = walk->root_pending;
        walk->root_pending = 0;
        struct stat st;
        /* The root was named by the user and may be a link; entries found inside
         * are looked at as they are. */
        int rc = is_root ? stat(top, &st) : lstat(top, &st);
        if (rc != 0) {
            int status = cck_error_set(error, CCK_EIO, top, 0, 0, "cannot stat: %s",
                                       strerror(errno));
            cck_free(top);
            return status;
        }
        if (S_ISDIR(st.st_mode) && (is_root || walk->recursive)) {
            int status = expand(walk, top, error);
            cck_free(top);
            if (status != CCK_OK)
                return status;
            continue;
        }
        if (S_ISREG(st.st_mode)) {
            walk->current = top;
            *path = top;
            return 1;
        }
        cck_free(top);
    }
    return 0;
}
