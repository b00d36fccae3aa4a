/*
 * The writers: text for people, wrapped to a terminal; tsv and json
 * records for programs, both made from one table of fields.
 */
#include "output.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

struct kept;

struct printer {
	FILE *fp;
	enum format format;
	int width;		/* text: wrap at this column; 0: never */
	int color;		/* text: SGR escapes for the code and matches */
	const struct search *search;	/* text: matches to show, or NULL */
	int code_width;		/* text: digits the message column allows for */
	int started;		/* something was printed */
	int last_detailed;
	int failed;		/* a record was lost for want of memory */
	struct text {
		char *s;
		size_t n, size;
		int failed;	/* some of it was lost for want of memory */
	} record;		/* the record being made; in text, a line */
	struct kept *kept;	/* tsv, json: one a catalogue entry, made on first use */
	const struct raserr_entry *all;	/* the catalogue, all[0..nall) */
	size_t nall;
	char *buf;		/* fp's buffer, when not a terminal */
};

/* ---------------------------------------------------------------- text */

/*
 * A record is made whole in memory, then written with one fwrite: a
 * call into stdio per field would cost more than making the field.
 */

/* Without memory, t is marked failed and left as it was. */
static void
text_add(struct text *t, const char *s, size_t n)
{
	size_t size;
	char *grown;

	if (n > t->size - t->n) {
		for (size = t->size > 0 ? t->size : 256; size - t->n < n; size *= 2)
			continue;
		if ((grown = realloc(t->s, size)) == NULL) {
			t->failed = 1;
			return;
		}
		t->s = grown;
		t->size = size;
	}
	memcpy(t->s + t->n, s, n);
	t->n += n;
}

/* Empties t for the next record or line. */
static void
text_clear(struct text *t)
{
	t->n = 0;
	t->failed = 0;
}

static void
text_add_str(struct text *t, const char *s)
{
	text_add(t, s, strlen(s));
}

static void
text_add_number(struct text *t, unsigned long v)
{
	char buf[24], *d = buf + sizeof buf;

	do
		*--d = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	text_add(t, d, (size_t)(buf + sizeof buf - d));
}

/* ---------------------------------------------------------------- escaping */

/* Tab, newline, CR and backslash as \t \n \r \\; any other byte as is. */
static void
tsv_escape(struct text *t, const char *s)
{
	size_t n;

	for (;;) {
		n = strcspn(s, "\t\n\r\\");
		text_add(t, s, n);
		s += n;
		switch (*s++) {
		case '\t': text_add(t, "\\t", 2); break;
		case '\n': text_add(t, "\\n", 2); break;
		case '\r': text_add(t, "\\r", 2); break;
		case '\\': text_add(t, "\\\\", 2); break;
		default: return;
		}
	}
}

/* Bytes that are not UTF-8 become U+FFFD, so the line stays valid JSON
 * whatever it is given.  Without the quotes. */
static void
json_escape(struct text *t, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	char esc[8];
	size_t n, left;

	for (left = strlen(s); left > 0; u += n, left -= n) {
		for (n = 0; n < left && u[n] >= 0x20 && u[n] < 0x80 && u[n] != '"' &&
		    u[n] != '\\'; n++)
			continue;
		if (n > 0) {
			text_add(t, (const char *)u, n);
			continue;
		}
		n = utf8_len(u, left);
		if (n == 0) {
			text_add(t, "\\ufffd", 6);
			n = 1;
		} else if (*u == '"' || *u == '\\') {
			esc[0] = '\\';
			esc[1] = (char)*u;
			text_add(t, esc, 2);
		} else if (*u == '\n')
			text_add(t, "\\n", 2);
		else if (*u == '\t')
			text_add(t, "\\t", 2);
		else if (*u == '\r')
			text_add(t, "\\r", 2);
		else if (*u < 0x20) {
			snprintf(esc, sizeof esc, "\\u%04x", *u);
			text_add(t, esc, 6);
		} else
			text_add(t, (const char *)u, n);
	}
}

/* Is s all well-formed UTF-8? */
static int
is_utf8(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n, left;

	for (left = strlen(s); left > 0; u += n, left -= n)
		if ((n = utf8_len(u, left)) == 0)
			return 0;
	return 1;
}

