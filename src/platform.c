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
#include <windows.h>

void
platform_init(void)
{
	_setmode(_fileno(stdin), _O_BINARY);
	_setmode(_fileno(stdout), _O_BINARY);
	_setmode(_fileno(stderr), _O_BINARY);
	SetConsoleOutputCP(CP_UTF8);
}

int
reader_gone(int err)
{
	return err == EPIPE || err == EINVAL;
}

static int
system_width(int fd)
{
	CONSOLE_SCREEN_BUFFER_INFO info;
	HANDLE h = (HANDLE)_get_osfhandle(fd);

	if (h == INVALID_HANDLE_VALUE || !GetConsoleScreenBufferInfo(h, &info))
		return 0;
	return info.srWindow.Right - info.srWindow.Left + 1;
}
#else
void
platform_init(void)
{
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
