/*
 * libFuzzer: ere against glibc's regcomp(REG_EXTENDED | REG_ICASE) and
 * regexec, which it means to agree with in the C locale.
 *
 * Built plain, an input is a pattern, a NUL and a text (with no NUL,
 * the input is both).  Built with -DFUZZ_ERE_GRAMMAR, the input is a
 * string of choices that builds a pattern from a small grammar over
 * pieces of the catalogue's texts (read from $RASERR_CODES, else
 * data/codes.txt), and the pattern is tried on some of those texts.
 *
 * The rules, for every pattern and text:
 *   - if ere compiles the pattern, regcomp must too;
 *   - if only regcomp does, ere's reason must be a refusal ere.h
 *     documents, and the pattern must hold what it names: a backslash
 *     before a letter, a digit or one of < > ` '; "[." or "[="; "\,"
 *     or "\0" after a '{' (glibc reads them in a count as "," and "0").
 *     A refusal for a limit (a count over 255, nesting over 256, a
 *     program too big) must be borne out by the pattern,
 *     whatever regcomp says, so regcomp is not asked: glibc can take
 *     seconds over such patterns, and so over some that ere takes (see
 *     glibc_cost): those are run on ere alone;
 *   - if both compile, regexec and ere_find must agree on match or no
 *     match and on pmatch[0], with and without REG_NOTBOL.  Not
 *     compared, for glibc's two known faults with anchors: a pattern
 *     with a ^ or $ on a text with a newline (glibc lets a ^ or $ inside
 *     the pattern match at a newline the match crosses: "a$\n^b"
 *     matches "a\nb", which POSIX forbids without REG_NEWLINE), and a
 *     group holding ^ or $ under + or a count (see counted_anchor).
 * A disagreement prints the pattern and text and aborts.  At exit, the
 * counts go to standard error: inputs, distinct patterns (estimated),
 * searches compared, and the refusals allowed.
 */
#include <math.h>
#include <regex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ere.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* ============================================================ tallies */

/* 8 MiB of bits: distinct patterns counted by linear counting */
#define SEEN_BITS 26

static struct {
	unsigned long inputs, patterns, both, searches, matches;
	unsigned long refused_both, refused_documented, limits, ere_alone;
	unsigned long newline_anchors, counted_anchors;
	unsigned long seen_set[2];	/* of all; of both compiled */
	unsigned char *seen[2];
} tally;

static void
note_pattern(int which, const char *pattern)
{
	uint64_t h = 14695981039346656037u;
	const unsigned char *p;

	if (tally.seen[which] == NULL && (tally.seen[which] =
	    calloc((size_t)1 << (SEEN_BITS - 3), 1)) == NULL)
		abort();
	for (p = (const unsigned char *)pattern; *p != '\0'; p++)
		h = (h ^ *p) * 1099511628211u;
	h = (h ^ (h >> 29)) >> (64 - SEEN_BITS);
	if (!(tally.seen[which][h >> 3] & (1 << (h & 7)))) {
		tally.seen[which][h >> 3] |= (unsigned char)(1 << (h & 7));
		tally.seen_set[which]++;
	}
}

/* Linear counting: n distinct values set this many of m bits. */
static double
distinct(int which)
{
	double m = (double)((size_t)1 << SEEN_BITS);

	return tally.seen_set[which] == 0 ? 0 :
	    -m * log(1 - (double)tally.seen_set[which] / m);
}

static void
print_tally(void)
{
	fprintf(stderr, "fuzz_ere: %lu inputs; %lu patterns, ~%.0f distinct\n"
	    "fuzz_ere: compiled by both %lu, ~%.0f distinct; refused by both "
	    "%lu;\n"
	    "fuzz_ere: documented refusals %lu; over a limit %lu; "
	    "too costly for glibc %lu\n"
	    "fuzz_ere: searches compared %lu, %lu matched; not compared: "
	    "newline and anchor %lu, anchor under + or a count %lu\n"
	    "fuzz_ere: disagreements 0\n",
	    tally.inputs, tally.patterns, distinct(0), tally.both, distinct(1),
	    tally.refused_both, tally.refused_documented, tally.limits,
	    tally.ere_alone, tally.searches, tally.matches,
	    tally.newline_anchors, tally.counted_anchors);
}

