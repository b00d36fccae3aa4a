/*
 * Operands looked up and answered.  Each word of the command line or of
 * standard input is parsed (operand.c) and answered here: an entry, or
 * one line on stderr saying why not.  All that wording is in this file.
 * The words of prose among them are read together, a line at a time
 * (the command line is one line), by the --scan engine.
 */
#include "lookup.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "raserr.h"
#include "ascii.h"
#include "diag.h"
#include "operand.h"
#include "scan.h"
#include "search.h"
#include "words.h"

/* ---------------------------------------------------------------- wording */

/* What follows the word when it is refused; the word is cut to 20
 * bytes when too long, and left out when empty. */
static const char *const refusal[] = {
	[REASON_NONE] = "",
	[REASON_EMPTY] = "empty operand",
	[REASON_TOO_LONG] = "...: operand too long",
	[REASON_MALFORMED] = ": not a code, range or name",
	[REASON_OUT_OF_RANGE] = ": number out of range",
	[REASON_RANGE_MALFORMED] = ": malformed range",
	[REASON_RANGE_END] = ": range end out of range (0-99999)",
	[REASON_RANGE_BACKWARDS] = ": range runs backwards"
};

#define NOT_KNOWN	": not a known RAS code"
#define NOT_RAS		" is not a RAS code"
#define HRESULT_NOT_RAS	" is an HRESULT with facility %ld, not a RAS code"
#define EMPTY_RANGE	": no known code in this range"
#define UNKNOWN_NAME	": unknown name"
#define DID_YOU_MEAN	": unknown name; did you mean %s?"
#define NO_CODE		"%s: no code in this text; try raserr --grep %s"
#define ARROW		" \xe2\x86\x92 "	/* → */

/* Room for a tail with a name in it: suggested names are under 64
 * bytes (suggest.c), hence under 70 with ERROR_. */
#define TAIL_MAX 128

/* Longest read_as: the number as written, its 32 bits, the code. */
#define READ_AS_MAX (OPERAND_MAX + 64)

/*
 * How a code's number was read, when not as plain decimal: "0x2B3 → 691",
 * "-2147024205 = 0x800702B3 → HRESULT_FROM_WIN32(691)".  Returns buf, or
 * NULL for plain decimal.
 */
static const char *
make_read_as(const struct operand *op, char *buf, size_t size)
{
	int n = (int)op->len;

	if (op->value == (unsigned long)op->lo) {
		if (op->form == FORM_DECIMAL)
			return NULL;
		snprintf(buf, size, "%.*s" ARROW "%ld", n, op->start, op->lo);
	} else if (op->form == FORM_HEX)
		snprintf(buf, size, "%.*s" ARROW "HRESULT_FROM_WIN32(%ld)", n,
		    op->start, op->lo);
	else
		snprintf(buf, size, "%.*s = 0x%08lX" ARROW "HRESULT_FROM_WIN32(%ld)",
		    n, op->start, op->value, op->lo);
	return buf;
}

/* Something asked for is not there: exit 1, and a line unless -q. */
static void
not_found(struct run *run, const char *word, size_t len, const char *tail)
{
	run_status(run, EXIT_NOTFOUND);
	if (!run->quiet)
		diag_word(word, len, tail);
}

/* A word that is no operand: exit 2, and a line even under -q. */
static void
refuse(struct run *run, const char *word, size_t len, enum operand_reason why)
{
	run_status(run, EXIT_TROUBLE);
	if (why == REASON_EMPTY)
		len = 0;
	else if (why == REASON_TOO_LONG)
		len = 20;
	diag_word(word, len, refusal[why]);
}

/* ---------------------------------------------------------------- answers */

/* A word as given, NUL-terminated for the operand field. */
struct given {
	char text[OPERAND_MAX + 2];	/* words come cut to OPERAND_MAX + 1 */
};

static const char *
given(struct given *g, const char *word, size_t len)
{
	memcpy(g->text, word, len);
	g->text[len] = '\0';
	return g->text;
}

static void
answer_code(struct run *run, const char *word, size_t len,
    const struct operand *op)
{
	const struct raserr_entry *e = raserr_find(op->lo);
	char buf[READ_AS_MAX];
	const char *read_as = make_read_as(op, buf, sizeof buf);
	struct given g;

	if (e != NULL) {
		struct origin o = { .operand = given(&g, word, len), .read_as = read_as };

		run_show(run, e, &o, 1);
	} else if (read_as != NULL)
		not_found(run, read_as, strlen(read_as), NOT_KNOWN);
	else
		not_found(run, word, len, NOT_KNOWN);
}

