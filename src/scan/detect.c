#include "detect.h"

#include <stdint.h>
#include <string.h>

#include "raserr.h"
#include "ascii.h"
#include "filter.h"
#include "textmatch.h"

#define LOOKBACK_WORDS 6
#define WORD_MAX 48

/* ---------------------------------------------------------------- bytes */

/* Letters of any script: ASCII letters and every byte of a UTF-8
 * sequence, so "ошибка" and "错误" are words too. */
static int
is_word_byte(int c)
{
	return is_ascii_alpha(c) || c >= 0x80;
}

/* ---------------------------------------------------------------- words */

struct word {
	char text[WORD_MAX + 1];	/* ASCII folded to lower case */
	size_t start, end;		/* in the line */
};

static void
set_word(struct word *w, const unsigned char *s, size_t start, size_t end)
{
	size_t i, n = end - start < WORD_MAX ? end - start : WORD_MAX;

	for (i = 0; i < n; i++)
		w->text[i] = (char)lower(s[start + i]);
	w->text[n] = '\0';
	w->start = start;
	w->end = end;
}

static int
is_one_of(const char *w, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(w, *list) == 0)
			return 1;
	return 0;
}

static int
ends_with_one_of(const char *w, const char *const *list)
{
	size_t n = strlen(w), k;

	for (; *list != NULL; list++)
		if ((k = strlen(*list)) <= n && strcmp(w + n - k, *list) == 0)
			return 1;
	return 0;
}

static int
contains_one_of(const char *w, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strstr(w, *list) != NULL)
			return 1;
	return 0;
}

/* The word ending at or before pos (skipping what is neither word nor
 * digit), or 0 if a digit or the line start comes first. */
static int
word_before(const unsigned char *s, size_t pos, struct word *w)
{
	size_t end;

	while (pos > 0 && !is_word_byte(s[pos - 1]) && !is_digit(s[pos - 1]))
		pos--;
	if (pos == 0 || is_digit(s[pos - 1]))
		return 0;
	end = pos;
	while (pos > 0 && is_word_byte(s[pos - 1]))
		pos--;
	set_word(w, s, pos, end);
	return 1;
}

/* Words that make a nearby number an error code. */
static int
is_error_word(const struct word *w, const unsigned char *s, size_t len)
{
	static const char *const exact[] = {
		"errno", "errnum", "hresult", "hr", "failed", "failure", "fail",
		"fails", "returned", "result", "code", "helpmsg", "fel", "felkod",
		NULL
	};
	/* "err", "dwErr", "lastErr"; "ReasonCode", "RetCode" */
	static const char *const suffix[] = { "err", "code", NULL };
	/* error in German, French, Italian, Portuguese, Dutch, Finnish,
	 * Danish, Norwegian, Hungarian, Czech, Romanian, Indonesian,
	 * Turkish, Russian, Chinese, Japanese, Korean, Vietnamese, Polish,
	 * Greek, Arabic, Hebrew */
	static const char *const part[] = {
		"error", "exception", "fehler", "erreur", "erro", "fout", "virhe",
		"fejl", "feil", "hiba", "chyb", "eroare", "kesalahan", "hata",
		"\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba",
		"\xe9\x94\x99\xe8\xaf\xaf", "\xe9\x8c\xaf\xe8\xaa\xa4",
		"\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc", "\xec\x98\xa4\xeb\xa5\x98",
		"l\xe1\xbb\x97i", "b\305\202\304\205d", "b\305\202\304\231d",
		"\xcf\x83\xcf\x86\xce\xac\xce\xbb\xce\xbc\xce\xb1",
		"\xd8\xae\xd8\xb7\xd8\xa3", "\xd7\xa9\xd7\x92\xd7\x99\xd7\x90\xd7\x94",
		NULL
	};

	static const char *const not_error_code_word[] = {
		"exitcode", "zipcode", "opcode", "keycode", "statuscode", "postcode",
		"barcode", "unicode", "qrcode", "shortcode", "decode", "encode",
		"transcode", "charcode", "colorcode", "sourcecode", "ferr", NULL
	};
	static const char *const not_error_code[] = {
		"exit", "zip", "area", "country", "http", "response", "status",
		"post", "postal", "source", "byte", "op", "key", "colour", "color",
		"char", "character", "return", "qr", "bar", NULL
	};
	struct word before;

	/* MS-CHAP failure strings: "E=691 R=1 C=... V=3" */
	if (strcmp(w->text, "e") == 0)
		return w->end < len && s[w->end] == '=';
	/* "code 691", but not "exit code 700" nor "zipcode 800" */
	if (strcmp(w->text, "code") == 0)
		return !word_before(s, w->start, &before) ||
		    !is_one_of(before.text, not_error_code);
	if (ends_with_one_of(w->text, suffix))
		return !is_one_of(w->text, not_error_code_word);
	return is_one_of(w->text, exact) || contains_one_of(w->text, part);
}

