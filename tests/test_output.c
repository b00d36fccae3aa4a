/* The writers: exact text, and escaping that holds against hostile strings. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "output.h"

struct capture {
	char *buf;
	size_t len;
	FILE *fp;
};

static void
open_capture(struct capture *c)
{
	c->buf = NULL;
	c->fp = open_memstream(&c->buf, &c->len);
	assert_non_null(c->fp);
}

/* Closes the stream; the caller frees c->buf, and then any printer. */
static const char *
captured(struct capture *c)
{
	assert_int_equal(fclose(c->fp), 0);
	return c->buf;
}

static const char hostile[] = "tab\there \"quoted\" back\\slash\nnew\rline "
    "\x01\x1f\x7f bad\xff\xc0\x80 euro\xe2\x82\xac cut\xe2\x82";

static const struct raserr_entry entry = {
	691, "ERROR_X", "first\nsecond", NULL, "now", NULL, "look", "ERROR_Y",
	NULL, RASERR_FAMILY_RAS, RASERR_WINDOWS_7, NULL
};

/* A printer on c, as on a terminal unless width is 0. */
static struct printer *
open_printer(struct capture *c, enum format f, int width,
    const struct search *s)
{
	struct printer_setup setup = { 1, width, 0, s };
	struct printer *p;

	open_capture(c);
	p = printer_new(c->fp, f, &setup);
	assert_non_null(p);
	return p;
}

/* What p printed to c, p flushed and c closed. */
static const char *
printed(struct capture *c, struct printer *p)
{
	assert_int_equal(printer_flush(p), 0);
	return captured(c);
}

/* A record whose message and operand are the hostile string. */
static const char *
print_hostile(struct capture *c, enum format f)
{
	struct printer *p = open_printer(c, f, 0, NULL);
	const struct raserr_entry e = {
		691, "ERROR_X", hostile, NULL, NULL, NULL, NULL, NULL, NULL,
		RASERR_FAMILY_RAS, RASERR_WINDOWS_ANY, NULL
	};
	const struct origin o = { .operand = hostile };
	const char *out;

	print_entry(p, &e, &o, 0);
	out = printed(c, p);
	printer_free(p);
	return out;
}

#define TSV_HOSTILE "tab\\there \"quoted\" back\\\\slash\\nnew\\rline " \
	"\x01\x1f\x7f bad\xff\xc0\x80 euro\xe2\x82\xac cut\xe2\x82"
#define JSON_HOSTILE "\"tab\\there \\\"quoted\\\" back\\\\slash\\nnew\\rline " \
	"\\u0001\\u001f\x7f bad\\ufffd\\ufffd\\ufffd euro\xe2\x82\xac " \
	"cut\\ufffd\\ufffd\""

/* tsv and json records end with the fields added after the first 15 */
#define TSV_NEW "\t\t\t"
#define JSON_NEW ",\"source\":null,\"event\":null,\"where_bytes\":null"

static void
test_tsv_escaping(void **state)
{
	struct capture c;

	(void)state;
	assert_string_equal(print_hostile(&c, FMT_TSV),
	    "691\tERROR_X\t" TSV_HOSTILE "\t\tRAS\t\t\t\t\t\t\t" TSV_HOSTILE
	    "\t\t\t" TSV_NEW "\n");
	free(c.buf);
}

static void
test_json_escaping(void **state)
{
	struct capture c;

	(void)state;
	assert_string_equal(print_hostile(&c, FMT_JSON),
	    "{\"code\":691,\"name\":\"ERROR_X\",\"message\":" JSON_HOSTILE ","
	    "\"note\":null,\"family\":\"RAS\",\"current\":null,\"also\":null,"
	    "\"windows\":null,\"hint\":null,\"win32_name\":null,"
	    "\"win32_message\":null,\"operand\":" JSON_HOSTILE ",\"read_as\":null,"
	    "\"where\":null,\"count\":null" JSON_NEW "}\n");
	free(c.buf);
}

