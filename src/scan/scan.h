/*
 * --scan over whole files: cuts them into lines in bounded memory and
 * counts, per RAS code, the lines that mention it and where it was
 * first seen.
 */
#ifndef SCANFILE_H
#define SCANFILE_H

#include <stddef.h>

#include "textmatch.h"

#define TALLY_CODES 1000	/* RAS codes are below this */

struct sighting {
	unsigned long count;		/* lines that mention the code */
	const char *file;		/* where first seen */
	unsigned long line;
	unsigned long long last;	/* serial of the last line counted */
};

struct tally {
	struct textmatch tm;
	struct sighting seen[TALLY_CODES];
	short order[TALLY_CODES];	/* codes in order of first sighting */
	size_t n;
	unsigned long long serial;	/* lines read, all files */
};

void tally_init(struct tally *t);

/* Scans fd to its end, naming it name in locations.  Returns 0, or -1
 * on a read error with errno set (what was read is counted). */
int scan_fd(int fd, const char *name, struct tally *t);

#endif