/* "errors", "failures": error words that may also count things */
static int
is_plural(const char *w)
{
	static const char *const plural[] = { "errors", "failures", NULL };

	return ends_with_one_of(w, plural);
}

/* Words right before a number that make it something else. */
static int
is_veto_word(const char *w)
{
	static const char *const veto[] = {
		"port", "ports", "pid", "tid", "process", "thread", "event",
		"events", "id", "eventid", "line", "lines", "ln", "row", "col",
		"attempts", "tries", "retries", "warnings", "sessions", "users",
		"clients", "connections", "logins", "tests", "messages", "times",
		"column", "version", "ver", "v", "build", "http", "https", "size",
		"length", "len", "offset", "page", "year", "index", "idx", "seq",
		"count", "total", "mtu", "vlan", "asn", "ttl", "rule", "ticket",
		"timeout", "interval", "delay", "status", "at", "pppd", NULL
	};

	return is_one_of(w, veto);
}

/* Words right after a number that make it a quantity. */
static int
is_unit_word(const char *w)
{
	static const char *const unit[] = {
		"ms", "s", "sec", "secs", "second", "seconds", "min", "minutes",
		"kb", "mb", "gb", "b", "byte", "bytes", "kbps", "mbps", "bps",
		"hz", "khz", "mhz", "rows", "items", "records", "entries", "lines",
		"times", "users", "packets", "px", "errors", "retries", "files",
		"degrees", "attempts", "tries", "warnings", "warning", "tests",
		"messages", "of", "reports", "requests", "jobs", "events", "calls",
		"queries", "hits", NULL
	};

	return is_one_of(w, unit);
}

/* The word starting at or after pos, on the same terms. */
static int
word_after(const unsigned char *s, size_t len, size_t pos, struct word *w)
{
	size_t start;

	while (pos < len && !is_word_byte(s[pos]) && !is_digit(s[pos]))
		pos++;
	if (pos == len || !is_word_byte(s[pos]))
		return 0;
	start = pos;
	while (pos < len && is_word_byte(s[pos]))
		pos++;
	set_word(w, s, start, pos);
	return 1;
}

/* ---------------------------------------------------------------- numbers */

enum form { PLAIN, HRESULT_FORM };

struct number {
	size_t start, end;	/* the whole token, sign and suffix included */
	long code;		/* the RAS code it stands for, or -1 */
	enum form form;
};

static long
ras_code(uint64_t v)
{
	const struct raserr_entry *e;

	if (v >= 0x80070000UL && v <= 0x8007ffffUL)
		v &= 0xffff;
	if (v < 600 || v > 999)
		return -1;
	e = raserr_find((long)v);
	return e != NULL && e->family == RASERR_FAMILY_RAS ? (long)v : -1;
}

static uint64_t
read_value(const unsigned char *s, size_t start, size_t end, int base)
{
	uint64_t v = 0;

	for (; start < end; start++)
		v = v * (uint64_t)base + (uint64_t)(is_digit(s[start]) ?
		    s[start] - '0' : lower(s[start]) - 'a' + 10);
	return v;
}

/*
 * Reads the number token starting at i (a digit, or '-' before one).
 * Sets n->end past it and n->code to the RAS code it can stand for:
 * 600-999 in decimal, or an HRESULT_FROM_WIN32 as 0x800702B3,
 * 800702B3h, bare 8007026f, 2147943091 or -2147024205.
 */
