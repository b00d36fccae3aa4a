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

/* Closes the stream; the caller frees c->buf. */
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

/* A record whose message and operand are the hostile string. */
static const char *
print_hostile(struct capture *c, enum format f)
{
	struct printer p = { .format = f };
	const struct raserr_entry e = {
		691, "ERROR_X", hostile, NULL, NULL, NULL, NULL, NULL, NULL,
		RASERR_FAMILY_RAS, RASERR_WINDOWS_ANY, NULL
	};
	const struct origin o = { hostile, NULL, 0, NULL };

	open_capture(c);
	p.fp = c->fp;
	print_entry(&p, &e, &o, 0);
	printer_free(&p);
	return captured(c);
}

#define TSV_HOSTILE "tab\\there \"quoted\" back\\\\slash\\nnew\\rline " \
	"\x01\x1f\x7f bad\xff\xc0\x80 euro\xe2\x82\xac cut\xe2\x82"
#define JSON_HOSTILE "\"tab\\there \\\"quoted\\\" back\\\\slash\\nnew\\rline " \
	"\\u0001\\u001f\x7f bad\\ufffd\\ufffd\\ufffd euro\xe2\x82\xac " \
	"cut\\ufffd\\ufffd\""

static void
test_tsv_escaping(void **state)
{
	struct capture c;

	(void)state;
	assert_string_equal(print_hostile(&c, FMT_TSV),
	    "691\tERROR_X\t" TSV_HOSTILE "\t\tRAS\t\t\t\t\t\t\t" TSV_HOSTILE
	    "\t\t\t\n");
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
	    "\"where\":null,\"count\":null}\n");
	free(c.buf);
}

static void
test_text_entry(void **state)
{
	struct capture c;
	struct printer p = { .format = FMT_TEXT };
	struct origin o = { "0x2B3", "0x2B3 -> 691", 0, NULL };

	(void)state;
	open_capture(&c);
	p.fp = c.fp;
	print_entry(&p, &entry, NULL, 0);
	print_entry(&p, &entry, &o, 1);
	print_entry(&p, &entry, NULL, 0);
	assert_string_equal(captured(&c),
	    "691  first\n"
	    "           second\n"
	    "\n"
	    "691  first\n"
	    "           second\n"
	    "  name     ERROR_X\n"
	    "  read as  0x2B3 -> 691\n"
	    "  today    now\n"
	    "  windows  since Windows 7\n"
	    "  check    look\n"
	    "  not RAS  ERROR_Y\n"
	    "\n"
	    "691  first\n"
	    "           second\n");
	free(c.buf);
}

static void
test_tsv_entry(void **state)
{
	struct capture c;
	struct printer p = { .format = FMT_TSV };
	struct origin o = { "x", "", 3, "a.log:7" };

	(void)state;
	open_capture(&c);
	p.fp = c.fp;
	print_entry(&p, &entry, NULL, 1);
	print_entry(&p, &entry, &o, 0);
	printer_free(&p);
	assert_string_equal(captured(&c),
	    "691\tERROR_X\tfirst\\nsecond\t\tRAS\tnow\t\t7\tlook\tERROR_Y\t\t\t\t\t\n"
	    "691\tERROR_X\tfirst\\nsecond\t\tRAS\tnow\t\t7\tlook\tERROR_Y\t\tx\t\ta.log:7\t3\n");
	free(c.buf);
}

static void
test_json_entry(void **state)
{
	struct capture c;
	struct printer p = { .format = FMT_JSON };

	(void)state;
	open_capture(&c);
	p.fp = c.fp;
	print_entry(&p, &entry, NULL, 1);
	printer_free(&p);
	assert_string_equal(captured(&c),
	    "{\"code\":691,\"name\":\"ERROR_X\",\"message\":\"first\\nsecond\","
	    "\"note\":null,\"family\":\"RAS\",\"current\":\"now\",\"also\":null,"
	    "\"windows\":\"7\",\"hint\":\"look\",\"win32_name\":\"ERROR_Y\","
	    "\"win32_message\":null,\"operand\":null,\"read_as\":null,"
	    "\"where\":null,\"count\":null}\n");
	free(c.buf);
}

/*
 * Records cross the printer's buffer whole, whether the entry's part or
 * the whole record is made or kept: the catalogue printed twice, each
 * entry for its code as operand, is the same both times, and larger than
 * the buffer, so some record is made across its end.
 */
static void
test_tsv_twice(void **state)
{
	size_t i, n, half;
	const struct raserr_entry *e = raserr_all(&n);
	struct capture c;
	struct printer p = { .format = FMT_TSV };
	struct origin o = { NULL, "", 0, NULL };
	char operand[16];
	const char *out;

	(void)state;
	open_capture(&c);
	p.fp = c.fp;
	for (i = 0; i < 2 * n; i++) {
		snprintf(operand, sizeof operand, "%ld", e[i % n].code);
		o.operand = operand;
		print_entry(&p, &e[i % n], &o, 0);
	}
	printer_free(&p);
	out = captured(&c);
	half = c.len / 2;
	assert_true(half > PRINTER_BUF);
	assert_int_equal(out[half - 1], '\n');
	assert_memory_equal(out, out + half, half);
	free(c.buf);
}

/* One record as a printer that has kept nothing prints it. */
static void
print_fresh(FILE *fp, enum format f, const struct raserr_entry *e,
    const struct origin *o)
{
	struct printer p = { .format = f };

	p.fp = fp;
	print_entry(&p, e, o, 0);
	printer_free(&p);
}

/* What is kept of a record is only used for the same entry, read the
 * same way from the same operand. */
static void
test_kept_records(void **state)
{
	static const struct origin o[] = {
		{ "691", NULL, 0, NULL }, { "691", "", 0, NULL },
		{ "0691", NULL, 0, NULL }, { "691", "0x2B3", 0, NULL },
		{ "691", NULL, 0, NULL }, { "691", NULL, 2, "log:7" },
		{ "691", NULL, 0, NULL }, { "69\t1", NULL, 0, NULL },
		{ "691", NULL, 0, NULL },
	};
	const enum format formats[] = { FMT_TSV, FMT_JSON };
	const struct raserr_entry *e[] = { raserr_find(691), raserr_find(809) };
	struct capture kept, fresh;
	size_t f, i;

	(void)state;
	for (f = 0; f < 2; f++) {
		struct printer p = { .format = formats[f] };

		open_capture(&kept);
		open_capture(&fresh);
		p.fp = kept.fp;
		for (i = 0; i < 2 * sizeof o / sizeof o[0]; i++) {
			print_entry(&p, e[i % 2], &o[i / 2], 0);
			print_fresh(fresh.fp, formats[f], e[i % 2], &o[i / 2]);
		}
		printer_free(&p);
		assert_string_equal(captured(&kept), captured(&fresh));
		free(kept.buf);
		free(fresh.buf);
	}
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
		cmocka_unit_test(test_tsv_twice),
		cmocka_unit_test(test_kept_records),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
