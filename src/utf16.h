/*
 * UTF-16 to UTF-8: how Windows' command line reaches the program.  A
 * pure function, so that it is tested and fuzzed on every system.
 */
#ifndef UTF16_H
#define UTF16_H

#include <stddef.h>
#include <stdint.h>

/* The most bytes n UTF-16 units become, with the closing NUL. */
#define UTF16_TO_UTF8_MAX(n) (3 * (n) + 1)

/* Writes in[0..n) as UTF-8 to out, which holds UTF16_TO_UTF8_MAX(n)
 * bytes, and a NUL; returns the bytes written before the NUL.  A lone
 * surrogate becomes U+FFFD, so out is always well-formed UTF-8. */
size_t utf16_to_utf8(const uint16_t *in, size_t n, char *out);

#endif
