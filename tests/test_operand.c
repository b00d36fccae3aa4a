/* Operand parsing: every form, and every way a word can be wrong. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "operand.h"

static struct operand
parse(const char *s)
{
	struct operand op;

	parse_operand(s, strlen(s), &op);
	/* what is left of the word lies inside it */
	assert_true(op.start >= s && op.start + op.len <= s + strlen(s));
	return op;
}

/* s is the code, written in form; the operand is the part of s kept. */
static void
assert_code(const char *s, long code, enum operand_form form,
    unsigned long value, const char *kept)
{
	struct operand op = parse(s);

	assert_int_equal(op.kind, OPERAND_CODE);
	assert_int_equal(op.lo, code);
	assert_int_equal(op.hi, code);
	assert_int_equal(op.form, form);
	assert_int_equal(op.value, value);
	assert_int_equal(op.len, strlen(kept));
	assert_memory_equal(op.start, kept, op.len);
}

static void
assert_bad(const char *s, enum operand_reason reason)
{
	struct operand op = parse(s);

	assert_int_equal(op.kind, OPERAND_BAD);
	assert_int_equal(op.reason, reason);
}

/* A well-formed number that is no code: value as 32 bits, and the
 * HRESULT facility it has (-1 for none). */
static void
assert_number(const char *s, unsigned long value, long facility)
{
	struct operand op = parse(s);

	assert_int_equal(op.kind, OPERAND_NUMBER);
	assert_int_equal(op.value, value);
	assert_int_equal(hresult_facility(op.value), facility);
}

static void
assert_kind(const char *s, enum operand_kind kind)
{
	assert_int_equal(parse(s).kind, kind);
}

static void
test_decimal_and_hex(void **state)
{
	(void)state;
	assert_code("691", 691, FORM_DECIMAL, 691, "691");
	assert_code("0691", 691, FORM_DECIMAL, 691, "0691");
	assert_code("0", 0, FORM_DECIMAL, 0, "0");
	assert_code("99999", 99999, FORM_DECIMAL, 99999, "99999");
	assert_code("0x2B3", 691, FORM_HEX, 691, "0x2B3");
	assert_code("0X2b3", 691, FORM_HEX, 691, "0X2b3");
	assert_code("2B3h", 691, FORM_HEX_SUFFIX, 691, "2B3h");
	assert_code("1h", 1, FORM_HEX_SUFFIX, 1, "1h");
}

static void
test_hresult(void **state)
{
	(void)state;
	assert_code("0x800702B3", 691, FORM_HEX, 0x800702B3UL, "0x800702B3");
	assert_code("800702B3h", 691, FORM_HEX_SUFFIX, 0x800702B3UL, "800702B3h");
	assert_code("800702b3H", 691, FORM_HEX_SUFFIX, 0x800702B3UL, "800702b3H");
	assert_code("2147943091", 691, FORM_DECIMAL, 0x800702B3UL, "2147943091");
	assert_code("-2147024205", 691, FORM_NEGATIVE, 0x800702B3UL, "-2147024205");
	assert_number("0x80004005", 0x80004005UL, 0);
	assert_number("-2147467259", 0x80004005UL, 0);
	assert_number("100000", 100000, -1);
	assert_number("0x7FFFFFFF", 0x7FFFFFFFUL, -1);
}

/* Eight hex digits with the top bit set, as Windows shows an HRESULT. */
/* Plain decimal words take a quicker way: it must agree with the
 * general one, which "(n)" takes. */
static void
test_plain_decimal(void **state)
{
	char word[16], wrapped[24];
	struct operand a, b;
	long n;

	(void)state;
	for (n = 0; n <= 100000; n += n < 2000 ? 1 : 7) {
		snprintf(word, sizeof word, n % 3 == 0 ? "%05ld" : "%ld", n);
		snprintf(wrapped, sizeof wrapped, "(%s)", word);
		parse_operand(word, strlen(word), &a);
		parse_operand(wrapped, strlen(wrapped), &b);
		assert_int_equal(a.kind, b.kind);
		assert_int_equal(a.form, b.form);
		assert_int_equal(a.reason, b.reason);
		assert_int_equal(a.lo, b.lo);
		assert_int_equal(a.hi, b.hi);
		assert_int_equal(a.value, b.value);
		assert_ptr_equal(a.start, word);
		assert_ptr_equal(b.start, wrapped + 1);
		assert_int_equal(a.len, b.len);
	}
}

