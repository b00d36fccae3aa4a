#include "output.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

/* ---------------------------------------------------------------- buffer */

/*
 * A stream of codes is mostly output: records gather in the printer's
 * buffer and go out in one fwrite per buffer, since a call into stdio per
 * record cost more than making the record.
 */

/* printer.record once part of the record being made went out: it is
 * not all in buf to be kept */
#define RECORD_CUT SIZE_MAX

int
printer_flush(struct printer *p)
{
	size_t n = p->n;

	p->n = 0;
	p->record = RECORD_CUT;
	return n == 0 || fwrite(p->buf, 1, n, p->fp) == n ? 0 : EOF;
}

static void
start_record(struct printer *p)
{
	p->record = p->n;
}

static void
add_flushing(struct printer *p, const char *s, size_t n)
{
	printer_flush(p);
	if (n > sizeof p->buf)
		fwrite(s, 1, n, p->fp);
	else {
		memcpy(p->buf, s, n);
		p->n = n;
	}
}

/* Inline: it is called for every field and tab, mostly of a few bytes. */
static inline void
add(struct printer *p, const char *s, size_t n)
{
	if (n > sizeof p->buf - p->n)
		add_flushing(p, s, n);
	else {
		memcpy(p->buf + p->n, s, n);
		p->n += n;
	}
}

static void
add_str(struct printer *p, const char *s)
{
	add(p, s, strlen(s));
}

static void
add_number(struct printer *p, unsigned long v)
{
	char buf[24], *d = buf + sizeof buf;

	do
		*--d = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	add(p, d, (size_t)(buf + sizeof buf - d));
}

/* ---------------------------------------------------------------- escaping */

/* NULL becomes an empty field; tab, newline, CR and backslash are
 * escaped.  A table, not strcspn(): most fields here are a few bytes. */
static void
tsv_field(struct printer *p, const char *s)
{
	static const unsigned char special[256] = {
		['\0'] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\\'] = 1
	};
	size_t n;

	if (s == NULL)
		return;
	for (;;) {
		for (n = 0; !special[(unsigned char)s[n]]; n++)
			continue;
		add(p, s, n);
		s += n;
		switch (*s++) {
		case '\t': add(p, "\\t", 2); break;
		case '\n': add(p, "\\n", 2); break;
		case '\r': add(p, "\\r", 2); break;
		case '\\': add(p, "\\\\", 2); break;
		default: return;
		}
	}
}

/* NULL becomes null; bytes that are not UTF-8 become U+FFFD, so the
 * line stays valid JSON whatever it is given. */
static void
json_string(struct printer *p, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	char esc[8];
	size_t n, left;

	if (s == NULL) {
		add(p, "null", 4);
		return;
	}
	add(p, "\"", 1);
	for (left = strlen(s); left > 0; u += n, left -= n) {
		/* a run of plain ASCII at once */
		for (n = 0; n < left && u[n] >= 0x20 && u[n] < 0x80 && u[n] != '"' &&
		    u[n] != '\\'; n++)
			continue;
		if (n > 0) {
			add(p, (const char *)u, n);
			continue;
		}
		n = utf8_len(u, left);
		if (n == 0) {
			add(p, "\\ufffd", 6);
			n = 1;
		} else if (*u == '"' || *u == '\\') {
			esc[0] = '\\';
			esc[1] = (char)*u;
			add(p, esc, 2);
		} else if (*u == '\n')
			add(p, "\\n", 2);
		else if (*u == '\t')
			add(p, "\\t", 2);
		else if (*u == '\r')
			add(p, "\\r", 2);
		else if (*u < 0x20) {
			snprintf(esc, sizeof esc, "\\u%04x", *u);
			add(p, esc, 6);
		} else
			add(p, (const char *)u, n);
	}
	add(p, "\"", 1);
}

/* ---------------------------------------------------------------- memo */

/*
 * Of a tsv or json record, all but the last few fields (operand, reading,
 * place, count) depend on the entry alone.  A stream of codes asks for the
 * same few hundred entries millions of times, so that part is escaped once
 * per entry and kept; and as the same code comes written the same way,
 * so is the whole record made for the first plain operand.  Bounded by
 * the catalogue, not by the input.
 */
struct kept {
	char *text;		/* the entry's part, then the rest of the record
				 * for operand, then operand itself */
	size_t len;		/* of the entry's part */
	size_t whole;		/* of the record for operand, or 0 */
	const char *operand;
};

struct memo {
	const struct raserr_entry *all;
	size_t n;
	struct kept kept[];
};

/* e's place in the catalogue all[0..n), or n when it is not in it (as in
 * tests); compared as integers, since pointers to different objects may
 * not be. */
static size_t
entry_index(const struct raserr_entry *e, const struct raserr_entry *all,
    size_t n)
{
	uintptr_t first = (uintptr_t)all, at = (uintptr_t)e;

	return at >= first && at < first + n * sizeof *e ? (at - first) / sizeof *e : n;
}

