/* walk.c - a depth-first folder walk with an explicit stack of open folders: regular
 * files in sorted byte order at each level, hidden entries, --include/--exclude globs
 * and .gitignore rules applied on the way, symbolic links skipped or followed with
 * loops caught by (device, inode). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "input/input.h"

/* A .gitignore larger than this is not read (it would not be a real one). */
#define MAX_GITIGNORE_BYTES ((size_t)4 << 20)

/* A folder being listed. */
typedef struct frame {
    char *path;        /* as shown: the root, then root/sub... */
    size_t prefix_len; /* bytes before the names inside it (path and separator) */
    char **names;      /* its entries, sorted */
    size_t count;
    size_t next;       /* the next entry to look at */
    cck_ignore *ignore; /* its .gitignore rules, or NULL */
    dev_t dev;
    ino_t ino;
} frame;

struct cck_walk {
    char *root;
    cck_walk_options options;
    frame *frames; /* frames[0] is the root */
    size_t depth;
    size_t cap;
    char *current; /* the path handed out by the last call */
    size_t current_size;
    dev_t current_dev; /* and the file's device and inode */
    ino_t current_ino;
    size_t not_included; /* files that matched no include */
    int started;
};

cck_walk *cck_walk_new(const char *root, const cck_walk_options *options)
{
    cck_walk *walk = cck_calloc(1, sizeof *walk);
    if (!walk)
        return NULL;
    walk->root = cck_strndup(root, strlen(root));
    if (!walk->root) {
        cck_free(walk);
        return NULL;
    }
    if (options)
        walk->options = *options;
    return walk;
}

static void frame_free(frame *f)
{
    for (size_t i = 0; i < f->count; i++)
        cck_free(f->names[i]);
    cck_free(f->names);
    cck_free(f->path);
    cck_ignore_free(f->ignore);
}

void cck_walk_free(cck_walk *walk)
{
    if (!walk)
        return;
    for (size_t i = 0; i < walk->depth; i++)
        frame_free(&walk->frames[i]);
    cck_free(walk->frames);
    cck_free(walk->current);
    cck_free(walk->root);
    cck_free(walk);
}

size_t cck_walk_get_size(const cck_walk *walk)
{
    return walk->current_size;
}

size_t cck_walk_get_not_included(const cck_walk *walk)
{
    return walk->not_included;
}

