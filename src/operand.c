/*
 * Operand parsing: what one word asks for.  Every number is read digit
 * by digit with an overflow check, never with atoi, so "12abc" and 2^64
 * are errors, not codes.  What a number stands for is the library's
 * raserr_code_of(); the wording of every answer is lookup.c's.
 */
#include "operand.h"

#include <stdint.h>
#include <string.h>

#include "raserr.h"
#include "ascii.h"
#include "utf8.h"

#define HRESULT_SEVERITY	0x80000000UL
#define HRESULT_RESERVED	0x78000000UL	/* R, C, N and X: clear in use */

/* ---------------------------------------------------------------- numbers */

/* One more than the value of each byte as a digit; 0 for none. */
static const unsigned char digit_plus_one[256] = {
	['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5, ['5'] = 6,
	['6'] = 7, ['7'] = 8, ['8'] = 9, ['9'] = 10,
	['a'] = 11, ['b'] = 12, ['c'] = 13, ['d'] = 14, ['e'] = 15, ['f'] = 16,
	['A'] = 11, ['B'] = 12, ['C'] = 13, ['D'] = 14, ['E'] = 15, ['F'] = 16
};

/* The value of c as a digit in base, or base or more if it is none. */
static unsigned
digit_value(unsigned char c)
{
	return (unsigned)digit_plus_one[c] - 1u;
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
	int wide = 0;

	if (len == 0)
		return 0;
	for (i = 0; i < len; i++) {
		unsigned d = digit_value((unsigned char)s[i]);

		if (d >= (unsigned)base)
			return 0;	/* checked to the end: "9...9x" is malformed */
		if (!wide && (v = v * (uint64_t)base + (uint64_t)d) > UINT32_MAX)
			wide = 1;
	}
	*out = v;
	return wide ? -1 : 1;
}

/* Eight hex digits with the top bit set: an HRESULT as Windows shows it. */
static int
is_bare_hresult(const char *s, size_t len)
{
	size_t i;

	if (len != 8 || digit_value((unsigned char)s[0]) < 8 ||
	    digit_value((unsigned char)s[0]) >= 16)
		return 0;
	for (i = 1; i < len; i++)
		if (!is_hex((unsigned char)s[i]))
			return 0;
	return 1;
}

/* 691, -2147024205, 0x2B3, 2B3h, 800702B3: the magnitude in *mag.
 * Returns as read_digits(). */
static int
read_number(const char *s, size_t len, enum operand_form *form, uint64_t *mag)
{
	if (len > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		*form = FORM_HEX;
		return read_digits(s + 2, len - 2, 16, mag);
	}
	if (len > 1 && (s[len - 1] == 'h' || s[len - 1] == 'H')) {
		*form = FORM_HEX_SUFFIX;
		return read_digits(s, len - 1, 16, mag);
	}
	if (s[0] == '-') {
		*form = FORM_NEGATIVE;
		return read_digits(s + 1, len - 1, 10, mag);
	}
	*form = is_bare_hresult(s, len) ? FORM_HEX_BARE : FORM_DECIMAL;
	return read_digits(s, len, *form == FORM_HEX_BARE ? 16 : 10, mag);
}

long
hresult_facility(unsigned long value)
{
	if (!(value & HRESULT_SEVERITY) || (value & HRESULT_RESERVED))
		return -1;
	return (long)(value >> 16 & 0x7ff);
}

static void
set_bad(struct operand *op, enum operand_reason reason)
{
	op->kind = OPERAND_BAD;
	op->reason = reason;
}

/* A number: the code it stands for, or what else it is. */
static void
parse_number(const char *s, size_t len, struct operand *op)
{
	uint64_t mag;
	long long value;
	long code;
	int r = read_number(s, len, &op->form, &mag);

	if (r == 0) {
		set_bad(op, REASON_MALFORMED);
		return;
	}
	if (r < 0 || (op->form == FORM_NEGATIVE && mag > (uint64_t)INT32_MAX + 1)) {
		set_bad(op, REASON_OUT_OF_RANGE);
		return;
	}
	value = op->form == FORM_NEGATIVE ? -(long long)mag : (long long)mag;
	op->value = (unsigned long)((uint64_t)value & UINT32_MAX);
	code = raserr_code_of(value);
	op->kind = code < 0 ? OPERAND_NUMBER : OPERAND_CODE;
	op->lo = op->hi = code;
}

/* "A-B": both ends codes as they stand, A <= B. */
static void
parse_range(const char *s, size_t len, const char *dash, struct operand *op)
{
	enum operand_form fa, fb;
	uint64_t a, b;
	size_t alen = (size_t)(dash - s);
	int ra = read_number(s, alen, &fa, &a);
	int rb = alen + 1 < len ? read_number(dash + 1, len - alen - 1, &fb, &b) : 0;

	if (ra == 0 || rb == 0 || fa == FORM_NEGATIVE || fb == FORM_NEGATIVE)
		set_bad(op, REASON_RANGE_MALFORMED);
	else if (ra < 0 || rb < 0 || a > RASERR_CODE_MAX || b > RASERR_CODE_MAX)
		set_bad(op, REASON_RANGE_END);
	else if (a > b)
		set_bad(op, REASON_RANGE_BACKWARDS);
	else {
		op->kind = OPERAND_RANGE;
		op->lo = (long)a;
		op->hi = (long)b;
	}
}

/* ---------------------------------------------------------------- words */

/*
 * What surrounds a pasted code and is no part of it: (691), "691", 691.
 * Single ASCII bytes, and the typographic quotes a mail or a document
 * puts around a word.
 */
enum { OPENS = 1, CLOSES = 2 };

static const unsigned char ascii_mark[128] = {
	['('] = OPENS, ['['] = OPENS, ['{'] = OPENS, ['<'] = OPENS,
	['#'] = OPENS, ['"'] = OPENS | CLOSES, ['\''] = OPENS | CLOSES,
	['`'] = OPENS | CLOSES, [')'] = CLOSES, [']'] = CLOSES, ['}'] = CLOSES,
	['>'] = CLOSES, ['.'] = CLOSES, [':'] = CLOSES, [';'] = CLOSES,
	['!'] = CLOSES, ['?'] = CLOSES
};

static const struct {
	const char *utf8;
	unsigned char side;
} utf8_mark[] = {
	{ "\xe2\x80\x9c", OPENS }, { "\xe2\x80\x98", OPENS },	/* “ ‘ */
	{ "\xc2\xab", OPENS },					/* « */
	{ "\xe2\x80\x9d", CLOSES }, { "\xe2\x80\x99", CLOSES },	/* ” ’ */
	{ "\xc2\xbb", CLOSES }					/* » */
};

/* The length of the mark that opens s[0..len) (side OPENS) or closes
 * it (CLOSES); 0 if none. */
static size_t
mark_len(const char *s, size_t len, unsigned char side)
{
	unsigned char c;
	size_t i, m;

	if (len == 0)
		return 0;
	c = (unsigned char)s[side == OPENS ? 0 : len - 1];
	if (c < 0x80)
		return (ascii_mark[c] & side) != 0;
	for (i = 0; i < sizeof utf8_mark / sizeof utf8_mark[0]; i++) {
		m = strlen(utf8_mark[i].utf8);
		if (utf8_mark[i].side == side && m <= len &&
		    memcmp(side == OPENS ? s : s + len - m, utf8_mark[i].utf8, m) == 0)
			return m;
	}
	return 0;
}

static void
strip_marks(const char **s, size_t *len)
{
	size_t m;

	while ((m = mark_len(*s, *len, OPENS)) > 0) {
		*s += m;
		*len -= m;
	}
	while ((m = mark_len(*s, *len, CLOSES)) > 0)
		*len -= m;
}

/* E=691, error=691, code:691: the value, when the key is a word. */
static void
strip_key(const char **s, size_t *len)
{
	size_t i;

	if (*len == 0 || !is_ascii_alpha((unsigned char)**s))
		return;
	for (i = 1; i < *len && is_ascii_alnum((unsigned char)(*s)[i]); i++)
		continue;
	if (i + 1 < *len && ((*s)[i] == '=' || (*s)[i] == ':')) {
		*s += i + 1;
		*len -= i + 1;
		strip_marks(s, len);
	}
}

/* A word that means to be a number: it starts with a digit or a sign. */
static int
is_number_like(const char *s, size_t len)
{
	return len > 0 && (is_digit((unsigned char)s[0]) ||
	    ((s[0] == '-' || s[0] == '+') && len > 1 &&
	    is_digit((unsigned char)s[1])));
}

/* Letters, digits and '_', not starting with a digit. */
static int
is_identifier(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || is_digit((unsigned char)s[0]))
		return 0;
	for (i = 0; i < len; i++)
		if (!is_ascii_alnum((unsigned char)s[i]))
			return 0;
	return 1;
}

