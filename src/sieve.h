/*
 * A glance at a line before --scan reads it closely: can it mention a
 * RAS code by number or by symbolic name at all?  Most log lines cannot,
 * and seeing that sixteen bytes at a time (eight, in plain C) is what
 * lets --scan keep up with grep.
 */
#ifndef SIEVE_H
#define SIEVE_H

#include <stddef.h>

/*
 * Where in s[0..len), from from on, a mention may start: "ERROR_", or a
 * number in a form a code can take (three digits from 600 on, not glued
 * to a word or a dotted number; 0x...; a longer run of digits beginning
 * 8007, 2147, 2148 or 0000).
 * len if nowhere.  Anything scan could take for a code is found; some of
 * what is found is none.
 */
size_t sieve_next(const char *s, size_t len, size_t from);

/* The newlines in s[0..n): the lines the sieve passed over are counted. */
size_t sieve_newlines(const char *s, size_t n);

#endif
