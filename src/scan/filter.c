/*
 * The quick look before --scan reads a line closely: where can a mention
 * of a code by number or by name start at all?  Most log lines hold
 * none, and seeing that eight bytes a step is what lets --scan keep up
 * with grep.
 */
#include "filter.h"

#include <stdint.h>
#include <string.h>

#include "ascii.h"
#include "events.h"

/* Bit k of a mask stands for byte k of a 64-byte block. */

/* The lowest set bit's number (v != 0), by a de Bruijn sequence: plain
 * C, no branch. */
static unsigned
lowest_bit(uint64_t v)
{
	static const unsigned char debruijn[64] = {
		0, 1, 2, 53, 3, 7, 54, 27, 4, 38, 41, 8, 34, 55, 48, 28,
		62, 5, 39, 46, 44, 42, 22, 9, 24, 35, 59, 56, 49, 18, 29, 11,
		63, 52, 6, 26, 37, 40, 33, 47, 61, 45, 43, 21, 23, 58, 17, 10,
		51, 25, 36, 32, 60, 20, 57, 16, 50, 31, 19, 15, 30, 14, 13, 12
	};

	return debruijn[((v & -v) * 0x022fdd63cc95386du) >> 58];
}

/* Which of 64 bytes are digits, and which may begin a name, an event
 * record or a fullwidth digit: 'E', 'R' and 0xEF. */
struct masks {
	uint64_t digit, other;
};

/* Eight bytes side by side in a 64-bit word, the first lowest. */
#define ONES 0x0101010101010101u
#define HIGHS 0x8080808080808080u

/* The eight bytes at p, the first lowest: on a little-endian machine,
 * as memory holds them. */
static uint64_t
word_at(const unsigned char *p)
{
	static const union {
		uint16_t word;
		unsigned char byte[2];
	} probe = { 1 };
	uint64_t w = 0;
	int k;

	if (probe.byte[0] == 1)
		memcpy(&w, p, 8);
	else
		for (k = 0; k < 8; k++)
			w |= (uint64_t)p[k] << (8 * k);
	return w;
}

/* The high bit of each byte of w that is below n (n <= 128).  The add
 * cannot carry into the next byte, so each byte's answer is exact. */
static uint64_t
below(uint64_t w, unsigned n)
{
	return ~(((w & ~HIGHS) + ONES * (0x80 - n)) | w) & HIGHS;
}

/* The high bits of the eight bytes, as the low eight bits. */
static uint64_t
gather(uint64_t h)
{
	return ((h >> 7) * 0x0102040810204080u) >> 56;
}

/* Eight bytes a step, in plain C: one implementation on every machine. */
static struct masks
block_masks(const unsigned char *p)
{
	struct masks m = { 0, 0 };
	uint64_t w, e;
	int k;

	for (k = 0; k < 64; k += 8) {
		w = word_at(p + k);
		m.digit |= gather(below(w ^ ONES * '0', 10)) << k;
		e = below(w ^ ONES * 'E', 1) | below(w ^ ONES * 'R', 1) |
		    below(w ^ ONES * 0xef, 1);
		if (e != 0)	/* seldom */
			m.other |= gather(e) << k;
	}
	return m;
}

/* The masks of the 64 bytes from s + at; past len, bytes read as 0. */
static struct masks
masks_at(const unsigned char *s, size_t len, size_t at)
{
	unsigned char pad[64] = { 0 };

	if (len - at >= 64)
		return block_masks(s + at);
	memcpy(pad, s + at, len - at);
	return block_masks(pad);
}

/* Bit k: is byte k + j a digit, for a block of digit mask d followed
 * by one of mask next (0 < j < 64). */
static uint64_t
ahead(uint64_t d, uint64_t next, unsigned j)
{
	return d >> j | next << (64 - j);
}

/* "0x2B3": a run of one digit. */
static int
hex_prefix(const unsigned char *s, size_t len, size_t i)
{
	return s[i] == '0' && i + 1 < len && (s[i + 1] | 0x20) == 'x';
}