/* A line that goes on in the message continues under the message; a
 * value's, under the value. */
static void
test_text_entry(void **state)
{
	struct capture c;
	struct printer *p = open_printer(&c, FMT_TEXT, 0, NULL);
	struct origin o = { .operand = "0x2B3", .read_as = "0x2B3 -> 691" };

	(void)state;
	print_entry(p, &entry, NULL, 0);
	print_entry(p, &entry, &o, 1);
	print_entry(p, &entry, NULL, 0);
	assert_string_equal(printed(&c, p),
	    "691  first\n"
	    "     second\n"
	    "\n"
	    "691  first\n"
	    "     second\n"
	    "  name     ERROR_X\n"
	    "  read as  0x2B3 -> 691\n"
	    "  today    now\n"
	    "  windows  since Windows 7\n"
	    "  check    look\n"
	    "  not RAS  ERROR_Y\n"
	    "\n"
	    "691  first\n"
	    "     second\n");
	free(c.buf);
	printer_free(p);
}

static void
test_tsv_entry(void **state)
{
	struct capture c;
	struct printer *p = open_printer(&c, FMT_TSV, 0, NULL);
	struct origin o = { .operand = "x", .read_as = "", .count = 3,
	    .file = "a.log", .line = 7, .event = "RasClient 20227" };
	struct raserr_entry e = entry;

	(void)state;
	e.source = "https://example.com/kb";
	print_entry(p, &entry, NULL, 1);
	print_entry(p, &e, &o, 0);
	assert_string_equal(printed(&c, p),
	    "691\tERROR_X\tfirst\\nsecond\t\tRAS\tnow\t\t7\tlook\tERROR_Y\t\t\t\t\t" TSV_NEW "\n"
	    "691\tERROR_X\tfirst\\nsecond\t\tRAS\tnow\t\t7\tlook\tERROR_Y\t\tx\t\ta.log:7\t3"
	    "\thttps://example.com/kb\tRasClient 20227\t\n");
	free(c.buf);
	printer_free(p);
}

static void
test_json_entry(void **state)
{
	struct capture c;
	struct printer *p = open_printer(&c, FMT_JSON, 0, NULL);
	struct origin o = { .count = 1, .file = "C:\\logs\\\"vpn\".log",
	    .line = 12, .event = "RasClient 20227" };

	(void)state;
	print_entry(p, &entry, NULL, 1);
	print_entry(p, &entry, &o, 1);
	assert_string_equal(printed(&c, p),
	    "{\"code\":691,\"name\":\"ERROR_X\",\"message\":\"first\\nsecond\","
	    "\"note\":null,\"family\":\"RAS\",\"current\":\"now\",\"also\":null,"
	    "\"windows\":\"7\",\"hint\":\"look\",\"win32_name\":\"ERROR_Y\","
	    "\"win32_message\":null,\"operand\":null,\"read_as\":null,"
	    "\"where\":null,\"count\":null" JSON_NEW "}\n"
	    "{\"code\":691,\"name\":\"ERROR_X\",\"message\":\"first\\nsecond\","
	    "\"note\":null,\"family\":\"RAS\",\"current\":\"now\",\"also\":null,"
	    "\"windows\":\"7\",\"hint\":\"look\",\"win32_name\":\"ERROR_Y\","
	    "\"win32_message\":null,\"operand\":null,\"read_as\":null,"
	    "\"where\":\"C:\\\\logs\\\\\\\"vpn\\\".log:12\",\"count\":1,"
	    "\"source\":null,\"event\":\"RasClient 20227\",\"where_bytes\":null}\n");
	free(c.buf);
	printer_free(p);
}

/* A file name that is not UTF-8 comes back byte for byte in
 * where_bytes; where has U+FFFD for json, the bytes for tsv. */
