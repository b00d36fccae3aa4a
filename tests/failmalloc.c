/*
 * A malloc that fails on purpose, for tests/oom.sh.  Preloaded
 * (LD_PRELOAD), it makes allocation number FAILMALLOC (from 1) of the
 * process return NULL, and with FAILMALLOC_COUNT=FILE it writes how many
 * allocations there were when the process ends.  glibc only: it reaches
 * the real allocator through glibc's __libc_* names.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

void *__libc_malloc(size_t);
void *__libc_calloc(size_t, size_t);
void *__libc_realloc(void *, size_t);

static unsigned long calls, fail_at;
static int started;

/* Whether this allocation is the one to fail; getenv() allocates nothing. */
static int
failing(void)
{
	const char *s;

	if (!started) {
		started = 1;
		if ((s = getenv("FAILMALLOC")) != NULL)
			fail_at = strtoul(s, NULL, 10);
	}
	if (++calls != fail_at)
		return 0;
	errno = ENOMEM;
	return 1;
}

void *
malloc(size_t n)
{
	return failing() ? NULL : __libc_malloc(n);
}

void *
calloc(size_t n, size_t size)
{
	return failing() ? NULL : __libc_calloc(n, size);
}

void *
realloc(void *p, size_t n)
{
	return failing() ? NULL : __libc_realloc(p, n);
}

/* At exit, however the program ends but by a signal. */
__attribute__((destructor)) static void
report_count(void)
{
	const char *file = getenv("FAILMALLOC_COUNT");
	char buf[32];
	int fd, n;

	if (file == NULL || (fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0644)) < 0)
		return;
	n = snprintf(buf, sizeof buf, "%lu\n", calls);
	if (n > 0 && write(fd, buf, (size_t)n) < 0)
		n = 0;
	close(fd);
}
