/* A line as the detector reads it: references, percent escapes,
 * Markdown's escaped underscores and fullwidth forms turned into what
 * they stand for. */
#ifndef NORMALIZE_H
#define NORMALIZE_H

#include <stddef.h>

/* Could normalize_line() change s[0..len)?  Cheap, and mostly no. */
int normalize_wanted(const char *s, size_t len);

/*
 * Writes the normal form of in[0..len) to out (room for len bytes: it
 * never grows) and returns its length.  *from and *upto, places in in,
 * become the same places in out.
 */
size_t normalize_line(const char *in, size_t len, char *out, size_t *from,
    size_t *upto);

#endif
