/*
 * ere: each feature with the exact span regexec gives for it (glibc,
 * REG_EXTENDED | REG_ICASE, C locale), each refusal with its reason,
 * and patterns that make a backtracking matcher take exponential time.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ere.h"

#define NONE ((size_t)-1)

struct span {
	const char *pattern;
	const char *text;
	size_t start, end;	/* NONE: no match */
};

/* Each case with notbol as given; NONE if no match is expected. */
static void
check_spans(const struct span *c, size_t n, int notbol)
{
	struct ere *re;
	const char *errstr = NULL;
	size_t i, start, end;
	int found;

	for (i = 0; i < n; i++) {
		if ((re = ere_compile(c[i].pattern, &errstr)) == NULL)
			fail_msg("\"%s\": %s", c[i].pattern, errstr);
		start = end = NONE;
		found = ere_find(re, c[i].text, notbol, &start, &end);
		if (found != (c[i].start != NONE) ||
		    (found && (start != c[i].start || end != c[i].end)))
			fail_msg("\"%s\" in \"%s\": %s %zu-%zu, not %zu-%zu",
			    c[i].pattern, c[i].text, found ? "found" : "none",
			    start, end, c[i].start, c[i].end);
		ere_free(re);
	}
}

#define CHECK(cases, notbol) \
	check_spans(cases, sizeof cases / sizeof cases[0], notbol)

/* Case never counts, for ASCII letters; other bytes are themselves. */
static void
test_literals(void **state)
{
	static const struct span c[] = {
		{ "invalid", "An invalid port handle was detected.", 3, 10 },
		{ "PORT", "the port", 4, 8 },
		{ "port", "The PoRt", 4, 8 },
		{ "L2TP", "an l2tp tunnel", 3, 7 },
		{ "xyz", "abc", NONE, NONE },
		{ "\xe2\x80\x99s", "Caller\xe2\x80\x99s buffer", 6, 10 },
		{ "\xc3\xa9", "\xc3\x89", NONE, NONE },
		{ "", "abc", 0, 0 },
		{ "", "", 0, 0 },
	};

	(void)state;
	CHECK(c, 0);
}

/* '.' is any byte, a newline too (no REG_NEWLINE). */
static void
test_dot(void **state)
{
	static const struct span c[] = {
		{ "a.c", "xabc", 1, 4 },
		{ "a.c", "a\nc", 0, 3 },
		{ "a.c", "a\xe2" "c", 0, 3 },
		{ "a.c", "ac", NONE, NONE },
		{ "...", "ab", NONE, NONE },
	};

	(void)state;
	CHECK(c, 0);
}

static void
test_brackets(void **state)
{
	static const struct span c[] = {
		{ "[0-9]+", "error 691 now", 6, 9 },
		{ "[^a-z ]+", "abc 123 def", 4, 7 },
		{ "[^a-z ]+", "abc DEF", NONE, NONE },
		{ "[]a]+", "x]a]y", 1, 4 },
		{ "[^]a]", "]]Ab", 3, 4 },
		{ "[a-]+", "x-a-y", 1, 4 },
		{ "[-a]+", "x-a-y", 1, 4 },
		{ "[!--]+", "a,+b", 1, 3 },
		{ "[a-c-]+", "x-b-y", 1, 4 },
		{ "[\\]+", "a\\\\b", 1, 3 },
		{ "[.*]+", "a*.b", 1, 3 },
		{ "[^a]", "a\n", 1, 2 },
		{ "[\xe0-\xef]", "ab\xe2\x80", 2, 3 },
		/* ranges are taken between upper-cased ends, as glibc does */
		{ "[a-Z]", "q", 0, 1 },
		{ "[`-~]", "a{", 1, 2 },
		{ "[^`-~]", "a{", 0, 1 },
	};

	(void)state;
	CHECK(c, 0);
}

