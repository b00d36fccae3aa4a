#ifndef UTF8_H
#define UTF8_H

#include <stddef.h>

/*
 * Length of the well-formed UTF-8 sequence at s, of at most avail bytes
 * (no overlong forms, no surrogates), or 0 if there is none.
 */
size_t utf8_len(const unsigned char *s, size_t avail);

/* Writes code point cp (at most 0x10FFFF) as UTF-8 at out, 1 to 4
 * bytes, and returns how many. */
size_t utf8_put(unsigned long cp, unsigned char *out);

#endif
