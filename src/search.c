#include "search.h"

#include <stdio.h>

int
search_add(struct search *s, const char *pattern, char *err, size_t errsz)
{
	int rc;

	if (s->n == SEARCH_MAX) {
		snprintf(err, errsz, "more than %d patterns", SEARCH_MAX);
		return -1;
	}
	rc = regcomp(&s->re[s->n], pattern, REG_EXTENDED | REG_ICASE | REG_NOSUB);
	if (rc != 0) {
		int n = snprintf(err, errsz, "%s: ", pattern);

		if (n >= 0 && (size_t)n < errsz)
			regerror(rc, &s->re[s->n], err + n, errsz - (size_t)n);
		regfree(&s->re[s->n]);
		return -1;
	}
	s->n++;
	return 0;
}

/*
 * The error's own texts only: the hint is advice, not what the error
 * says, and win32_* is another error that shares the number.
 */
static int
matches_one(const regex_t *re, const struct raserr_entry *e)
{
	const char *text[] = {
		e->name, e->message, e->also, e->current, e->note
	};
	size_t i;

	for (i = 0; i < sizeof text / sizeof text[0]; i++)
		if (text[i] != NULL && regexec(re, text[i], 0, NULL, 0) == 0)
			return 1;
	return 0;
}

int
search_matches(const struct search *s, const struct raserr_entry *e)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (!matches_one(&s->re[i], e))
			return 0;
	return 1;
}

void
search_free(struct search *s)
{
	while (s->n > 0)
		regfree(&s->re[--s->n]);
}