/* Every byte but letters, digits and "-._~/" as %HH: any name, in
 * ASCII that tsv and json carry as it is, and that decodes back
 * to the same bytes. */
static void
percent_escape(struct text *t, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *u;
	char esc[3] = { '%' };

	for (u = (const unsigned char *)s; *u != '\0'; u++) {
		if ((*u >= 'a' && *u <= 'z') || (*u >= 'A' && *u <= 'Z') ||
		    (*u >= '0' && *u <= '9') || strchr("-._~/", *u) != NULL)
			text_add(t, (const char *)u, 1);
		else {
			esc[1] = hex[*u >> 4];
			esc[2] = hex[*u & 15];
			text_add(t, esc, 3);
		}
	}
}

/* ---------------------------------------------------------------- fields */

/* What a field holds in one record. */
struct value {
	enum {
		V_NONE,		/* absent: empty in tsv, null in json */
		V_TEXT,		/* text */
		V_NUMBER,	/* number */
		V_PLACE,	/* text ":" number */
		V_PLACE_BYTES	/* the same, text's bytes percent-escaped */
	} kind;
	const char *text;
	unsigned long number;
};

static struct value
text_value(const char *s)
{
	struct value v = { s != NULL ? V_TEXT : V_NONE, s, 0 };

	return v;
}

static struct value
number_value(unsigned long n)
{
	struct value v = { V_NUMBER, NULL, n };

	return v;
}

static struct value
place_value(const char *file, unsigned long line, int bytes)
{
	struct value v = { bytes ? V_PLACE_BYTES : V_PLACE, file, line };

	if (file == NULL)
		v.kind = V_NONE;
	return v;
}

/* One getter a field: how its value comes from the entry and origin. */
typedef struct value getter(const struct raserr_entry *,
    const struct origin *);

static struct value
get_code(const struct raserr_entry *e, const struct origin *o)
{
	(void)o;
	return number_value((unsigned long)e->code);
}

static struct value
get_name(const struct raserr_entry *e, const struct origin *o)
{
	(void)o;
	return text_value(e->name);
}

static struct value
get_message(const struct raserr_entry *e, const struct origin *o)
{
	(void)o;
	return text_value(e->message);
}

static struct value
get_note(const struct raserr_entry *e, const struct origin *o)
{
	(void)o;
	return text_value(e->note);
}

static struct value
get_family(const struct raserr_entry *e, const struct origin *o)
{
	(void)o;
	return text_value(raserr_family_text(e->family));
}

static struct value
get_current(const struct raserr_entry *e, const struct origin *o)
{
	(void)o;
	return text_value(e->current);
}

static struct value
get_also(const struct raserr_entry *e, const struct origin *o)
{
	(void)o;
	return text_value(e->also);
}

static struct value
get_windows(const struct raserr_entry *e, const struct origin *o)
{
	(void)o;
	return text_value(raserr_windows_key(e->windows));
}

static struct value
get_hint(const struct raserr_entry *e, const struct origin *o)
{
	(void)o;
	return text_value(e->hint);
}

static struct value
get_win32_name(const struct raserr_entry *e, const struct origin *o)
{
	(void)o;
	return text_value(e->win32_name);
}

static struct value
get_win32_message(const struct raserr_entry *e, const struct origin *o)
{
	(void)o;
	return text_value(e->win32_message);
}

static struct value
get_operand(const struct raserr_entry *e, const struct origin *o)
{
	(void)e;
	return text_value(o->operand);
}

static struct value
get_read_as(const struct raserr_entry *e, const struct origin *o)
{
	(void)e;
	return text_value(o->read_as != NULL && *o->read_as != '\0' ? o->read_as : NULL);
}

static struct value
get_where(const struct raserr_entry *e, const struct origin *o)
{
	(void)e;
	return place_value(o->file, o->line, 0);
}

static struct value
get_count(const struct raserr_entry *e, const struct origin *o)
{
	struct value none = { V_NONE, NULL, 0 };

	(void)e;
	return o->count > 0 ? number_value(o->count) : none;
}

static struct value
get_source(const struct raserr_entry *e, const struct origin *o)
{
	(void)o;
	return text_value(e->source);
}