static void
test_classes(void **state)
{
	static const struct span c[] = {
		{ "[[:alpha:]]+", "691 Access denied", 4, 10 },
		{ "[[:digit:]]+", "code 0x2B3", 5, 6 },
		{ "[[:alnum:]]+", "--ab12--", 2, 6 },
		{ "[[:space:]]+", "a \t\n\v\f\rb", 1, 7 },
		{ "[[:blank:]]+", "a \t\nb", 1, 3 },
		{ "[[:upper:]]+", "abc", 0, 3 },	/* both mean alpha */
		{ "[[:lower:]]+", "ABC", 0, 3 },
		{ "[[:punct:]]+", "ab!?.c", 2, 5 },
		{ "[[:xdigit:]]+", "zz2B3fg", 2, 6 },
		{ "[[:cntrl:]]", "a\tb", 1, 2 },
		{ "[[:cntrl:]]", "a\x7f", 1, 2 },
		{ "[[:print:]]+", "\t ab\n", 1, 4 },
		{ "[[:graph:]]+", "\t ab\n", 2, 4 },
		{ "[^[:alpha:]]", "ab1", 2, 3 },
		{ "[[:digit:][:space:]x]+", "ab1 x2c", 2, 6 },
		{ "[[:alpha:]-]+", "1re-dial", 1, 8 },
		{ "[[:alpha:]]", "\xc3\xa9", NONE, NONE },
		{ "[^[:print:]]+", "Caller\xe2\x80\x99s", 6, 9 },
	};

	(void)state;
	CHECK(c, 0);
}

/*
 * ^ and $ hold at the ends of the text only, wherever they are.  glibc
 * also lets them match at a newline inside the match, which POSIX
 * forbids without REG_NEWLINE; the catalogue has no newlines anyway.
 */
static void
test_anchors(void **state)
{
	static const struct span c[] = {
		{ "^the", "The port", 0, 3 },
		{ "^port", "The port", NONE, NONE },
		{ "open\\.$", "already open.", 8, 13 },
		{ "open$", "open.", NONE, NONE },
		{ "a|^b", "xb", NONE, NONE },
		{ "b|^a", "ab", 0, 1 },
		{ "(^|x)y", "y", 0, 1 },
		{ "a^b", "a^b", NONE, NONE },
		{ "a$b", "a$b", NONE, NONE },
		{ "$", "abc", 3, 3 },
		{ "^", "abc", 0, 0 },
		{ "^$", "", 0, 0 },
		{ "^a\n^b", "a\nb", NONE, NONE },	/* glibc: 0-3 */
		{ "(^a)*b", "aab", 2, 3 },
		{ "(^a){0,2}", "aa", 0, 1 },		/* glibc: 0-2 */
		{ "(^a)+", "aaa", 0, 1 },		/* glibc: 0-3 */
		{ "r(^a){0,3}", "xraaa", 1, 2 },	/* glibc: 1-4 */
	};
	static const struct span notbol[] = {
		{ "^the", "The port", NONE, NONE },
		{ "^", "abc", NONE, NONE },
		{ "(^|x)y", "y", NONE, NONE },
		{ "(^|x)y", "xy", 0, 2 },
		{ "(^a)?b", "ab", 1, 2 },
		{ "open$", "open", 0, 4 },
		{ "port", "the port", 4, 8 },
	};

	(void)state;
	CHECK(c, 0);
	CHECK(notbol, 1);
}

static void
test_repetition(void **state)
{
	static const struct span c[] = {
		{ "a*", "baaa", 0, 0 },
		{ "a+", "baaa", 1, 4 },
		{ "ba?", "baaa", 0, 2 },
		{ "a{2}", "aaaaa", 0, 2 },
		{ "a{2,}", "baaaaa", 1, 6 },
		{ "a{2,3}", "baaaaa", 1, 4 },
		{ "a{,2}b", "aaab", 1, 4 },
		{ "a{,}b", "aaab", 0, 4 },
		{ "a{0}b", "ab", 1, 2 },
		{ "a{0,0}", "a", 0, 0 },
		{ "a{01}", "aa", 0, 1 },
		{ "(ab){2}", "abababx", 0, 4 },
		{ "(ab){2,}", "abababx", 0, 6 },
		{ "(a|bc){1,2}d", "xbcad", 1, 5 },
		{ "(a|bc){1,2}d", "xbcabcd", 3, 7 },
		{ "a**", "aaa", 0, 3 },
		{ "a+*", "aaa", 0, 3 },
		{ "a{2}{3}", "aaaaaaa", 0, 6 },
		{ "(a*)+", "b", 0, 0 },
		{ "(a*)*b", "aab", 0, 3 },
		{ "()*x", "x", 0, 1 },
		{ "a{1}}", "a}", 0, 2 },
	};

	(void)state;
	CHECK(c, 0);
}

