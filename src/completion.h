/* --completion: shell completion scripts, made from this binary's own
 * options and names so that they always match it. */
#ifndef COMPLETION_H
#define COMPLETION_H

#include <stdio.h>

/* Prints the script for shell ("bash", "zsh" or "fish"); -1 if unknown. */
int print_completion(FILE *fp, const char *shell);

#endif
