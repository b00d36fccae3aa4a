/*
 * Recognising a RAS error by its message text, for pasted messages that
 * carry no number: "The remote connection was denied because the user
 * name and password combination ..." is 691.
 */
#ifndef TEXTMATCH_H
#define TEXTMATCH_H

#include <stddef.h>

#define TEXTMATCH_PATTERNS 1024
#define TEXTMATCH_BUCKETS 512
#define TEXTMATCH_START4 65536

struct text_pattern {
	const char *text;
	size_t len;
	long code;
	int common;		/* a failure people hit often: wins a tie */
	short next;		/* next pattern in the bucket, or -1 */
};

/* Every long enough RAS message, both wordings, hashed by its first
 * bytes.  Filled once by textmatch_init(); read-only after. */
struct textmatch {
	struct text_pattern pat[TEXTMATCH_PATTERNS];
	short bucket[TEXTMATCH_BUCKETS];
	size_t n;
	/* which 4-byte starts any pattern has, hashed: most word starts of
	 * a log line fail this and cost no more */
	unsigned char start4[TEXTMATCH_START4 / 8];
};

void textmatch_init(struct textmatch *tm);

/* The code whose message the line quotes, or -1 (none, or ambiguous). */
long text_match(const struct textmatch *tm, const char *line, size_t len);

#endif
