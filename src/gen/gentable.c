/*
 * gentable: turn data/codes.txt into the C table that src/catalogue.c
 * includes.  Build-time only; the table is never committed.
 *
 * usage: gentable codes.txt > table.inc
 */
#include <stdio.h>
#include <stdlib.h>

#include "raserr.h"
#include "names.h"
#include "codesfile.h"

/* Octal for anything but printable ASCII keeps the output plain and exact. */
static void
put_string(FILE *out, const char *s)
{
	if (s == NULL) {
		fputs("NULL", out);
		return;
	}
	putc('"', out);
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\' || c == '?')
			fprintf(out, "\\%c", c);
		else if (c < 0x20 || c > 0x7e)
			fprintf(out, "\\%03o", c);
		else
			putc(c, out);
	}
	putc('"', out);
}

static void
put_entry(FILE *out, const struct record *r)
{
	int w = r->field[F_WINDOWS] ? raserr_windows_parse(r->field[F_WINDOWS]) : 0;

	fprintf(out, "\t{ %ld, ", r->code);
	put_string(out, r->name);
	fputs(",\n\t  ", out);
	put_string(out, r->field[F_MESSAGE]);
	fputs(",\n\t  ", out);
	put_string(out, r->field[F_ALSO]);
	fputs(", ", out);
	put_string(out, r->field[F_CURRENT]);
	fputs(",\n\t  ", out);
	put_string(out, r->field[F_NOTE]);
	fputs(", ", out);
	put_string(out, r->field[F_HINT]);
	fputs(",\n\t  ", out);
	put_string(out, r->win32_name);
	fputs(", ", out);
	put_string(out, r->win32_message);
	fprintf(out, ",\n\t  %s, (enum raserr_windows)%d, ",
	    r->code >= RASERR_IKE_FIRST ? "RASERR_FAMILY_IKE" : "RASERR_FAMILY_RAS",
	    w);
	put_string(out, r->field[F_SOURCE]);
	fputs(" },\n", out);
}

static const struct catalogue *sort_cat;

static int
index_by_name(const void *a, const void *b)
{
	const size_t *p = a, *q = b;

	return namekey_cmp(sort_cat->rec[*p].name, sort_cat->rec[*q].name);
}

/* Indices into table[] in name order, for binary search by name. */
static int
put_name_index(FILE *out, const struct catalogue *cat)
{
	size_t *idx = cat->n > 0 ? malloc(cat->n * sizeof *idx) : NULL;
	size_t i;

	if (idx == NULL)
		return -1;
	for (i = 0; i < cat->n; i++)
		idx[i] = i;
	sort_cat = cat;
	qsort(idx, cat->n, sizeof *idx, index_by_name);
	fputs("static const unsigned short by_name[] = {", out);
	for (i = 0; i < cat->n; i++)
		fprintf(out, "%s%zu,", i % 12 ? " " : "\n\t", idx[i]);
	fputs("\n};\n", out);
	free(idx);
	return 0;
}

/* Index into table[] of each number 600-999, or -1: lookups of RAS
 * codes, the common case, then take one step instead of nine.  And where
 * the codes above 999 start, so that a number between those and the RAS
 * codes is known at once not to be a code. */
static void
put_ras_index(FILE *out, const struct catalogue *cat)
{
	long code;
	size_t i = 0;

	fprintf(out, "static const short ras_index[%ld] = {",
	    RASERR_RAS_LAST - RASERR_RAS_FIRST + 1);
	for (code = RASERR_RAS_FIRST; code <= RASERR_RAS_LAST; code++) {
		while (i < cat->n && cat->rec[i].code < code)
			i++;
		fprintf(out, "%s%ld,", (code - RASERR_RAS_FIRST) % 12 ? " " : "\n\t",
		    i < cat->n && cat->rec[i].code == code ? (long)i : -1L);
	}
	fputs("\n};\n", out);
	while (i < cat->n && cat->rec[i].code <= RASERR_RAS_LAST)
		i++;
	fprintf(out, "\nstatic const size_t past_ras = %lu;\n", (unsigned long)i);
}

int
main(int argc, char *argv[])
{
	struct catalogue cat;
	char err[256];
	FILE *fp;
	size_t i;
	int status = EXIT_SUCCESS;

	if (argc != 2) {
		fputs("usage: gentable codes.txt\n", stderr);
		return EXIT_FAILURE;
	}
	if ((fp = fopen(argv[1], "rb")) == NULL) {
		perror(argv[1]);
		return EXIT_FAILURE;
	}
	if (codesfile_read(fp, argv[1], &cat, err, sizeof err) < 0) {
		fprintf(stderr, "%s\n", err);
		status = EXIT_FAILURE;
	} else if (cat.n > 65535) {
		fprintf(stderr, "%s: too many entries\n", argv[1]);
		status = EXIT_FAILURE;
	} else {
		printf("/* Generated from %s by gentable. Do not edit. */\n\n", argv[1]);
		puts("static const struct raserr_entry table[] = {");
		for (i = 0; i < cat.n; i++)
			put_entry(stdout, &cat.rec[i]);
		puts("};\n");
		put_ras_index(stdout, &cat);
		if (put_name_index(stdout, &cat) < 0) {
			fputs("gentable: out of memory\n", stderr);
			status = EXIT_FAILURE;
		}
		if (fflush(stdout) == EOF || ferror(stdout)) {
			perror("gentable: stdout");
			status = EXIT_FAILURE;
		}
	}
	codesfile_free(&cat);
	fclose(fp);
	return status;
}
