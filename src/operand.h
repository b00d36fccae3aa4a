/*
 * One operand word -> what to look up.  Words come from the command line
 * or standard input, split at white space and commas.
 */
#ifndef QUERY_H
#define QUERY_H

#include <stddef.h>

enum query_kind {
	Q_CODE,		/* lo is the code */
	Q_RANGE,	/* lo..hi inclusive */
	Q_NAME,		/* the word is a symbolic name */
	Q_NOTRAS,	/* a well-formed number that cannot be a RAS code; why says so */
	Q_BAD		/* malformed; why says how */
};

/* Longest word worth parsing; longer ones are rejected unread. */
#define QUERY_WORD_MAX 64

struct query {
	enum query_kind kind;
	long lo, hi;
	char shown[4 * QUERY_WORD_MAX + 4];	/* the word, safe to print on one line */
	size_t shown_len;			/* strlen(shown): a stream says it often */
	char how[4 * QUERY_WORD_MAX + 64];	/* how a code was read, "" if plain decimal */
	char why[4 * QUERY_WORD_MAX + 64];	/* for Q_NOTRAS and Q_BAD */
};

/* Parses the len bytes at word (not NUL-terminated, may hold any byte). */
void parse_query(const char *word, size_t len, struct query *q);

#endif
