/*
 * Operands looked up and answered: codes, ranges and names from the
 * command line or standard input, and the codes a text mentions.  All
 * the wording of the answers and of the operand errors is here.
 */
#ifndef LOOKUP_H
#define LOOKUP_H

#include "run.h"

/* Answers each of arg[0..n): words split at white space and commas,
 * "-" for the words of standard input.  The text words of the command
 * line are read together, as one line of --scan. */
void lookup_operands(struct run *run, char *const arg[], int n);

/* Answers the words of standard input, line by line. */
void lookup_stdin(struct run *run);

#endif