/* A number that stands for no code: what it is instead. */
static void
answer_number(struct run *run, const char *word, size_t len,
    const struct operand *op)
{
	long facility = hresult_facility(op->value);
	char tail[TAIL_MAX];

	if (facility < 0)
		not_found(run, word, len, NOT_RAS);
	else {
		snprintf(tail, sizeof tail, HRESULT_NOT_RAS, facility);
		not_found(run, word, len, tail);
	}
}

/* A range lists every known code in it, RAS and IKE alike. */
static void
answer_range(struct run *run, const char *word, size_t len,
    const struct operand *op)
{
	const struct raserr_entry *e;
	struct given g;
	struct origin o = { .operand = given(&g, word, len) };
	size_t n, i;

	e = raserr_range(op->lo, op->hi, &n);
	if (n == 0)
		not_found(run, word, len, EMPTY_RANGE);
	else
		printer_align(run->out, e[n - 1].code);
	for (i = 0; i < n; i++)
		run_show(run, &e[i], &o, 0);
	printer_align(run->out, 0);
}

static void
answer_name(struct run *run, const char *word, size_t len,
    const struct operand *op)
{
	const struct raserr_entry *e;
	struct given name, g;
	char tail[TAIL_MAX];

	given(&name, op->start, op->len);
	if ((e = raserr_find_name(name.text)) != NULL) {
		struct origin o = { .operand = given(&g, word, len) };

		run_show(run, e, &o, 1);
	} else if ((e = raserr_suggest(name.text)) != NULL) {
		snprintf(tail, sizeof tail, DID_YOU_MEAN, e->name);
		not_found(run, word, len, tail);
	} else
		not_found(run, word, len, UNKNOWN_NAME);
}

/* ---------------------------------------------------------------- prose */

/* A line's prose is read in parts of this size at most, so that memory
 * stays bounded whatever standard input holds. */
#define TEXT_MAX 65536

/* The words of one line, as they are answered. */
struct line {
	struct run *run;
	struct scan *sc;	/* made at the first word of prose */
	char *text;		/* the prose not yet read: TEXT_MAX + 1 bytes */
	size_t len;
	int others;		/* words that were not prose */
	int command_line;	/* not standard input */
};

/* How much of a text a message shows. */
#define TEXT_SHOWN 60

/* Where a text is first seen says nothing here: the text is the operand. */
#define TEXT_NAME ""

static int
start_prose(struct line *l)
{
	if (l->sc == NULL && (l->sc = scan_new()) == NULL)
		return -1;
	if (l->text == NULL && (l->text = malloc(TEXT_MAX + 1)) == NULL)
		return -1;
	return 0;
}

static void
read_prose(struct line *l)
{
	if (l->len > 0)
		scan_text(l->sc, l->text, l->len, TEXT_NAME);
}

/* Adds a word to the line's prose; a full part is read first. */
static int
add_prose(struct line *l, const char *w, size_t len)
{
	if (start_prose(l) < 0) {
		diag("out of memory");
		run_status(l->run, EXIT_TROUBLE);
		return EXIT_TROUBLE;
	}
	if (l->len + 1 + len > TEXT_MAX) {
		read_prose(l);
		l->len = 0;
	}
	if (l->len > 0)
		l->text[l->len++] = ' ';
	memcpy(l->text + l->len, w, len);
	l->len += len;
	return 0;
}

static int
is_letter_or_digit(int c)
{
	return is_ascii_alpha(c) || is_digit(c);
}

/* A word worth a --grep: ASCII letters and digits, three or more. */
struct grep_word {
	char text[OPERAND_MAX + 2];
};

/* The i-th grep_word of text, or 0 if it has fewer. */
static int
nth_grep_word(const char *text, size_t i, struct grep_word *g)
{
	const char *p = text, *w;

	for (;;) {
		while (*p != '\0' && !is_letter_or_digit((unsigned char)*p))
			p++;
		if (*p == '\0')
			return 0;
		for (w = p; is_letter_or_digit((unsigned char)*p); p++)
			continue;
		if (p - w >= 3 && p - w < (long)sizeof g->text && i-- == 0) {
			memcpy(g->text, w, (size_t)(p - w));
			g->text[p - w] = '\0';
			return 1;
		}
	}
}

/* How many entries --grep word would list. */
static size_t
grep_count(const char *word)
{
	struct search s;
	const struct raserr_entry *e;
	size_t n, i, found = 0;
	char err[64];

	memset(&s, 0, sizeof s);
	if (search_add(&s, word, err, sizeof err) < 0)
		return 0;
	for (e = raserr_all(&n), i = 0; i < n; i++)
		found += (size_t)search_matches(&s, &e[i]);
	search_free(&s);
	return found;
}

