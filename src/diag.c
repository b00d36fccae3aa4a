#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void
diag(const char *fmt, ...)
{
	va_list ap;

	fputs("raserr: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	putc('\n', stderr);
}

/* One fwrite: a stream of unknown codes says this once per code, and
 * stdio's cost is per call.  A message too long for line is cut. */
void
diag_about(const char *what, const char *why)
{
	const char *part[] = { "raserr: ", what, ": ", why };
	char line[1024];
	size_t i, k, n = 0, parts = why != NULL ? 4 : 2;

	for (i = 0; i < parts; i++) {
		k = strlen(part[i]);
		if (k > sizeof line - 1 - n)
			k = sizeof line - 1 - n;
		memcpy(line + n, part[i], k);
		n += k;
	}
	line[n++] = '\n';
	fwrite(line, 1, n, stderr);
}