static void
test_where_bytes(void **state)
{
	struct capture c;
	struct printer *p = open_printer(&c, FMT_JSON, 0, NULL);
	struct origin o = { .count = 2, .file = "d\xe9j\xe0 vu%/\xff.log",
	    .line = 3 };
	const char *out;

	(void)state;
	print_entry(p, &entry, &o, 1);
	out = printed(&c, p);
	assert_non_null(strstr(out, "\"where\":\"d\\ufffdj\\ufffd vu%/\\ufffd.log:3\""));
	assert_non_null(strstr(out,
	    "\"where_bytes\":\"d%E9j%E0%20vu%25/%FF.log:3\"}\n"));
	free(c.buf);
	printer_free(p);
	p = open_printer(&c, FMT_TSV, 0, NULL);
	print_entry(p, &entry, &o, 1);
	out = printed(&c, p);
	assert_non_null(strstr(out, "\td\xe9j\xe0 vu%/\xff.log:3\t2\t\t\t"
	    "d%E9j%E0%20vu%25/%FF.log:3\n"));
	free(c.buf);
	printer_free(p);
}

/*
 * Records cross the printer's batches whole, whether made or kept: the
 * catalogue printed twice, each entry for its code as operand, is the
 * same both times, and larger than a batch.
 */
static void
test_tsv_twice(void **state)
{
	size_t i, n, half;
	const struct raserr_entry *e = raserr_all(&n);
	struct capture c;
	struct printer *p = open_printer(&c, FMT_TSV, 0, NULL);
	struct origin o = { .read_as = "" };
	char operand[16];
	const char *out;

	(void)state;
	for (i = 0; i < 2 * n; i++) {
		snprintf(operand, sizeof operand, "%ld", e[i % n].code);
		o.operand = operand;
		print_entry(p, &e[i % n], &o, 0);
	}
	out = printed(&c, p);
	half = c.len / 2;
	assert_true(half > 1 << 16);
	assert_int_equal(out[half - 1], '\n');
	assert_memory_equal(out, out + half, half);
	free(c.buf);
	printer_free(p);
}

/*
 * The fast path against the plain one: what is kept of a record is only
 * used for the same entry, read the same way from the same operand, and
 * gives the same bytes as a record made field by field.
 */
static void
test_kept_records(void **state)
{
	static const struct origin o[] = {
		{ .operand = "691" }, { .operand = "691", .read_as = "" },
		{ .operand = "0691" }, { .operand = "691", .read_as = "0x2B3" },
		{ .operand = "691" }, { .operand = "691", .count = 2,
		    .file = "log", .line = 7 },
		{ .operand = "691" }, { .operand = "69\t1" }, { .operand = "6910" },
		{ .operand = "69" }, { .operand = "691", .event = "RasClient 20227" },
		{ .operand = "" }, { .operand = "691" }, { .operand = NULL },
	};
	const enum format formats[] = { FMT_TSV, FMT_JSON };
	size_t f, i, j, n;
	const struct raserr_entry *all = raserr_all(&n);
	struct capture kept, plain;
	struct printer *p;

	(void)state;
	for (f = 0; f < 2; f++) {
		p = open_printer(&kept, formats[f], 0, NULL);
		open_capture(&plain);
		for (j = 0; j < sizeof o / sizeof o[0]; j++)
			for (i = 0; i < n; i += 7) {
				print_entry(p, &all[i], &o[j], 0);
				print_record_plain(plain.fp, formats[f], &all[i], &o[j]);
			}
		assert_string_equal(printed(&kept, p), captured(&plain));
		free(kept.buf);
		free(plain.buf);
		printer_free(p);
	}
}

/* On a terminal, text wraps at the width: whole words, continuation
 * lines under the value, never inside a UTF-8 sequence; a word wider
 * than a line runs past it whole, so that it can still be copied. */
