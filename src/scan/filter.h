/*
 * A glance at a line before --scan reads it closely: can it mention a
 * RAS code by number or by symbolic name at all?  Most log lines cannot,
 * and seeing that thirty-two bytes a step is what lets --scan keep up
 * with grep.
 */
#ifndef FILTER_H
#define FILTER_H

#include <stddef.h>
#include <stdint.h>

/*
 * Where in s[0..len), from from on, a mention may start: "ERROR_", an
 * event record, a fullwidth digit, or a number in a form a code can take
 * (three digits from 600 on, not glued to a word or a dotted number;
 * 0x...; a run of five digits or more beginning 8007, 2147, 2148, 0000,
 * 138 or 139).
 * len if nowhere.  Anything scan could take for a code is found; some of
 * what is found is none.
 */
size_t filter_next(const char *s, size_t len, size_t from);

/* The same, taking the masks sixteen bytes a step even where the
 * processor could take thirty-two: the tests hold the two equal. */
size_t filter_next_narrow(const char *s, size_t len, size_t from);

/* The newlines in s[0..n): the lines the filter passed over are counted.
 * The fast way where there is one, and the plain way it must agree with. */
size_t filter_newlines(const char *s, size_t n);
size_t filter_newlines_narrow(const char *s, size_t n);
size_t filter_newlines_plain(const char *s, size_t n);

/* Which of the 64 bytes at p are digits, and which may begin a name or
 * a record ('E', 'R', 0xEF), bit k for byte k: the fast way where there
 * is one (with wide, the widest the processor has), and the plain way
 * they must agree with. */
struct filter_masks {
	uint64_t digits, starts;
};
struct filter_masks filter_masks(const unsigned char *p, int wide);
struct filter_masks filter_masks_plain(const unsigned char *p);

#endif
