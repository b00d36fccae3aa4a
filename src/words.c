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

static int
is_separator(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	    c == '\f' || c == ',';
}

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

static int
feed(struct splitter *sp, const struct word_sink *sink,
    const unsigned char *p, size_t n)
{
	const unsigned char *end = p + n;
	int r;

	for (; p < end; p++) {
		if (sp->in_comment) {
			sp->in_comment = *p != '\n';
		} else if (*p == '#' || is_separator(*p)) {
			sp->in_comment = *p == '#';
			if ((r = end_word(sp, sink)) != 0)
				return r;
		} else if (sp->len <= sink->max)
			sp->word[sp->len++] = (char)*p;
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