/* Where e's kept part goes, or NULL. */
static struct kept *
kept_slot(struct printer *p, const struct raserr_entry *e)
{
	size_t n, i;
	const struct raserr_entry *all;

	if (p->memo == NULL) {
		all = raserr_all(&n);
		p->memo = calloc(1, sizeof *p->memo + n * sizeof p->memo->kept[0]);
		if (p->memo == NULL)
			return NULL;
		p->memo->all = all;
		p->memo->n = n;
	}
	i = entry_index(e, p->memo->all, p->memo->n);
	return i < p->memo->n ? &p->memo->kept[i] : NULL;
}

/* e's kept part, or NULL.  Inline: it is asked once per record. */
static inline const struct kept *
memo_get(const struct printer *p, const struct raserr_entry *e)
{
	size_t i;

	if (p->memo == NULL ||
	    (i = entry_index(e, p->memo->all, p->memo->n)) == p->memo->n ||
	    p->memo->kept[i].text == NULL)
		return NULL;
	return &p->memo->kept[i];
}

/* Keeps the record made so far for e, followed by operand unless that is
 * NULL, if it is all still in buf.  Returns 0, or -1 without memory. */
static int
keep(struct kept *k, const struct printer *p, const char *operand)
{
	size_t len = p->n - p->record, olen = operand != NULL ? strlen(operand) + 1 : 0;
	char *text;

	if (p->record == RECORD_CUT || (text = malloc(len + olen)) == NULL)
		return -1;
	memcpy(text, p->buf + p->record, len);
	if (operand != NULL)
		memcpy(text + len, operand, olen);
	free(k->text);
	k->text = text;
	return 0;
}

/* Keeps the record made so far as e's part. */
static void
memo_put(struct printer *p, const struct raserr_entry *e)
{
	struct kept *k = kept_slot(p, e);

	if (k != NULL && keep(k, p, NULL) == 0)
		k->len = p->n - p->record;
}

/* Keeps the whole record made for e and operand, once per entry. */
static void
memo_put_whole(struct printer *p, const struct raserr_entry *e,
    const char *operand)
{
	struct kept *k = kept_slot(p, e);

	if (k != NULL && k->text != NULL && k->whole == 0 &&
	    keep(k, p, operand) == 0) {
		k->whole = p->n - p->record;
		k->operand = k->text + k->whole;
	}
}

void
printer_free(struct printer *p)
{
	size_t i;

	printer_flush(p);
	if (p->memo == NULL)
		return;
	for (i = 0; i < p->memo->n; i++)
		free(p->memo->kept[i].text);
	free(p->memo);
	p->memo = NULL;
}

/* ---------------------------------------------------------------- tsv, json */

static const char *
windows_key(enum raserr_windows w)
{
	static const char *const key[] = {
		NULL, "before-vista", "up-to-vista", "vista", "7", "8.1"
	};

	return key[w];
}

/* Everything up to the operand: the entry's own fields. */
static void
tsv_entry(struct printer *p, const struct raserr_entry *e)
{
	const char *field[] = {
		e->name, e->message, e->note, raserr_family_text(e->family),
		e->current, e->also, windows_key(e->windows), e->hint,
		e->win32_name, e->win32_message
	};
	size_t i;

	add_number(p, (unsigned long)e->code);
	for (i = 0; i < sizeof field / sizeof field[0]; i++) {
		add(p, "\t", 1);
		tsv_field(p, field[i]);
	}
}

static void
json_entry(struct printer *p, const struct raserr_entry *e)
{
	const struct { const char *key, *value; } field[] = {
		{ "name", e->name }, { "message", e->message }, { "note", e->note },
		{ "family", raserr_family_text(e->family) },
		{ "current", e->current }, { "also", e->also },
		{ "windows", windows_key(e->windows) }, { "hint", e->hint },
		{ "win32_name", e->win32_name }, { "win32_message", e->win32_message }
	};
	size_t i;

	add_str(p, "{\"code\":");
	add_number(p, (unsigned long)e->code);
	for (i = 0; i < sizeof field / sizeof field[0]; i++) {
		add(p, ",\"", 2);
		add_str(p, field[i].key);
		add(p, "\":", 2);
		json_string(p, field[i].value);
	}
}

/* The entry's part of a record: from the memo, or made and kept. */
static void
entry_part(struct printer *p, const struct raserr_entry *e)
{
	const struct kept *k;

	start_record(p);
	if ((k = memo_get(p, e)) != NULL) {
		add(p, k->text, k->len);
		return;
	}
	if (p->format == FMT_TSV)
		tsv_entry(p, e);
	else
		json_entry(p, e);
	memo_put(p, e);
}

static void
tsv_origin(struct printer *p, const struct origin *o)
{
	const char *field[] = {
		o->operand, o->read_as != NULL && *o->read_as != '\0' ? o->read_as : NULL, o->where
	};
	size_t i;

	for (i = 0; i < sizeof field / sizeof field[0]; i++) {
		add(p, "\t", 1);
		tsv_field(p, field[i]);
	}
	add(p, "\t", 1);
	if (o->count > 0)
		add_number(p, o->count);
	add(p, "\n", 1);
}

