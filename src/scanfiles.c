/*
 * --scan's driver: opens the files, passes them to the engine
 * (src/scan/scan.h) and reports what it saw.  How text is read is the
 * engine's business; how an entry is shown is output.c's.
 */
#include "scanfiles.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "raserr.h"
#include "diag.h"
#include "platform.h"
#include "scan.h"

#define STDIN_NAME "(standard input)"

/* "raserr: FILE: why", the name escaped as operands are. */
static void
file_error(struct run *run, const char *file, int err)
{
	char tail[256];

	snprintf(tail, sizeof tail, ": %s", strerror(err));
	diag_word(file, strlen(file), tail);
	run_status(run, EXIT_TROUBLE);
}

static void
scan_one(struct run *run, const char *file, struct scan *sc)
{
	int in = strcmp(file, "-") == 0;
	int fd = in ? STDIN_FILENO : open_input(file);

	if (fd < 0 || scan_fd(sc, fd, in ? STDIN_NAME : file) < 0)
		file_error(run, file, errno);
	if (fd > STDIN_FILENO)
		close(fd);
}

/* Each code once, in the order first seen, with its count and place. */
static void
report_sightings(struct run *run, const struct scan *sc)
{
	struct scan_sighting s;
	struct origin o = { .operand = NULL };
	size_t i;

	if (scan_found(sc) == 0)
		run_status(run, EXIT_NOTFOUND);
	for (i = 0; i < scan_found(sc); i++) {
		scan_get(sc, i, &s);
		o.count = s.count;
		o.file = s.file;
		o.line = s.line;
		o.event = s.event;
		run_show(run, raserr_find(s.code), &o, 1);
	}
}

void
scan_files(struct run *run, char *const file[], int n)
{
	struct scan *sc = scan_new();
	int i;

	if (sc == NULL) {
		diag("out of memory");
		run_status(run, EXIT_TROUBLE);
		return;
	}
	if (n == 0)
		scan_one(run, "-", sc);
	for (i = 0; i < n; i++)
		scan_one(run, file[i], sc);
	report_sightings(run, sc);
	scan_free(sc);
}
