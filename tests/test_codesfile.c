/* The generator's reader: what it accepts, and each rejection, exactly. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "gen/codesfile.h"

/* Reads text as file "t.txt"; returns codesfile_read()'s result. */
static int
read_text(const char *text, size_t len, struct catalogue *cat, char *err,
    size_t errsz)
{
	FILE *fp = fmemopen((void *)text, len, "r");
	int rc;

	assert_non_null(fp);
	err[0] = '\0';
	rc = codesfile_read(fp, "t.txt", cat, err, errsz);
	fclose(fp);
	return rc;
}

static void
test_good_file(void **state)
{
	static const char text[] =
	    "# comment\n"
	    "\n"
	    "691 ERROR_AUTHENTICATION_FAILURE\n"
	    "\tmessage\tAccess denied\xe2\x80\x99s \\\\ \\t \\n end.\n"
	    "\twindows\t7\n"
	    "\twin32\tERROR_DBG_TERMINATE_THREAD Debugger terminated thread.\n"
	    "   \t \n"
	    "600  PENDING\n"
	    "  message   An operation is pending.\n"
	    "  win32 ERROR_ALONE";
	struct catalogue cat;
	char err[256];

	(void)state;
	assert_int_equal(read_text(text, sizeof text - 1, &cat, err, sizeof err), 0);
	assert_int_equal(cat.n, 2);
	assert_int_equal(cat.rec[0].code, 600);	/* sorted */
	assert_string_equal(cat.rec[0].name, "PENDING");
	assert_string_equal(cat.rec[0].win32_name, "ERROR_ALONE");
	assert_null(cat.rec[0].win32_message);
	assert_int_equal(cat.rec[1].line, 3);
	assert_string_equal(cat.rec[1].field[F_MESSAGE],
	    "Access denied\xe2\x80\x99s \\ \t \n end.");
	assert_string_equal(cat.rec[1].field[F_WINDOWS], "7");
	assert_string_equal(cat.rec[1].win32_message, "Debugger terminated thread.");
	assert_null(cat.rec[1].field[F_NOTE]);
	codesfile_free(&cat);
}

/* A hint and its source are read, and written back the same. */
static void
test_source_round_trip(void **state)
{
	static const char text[] =
	    "809 ERROR_VPN_TIMEOUT\n"
	    "\tmessage\tNo reply.\n"
	    "\tsource\thttps://learn.example/vpn?a=1#809\n"
	    "\thint\tUDP 500 blocked.\n"
	    "691 A\n"
	    "\tmessage\tDenied.\n"
	    "\thint\tCheck the password\\n.\n"
	    "\tsource\thttp://kb.example/Q1\n";
	static const char want[] =
	    "691 A\n"
	    "\tmessage\tDenied.\n"
	    "\thint\tCheck the password\\n.\n"
	    "\tsource\thttp://kb.example/Q1\n"
	    "809 ERROR_VPN_TIMEOUT\n"
	    "\tmessage\tNo reply.\n"
	    "\thint\tUDP 500 blocked.\n"
	    "\tsource\thttps://learn.example/vpn?a=1#809\n";
	struct catalogue cat, again;
	char err[256], *out = NULL;
	size_t len = 0;
	FILE *fp;

	(void)state;
	assert_int_equal(read_text(text, sizeof text - 1, &cat, err, sizeof err), 0);
	assert_string_equal(cat.rec[1].field[F_SOURCE],
	    "https://learn.example/vpn?a=1#809");
	assert_string_equal(cat.rec[0].field[F_HINT], "Check the password\n.");
	assert_non_null(fp = open_memstream(&out, &len));
	assert_int_equal(codesfile_write(fp, &cat), 0);
	fclose(fp);
	assert_string_equal(out, want);
	assert_int_equal(read_text(out, len, &again, err, sizeof err), 0);
	assert_string_equal(again.rec[1].field[F_SOURCE], cat.rec[1].field[F_SOURCE]);
	assert_string_equal(again.rec[0].field[F_HINT], cat.rec[0].field[F_HINT]);
	codesfile_free(&again);
	codesfile_free(&cat);
	free(out);
}