/*
 * The word of the text worth a --grep: of its first few, the one the
 * fewest entries mention, as that is the most telling ("L2TP" rather
 * than "connection"); "WORD" when no entry mentions any.  Weighing a
 * word searches the catalogue (some 4 M instructions for a line), so
 * only the command line's text is weighed; a line of standard input,
 * which may be one of millions, gets its first word.
 */
static void
best_grep_word(const char *text, int weigh, struct grep_word *best)
{
	struct grep_word g;
	size_t i, n, fewest = (size_t)-1;

	snprintf(best->text, sizeof best->text, "WORD");
	if (!weigh) {
		nth_grep_word(text, 0, best);
		return;
	}
	for (i = 0; i < 16 && nth_grep_word(text, i, &g); i++)
		if ((n = grep_count(g.text)) > 0 && n < fewest) {
			fewest = n;
			*best = g;
		}
}

/*
 * The line is over: the codes its prose mentions are answered.  Prose
 * alone that mentions none says so once; beside a code it is filler
 * ("VPN error 809").
 */
static void
end_prose(struct line *l)
{
	struct scan_sighting s;
	const struct raserr_entry *e;
	struct grep_word word = { "" };
	char tail[TAIL_MAX];
	size_t i, shown = l->len;

	if (l->sc == NULL)
		return;
	if (shown > TEXT_SHOWN)		/* cut between characters */
		for (shown = TEXT_SHOWN; (l->text[shown] & 0xC0) == 0x80; shown--)
			continue;
	read_prose(l);
	l->text[l->len] = '\0';
	for (i = 0; i < scan_found(l->sc); i++) {
		struct origin o = { .operand = l->text };

		scan_get(l->sc, i, &s);
		if ((e = raserr_find(s.code)) != NULL)
			run_show(l->run, e, &o, 1);
	}
	if (scan_found(l->sc) == 0 && l->others == 0) {
		best_grep_word(l->text, l->command_line, &word);
		snprintf(tail, sizeof tail, NO_CODE, shown < l->len ? "..." : "",
		    word.text);
		not_found(l->run, l->text, shown, tail);
	}
	scan_free(l->sc);
	l->sc = NULL;
}

static int
line_end(void *arg)
{
	struct line *l = arg;

	if (l->sc != NULL)
		end_prose(l);
	l->len = 0;
	l->others = 0;
	return 0;
}

/* ---------------------------------------------------------------- words */

/* One word, from the command line or standard input. */
static int
lookup_word(void *arg, const char *w, size_t len)
{
	struct line *l = arg;
	struct operand op;

	parse_operand(w, len, &op);
	if (op.kind == OPERAND_TEXT)
		return add_prose(l, w, len);
	l->others++;
	switch (op.kind) {
	case OPERAND_CODE:
		answer_code(l->run, w, len, &op);
		break;
	case OPERAND_RANGE:
		answer_range(l->run, w, len, &op);
		break;
	case OPERAND_NAME:
		answer_name(l->run, w, len, &op);
		break;
	case OPERAND_NUMBER:
		answer_number(l->run, w, len, &op);
		break;
	case OPERAND_TEXT:
	case OPERAND_BAD:
		refuse(l->run, w, len, op.reason);
		break;
	}
	return 0;
}

/* Before blocking on input, pass on the answers so far. */
static int
stdin_idle(void *arg)
{
	return run_flush(((struct line *)arg)->run);
}

static void
line_free(struct line *l)
{
	if (l->sc != NULL)
		scan_free(l->sc);
	free(l->text);
}

void
lookup_stdin(struct run *run)
{
	struct line l = { run, NULL, NULL, 0, 0, 0 };
	struct word_sink sink = { lookup_word, stdin_idle, &l, OPERAND_MAX,
	    line_end };
	int r = read_words(STDIN_FILENO, &sink);

	if (r < 0) {
		diag("standard input: %s", strerror(errno));
		run_status(run, EXIT_TROUBLE);
	} else if (r > 0)
		run_status(run, r);
	line_free(&l);
}

void
lookup_operands(struct run *run, char *const arg[], int n)
{
	struct line l = { run, NULL, NULL, 0, 0, 1 };
	struct word_sink sink = { lookup_word, NULL, &l, OPERAND_MAX, NULL };
	int i;

	for (i = 0; i < n; i++) {
		if (strcmp(arg[i], "-") == 0) {
			l.others++;
			lookup_stdin(run);
		} else
			split_words(arg[i], &sink);
	}
	line_end(&l);
	line_free(&l);
}
