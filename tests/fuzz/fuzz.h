/* fuzz.h - what the fuzz targets share: the libFuzzer entry point, the option bytes
 * at the front of an input, an independent UTF-8 validator, the default engines and a
 * check that turns a broken invariant into a crash libFuzzer can see. */
#ifndef CCK_FUZZ_H
#define CCK_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "claimcheck.h"

/* Defined by each target; called by libFuzzer or by replay.c. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The input as it is consumed: option bytes first, then the payload. */
typedef struct fuzz_input {
    const uint8_t *data;
    size_t size;
} fuzz_input;

/* Takes the next byte of the input, or 0 when it is used up. */
unsigned fuzz_take_byte(fuzz_input *in);

/* 1 when s[0..len) is well-formed UTF-8 (Unicode 15, table 3-7: no overlongs, no
 * surrogates, nothing above U+10FFFF, nothing truncated). Written here rather than
 * taken from the library so that it checks the library's output independently. */
int fuzz_utf8_is_valid(const char *s, size_t len);

/* Decodes one well-formed character at s[0..len): its length, or 0 when the bytes
 * there are not well-formed. */
size_t fuzz_utf8_decode(const char *s, size_t len, uint32_t *cp);

/* The engine of the embedded lexicons with all_topics off (0) or on (1), compiled on
 * first use and freed at exit. */
const cck_engine *fuzz_default_engine(int all_topics);

/* A copy of data[0..size) in its own allocation, so that ASan sees any read past
 * the end (libFuzzer's buffer is exact, a replay's is too, but a slice is not). */
char *fuzz_copy(const uint8_t *data, size_t size);

/* Stops the process with a message when an invariant does not hold: libFuzzer then
 * records the input as a crash, and a replay fails. */
void fuzz_fail(const char *what, const char *file, int line);
#define FUZZ_CHECK(cond) ((cond) ? (void)0 : fuzz_fail(#cond, __FILE__, __LINE__))

#endif /* CCK_FUZZ_H */
