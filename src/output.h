/*
 * Writers for the three output formats: text for people, tsv and json
 * records for programs.  All escaping and the buffering of the output
 * stream live here.
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
	unsigned long count;	/* --scan: lines that mention it, 0 otherwise */
	const char *file;	/* --scan: where first seen, any bytes, or NULL */
	unsigned long line;	/* and on which line */
	const char *event;	/* --scan: the Windows event record it came
				 * from ("RasClient 20227"), or NULL */
};

/* How a printer writes; only the text format looks at more than tty. */
struct printer_setup {
	int tty;		/* fp is a terminal: each line goes out as made */
	int width;		/* wrap text to this many columns; 0: never */
	int color;		/* SGR escapes for the code and --grep matches */
	const struct search *search;	/* --grep's patterns, or NULL */
};

struct printer;

/*
 * A printer for fp in format f, or NULL without memory.  It sets fp's
 * buffering, so it comes before anything is written to fp, and it
 * lends fp its buffer, so it is freed after fp is closed.
 */
struct printer *printer_new(FILE *fp, enum format f,
    const struct printer_setup *setup);

/*
 * Prints one entry.  In text, detailed adds the lines below the first
 * (name, other wordings, hints) and blank lines set it apart; o may be
 * NULL.
 */
void print_entry(struct printer *p, const struct raserr_entry *e,
    const struct origin *o, int detailed);

/*
 * Text: the entries that follow line up their messages as if each code
 * were as wide as widest's (a listing that mixes RAS and IKE codes);
 * 0 lets each code take its own width.
 */
void printer_align(struct printer *p, long widest);

/* Writes out what waits in p and in fp's buffer.  Returns 0, or EOF as
 * fwrite() or fflush(), or as a record could not be made for want of
 * memory (errno set). */
int printer_flush(struct printer *p);

/* Frees p, once fp is closed. */
void printer_free(struct printer *p);

/* The tsv or json record of e and o, made field by field with nothing
 * kept: what tests hold the printer's kept records against. */
void print_record_plain(FILE *fp, enum format f, const struct raserr_entry *e,
    const struct origin *o);

#endif
