/* occurrence.h - finding expected words in a test document: the unit tests that check
 * where findings land name a trigger by its text and which occurrence it is. Include
 * after <string.h> and <stdint.h>. */
#ifndef CCK_TEST_OCCURRENCE_H
#define CCK_TEST_OCCURRENCE_H

/* The byte offset of the nth (0-based) occurrence of what in doc, or SIZE_MAX. */
static size_t nth_occurrence(const char *doc, const char *what, int nth)
{
    const char *at = doc;
    for (int i = 0;; i++) {
        at = strstr(at, what);
        if (!at)
            return SIZE_MAX;
        if (i == nth)
            return (size_t)(at - doc);
        at++;
    }
}

#endif /* CCK_TEST_OCCURRENCE_H */