/*
 * Prose: printable UTF-8, so a word of it can be read as text and shown
 * back.  cut says s was cut short, perhaps inside its last character.
 */
static int
is_prose(const char *s, size_t len, int cut)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, n;

	for (i = 0; i < len; i += n) {
		if (u[i] < 0x20 || u[i] == 0x7f)
			return 0;
		if ((n = utf8_len(u + i, len - i)) == 0)
			return cut && len - i < 4;
	}
	return 1;
}

/* An identifier is a name when it looks like a constant or is one;
 * any other is a word of text. */
static int
is_name(const char *s, size_t len)
{
	char name[OPERAND_MAX + 1];

	if (memchr(s, '_', len) != NULL)
		return 1;
	memcpy(name, s, len);
	name[len] = '\0';
	return raserr_find_name(name) != NULL;
}

/* The word once what surrounds the operand in it is gone: s[0..n). */
static void
parse_stripped(const char *word, size_t len, const char *s, size_t n,
    struct operand *op)
{
	const char *dash;

	if (is_number_like(s, n)) {
		op->start = s;
		op->len = n;
		for (dash = s + 1; dash < s + n && *dash != '-'; dash++)
			continue;
		if (dash < s + n)
			parse_range(s, n, dash, op);
		else
			parse_number(s, n, op);
	} else if (is_identifier(s, n) && is_name(s, n)) {
		op->kind = OPERAND_NAME;
		op->start = s;
		op->len = n;
	} else if (is_prose(word, len, 0))
		op->kind = OPERAND_TEXT;	/* read whole, marks and all */
	else
		set_bad(op, REASON_MALFORMED);
}

