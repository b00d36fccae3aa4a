/* The state of one run: where answers go, and the exit status so far. */
#include "run.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "platform.h"

void
run_status(struct run *run, int status)
{
	if (status > run->status)
		run->status = status;
}

void
run_show(struct run *run, const struct raserr_entry *e,
    const struct origin *o, int detailed)
{
	run->found = 1;
	if (!run->quiet)
		print_entry(run->out, e, o, detailed || run->verbose);
}

/*
 * Makes sure what was written reached its file.  A closed pipe ends the
 * run quietly (the reader is gone: nothing to tell); any other failure,
 * such as a full disk, is an error.
 */
int
run_flush(struct run *run)
{
	if (run->write_failed)
		return EXIT_TROUBLE;
	diag_flush();
	if ((run->out != NULL ? printer_flush(run->out) : fflush(stdout)) == 0 &&
	    fflush(stdout) == 0 && !ferror(stdout))
		return 0;
	run->write_failed = 1;
	if (!reader_gone(errno))
		diag("write error: %s", strerror(errno));
	return EXIT_TROUBLE;
}

/* grep -q exits 0 once anything matched, whatever went wrong besides:
 * the question "is any of these known?" has its answer. */
int
run_exit_status(const struct run *run)
{
	return run->quiet && run->found ? EXIT_FOUND : run->status;
}
