/*
 * libFuzzer: the generator's reader.  Any input either fails with
 * "fuzz.txt:LINE: ..." or gives records that survive being written
 * back and read again unchanged: never a silent wrong table.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen/codesfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
same(const char *a, const char *b)
{
	return a == NULL ? b == NULL : b != NULL && strcmp(a, b) == 0;
}

static void
check_error(const char *err)
{
	const char *p = err + strlen("fuzz.txt:");

	if (strncmp(err, "fuzz.txt:", 9) != 0 || *p < '1' || *p > '9')
		abort();
	while (*p >= '0' && *p <= '9')
		p++;
	if (strncmp(p, ": ", 2) != 0 || p[2] == '\0')
		abort();
}

static void
check_round_trip(const struct catalogue *cat)
{
	struct catalogue again;
	char *text = NULL, err[256];
	size_t len = 0, i;
	FILE *fp = open_memstream(&text, &len);
	int f;

	if (fp == NULL || codesfile_write(fp, cat) != 0 || fclose(fp) != 0)
		abort();
	fp = fmemopen(text, len, "r");
	if (fp == NULL || codesfile_read(fp, "again.txt", &again, err, sizeof err) != 0)
		abort();
	fclose(fp);
	if (again.n != cat->n)
		abort();
	for (i = 0; i < cat->n; i++) {
		const struct record *a = &cat->rec[i], *b = &again.rec[i];

		if (a->code != b->code || strcmp(a->name, b->name) != 0 ||
		    !same(a->win32_name, b->win32_name) ||
		    !same(a->win32_message, b->win32_message))
			abort();
		for (f = 0; f < NFIELDS; f++)
			if (!same(a->field[f], b->field[f]))
				abort();
	}
	codesfile_free(&again);
	free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct catalogue cat;
	char err[256];
	FILE *fp;

	if (size == 0)
		return 0;	/* fmemopen wants a buffer */
	if ((fp = fmemopen((void *)data, size, "r")) == NULL)
		abort();
	if (codesfile_read(fp, "fuzz.txt", &cat, err, sizeof err) == 0)
		check_round_trip(&cat);
	else
		check_error(err);
	codesfile_free(&cat);
	fclose(fp);
	return 0;
}
