/* --scan: files (or standard input) through the scan engine, and the
 * codes they mention reported. */
#ifndef SCANFILES_H
#define SCANFILES_H

#include "run.h"

/* Scans file[0..n) ("-" is standard input; none means it), then
 * reports each code once, in the order first seen. */
void scan_files(struct run *run, char *const file[], int n);

#endif
