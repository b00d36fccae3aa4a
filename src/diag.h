/* One-line messages on stderr, prefixed "raserr: ". */
#ifndef DIAG_H
#define DIAG_H

#if defined(__GNUC__)
#define PRINTF_LIKE __attribute__((format(printf, 1, 2)))
#else
#define PRINTF_LIKE
#endif

void diag(const char *fmt, ...) PRINTF_LIKE;

#endif
