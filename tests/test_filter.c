/*
 * The filter: it must find every place a code form starts, across the
 * edges of its 64-byte blocks, and pass over ordinary log text.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "filter.h"

/* filter_next(), which takes the masks as wide as the processor can,
 * checked against the same filter taking them sixteen bytes a step. */
static size_t
both(const char *s, size_t len, size_t from)
{
	size_t wide = filter_next(s, len, from);

	assert_int_equal(wide, filter_next_narrow(s, len, from));
	return wide;
}

/* spaces, and form at offset at */
static size_t
place(char *line, size_t size, size_t at, const char *form)
{
	size_t n = strlen(form);

	assert_true(at + n + 1 <= size);
	memset(line, ' ', at);
	memcpy(line + at, form, n);
	line[at + n] = '\0';
	return at + n;
}

/* Each form, at every offset over the first two block edges, is found
 * where its digits or name begin; nothing before it is. */
static void
test_forms_everywhere(void **state)
{
	static const struct {
		const char *form;
		size_t start;	/* of what the filter points at */
	} forms[] = {
		{ "691", 0 }, { "0x2B3", 0 }, { "0X800702b3", 0 },
		{ "800702B3h", 0 }, { "8007026f", 0 }, { "2147943091", 0 },
		{ "2148007935", 0 }, { "-2147024205", 1 }, { "0000000691", 0 },
		{ "ERROR_VPN_TIMEOUT", 0 }, { "ERROR\\_VPN\\_TIMEOUT", 0 },
		{ "(691)", 1 }, { "E=691", 2 },
		{ "code:809.", 5 }, { "999", 0 }, { "600", 0 }, { "13801", 0 },
		{ "Name='RasClient'", 6 }, { "Source: RemoteAccess", 8 }, { "EventID", 0 },
		{ "<Event xmlns", 1 }, { "error_691", 6 }, { "a_691", 2 }, { "\xef\xbc\x98\xef\xbc\x90\xef\xbc\x99", 0 },
	};
	char line[256];
	size_t f, at, len;

	(void)state;
	for (f = 0; f < sizeof forms / sizeof forms[0]; f++)
		for (at = 0; at < 140; at++) {
			len = place(line, sizeof line, at, forms[f].form);
			if (both(line, len, 0) != at + forms[f].start)
				fail_msg("\"%s\" at %zu: filter points at %zu",
				    forms[f].form, at, both(line, len, 0));
		}
}

/* Numbers no code form has, at every offset too. */
static void
test_not_forms(void **state)
{
	static const char *const forms[] = {
		"599", "1691", "69", "12.734", "pppd[755]", "691ms", "x691",
		"691%", "2026", "80060", "1400", "0y2B3",
		"ERROR", "ERROR-X", "21469", "1.2.3.4", "12147943091", "180070",
		"2026-11-26 05:49:12",
	};
	char line[256];
	size_t f, at, len;

	(void)state;
	for (f = 0; f < sizeof forms / sizeof forms[0]; f++)
		for (at = 0; at < 140; at++) {
			len = place(line, sizeof line, at, forms[f]);
			if (both(line, len, 0) != len)
				fail_msg("\"%s\" at %zu: filter points at %zu",
				    forms[f], at, both(line, len, 0));
		}
}

/* Ordinary log lines are passed over whole. */
static void
test_log_lines(void **state)
{
	static const char *const lines[] = {
		"2026-11-05 13:45:12 host07 kernel: ppp0: link up, MTU 1400, "
		    "1523 bytes sent",
		"2026-11-05 13:45:12.734 host07 charon[812]: 09[IKE] sending "
		    "keep alive to 203.0.113.7[4500]",
		"Nov 26 05:49:12 vpn01 pppd[2231]: Connect time 12.5 minutes.",
		"Rasdial: the user CONTOSO\\jsmith has started dialing a VPN "
		    "connection, event 20221",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof lines / sizeof lines[0]; i++)
		assert_int_equal(both(lines[i], strlen(lines[i]), 0),
		    strlen(lines[i]));
}

/* From from on: what lies before is not found, and digits that go on
 * from before from do not start a run. */
static void
test_from(void **state)
{
	const char *s = "error 691 and 1800 and 0x2B3";
	size_t len = strlen(s);

	(void)state;
	assert_int_equal(both(s, len, 0), 6);
	assert_int_equal(both(s, len, 7), 23);
	assert_int_equal(both(s, len, 15), 23);	/* "800" of 1800 */
	assert_int_equal(both(s, len, 24), len);
	assert_int_equal(both(s, len, len), len);
	assert_int_equal(both(s, 0, 0), 0);
}

/* Newlines counted right at every length, and past the 255 a lane of
 * the wide count can hold. */
static void
test_newlines(void **state)
{
	static char text[20000];
	size_t i, n, want;

	(void)state;
	for (i = 0; i < sizeof text; i++)
		text[i] = i % 7 == 0 || i % 11 == 0 ? '\n' : 'a';
	for (n = 0, want = 0; n <= 5000; want += text[n++] == '\n')
		assert_int_equal(filter_newlines(text, n), want);
	assert_int_equal(filter_newlines(text + 1, sizeof text - 1),
	    filter_newlines(text, sizeof text) - 1);
	for (n = 0; n < sizeof text; n += 997)
		assert_int_equal(filter_newlines(text + n % 13, sizeof text - n),
		    filter_newlines_plain(text + n % 13, sizeof text - n));
	for (n = 0; n < sizeof text; n += 997)
		assert_int_equal(filter_newlines_narrow(text + n % 13, sizeof text - n),
		    filter_newlines_plain(text + n % 13, sizeof text - n));
	memset(text, '\n', sizeof text);
	assert_int_equal(filter_newlines(text, sizeof text), sizeof text);
	assert_int_equal(filter_newlines(text + 3, 16 * 255 + 5), 16 * 255 + 5);
	assert_int_equal(filter_newlines(text, 16 * 256 * 3 + 7), 16 * 256 * 3 + 7);
	assert_int_equal(filter_newlines_narrow(text, 16 * 256 * 3 + 7),
	    16 * 256 * 3 + 7);
}

static void
same_masks(const unsigned char *block)
{
	struct filter_masks narrow = filter_masks(block, 0);
	struct filter_masks fast = filter_masks(block, 1);
	struct filter_masks plain = filter_masks_plain(block);

	assert_true(narrow.digits == plain.digits);
	assert_true(narrow.starts == plain.starts);
	assert_true(fast.digits == plain.digits);
	assert_true(fast.starts == plain.starts);
}

/* The fast digit masks equal the plain ones: every byte value at every
 * place of a block, and blocks of random bytes weighted to digits. */
static void
test_masks_fast_and_plain(void **state)
{
	unsigned char block[64];
	unsigned long seed = 1;
	int v, k, n;

	(void)state;
	for (v = 0; v < 256; v++)
		for (k = 0; k < 64; k++) {
			memset(block, '5', sizeof block);
			block[k] = (unsigned char)v;
			same_masks(block);
		}
	for (n = 0; n < 100000; n++) {
		for (k = 0; k < 64; k++) {
			seed = seed * 1103515245 + 12345;
			block[k] = (unsigned char)(seed >> 16 & 1 ? '0' + (seed >> 17) % 10 :
			    seed >> 20);
		}
		same_masks(block);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_masks_fast_and_plain),
		cmocka_unit_test(test_forms_everywhere),
		cmocka_unit_test(test_not_forms),
		cmocka_unit_test(test_log_lines),
		cmocka_unit_test(test_from),
		cmocka_unit_test(test_newlines),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