struct bad {
	const char *text;
	const char *err;
};

static void
test_rejections(void **state)
{
	static const struct bad bad[] = {
		{ "", "t.txt:1: no entries" },
		{ "# only\n", "t.txt:2: no entries" },
		{ "691 A\n\tmessage\tx\n691 B\n\tmessage\ty\n",
		  "t.txt:3: duplicate code 691 (also at line 1)" },
		{ "692 ERROR_A\n\tmessage\tx\n691 A\n\tmessage\ty\n",
		  "t.txt:3: duplicate name A (also at line 1)" },
		{ "691 A\n\tmessage\tx\n\tmessage\ty\n",
		  "t.txt:3: duplicate field 'message'" },
		{ "691 A\n\tnote\tx\n692 B\n\tmessage\ty\n",
		  "t.txt:1: entry 691 has no message" },
		{ "691 A\n", "t.txt:1: entry 691 has no message" },
		{ "691 A\n\tmessage\t\n", "t.txt:2: empty message" },
		{ "691 A\n\tmessage\n", "t.txt:2: empty message" },
		{ "691 A\n\tmessage\tx\\q\n", "t.txt:2: bad escape '\\q'" },
		{ "691 A\n\tmessage\tx\\\n", "t.txt:2: bad escape: '\\' at end of line" },
		{ "599 A\n\tmessage\tx\n",
		  "t.txt:1: code out of range: 599 (600-999, 13800-13999)" },
		{ "1000 A\n\tmessage\tx\n",
		  "t.txt:1: code out of range: 1000 (600-999, 13800-13999)" },
		{ "999999 A\n", "t.txt:1: code out of range" },
		{ "691\n", "t.txt:1: malformed entry line: want CODE NAME" },
		{ "691A\n", "t.txt:1: malformed entry line: want CODE NAME" },
		{ "691 A B\n", "t.txt:1: malformed entry line: want CODE NAME" },
		{ "691 a_b\n", "t.txt:1: malformed name 'a_b'" },
		{ "x691 A\n", "t.txt:1: malformed line" },
		{ "\tmessage\tx\n", "t.txt:1: field outside an entry" },
		{ "691 A\n\tmesage\tx\n", "t.txt:2: unknown key 'mesage'" },
		{ "691 A\n\tmessage\tx\n\thint\t\n", "t.txt:3: empty hint" },
		{ "691 A\n\tmessage\tx\n\thint\ty\n",
		  "t.txt:1: entry 691 has a hint but no source" },
		{ "691 A\n\tmessage\tx\n\thint\ty\n692 B\n\tmessage\tz\n",
		  "t.txt:1: entry 691 has a hint but no source" },
		{ "691 A\n\tmessage\tx\n\tsource\thttps://a.example/\n",
		  "t.txt:1: entry 691 has a source but no hint" },
		{ "691 A\n\tmessage\tx\n\thint\ty\n\tsource\t\n",
		  "t.txt:4: empty source" },
		{ "691 A\n\tmessage\tx\n\thint\ty\n\tsource\tftp://a.example/\n",
		  "t.txt:4: source must start with http:// or https://" },
		{ "691 A\n\tmessage\tx\n\thint\ty\n\tsource\tHTTPS://a.example/\n",
		  "t.txt:4: source must start with http:// or https://" },
		{ "691 A\n\tmessage\tx\n\thint\ty\n\tsource\twww.example.com\n",
		  "t.txt:4: source must start with http:// or https://" },
		{ "691 A\n\tmessage\tx\n\thint\ty\n\tsource\thttps://\n",
		  "t.txt:4: source has no address after its scheme" },
		{ "691 A\n\tmessage\tx\n\thint\ty\n\tsource\thttp://a.example/b c\n",
		  "t.txt:4: white space in source" },
		{ "691 A\n\tmessage\tx\n\thint\ty\n\tsource\thttp://a.example/\\tb\n",
		  "t.txt:4: white space in source" },
		{ "691 A\n\tmessage\tx\n\thint\ty\n\tsource\thttp://a.example/\\nb\n",
		  "t.txt:4: white space in source" },
		{ "691 A\n\tmessage\tx\n\thint\ty\n\tsource\thttp://a.example/\tb\n",
		  "t.txt:4: tab in source: write it as \\t" },
		{ "691 A\n\tmessage\tx\n\thint\ty\n\tsource\thttp://a/\n"
		  "\tsource\thttp://b/\n", "t.txt:5: duplicate field 'source'" },
		{ "691 A\n\tmessage\tx\n\tcurrent\ty\n\tcurrent\tz\n",
		  "t.txt:4: duplicate field 'current'" },
		{ "691 A\n\tmessage\tx\n\twin32\t\n", "t.txt:3: empty win32" },
		{ "691 A\n\tmessage\tx\n\talso\ty\\z\n", "t.txt:3: bad escape '\\z'" },
		{ "691 A\n\tmessage\tx \n", "t.txt:2: trailing white space" },
		{ "691 A\n\tmessage\tx\ty\n", "t.txt:2: tab in message: write it as \\t" },
		{ "691 A\n\tmessage\tx\n\twindows\t10\n",
		  "t.txt:3: unknown windows value '10'" },
		{ "691 A\n\tmessage\tx\n\twin32\terror_x y\n",
		  "t.txt:3: malformed win32 name 'error_x'" },
		{ "691 A\r\n\tmessage\tx\n", "t.txt:1: carriage return (CRLF line end?)" },
		{ "691 A\n\tmessage\tx\xff\n", "t.txt:2: invalid UTF-8" },
		{ "691 A\n\tmessage\tx\xe2\x80\n", "t.txt:2: invalid UTF-8" },
		{ "691 A\n\tmessage\t\xc0\xaf\n", "t.txt:2: invalid UTF-8" },
		{ "691 A\n\tmessage\tx\x1b[m\n", "t.txt:2: control character 0x1b" },
	};
	struct catalogue cat;
	char err[256];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		int rc = read_text(bad[i].text, strlen(bad[i].text), &cat, err,
		    sizeof err);

		if (rc != -1 || strcmp(err, bad[i].err) != 0)
			fail_msg("case %zu: got %d \"%s\", want \"%s\"", i, rc, err,
			    bad[i].err);
		codesfile_free(&cat);
	}
}

