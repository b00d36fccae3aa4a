/*
 * Writers for the three output formats.  All escaping lives here.
 */
#ifndef OUTPUT_H
#define OUTPUT_H

#include <stdio.h>

#include "raserr.h"
#include "search.h"

enum format { FMT_TEXT, FMT_TSV, FMT_JSON };

/* Where an entry came from, for the fields beyond the catalogue's own. */
struct origin {
	const char *operand;	/* the word as given, NULL for --list/--grep */
	const char *read_as;	/* how it was read, "" or NULL when plain */
	unsigned long count;	/* --scan: times seen, 0 otherwise */
	const char *where;	/* --scan: FILE:LINE of the first sighting */
};

/* tsv and json records gather in buf and go out a buffer at a time */
#define PRINTER_BUF 65536

struct printer {
	FILE *fp;
	enum format format;
	int started;		/* something was printed */
	int last_detailed;
	int color;		/* text only: SGR escapes for the code and matches */
	const struct search *highlight;	/* matches to colour, or NULL */
	struct memo *memo;	/* tsv and json: made on first use */
	size_t n;		/* bytes waiting in buf */
	size_t record;		/* where the record being made starts in buf,
				 * or SIZE_MAX once part of it went out */
	char buf[PRINTER_BUF];
};

/*
 * Prints one entry.  In text, detailed adds the lines below the first
 * (name, other wordings, hints) and blank lines set it apart.
 */
void print_entry(struct printer *p, const struct raserr_entry *e,
    const struct origin *o, int detailed);

/* Writes out the records waiting in p.  Returns 0, or EOF as fwrite()
 * failed (fp's error flag tells more). */
int printer_flush(struct printer *p);

/* Flushes p and frees what print_entry() kept; p can print again after. */
void printer_free(struct printer *p);

#endif
