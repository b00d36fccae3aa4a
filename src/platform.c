#include "platform.h"

#include <errno.h>

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
#endif
