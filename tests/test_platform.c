/* The platform's calls, as they behave on this system. */
#define _XOPEN_SOURCE 700	/* posix_openpt() */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <cmocka.h>

#include "platform.h"

/* A directory is refused before it is opened; a missing file says so. */
static void
test_open_input(void **state)
{
	int fd;

	(void)state;
	errno = 0;
	assert_int_equal(open_input("."), -1);
	assert_int_equal(errno, EISDIR);
	assert_int_equal(open_input("no/such/file"), -1);
	assert_int_equal(errno, ENOENT);
	assert_true((fd = open_input("Makefile")) >= 0);
	close(fd);
}

/* A pipe is no terminal: no colour; a pseudo-terminal is one. */
static void
test_terminal(void **state)
{
	int p[2], master, slave;

	(void)state;
	assert_int_equal(pipe(p), 0);
	assert_false(is_terminal(p[1]));
	assert_false(terminal_color(p[1]));
	close(p[0]);
	close(p[1]);
	if ((master = posix_openpt(O_RDWR | O_NOCTTY)) < 0) {
		skip();
		return;
	}
	assert_int_equal(grantpt(master), 0);
	assert_int_equal(unlockpt(master), 0);
	assert_true((slave = open(ptsname(master), O_RDWR | O_NOCTTY)) >= 0);
	assert_true(is_terminal(slave));
	assert_true(terminal_color(slave));
	close(slave);
	close(master);
}

/* Elsewhere than Windows, argv is the arguments as given. */
static void
test_args(void **state)
{
	char a0[] = "raserr", a1[] = "caf\xc3\xa9";
	char *argv[] = { a0, a1, NULL };
	int argc = 2;

	(void)state;
	assert_ptr_equal(platform_args(&argc, argv), argv);
	assert_int_equal(argc, 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_open_input),
		cmocka_unit_test(test_terminal),
		cmocka_unit_test(test_args),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
