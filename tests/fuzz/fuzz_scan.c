/* libFuzzer: the --scan detector, whole and in pieces, and the file reader. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "scan.h"
#include "scanfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_code(void *arg, long code)
{
	(void)arg;
	if (code < 600 || code > 999)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct tally t;
	static int ready;
	const char *s = (const char *)data;
	int fd[2];

	if (!ready) {
		tally_init(&t);
		ready = 1;
	}
	scan_line(&t.tm, s, size, 0, size, check_code, NULL);
	scan_line(&t.tm, s, size, size / 3, size / 2, check_code, NULL);
	if (size > 60000 || pipe(fd) != 0)
		return 0;
	if (write(fd[1], data, size) != (ssize_t)size)
		abort();
	close(fd[1]);
	if (scan_fd(fd[0], "fuzz", &t) != 0 || t.n > TALLY_CODES)
		abort();
	close(fd[0]);
	return 0;
}
