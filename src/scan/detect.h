/*
 * The detector: find the RAS and IKE codes that free text mentions (logs, Event Viewer
 * exports, pasted messages).  A number counts only where the words
 * around it make it an error code, so ports, process ids, event ids,
 * years and sizes are passed over.
 */
#ifndef DETECT_H
#define DETECT_H

#include <stddef.h>

#include "textmatch.h"

typedef void scan_found_fn(void *arg, long code);

/*
 * Reports each code mentioned in s[0..len) whose mention starts in
 * [from, upto); the bytes around are context only, which lets a long
 * line be scanned piece by piece.  A code is reported once per call.
 * Given the whole of a line with no code number in it, tm may still
 * recognise one by its message text.
 */
void scan_line(const struct textmatch *tm, const char *s, size_t len,
    size_t from, size_t upto, scan_found_fn *fn, void *arg);

/* The same without the quick look that passes over most lines first:
 * what the look must never change (for tests). */
void scan_line_unfiltered(const struct textmatch *tm, const char *s, size_t len,
    size_t from, size_t upto, scan_found_fn *fn, void *arg);

#endif
