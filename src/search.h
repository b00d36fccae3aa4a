/*
 * --grep: every pattern, a case-insensitive POSIX extended regular
 * expression, must match one of an entry's texts.
 */
#ifndef SEARCH_H
#define SEARCH_H

#include <regex.h>
#include <stddef.h>

#include "raserr.h"

#define SEARCH_MAX 16

struct search {
	regex_t re[SEARCH_MAX];
	size_t n;
};

/* Adds a pattern; on error returns -1 with a message in err. */
int search_add(struct search *s, const char *pattern, char *err, size_t errsz);

int search_matches(const struct search *s, const struct raserr_entry *e);

void search_free(struct search *s);

#endif