/*
 * Up to five decimal digits: the word a stream of codes is made of,
 * read here as the general path would read it.  This buys a fifth of
 * the time of 10 M codes -f tsv (callgrind: 620 -> 440 instructions a
 * code), which the stream needs to stay within 3x cat of its output.
 * tests/test_operand.c holds it against the general path ("(691)").
 */
static int
plain_decimal(const char *word, size_t len, struct operand *op)
{
	unsigned long v = 0;
	size_t i;

	if (len == 0 || len > 5)
		return 0;
	for (i = 0; i < len; i++) {
		unsigned d = (unsigned char)word[i] - (unsigned)'0';

		if (d > 9)
			return 0;
		v = v * 10 + d;
	}
	op->kind = OPERAND_CODE;
	op->form = FORM_DECIMAL;
	op->reason = REASON_NONE;
	op->lo = op->hi = (long)v;
	op->value = v;
	op->start = word;
	op->len = len;
	return 1;
}

void
parse_operand(const char *word, size_t len, struct operand *op)
{
	const char *s = word;
	size_t n = len;

	if (plain_decimal(word, len, op))
		return;
	op->reason = REASON_NONE;
	op->value = 0;
	op->lo = op->hi = 0;
	op->start = word;
	op->len = len;
	if (len == 0)
		set_bad(op, REASON_EMPTY);
	else if (len > OPERAND_MAX) {
		if (is_number_like(word, len) || !is_prose(word, len, 1))
			set_bad(op, REASON_TOO_LONG);
		else
			op->kind = OPERAND_TEXT;
	} else {
		strip_marks(&s, &n);
		strip_key(&s, &n);
		parse_stripped(word, len, s, n, op);
	}
}