static struct value
get_event(const struct raserr_entry *e, const struct origin *o)
{
	(void)e;
	return text_value(o->event);
}

/* json turns bytes that are not UTF-8 into U+FFFD: such a file name is
 * given again here, byte for byte. */
static struct value
get_where_bytes(const struct raserr_entry *e, const struct origin *o)
{
	(void)e;
	return place_value(o->file != NULL && !is_utf8(o->file) ? o->file : NULL,
	    o->line, 1);
}

/*
 * The fields of a tsv and a json record, in their order: tsv's columns,
 * json's keys.  New fields go at the end, so that scripts that cut
 * columns by number go on working.
 */
static const struct field {
	const char *key;
	int of_entry;		/* the value depends on the entry alone */
	getter *get;
} fields[] = {
	{ "code", 1, get_code },
	{ "name", 1, get_name },
	{ "message", 1, get_message },
	{ "note", 1, get_note },
	{ "family", 1, get_family },
	{ "current", 1, get_current },
	{ "also", 1, get_also },
	{ "windows", 1, get_windows },
	{ "hint", 1, get_hint },
	{ "win32_name", 1, get_win32_name },
	{ "win32_message", 1, get_win32_message },
	{ "operand", 0, get_operand },
	{ "read_as", 0, get_read_as },
	{ "where", 0, get_where },
	{ "count", 0, get_count },
	{ "source", 1, get_source },
	{ "event", 0, get_event },
	{ "where_bytes", 0, get_where_bytes },
};

#define NFIELDS (sizeof fields / sizeof fields[0])

static void
put_value(struct text *t, enum format f, struct value v)
{
	void (*escape)(struct text *, const char *) =
	    f == FMT_TSV ? tsv_escape : json_escape;
	const char *quote = f == FMT_TSV ? "" : "\"";

	switch (v.kind) {
	case V_NONE:
		if (f == FMT_JSON)
			text_add(t, "null", 4);
		break;
	case V_TEXT:
		text_add_str(t, quote);
		escape(t, v.text);
		text_add_str(t, quote);
		break;
	case V_NUMBER:
		text_add_number(t, v.number);
		break;
	case V_PLACE:
	case V_PLACE_BYTES:
		text_add_str(t, quote);
		if (v.kind == V_PLACE)
			escape(t, v.text);
		else
			percent_escape(t, v.text);
		text_add(t, ":", 1);
		text_add_number(t, v.number);
		text_add_str(t, quote);
		break;
	}
}

/* Field i with what comes before it: a tab, or json's key. */
static void
put_field(struct text *t, enum format f, size_t i, struct value v)
{
	if (f == FMT_TSV) {
		if (i > 0)
			text_add(t, "\t", 1);
	} else {
		text_add(t, i > 0 ? ",\"" : "{\"", 2);
		text_add_str(t, fields[i].key);
		text_add(t, "\":", 2);
	}
	put_value(t, f, v);
}

static void
end_record(struct text *t, enum format f)
{
	if (f == FMT_TSV)
		text_add(t, "\n", 1);
	else
		text_add(t, "}\n", 2);
}

/* The plain way to make a record: field by field. */
static void
make_record(struct text *t, enum format f, const struct raserr_entry *e,
    const struct origin *o)
{
	size_t i;

	for (i = 0; i < NFIELDS; i++)
		put_field(t, f, i, fields[i].get(e, o));
	end_record(t, f);
}

/* ---------------------------------------------------------------- kept records */

/*
 * The fast path, for a stream of codes, which asks for the same few
 * hundred entries millions of times, each written the same way: the
 * whole record made for an entry's first plain operand (no reading, no
 * place) is kept, and given again for the same operand.  On the bench's
 * stream of 10 M codes (half unknown) it brings the whole run from 960
 * instructions a code to 354 (callgrind), and from 10x the time of cat
 * of the same output to about 2x.  Bounded by the catalogue, not by the
 * input; tests/test_output.c holds it against make_record().
 */
struct kept {
	char *record;		/* or NULL; its operand follows it, a string */
	size_t len;
};

static int
is_plain(const struct origin *o)
{
	return o->operand != NULL && (o->read_as == NULL || *o->read_as == '\0') &&
	    o->count == 0 && o->file == NULL && o->event == NULL;
}