static void
read_number(const unsigned char *s, size_t len, size_t i, struct number *n)
{
	size_t d = i, hexend, decend;
	int neg = s[i] == '-';

	n->start = i;
	n->code = -1;
	n->form = PLAIN;
	if (neg)
		d++;
	if (!neg && s[d] == '0' && d + 1 < len && lower(s[d + 1]) == 'x') {
		for (hexend = d + 2; hexend < len && is_hex(s[hexend]); hexend++)
			continue;
		n->end = hexend;
		/* 0x800702B3, and 0x2B3 or 0x000002B3 for the code itself */
		if (hexend - (d + 2) >= 1 && hexend - (d + 2) <= 8) {
			n->form = HRESULT_FORM;
			n->code = ras_code(read_value(s, d + 2, hexend, 16));
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
		n->end = hexend + (hexend < len && lower(s[hexend]) == 'h');
		if (strncmp((const char *)s + d, "8007", 4) == 0) {
			n->form = HRESULT_FORM;
			n->code = ras_code(read_value(s, d, hexend, 16));
		}
		return;
	}
	n->end = hexend > decend && hexend - d <= 8 ? hexend : decend;
	if (n->end != decend)
		return;		/* hex digits in a non-HRESULT: a hash, a GUID */
	if (neg) {
		if (decend - d == 10) {
			uint64_t v = read_value(s, d, decend, 10);

			if (v <= 0x80000000ULL) {
				n->form = HRESULT_FORM;
				n->code = ras_code(0x100000000ULL - v);
			}
		}
		return;
	}
	if (decend - d == 3)
		n->code = ras_code(read_value(s, d, decend, 10));
	else if (decend - d == 10) {
		n->form = HRESULT_FORM;
		n->code = ras_code(read_value(s, d, decend, 10));
	}
}

/* ---------------------------------------------------------------- context */

/* Glued on the left to something that makes it part of a larger thing:
 * "1.691", "host:809", "pppd[755]", "ab-691", "x_691". */
static int
glued_left(const unsigned char *s, size_t start, const struct word *prev,
    int have_prev)
{
	int c, before;

	if (start == 0)
		return 0;
	c = s[start - 1];
	if (is_ascii_alnum(c))
		return 1;
	if (start < 2)
		return 0;
	before = s[start - 2];
	if (!is_ascii_alnum(before))
		return 0;
	switch (c) {
	case '.': case '[': case '_': case '\\': case '@':
		return 1;
	case '/':	/* a list "800/806" is fine, a path "dir/691" is not */
		return !is_digit(before);
	case ':': case '-': case '#':
		/* "Error:691" is fine, "vpn.example.com:809" is a port */
		return !(have_prev && prev->end == start - 1 &&
		    strstr(prev->text, "error") != NULL);
	}
	return 0;
}

/* Glued on the right: "691abc", "691.5", "10:691:00", "691%", "600-610". */
static int
glued_right(const unsigned char *s, size_t len, size_t end)
{
	if (end == len)
		return 0;
	if (is_ascii_alnum(s[end]) || s[end] == '%')
		return 1;
	if (end + 1 < len && is_ascii_alnum(s[end + 1]) &&
	    (s[end] == '.' || s[end] == ':' || s[end] == '-' || s[end] == '/' ||
	    s[end] == '_' || s[end] == '@'))
		return s[end] != '/' || !is_digit(s[end + 1]);
	return 0;
}

/* Is the text between a and b only list glue: ", ", "/", " and "? */
static int
only_list_glue(const unsigned char *s, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++) {
		if (s[i] == ' ' || s[i] == ',' || s[i] == '/' || s[i] == '&' ||
		    s[i] == ';')
			continue;
		if (b - i >= 3 && (strncmp((const char *)s + i, "and", 3) == 0 ||
		    strncmp((const char *)s + i, "und", 3) == 0)) {
			i += 2;
			continue;
		}
		if (b - i >= 2 && strncmp((const char *)s + i, "or", 2) == 0) {
			i += 1;
			continue;
		}
		return 0;
	}
	return 1;
}

/* A slash list of three or more codes, "800/806/807/809", needs no
 * other context. */
