#include "diag.h"

#include <stdarg.h>
#include <stdio.h>

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

void
diag_about(const char *what, const char *why)
{
	fputs("raserr: ", stderr);
	fputs(what, stderr);
	if (why != NULL) {
		fputs(": ", stderr);
		fputs(why, stderr);
	}
	putc('\n', stderr);
}