static void
test_wrap(void **state)
{
	struct capture c;
	struct printer *p = open_printer(&c, FMT_TEXT, 20, NULL);
	const struct raserr_entry e = {
		691, "ERROR_A_VERY_LONG_NAME", "one two three four five", NULL,
		"caf\xc3\xa9 \xe2\x80\x98quoted\xe2\x80\x99 na\xc3\xafve words",
		NULL, NULL, NULL, NULL, RASERR_FAMILY_RAS, RASERR_WINDOWS_ANY, NULL
	};

	(void)state;
	print_entry(p, &e, NULL, 1);
	assert_string_equal(printed(&c, p),
	    "691  one two three\n"
	    "     four five\n"
	    "  name     ERROR_A_VERY_LONG_NAME\n"
	    "  today    caf\xc3\xa9\n"
	    "           \xe2\x80\x98quoted\xe2\x80\x99\n"
	    "           na\xc3\xafve\n"
	    "           words\n");
	free(c.buf);
	printer_free(p);
}

/* A --grep match coloured across a break: the colour stops before the
 * newline and starts again after the indent, no escape cut. */
static void
test_wrap_color(void **state)
{
	struct search s = { .n = 0 };
	struct printer_setup setup = { 1, 14, 1, &s };
	struct capture c;
	struct printer *p;
	const struct raserr_entry e = {
		691, NULL, "aa bb cc dd ee", NULL, NULL, NULL, NULL, NULL, NULL,
		RASERR_FAMILY_RAS, RASERR_WINDOWS_ANY, NULL
	};
	char err[64];

	(void)state;
	assert_int_equal(search_add(&s, "bb cc dd", err, sizeof err), 0);
	open_capture(&c);
	p = printer_new(c.fp, FMT_TEXT, &setup);
	print_entry(p, &e, NULL, 0);
	assert_string_equal(printed(&c, p),
	    "\033[1m691\033[m  aa \033[01;31mbb cc\033[m\n"
	    "     \033[01;31mdd\033[m ee\n");
	free(c.buf);
	printer_free(p);
	search_free(&s);
}

/* Into a pipe (no width) nothing is wrapped, however long. */
static void
test_no_wrap(void **state)
{
	struct capture c;
	struct printer *p = open_printer(&c, FMT_TEXT, 0, NULL);
	char message[300];
	const char *out;

	(void)state;
	memset(message, 'x', sizeof message - 1);
	message[sizeof message - 1] = '\0';
	{
		const struct raserr_entry e = {
			691, NULL, message, NULL, NULL, NULL, NULL, NULL, NULL,
			RASERR_FAMILY_RAS, RASERR_WINDOWS_ANY, NULL
		};

		print_entry(p, &e, NULL, 0);
	}
	out = printed(&c, p);
	assert_int_equal(strlen(out), 5 + sizeof message);
	assert_int_equal(strchr(out, '\n') - out, 5 + sizeof message - 1);
	free(c.buf);
	printer_free(p);
}

/* A listing lines its messages up when told its widest code. */
static void
test_align(void **state)
{
	struct capture c;
	struct printer *p = open_printer(&c, FMT_TEXT, 0, NULL);

	(void)state;
	printer_align(p, 13801);
	print_entry(p, raserr_find(691), NULL, 0);
	print_entry(p, raserr_find(13801), NULL, 0);
	printer_align(p, 0);
	print_entry(p, raserr_find(13801), NULL, 0);
	print_entry(p, raserr_find(691), NULL, 0);
	assert_string_equal(printed(&c, p),
	    "691    Access denied because username and/or password is invalid on the domain.\n"
	    "13801  IKE authentication credentials are unacceptable.\n"
	    "13801  IKE authentication credentials are unacceptable.\n"
	    "691  Access denied because username and/or password is invalid on the domain.\n");
	free(c.buf);
	printer_free(p);
}

/* today is shown for other words, not for other spacing, punctuation
 * or case. */