/* The largest count, with room to spare in the program. */
static void
test_count_max(void **state)
{
	struct span c[] = {
		{ "x{255}", NULL, 0, 255 },
		{ "[[:alpha:]]{1,255}", NULL, 0, 255 },
		{ "(xy|x){255,}", NULL, 0, 300 },
	};
	char text[301];

	(void)state;
	memset(text, 'x', 300);
	text[300] = '\0';
	c[0].text = c[1].text = c[2].text = text;
	CHECK(c, 0);
}

/* Leftmost, then longest: not the first alternative that fits. */
static void
test_leftmost_longest(void **state)
{
	static const struct span c[] = {
		{ "(port|port handle) is", "The port handle is bad", 4, 18 },
		{ "a|ab|abc", "xabcd", 1, 4 },
		{ "(a|ab)(c|bcd)", "abcd", 0, 4 },
		{ "c|abcd", "abcd", 0, 4 },
		{ "bc|abcx", "abcd", 1, 3 },
		{ "x(a|b)*y", "xababy", 0, 6 },
		{ "x*", "axx", 0, 0 },
		{ "(a|b)*c|b", "abab", 1, 2 },
	};

	(void)state;
	CHECK(c, 0);
}

/* What glibc does with empty parts and stray closing characters. */
static void
test_empty_and_stray(void **state)
{
	static const struct span c[] = {
		{ "()", "abc", 0, 0 },
		{ "a|", "xa", 0, 0 },
		{ "|a", "xa", 0, 0 },
		{ "a||b", "b", 0, 1 },
		{ "(|a)b", "ab", 0, 2 },
		{ "(a|)b", "xb", 1, 2 },
		{ "a)", "xa)", 1, 3 },
		{ ")", ")", 0, 1 },
		{ "(a))", "a)", 0, 2 },
		{ "a}", "a}", 0, 2 },
	};

	(void)state;
	CHECK(c, 0);
}

static void
test_escapes(void **state)
{
	static const struct span c[] = {
		{ "\\.", "a.b", 1, 2 },
		{ "\\(x\\)", "(x)", 0, 3 },
		{ "a\\|b", "a|b", 0, 3 },
		{ "\\*\\+\\?", "*+?", 0, 3 },
		{ "\\{1\\}", "{1}", 0, 3 },
		{ "\\[a]", "[a]", 0, 3 },
		{ "\\^\\$", "^$", 0, 2 },
		{ "\\\\", "a\\b", 1, 2 },
		{ "\\%\\-\\ ", "%- ", 0, 3 },
		{ "\\\xe2\x80\x99", "\xe2\x80\x99", 0, 3 },
	};

	(void)state;
	CHECK(c, 0);
}

/* Each refusal, with its reason: glibc's errors, and ere's own. */
static void
test_errors(void **state)
{
	static const struct {
		const char *pattern, *errstr;
	} c[] = {
		{ "(a", "unmatched parenthesis" },
		{ "((a)", "unmatched parenthesis" },
		{ "[a", "unmatched bracket" },
		{ "[]", "unmatched bracket" },
		{ "[^]", "unmatched bracket" },
		{ "[a-", "unmatched bracket" },
		{ "[[:alpha:]", "unmatched bracket" },
		{ "[[:alpha]]", "unmatched bracket" },
		{ "[[:foo:]]", "invalid character class" },
		{ "[[:ALPHA:]]", "invalid character class" },
		{ "[z-a]", "invalid range" },
		{ "[Z-a]", "invalid range" },
		{ "[]-a]", "invalid range" },
		{ "[a-b-c]", "invalid range" },
		{ "[[:alpha:]-z]", "invalid range" },
		{ "[a-[:digit:]]", "invalid range" },
		{ "[[.a.]]", "collating elements are not supported" },
		{ "[[=a=]]", "collating elements are not supported" },
		{ "*a", "repetition operator without operand" },
		{ "a|*b", "repetition operator without operand" },
		{ "(+a)", "repetition operator without operand" },
		{ "?", "repetition operator without operand" },
		{ "{1}", "repetition operator without operand" },
		{ "^*", "repetition operator without operand" },
		{ "a$?", "repetition operator without operand" },
		{ "a{", "unmatched brace" },
		{ "a{1,2", "unmatched brace" },
		{ "a{}", "invalid repetition count" },
		{ "a{2,1}", "invalid repetition count" },
		{ "a{1,2,3}", "invalid repetition count" },
		{ "a{x}", "invalid repetition count" },
		{ "a{ 1}", "invalid repetition count" },
		{ "a{1\\,2}", "invalid repetition count" },
		{ "a{256}", "repetition count too large" },
		{ "a{1,256}", "repetition count too large" },
		{ "a{99999999999999999999}", "repetition count too large" },
		{ "\\", "trailing backslash" },
		{ "ab\\", "trailing backslash" },
		{ "\\1", "back-references are not supported" },
		{ "(a)\\1", "back-references are not supported" },
		{ "\\w", "unsupported escape sequence" },
		{ "\\n", "unsupported escape sequence" },
		{ "\\0", "unsupported escape sequence" },
		{ "\\<a", "unsupported escape sequence" },
		{ "a\\'", "unsupported escape sequence" },
		{ "(a{255}){255}", "regular expression too big" },
		{ "([ab]{200}|x){30}", "regular expression too big" },
	};
	const char *errstr;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		errstr = NULL;
		if (ere_compile(c[i].pattern, &errstr) != NULL)
			fail_msg("\"%s\" compiled", c[i].pattern);
		if (errstr == NULL || strcmp(errstr, c[i].errstr) != 0)
			fail_msg("\"%s\": \"%s\", not \"%s\"", c[i].pattern,
			    errstr != NULL ? errstr : "(null)", c[i].errstr);
	}
}

