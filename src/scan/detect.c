/*
 * The detector: finds the codes a line of free text mentions.  It reads
 * each number that can stand for a code (691, 13801, 0x800702B3,
 * -2147024205) and each symbolic name, and asks the evidence rules
 * whether the words around make it one; a line with no such mention may
 * still quote a message whole.
 */
#include "detect.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "raserr.h"
#include "ascii.h"
#include "evidence.h"
#include "filter.h"
#include "normalize.h"
#include "textmatch.h"

/* A message quoted this close after a code is taken as its. */
#define QUOTE_AFTER 24

/* A line reports this many different codes at most. */
#define REPORTED_MAX 32

/* ---------------------------------------------------------------- numbers */

/* The catalogue entry a value stands for, in either family, or NULL. */
static const struct raserr_entry *
entry_of(uint64_t v, int negative)
{
	long code = raserr_code_of(negative ? -(long long)v : (long long)v);

	return code < 0 ? NULL : raserr_find(code);
}

static uint64_t
read_value(const unsigned char *s, size_t start, size_t end, int base)
{
	uint64_t v = 0;

	for (; start < end; start++)
		v = v * (uint64_t)base + (uint64_t)hex_value(s[start]);
	return v;
}

/*
 * Reads the number token starting at i (a digit, or '-' before one).
 * Sets m->end past it and m->e to the entry it can stand for: three or
 * five decimal digits, or an HRESULT_FROM_WIN32 as 0x800702B3,
 * 800702B3h, bare 8007026f, 2147943091 or -2147024205.
 */
static void
read_token(const unsigned char *s, size_t len, size_t i, struct mention *m)
{
	size_t d = i, hexend, decend, digits;
	int neg = s[i] == '-';

	m->start = i;
	m->e = NULL;
	m->form = FORM_PLAIN;
	if (neg)
		d++;
	if (!neg && s[d] == '0' && d + 1 < len && lower(s[d + 1]) == 'x') {
		for (hexend = d + 2; hexend < len && is_hex(s[hexend]); hexend++)
			continue;
		m->end = hexend;
		/* 0x800702B3, and 0x2B3 or 0x000002B3 for the code itself */
		if (hexend - (d + 2) >= 1 && hexend - (d + 2) <= 8) {
			m->form = FORM_HRESULT;
			m->e = entry_of(read_value(s, d + 2, hexend, 16), 0);
		}
		return;
	}
	for (decend = d; decend < len && is_digit(s[decend]); decend++)
		continue;
	for (hexend = d; hexend < len && is_hex(s[hexend]); hexend++)
		continue;
	if (!neg && hexend - d == 8 && (hexend == len || !is_ascii_alnum(s[hexend]) ||
	    (lower(s[hexend]) == 'h' && (hexend + 1 == len ||
	    !is_ascii_alnum(s[hexend + 1]))))) {
		/* 800702B3h, or bare 8007026f: only HRESULTs, so 8007 first */
		m->end = hexend + (hexend < len && lower(s[hexend]) == 'h');
		if (strncmp((const char *)s + d, "8007", 4) == 0) {
			m->form = FORM_HRESULT;
			m->e = entry_of(read_value(s, d, hexend, 16), 0);
		}
		return;
	}
	m->end = hexend > decend && hexend - d <= 8 ? hexend : decend;
	if (m->end != decend)
		return;		/* hex digits in a non-HRESULT: a hash, a GUID */
	digits = decend - d;
	if (digits == 10) {
		m->form = FORM_HRESULT;
		m->e = entry_of(read_value(s, d, decend, 10), neg);
	} else if (!neg && (digits == 3 || (digits == 5 && s[d] != '0')))
		/* five digits for an IKE code; "00702" is no five-digit number */
		m->e = entry_of(read_value(s, d, decend, 10), 0);
}

/* "ERROR_VPN_TIMEOUT" in a log: a symbolic name is a mention too. */
static const struct raserr_entry *
name_at(const unsigned char *s, size_t len, size_t i, size_t *end)
{
	char name[64];
	size_t n = 0;

	if (len - i < 7 || strncmp((const char *)s + i, "ERROR_", 6) != 0 ||
	    (i > 0 && is_ascii_alnum(s[i - 1])))
		return NULL;
	while (i < len && n < sizeof name - 1 &&
	    ((s[i] >= 'A' && s[i] <= 'Z') || is_digit(s[i]) || s[i] == '_'))
		name[n++] = (char)s[i++];
	name[n] = '\0';
	*end = i;
	if (i < len && is_ascii_alnum(s[i]))
		return NULL;
	return raserr_find_name(name);
}

/* ---------------------------------------------------------------- lines */

/*
 * Most numbers in a log are times, dates and counts.  If the digits at i
 * are such a one (a length no code form has, no hex digit after), the end
 * of the run; else 0.  Keeps the common case out of read_token().
 */
static size_t
plain_run(const unsigned char *s, size_t len, size_t i)
{
	size_t e = i;

	while (e < len && is_digit(s[e]))
		e++;
	if (e - i == 3 || e - i == 5 || e - i == 8 || e - i == 10 || (e < len &&
	    (is_hex(s[e]) || lower(s[e]) == 'x' || lower(s[e]) == 'h')))
		return 0;
	return e;
}

/* A number starts at s[i]: a digit after none, or the minus of the one
 * negative form a code has, ten digits of a signed HRESULT; in
 * "错误-809" and "error-720" the dash is a dash. */
