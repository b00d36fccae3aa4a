/* The program's few calls that differ on Windows; see platform.h. */
#include "platform.h"

#include <errno.h>
#include <stdlib.h>

#ifndef _WIN32
#include <sys/ioctl.h>
#endif

/* What the system says, or 0 when it says nothing. */
static int system_width(int fd);

int
terminal_width(int fd)
{
	const char *s = getenv("COLUMNS");
	char *end;
	long n;
	int w = system_width(fd);

	if (w > 0)
		return w;
	if (s != NULL && *s != '\0') {
		errno = 0;
		n = strtol(s, &end, 10);
		if (*end == '\0' && errno == 0 && n > 0 && n <= 10000)
			return (int)n;
	}
	return 80;
}

#ifdef _WIN32
#include <io.h>
#include <stdio.h>
#include <wchar.h>
#include <windows.h>
#include <shellapi.h>

#include "utf16.h"

/* The console handle behind fd, or NULL; mode gets its mode. */
static HANDLE
console(int fd, DWORD *mode)
{
	HANDLE h = (HANDLE)_get_osfhandle(fd);

	if (h == INVALID_HANDLE_VALUE || !GetConsoleMode(h, mode))
		return NULL;
	return h;
}

int
is_terminal(int fd)
{
	DWORD mode;

	return console(fd, &mode) != NULL;
}

/*
 * A console shown a UTF-8 character a byte at a time shows garbage, and
 * a C runtime (Wine's) writes an unbuffered stream so: a buffer makes
 * each write whole.  The program flushes stdout before it waits for
 * input, and diag() each message.
 */
void
platform_init(void)
{
	_setmode(_fileno(stdin), _O_BINARY);
	_setmode(_fileno(stdout), _O_BINARY);
	_setmode(_fileno(stderr), _O_BINARY);
	SetConsoleOutputCP(CP_UTF8);
	if (is_terminal(_fileno(stdout)))
		setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	if (is_terminal(_fileno(stderr)))
		setvbuf(stderr, NULL, _IOFBF, 1 << 12);
}

/*
 * main()'s argv is in the ANSI code page, which turns a name such as
 * VPN日志.txt into VPN??.txt on most systems; the UTF-16 command line
 * holds it whole.  One block holds the pointers and the strings.  If
 * the command line cannot be read, the ANSI argv is still better than
 * nothing.
 */
char **
platform_args(int *argc, char **argv)
{
	wchar_t **w;
	char **a, *p;
	size_t size, i;
	int n;

	if ((w = CommandLineToArgvW(GetCommandLineW(), &n)) == NULL)
		return argv;
	size = ((size_t)n + 1) * sizeof *a;
	for (i = 0; i < (size_t)n; i++)
		size += UTF16_TO_UTF8_MAX(wcslen(w[i]));
	if ((a = malloc(size)) == NULL) {
		LocalFree(w);
		return argv;
	}
	p = (char *)(a + n + 1);
	for (i = 0; i < (size_t)n; i++) {
		a[i] = p;
		p += utf16_to_utf8((const uint16_t *)w[i], wcslen(w[i]), p) + 1;
	}
	a[n] = NULL;
	LocalFree(w);
	*argc = n;
	return a;
}

/* The UTF-16 name Windows' file calls take, or NULL (errno set). */
static wchar_t *
wide_name(const char *file)
{
	int n = MultiByteToWideChar(CP_UTF8, 0, file, -1, NULL, 0);
	wchar_t *w;

	if (n <= 0) {
		errno = EINVAL;
		return NULL;
	}
	if ((w = malloc((size_t)n * sizeof *w)) != NULL)
		MultiByteToWideChar(CP_UTF8, 0, file, -1, w, n);
	return w;
}

/* Windows would not open a directory and say "Permission denied". */
int
open_input(const char *file)
{
	wchar_t *w = wide_name(file);
	DWORD attr;
	int fd = -1;

	if (w == NULL)
		return -1;
	attr = GetFileAttributesW(w);
	if (attr != INVALID_FILE_ATTRIBUTES && (attr & FILE_ATTRIBUTE_DIRECTORY))
		errno = EISDIR;
	else
		fd = _wopen(w, _O_RDONLY | _O_BINARY);
	free(w);
	return fd;
}

/* The console keeps the mode after the program ends, as it does for
 * other programs that colour their output. */
int
terminal_color(int fd)
{
	DWORD mode;
	HANDLE h = console(fd, &mode);

	return h != NULL && ((mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING) ||
	    SetConsoleMode(h, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING));
}

int
reader_gone(int err)
{
	return err == EPIPE || err == EINVAL;
}

/* A console moves to the next line as soon as its last column is
 * written, so a line that filled it would be followed by an empty one:
 * one column is kept free. */
static int
system_width(int fd)
{
	CONSOLE_SCREEN_BUFFER_INFO info;
	HANDLE h = (HANDLE)_get_osfhandle(fd);

	if (h == INVALID_HANDLE_VALUE || !GetConsoleScreenBufferInfo(h, &info))
		return 0;
	return info.srWindow.Right - info.srWindow.Left;
}
#else
#include <unistd.h>
#include <sys/stat.h>

void
platform_init(void)
{
}

char **
platform_args(int *argc, char **argv)
{
	(void)argc;
	return argv;
}

int
open_input(const char *file)
{
	struct stat st;

	if (stat(file, &st) == 0 && S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		return -1;
	}
	return open(file, O_RDONLY);
}

int
is_terminal(int fd)
{
	return isatty(fd);
}

int
terminal_color(int fd)
{
	return isatty(fd);
}

int
reader_gone(int err)
{
	return err == EPIPE;
}

static int
system_width(int fd)
{
#ifdef TIOCGWINSZ
	struct winsize ws;

	if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
#else
	(void)fd;
#endif
	return 0;
}
#endif
