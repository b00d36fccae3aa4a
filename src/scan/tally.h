/*
 * Inside the engine: what a scan holds, and how the reader counts a
 * code it found on the line it is reading.
 */
#ifndef TALLY_H
#define TALLY_H

#include "raserr.h"
#include "textmatch.h"

/* One slot per code of either family. */
#define RAS_SLOTS (RASERR_RAS_LAST - RASERR_RAS_FIRST + 1)
#define TALLY_SLOTS (RAS_SLOTS + RASERR_IKE_LAST - RASERR_IKE_FIRST + 1)

struct sighting {
	unsigned long count;		/* lines that mention the code */
	const char *file;		/* where first seen */
	unsigned long line;
	unsigned long long last;	/* serial of the last line counted */
};

struct scan {
	struct textmatch tm;
	struct sighting seen[TALLY_SLOTS];
	long order[TALLY_SLOTS];	/* codes in order of first sighting */
	size_t n;
	unsigned long long serial;	/* lines read, all files */
	/* the line being read */
	const char *file;
	unsigned long line;
};

/* Counts code (of either family) for the line being read. */
void tally_count(struct scan *sc, long code);

/* The next line begins: n lines were read. */
void tally_lines(struct scan *sc, unsigned long n);

#endif