int cck_walk_is_file(const cck_walk *walk, dev_t dev, ino_t ino)
{
    return walk->current_dev == dev && walk->current_ino == ino;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* dir + '/' + name (no doubled '/' when dir ends with one). */
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

/* Hands `path` (owned) out as the current path. */
static void set_current(cck_walk *walk, char *path)
{
    cck_free(walk->current);
    walk->current = path;
}

/* Reads dir/.gitignore into *rules (left NULL when there is none). */
static int read_gitignore(const char *dir, cck_ignore **rules, char **problem_path,
                          cck_error *error)
{
    *rules = NULL;
    char *path = join(dir, ".gitignore");
    if (!path)
        return cck_error_set(error, CCK_ENOMEM, NULL, 0, 0, "out of memory");
    struct stat st;
    if (stat(path, &st) != 0 ? errno == ENOENT : !S_ISREG(st.st_mode)) {
        cck_free(path); /* none here (a folder named .gitignore is not one either) */
        return CCK_OK;
    }
    cck_buf text;
    cck_buf_init(&text);
    int status = cck_input_read_file(path, MAX_GITIGNORE_BYTES, &text, error);
    if (status == CCK_OK) {
        *rules = cck_ignore_new();
        if (!*rules || cck_ignore_add_buffer(*rules, text.data ? text.data : "", text.len) !=
                           CCK_OK)
            status = cck_error_set(error, CCK_ENOMEM, NULL, 0, 0, "out of memory");
        else if (cck_ignore_get_rule_count(*rules) == 0) {
            cck_ignore_free(*rules);
            *rules = NULL;
        }
    }
    cck_buf_free(&text);
    if (status != CCK_OK) {
        cck_ignore_free(*rules);
        *rules = NULL;
        *problem_path = path;
    } else {
        cck_free(path);
    }
    return status;
}

/* Lists folder `path` (owned, given up even on failure) and pushes it as a frame.
 * A folder that cannot be listed is an error and is not pushed; a .gitignore that
 * cannot be read is an error too, but the folder is still walked. */
static int push_folder(cck_walk *walk, char *path, const struct stat *st, cck_error *error)
{
    DIR *handle = opendir(path);
    if (!handle) {
        int status = cck_error_set(error, CCK_EIO, NULL, 0, 0, "cannot list folder: %s",
                                   strerror(errno));
        set_current(walk, path);
        return status;
    }
    frame f;
    memset(&f, 0, sizeof f);
    f.path = path;
    size_t len = strlen(path);
    f.prefix_len = len + (len > 0 && path[len - 1] != '/');
    f.dev = st->st_dev;
    f.ino = st->st_ino;
    size_t cap = 0;
    int status = CCK_OK;
    struct dirent *entry;
    errno = 0;
    while ((entry = readdir(handle)) != NULL) {
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0') ||
                               !walk->options.hidden)) {
            errno = 0;
            continue;
        }
        void *items = f.names;
        char *copy = cck_strndup(name, strlen(name));
        if (!copy || cck_grow(&items, &cap, f.count + 1, sizeof *f.names) != CCK_OK) {
            cck_free(copy);
            status = cck_error_set(error, CCK_ENOMEM, NULL, 0, 0, "out of memory");
            break;
        }
        f.names = items;
        f.names[f.count++] = copy;
        errno = 0;
    }
    if (status == CCK_OK && errno != 0)
        status = cck_error_set(error, CCK_EIO, NULL, 0, 0, "cannot list folder: %s",
                               strerror(errno));
    closedir(handle);
    if (status == CCK_OK) {
        void *items = walk->frames;
        if (cck_grow(&items, &walk->cap, walk->depth + 1, sizeof *walk->frames) != CCK_OK)
            status = cck_error_set(error, CCK_ENOMEM, NULL, 0, 0, "out of memory");
        else
            walk->frames = items;
    }
    if (status != CCK_OK) {
        f.path = NULL;
        frame_free(&f);
        set_current(walk, path);
        return status;
    }
    if (f.count > 1)
        qsort(f.names, f.count, sizeof *f.names, compare_names);
    char *problem = NULL;
    if (walk->options.gitignore)
        status = read_gitignore(path, &f.ignore, &problem, error);
    walk->frames[walk->depth++] = f;
    if (status != CCK_OK) {
        set_current(walk, problem);
        return status;
    }
    return CCK_OK;
}

/* 1: .gitignore rules or an --exclude glob leave the entry out; 2: it is a file that
 * matches no include; 0: it is walked. */
static int left_out_by(const cck_walk *walk, const char *path, int is_dir)
{
    size_t len = strlen(path);
    if (walk->options.gitignore) {
        /* The deepest .gitignore with a matching rule decides. */
        for (size_t i = walk->depth; i-- > 0;) {
            const frame *f = &walk->frames[i];
            if (!f->ignore)
                continue;
            int verdict = cck_ignore_match(f->ignore, path + f->prefix_len,
                                           len - f->prefix_len, is_dir);
            if (verdict == CCK_IGNORE_EXCLUDE)
                return 1;
            if (verdict == CCK_IGNORE_INCLUDE)
                break;
        }
    }
    const char *relative = path + walk->frames[0].prefix_len;
    size_t relative_len = len - walk->frames[0].prefix_len;
    for (size_t i = 0; i < walk->options.exclude_count; i++)
        if (cck_glob_match(walk->options.exclude[i], relative, relative_len, is_dir))
            return 1;
    if (!is_dir && walk->options.include_count) {
        for (size_t i = 0; i < walk->options.include_count; i++)
            if (cck_glob_match(walk->options.include[i], relative, relative_len, 0))
                return 0;
        return 2;
    }
    return 0;
}

/* Whether .gitignore rules or an --exclude glob leave the entry out, or, for a file,
 * no include takes it in (counted). */