/* "691": a run of three digits, from 600 on and not glued to a word or
 * a number, as in "pppd[755]", "12.734" or "691ms" (see glued_left() and
 * glued_right() in detect.c). */
static int
three_digits(const unsigned char *s, size_t len, size_t i)
{
	if (s[i] < '6' || (i > 0 && (is_ascii_alpha(s[i - 1]) || is_digit(s[i - 1]))))
		return 0;
	if (i > 1 && is_ascii_alnum(s[i - 2]) && (s[i - 1] == '.' ||
	    s[i - 1] == '[' || s[i - 1] == '\\' || s[i - 1] == '@'))
		return 0;
	return i + 3 == len || !(is_ascii_alnum(s[i + 3]) || s[i + 3] == '%');
}

/* A run of four digits or more: 8007xxxx, 2147942400, -2147024205 and
 * 0000000691 are HRESULTs of codes, 13801 is an IKE code. */
static int
long_run(const unsigned char *s, size_t len, size_t i)
{
	(void)len;
	return memcmp(s + i, "8007", 4) == 0 || memcmp(s + i, "0000", 4) == 0 ||
	    (memcmp(s + i, "214", 3) == 0 && (s[i + 3] == '7' || s[i + 3] == '8')) ||
	    (memcmp(s + i, "13", 2) == 0 && (s[i + 2] == '8' || s[i + 2] == '9'));
}

/* "ERROR_", an event record's start or provider, or a fullwidth digit
 * ("８０９", EF BC 90-99). */
static int
other_start(const unsigned char *s, size_t len, size_t i)
{
	if (s[i] == 0xef)
		return len - i >= 3 && s[i + 1] == 0xbc && s[i + 2] >= 0x90 &&
		    s[i + 2] <= 0x99;
	return (len - i >= 6 && memcmp(s + i, "ERROR_", 6) == 0) ||
	    events_may_open(s, len, i);
}

/* The bits of c whose byte, in the block at s + at, passes ok. */
static uint64_t
passing(uint64_t c, int (*ok)(const unsigned char *, size_t, size_t),
    const unsigned char *s, size_t len, size_t at)
{
	uint64_t hits = 0;

	for (; c != 0; c &= c - 1)
		if (ok(s, len, at + lowest_bit(c)))
			hits |= c & -c;
	return hits;
}

/* The starts of mentions the block at s + at may hold: its masks m, and
 * the digit masks of the blocks before and after it. */
static uint64_t
block_hits(const unsigned char *s, size_t len, size_t at, uint64_t prev,
    struct masks m, uint64_t next)
{
	uint64_t d = m.digit, run = d & ~(d << 1 | prev >> 63), one, three;

	one = run & ~ahead(d, next, 1);
	run &= ahead(d, next, 1) & ahead(d, next, 2);
	three = run & ~ahead(d, next, 3);
	run &= ahead(d, next, 3);
	return passing(one, hex_prefix, s, len, at) |
	    passing(three, three_digits, s, len, at) |
	    passing(run, long_run, s, len, at) |
	    passing(m.other, other_start, s, len, at);
}

size_t
filter_next(const char *line, size_t len, size_t from)
{
	const unsigned char *s = (const unsigned char *)line;
	struct masks cur, next, none = { 0, 0 };
	uint64_t prev = (uint64_t)(from > 0 && is_digit(s[from - 1])) << 63, hits;
	size_t at;

	cur = masks_at(s, len, from);
	for (at = from; at < len; at += 64) {
		next = len - at > 64 ? masks_at(s, len, at + 64) : none;
		if ((hits = block_hits(s, len, at, prev, cur, next.digit)) != 0)
			return at + lowest_bit(hits);
		prev = cur.digit;
		cur = next;
	}
	return len;
}

size_t
filter_newlines(const char *s, size_t n)
{
	const char *p, *end = s + n;
	size_t k = 0;

	for (p = s; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
		k++;
	return k;
}