static int
starts_number(const unsigned char *s, size_t len, size_t i)
{
	size_t n;

	if (is_digit(s[i]))
		return i == 0 || !is_digit(s[i - 1]);
	if (s[i] != '-' || (i > 0 && is_ascii_alnum(s[i - 1])))
		return 0;
	for (n = 0; i + 1 + n < len && is_digit(s[i + 1 + n]); n++)
		continue;
	return n == 10;
}

/* What a line has reported: each code once. */
struct reported {
	long code[REPORTED_MAX];
	size_t n;
	size_t from, upto;	/* only what starts here is reported */
	scan_found_fn *fn;
	void *arg;
};

static void
report(struct reported *r, long code, size_t start)
{
	size_t j;

	if (start < r->from || start >= r->upto)
		return;
	for (j = 0; j < r->n && r->code[j] != code; j++)
		continue;
	if (j < r->n)
		return;
	r->fn(r->arg, code);
	if (r->n < REPORTED_MAX)
		r->code[r->n++] = code;
}

/* A message quoted at s[i], as "The remote connection was denied ...":
 * its code reported; returns where the quote ends, i if there is none. */
static size_t
quote_at(const struct textmatch *tm, const unsigned char *s, size_t len,
    size_t i, struct reported *r)
{
	struct text_best tb = { 0, -1, 0, 0, 0 };
	long code;

	text_try(tm, s, len, i, &tb);
	if ((code = text_best_code(&tb)) < 0)
		return i;
	report(r, code, i);
	return i + tb.len;
}

/* scan_line() after the glance: quotes says whether to look for a
 * quoted message as well. */
static void
scan_closely(const struct textmatch *tm, const char *text, size_t len,
    size_t from, size_t upto, int quotes, scan_found_fn *fn, void *arg)
{
	const unsigned char *s = (const unsigned char *)text;
	struct scanned_line l = { s, len, 0, 0, -1 };
	struct reported r = { { 0 }, 0, from, upto, fn, arg };
	size_t i, j, quoted = 0;
	struct mention m, held = { 0, 0, NULL, FORM_PLAIN };
	int w;

	/* what each byte may begin: a mention (M), or after it a quoted
	 * message (Q); a table, as this runs per byte */
	enum { M = 1, Q = 2 };
	static const unsigned char starts[256] = {
		['-'] = M, ['0'] = M, ['1'] = M, ['2'] = M, ['3'] = M, ['4'] = M,
		['5'] = M, ['6'] = M, ['7'] = M, ['8'] = M, ['9'] = M, ['E'] = M,
		[' '] = Q, ['\t'] = Q, ['"'] = Q, [':'] = Q, ['('] = Q, ['\''] = Q
	};

	if (quotes)
		quoted = quote_at(tm, s, len, 0, &r);
	for (i = 0; i < len; i++) {
		if (!starts[s[i]])
			continue;
		if (starts[s[i]] == Q) {
			/* "error 733: Your computer and ...": a message right
			 * after a code is that code's, whatever it quotes */
			if (quotes && i >= quoted && len - i > 4 && s[i + 1] > ' ' &&
			    !(l.have_last && i - l.last_end < QUOTE_AFTER) &&
			    text_may_start(tm, s + i + 1))
				quoted = quote_at(tm, s, len, i + 1, &r);
			continue;
		}
		if (is_digit(s[i]) && (j = plain_run(s, len, i)) > 0) {
			i = j - 1;
			continue;
		}
		if (s[i] == 'E' && (m.e = name_at(s, len, i, &m.end)) != NULL) {
			m.start = i;
			m.form = FORM_NAME;
		} else if (starts_number(s, len, i))
			read_token(s, len, i, &m);
		else
			continue;
		w = m.e != NULL ? evidence_weigh(&l, &m) : -100;
		if (w >= EVIDENCE_ENOUGH) {
			/* "734, 732 | PPP link ...": a list's head counts
			 * when the code it goes on with does */
			if (held.e != NULL && list_joins(&l, held.end, m.start))
				report(&r, held.e->code, held.start);
			report(&r, m.e->code, m.start);
			l.last_end = m.end;
			l.have_last = 1;
			held.e = NULL;
		} else
			held = w > -100 ? m : (struct mention){ 0, 0, NULL, FORM_PLAIN };
		i = m.end > i ? m.end - 1 : i;
	}
}

/* The line in normal form (see normalize.c), scanned by fn. */
static void
scan_normal(const struct textmatch *tm, const char *line, size_t len,
    size_t from, size_t upto, int filtered, scan_found_fn *fn, void *arg)
{
	char small[4096], *buf = small;
	int quotes;

	if (normalize_wanted(line, len) &&
	    (len <= sizeof small || (buf = malloc(len)) != NULL)) {
		len = normalize_line(line, len, buf, &from, &upto);
		line = buf;
	}
	quotes = !filtered || text_next(tm, (const unsigned char *)line, len, 0) < len;
	if (quotes || !filtered || filter_next(line, len, 0) < len)
		scan_closely(tm, line, len, from, upto, quotes, fn, arg);
	if (buf != small)
		free(buf);	/* NULL when malloc failed: scanned as it came */
}

void
scan_line(const struct textmatch *tm, const char *line, size_t len,
    size_t from, size_t upto, scan_found_fn *fn, void *arg)
{
	scan_normal(tm, line, len, from, upto, 1, fn, arg);
}

void
scan_line_unfiltered(const struct textmatch *tm, const char *line, size_t len,
    size_t from, size_t upto, scan_found_fn *fn, void *arg)
{
	scan_normal(tm, line, len, from, upto, 0, fn, arg);
}