static int is_ignored(cck_walk *walk, const char *path, int is_dir)
{
    int why = left_out_by(walk, path, is_dir);
    walk->not_included += why == 2;
    return why != 0;
}

/* The folder among the open ones that has this device and inode, or NULL. */
static const frame *find_ancestor(const cck_walk *walk, const struct stat *st)
{
    for (size_t i = 0; i < walk->depth; i++)
        if (walk->frames[i].dev == st->st_dev && walk->frames[i].ino == st->st_ino)
            return &walk->frames[i];
    return NULL;
}

static int start(cck_walk *walk, const char **path, cck_error *error)
{
    walk->started = 1;
    char *root = cck_strndup(walk->root, strlen(walk->root));
    if (!root)
        return cck_error_set(error, CCK_ENOMEM, NULL, 0, 0, "out of memory");
    struct stat st;
    if (stat(root, &st) != 0) {
        int status = cck_error_set(error, CCK_EIO, NULL, 0, 0, "cannot stat: %s",
                                   strerror(errno));
        set_current(walk, root);
        *path = root;
        return status;
    }
    if (S_ISDIR(st.st_mode)) {
        int status = push_folder(walk, root, &st, error);
        if (status != CCK_OK)
            *path = walk->current;
        return status;
    }
    set_current(walk, root);
    *path = root;
    if (S_ISREG(st.st_mode)) {
        walk->current_size = (size_t)st.st_size;
        walk->current_dev = st.st_dev;
        walk->current_ino = st.st_ino;
        return 1;
    }
    return cck_error_set(error, CCK_EINVAL, NULL, 0, 0, "not a regular file or folder");
}

int cck_walk_next(cck_walk *walk, const char **path, cck_error *error)
{
    cck_error_clear(error);
    if (!walk->started) {
        int status = start(walk, path, error);
        if (status != CCK_OK)
            return status;
    }
    while (walk->depth > 0) {
        frame *top = &walk->frames[walk->depth - 1];
        if (top->next == top->count) {
            frame_free(top);
            walk->depth--;
            continue;
        }
        char *entry = join(top->path, top->names[top->next++]);
        if (!entry)
            return cck_error_set(error, CCK_ENOMEM, NULL, 0, 0, "out of memory");
        set_current(walk, entry);
        *path = entry;
        struct stat st;
        int rc = walk->options.follow ? stat(entry, &st) : lstat(entry, &st);
        if (rc != 0) {
            int saved = errno;
            struct stat link;
            if (walk->options.follow && saved == ENOENT && lstat(entry, &link) == 0 &&
                S_ISLNK(link.st_mode))
                return cck_error_set(error, CCK_EIO, NULL, 0, 0,
                                     "broken symbolic link: its target does not exist");
            if (saved == ENOENT)
                return cck_error_set(error, CCK_EIO, NULL, 0, 0,
                                     "disappeared during the walk: %s", strerror(saved));
            return cck_error_set(error, CCK_EIO, NULL, 0, 0, "cannot stat: %s",
                                 strerror(saved));
        }
        int is_dir = S_ISDIR(st.st_mode);
        if (!is_dir && !S_ISREG(st.st_mode))
            continue; /* links (when not followed), devices, pipes, sockets */
        if (is_dir && walk->options.no_recursion)
            continue;
        if (is_ignored(walk, entry, is_dir))
            continue;
        if (is_dir) {
            const frame *ancestor = walk->options.follow ? find_ancestor(walk, &st) : NULL;
            if (ancestor)
                return cck_error_set(error, CCK_WALK_NOTE, NULL, 0, 0,
                                     "symbolic link loop: the same folder as %s, not "
                                     "followed",
                                     ancestor->path);
            char *copy = cck_strndup(entry, strlen(entry));
            if (!copy)
                return cck_error_set(error, CCK_ENOMEM, NULL, 0, 0, "out of memory");
            int status = push_folder(walk, copy, &st, error);
            if (status != CCK_OK) {
                *path = walk->current;
                return status;
            }
            continue;
        }
        walk->current_size = (size_t)st.st_size;
        walk->current_dev = st.st_dev;
        walk->current_ino = st.st_ino;
        return 1;
    }
    return 0;
}
