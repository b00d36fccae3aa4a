/* One-line messages on stderr, prefixed "raserr: ". */
#ifndef DIAG_H
#define DIAG_H

#if defined(__GNUC__)
#define PRINTF_LIKE __attribute__((format(printf, 1, 2)))
#else
#define PRINTF_LIKE
#endif

void diag(const char *fmt, ...) PRINTF_LIKE;

/* "raserr: what" or "raserr: what: why" (why may be NULL), cut at
 * 1 KiB; cheaper than diag(), for what a stream says once per word. */
void diag_about(const char *what, const char *why);

#endif
