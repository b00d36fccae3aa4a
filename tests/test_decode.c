/*
 * What reaches the detector: UTF-16 and byte order marks decoded in
 * chunks cut anywhere, and lines in normal form (character references,
 * percent escapes, fullwidth forms).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "decode.h"
#include "normalize.h"

/* in[0..n) decoded in chunks of step bytes, gathered into out. */
static size_t
decode_all(const char *in, size_t n, size_t step, char *out)
{
	static char buf[DECODE_ROOM(4096)];
	struct decoder d;
	const char *p;
	size_t i, len, total = 0, take;

	decoder_init(&d);
	for (i = 0; i < n; i += take) {
		take = n - i < step ? n - i : step;
		p = decode(&d, in + i, take, buf, &len);
		memcpy(out + total, p, len);
		total += len;
	}
	total += decode_end(&d, out + total);
	return total;
}

static void
check(const char *in, size_t n, const char *want, size_t wantlen)
{
	char out[8192];
	size_t step, len;

	for (step = 1; step <= n + 1; step++) {
		len = decode_all(in, n, step, out);
		if (len != wantlen || memcmp(out, want, len) != 0)
			fail_msg("chunks of %zu: %zu bytes, want %zu", step, len, wantlen);
	}
}

#define CHECK(in, want) check(in, sizeof in - 1, want, sizeof want - 1)

static void
test_encodings(void **state)
{
	(void)state;
	/* UTF-16LE with a BOM, "Error 691" and U+8BEF, CRLF */
	CHECK("\xff\xfe" "E\0r\0r\0o\0r\0 \0" "6\0" "9\0" "1\0\xef\x8b\r\0\n\0",
	    "Error 691\xe8\xaf\xaf\r\n");
	/* UTF-16BE with a BOM */
	CHECK("\xfe\xff\0E\0r\0r\0o\0r\0 \0" "6\0" "9\0" "1", "Error 691");
	/* UTF-16LE without one, known by its zero bytes */
	CHECK("E\0r\0r\0o\0r\0 \0" "8\0" "0\0" "9\0", "Error 809");
	/* a pair: U+1F600 */
	CHECK("\xff\xfe" "\x3d\xd8\x00\xde", "\xf0\x9f\x98\x80");
	/* a lone high half, a lone low half */
	CHECK("\xff\xfe" "\x3d\xd8" "A\0", "\xef\xbf\xbd" "A");
	CHECK("\xff\xfe" "\x00\xde" "A\0", "\xef\xbf\xbd" "A");
	/* an odd byte count: the last half unit */
	CHECK("\xff\xfe" "A\0B", "A\xef\xbf\xbd");
	/* a BOM with nothing after it */
	CHECK("\xff\xfe", "");
	CHECK("\xef\xbb\xbf", "");
	/* a UTF-8 BOM is skipped; anything else passes as it is */
	CHECK("\xef\xbb\xbf" "691\n", "691\n");
	CHECK("Fehler 691 \xe4\xfc\n", "Fehler 691 \xe4\xfc\n");
}

static void
norm(const char *in, const char *want)
{
	char out[512];
	size_t len = strlen(in), from = 0, upto = len,
	    n = normalize_line(in, len, out, &from, &upto);

	if (n != strlen(want) || memcmp(out, want, n) != 0)
		fail_msg("\"%s\": \"%.*s\", want \"%s\"", in, (int)n, out, want);
	assert_true(normalize_wanted(in, len) || n == len);
	assert_int_equal(from, 0);
	assert_int_equal(upto, n);
}

static void
test_normal_form(void **state)
{
	(void)state;
	norm("603 &#8211; Caller&#8217;s buffer", "603 \xe2\x80\x93 Caller\xe2\x80\x99s buffer");
	norm("&quot;Error 604&quot; &amp; &lt;x&gt;&nbsp;y", "\"Error 604\" & <x> y");
	norm("&#x2013;&#X2B3;", "\xe2\x80\x93\xca\xb3");
	norm("#windows-%E9%94%99%E8%AF%AF-628", "#windows-\xe9\x94\x99\xe8\xaf\xaf-628");
	norm("100% 691%20x %E9%94", "100% 691%20x %E9%94");
	norm("\xef\xbc\x98\xef\xbc\x90\xef\xbc\x99", "809");
	norm("\xe6\x8a\xa5" "720\xef\xbc\x8c", "\xe6\x8a\xa5" "720 , ");
	norm("789\xef\xbc\x9aL2TP\xe3\x80\x82", "789 : L2TP . ");
	norm("**ERROR\\_VPN\\_TIMEOUT** C:\\x\\", "**ERROR_VPN_TIMEOUT** C:\\x\\");
	/* references that never end or name nothing stay as they are */
	norm("&#99999999999; &#0; &#xD800; &bogus; &", "&#99999999999; &#0; &#xD800; &bogus; &");
	norm("&#", "&#");
}

/* Long runs of ASCII, which are decoded eight units at a time, with one
 * character that is not (é, U+00E9) at every place, in both byte orders:
 * the same as in pieces of one byte on. */
static void
test_long_ascii(void **state)
{
	char in[2 + 2 * 40], want[41];
	size_t at, k;
	int be;

	(void)state;
	for (be = 0; be <= 1; be++)
		for (at = 0; at < 40; at++) {
			in[0] = be ? '\xfe' : '\xff';
			in[1] = be ? '\xff' : '\xfe';
			for (k = 0; k < 40; k++) {
				unsigned u = k == at ? 0xe9 : 'a' + k % 26;

				in[2 + 2 * k + be] = (char)u;
				in[2 + 2 * k + !be] = 0;
			}
			memset(want, 0, sizeof want);
			for (k = 0; k < at; k++)
				want[k] = (char)('a' + k % 26);
			memcpy(want + at, "\xc3\xa9", 2);
			for (k = at + 1; k < 40; k++)
				want[k + 1] = (char)('a' + k % 26);
			check(in, sizeof in, want, 41);
		}
}

/* A place inside what is replaced maps to its end, and places after
 * move with the text. */
static void
test_places(void **state)
{
	const char *in = "ab&#8211;cd&amp;ef";
	char out[64];
	size_t from = 4, upto = 12;

	(void)state;
	assert_int_equal(normalize_line(in, strlen(in), out, &from, &upto), 10);
	assert_int_equal(from, 5);	/* past the dash */
	assert_int_equal(upto, 8);	/* past "&" */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_encodings),
		cmocka_unit_test(test_long_ascii),
		cmocka_unit_test(test_normal_form),
		cmocka_unit_test(test_places),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
