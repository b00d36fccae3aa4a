#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "smallcopy.h"

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

/* A part of a message, its length known: most are constants. */
struct part {
	const char *s;
	size_t n;
};

#define PREFIX { "raserr: ", 8 }

/* The parts as one line; written at once unless gathering. */
static void
say(const struct part *part, size_t nparts)
{
	size_t i, k, end;

	if (sizeof pending - npending < LINE)
		diag_flush();
	end = npending + LINE - 1;
	for (i = 0; i < nparts; i++) {
		k = part[i].n < end - npending ? part[i].n : end - npending;
		small_copy(pending + npending, part[i].s, k);
		npending += k;
	}
	pending[npending++] = '\n';
	if (!gather)
		diag_flush();
}

void
diag(const char *fmt, ...)
{
	char msg[LINE];
	struct part part[] = { PREFIX, { msg, 0 } };
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	part[1].n = n < 0 ? 0 : (size_t)n < sizeof msg ? (size_t)n : sizeof msg - 1;
	say(part, 2);
}

void
diag_about(const char *what, const char *why)
{
	/* a stream says the same why for each word: measured once */
	static const char *last_why;
	static size_t why_len;
	struct part part[] = { PREFIX, { what, strlen(what) }, { ": ", 2 },
	    { why, 0 } };

	if (why == NULL) {
		say(part, 2);
		return;
	}
	if (why != last_why) {
		last_why = why;
		why_len = strlen(why);
	}
	part[3].n = why_len;
	say(part, 4);
}
