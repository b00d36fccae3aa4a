/*
 * Inside the engine: what a scan holds, and how the reader counts a
 * code it found on the line it is reading.
 */
#ifndef TALLY_H
#define TALLY_H

#include "raserr.h"
#include "decode.h"
#include "events.h"
#include "textmatch.h"

/* What one read() takes in. */
#define CHUNK 65536

/* One slot per code of either family. */
#define RAS_SLOTS (RASERR_RAS_LAST - RASERR_RAS_FIRST + 1)
#define TALLY_SLOTS (RAS_SLOTS + RASERR_IKE_LAST - RASERR_IKE_FIRST + 1)

struct sighting {
	unsigned long count;		/* lines that mention the code */
	const char *file;		/* where first seen */
	unsigned long line;
	unsigned long long last;	/* serial of the last line counted */
	char event[32];			/* "RasClient 20227", or "" */
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
	struct events ev;		/* the event record it is in */
	/* the reader's buffers, here to keep them off the stack */
	char chunk[CHUNK], text[DECODE_ROOM(CHUNK)];
};

/* Counts code (of either family), seen on line of the file being read.
 * The lines of one event record count as one. */
void tally_count(struct scan *sc, long code, unsigned long line);

/* n lines were read. */
void tally_lines(struct scan *sc, unsigned long n);

#endif
