#include "search.h"

#include <stdio.h>
#include <string.h>

#include "ascii.h"

/* A word such as "L2TP" means the same as a regular expression and as
 * a substring; matching it directly spares the matcher's start-up on
 * each of some two thousand texts. */
static int
is_literal(const char *pattern)
{
	return pattern[strcspn(pattern, ".[]()*+?{}|^$\\")] == '\0';
}

int
search_add(struct search *s, const char *pattern, char *err, size_t errsz)
{
	struct pattern *p = &s->p[s->n];
	const char *why;

	if (s->n == SEARCH_MAX) {
		snprintf(err, errsz, "more than %d patterns", SEARCH_MAX);
		return -1;
	}
	if (is_literal(pattern)) {
		p->literal = pattern;
		s->n++;
		return 0;
	}
	p->literal = NULL;
	if ((p->re = ere_compile(pattern, &why)) == NULL) {
		snprintf(err, errsz, "%s: %s", pattern, why);
		return -1;
	}
	s->n++;
	return 0;
}

/* strstr ignoring ASCII case, as the matcher does.  The places where
 * the word's first letter stands, in either case, are found by
 * strpbrk(), which the C library makes fast: --grep reads every text
 * of the catalogue. */
static const char *
find_word(const char *text, const char *word)
{
	const char first[] = {
		(char)lower((unsigned char)word[0]), (char)upper((unsigned char)word[0]), '\0'
	};
	size_t i;

	if (*word == '\0')
		return text;
	for (; (text = strpbrk(text, first)) != NULL; text++) {
		for (i = 1; word[i] != '\0' &&
		    lower((unsigned char)text[i]) == lower((unsigned char)word[i]); i++)
			continue;
		if (word[i] == '\0')
			return text;
	}
	return NULL;
}

/* One pattern's first match in text, as offsets; 0 if none. */
static int
find_one(const struct pattern *p, const char *text, int notbol, size_t *start,
    size_t *end)
{
	const char *at;

	if (p->literal != NULL) {
		if ((at = find_word(text, p->literal)) == NULL)
			return 0;
		*start = (size_t)(at - text);
		*end = *start + strlen(p->literal);
		return 1;
	}
	return ere_find(p->re, text, notbol, start, end);
}

int
search_find(const struct search *s, const char *text, int notbol,
    size_t *start, size_t *end)
{
	size_t i, a, b;
	int found = 0;

	for (i = 0; i < s->n; i++) {
		if (find_one(&s->p[i], text, notbol, &a, &b) && b > a &&
		    (!found || a < *start)) {
			*start = a;
			*end = b;
			found = 1;
		}
	}
	return found;
}

/*
 * The error's texts and its hint: people search for what they are
 * setting up (L2TP, PPPoE, a certificate), and the hint is where an
 * entry names it (809's message does not say L2TP; its hint does).
 * Not win32_*: that is another error that shares the number, and not
 * the source, an address.
 */
static int
matches_one(const struct pattern *p, const struct raserr_entry *e)
{
	const char *text[] = {
		e->name, e->message, e->also, e->current, e->note, e->hint
	};
	size_t i, a, b;

	for (i = 0; i < sizeof text / sizeof text[0]; i++)
		if (text[i] != NULL && find_one(p, text[i], 0, &a, &b))
			return 1;
	return 0;
}

int
search_matches(const struct search *s, const struct raserr_entry *e)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (!matches_one(&s->p[i], e))
			return 0;
	return 1;
}

unsigned
search_which(const struct search *s, const char *text)
{
	unsigned which = 0;
	size_t i, a, b;

	for (i = 0; i < s->n; i++)
		if (find_one(&s->p[i], text, 0, &a, &b))
			which |= 1U << i;
	return which;
}

void
search_free(struct search *s)
{
	while (s->n > 0) {
		s->n--;
		if (s->p[s->n].literal == NULL)
			ere_free(s->p[s->n].re);
	}
}
