/* One-line messages on stderr, prefixed "raserr: ". */
#ifndef DIAG_H
#define DIAG_H

#include <stddef.h>

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

/* Messages go out one by one on a terminal, else a buffer at a time
 * (see diag_flush()).  Call before the first message. */
void diag_init(void);

void diag(const char *fmt, ...) PRINTF_LIKE(1, 2);

/* "raserr: " word tail: a message about a word from the input or the
 * command line.  The len bytes at word may be anything: control bytes,
 * backslashes and broken UTF-8 are shown as \xHH, as in "\x1B[2J". */
void diag_word(const char *word, size_t len, const char *tail);

/* Writes out the messages waiting.  Returns 0, or EOF as fflush(). */
int diag_flush(void);

#endif
