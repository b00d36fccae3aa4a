/* Operand parsing: every form, and every way a word can be wrong. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "operand.h"

static struct query
parse(const char *s)
{
	struct query q;

	parse_query(s, strlen(s), &q);
	/* messages print shown by this length */
	assert_int_equal(q.shown_len, strlen(q.shown));
	return q;
}

static void
assert_code(const char *s, long code, const char *how)
{
	struct query q = parse(s);

	assert_int_equal(q.kind, Q_CODE);
	assert_int_equal(q.lo, code);
	assert_string_equal(q.how, how);
	assert_string_equal(q.shown, s);
}

static void
assert_why(const char *s, enum query_kind kind, const char *why)
{
	struct query q = parse(s);

	assert_int_equal(q.kind, kind);
	assert_string_equal(q.why, why);
}

static void
test_decimal_and_hex(void **state)
{
	(void)state;
	assert_code("691", 691, "");
	assert_code("0691", 691, "");
	assert_code("0", 0, "");
	assert_code("99999", 99999, "");
	assert_code("0x2B3", 691, "0x2B3 \xe2\x86\x92 691");
	assert_code("0X2b3", 691, "0X2b3 \xe2\x86\x92 691");
	assert_code("2B3h", 691, "2B3h \xe2\x86\x92 691");
}

static void
test_hresult(void **state)
{
	(void)state;
	assert_code("0x800702B3", 691, "0x800702B3 \xe2\x86\x92 HRESULT_FROM_WIN32(691)");
	assert_code("800702B3h", 691,
	    "800702B3h = 0x800702B3 \xe2\x86\x92 HRESULT_FROM_WIN32(691)");
	assert_code("800702b3H", 691,
	    "800702b3H = 0x800702B3 \xe2\x86\x92 HRESULT_FROM_WIN32(691)");
	assert_code("2147943091", 691,
	    "2147943091 = 0x800702B3 \xe2\x86\x92 HRESULT_FROM_WIN32(691)");
	assert_code("-2147024205", 691,
	    "-2147024205 = 0x800702B3 \xe2\x86\x92 HRESULT_FROM_WIN32(691)");
	assert_why("0x80004005", Q_NOTRAS,
	    "0x80004005 is an HRESULT with facility 0, not a RAS code");
	assert_why("-2147467259", Q_NOTRAS,
	    "-2147467259 is an HRESULT with facility 0, not a RAS code");
	assert_why("100000", Q_NOTRAS, "100000 is not a RAS code");
	assert_why("0x7FFFFFFF", Q_NOTRAS, "0x7FFFFFFF is not a RAS code");
}

static void
test_limits(void **state)
{
	(void)state;
	/* 2^31, 2^32 - 1, 2^32, 2^63, 2^64 in each form */
	assert_why("2147483648", Q_NOTRAS,
	    "2147483648 is an HRESULT with facility 0, not a RAS code");
	assert_why("4294967295", Q_NOTRAS,
	    "4294967295 is an HRESULT with facility 2047, not a RAS code");
	assert_why("4294967296", Q_BAD, "4294967296: number out of range");
	assert_why("0x100000000", Q_BAD, "0x100000000: number out of range");
	assert_why("-2147483648", Q_NOTRAS,
	    "-2147483648 is an HRESULT with facility 0, not a RAS code");
	assert_why("-2147483649", Q_BAD, "-2147483649: number out of range");
	assert_why("9223372036854775808", Q_BAD,
	    "9223372036854775808: number out of range");
	assert_why("18446744073709551616", Q_BAD,
	    "18446744073709551616: number out of range");
	assert_why("99999999999999999999", Q_BAD,
	    "99999999999999999999: number out of range");
	assert_why("99999999999999999999x", Q_BAD,
	    "99999999999999999999x: not a code, range or name");
}

static void
test_ranges(void **state)
{
	struct query q = parse("600-610");

	(void)state;
	assert_int_equal(q.kind, Q_RANGE);
	assert_int_equal(q.lo, 600);
	assert_int_equal(q.hi, 610);
	q = parse("0x258-0x262");
	assert_int_equal(q.kind, Q_RANGE);
	assert_int_equal(q.lo, 600);
	assert_int_equal(q.hi, 610);
	assert_why("700-600", Q_BAD, "700-600: range runs backwards");
	assert_why("0-", Q_BAD, "0-: malformed range");
	assert_why("600-", Q_BAD, "600-: malformed range");
	assert_why("600--610", Q_BAD, "600--610: malformed range");
	assert_why("-600-610", Q_BAD, "-600-610: malformed range");
	assert_why("600-610-620", Q_BAD, "600-610-620: malformed range");
	assert_why("600-100000", Q_BAD, "600-100000: range end out of range (0-99999)");
	assert_why("600-99999999999999999999", Q_BAD,
	    "600-99999999999999999999: range end out of range (0-99999)");
}

static void
test_names(void **state)
{
	(void)state;
	assert_int_equal(parse("ERROR_VPN_TIMEOUT").kind, Q_NAME);
	assert_int_equal(parse("vpn_timeout").kind, Q_NAME);
	assert_int_equal(parse("_x1").kind, Q_NAME);
	assert_string_equal(parse("Pending").shown, "Pending");
}

static void
test_malformed(void **state)
{
	struct query q;
	char nul[] = { '6', '\0', '1' };
	char big[200];

	(void)state;
	assert_why("12abc", Q_BAD, "12abc: not a code, range or name");
	assert_why("-", Q_BAD, "-: not a code, range or name");
	assert_why("+691", Q_BAD, "+691: not a code, range or name");
	assert_why("0x", Q_BAD, "0x: not a code, range or name");
	assert_int_equal(parse("h").kind, Q_NAME);
	assert_code("1h", 1, "1h \xe2\x86\x92 1");
	assert_why("6.91", Q_BAD, "6.91: not a code, range or name");
	assert_why("", Q_BAD, "empty operand");
	assert_why("a\\b", Q_BAD, "a\\x5Cb: not a code, range or name");
	assert_why("\xd0\xbe\xd1\x88", Q_BAD,
	    "\xd0\xbe\xd1\x88: not a code, range or name");
	assert_why("\xff\x1b[2J", Q_BAD, "\\xFF\\x1B[2J: not a code, range or name");

	parse_query(nul, sizeof nul, &q);
	assert_int_equal(q.kind, Q_BAD);
	assert_string_equal(q.why, "6\\x001: not a code, range or name");
	assert_int_equal(q.shown_len, strlen(q.shown));

	memset(big, '7', sizeof big);
	parse_query(big, sizeof big, &q);
	assert_int_equal(q.kind, Q_BAD);
	assert_string_equal(q.why, "77777777777777777777...: operand too long");
	assert_int_equal(q.shown_len, strlen(q.shown));
	parse_query(big, QUERY_WORD_MAX, &q);
	assert_int_equal(q.kind, Q_BAD);
	assert_string_equal(q.why + QUERY_WORD_MAX, ": number out of range");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decimal_and_hex),
		cmocka_unit_test(test_hresult),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_ranges),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_malformed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
