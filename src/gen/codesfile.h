/*
 * Reader for data/codes.txt: parses and validates the catalogue so that
 * a bad edit fails the build with FILE:LINE instead of shipping a wrong
 * table.
 */
#ifndef CODESFILE_H
#define CODESFILE_H

#include <stddef.h>
#include <stdio.h>

enum field {
	F_MESSAGE, F_ALSO, F_CURRENT, F_WINDOWS, F_NOTE, F_HINT, F_SOURCE,
	F_WIN32, NFIELDS
};

struct record {
	long code;
	long line;		/* of the "CODE NAME" line */
	char *name;
	char *field[NFIELDS];	/* decoded values, NULL when absent */
	char *win32_name;	/* F_WIN32 split at its first space */
	char *win32_message;
};

struct catalogue {
	struct record *rec;
	size_t n, cap;
};

/* Longest line accepted, without its newline. */
#define CODESFILE_LINE_MAX 4000

extern const char *const field_key[NFIELDS];

/*
 * Reads and validates a whole catalogue, sorted by code on success.
 * Returns 0, or -1 with "FNAME:LINE: what is wrong" in err; cat is
 * left for codesfile_free() either way.
 */
int codesfile_read(FILE *fp, const char *fname, struct catalogue *cat,
    char *err, size_t errsz);

void codesfile_free(struct catalogue *cat);

/* Writes cat back in the file's format, escaped, so that reading the
 * result gives the same records (the round trip the tests check). */
int codesfile_write(FILE *fp, const struct catalogue *cat);

#endif
