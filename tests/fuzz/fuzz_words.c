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
	struct query q;

	(void)arg;
	if (len == 0 || len > QUERY_WORD_MAX + 1)
		abort();
	parse_query(w, len, &q);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct word_sink sink = { check_word, NULL, NULL, QUERY_WORD_MAX };
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
	return 0;
}