/* A pattern too long, or nested too deep, is refused, not grown into. */
static void
test_limits(void **state)
{
	char pattern[20001];
	const char *errstr = NULL;
	struct ere *re;

	(void)state;
	memset(pattern, 'a', 20000);
	pattern[20000] = '\0';
	assert_null(ere_compile(pattern, &errstr));
	assert_string_equal(errstr, "regular expression too big");

	memset(pattern, '(', 300);
	memset(pattern + 300, ')', 300);
	pattern[600] = '\0';
	assert_null(ere_compile(pattern, &errstr));
	assert_string_equal(errstr, "parentheses nested too deeply");

	memset(pattern, '(', 256);
	memset(pattern + 256, ')', 256);
	pattern[512] = '\0';
	assert_non_null(re = ere_compile(pattern, &errstr));
	ere_free(re);
	ere_free(NULL);
}

/* pattern made of unit repeated until it is len bytes long, then tail */
static char *
repeated(const char *unit, size_t len, const char *tail)
{
	size_t n = strlen(unit), t = strlen(tail), i;
	char *s;

	assert_non_null(s = malloc(len + t + 1));
	for (i = 0; i + n <= len; i += n)
		memcpy(s + i, unit, n);
	memcpy(s + i, tail, t + 1);
	return s;
}

static void
expect(const char *pattern, const char *text, size_t start, size_t end)
{
	struct span c = { pattern, text, start, end };

	check_spans(&c, 1, 0);
}

/*
 * Patterns that take a backtracking matcher exponential time.  Here
 * each is one pass over the text per program instruction; the test
 * asks only for the right answer, and ends.
 */
static void
test_pathological(void **state)
{
	char *pattern, *text, *textb;
	size_t n = 10000;

	(void)state;
	text = repeated("a", n, "");
	textb = repeated("a", n, "b");

	pattern = repeated("(a|a)*", 1000, "b");
	expect(pattern, text, NONE, NONE);
	expect(pattern, textb, 0, n + 1);
	free(pattern);
	pattern = repeated("(a|a)*", 1000, "");
	expect(pattern, text, 0, n);
	free(pattern);

	expect("(a*)*b", text, NONE, NONE);
	expect("(a*)*b", textb, 0, n + 1);
	expect("(a+)+b", text, NONE, NONE);
	expect("(a|aa)*c", text, NONE, NONE);
	expect("(a+a+)+y", text, NONE, NONE);
	expect(".*.*.*.*.*=.*", text, NONE, NONE);
	expect("a{0,100}{0,10}b", text, NONE, NONE);
	expect("(a?){30}a{30}", text + n - 30, 0, 30);
	expect("(a?){30}a{30}", text + n - 29, NONE, NONE);
	free(text);
	free(textb);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_literals),
		cmocka_unit_test(test_dot),
		cmocka_unit_test(test_brackets),
		cmocka_unit_test(test_classes),
		cmocka_unit_test(test_anchors),
		cmocka_unit_test(test_repetition),
		cmocka_unit_test(test_count_max),
		cmocka_unit_test(test_leftmost_longest),
		cmocka_unit_test(test_empty_and_stray),
		cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_pathological),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
