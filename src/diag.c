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
