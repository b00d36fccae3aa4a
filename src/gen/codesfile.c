#include "codesfile.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "raserr.h"
#include "names.h"
#include "utf8.h"

const char *const field_key[NFIELDS] = {
	"message", "also", "current", "windows", "note", "hint", "source",
	"win32"
};

struct parser {
	const char *fname;
	long line;
	char *err;
	size_t errsz;
	struct catalogue *cat;
};

/* ---------------------------------------------------------------- errors */

/* Formats "FILE:LINE: msg" into the caller's buffer; always returns -1. */
static int
fail(struct parser *r, long line, const char *fmt, ...)
{
	va_list ap;
	int n;

	n = snprintf(r->err, r->errsz, "%s:%ld: ", r->fname, line);
	if (n < 0 || (size_t)n >= r->errsz)
		return -1;
	va_start(ap, fmt);
	vsnprintf(r->err + n, r->errsz - (size_t)n, fmt, ap);
	va_end(ap);
	return -1;
}

/* ---------------------------------------------------------------- text */

static int
is_blank(int c)
{
	return c == ' ' || c == '\t';
}

/* Rejects what no line of the file may hold: NUL, control bytes, bad UTF-8. */
static int
check_text(struct parser *r, const char *s, size_t len)
{
	size_t i, n;

	for (i = 0; i < len; i += n) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\0')
			return fail(r, r->line, "NUL byte");
		if (c == '\r')
			return fail(r, r->line, "carriage return (CRLF line end?)");
		if (c < 0x20 && c != '\t')
			return fail(r, r->line, "control character 0x%02x", c);
		if ((n = utf8_len((const unsigned char *)s + i, len - i)) == 0)
			return fail(r, r->line, "invalid UTF-8");
	}
	return 0;
}

/* Decodes \\, \t and \n in place. */
static int
unescape(struct parser *r, char *s)
{
	char *w = s;

	for (; *s != '\0'; s++) {
		if (*s != '\\') {
			*w++ = *s;
			continue;
		}
		switch (*++s) {
		case '\\': *w++ = '\\'; break;
		case 't': *w++ = '\t'; break;
		case 'n': *w++ = '\n'; break;
		case '\0':
			return fail(r, r->line, "bad escape: '\\' at end of line");
		default:
			return fail(r, r->line, "bad escape '\\%c'", *s);
		}
	}
	*w = '\0';
	return 0;
}

static char *
dup_string(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);

	if (d != NULL)
		memcpy(d, s, n);
	return d;
}

/* ---------------------------------------------------------------- lines */