static void
test_today_words(void **state)
{
	static const char *const same[] = {
		"Ready (e.g, now)", "ready  e.g., now.", "READY: E.G. NOW",
		"Ready \342\200\234e.g.\342\200\235 \342\200\223 now\342\200\231"
	};
	static const char *const other[] = {
		"Ready (e.g, then)", "Ready now", "Ready e.g. now or", "Ready \xc3\xa9.g. now"
	};
	struct raserr_entry e = {
		691, NULL, "Ready (e.g., now)", NULL, NULL, NULL, NULL, NULL, NULL,
		RASERR_FAMILY_RAS, RASERR_WINDOWS_ANY, NULL
	};
	struct capture c;
	struct printer *p;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof same / sizeof same[0]; i++) {
		p = open_printer(&c, FMT_TEXT, 0, NULL);
		e.current = same[i];
		print_entry(p, &e, NULL, 1);
		assert_string_equal(printed(&c, p), "691  Ready (e.g., now)\n");
		free(c.buf);
		printer_free(p);
	}
	for (i = 0; i < sizeof other / sizeof other[0]; i++) {
		p = open_printer(&c, FMT_TEXT, 0, NULL);
		e.current = other[i];
		print_entry(p, &e, NULL, 1);
		assert_non_null(strstr(printed(&c, p), "\n  today    "));
		free(c.buf);
		printer_free(p);
	}
}

/* Under a --grep listing's entry, the line of each pattern that its
 * message does not match, once. */
static void
test_matched_lines(void **state)
{
	struct search s = { .n = 0 };
	struct capture c;
	struct printer *p;
	char err[64];

	(void)state;
	assert_int_equal(search_add(&s, "x_name|then", err, sizeof err), 0);
	assert_int_equal(search_add(&s, "first", err, sizeof err), 0);
	assert_int_equal(search_add(&s, "look", err, sizeof err), 0);
	p = open_printer(&c, FMT_TEXT, 0, &s);
	{
		struct raserr_entry e = entry;

		e.name = "ERROR_X_NAME";
		e.current = "first then";
		print_entry(p, &e, NULL, 0);
		print_entry(p, &e, NULL, 1);
	}
	assert_string_equal(printed(&c, p),
	    "691  first\n"
	    "     second\n"
	    "  name     ERROR_X_NAME\n"
	    "  check    look\n"
	    "\n"
	    "691  first\n"
	    "     second\n"
	    "  name     ERROR_X_NAME\n"
	    "  today    first then\n"
	    "  windows  since Windows 7\n"
	    "  check    look\n"
	    "  not RAS  ERROR_Y\n");
	free(c.buf);
	printer_free(p);
	search_free(&s);
}

/* A file name in the seen line: escaped for the terminal, never cut. */
static void
test_seen_file(void **state)
{
	char file[1200];
	struct origin o = { .count = 2, .file = file, .line = 34,
	    .event = "RasClient 20227" };
	struct capture c;
	struct printer *p = open_printer(&c, FMT_TEXT, 0, NULL);
	const char *out, *seen;

	(void)state;
	memset(file, 'd', 1000);
	strcpy(file + 1000, "/a\033[31m\n\xff\xc2\x9b\xc3\xa9\\b.log");
	print_entry(p, &entry, &o, 1);
	out = printed(&c, p);
	assert_non_null(seen = strstr(out, "  seen     2 times, first at ddd"));
	assert_non_null(strstr(seen, "ddd/a\\x1B[31m\\x0A\\xFF\\xC2\\x9B\xc3\xa9\\b.log:34"
	    " (RasClient 20227)\n"));
	free(c.buf);
	printer_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tsv_escaping),
		cmocka_unit_test(test_json_escaping),
		cmocka_unit_test(test_text_entry),
		cmocka_unit_test(test_tsv_entry),
		cmocka_unit_test(test_json_entry),
		cmocka_unit_test(test_where_bytes),
		cmocka_unit_test(test_tsv_twice),
		cmocka_unit_test(test_kept_records),
		cmocka_unit_test(test_wrap),
		cmocka_unit_test(test_wrap_color),
		cmocka_unit_test(test_no_wrap),
		cmocka_unit_test(test_align),
		cmocka_unit_test(test_today_words),
		cmocka_unit_test(test_matched_lines),
		cmocka_unit_test(test_seen_file),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
