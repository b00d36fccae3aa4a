/*
 * What one run of raserr carries from operand to operand: where the
 * answers go, what shapes them, and the exit status so far.
 */
#ifndef RUN_H
#define RUN_H

#include "output.h"

/* As grep: found, not found, trouble.  Later values win. */
enum { EXIT_FOUND, EXIT_NOTFOUND, EXIT_TROUBLE };

struct run {
	enum format format;
	struct printer *out;	/* made once the options are read */
	int quiet;
	int verbose;
	int status;
	int found;		/* something was: -q exits 0 then, as grep -q */
	int write_failed;	/* said once, not again */
};

/* Keeps the worse of the status so far and status. */
void run_status(struct run *run, int status);

/* Shows an entry unless -q; it counts as found either way. */
void run_show(struct run *run, const struct raserr_entry *e,
    const struct origin *o, int detailed);

/* Pushes out what was written so far.  Returns 0 or EXIT_TROUBLE. */
int run_flush(struct run *run);

/* The exit status, once all is done: grep -q's rule under -q. */
int run_exit_status(const struct run *run);

#endif