static void
test_bare_hresult(void **state)
{
	(void)state;
	assert_code("800702B3", 691, FORM_HEX_BARE, 0x800702B3UL, "800702B3");
	assert_code("8007026f", 623, FORM_HEX_BARE, 0x8007026FUL, "8007026f");
	assert_number("80004005", 0x80004005UL, 0);
	/* eight digits too: as a decimal number no code either */
	assert_code("80070691", 1681, FORM_HEX_BARE, 0x80070691UL, "80070691");
	/* not eight digits, or the top bit clear: decimal as ever */
	assert_number("70070691", 70070691UL, -1);
	assert_bad("800702B", REASON_MALFORMED);
	assert_bad("0800702B3", REASON_MALFORMED);
	assert_bad("700702B3", REASON_MALFORMED);
}

static void
test_limits(void **state)
{
	(void)state;
	/* 2^31, 2^32 - 1, 2^32, 2^63, 2^64 in each form */
	assert_number("2147483648", 0x80000000UL, 0);
	assert_number("4294967295", 0xFFFFFFFFUL, -1);
	assert_bad("4294967296", REASON_OUT_OF_RANGE);
	assert_bad("0x100000000", REASON_OUT_OF_RANGE);
	assert_number("-2147483648", 0x80000000UL, 0);
	assert_bad("-2147483649", REASON_OUT_OF_RANGE);
	assert_bad("9223372036854775808", REASON_OUT_OF_RANGE);
	assert_bad("18446744073709551616", REASON_OUT_OF_RANGE);
	assert_bad("99999999999999999999", REASON_OUT_OF_RANGE);
	assert_bad("99999999999999999999x", REASON_MALFORMED);
}

/* A negative number that is no HRESULT in use is just a number. */
static void
test_negative(void **state)
{
	(void)state;
	assert_number("-1", 0xFFFFFFFFUL, -1);
	assert_number("-5", 0xFFFFFFFBUL, -1);
	assert_number("-2147483647", 0x80000001UL, 0);
	assert_int_equal(hresult_facility(0x8007FFFFUL), 7);
	assert_int_equal(hresult_facility(0x87FF0000UL), 2047);
	assert_int_equal(hresult_facility(0xC0000005UL), -1);
	assert_int_equal(hresult_facility(0x7FFFFFFFUL), -1);
}

static void
test_ranges(void **state)
{
	struct operand op = parse("600-610");

	(void)state;
	assert_int_equal(op.kind, OPERAND_RANGE);
	assert_int_equal(op.lo, 600);
	assert_int_equal(op.hi, 610);
	op = parse("0x258-0x262");
	assert_int_equal(op.kind, OPERAND_RANGE);
	assert_int_equal(op.lo, 600);
	assert_int_equal(op.hi, 610);
	op = parse("(13700-13810)");
	assert_int_equal(op.kind, OPERAND_RANGE);
	assert_int_equal(op.lo, 13700);
	assert_int_equal(op.hi, 13810);
	assert_bad("700-600", REASON_RANGE_BACKWARDS);
	assert_bad("0-", REASON_RANGE_MALFORMED);
	assert_bad("600-", REASON_RANGE_MALFORMED);
	assert_bad("600--610", REASON_RANGE_MALFORMED);
	assert_bad("-600-610", REASON_RANGE_MALFORMED);
	assert_bad("600-610-620", REASON_RANGE_MALFORMED);
	assert_bad("600-100000", REASON_RANGE_END);
	assert_bad("600-99999999999999999999", REASON_RANGE_END);
}

static void
test_names(void **state)
{
	struct operand op = parse("\"ERROR_VPN_TIMEOUT\".");

	(void)state;
	assert_int_equal(op.kind, OPERAND_NAME);
	assert_int_equal(op.len, strlen("ERROR_VPN_TIMEOUT"));
	assert_memory_equal(op.start, "ERROR_VPN_TIMEOUT", op.len);
	assert_kind("vpn_timeout", OPERAND_NAME);
	assert_kind("_x1", OPERAND_NAME);
	/* a name with no underscore is one when the catalogue has it */
	assert_kind("Pending", OPERAND_NAME);
	assert_kind("NOT_A_NAME", OPERAND_NAME);
}