/* e's slot, the slots made on first use; NULL without memory or for an
 * entry not in the catalogue (as in tests). */
static struct kept *
kept_slot(struct printer *p, const struct raserr_entry *e)
{
	size_t k;

	/* compared as integers: pointers to different objects may not be */
	if ((uintptr_t)e < (uintptr_t)p->all ||
	    (k = ((uintptr_t)e - (uintptr_t)p->all) / sizeof *e) >= p->nall)
		return NULL;
	if (p->kept == NULL &&
	    (p->kept = calloc(p->nall, sizeof *p->kept)) == NULL)
		return NULL;
	return &p->kept[k];
}

/* The record kept for e and o, or NULL. */
static const struct kept *
kept_record(struct printer *p, const struct raserr_entry *e,
    const struct origin *o)
{
	const struct kept *k = is_plain(o) ? kept_slot(p, e) : NULL;

	if (k == NULL || k->record == NULL ||
	    strcmp(k->record + k->len, o->operand) != 0)
		return NULL;
	return k;
}

/* Keeps the record made in p->record from start for e and o, if it is
 * the first made for e from a plain operand. */
static void
keep_record(struct printer *p, const struct raserr_entry *e,
    const struct origin *o, size_t start)
{
	struct kept *k = is_plain(o) ? kept_slot(p, e) : NULL;
	size_t len = p->record.n - start, olen;

	if (k == NULL || k->record != NULL || p->record.failed)
		return;
	/* the operand after the record, to be compared with the next */
	olen = strlen(o->operand) + 1;
	if ((k->record = malloc(len + olen)) == NULL)
		return;
	memcpy(k->record, p->record.s + start, len);
	memcpy(k->record + len, o->operand, olen);
	k->len = len;
}

static void
free_kept(struct printer *p)
{
	size_t i;

	if (p->kept == NULL)
		return;
	for (i = 0; i < p->nall; i++)
		free(p->kept[i].record);
	free(p->kept);
	p->kept = NULL;
}

/* ---------------------------------------------------------------- records */

/*
 * Records gather in p->record and go out 64 KiB at a time, to an
 * unbuffered fp: stdio's buffer would copy them once more, and a call
 * into stdio per record cost more than the kept record's copy.
 */
#define RECORDS_OUT (1 << 16)

static int
write_records(struct printer *p)
{
	size_t n = p->record.n;

	text_clear(&p->record);
	return n == 0 || fwrite(p->record.s, 1, n, p->fp) == n ? 0 : EOF;
}

static void
print_record(struct printer *p, const struct raserr_entry *e,
    const struct origin *o)
{
	size_t start = p->record.n;
	const struct kept *k = kept_record(p, e, o);

	if (k != NULL)
		text_add(&p->record, k->record, k->len);
	else {
		make_record(&p->record, p->format, e, o);
		keep_record(p, e, o, start);
	}
	if (p->record.failed) {
		text_clear(&p->record);
		p->record.n = start;
		p->failed = 1;
	}
	if (p->record.n >= RECORDS_OUT)
		write_records(p);
}

void
print_record_plain(FILE *fp, enum format f, const struct raserr_entry *e,
    const struct origin *o)
{
	struct text t = { NULL, 0, 0, 0 };

	make_record(&t, f, e, o);
	if (!t.failed)
		fwrite(t.s, 1, t.n, fp);
	free(t.s);
}

/* ---------------------------------------------------------------- text */

#define INDENT "  "
#define LABEL_WIDTH 9
#define VALUE_COLUMN ((int)sizeof INDENT - 1 + LABEL_WIDTH)

#define SGR_CODE "\033[1m"		/* bold */
#define SGR_MATCH "\033[01;31m"	/* bold red, as grep */
#define SGR_END "\033[m"

/*
 * A line of text being written: wrapped at width (0: never), its
 * continuation lines starting at indent, so that they stay under the
 * value they continue.  --grep's matches are coloured when colour is on.
 */
struct line {
	const struct printer *p;
	int indent;
	int col;
	int in_match;		/* inside a coloured match */
	const char *text;	/* the value being written */
	size_t match, match_end;	/* the next match in it, or none */
};

