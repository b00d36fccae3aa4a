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

/* The parts as one line; written at once unless gathering. */
static void
say(const char *const part[], size_t nparts)
{
	size_t i, k, end;

	if (sizeof pending - npending < LINE)
		diag_flush();
	end = npending + LINE - 1;
	for (i = 0; i < nparts; i++) {
		k = strlen(part[i]);
		if (k > end - npending)
			k = end - npending;
		memcpy(pending + npending, part[i], k);
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
	const char *part[] = { "raserr: ", msg };
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	say(part, 2);
}

void
diag_about(const char *what, const char *why)
{
	const char *part[] = { "raserr: ", what, ": ", why };

	say(part, why != NULL ? 4 : 2);
}
