/*
 * Messages on stderr, one line each, prefixed "raserr: "; words from
 * the input escaped, so that no byte of theirs reaches a terminal raw.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "platform.h"
#include "utf8.h"

#define PREFIX "raserr: "

/*
 * Messages gather here when no terminal watches stderr, and go out in
 * one write a buffer: a stream of unknown codes says one line per code.
 * Measured on 1 M codes -f tsv, half unknown (callgrind): a line made
 * here costs about 90 instructions, one fwrite() to a fully buffered
 * stderr about 240, and that difference alone is a sixth of the time
 * of the whole stream, whose goal is 3x cat of its output.  stderr
 * itself stays unbuffered, as C starts it, but on a Windows console
 * (see platform.c): so a message to a terminal is flushed at once, after
 * what stdout holds.
 */
static char pending[1 << 16];
static size_t npending;
static int gather;

void
diag_init(void)
{
	gather = !is_terminal(STDERR_FILENO);
}

int
diag_flush(void)
{
	size_t n = npending;

	npending = 0;
	if (n == 0)
		return 0;
	if (!gather)
		fflush(stdout);	/* a terminal shows what came first first */
	if (fwrite(pending, 1, n, stderr) != n)
		return EOF;
	return gather ? 0 : fflush(stderr);
}

void
diag(const char *fmt, ...)
{
	va_list ap;

	diag_flush();		/* in order after those waiting */
	if (!gather)
		fflush(stdout);
	fputs(PREFIX, stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	putc('\n', stderr);
	if (!gather)
		fflush(stderr);
}

/* Bytes that go out as they are: printable ASCII but the backslash,
 * which escapes the rest. */
static int
plain_byte(unsigned char c)
{
	return c >= 0x20 && c < 0x7f && c != '\\';
}

/* Writes word to dst (room for 4 * len bytes) as a message shows it;
 * returns the length written. */
static size_t
escape(char *dst, const char *word, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *u = (const unsigned char *)word;
	size_t i = 0, n, at = 0;

	while (i < len) {
		if (plain_byte(u[i]))
			dst[at++] = (char)u[i++];
		else if (u[i] >= 0x80 && (n = utf8_len(u + i, len - i)) > 0)
			while (n-- > 0)
				dst[at++] = (char)u[i++];
		else {
			dst[at++] = '\\';
			dst[at++] = 'x';
			dst[at++] = hex[u[i] >> 4];
			dst[at++] = hex[u[i++] & 15];
		}
	}
	return at;
}

/* The whole line at dst, which has room for it; returns its length. */
static size_t
make_line(char *dst, const char *word, size_t len, const char *tail,
    size_t tail_len)
{
	size_t n = sizeof PREFIX - 1;

	memcpy(dst, PREFIX, n);
	n += escape(dst + n, word, len);
	memcpy(dst + n, tail, tail_len);
	n += tail_len;
	dst[n++] = '\n';
	return n;
}

void
diag_word(const char *word, size_t len, const char *tail)
{
	size_t t = strlen(tail), need = sizeof PREFIX + 4 * len + t;
	char *line;

	if (need > sizeof pending - npending)
		diag_flush();
	if (need <= sizeof pending) {
		npending += make_line(pending + npending, word, len, tail, t);
		if (!gather)
			diag_flush();
	} else if ((line = malloc(need)) != NULL) {
		/* a name longer than the buffer: a line of its own */
		fwrite(line, 1, make_line(line, word, len, tail, t), stderr);
		free(line);
	} else
		fputs(PREFIX "out of memory\n", stderr);
}