/* ============================================================ the check */

/* The ']' that ends the bracket expression at p, roughly, or the
 * pattern's last byte. */
static const char *
skip_bracket(const char *p)
{
	p += p[1] == '^';
	p += p[1] == ']';
	while (p[1] != '\0' && p[1] != ']')
		p = p[1] == '[' && p[2] == ':' && strstr(p + 3, ":]") != NULL ?
		    strstr(p + 3, ":]") + 1 : p + 1;
	return p[1] != '\0' ? p + 1 : p;
}

/*
 * Whether a group holding ^ or $ is repeated by + or a count.  glibc
 * writes these out as copies, and in the copies the anchor is lost:
 * "(^a){0,2}" matches all of "aa", "(^a)+" all of "aaa".
 */
static int
counted_anchor(const char *p)
{
	char anchored[300] = { 0 };
	const char *q;
	int depth = 0;

	for (; *p != '\0'; p++) {
		switch (*p) {
		case '\\':
			p += p[1] != '\0';
			break;
		case '[':
			p = skip_bracket(p);
			break;
		case '^': case '$':
			anchored[depth] = 1;
			break;
		case '(':
			if (depth == 299)
				return 1;
			anchored[++depth] = 0;
			break;
		case ')':
			if (depth == 0)
				break;
			for (q = p + 1; *q != '\0' && strchr("*+?{", *q); q++)
				if ((*q == '{' || *q == '+') && anchored[depth])
					return 1;
			anchored[depth - 1] |= anchored[depth];
			depth--;
			break;
		}
	}
	return 0;
}

/*
 * Roughly what glibc's regcomp spends on a pattern.  It copies the
 * operand of each + and count, and its closure over empty moves grows
 * with each loop around a loop: each + stacked on ()+ multiplies its
 * time by 4 (11 took 4 s), each ?+ on n?+ by 16, each {1,2} by 5 and
 * each {2} by 8, and more under ASan, which slows its every malloc.
 * Each repetition is taken to multiply by 8, or by 4 times its count,
 * and patterns that would take glibc over some milliseconds are run on
 * ere alone.  The bound is low because the model is rough: nine [-.]**
 * in a group under {,3}, some 10,000 here, took glibc 23 s.
 */
#define GLIBC_MAX 2000.0

static double
glibc_cost(const char *p)
{
	double sum[64] = { 0 }, last = 0, n, m;
	int depth = 0;

	for (; *p != '\0'; p++) {
		switch (*p) {
		case '(':
			if (depth == 63)
				return GLIBC_MAX + 1;
			sum[++depth] = 0;
			continue;
		case ')':
			if (depth == 0)
				break;
			last = sum[depth--] + 1;
			sum[depth] += last;
			continue;
		case '*': case '?': case '+':
			sum[depth] += 7 * last + 1;
			last = 8 * last + 1;
			continue;
		case '{':
			n = strtod(p + 1, NULL);
			if ((p = strpbrk(p, ",}")) != NULL && *p == ',')
				m = p[1] == '}' ? n + 1 : strtod(p + 1, NULL);
			else
				m = n;
			if (p == NULL || (p = strchr(p, '}')) == NULL)
				goto end;
			m = 4 * ((m > n ? m : n) + 1);
			sum[depth] += last * (m - 1);
			last *= m;
			continue;
		case '\\':
			if (p[1] != '\0')
				p++;
			break;
		case '[':
			p = skip_bracket(p);
			break;
		}
		last = 1;
		sum[depth] += 1;
	}
end:
	while (depth > 0)
		sum[depth - 1] += sum[depth], depth--;
	return sum[0];
}

