/* libFuzzer: the --scan detector, whole and in pieces, and the file
 * reader; the filter before the detector must change nothing. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "detect.h"
#include "scan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* the codes a line gives, as a set */
static void
check_code(void *arg, long code)
{
	unsigned char *seen = arg;

	if (code < 600 || code > 999)
		abort();
	if (seen != NULL)
		seen[code - 600] = 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct tally t;
	static int ready;
	const char *s = (const char *)data;
	unsigned char filterd[400] = { 0 }, all[400] = { 0 };
	int fd[2];

	if (!ready) {
		tally_init(&t);
		ready = 1;
	}
	scan_line(&t.tm, s, size, 0, size, check_code, filterd);
	scan_line_unfilterd(&t.tm, s, size, 0, size, check_code, all);
	if (memcmp(filterd, all, sizeof all) != 0)
		abort();
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
