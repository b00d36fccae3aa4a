/* libFuzzer: the standard-input reader, each word parsed as an operand. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "decode.h"
#include "operand.h"
#include "words.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
check_word(void *arg, const char *w, size_t len)
{
	struct operand op;

	(void)arg;
	if (len == 0 || len > OPERAND_MAX + 1)
		abort();
	parse_operand(w, len, &op);
	return 0;
}

/* One line end per newline, and one at the end of the input. */
static int
count_line(void *arg)
{
	(*(size_t *)arg)++;
	return 0;
}

static size_t
decoded_newlines(const uint8_t *data, size_t size)
{
	static char text[DECODE_ROOM(60000) + DECODE_ROOM(DECODE_SNIFF)];
	struct decoder d;
	const char *p;
	size_t len, i, n = 0;

	decoder_init(&d);
	p = decode(&d, (const char *)data, size, text, &len);
	for (i = 0; i < len; i++)
		n += p[i] == '\n';
	len = decode_end(&d, text);
	for (i = 0; i < len; i++)
		n += text[i] == '\n';
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t lines = 0, newlines;
	struct word_sink sink = { check_word, NULL, &lines, OPERAND_MAX,
	    count_line };
	int fd[2];

	/* a pipe holds 64 KiB: enough for -max_len, no writer thread */
	if (size > 60000 || pipe(fd) != 0)
		return 0;
	if (write(fd[1], data, size) != (ssize_t)size)
		abort();
	close(fd[1]);
	if (read_words(fd[0], &sink) != 0)
		abort();
	close(fd[0]);
	/* the newlines of the text, which may come as UTF-16 */
	newlines = decoded_newlines(data, size);
	if (lines != newlines + 1)
		abort();
	return 0;
}
