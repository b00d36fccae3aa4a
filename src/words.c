/* Operand words out of standard input or a command-line argument. */
#include "words.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "decode.h"

#define CHUNK 65536
#define WORD_KEEP 128

/* Memory stays at one word whatever the input: a word longer than
 * sink->max is cut, never kept whole. */
struct splitter {
	char word[WORD_KEEP];
	size_t len;
	const unsigned char *kind;	/* kind_stdin or kind_arg */
	int in_comment;
	int words;		/* how many were passed on */
};

enum byte_kind { WORD_BYTE, SEPARATOR, HASH };

#define SEPARATORS \
	[' '] = SEPARATOR, ['\t'] = SEPARATOR, ['\n'] = SEPARATOR, \
	['\r'] = SEPARATOR, ['\v'] = SEPARATOR, ['\f'] = SEPARATOR, \
	[','] = SEPARATOR

/* Standard input, where '#' may start a comment; a command-line
 * argument, where it is a byte like any other. */
static const unsigned char kind_stdin[256] = { SEPARATORS, ['#'] = HASH };
static const unsigned char kind_arg[256] = { SEPARATORS };

/* Passes a whole word on; a lone '#' starts a comment instead. */
static int
pass_word(struct splitter *sp, const struct word_sink *sink, const char *w,
    size_t len)
{
	if (w[0] == '#' && len == 1 && sp->kind == kind_stdin) {
		sp->in_comment = 1;
		return 0;
	}
	sp->words++;
	return sink->word(sink->arg, w, len > sink->max ? sink->max + 1 : len);
}

static int
end_word(struct splitter *sp, const struct word_sink *sink)
{
	size_t len = sp->len;

	if (len == 0)
		return 0;
	sp->len = 0;
	return pass_word(sp, sink, sp->word, len);
}

/* Keeps what fits of a word that may go on in the next piece. */
static void
keep_word(struct splitter *sp, const struct word_sink *sink,
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
 * Does the '#' at p start a comment?  Not on the command line, and not
 * when it starts a word (#691); a word cut by the end of the piece is
 * kept, and pass_word() decides once it is whole.
 */
static int
starts_comment(const struct splitter *sp, int glued, const unsigned char *p,
    const unsigned char *end)
{
	return glued || (p + 1 < end && sp->kind[p[1]] != WORD_BYTE);
}

/*
 * A word that starts and ends inside p goes to the sink from where it
 * lies; only one cut by the end of p is copied, to be finished by the
 * next piece.
 */
static int
split_piece(struct splitter *sp, const struct word_sink *sink,
    const unsigned char *p, size_t n)
{
	const unsigned char *begin = p, *end = p + n, *w;
	const unsigned char *kind = sp->kind;
	int r;

	if (sp->in_comment)
		p = comment_end(sp, p, end);
	while (p < end) {
		if (kind[*p] == SEPARATOR) {
			if ((r = end_word(sp, sink)) != 0)
				return r;
			if (sp->in_comment)	/* that word was a lone '#' */
				p = comment_end(sp, p, end);
			else if (*p++ == '\n' && sink->line_end != NULL &&
			    (r = sink->line_end(sink->arg)) != 0)
				return r;
			continue;
		}
		if (kind[*p] == HASH && starts_comment(sp, sp->len > 0 ||
		    (p > begin && kind[p[-1]] != SEPARATOR), p, end)) {
			if ((r = end_word(sp, sink)) != 0)
				return r;
			p = comment_end(sp, p + 1, end);
			continue;
		}
		for (w = p++; p < end && kind[*p] == WORD_BYTE; p++)
			continue;
		if (sp->len > 0 || p == end)
			keep_word(sp, sink, w, (size_t)(p - w));
		else if ((r = pass_word(sp, sink, (const char *)w,
		    (size_t)(p - w))) != 0)
			return r;
	}
	return 0;
}

/* Standard input is decoded as --scan reads files: a BOM skipped,
 * UTF-16 (what Windows PowerShell 5.1 pipes and writes) made UTF-8. */
int
read_words(int fd, const struct word_sink *sink)
{
	static char text[DECODE_ROOM(CHUNK)];
	struct splitter sp;
	struct decoder d;
	char buf[CHUNK];
	const char *p;
	size_t len;
	ssize_t n;
	int r;

	memset(&sp, 0, sizeof sp);
	sp.kind = kind_stdin;
	decoder_init(&d);
	for (;;) {
		if (sink->idle != NULL && (r = sink->idle(sink->arg)) != 0)
			return r;
		do
			n = read(fd, buf, sizeof buf);
		while (n < 0 && errno == EINTR);
		if (n < 0)
			return -1;
		if (n == 0)
			break;
		p = decode(&d, buf, (size_t)n, text, &len);
		if ((r = split_piece(&sp, sink, (const unsigned char *)p, len)) != 0)
			return r;
	}
	len = decode_end(&d, text);
	if ((r = split_piece(&sp, sink, (const unsigned char *)text, len)) != 0 ||
	    (r = end_word(&sp, sink)) != 0)
		return r;
	return sink->line_end != NULL ? sink->line_end(sink->arg) : 0;
}

int
split_words(const char *s, const struct word_sink *sink)
{
	struct splitter sp;
	int r;

	memset(&sp, 0, sizeof sp);
	sp.kind = kind_arg;
	if ((r = split_piece(&sp, sink, (const unsigned char *)s, strlen(s))) != 0 ||
	    (r = end_word(&sp, sink)) != 0)
		return r;
	return sp.words == 0 ? sink->word(sink->arg, "", 0) : 0;
}
