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

/*
 * Which of the 64 bytes at p are digits, bit k for byte k.  Plain C, a
 * byte a step: what machines without SSE2 run, and what the SSE2 path
 * must equal (the tests compare them).
 */
uint64_t
filter_digits_plain(const unsigned char *p)
{
	uint64_t m = 0;
	int k;

	for (k = 0; k < 64; k++)
		m |= (uint64_t)((unsigned)p[k] - '0' < 10) << k;
	return m;
}

#ifdef __SSE2__
#include <emmintrin.h>

/*
 * Sixteen bytes an instruction, on every x86-64: the one fast path kept
 * for speed.  Measured with callgrind on the bench's log, the scan takes
 * 7.2 instructions a byte with it and 8.8 with eight bytes a step in
 * plain C (SWAR); grep -cE takes 3.8, but at a third of raserr's
 * instructions a cycle.
 */
uint64_t
filter_digits(const unsigned char *p)
{
	const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
	uint64_t m = 0;
	__m128i d;
	int k;

	for (k = 0; k < 64; k += 16) {
		d = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p + k)),
		    zero);
		m |= (uint64_t)(unsigned)_mm_movemask_epi8(
		    _mm_cmpeq_epi8(_mm_min_epu8(d, nine), d)) << k;
	}
	return m;
}
#else
uint64_t
filter_digits(const unsigned char *p)
{
	return filter_digits_plain(p);
}
#endif

/* The digit mask of the 64 bytes from s + at; past len, bytes read as 0. */
static uint64_t
digits_at(const unsigned char *s, size_t len, size_t at)
{
	unsigned char pad[64] = { 0 };

	if (len - at >= 64)
		return filter_digits(s + at);
	memcpy(pad, s + at, len - at);
	return filter_digits(pad);
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
	return i + 3 == len || !(is_ascii_alpha(s[i + 3]) || is_digit(s[i + 3]) ||
	    s[i + 3] == '%');
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

/* The starts of mentions the block at s + at may hold: its digit mask
 * d, and those of the blocks before and after it. */
static uint64_t
block_hits(const unsigned char *s, size_t len, size_t at, uint64_t prev,
    uint64_t d, uint64_t next)
{
	uint64_t run = d & ~(d << 1 | prev >> 63), one, three;

	one = run & ~ahead(d, next, 1);
	run &= ahead(d, next, 1) & ahead(d, next, 2);
	three = run & ~ahead(d, next, 3);
	run &= ahead(d, next, 3);
	return passing(one, hex_prefix, s, len, at) |
	    passing(three, three_digits, s, len, at) |
	    passing(run, long_run, s, len, at);
}

/* Where a digit that may begin a code is, from from on; len if none. */
static size_t
digits_next(const unsigned char *s, size_t len, size_t from)
{
	uint64_t prev = (uint64_t)(from > 0 && is_digit(s[from - 1])) << 63, hits;
	uint64_t cur, next;
	size_t at;

	cur = digits_at(s, len, from);
	for (at = from; at < len; at += 64) {
		next = len - at > 64 ? digits_at(s, len, at + 64) : 0;
		if ((hits = block_hits(s, len, at, prev, cur, next)) != 0)
			return at + lowest_bit(hits);
		prev = cur;
		cur = next;
	}
	return len;
}

/* Where a name, an event record or a fullwidth digit may begin in
 * s[from..to): 'E', 'R' or 0xEF, found by memchr(), which the C library
 * makes fast, and each checked; to if none. */
static size_t
letters_next(const unsigned char *s, size_t len, size_t from, size_t to)
{
	static const unsigned char first[] = { 'E', 'R', 0xef };
	const unsigned char *p;
	size_t k, at, best = to;

	for (k = 0; k < sizeof first; k++)
		for (at = from; at < best; at = (size_t)(p - s) + 1) {
			if ((p = memchr(s + at, first[k], best - at)) == NULL)
				break;
			if (other_start(s, len, (size_t)(p - s))) {
				best = (size_t)(p - s);
				break;
			}
		}
	return best;
}

size_t
filter_next(const char *line, size_t len, size_t from)
{
	const unsigned char *s = (const unsigned char *)line;

	return letters_next(s, len, from, digits_next(s, len, from));
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