static void
json_origin(struct printer *p, const struct origin *o)
{
	const struct { const char *key, *value; } field[] = {
		{ "operand", o->operand },
		{ "read_as", o->read_as != NULL && *o->read_as != '\0' ? o->read_as : NULL },
		{ "where", o->where }
	};
	size_t i;

	for (i = 0; i < sizeof field / sizeof field[0]; i++) {
		add(p, ",\"", 2);
		add_str(p, field[i].key);
		add(p, "\":", 2);
		json_string(p, field[i].value);
	}
	add_str(p, ",\"count\":");
	if (o->count > 0)
		add_number(p, o->count);
	else
		add(p, "null", 4);
	add(p, "}\n", 2);
}

/* strcmp() == 0 for the few bytes of an operand, without the call that
 * costs more than comparing them */
static int
same_text(const char *a, const char *b)
{
	while (*a != '\0' && *a == *b)
		a++, b++;
	return *a == *b;
}

static void
print_record(struct printer *p, const struct raserr_entry *e,
    const struct origin *o)
{
	int plain = o->operand != NULL && (o->read_as == NULL || *o->read_as == '\0') &&
	    o->where == NULL && o->count == 0;
	const struct kept *k = plain ? memo_get(p, e) : NULL;

	if (k != NULL && k->whole > 0 && same_text(k->operand, o->operand)) {
		add(p, k->text, k->whole);
		return;
	}
	entry_part(p, e);
	if (p->format == FMT_TSV)
		tsv_origin(p, o);
	else
		json_origin(p, o);
	if (plain)
		memo_put_whole(p, e, o->operand);
}

/* ---------------------------------------------------------------- text */

#define INDENT "  "
#define LABEL_WIDTH 9

#define SGR_CODE "\033[1m"		/* bold */
#define SGR_MATCH "\033[01;31m"	/* bold red, as grep */
#define SGR_END "\033[m"

/* Continuation lines of a value line up under its first line. */
static void
put_plain(FILE *fp, const char *s, size_t n)
{
	const char *nl;

	while ((nl = memchr(s, '\n', n)) != NULL) {
		fwrite(s, 1, (size_t)(nl - s) + 1, fp);
		fprintf(fp, "%*s", (int)(sizeof INDENT - 1) + LABEL_WIDTH, "");
		n -= (size_t)(nl - s) + 1;
		s = nl + 1;
	}
	fwrite(s, 1, n, fp);
}

/* A text, its --grep matches coloured when colour is on. */
static void
put_text(const struct printer *p, const char *s)
{
	const char *start = s;
	size_t a, b;

	while (p->color && p->highlight != NULL &&
	    search_find(p->highlight, s, s > start, &a, &b)) {
		put_plain(p->fp, s, a);
		fputs(SGR_MATCH, p->fp);
		put_plain(p->fp, s + a, b - a);
		fputs(SGR_END, p->fp);
		s += b;
	}
	put_plain(p->fp, s, strlen(s));
}

static void
put_detail(const struct printer *p, const char *label, const char *value)
{
	if (value == NULL || *value == '\0')
		return;
	fprintf(p->fp, INDENT "%-*s", LABEL_WIDTH, label);
	put_text(p, value);
	putc('\n', p->fp);
}

static void
print_details(const struct printer *p, const struct raserr_entry *e,
    const struct origin *o)
{
	char seen[300];

	put_detail(p, "name", e->name);
	put_detail(p, "read as", o->read_as);
	if (o->count > 0) {
		snprintf(seen, sizeof seen, "%lu time%s, first at %s", o->count,
		    o->count == 1 ? "" : "s", o->where);
		put_detail(p, "seen", seen);
	}
	if (e->family == RASERR_FAMILY_IKE)
		put_detail(p, "family", "IPsec IKE (winerror.h), not RAS");
	put_detail(p, "also", e->also);
	put_detail(p, "today", e->current);
	put_detail(p, "windows", raserr_windows_text(e->windows));
	put_detail(p, "note", e->note);
	put_detail(p, "check", e->hint);
	if (e->win32_name != NULL) {
		fprintf(p->fp, INDENT "%-*s%s", LABEL_WIDTH, "not RAS", e->win32_name);
		if (e->win32_message != NULL) {
			fputs(": ", p->fp);
			put_plain(p->fp, e->win32_message, strlen(e->win32_message));
		}
		putc('\n', p->fp);
	}
}

static void
print_text(struct printer *p, const struct raserr_entry *e,
    const struct origin *o, int detailed)
{
	if (p->started && (detailed || p->last_detailed))
		putc('\n', p->fp);
	if (p->color)
		fprintf(p->fp, SGR_CODE "%ld" SGR_END "  ", e->code);
	else
		fprintf(p->fp, "%ld  ", e->code);
	put_text(p, e->message);
	putc('\n', p->fp);
	if (detailed)
		print_details(p, e, o);
}

void
print_entry(struct printer *p, const struct raserr_entry *e,
    const struct origin *o, int detailed)
{
	static const struct origin none;

	if (o == NULL)
		o = &none;
	switch (p->format) {
	case FMT_TEXT: print_text(p, e, o, detailed); break;
	case FMT_TSV:
	case FMT_JSON: print_record(p, e, o); break;
	}
	p->started = 1;
	p->last_detailed = detailed;
}
