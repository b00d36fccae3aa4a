#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>


/* Longest message line; longer ones are cut. */
#define LINE 8192

/*
 * Messages gather here and go to stderr (unbuffered, as it starts) in
 * one write a buffer: a stream of unknown codes says one per code, and a
 * call into stdio per message cost more than the rest of the lookup.
 */
static char pending[1 << 16];
static size_t npending;
static int gather;

void
diag_gather(int on)
{
	gather = on;
}

int
diag_flush(void)
{
	size_t n = npending;

	npending = 0;
	return n == 0 || fwrite(pending, 1, n, stderr) == n ? 0 : EOF;
}

/*
 * The line being made, at the end of pending: a local copy of where it
 * has got to, since every byte stored to pending might, for the compiler,
 * have changed npending.
 */
struct line {
	char *at, *end;		/* end: where a line too long is cut */
};

static inline struct line
line_start(void)
{
	struct line l;

	if (sizeof pending - npending < LINE)
		diag_flush();
	l.at = pending + npending;
	l.end = l.at + LINE - 1;
	return l;
}

/* Inline, so that constant parts become a store or two. */
static inline void
line_put(struct line *l, const char *s, size_t n)
{
	size_t room = (size_t)(l->end - l->at);

	if (n > room)
		n = room;
	memcpy(l->at, s, n);
	l->at += n;
}

/* Ends the line; it goes out at once unless gathering. */
static inline void
line_finish(struct line *l)
{
	*l->at++ = '\n';
	npending = (size_t)(l->at - pending);
	if (!gather)
		diag_flush();
}

#define PREFIX "raserr: "

void
diag(const char *fmt, ...)
{
	char msg[LINE];
	struct line l;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	l = line_start();
	line_put(&l, PREFIX, sizeof PREFIX - 1);
	line_put(&l, msg, n < 0 ? 0 : (size_t)n < sizeof msg ? (size_t)n : sizeof msg - 1);
	line_finish(&l);
}

void
diag_about(const char *what, size_t len, const char *why)
{
	/* a stream says the same why for each word: measured once */
	static const char *last_why;
	static size_t why_len;
	struct line l = line_start();

	line_put(&l, PREFIX, sizeof PREFIX - 1);
	line_put(&l, what, len);
	if (why != NULL) {
		if (why != last_why) {
			last_why = why;
			why_len = strlen(why);
		}
		line_put(&l, ": ", 2);
		line_put(&l, why, why_len);
	}
	line_finish(&l);
}