static void
test_nul_byte(void **state)
{
	static const char text[] = "691 A\n\tmessage\tx\0y\n";
	struct catalogue cat;
	char err[256];

	(void)state;
	assert_int_equal(read_text(text, sizeof text - 1, &cat, err, sizeof err), -1);
	assert_string_equal(err, "t.txt:2: NUL byte");
	codesfile_free(&cat);
}

static void
test_long_line(void **state)
{
	static char text[CODESFILE_LINE_MAX + 64];
	struct catalogue cat;
	char err[256];
	size_t n;

	(void)state;
	n = (size_t)sprintf(text, "691 A\n\tmessage\t");
	memset(text + n, 'x', CODESFILE_LINE_MAX);
	assert_int_equal(read_text(text, n + CODESFILE_LINE_MAX, &cat, err,
	    sizeof err), -1);
	assert_string_equal(err, "t.txt:2: line longer than 4000 bytes");
	codesfile_free(&cat);

	/* exactly the limit is fine */
	n = (size_t)sprintf(text, "691 A\n\tmessage\t");
	memset(text + n, 'x', CODESFILE_LINE_MAX - (n - 6));
	assert_int_equal(read_text(text, 6 + CODESFILE_LINE_MAX, &cat, err,
	    sizeof err), 0);
	codesfile_free(&cat);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_file),
		cmocka_unit_test(test_source_round_trip),
		cmocka_unit_test(test_rejections),
		cmocka_unit_test(test_nul_byte),
		cmocka_unit_test(test_long_line),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