static void
disagree(const char *what, const char *pattern, const char *text, int notbol)
{
	fprintf(stderr, "fuzz_ere: %s\npattern: \"", what);
	fwrite(pattern, 1, strlen(pattern), stderr);
	fprintf(stderr, "\"\ntext: \"");
	fwrite(text, 1, strlen(text), stderr);
	fprintf(stderr, "\"\nnotbol: %d\n", notbol);
	abort();
}

static int
has_escape(const char *p, const char *after)
{
	for (; (p = strchr(p, '\\')) != NULL; p += 2) {
		if (p[1] == '\0')
			return 0;
		if (strchr(after, p[1]) != NULL)
			return 1;
	}
	return 0;
}

/* A count over 255 (ere's DUP_MAX) after some '{' or ','. */
static int
has_big_count(const char *p)
{
	for (; *p != '\0'; p++)
		if ((*p == '{' || *p == ',') && p[1] >= '0' && p[1] <= '9' &&
		    strtod(p + 1, NULL) > 255)
			return 1;
	return 0;
}

/* Parentheses open over 256 deep (ere's NEST_MAX), roughly. */
static int
has_deep_nesting(const char *p)
{
	int depth = 0;

	for (; *p != '\0'; p++)
		if ((depth += (*p == '(') - (*p == ')' && depth > 0)) > 256)
			return 1;
	return 0;
}

/*
 * Whether ere's refusal of a pattern is one ere.h documents, and the
 * pattern holds what the refusal names.  size says whether regcomp is
 * spared the pattern: the refusal is a limit, whatever glibc would say.
 */
static int
documented(const char *pattern, const char *why, int *size)
{
	static const char alnum[] = "0123456789"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	*size = 1;
	if (strcmp(why, "regular expression too big") == 0)
		return 1;
	if (strcmp(why, "repetition count too large") == 0)
		return has_big_count(pattern);
	if (strcmp(why, "parentheses nested too deeply") == 0)
		return has_deep_nesting(pattern);
	*size = 0;
	if (strcmp(why, "back-references are not supported") == 0)
		return has_escape(pattern, "123456789");
	if (strcmp(why, "unsupported escape sequence") == 0)
		return has_escape(pattern, alnum) ||
		    has_escape(pattern, "<>`'");
	if (strcmp(why, "collating elements are not supported") == 0)
		return strstr(pattern, "[.") != NULL ||
		    strstr(pattern, "[=") != NULL;
	if (strcmp(why, "invalid repetition count") == 0)
		return strchr(pattern, '{') != NULL &&
		    has_escape(pattern, "0,");
	return 0;
}

static void
compare(const struct ere *re, const regex_t *rx, const char *pattern,
    const char *text)
{
	regmatch_t m;
	size_t start, end;
	int notbol, ours, theirs;

	if (strchr(text, '\n') != NULL && strpbrk(pattern, "^$") != NULL) {
		tally.newline_anchors++;
		return;
	}
	if (counted_anchor(pattern)) {
		tally.counted_anchors++;
		return;
	}
	for (notbol = 0; notbol <= 1; notbol++) {
		tally.searches++;
		ours = ere_find(re, text, notbol, &start, &end);
		theirs = regexec(rx, text, 1, &m, notbol ? REG_NOTBOL : 0);
		if (theirs != 0 && theirs != REG_NOMATCH)
			continue;	/* glibc out of memory */
		if (ours != (theirs == 0))
			disagree(ours ? "only ere matches" :
			    "only regexec matches", pattern, text, notbol);
		if (ours && (start != (size_t)m.rm_so ||
		    end != (size_t)m.rm_eo)) {
			fprintf(stderr, "ere %zu-%zu, regexec %d-%d\n", start,
			    end, (int)m.rm_so, (int)m.rm_eo);
			disagree("spans differ", pattern, text, notbol);
		}
		tally.matches += (unsigned long)ours;
	}
}

