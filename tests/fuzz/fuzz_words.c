/* libFuzzer: the standard-input reader, each word parsed as an operand. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

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


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t lines = 0, newlines = 0, i;
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
	for (i = 0; i < size; i++)
		newlines += data[i] == '\n';
	if (lines != newlines + 1)
		abort();
	return 0;
}
