/* The Windows command line's UTF-16 read as UTF-8. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "utf16.h"

#define N(a) (sizeof (a) / sizeof (a)[0])

/* in, converted, must give exactly want (bytes), NUL-terminated. */
static void
converts(const uint16_t *in, size_t n, const char *want)
{
	char out[UTF16_TO_UTF8_MAX(16)];
	size_t len;

	assert_true(n <= 16);
	memset(out, 'x', sizeof out);
	len = utf16_to_utf8(in, n, out);
	assert_int_equal(len, strlen(want));
	assert_memory_equal(out, want, len + 1);
}

static void
test_each_length(void **state)
{
	const uint16_t ascii[] = { 'v', 'p', 'n' };
	const uint16_t cafe[] = { 'c', 'a', 'f', 0xe9 };
	const uint16_t cjk[] = { 'V', 0x65e5, 0x5fd7 };
	const uint16_t emoji[] = { 0xd83d, 0xde00, '!' };

	(void)state;
	converts(ascii, N(ascii), "vpn");
	converts(cafe, N(cafe), "caf\xc3\xa9");
	converts(cjk, N(cjk), "V\xe6\x97\xa5\xe5\xbf\x97");
	converts(emoji, N(emoji), "\xf0\x9f\x98\x80!");
	converts(ascii, 0, "");
}

/* Every unpaired surrogate is one U+FFFD; what follows is kept. */
static void
test_lone_surrogates(void **state)
{
	const uint16_t high_last[] = { 'a', 0xd800 };
	const uint16_t low_alone[] = { 0xdc00, 'b' };
	const uint16_t high_then_text[] = { 0xdbff, 'c' };
	const uint16_t reversed[] = { 0xdc00, 0xd800 };
	const uint16_t two_highs_pair[] = { 0xd800, 0xd800, 0xdc00 };

	(void)state;
	converts(high_last, N(high_last), "a\xef\xbf\xbd");
	converts(low_alone, N(low_alone), "\xef\xbf\xbd" "b");
	converts(high_then_text, N(high_then_text), "\xef\xbf\xbd" "c");
	converts(reversed, N(reversed), "\xef\xbf\xbd\xef\xbf\xbd");
	converts(two_highs_pair, N(two_highs_pair), "\xef\xbf\xbd\xf0\x90\x80\x80");
}

/* The edges of each UTF-8 length, and the worst case of the bound. */
static void
test_edges(void **state)
{
	const uint16_t edges[] = { 0x7f, 0x80, 0x7ff, 0x800, 0xffff };
	const uint16_t highest[] = { 0xdbff, 0xdfff };
	const uint16_t beside_surrogates[] = { 0xd7ff, 0xe000 };
	const uint16_t worst[16] = {
		0xdc00, 0xdc00, 0xdc00, 0xdc00, 0xdc00, 0xdc00, 0xdc00, 0xdc00,
		0xdc00, 0xdc00, 0xdc00, 0xdc00, 0xdc00, 0xdc00, 0xdc00, 0xdc00
	};
	char out[UTF16_TO_UTF8_MAX(16)];

	(void)state;
	converts(edges, N(edges), "\x7f\xc2\x80\xdf\xbf\xe0\xa0\x80\xef\xbf\xbf");
	converts(highest, N(highest), "\xf4\x8f\xbf\xbf");
	converts(beside_surrogates, N(beside_surrogates), "\xed\x9f\xbf\xee\x80\x80");
	assert_int_equal(utf16_to_utf8(worst, 16, out), 48);
	assert_int_equal(out[48], '\0');
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_length),
		cmocka_unit_test(test_lone_surrogates),
		cmocka_unit_test(test_edges),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
