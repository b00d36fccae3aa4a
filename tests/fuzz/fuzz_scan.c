/* libFuzzer: the --scan detector, whole and in pieces, and the file
 * reader; the filter before the detector must change nothing. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "raserr.h"
#include "detect.h"
#include "scan.h"
#include "textmatch.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* the codes a line gives, as a set */
static void
check_code(void *arg, long code)
{
	unsigned char *seen = arg;

	if (!raserr_in_family(code))
		abort();
	if (seen != NULL)
		seen[code < RASERR_IKE_FIRST ? code - RASERR_RAS_FIRST :
		    code - RASERR_IKE_FIRST + 400] = 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct textmatch tm;
	static int ready;
	const char *s = (const char *)data;
	unsigned char filtered[600] = { 0 }, all[600] = { 0 };
	struct scan *sc;
	int fd[2];

	if (!ready) {
		textmatch_init(&tm);
		ready = 1;
	}
	scan_line(&tm, s, size, 0, size, check_code, filtered);
	scan_line_unfiltered(&tm, s, size, 0, size, check_code, all);
	if (memcmp(filtered, all, sizeof all) != 0)
		abort();
	scan_line(&tm, s, size, size / 3, size / 2, check_code, NULL);
	if (size > 60000 || pipe(fd) != 0)
		return 0;
	if (write(fd[1], data, size) != (ssize_t)size)
		abort();
	close(fd[1]);
	if ((sc = scan_new()) == NULL || scan_fd(sc, fd[0], "fuzz") != 0 ||
	    scan_found(sc) > 600)
		abort();
	scan_free(sc);
	close(fd[0]);
	return 0;
}