/* What people paste: brackets, quotes, a full stop, a key. */
static void
test_pasted(void **state)
{
	(void)state;
	assert_code("(691)", 691, FORM_DECIMAL, 691, "691");
	assert_code("[691]", 691, FORM_DECIMAL, 691, "691");
	assert_code("691.", 691, FORM_DECIMAL, 691, "691");
	assert_code("691:", 691, FORM_DECIMAL, 691, "691");
	assert_code("\"691\"", 691, FORM_DECIMAL, 691, "691");
	assert_code("'691'", 691, FORM_DECIMAL, 691, "691");
	assert_code("#691", 691, FORM_DECIMAL, 691, "691");
	assert_code("\xe2\x80\x9c" "691" "\xe2\x80\x9d", 691, FORM_DECIMAL, 691, "691");
	assert_code("(0x800702B3).", 691, FORM_HEX, 0x800702B3UL, "0x800702B3");
	assert_code("E=691", 691, FORM_DECIMAL, 691, "691");
	assert_code("error=691", 691, FORM_DECIMAL, 691, "691");
	assert_code("code:691", 691, FORM_DECIMAL, 691, "691");
	assert_code("ErrorCode=(691)", 691, FORM_DECIMAL, 691, "691");
	assert_code("hr=0x800702B3", 691, FORM_HEX, 0x800702B3UL, "0x800702B3");
	assert_bad("(12abc)", REASON_MALFORMED);
	assert_bad("E=12abc", REASON_MALFORMED);
}

/* Words that are no code, range or name, nor meant as numbers: prose. */
static void
test_text(void **state)
{
	struct operand op = parse("failure.");
	char long_word[100];

	(void)state;
	assert_int_equal(op.kind, OPERAND_TEXT);
	assert_int_equal(op.len, strlen("failure."));	/* read as given */
	assert_kind("VPN", OPERAND_TEXT);
	assert_kind("h", OPERAND_TEXT);
	assert_kind("xyzzy", OPERAND_TEXT);
	assert_kind("6.91x", OPERAND_BAD);
	assert_kind("-", OPERAND_TEXT);
	assert_kind("(", OPERAND_TEXT);
	assert_kind("a\\b", OPERAND_TEXT);
	assert_kind("\xd0\xbe\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0", OPERAND_TEXT);
	assert_kind("user=bob", OPERAND_TEXT);
	assert_kind("vpn.example.com:809", OPERAND_TEXT);
	assert_kind("FFFFFFFFh", OPERAND_TEXT);
	memset(long_word, 'x', sizeof long_word);
	parse_operand(long_word, OPERAND_MAX + 1, &op);
	assert_int_equal(op.kind, OPERAND_TEXT);
	/* cut inside a character: still prose */
	memcpy(long_word + OPERAND_MAX, "\xd0", 1);
	parse_operand(long_word, OPERAND_MAX + 1, &op);
	assert_int_equal(op.kind, OPERAND_TEXT);
}

static void
test_malformed(void **state)
{
	struct operand op;
	char nul[] = { '6', '\0', '1' };
	char big[200];

	(void)state;
	assert_bad("12abc", REASON_MALFORMED);
	assert_bad("+691", REASON_MALFORMED);
	assert_bad("0x", REASON_MALFORMED);
	assert_bad("6.91", REASON_MALFORMED);
	assert_bad("", REASON_EMPTY);
	assert_bad("\xff\x1b[2J", REASON_MALFORMED);
	assert_bad("x\x1b", REASON_MALFORMED);

	parse_operand(nul, sizeof nul, &op);
	assert_int_equal(op.kind, OPERAND_BAD);
	assert_int_equal(op.reason, REASON_MALFORMED);

	memset(big, '7', sizeof big);
	parse_operand(big, sizeof big, &op);
	assert_int_equal(op.kind, OPERAND_BAD);
	assert_int_equal(op.reason, REASON_TOO_LONG);
	parse_operand(big, OPERAND_MAX, &op);
	assert_int_equal(op.kind, OPERAND_BAD);
	assert_int_equal(op.reason, REASON_OUT_OF_RANGE);
	memset(big, 0, sizeof big);
	parse_operand(big, sizeof big, &op);
	assert_int_equal(op.reason, REASON_TOO_LONG);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decimal_and_hex),
		cmocka_unit_test(test_hresult),
		cmocka_unit_test(test_plain_decimal),
		cmocka_unit_test(test_bare_hresult),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_negative),
		cmocka_unit_test(test_ranges),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_pasted),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_malformed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