/* Finds the next match in l->text at or after from. */
static void
next_match(struct line *l, size_t from)
{
	size_t a, b;

	if (l->p->color && l->p->search != NULL &&
	    search_find(l->p->search, l->text + from, from > 0, &a, &b)) {
		l->match = from + a;
		l->match_end = from + b;
	} else
		l->match = l->match_end = SIZE_MAX;
}

/* A new line, the match colour paused over the indent. */
static void
line_break(struct line *l)
{
	FILE *fp = l->p->fp;

	if (l->in_match)
		fputs(SGR_END, fp);
	fprintf(fp, "\n%*s", l->indent, "");
	if (l->in_match)
		fputs(SGR_MATCH, fp);
	l->col = l->indent;
}

/* Writes the n bytes of one character at l->text[i] (or only its colour
 * changes, when shown is 0: a space dropped at a break). */
static void
put_char(struct line *l, size_t i, size_t n, int shown)
{
	FILE *fp = l->p->fp;

	if (!l->in_match && l->match < i + n) {
		fputs(SGR_MATCH, fp);
		l->in_match = 1;
	}
	if (shown) {
		fwrite(l->text + i, 1, n, fp);
		l->col++;
	}
	if (l->in_match && l->match_end <= i + n) {
		fputs(SGR_END, fp);
		l->in_match = 0;
		next_match(l, l->match_end);
	}
}

/* Bytes in one character at s: a UTF-8 sequence, or one byte of
 * anything else.  A character takes one column. */
static size_t
char_len(const char *s)
{
	size_t n = utf8_len((const unsigned char *)s, strnlen(s, 4));

	return n > 0 ? n : 1;
}

/* Columns of the word at s, up to white space or the end. */
static int
word_width(const char *s, size_t *len)
{
	size_t i;
	int w = 0;

	for (i = 0; s[i] != '\0' && s[i] != ' ' && s[i] != '\n'; w++)
		i += char_len(s + i);
	*len = i;
	return w;
}

/* Writes the n bytes at l->text[i], w columns, that need no break: in
 * one piece from one colour change to the next. */
static void
put_run(struct line *l, size_t i, size_t n, int w)
{
	FILE *fp = l->p->fp;
	size_t end = i + n, stop;

	while (i < end) {
		if (!l->in_match && l->match <= i) {
			fputs(SGR_MATCH, fp);
			l->in_match = 1;
		}
		stop = l->in_match ? l->match_end : l->match;
		stop = stop < end ? stop : end;
		fwrite(l->text + i, 1, stop - i, fp);
		i = stop;
		if (l->in_match && l->match_end <= i) {
			fputs(SGR_END, fp);
			l->in_match = 0;
			next_match(l, l->match_end);
		}
	}
	l->col += w;
}

/*
 * Writes s from l's column: words move to a new line when they would
 * pass the width.  A word wider than a whole line (a URL, a long name)
 * goes whole on a line of its own and runs past the width, so that it
 * can still be copied.  Without a width, s comes out as it is.
 */
static void
put_wrapped(struct line *l, const char *s)
{
	int width = l->p->width;
	size_t i = 0, spaces, len, n;
	int w;

	l->text = s;
	next_match(l, 0);
	while (width == 0 && s[i] != '\0') {
		n = strcspn(s + i, "\n");
		put_run(l, i, n, 0);
		if (s[i += n] == '\n') {
			line_break(l);
			i++;
		}
	}
	while (s[i] != '\0') {
		if (s[i] == '\n') {
			line_break(l);
			i++;
			continue;
		}
		spaces = strspn(s + i, " ");
		w = word_width(s + i + spaces, &len);
		if (width > 0 && l->col > l->indent &&
		    l->col + (int)spaces + w > width) {
			line_break(l);
			for (; spaces > 0; spaces--, i++)
				put_char(l, i, 1, 0);
		}
		put_run(l, i, spaces, (int)spaces);
		i += spaces;
		put_run(l, i, len, w);
		i += len;
	}
}

static void
put_detail(const struct printer *p, const char *label, const char *value)
{
	struct line l = { p, VALUE_COLUMN, VALUE_COLUMN, 0, NULL, 0, 0 };

	if (value == NULL || *value == '\0')
		return;
	fprintf(p->fp, INDENT "%-*s", LABEL_WIDTH, label);
	put_wrapped(&l, value);
	putc('\n', p->fp);
}

