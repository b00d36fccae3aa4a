/* One-line messages on stderr, prefixed "raserr: ". */
#ifndef DIAG_H
#define DIAG_H

#include <stddef.h>

#if defined(__GNUC__)
#define PRINTF_LIKE __attribute__((format(printf, 1, 2)))
#else
#define PRINTF_LIKE
#endif

void diag(const char *fmt, ...) PRINTF_LIKE;

/* "raserr: what" or "raserr: what: why" (why may be NULL), what being
 * len bytes; cheaper than diag(), for what a stream may say once per word. */
void diag_about(const char *what, size_t len, const char *why);

/* With on, messages wait for diag_flush() (or a full buffer) instead of
 * going out one by one: for a stderr that no one watches line by line. */
void diag_gather(int on);

/* Writes out the messages waiting.  Returns 0, or EOF as fwrite(). */
int diag_flush(void);

#endif
