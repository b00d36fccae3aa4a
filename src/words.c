#include "words.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#define CHUNK 65536
#define WORD_KEEP 128

/* Memory stays at one word whatever the input: a word longer than
 * sink->max is cut, never kept whole. */
struct splitter {
	char word[WORD_KEEP];
	size_t len;
	int in_comment;
	int words;		/* how many were passed on */
};

enum byte_kind { WORD_BYTE, SEPARATOR, COMMENT };

static const unsigned char kind[256] = {
	[' '] = SEPARATOR, ['\t'] = SEPARATOR, ['\n'] = SEPARATOR,
	['\r'] = SEPARATOR, ['\v'] = SEPARATOR, ['\f'] = SEPARATOR,
	[','] = SEPARATOR, ['#'] = COMMENT
};

static int
end_word(struct splitter *sp, const struct word_sink *sink)
{
	size_t len = sp->len;

	if (len == 0)
		return 0;
	sp->len = 0;
	sp->words++;
	return sink->word(sink->arg, sp->word, len);
}

/* Keeps what fits of a word that may go on in the next piece. */
static void
keep(struct splitter *sp, const struct word_sink *sink,
    const unsigned char *p, size_t n)
{
	size_t room = sink->max + 1 - sp->len;

	if (n > room)
		n = room;
	memcpy(sp->word + sp->len, p, n);
	sp->len += n;
}

/* Where the comment at p ends: at its newline, or at end, when it goes
 * on in the next piece. */
static const unsigned char *
comment_end(struct splitter *sp, const unsigned char *p,
    const unsigned char *end)
{
	const unsigned char *nl = memchr(p, '\n', (size_t)(end - p));

	sp->in_comment = nl == NULL;
	return nl == NULL ? end : nl;
}

/*
 * A word that starts and ends inside p goes to the sink from where it
 * lies; only one cut by the end of p is copied, to be finished by the
 * next piece.
 */
static int
feed(struct splitter *sp, const struct word_sink *sink,
    const unsigned char *p, size_t n)
{
	const unsigned char *end = p + n, *w;
	size_t len;
	int r;

	if (sp->in_comment)
		p = comment_end(sp, p, end);
	while (p < end) {
		if (kind[*p] != WORD_BYTE) {
			/* a '#' glued to a word ends it too */
			if ((r = end_word(sp, sink)) != 0)
				return r;
			p = kind[*p] == COMMENT ? comment_end(sp, p + 1, end) : p + 1;
			continue;
		}
		for (w = p; p < end && kind[*p] == WORD_BYTE; p++)
			continue;
		if (sp->len > 0 || p == end)
			keep(sp, sink, w, (size_t)(p - w));
		else {
			sp->words++;
			len = (size_t)(p - w);
			if ((r = sink->word(sink->arg, (const char *)w,
			    len > sink->max ? sink->max + 1 : len)) != 0)
				return r;
		}
	}
	return 0;
}

int
read_words(int fd, const struct word_sink *sink)
{
	struct splitter sp;
	char buf[CHUNK];
	ssize_t n;
	int r;

	memset(&sp, 0, sizeof sp);
	for (;;) {
		if (sink->idle != NULL && (r = sink->idle(sink->arg)) != 0)
			return r;
		do
			n = read(fd, buf, sizeof buf);
		while (n < 0 && errno == EINTR);
		if (n < 0)
			return -1;
		if (n == 0)
			return end_word(&sp, sink);
		if ((r = feed(&sp, sink, (const unsigned char *)buf, (size_t)n)) != 0)
			return r;
	}
}

int
split_words(const char *s, const struct word_sink *sink)
{
	struct splitter sp;
	int r;

	memset(&sp, 0, sizeof sp);
	if ((r = feed(&sp, sink, (const unsigned char *)s, strlen(s))) != 0 ||
	    (r = end_word(&sp, sink)) != 0)
		return r;
	return sp.words == 0 ? sink->word(sink->arg, "", 0) : 0;
}