static int
in_slash_list(const unsigned char *s, size_t len, const struct number *n)
{
	size_t items = 1, i;
	struct number m;

	for (i = n->start; i >= 4 && s[i - 1] == '/' && is_digit(s[i - 2]); items++) {
		i -= 4;
		if (i > 0 && is_ascii_alnum(s[i - 1]))
			return 0;
		read_number(s, len, i, &m);
		if (m.end != i + 3 || m.code < 0)
			return 0;
	}
	for (i = n->end; i + 4 <= len && s[i] == '/' && is_digit(s[i + 1]); items++) {
		read_number(s, len, i + 1, &m);
		if (m.end != i + 4 || m.code < 0)
			return 0;
		i = m.end;
	}
	return items >= 3;
}

struct line_state {
	const unsigned char *s;
	size_t len;
	size_t last_end;	/* end of the last accepted number, or 0 */
	int have_last;
};

/*
 * Decides whether the number n is an error code by the words around it:
 * the nearest word before it must not be one that makes it a port, an
 * id or a version, nor the word after it a unit; and an error word must
 * stand within a few words before it (or, in Chinese, Japanese and
 * Korean, right after it), or it must continue a list of codes.
 */
static int
in_error_context(const struct line_state *ls, const struct number *n)
{
	const unsigned char *s = ls->s;
	struct word w, first, after;
	size_t pos = n->start;
	int have_first = word_before(s, pos, &first);
	int have_after = word_after(s, ls->len, n->end, &after);
	int k;

	if (glued_left(s, n->start, &first, have_first) ||
	    glued_right(s, ls->len, n->end))
		return 0;
	if (have_after && is_unit_word(after.text))
		return 0;
	if (have_first && is_veto_word(first.text) &&
	    !(ls->have_last && ls->last_end > first.end))
		return 0;
	/* a counter: "failures=691", "errors=651" */
	if (have_first && is_plural(first.text) && first.end < ls->len &&
	    s[first.end] == '=')
		return 0;
	if (ls->have_last && ls->last_end <= n->start &&
	    only_list_glue(s, ls->last_end, n->start))
		return 1;
	if (n->form == PLAIN && in_slash_list(s, ls->len, n))
		return 1;
	for (k = 0; k < LOOKBACK_WORDS && pos > 0; k++) {
		if (!word_before(s, pos, &w))
			break;
		/* "Errors 633, 676" names codes; "Errors since boot: 651"
		 * counts them: a plural only right before the number */
		if (is_error_word(&w, s, ls->len) && (k == 0 || !is_plural(w.text)))
			return 1;
		pos = w.start;
	}
	/* "a 812 error" (though "800 errors" is a count), and "651错误": an
	 * error word glued on after */
	if (have_after && (strcmp(after.text, "error") == 0 ||
	    (after.start == n->end && s[n->end] >= 0x80 &&
	    is_error_word(&after, s, ls->len))))
		return 1;
	/* an HRESULT, being unmistakable, may have it a few words after:
	 * "-2147024205 exception" */
	if (n->form == HRESULT_FORM) {
		for (pos = n->end, k = 0; k < 3 && word_after(s, ls->len, pos, &w);
		    k++, pos = w.end)
			if (is_error_word(&w, s, ls->len))
				return 1;
	}
	return 0;
}

/* "ERROR_VPN_TIMEOUT" in a log: a symbolic name is a mention too. */
static long
name_at(const unsigned char *s, size_t len, size_t i, size_t *end)
{
	char name[64];
	size_t n = 0;
	const struct raserr_entry *e;

	if (len - i < 7 || strncmp((const char *)s + i, "ERROR_", 6) != 0 ||
	    (i > 0 && is_ascii_alnum(s[i - 1])))
		return -1;
	while (i < len && n < sizeof name - 1 &&
	    ((s[i] >= 'A' && s[i] <= 'Z') || is_digit(s[i]) || s[i] == '_'))
		name[n++] = (char)s[i++];
	name[n] = '\0';
	*end = i;
	if (i < len && is_ascii_alnum(s[i]))
		return -1;
	e = raserr_find_name(name);
	return e != NULL && e->family == RASERR_FAMILY_RAS ? e->code : -1;
}

/* ---------------------------------------------------------------- lines */

