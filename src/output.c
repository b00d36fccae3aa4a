#include "output.h"

#include <string.h>

#include "utf8.h"

/* ---------------------------------------------------------------- escaping */

/* NULL becomes an empty field; tab, newline, CR and backslash are escaped. */
void
put_tsv_field(FILE *fp, const char *s)
{
	if (s == NULL)
		return;
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '\t': fputs("\\t", fp); break;
		case '\n': fputs("\\n", fp); break;
		case '\r': fputs("\\r", fp); break;
		case '\\': fputs("\\\\", fp); break;
		default: putc(*s, fp);
		}
	}
}

/* NULL becomes null; bytes that are not UTF-8 become U+FFFD, so the
 * line stays valid JSON whatever it is given. */
void
put_json_string(FILE *fp, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n, left;

	if (s == NULL) {
		fputs("null", fp);
		return;
	}
	putc('"', fp);
	for (left = strlen(s); left > 0; u += n, left -= n) {
		n = utf8_len(u, left);
		if (n == 0) {
			fputs("\\ufffd", fp);
			n = 1;
		} else if (*u == '"' || *u == '\\') {
			putc('\\', fp);
			putc(*u, fp);
		} else if (*u == '\n')
			fputs("\\n", fp);
		else if (*u == '\t')
			fputs("\\t", fp);
		else if (*u == '\r')
			fputs("\\r", fp);
		else if (*u < 0x20)
			fprintf(fp, "\\u%04x", *u);
		else
			fwrite(u, 1, n, fp);
	}
	putc('"', fp);
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

static void
print_tsv(FILE *fp, const struct raserr_entry *e, const struct origin *o)
{
	const char *field[] = {
		e->name, e->message, e->note, raserr_family_text(e->family),
		e->current, e->also, windows_key(e->windows), e->hint,
		e->win32_name, e->win32_message, o->operand, o->how, o->where
	};
	size_t i;

	fprintf(fp, "%ld", e->code);
	for (i = 0; i < sizeof field / sizeof field[0]; i++) {
		putc('\t', fp);
		put_tsv_field(fp, field[i] != NULL && *field[i] != '\0' ? field[i] : NULL);
	}
	if (o->count > 0)
		fprintf(fp, "\t%lu\n", o->count);
	else
		fputs("\t\n", fp);
}

static void
print_json(FILE *fp, const struct raserr_entry *e, const struct origin *o)
{
	const struct { const char *key, *value; } field[] = {
		{ "name", e->name }, { "message", e->message }, { "note", e->note },
		{ "family", raserr_family_text(e->family) },
		{ "current", e->current }, { "also", e->also },
		{ "windows", windows_key(e->windows) }, { "hint", e->hint },
		{ "win32_name", e->win32_name }, { "win32_message", e->win32_message },
		{ "operand", o->operand },
		{ "read_as", o->how != NULL && *o->how != '\0' ? o->how : NULL },
		{ "where", o->where }
	};
	size_t i;

	fprintf(fp, "{\"code\":%ld", e->code);
	for (i = 0; i < sizeof field / sizeof field[0]; i++) {
		fprintf(fp, ",\"%s\":", field[i].key);
		put_json_string(fp, field[i].value);
	}
	if (o->count > 0)
		fprintf(fp, ",\"count\":%lu}\n", o->count);
	else
		fputs(",\"count\":null}\n", fp);
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
	for (; n > 0; s++, n--) {
		putc(*s, fp);
		if (*s == '\n')
			fprintf(fp, "%*s", (int)(sizeof INDENT - 1) + LABEL_WIDTH, "");
	}
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
	put_detail(p, "read as", o->how);
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
	case FMT_TSV: print_tsv(p->fp, e, o); break;
	case FMT_JSON: print_json(p->fp, e, o); break;
	}
	p->started = 1;
	p->last_detailed = detailed;
}
