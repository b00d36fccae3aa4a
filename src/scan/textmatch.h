/*
 * Recognising a RAS error by its message text, for pasted messages that
 * carry no number: "The remote connection was denied because the user
 * name and password combination ..." is 691.
 */
#ifndef TEXTMATCH_H
#define TEXTMATCH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define TEXTMATCH_PATTERNS 1024
#define TEXTMATCH_BUCKETS 512
#define TEXTMATCH_START4 65536
#define TEXTMATCH_GRAM_BITS 18

struct text_pattern {
	const char *text;
	size_t len;
	long code;
	int rank;		/* text_rank() of its code */
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
	/* the 8-byte heads a line holds where it quotes a pattern, one bit
	 * each: the first look of text_next(), which nearly every place of
	 * a log line fails */
	unsigned char heads[(1u << TEXTMATCH_GRAM_BITS) / 8];
	/* a Bloom filter of the 16-byte pieces that start a pattern: the
	 * closer look where a head is there (see text_next()) */
	unsigned char grams[(1u << TEXTMATCH_GRAM_BITS) / 8];
};

void textmatch_init(struct textmatch *tm);

/* Where code stands among the codes met most often in public text: 1 is
 * the most often, 0 not among them.  Breaks ties between quotes. */
int text_rank(long code);

/* The first four bytes, ASCII case folded (punctuation may fold too:
 * this only filters), hashed to TEXTMATCH_START4 bits. */
static inline unsigned
text_start_hash(const unsigned char *s)
{
	uint32_t v;

	memcpy(&v, s, sizeof v);
	return ((v | 0x20202020u) * 2654435761u) >> 16;
}

/* Can a pattern start at s (4 bytes readable)?  Cheap, and mostly no. */
static inline int
text_may_start(const struct textmatch *tm, const unsigned char *s)
{
	unsigned h = text_start_hash(s);

	return (tm->start4[h / 8] >> (h % 8)) & 1;
}

/*
 * Where in s[0..len), from from on, a quoted pattern may be: no quote
 * lies wholly before the place returned (len if none), though there may
 * be none after it either.
 */
size_t text_next(const struct textmatch *tm, const unsigned char *s,
    size_t len, size_t from);

/* The best quote found so far in a line; start from all zeros. */
struct text_best {
	size_t len;		/* bytes matched */
	long code;
	int rank;
	int tie;
	size_t at;		/* where in the line the quote starts */
};

/*
 * Tries the patterns at s[i], a word start of the line s[0..len), and
 * keeps the better of that and *tb.  The caller walks the line once for
 * everything it looks for, and calls this where a word starts.
 */
void text_try(const struct textmatch *tm, const unsigned char *s, size_t len,
    size_t i, struct text_best *tb);

/* The code whose message the line quotes, or -1 (none, or ambiguous). */
long text_best_code(const struct text_best *tb);

#endif