/*
 * Most numbers in a log are times, dates and counts.  If the digits at i
 * are such a one (a length no code form has, no hex digit after), the end
 * of the run; else 0.  Keeps the common case out of read_number().
 */
static size_t
plain_run(const unsigned char *s, size_t len, size_t i)
{
	size_t e = i;

	while (e < len && is_digit(s[e]))
		e++;
	if (e - i == 3 || e - i == 8 || e - i == 10 || (e < len &&
	    (is_hex(s[e]) || lower(s[e]) == 'x' || lower(s[e]) == 'h')))
		return 0;
	return e;
}

static int
starts_number(const unsigned char *s, size_t len, size_t i)
{
	if (is_digit(s[i]))
		return i == 0 || !is_digit(s[i - 1]);
	return s[i] == '-' && i + 1 < len && is_digit(s[i + 1]) &&
	    (i == 0 || !is_ascii_alnum(s[i - 1]));
}

/* scan_line() after the glance: quotes says whether to look for a
 * quoted message as well. */
static void
scan_closely(const struct textmatch *tm, const char *line, size_t len,
    size_t from, size_t upto, int quotes, scan_found_fn *fn, void *arg)
{
	const unsigned char *s = (const unsigned char *)line;
	struct line_state ls = { s, len, 0, 0 };
	long reported[32];
	size_t nreported = 0, i, j;
	struct number n;

	/* what each byte may begin: a mention (M), or after it a quoted
	 * message (Q); a table, as this runs per byte */
	enum { M = 1, Q = 2 };
	static const unsigned char starts[256] = {
		['-'] = M, ['0'] = M, ['1'] = M, ['2'] = M, ['3'] = M, ['4'] = M,
		['5'] = M, ['6'] = M, ['7'] = M, ['8'] = M, ['9'] = M, ['E'] = M,
		[' '] = Q, ['\t'] = Q, ['"'] = Q, [':'] = Q, ['('] = Q, ['\''] = Q
	};
	struct text_best tb = { 0, -1, 0, 0 };

	if (quotes)
		text_try(tm, s, len, 0, &tb);
	for (i = 0; i < len; i++) {
		if (!starts[s[i]])
			continue;
		if (starts[s[i]] == Q) {
			if (quotes && !ls.have_last && len - i > 4 &&
			    text_may_start(tm, s + i + 1))
				text_try(tm, s, len, i + 1, &tb);
			continue;
		}
		if (is_digit(s[i]) && (j = plain_run(s, len, i)) > 0) {
			i = j - 1;
			continue;
		}
		if (s[i] == 'E' && (n.code = name_at(s, len, i, &n.end)) >= 0) {
			n.start = i;
		} else if (starts_number(s, len, i)) {
			read_number(s, len, i, &n);
			if (n.code >= 0 && !in_error_context(&ls, &n))
				n.code = -1;
		} else
			continue;
		if (n.code >= 0 && n.start >= from && n.start < upto) {
			for (j = 0; j < nreported && reported[j] != n.code; j++)
				continue;
			if (j == nreported) {
				fn(arg, n.code);
				if (nreported < sizeof reported / sizeof reported[0])
					reported[nreported++] = n.code;
			}
			ls.last_end = n.end;
			ls.have_last = 1;
		}
		i = n.end > i ? n.end - 1 : i;
	}
	if (quotes && !ls.have_last && (n.code = text_best_code(&tb)) >= 0)
		fn(arg, n.code);
}

void
scan_line(const struct textmatch *tm, const char *line, size_t len,
    size_t from, size_t upto, scan_found_fn *fn, void *arg)
{
	/* only a whole line may be a quoted message */
	int quotes = from == 0 && upto == len &&
	    text_next(tm, (const unsigned char *)line, len, 0) < len;

	if (quotes || filter_next(line, len, 0) < len)
		scan_closely(tm, line, len, from, upto, quotes, fn, arg);
}

void
scan_line_unfiltered(const struct textmatch *tm, const char *line, size_t len,
    size_t from, size_t upto, scan_found_fn *fn, void *arg)
{
	scan_closely(tm, line, len, from, upto, from == 0 && upto == len, fn, arg);
}
