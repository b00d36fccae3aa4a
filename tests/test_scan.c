/*
 * The --scan detector against the labelled corpus in tests/scan/: every
 * line must give exactly its codes.  Prints precision and recall.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "scan.h"
#include "scanfile.h"

#define MAXFOUND 16

struct found {
	long code[MAXFOUND];
	size_t n;
};

static void
collect(void *arg, long code)
{
	struct found *f = arg;

	if (f->n < MAXFOUND)
		f->code[f->n++] = code;
}

static int
has(const struct found *f, long code)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		if (f->code[i] == code)
			return 1;
	return 0;
}

/* "691,800" or "-" */
static void
parse_labels(char *s, struct found *want)
{
	char *tok;

	want->n = 0;
	if (strcmp(s, "-") == 0)
		return;
	for (tok = strtok(s, ","); tok != NULL; tok = strtok(NULL, ","))
		want->code[want->n++] = strtol(tok, NULL, 10);
}

static void
test_corpus(void **state)
{
	static struct textmatch tm;
	FILE *fp = fopen("tests/scan/corpus.tsv", "r");
	char *line = NULL;
	size_t cap = 0, i;
	long tp = 0, fp_ = 0, fn = 0, lines = 0, wrong;

	(void)state;
	assert_non_null(fp);
	textmatch_init(&tm);
	while (getline(&line, &cap, fp) != -1) {
		struct found want, got = { { 0 }, 0 };
		char *tab = strchr(line, '\t');

		if (line[0] == '#' || tab == NULL)
			continue;
		*tab++ = '\0';
		tab[strcspn(tab, "\n")] = '\0';
		parse_labels(line, &want);
		scan_line(&tm, tab, strlen(tab), 0, strlen(tab), collect, &got);
		lines++;
		wrong = 0;
		for (i = 0; i < got.n; i++)
			has(&want, got.code[i]) ? tp++ : (fp_++, wrong++);
		for (i = 0; i < want.n; i++)
			if (!has(&got, want.code[i]))
				fn++, wrong++;
		if (wrong) {
			print_message("wrong: %s\n  got:", tab);
			for (i = 0; i < got.n; i++)
				print_message(" %ld", got.code[i]);
			print_message("\n");
		}
	}
	free(line);
	fclose(fp);
	print_message("corpus: %ld lines, %ld true, %ld false positives, "
	    "%ld missed: precision %.3f, recall %.3f\n", lines, tp, fp_, fn,
	    tp + fp_ ? (double)tp / (double)(tp + fp_) : 1.0,
	    tp + fn ? (double)tp / (double)(tp + fn) : 1.0);
	assert_int_equal(fp_, 0);
	assert_int_equal(fn, 0);
}

/* A mention that straddles the pieces of an over-long line is found
 * once, at every offset around the first seam. */
static void
test_long_line(void **state)
{
	static struct tally t;
	static char text[300000];
	size_t at, i;

	(void)state;
	for (at = 65536 - 100; at < 65536 + 8; at += 3) {
		FILE *fp = tmpfile();

		assert_non_null(fp);
		memset(text, 'x', sizeof text);
		for (i = 0; i < sizeof text; i += 50)
			text[i] = ' ';
		/* the longest mention there is: a 44-letter name */
		memcpy(text + at, at % 2 ? " error 691 " :
		    " ERROR_EAPTLS_SCARD_CACHE_CREDENTIALS_INVALID ", at % 2 ? 11 : 46);
		text[sizeof text - 1] = '\n';
		assert_int_equal(fwrite(text, 1, sizeof text, fp), sizeof text);
		assert_int_equal(fflush(fp), 0);
		rewind(fp);
		tally_init(&t);
		assert_int_equal(scan_fd(fileno(fp), "long", &t), 0);
		fclose(fp);
		assert_int_equal(t.n, 1);
		assert_int_equal(t.order[0], at % 2 ? 691 : 847);
		assert_int_equal(t.seen[t.order[0]].count, 1);
		assert_int_equal(t.seen[t.order[0]].line, 1);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_corpus),
		cmocka_unit_test(test_long_line),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