/* The pattern on each text, both ways; texts ends with NULL. */
static void
check(const char *pattern, const char *const *texts)
{
	struct ere *re;
	regex_t rx;
	const char *why = NULL;
	size_t start, end;
	int rc, ok = 0, size;

	tally.patterns++;
	note_pattern(0, pattern);
	re = ere_compile(pattern, &why);
	if (re == NULL) {
		ok = documented(pattern, why, &size);
		if (size) {
			if (!ok)
				disagree(why, pattern, "", 0);
			tally.limits++;
			return;
		}
	}
	if (glibc_cost(pattern) > GLIBC_MAX) {
		tally.ere_alone++;
		for (; re != NULL && *texts != NULL; texts++)
			(void)ere_find(re, *texts, 0, &start, &end);
		ere_free(re);
		return;
	}
	rc = regcomp(&rx, pattern, REG_EXTENDED | REG_ICASE);
	if (rc == REG_ESPACE) {
		ere_free(re);
		return;
	}
	if (re != NULL && rc != 0)
		disagree("only ere compiles", pattern, "", 0);
	if (re == NULL && rc != 0) {
		tally.refused_both++;
		return;
	}
	if (re == NULL) {
		if (!ok) {
			fprintf(stderr, "ere: %s\n", why);
			disagree("only regcomp compiles", pattern, "", 0);
		}
		tally.refused_documented++;
		regfree(&rx);
		return;
	}
	tally.both++;
	note_pattern(1, pattern);
	for (; *texts != NULL; texts++)
		compare(re, &rx, pattern, *texts);
	regfree(&rx);
	ere_free(re);
}

/* ============================================================ raw inputs */

#ifndef FUZZ_ERE_GRAMMAR

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	atexit(print_tally);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, '\0', size);
	size_t plen = nul != NULL ? (size_t)(nul - data) : size;
	char *pattern, *text;
	const char *texts[2];

	tally.inputs++;
	if ((pattern = malloc(plen + 1)) == NULL ||
	    (text = malloc(size + 1)) == NULL)
		abort();
	memcpy(pattern, data, plen);
	pattern[plen] = '\0';
	if (nul != NULL) {
		memcpy(text, nul + 1, size - plen - 1);
		text[size - plen - 1] = '\0';
	} else
		memcpy(text, pattern, plen + 1);
	texts[0] = text;
	texts[1] = NULL;
	check(pattern, texts);
	free(pattern);
	free(text);
	return 0;
}

#else

/* ============================================================ grammar */

#define TEXTS_MAX 4096
#define PATTERN_MAX 600

static char *catalogue[TEXTS_MAX];
static size_t ntexts;

/* The catalogue's texts: message, also, current and note values. */
static void
read_catalogue(void)
{
	static const char *const keys[] = {
		"\tmessage\t", "\talso\t", "\tcurrent\t", "\tnote\t"
	};
	const char *path = getenv("RASERR_CODES");
	char line[2048];
	size_t i, k;
	FILE *f;

	if ((f = fopen(path != NULL ? path : "data/codes.txt", "r")) == NULL) {
		perror("fuzz_ere: data/codes.txt (set RASERR_CODES)");
		exit(1);
	}
	while (ntexts < TEXTS_MAX && fgets(line, sizeof line, f) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		for (k = 0; k < sizeof keys / sizeof keys[0]; k++) {
			i = strlen(keys[k]);
			if (strncmp(line, keys[k], i) == 0 &&
			    (catalogue[ntexts++] = strdup(line + i)) == NULL)
				abort();
		}
	}
	fclose(f);
	if (ntexts == 0) {
		fprintf(stderr, "fuzz_ere: no texts in the catalogue\n");
		exit(1);
	}
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	read_catalogue();
	atexit(print_tally);
	return 0;
}

struct gen {
	const uint8_t *in;
	size_t left;
	char pat[PATTERN_MAX + 64];
	size_t n;
	size_t source;		/* the text the first piece came from */
	int sourced;
};

/* The next choice, below n; all 0 once the input is spent. */
static unsigned
choose(struct gen *g, unsigned n)
{
	if (g->left == 0)
		return 0;
	g->left--;
	return *g->in++ % n;
}

static void
put(struct gen *g, const char *s, size_t len)
{
	if (g->n + len <= PATTERN_MAX) {
		memcpy(g->pat + g->n, s, len);
		g->n += len;
	}
}