static int
valid_name(const char *s)
{
	if (!(*s >= 'A' && *s <= 'Z'))
		return 0;
	for (; *s != '\0'; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_'))
			return 0;
	return 1;
}

/* The checks that need the whole entry: a message, and every hint
 * grounded in a source (a source of nothing would be a loose end). */
static int
check_complete(struct parser *r)
{
	struct record *last;

	if (r->cat->n == 0)
		return 0;
	last = &r->cat->rec[r->cat->n - 1];
	if (last->field[F_MESSAGE] == NULL)
		return fail(r, last->line, "entry %ld has no message", last->code);
	if (last->field[F_HINT] != NULL && last->field[F_SOURCE] == NULL)
		return fail(r, last->line, "entry %ld has a hint but no source",
		    last->code);
	if (last->field[F_SOURCE] != NULL && last->field[F_HINT] == NULL)
		return fail(r, last->line, "entry %ld has a source but no hint",
		    last->code);
	return 0;
}

/* "CODE NAME": starts a new record. */
static int
entry_line(struct parser *r, char *s)
{
	struct catalogue *cat = r->cat;
	struct record *rec;
	char *name, *end;
	long code = 0;
	int digits = 0;

	for (; *s >= '0' && *s <= '9'; s++) {
		if (++digits > 5)
			return fail(r, r->line, "code out of range");
		code = code * 10 + (*s - '0');
	}
	if (!is_blank(*s))
		return fail(r, r->line, "malformed entry line: want CODE NAME");
	if (!raserr_in_family(code))
		return fail(r, r->line, "code out of range: %ld (%ld-%ld, %ld-%ld)", code,
		    RASERR_RAS_FIRST, RASERR_RAS_LAST, RASERR_IKE_FIRST, RASERR_IKE_LAST);
	while (is_blank(*s))
		s++;
	name = s;
	for (end = s; *end != '\0' && !is_blank(*end); end++)
		continue;
	if (*end != '\0')
		*end++ = '\0';
	while (is_blank(*end))
		end++;
	if (*name == '\0' || *end != '\0')
		return fail(r, r->line, "malformed entry line: want CODE NAME");
	if (!valid_name(name))
		return fail(r, r->line, "malformed name '%s'", name);
	if (check_complete(r) < 0)
		return -1;
	if (cat->n == cat->cap) {
		size_t cap = cat->cap ? cat->cap * 2 : 512;
		struct record *p = realloc(cat->rec, cap * sizeof *p);

		if (p == NULL)
			return fail(r, r->line, "out of memory");
		cat->rec = p;
		cat->cap = cap;
	}
	rec = &cat->rec[cat->n];
	memset(rec, 0, sizeof *rec);
	rec->code = code;
	rec->line = r->line;
	if ((rec->name = dup_string(name)) == NULL)
		return fail(r, r->line, "out of memory");
	cat->n++;
	return 0;
}

static int
find_key(const char *key)
{
	int i;

	for (i = 0; i < NFIELDS; i++)
		if (strcmp(key, field_key[i]) == 0)
			return i;
	return -1;
}


/* A source is a web address a reader can open: http or https, and one
 * word, so that a terminal or a script can take it whole.  NULL if s is
 * one, else what is wrong with it. */
static const char *
source_problem(const char *s)
{
	size_t n;

	if (strncmp(s, "http://", 7) == 0)
		n = 7;
	else if (strncmp(s, "https://", 8) == 0)
		n = 8;
	else
		return "source must start with http:// or https://";
	if (s[n] == '\0')
		return "source has no address after its scheme";
	if (strpbrk(s, " \t\n") != NULL)
		return "white space in source";
	return NULL;
}

/* "win32" holds a constant name, then optionally a space and its text. */
static int
split_win32(struct parser *r, struct record *rec)
{
	const char *v = rec->field[F_WIN32];
	const char *sp = strchr(v, ' ');
	size_t n = sp ? (size_t)(sp - v) : strlen(v);

	if ((rec->win32_name = malloc(n + 1)) == NULL)
		return fail(r, r->line, "out of memory");
	memcpy(rec->win32_name, v, n);
	rec->win32_name[n] = '\0';
	if (!valid_name(rec->win32_name))
		return fail(r, r->line, "malformed win32 name '%s'", rec->win32_name);
	if (sp != NULL && (rec->win32_message = dup_string(sp + 1)) == NULL)
		return fail(r, r->line, "out of memory");
	return 0;
}

/* "<blank>KEY<blank>VALUE": a field of the current record. */
static int
field_line(struct parser *r, char *s)
{
	struct record *rec;
	char *key, *val, *end;
	const char *why;
	int f;

	while (is_blank(*s))
		s++;
	key = s;
	while (*s != '\0' && !is_blank(*s))
		s++;
	if (*s != '\0')
		*s++ = '\0';
	while (is_blank(*s))
		s++;
	val = s;
	if (r->cat->n == 0)
		return fail(r, r->line, "field outside an entry");
	rec = &r->cat->rec[r->cat->n - 1];
	if ((f = find_key(key)) < 0)
		return fail(r, r->line, "unknown key '%s'", key);
	if (rec->field[f] != NULL)
		return fail(r, r->line, "duplicate field '%s'", key);
	if (*val == '\0')
		return fail(r, r->line, "empty %s", key);
	end = val + strlen(val);
	if (is_blank(end[-1]))
		return fail(r, r->line, "trailing white space");
	/* one spelling for a tab, so that a table written back reads the same */
	if (strchr(val, '\t') != NULL)
		return fail(r, r->line, "tab in %s: write it as \\t", key);
	if (unescape(r, val) < 0)
		return -1;
	if (f == F_WINDOWS && raserr_windows_parse(val) < 0)
		return fail(r, r->line, "unknown windows value '%s'", val);
	if (f == F_SOURCE && (why = source_problem(val)) != NULL)
		return fail(r, r->line, "%s", why);
	if ((rec->field[f] = dup_string(val)) == NULL)
		return fail(r, r->line, "out of memory");
	if (f == F_WIN32)
		return split_win32(r, rec);
	return 0;
}

static int
blank_line(const char *s)
{
	while (is_blank(*s))
		s++;
	return *s == '\0';
}

static int
parse_line(struct parser *r, char *s, size_t len)
{
	if (check_text(r, s, len) < 0)
		return -1;
	if (s[0] == '#' || blank_line(s))
		return 0;
	if (s[0] >= '0' && s[0] <= '9')
		return entry_line(r, s);
	if (is_blank(s[0]))
		return field_line(r, s);
	return fail(r, r->line, "malformed line");
}

/* ---------------------------------------------------------------- whole file */

static int
by_code(const void *a, const void *b)
{
	const struct record *p = a, *q = b;

	return (p->code > q->code) - (p->code < q->code);
}

static int
by_name_key(const void *a, const void *b)
{
	const struct record *p = a, *q = b;

	return namekey_cmp(p->name, q->name);
}

/* Duplicates sit next to each other once sorted; report the later line. */
static int
check_unique(struct parser *r)
{
	struct catalogue *cat = r->cat;
	struct record *names;	/* shallow copies, sorted by name */
	size_t i;

	qsort(cat->rec, cat->n, sizeof *cat->rec, by_code);
	for (i = 1; i < cat->n; i++) {
		struct record *a = &cat->rec[i - 1], *b = &cat->rec[i];

		if (a->code == b->code)
			return fail(r, a->line > b->line ? a->line : b->line,
			    "duplicate code %ld (also at line %ld)", a->code,
			    a->line < b->line ? a->line : b->line);
	}
	if (cat->n == 0)
		return 0;
	if ((names = malloc(cat->n * sizeof *names)) == NULL)
		return fail(r, 0, "out of memory");
	memcpy(names, cat->rec, cat->n * sizeof *names);
	qsort(names, cat->n, sizeof *names, by_name_key);
	for (i = 1; i < cat->n; i++) {
		struct record *a = &names[i - 1], *b = &names[i];

		if (namekey_cmp(a->name, b->name) == 0) {
			if (a->line > b->line) {
				struct record *t = a;

				a = b;
				b = t;
			}
			fail(r, b->line, "duplicate name %s (also at line %ld)",
			    b->name, a->line);
			free(names);
			return -1;
		}
	}
	free(names);
	return 0;
}

int
codesfile_read(FILE *fp, const char *fname, struct catalogue *cat,
    char *err, size_t errsz)
{
	struct parser r = { fname, 0, err, errsz, cat };
	char buf[CODESFILE_LINE_MAX + 2];

	memset(cat, 0, sizeof *cat);
	for (;;) {
		size_t len = 0;
		int c;

		r.line++;
		/* by hand, not fgets: a NUL byte must not cut the line short */
		while ((c = getc(fp)) != EOF && c != '\n') {
			if (len > CODESFILE_LINE_MAX)
				return fail(&r, r.line, "line longer than %d bytes",
				    CODESFILE_LINE_MAX);
			buf[len++] = (char)c;
		}
		if (ferror(fp))
			return fail(&r, r.line, "read error");
		if (c == EOF && len == 0)
			break;
		if (len > CODESFILE_LINE_MAX)
			return fail(&r, r.line, "line longer than %d bytes",
			    CODESFILE_LINE_MAX);
		buf[len] = '\0';
		if (parse_line(&r, buf, len) < 0)
			return -1;
		if (c == EOF)
			break;
	}
	if (check_complete(&r) < 0)
		return -1;
	if (cat->n == 0)
		return fail(&r, r.line, "no entries");
	return check_unique(&r);
}

static void
write_value(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\\')
			fputs("\\\\", fp);
		else if (*s == '\t')
			fputs("\\t", fp);
		else if (*s == '\n')
			fputs("\\n", fp);
		else
			putc(*s, fp);
	}
}

int
codesfile_write(FILE *fp, const struct catalogue *cat)
{
	size_t i;
	int f;

	for (i = 0; i < cat->n; i++) {
		fprintf(fp, "%ld %s\n", cat->rec[i].code, cat->rec[i].name);
		for (f = 0; f < NFIELDS; f++) {
			if (cat->rec[i].field[f] == NULL)
				continue;
			fprintf(fp, "\t%s\t", field_key[f]);
			write_value(fp, cat->rec[i].field[f]);
			putc('\n', fp);
		}
	}
	return ferror(fp) ? -1 : 0;
}

void
codesfile_free(struct catalogue *cat)
{
	size_t i;
	int f;

	for (i = 0; i < cat->n; i++) {
		free(cat->rec[i].name);
		for (f = 0; f < NFIELDS; f++)
			free(cat->rec[i].field[f]);
		free(cat->rec[i].win32_name);
		free(cat->rec[i].win32_message);
	}
	free(cat->rec);
	memset(cat, 0, sizeof *cat);
}
