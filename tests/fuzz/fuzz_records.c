/* fuzz_records.c - fuzz target for the record reader (one record per line, or one
 * JSON object per line).
 *
 * Option byte: bit 0 JSON Lines, else plain lines; bit 1 a record limit of the second
 * byte (plus one) bytes, else none; bit 2 the fields "body" and "key" instead of the
 * defaults. Third byte: when non-zero, a first line of about that many kilobytes / 2
 * is put before the input, so that later lines cross the reader's 64 KiB chunks.
 * Checks: exactly one record per line (a last line without a newline counts), numbered
 * in order; a record has text or an error, never both; plain lines come back byte for
 * byte (without the line end); a line over the limit is an error record; every byte
 * the reader hands out is readable. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "input/input.h"

/* Where touch() leaves its sums, so that the reads cannot be optimized away. */
static volatile unsigned touched;

/* Reads every byte of s[0..len) so that ASan checks the whole range. */
static unsigned touch(const char *s, size_t len)
{
    unsigned sum = 0;
    for (size_t i = 0; i < len; i++)
        sum += (unsigned char)s[i];
    return sum;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = {data, size};
    unsigned options = fuzz_take_byte(&in);
    unsigned limit_byte = fuzz_take_byte(&in);
    unsigned filler_byte = fuzz_take_byte(&in);
    size_t filler = filler_byte ? (size_t)filler_byte * 512 : 0;

    size_t len = filler + (filler ? 1 : 0) + in.size;
    char *stream_bytes = malloc(len ? len : 1);
    FUZZ_CHECK(stream_bytes != NULL);
    if (filler) {
        memset(stream_bytes, 'x', filler);
        stream_bytes[filler] = '\n';
    }
    if (in.size)
        memcpy(stream_bytes + len - in.size, in.data, in.size);
    if (len == 0) {
        free(stream_bytes);
        return 0; /* fmemopen needs at least one byte */
    }

    cck_record_options record_options = {
        .mode = (options & 1) ? CCK_RECORD_JSONL : CCK_RECORD_LINES,
        .max_record_bytes = (options & 2) ? (size_t)limit_byte + 1 : 0,
        .field = (options & 4) ? "body" : NULL,
        .id_field = (options & 4) ? "key" : NULL};
    FILE *stream = fmemopen(stream_bytes, len, "rb");
    FUZZ_CHECK(stream != NULL);
    cck_record_reader *reader = cck_record_reader_new(stream, &record_options);
    FUZZ_CHECK(reader != NULL);

    size_t at = 0, number = 0;
    unsigned sum = 0;
    for (;;) {
        cck_record record;
        cck_error error;
        int got = cck_record_reader_next(reader, &record, &error);
        FUZZ_CHECK(got == 0 || got == 1);
        if (got == 0)
            break;
        number++;
        FUZZ_CHECK(at < len);
        const char *nl = memchr(stream_bytes + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - stream_bytes) : len;
        size_t line_len = end - at;
        if (line_len && stream_bytes[end - 1] == '\r')
            line_len--;
        FUZZ_CHECK(record.number == number && record.line == number);
        FUZZ_CHECK((record.error != NULL) != (record.text != NULL));
        if (record.error) {
            FUZZ_CHECK(record.error[0] != '\0');
            sum += touch(record.error, strlen(record.error));
        } else {
            sum += touch(record.text, record.length);
        }
        if (record.id)
            sum += touch(record.id, record.id_length);
        int over = record_options.max_record_bytes && line_len > record_options.max_record_bytes;
        if (over)
            FUZZ_CHECK(record.error != NULL);
        if (record_options.mode == CCK_RECORD_LINES && !over) {
            FUZZ_CHECK(record.text != NULL && record.length == line_len);
            FUZZ_CHECK(line_len == 0 || memcmp(record.text, stream_bytes + at, line_len) == 0);
            FUZZ_CHECK(record.id == NULL);
        }
        at = end + 1;
    }
    FUZZ_CHECK(at >= len); /* every line was a record */
    cck_record_reader_free(reader);
    fclose(stream);
    free(stream_bytes);
    touched = sum;
    return 0;
}
