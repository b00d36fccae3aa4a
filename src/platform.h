/*
 * Where Windows differs, behind a few functions, so that the rest of the
 * program is the same everywhere.  On Windows: binary standard streams
 * (stderr too), so a NUL or ^Z in the input is just a byte and the
 * output is the same LF text as elsewhere; a UTF-8 console, for the
 * catalogue's quotes and dashes; arguments and file names in Unicode,
 * not the ANSI code page; the console, not the NUL device, counted as a
 * terminal, and asked for colour.
 */
#ifndef PLATFORM_H
#define PLATFORM_H

#include <fcntl.h>

#ifndef O_BINARY
#define O_BINARY 0
#endif

void platform_init(void);

/* The arguments as UTF-8: on Windows made from the UTF-16 command line
 * (with *argc), and kept until the program ends; elsewhere argv. */
char **platform_args(int *argc, char **argv);

/* Opens a file named in UTF-8 to read, as open(2) would; a directory is
 * refused with EISDIR, the same on every system. */
int open_input(const char *file);

/* Is fd a terminal a person reads?  On Windows a console: the C
 * runtime's isatty() also says yes for the NUL device. */
int is_terminal(int fd);

/* Can the terminal fd show ANSI colour?  A Windows console is asked to
 * take the sequences first; one that cannot (before Windows 10) says no. */
int terminal_color(int fd);

/* Is err what a write gets when the reader of the pipe has gone?  EPIPE,
 * and on Windows EINVAL, which its C runtime makes of ERROR_NO_DATA. */
int reader_gone(int err);

/* The width of the terminal fd is, in columns: as the terminal says,
 * else as $COLUMNS says, else 80. */
int terminal_width(int fd);

#endif