/*
 * A file name as a terminal may show it: control characters (C1 too)
 * and bytes that are not UTF-8 as \xHH, as operands are shown.
 */
static void
text_add_shown(struct text *t, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	char esc[5];
	size_t n, i;

	for (; *u != '\0'; u += n) {
		n = utf8_len(u, strnlen((const char *)u, 4));
		if (n == 0 || *u < 0x20 || *u == 0x7f ||
		    (*u == 0xc2 && u[1] < 0xa0)) {
			n = n == 0 ? 1 : n;
			for (i = 0; i < n; i++) {
				snprintf(esc, sizeof esc, "\\x%02X", u[i]);
				text_add(t, esc, 4);
			}
		} else
			text_add(t, (const char *)u, n);
	}
}

/* "3 times, first at FILE:LINE (EVENT)", made in t. */
static void
make_seen(struct text *t, const struct origin *o)
{
	text_add_number(t, o->count);
	text_add_str(t, o->count == 1 ? " time" : " times");
	if (o->file != NULL) {
		text_add_str(t, ", first at ");
		text_add_shown(t, o->file);
		text_add(t, ":", 1);
		text_add_number(t, o->line);
	}
	if (o->event != NULL) {
		text_add_str(t, " (");
		text_add_shown(t, o->event);
		text_add(t, ")", 1);
	}
	text_add(t, "", 1);
}

/* "NAME: MESSAGE" of the other error with the same number, made in t. */
static void
make_win32(struct text *t, const struct raserr_entry *e)
{
	text_add_str(t, e->win32_name);
	if (e->win32_message != NULL) {
		text_add(t, ": ", 2);
		text_add_str(t, e->win32_message);
	}
	text_add(t, "", 1);
}

/* The detail made in the printer's record (free in text), as label. */
static void
put_made_detail(struct printer *p, const char *label)
{
	if (p->record.failed)
		p->failed = 1;
	else
		put_detail(p, label, p->record.s);
	text_clear(&p->record);
}

/*
 * Letters and digits of s from i on: where the next one is, or the end.
 * U+2000-U+203F (E2 80 xx) are spaces, dashes and quotes: the SDK writes
 * "server's" where the classic list has a typographic apostrophe (808).
 */
static size_t
next_alnum(const char *s, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;

	for (;;) {
		if (u[i] == 0xE2 && u[i + 1] == 0x80 && u[i + 2] != '\0')
			i += 3;
		else if (u[i] != '\0' && u[i] < 0x80 &&
		    !((u[i] | 0x20) >= 'a' && (u[i] | 0x20) <= 'z') &&
		    !(u[i] >= '0' && u[i] <= '9'))
			i++;
		else
			return i;
	}
}

/*
 * Does today's wording say other words than the message, not only
 * other spacing, punctuation or case (807, 809)?  Then it is worth a
 * line; tsv and json keep it as it is all the same.
 */
static int
other_words(const char *message, const char *today)
{
	size_t i = 0, j = 0;
	unsigned char a, b;

	for (;;) {
		i = next_alnum(message, i);
		j = next_alnum(today, j);
		a = (unsigned char)message[i];
		b = (unsigned char)today[j];
		if (a == '\0' || b == '\0')
			return a != b;
		if (a < 0x80 ? (a | 0x20) != (b | 0x20) : a != b)
			return 1;
		i++, j++;
	}
}

static void
print_details(struct printer *p, const struct raserr_entry *e,
    const struct origin *o)
{
	put_detail(p, "name", e->name);
	put_detail(p, "read as", o->read_as);
	if (o->count > 0) {
		make_seen(&p->record, o);
		put_made_detail(p, "seen");
	}
	if (e->family == RASERR_FAMILY_IKE)
		put_detail(p, "family", "IPsec IKE (winerror.h), not RAS");
	put_detail(p, "also", e->also);
	if (e->current != NULL && other_words(e->message, e->current))
		put_detail(p, "today", e->current);
	put_detail(p, "windows", raserr_windows_text(e->windows));
	put_detail(p, "note", e->note);
	put_detail(p, "check", e->hint);
	put_detail(p, "source", e->source);
	if (e->win32_name != NULL) {
		make_win32(&p->record, e);
		put_made_detail(p, "not RAS");
	}
}

