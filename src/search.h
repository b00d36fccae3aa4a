/*
 * --grep: every pattern, a case-insensitive POSIX extended regular
 * expression (ere.h: the same on every system), must match one of an
 * entry's texts.
 */
#ifndef SEARCH_H
#define SEARCH_H

#include <stddef.h>

#include "raserr.h"
#include "ere.h"

#define SEARCH_MAX 16

struct pattern {
	const char *literal;	/* a pattern with no special character, or NULL */
	struct ere *re;		/* compiled when literal is NULL */
};

struct search {
	struct pattern p[SEARCH_MAX];
	size_t n;
};

/* Adds a pattern, kept by reference; on error returns -1 with a
 * message in err. */
int search_add(struct search *s, const char *pattern, char *err, size_t errsz);

int search_matches(const struct search *s, const struct raserr_entry *e);

/* The first match of any pattern in text: returns 1 and sets *start and
 * *end (offsets), or 0.  For highlighting; notbol says that text is not
 * where the string begins, so ^ cannot match there. */
int search_find(const struct search *s, const char *text, int notbol,
    size_t *start, size_t *end);

/* Which patterns match text: bit i set for the i-th pattern added. */
unsigned search_which(const struct search *s, const char *text);

void search_free(struct search *s);

#endif
