/*
 * Operand parsing.  Every number is read digit by digit with an overflow
 * check, never with atoi, so "12abc" and 2^64 are errors, not codes.
 */
#include "operand.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "utf8.h"

/* Where a Win32 code sits inside an HRESULT (HRESULT_FROM_WIN32). */
#define HRESULT_WIN32_MASK	0xffff0000UL
#define HRESULT_WIN32		0x80070000UL
#define CODE_MAX		99999L

enum number_form { N_DECIMAL, N_NEGATIVE, N_HEX, N_HEX_SUFFIX };

struct number {
	enum number_form form;
	uint64_t value;		/* magnitude; N_NEGATIVE means minus this */
};

static int
digit_value(int c, int base)
{
	int v;

	if (c >= '0' && c <= '9')
		v = c - '0';
	else if (c >= 'a' && c <= 'f')
		v = c - 'a' + 10;
	else if (c >= 'A' && c <= 'F')
		v = c - 'A' + 10;
	else
		return -1;
	return v < base ? v : -1;
}

/*
 * Reads all of s[0..len) as digits in base.  Returns 1 on success, 0 when
 * a byte is no digit (or there is none), -1 when the value passes 2^32-1:
 * nothing RAS-related is wider than an HRESULT.
 */
static int
read_digits(const char *s, size_t len, int base, uint64_t *out)
{
	uint64_t v = 0;
	size_t i;

	if (len == 0)
		return 0;
	for (i = 0; i < len; i++) {
		int d = digit_value((unsigned char)s[i], base);

		if (d < 0)
			return 0;
		v = v * (uint64_t)base + (uint64_t)d;
		if (v > UINT32_MAX) {
			/* keep checking the rest are digits, to say the right thing */
			for (i++; i < len; i++)
				if (digit_value((unsigned char)s[i], base) < 0)
					return 0;
			return -1;
		}
	}
	*out = v;
	return 1;
}

/* 691, -2147024205, 0x2B3, 800702B3h.  Returns as read_digits(). */
static int
read_number(const char *s, size_t len, struct number *n)
{
	if (len > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		n->form = N_HEX;
		return read_digits(s + 2, len - 2, 16, &n->value);
	}
	if (len > 1 && (s[len - 1] == 'h' || s[len - 1] == 'H') &&
	    s[0] >= '0' && s[0] <= '9') {
		n->form = N_HEX_SUFFIX;
		return read_digits(s, len - 1, 16, &n->value);
	}
	if (len > 1 && s[0] == '-' && s[1] >= '0' && s[1] <= '9') {
		n->form = N_NEGATIVE;
		return read_digits(s + 1, len - 1, 10, &n->value);
	}
	n->form = N_DECIMAL;
	return read_digits(s, len, 10, &n->value);
}

static int
is_name_start(int c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

static int
is_name(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || !is_name_start((unsigned char)s[0]))
		return 0;
	for (i = 1; i < len; i++)
		if (!is_name_start((unsigned char)s[i]) && !(s[i] >= '0' && s[i] <= '9'))
			return 0;
	return 1;
}

/*
 * The word as a one-line message may show it: control bytes, backslashes
 * and broken UTF-8 as \xHH, an over-long word cut short with "...".
 * dst has room for 4 * QUERY_WORD_MAX + 4 bytes.  Returns strlen(dst).
 */
static size_t
show_word(char *dst, const char *word, size_t len)
{
	const unsigned char *s = (const unsigned char *)word;
	char *start = dst;
	size_t i, n, shown = len > QUERY_WORD_MAX ? 20 : len;

	for (i = 0; i < shown; i += n) {
		if (s[i] > 0x20 && s[i] < 0x7f && s[i] != '\\') {
			*dst++ = (char)s[i];
			n = 1;
			continue;
		}
		n = utf8_len(s + i, shown - i);
		if (n == 0 || s[i] < 0x20 || s[i] == 0x7f || s[i] == '\\') {
			dst += sprintf(dst, "\\x%02X", s[i]);
			n = 1;
		} else {
			memcpy(dst, s + i, n);
			dst += n;
		}
	}
	if (shown < len) {
		memcpy(dst, "...", 3);
		dst += 3;
	}
	*dst = '\0';
	return (size_t)(dst - start);
}

static void
set_why(struct query *q, enum query_kind kind, const char *what)
{
	q->kind = kind;
	snprintf(q->why, sizeof q->why, "%s%s%s", q->shown,
	    *q->shown != '\0' ? ": " : "", what);
}

