/* read.c - reading a whole file or stream into memory, with a size limit, and the
 * cheap test that tells binary files from text. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "input/input.h"

#define READ_CHUNK ((size_t)1 << 16)

size_t cck_input_find_binary(const char *buf, size_t len)
{
    size_t probe = len < CCK_INPUT_BINARY_PROBE ? len : CCK_INPUT_BINARY_PROBE;
    const char *nul = probe ? memchr(buf, '\0', probe) : NULL;
    return nul ? (size_t)(nul - buf) : (size_t)-1;
}

/* Appends everything fd still has to give, refusing to hold more than max_bytes. */
static int read_fd(int fd, const char *name, size_t max_bytes, cck_buf *out,
                   cck_error *error)
{
    for (;;) {
        if (cck_buf_reserve(out, READ_CHUNK) != CCK_OK)
            return cck_error_set(error, CCK_ENOMEM, name, 0, 0, "out of memory");
        ssize_t got = read(fd, out->data + out->len, READ_CHUNK);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return cck_error_set(error, CCK_EIO, name, 0, 0, "cannot read: %s",
                                 strerror(errno));
        }
        if (got == 0)
            return CCK_OK;
        out->len += (size_t)got;
        out->data[out->len] = '\0';
        if (max_bytes && out->len > max_bytes)
            return cck_error_set(error, CCK_ELIMIT, name, 0, 0,
                                 "larger than the limit of %zu bytes (--max-record-bytes)",
                                 max_bytes);
    }
}

int cck_input_read_file(const char *path, size_t max_bytes, cck_buf *out,
                        cck_error *error)
{
    cck_buf_clear(out);
    int fd = open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return cck_error_set(error, CCK_EIO, path, 0, 0, "cannot open: %s",
                             strerror(errno));
    int status;
    struct stat st;
    if (fstat(fd, &st) != 0) {
        status = cck_error_set(error, CCK_EIO, path, 0, 0, "cannot stat: %s",
                               strerror(errno));
        goto fail;
    }
    if (S_ISDIR(st.st_mode)) {
        status = cck_error_set(error, CCK_EINVAL, path, 0, 0, "is a folder");
        goto fail;
    }
    /* a pipe, a terminal or a device named by the user (<(...), /dev/stdin) is read to
     * its end, as stdin is; the size check below is for regular files, whose size is
     * known before reading */
    if (max_bytes && S_ISREG(st.st_mode) && st.st_size > 0 && (uintmax_t)st.st_size > (uintmax_t)max_bytes) {
        status = cck_error_set(error, CCK_ELIMIT, path, 0, 0,
                               "file of %jd bytes is larger than the limit of %zu bytes "
                               "(--max-record-bytes)",
                               (intmax_t)st.st_size, max_bytes);
        goto fail;
    }
    status = read_fd(fd, path, max_bytes, out, error);
    if (status != CCK_OK)
        goto fail;
    close(fd);
    return CCK_OK;

fail:
    close(fd);
    cck_buf_clear(out);
    return status;
}

int cck_input_read_stream(FILE *stream, const char *name, size_t max_bytes, cck_buf *out,
                          cck_error *error)
{
    cck_buf_clear(out);
    for (;;) {
        if (cck_buf_reserve(out, READ_CHUNK) != CCK_OK)
            return cck_error_set(error, CCK_ENOMEM, name, 0, 0, "out of memory");
        size_t got = fread(out->data + out->len, 1, READ_CHUNK, stream);
        out->len += got;
        out->data[out->len] = '\0';
        if (max_bytes && out->len > max_bytes) {
            cck_buf_clear(out);
            return cck_error_set(error, CCK_ELIMIT, name, 0, 0,
                                 "larger than the limit of %zu bytes (--max-record-bytes)",
                                 max_bytes);
        }
        if (got < READ_CHUNK) {
            if (ferror(stream)) {
                int saved = errno;
                cck_buf_clear(out);
                return cck_error_set(error, CCK_EIO, name, 0, 0, "cannot read: %s",
                                     strerror(saved));
            }
            if (feof(stream))
                return CCK_OK;
        }
    }
}
