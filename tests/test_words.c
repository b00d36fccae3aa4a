/* Splitting input into operand words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "words.h"

/* The words seen, joined with '|'. */
struct seen {
	char text[4096];
	int idles;
	int stop_after;		/* stop with 7 after this many words; 0 never */
	int words;
	int lines;		/* line ends seen */
	size_t len[16];		/* of the first 16 words */
};

static int
collect(void *arg, const char *w, size_t len)
{
	struct seen *s = arg;
	size_t used = strlen(s->text);

	snprintf(s->text + used, sizeof s->text - used, "%s%.*s",
	    used ? "|" : "", (int)len, w);
	if (s->words < 16)
		s->len[s->words] = len;
	if (++s->words == s->stop_after)
		return 7;
	return 0;
}

static int
line_end(void *arg)
{
	((struct seen *)arg)->lines++;
	return 0;
}

static int
idle(void *arg)
{
	((struct seen *)arg)->idles++;
	return 0;
}

static void
split(const char *s, struct seen *seen, int *rc)
{
	struct word_sink sink = { collect, NULL, seen, 8, NULL };

	*rc = split_words(s, &sink);
}

static void
test_split(void **state)
{
	struct seen s;
	int rc;

	(void)state;
	memset(&s, 0, sizeof s);
	split("691,800 809\t\r\n 0x2B3,,600-610 # 1 2 3\n 77 #x", &s, &rc);
	assert_int_equal(rc, 0);
	/* a command-line argument has no comments: '#' is a byte */
	assert_string_equal(s.text, "691|800|809|0x2B3|600-610|#|1|2|3|77|#x");
}

static void
test_empty_gives_one_empty_word(void **state)
{
	struct seen s;
	int rc;

	(void)state;
	memset(&s, 0, sizeof s);
	split(" ,\t", &s, &rc);
	assert_int_equal(rc, 0);
	assert_int_equal(s.words, 1);
	assert_string_equal(s.text, "");
}

static void
test_long_word_is_cut(void **state)
{
	struct seen s;
	int rc;

	(void)state;
	memset(&s, 0, sizeof s);
	split("123456789012345 1", &s, &rc);
	assert_string_equal(s.text, "123456789|1");
	assert_int_equal(s.len[0], 9);
}

static void
test_stop(void **state)
{
	struct seen s;
	int rc;

	(void)state;
	memset(&s, 0, sizeof s);
	s.stop_after = 2;
	split("1 2 3", &s, &rc);
	assert_int_equal(rc, 7);
	assert_string_equal(s.text, "1|2");
}

static void
test_read_from_fd(void **state)
{
	struct seen s;
	struct word_sink sink = { collect, idle, &s, 8, NULL };
	static const char input[] = "691\n# all comment 1 2\n6\00091 800#c\n809";
	int fd[2];

	(void)state;
	memset(&s, 0, sizeof s);
	assert_int_equal(pipe(fd), 0);
	assert_int_equal(write(fd[1], input, sizeof input - 1), sizeof input - 1);
	close(fd[1]);
	assert_int_equal(read_words(fd[0], &sink), 0);
	close(fd[0]);
	/* "6\091" arrives whole; %.*s shows it up to the NUL */
	assert_string_equal(s.text, "691|6|800|809");
	assert_int_equal(s.words, 4);
	assert_int_equal(s.len[1], 4);
	assert_true(s.idles >= 2);
}

/* Input is read 64 KiB at a time: a comment that starts in one piece
 * goes on to its newline in the next. */
static void
test_comment_across_pieces(void **state)
{
	static char input[65536 + 64];
	struct seen s;
	struct word_sink sink = { collect, NULL, &s, 8, NULL };
	FILE *fp = tmpfile();
	size_t n;

	(void)state;
	memset(&s, 0, sizeof s);
	assert_non_null(fp);
	memset(input, ' ', sizeof input);
	memcpy(input, "600", 3);
	memcpy(input + 65530, "# 691 800 809\n6", 16);
	memcpy(input + 65536 + 30, "0x2B3#c\n720", 11);
	n = 65536 + 41;
	assert_int_equal(fwrite(input, 1, n, fp), n);
	assert_int_equal(fflush(fp), 0);
	rewind(fp);
	assert_int_equal(read_words(fileno(fp), &sink), 0);
	fclose(fp);
	assert_string_equal(s.text, "600|6|0x2B3|720");
}

/* read_words() over a file holding input. */
static int
read_file_of(const char *input, const struct word_sink *sink)
{
	FILE *fp = tmpfile();
	size_t n = strlen(input);
	int r;

	assert_non_null(fp);
	assert_int_equal(fwrite(input, 1, n, fp), n);
	assert_int_equal(fflush(fp), 0);
	rewind(fp);
	r = read_words(fileno(fp), sink);
	fclose(fp);
	return r;
}

/* The words read_words() finds in a file holding input. */
static void
read_string(const char *input, struct seen *s)
{
	struct word_sink sink = { collect, NULL, s, 8, line_end };

	memset(s, 0, sizeof *s);
	assert_int_equal(read_file_of(input, &sink), 0);
}

static int
line_end_stop(void *arg)
{
	((struct seen *)arg)->lines++;
	return 5;
}

/* A line end that says stop ends the reading there, with its value. */
static void
test_line_end_stops(void **state)
{
	struct seen s;
	struct word_sink sink = { collect, NULL, &s, 8, line_end_stop };

	(void)state;
	memset(&s, 0, sizeof s);
	assert_int_equal(read_file_of("691 800\n809\n", &sink), 5);
	assert_string_equal(s.text, "691|800");
	assert_int_equal(s.lines, 1);
}

/* In standard input a '#' starts a comment when it stands alone or is
 * glued to the end of a word, not when it starts one (#691). */
static void
test_hash(void **state)
{
	struct seen s;

	(void)state;
	read_string("#691 # 1 2\n#\n2 #800,#\n3 4#5 6\n#", &s);
	assert_string_equal(s.text, "#691|2|#800|3|4");
	assert_int_equal(s.lines, 5);
}

/* A lone '#' at the end of one 64 KiB piece, its space in the next. */
static void
test_hash_across_pieces(void **state)
{
	static char input[65536 + 16];
	struct seen s;

	(void)state;
	memset(input, ' ', sizeof input - 1);
	input[sizeof input - 1] = '\0';
	memcpy(input, "600", 3);
	memcpy(input + 65535, "# 691\n720", 9);
	read_string(input, &s);
	assert_string_equal(s.text, "600|720");
	memcpy(input + 65535, "#691\n720", 9);
	read_string(input, &s);
	assert_string_equal(s.text, "600|#691|720");
}

static void
test_read_error(void **state)
{
	struct seen s;
	struct word_sink sink = { collect, NULL, &s, 8, NULL };

	(void)state;
	memset(&s, 0, sizeof s);
	assert_int_equal(read_words(-1, &sink), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_split),
		cmocka_unit_test(test_empty_gives_one_empty_word),
		cmocka_unit_test(test_long_word_is_cut),
		cmocka_unit_test(test_stop),
		cmocka_unit_test(test_read_from_fd),
		cmocka_unit_test(test_comment_across_pieces),
		cmocka_unit_test(test_hash),
		cmocka_unit_test(test_line_end_stops),
		cmocka_unit_test(test_hash_across_pieces),
		cmocka_unit_test(test_read_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