/* A few bytes of a catalogue text, specials escaped: a word to find. */
static void
gen_words(struct gen *g)
{
	size_t t = (choose(g, 256) << 8 | choose(g, 256)) % ntexts;
	size_t len = strlen(catalogue[t]), at, n, i;

	if (!g->sourced) {
		g->source = t;
		g->sourced = 1;
	}
	at = choose(g, 256) * len / 256;
	n = 1 + choose(g, 10);
	for (i = at; i < len && i < at + n; i++) {
		if (strchr(".[]()*+?{}|^$\\", catalogue[t][i]) != NULL)
			put(g, "\\", 1);
		put(g, &catalogue[t][i], 1);
	}
}

static void gen_alt(struct gen *, int);

/* An atom; returns whether a count may follow it (not after ^ or $). */
static int
gen_atom(struct gen *g, int depth)
{
	static const char *const brackets[] = {
		"[[:alpha:]]", "[[:digit:]]", "[[:alnum:]]", "[[:space:]]",
		"[[:upper:]]", "[[:lower:]]", "[[:punct:]]", "[[:xdigit:]]",
		"[[:blank:]]", "[[:cntrl:]]", "[[:print:]]", "[[:graph:]]",
		"[^[:alpha:]]", "[^ ]", "[a-z]", "[A-Z]", "[^a-z]", "[0-9]",
		"[aeiou]", "[^aeiou ]", "[-.]", "[].,]", "[^]]", "[a-f0-9]",
		"[[:alpha:]-]", "[ '.,:-]", "[^[:lower:][:digit:]]", "[_-z]",
	};
	static const char singles[] = " .,'-()0123456789:aeEItT";

	switch (choose(g, 8)) {
	case 0:
	case 1:
	case 2:
		gen_words(g);
		break;
	case 3:
		put(g, ".", 1);
		break;
	case 4: {
		const char *b = brackets[choose(g, sizeof brackets /
		    sizeof brackets[0])];

		put(g, b, strlen(b));
		break;
	}
	case 5:
		if (depth < 4) {
			put(g, "(", 1);
			gen_alt(g, depth + 1);
			put(g, ")", 1);
			break;
		}
		/* FALLTHROUGH */
	case 6:
		put(g, &singles[choose(g, sizeof singles - 1)], 1);
		break;
	default:
		put(g, choose(g, 2) ? "^" : "$", 1);
		return 0;
	}
	return 1;
}

static void
gen_piece(struct gen *g, int depth)
{
	static const char *const counts[] = {
		"*", "+", "?", "{2}", "{0,1}", "{1,}", "{,3}", "{2,4}", "{0}",
		"{1,2}", "**", "+?", "{3,}",
	};
	size_t before = g->n;
	unsigned q;

	if (gen_atom(g, depth) && g->n > before) {
		q = choose(g, 2 * sizeof counts / sizeof counts[0]);
		if (q < sizeof counts / sizeof counts[0])
			put(g, counts[q], strlen(counts[q]));
	}
}

static void
gen_alt(struct gen *g, int depth)
{
	unsigned alts = 1 + (choose(g, 4) == 0) + (choose(g, 8) == 0);
	unsigned pieces;

	while (alts-- > 0) {
		for (pieces = 1 + choose(g, 5); pieces > 0; pieces--)
			gen_piece(g, depth);
		if (alts > 0)
			put(g, "|", 1);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct gen g;
	const char *texts[10];
	size_t i;

	tally.inputs++;
	g.in = data;
	g.left = size;
	g.n = 0;
	g.sourced = 0;
	gen_alt(&g, 0);
	g.pat[g.n] = '\0';
	i = 0;
	if (g.sourced)
		texts[i++] = catalogue[g.source];
	while (i < 8)
		texts[i++] = catalogue[(choose(&g, 256) << 8 |
		    choose(&g, 256)) % ntexts];
	texts[i] = NULL;
	check(g.pat, texts);
	return 0;
}

#endif
