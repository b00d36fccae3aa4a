/*
 * Messages on stderr.  Plain stdio: a stream of unknown codes says one
 * line per code, and a full buffer when no terminal watches makes that
 * as cheap as the hand-made buffer this replaced (measured: 10 M codes
 * -f tsv, half unknown, stderr to a file; see diag_init()).
 */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

#include "utf8.h"

#define PREFIX "raserr: "

/*
 * A terminal gets each message as it is said; a file or pipe gets them
 * a buffer at a time, as stdout does.  Unbuffered, 5 M messages cost
 * 10 M write calls; buffered, the stream runs as with the hand-made
 * buffer, within the bench's noise.
 */
void
diag_init(void)
{
	if (!isatty(STDERR_FILENO))
		setvbuf(stderr, NULL, _IOFBF, 1 << 16);
}

int
diag_flush(void)
{
	return fflush(stderr);
}

void
diag(const char *fmt, ...)
{
	va_list ap;

	fputs(PREFIX, stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	putc('\n', stderr);
}

/* Bytes that go out as they are: printable ASCII but the backslash,
 * which escapes the rest. */
static int
plain_byte(unsigned char c)
{
	return c >= 0x20 && c < 0x7f && c != '\\';
}

static void
put_escaped(const char *word, size_t len)
{
	const unsigned char *u = (const unsigned char *)word;
	size_t i = 0, run, n;

	while (i < len) {
		for (run = i; run < len && plain_byte(u[run]); run++)
			continue;
		fwrite(word + i, 1, run - i, stderr);
		if ((i = run) == len)
			break;
		n = utf8_len(u + i, len - i);
		if (u[i] < 0x80 || n == 0) {
			fprintf(stderr, "\\x%02X", u[i]);
			n = 1;
		} else
			fwrite(word + i, 1, n, stderr);
		i += n;
	}
}

void
diag_word(const char *word, size_t len, const char *tail)
{
	fputs(PREFIX, stderr);
	put_escaped(word, len);
	fputs(tail, stderr);
	putc('\n', stderr);
}