/*
 * Under a one-line entry of --grep, the lines that matched where the
 * message did not: why 766 (its message says nothing of L2TP) is listed.
 */
static void
print_matched_lines(struct printer *p, const struct raserr_entry *e)
{
	const struct { const char *label, *text; } line[] = {
		{ "name", e->name }, { "also", e->also }, { "today", e->current },
		{ "note", e->note }, { "check", e->hint }
	};
	unsigned left, which;
	size_t i;

	left = ((1U << p->search->n) - 1) & ~search_which(p->search, e->message);
	for (i = 0; i < sizeof line / sizeof line[0] && left != 0; i++) {
		if (line[i].text == NULL ||
		    (which = search_which(p->search, line[i].text) & left) == 0)
			continue;
		put_detail(p, line[i].label, line[i].text);
		left &= ~which;
	}
}

static int
digits(long n)
{
	int d = 1;

	while ((n /= 10) != 0)
		d++;
	return d;
}

static void
print_text(struct printer *p, const struct raserr_entry *e,
    const struct origin *o, int detailed)
{
	/* only a listing's lines line up: a detailed entry stands apart */
	int pad = detailed ? 0 : p->code_width - digits(e->code);
	struct line l = { p, 0, 0, 0, NULL, 0, 0 };

	if (p->started && (detailed || p->last_detailed))
		putc('\n', p->fp);
	if (p->color)
		fprintf(p->fp, SGR_CODE "%ld" SGR_END "  ", e->code);
	else
		fprintf(p->fp, "%ld  ", e->code);
	if (pad > 0)
		fprintf(p->fp, "%*s", pad, "");
	l.indent = l.col = digits(e->code) + 2 + (pad > 0 ? pad : 0);
	put_wrapped(&l, e->message);
	putc('\n', p->fp);
	if (detailed)
		print_details(p, e, o);
	else if (p->search != NULL && p->search->n > 0)
		print_matched_lines(p, e);
}

/* ---------------------------------------------------------------- printer */

/*
 * The one buffering policy.  Text on a terminal goes out a line at a
 * time (stdio's own line buffering); text to a pipe or a file one write
 * a 64 KiB buffer, since a stream of codes is mostly output (given, not
 * just its size, as glibc ignores a size alone).  Records gather in the
 * printer (write_records()), so such an fp has no buffer of its own.  The caller
 * flushes before each read that may block, so that answers still come
 * line by line.
 */
#define TEXT_BUF (1 << 16)

struct printer *
printer_new(FILE *fp, enum format f, const struct printer_setup *setup)
{
	struct printer *p = calloc(1, sizeof *p);
	int buffered = f == FMT_TEXT && !setup->tty;

	if (p == NULL || (buffered && (p->buf = malloc(TEXT_BUF)) == NULL)) {
		free(p);
		return NULL;
	}
	p->fp = fp;
	p->format = f;
	p->all = raserr_all(&p->nall);
	if (f == FMT_TEXT) {
		p->width = setup->width;
		p->color = setup->color;
		p->search = setup->search;
	}
	if (buffered)
		setvbuf(fp, p->buf, _IOFBF, TEXT_BUF);
	else if (!setup->tty)
		setvbuf(fp, NULL, _IONBF, 0);
	return p;
}

void
print_entry(struct printer *p, const struct raserr_entry *e,
    const struct origin *o, int detailed)
{
	static const struct origin none;

	if (o == NULL)
		o = &none;
	if (p->format == FMT_TEXT)
		print_text(p, e, o, detailed);
	else
		print_record(p, e, o);
	p->started = 1;
	p->last_detailed = detailed;
}

void
printer_align(struct printer *p, long widest)
{
	p->code_width = widest > 0 ? digits(widest) : 0;
}

int
printer_flush(struct printer *p)
{
	if (p->format != FMT_TEXT && write_records(p) != 0)
		return EOF;
	if (p->failed) {
		p->failed = 0;
		errno = ENOMEM;
		return EOF;
	}
	return fflush(p->fp);
}

void
printer_free(struct printer *p)
{
	if (p == NULL)
		return;
	free_kept(p);
	free(p->record.s);
	free(p->buf);
	free(p);
}