/*
 * A number as a code: small values are codes as they are; a 32-bit value
 * with the top bit set (or a negative one) is an HRESULT, which carries a
 * code only when it wraps a Win32 error.
 */
static void
number_to_code(const struct number *n, struct query *q)
{
	uint32_t h;

	if (n->form == N_NEGATIVE) {
		if (n->value > (uint64_t)INT32_MAX + 1) {
			set_why(q, Q_BAD, "number out of range");
			return;
		}
		h = (uint32_t)(((uint64_t)1 << 32) - n->value);
	} else if (n->value <= (uint64_t)CODE_MAX) {
		q->kind = Q_CODE;
		q->lo = q->hi = (long)n->value;
		if (n->form != N_DECIMAL)
			snprintf(q->how, sizeof q->how, "%s \xe2\x86\x92 %ld",
			    q->shown, q->lo);
		return;
	} else
		h = (uint32_t)n->value;
	if ((h & HRESULT_WIN32_MASK) == HRESULT_WIN32) {
		q->kind = Q_CODE;
		q->lo = q->hi = (long)(h & 0xffff);
		if (n->form == N_HEX)
			snprintf(q->how, sizeof q->how,
			    "%s \xe2\x86\x92 HRESULT_FROM_WIN32(%ld)", q->shown, q->lo);
		else
			snprintf(q->how, sizeof q->how,
			    "%s = 0x%08lX \xe2\x86\x92 HRESULT_FROM_WIN32(%ld)",
			    q->shown, (unsigned long)h, q->lo);
		return;
	}
	q->kind = Q_NOTRAS;
	if (h & 0x80000000UL)
		snprintf(q->why, sizeof q->why,
		    "%s is an HRESULT with facility %lu, not a RAS code",
		    q->shown, (unsigned long)(h >> 16 & 0x7ff));
	else
		snprintf(q->why, sizeof q->why, "%s is not a RAS code", q->shown);
}

/* "A-B": both ends plain codes, A <= B. */
static void
parse_range(const char *word, size_t len, const char *dash, struct query *q)
{
	struct number a, b;
	size_t alen = (size_t)(dash - word);
	int ra = read_number(word, alen, &a);
	int rb = read_number(dash + 1, len - alen - 1, &b);

	if (ra == 0 || rb == 0 || a.form == N_NEGATIVE || b.form == N_NEGATIVE)
		set_why(q, Q_BAD, "malformed range");
	else if (ra < 0 || rb < 0 || a.value > (uint64_t)CODE_MAX ||
	    b.value > (uint64_t)CODE_MAX)
		set_why(q, Q_BAD, "range end out of range (0-99999)");
	else if (a.value > b.value)
		set_why(q, Q_BAD, "range runs backwards");
	else {
		q->kind = Q_RANGE;
		q->lo = (long)a.value;
		q->hi = (long)b.value;
	}
}

/*
 * Up to five decimal digits, the word a stream of codes is made of: read
 * here at once, as the general path would read it.  Returns 1 if it was.
 */
static int
plain_code(const char *word, size_t len, struct query *q)
{
	long v = 0;
	size_t i;

	if (len == 0 || len > 5)
		return 0;
	for (i = 0; i < len; i++) {
		unsigned d = (unsigned char)word[i] - (unsigned)'0';

		if (d > 9)
			return 0;
		v = v * 10 + (long)d;
		q->shown[i] = word[i];
	}
	q->kind = Q_CODE;
	q->lo = q->hi = v;
	q->shown[len] = '\0';
	q->shown_len = len;
	return 1;
}

/* Any word but a plain code. */
static void
parse_word(const char *word, size_t len, struct query *q)
{
	const char *dash;
	struct number n;
	int r;

	q->lo = q->hi = 0;
	q->shown_len = show_word(q->shown, word, len);
	if (len == 0)
		set_why(q, Q_BAD, "empty operand");
	else if (len > QUERY_WORD_MAX)
		set_why(q, Q_BAD, "operand too long");
	else if (is_name(word, len))
		q->kind = Q_NAME;
	else if (len > 1 && (dash = memchr(word + 1, '-', len - 1)) != NULL)
		parse_range(word, len, dash, q);
	else if ((r = read_number(word, len, &n)) == 0)
		set_why(q, Q_BAD, "not a code, range or name");
	else if (r < 0)
		set_why(q, Q_BAD, "number out of range");
	else
		number_to_code(&n, q);
}

void
parse_query(const char *word, size_t len, struct query *q)
{
	/* field by field: the strings are long and this runs per word */
	q->how[0] = q->why[0] = '\0';
	if (!plain_code(word, len, q))
		parse_word(word, len, q);
}
