/*
 * Where the C runtime differs.  On Windows: binary standard streams (stderr too), so
 * a NUL or ^Z in the input is just a byte and the output is the same LF
 * text as elsewhere; and a UTF-8 console, for the catalogue's quotes
 * and dashes.  Elsewhere nothing.
 */
#ifndef PLATFORM_H
#define PLATFORM_H

#include <fcntl.h>

#ifndef O_BINARY
#define O_BINARY 0
#endif

void platform_init(void);

/* Is err what a write gets when the reader of the pipe has gone?  EPIPE,
 * and on Windows EINVAL, which its C runtime makes of ERROR_NO_DATA. */
int reader_gone(int err);

/* The width of the terminal fd is, in columns: as the terminal says,
 * else as $COLUMNS says, else 80. */
int terminal_width(int fd);

#endif
