/*
 * The catalogue against its sources in $REFDIR (../shared/reference):
 * every code, name and text to the letter.  Skips, saying so, when the
 * reference files are not there.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "raserr.h"

#define MAXCOLS 12

/* ---------------------------------------------------------------- reading */

static FILE *
open_ref(const char *name)
{
	const char *dir = getenv("REFDIR");
	char path[1024];
	FILE *fp;

	if (dir == NULL)
		dir = "../shared/reference";
	snprintf(path, sizeof path, "%s/%s", dir, name);
	if ((fp = fopen(path, "r")) == NULL) {
		print_message("%s not found: skipped\n", path);
		skip();
	}
	return fp;
}

/* Splits line in place at tabs; returns the number of columns. */
static int
split_tsv(char *line, char *col[MAXCOLS])
{
	int n = 0;

	line[strcspn(line, "\n")] = '\0';
	col[n++] = line;
	while (n < MAXCOLS && (line = strchr(line, '\t')) != NULL) {
		*line++ = '\0';
		col[n++] = line;
	}
	return n;
}

/* A reference TSV file read row by row, its header skipped. */
struct tsv {
	FILE *fp;
	char *line;
	size_t cap;
	char *col[MAXCOLS];
	long rows;
};

static void
tsv_open(struct tsv *t, const char *name)
{
	memset(t, 0, sizeof *t);
	t->fp = open_ref(name);
	assert_true(getline(&t->line, &t->cap, t->fp) != -1);
}

/* Reads the next row, which must have ncols columns; 0 at the end. */
static int
tsv_next(struct tsv *t, int ncols)
{
	if (getline(&t->line, &t->cap, t->fp) == -1)
		return 0;
	assert_int_equal(split_tsv(t->line, t->col), ncols);
	t->rows++;
	return 1;
}

static long
tsv_close(struct tsv *t)
{
	free(t->line);
	fclose(t->fp);
	return t->rows;
}

static void
put_utf8(char **w, unsigned long cp)
{
	unsigned char *p = (unsigned char *)*w;

	if (cp < 0x80)
		*p++ = (unsigned char)cp;
	else if (cp < 0x800) {
		*p++ = (unsigned char)(0xc0 | cp >> 6);
		*p++ = (unsigned char)(0x80 | (cp & 0x3f));
	} else {
		*p++ = (unsigned char)(0xe0 | cp >> 12);
		*p++ = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
		*p++ = (unsigned char)(0x80 | (cp & 0x3f));
	}
	*w = (char *)p;
}

/* HTML entities in place: &#NNNN; as UTF-8, &nbsp; dropped. */
static void
decode_html(char *s)
{
	char *w = s, *end;

	while (*s != '\0') {
		if (strncmp(s, "&#", 2) == 0) {
			unsigned long cp = strtoul(s + 2, &end, 10);

			assert_true(*end == ';' && cp > 0 && cp < 0x10000);
			put_utf8(&w, cp);
			s = end + 1;
		} else if (strncmp(s, "&nbsp;", 6) == 0)
			s += 6;
		else {
			assert_true(*s != '&');
			*w++ = *s++;
		}
	}
	*w = '\0';
}

/* ---------------------------------------------------------------- tests */

/* Every text of the seed list is the entry's message or its second text. */
static void
test_seed_list(void **state)
{
	FILE *fp = open_ref("000_ec6f863dbeb3be90.txt");
	char *line = NULL, *text;
	size_t cap = 0;
	long code, texts = 0, codes = 0, last = 0;

	(void)state;
	while (getline(&line, &cap, fp) != -1) {
		const struct raserr_entry *e;

		line[strcspn(line, "\n")] = '\0';
		if (strlen(line) < 5 || line[3] != ' ' ||
		    strspn(line, "0123456789") != 3)
			continue;
		code = strtol(line, NULL, 10);
		text = line + 4;
		if (strncmp(text, "&#8211; ", 8) == 0)
			text += 8;
		decode_html(text);
		e = raserr_find(code);
		if (e == NULL)
			fail_msg("seed code %ld missing", code);
		if (strcmp(e->message, text) != 0 &&
		    (e->also == NULL || strcmp(e->also, text) != 0))
			fail_msg("%ld: seed says \"%s\", catalogue \"%s\"", code, text,
			    e->message);
		texts++;
		codes += code != last;
		last = code;
	}
	free(line);
	fclose(fp);
	assert_int_equal(texts, 277);
	assert_int_equal(codes, 276);
}

/* The message Windows shows today: the SDK's, or the Docs description
 * where the SDK gives only the constant name. */
static const char *
todays_text(char *col[])
{
	return strcmp(col[4], col[1]) == 0 ? col[8] : col[4];
}

static enum raserr_windows
guard_to_windows(const char *guard)
{
	if (strcmp(guard, "#if (WINVER < 0x600)") == 0)
		return RASERR_WINDOWS_BEFORE_VISTA;
	if (strcmp(guard, "#if (WINVER <= 0x600)") == 0)
		return RASERR_WINDOWS_UP_TO_VISTA;
	if (strcmp(guard, "#if (WINVER >= 0x600)") == 0)
		return RASERR_WINDOWS_VISTA;
	if (strcmp(guard, "#if (WINVER >= 0x601)") == 0)
		return RASERR_WINDOWS_7;
	if (strcmp(guard, "#if (WINVER >= 0x603)") == 0)
		return RASERR_WINDOWS_8_1;
	assert_string_equal(guard, "");
	return RASERR_WINDOWS_ANY;
}

/* All 334 header codes: name, today's wording and version, exactly. */
static void
test_header_codes(void **state)
{
	struct tsv t;
	char **col = t.col;
	size_t n, ras = 0;
	const struct raserr_entry *all = raserr_all(&n);

	(void)state;
	tsv_open(&t, "ras-codes-by-source.tsv");
	while (tsv_next(&t, 10)) {
		const struct raserr_entry *e;
		const char *today;

		if ((e = raserr_find(strtol(col[0], NULL, 10))) == NULL)
			fail_msg("header code %s missing", col[0]);
		assert_string_equal(e->name, col[1]);
		assert_int_equal(e->family, RASERR_FAMILY_RAS);
		today = todays_text(col);
		if (strcmp(e->current ? e->current : e->message, today) != 0)
			fail_msg("%s: today's text is \"%s\"", col[0], today);
		if (e->current != NULL && strcmp(e->current, e->message) == 0)
			fail_msg("%s: current repeats message", col[0]);
		if (e->windows != guard_to_windows(col[6]))
			fail_msg("%s: windows %d, guard '%s'", col[0], e->windows, col[6]);
	}
	assert_int_equal(tsv_close(&t), 334);
	while (n-- > 0)
		ras += all[n].family == RASERR_FAMILY_RAS;
	assert_int_equal(ras, 334);
}

/* ras-codes.tsv, the short list, agrees with the long one on names. */
static void
test_header_names(void **state)
{
	struct tsv t;

	(void)state;
	tsv_open(&t, "ras-codes.tsv");
	while (tsv_next(&t, 4)) {
		const struct raserr_entry *e = raserr_find(strtol(t.col[0], NULL, 10));

		assert_non_null(e);
		assert_string_equal(e->name, t.col[1]);
		assert_ptr_equal(raserr_find_name(t.col[1]), e);
	}
	assert_int_equal(tsv_close(&t), 334);
}

/* The other meaning of each RAS number, and no RAS code without it. */
static void
test_winerror(void **state)
{
	struct tsv t;
	char **col = t.col;
	size_t n, i, with = 0;
	long shared = 0;
	const struct raserr_entry *all = raserr_all(&n);

	(void)state;
	tsv_open(&t, "winerror-500-999.tsv");
	while (tsv_next(&t, 4)) {
		const struct raserr_entry *e;
		int empty;

		if ((e = raserr_find(strtol(col[0], NULL, 10))) == NULL)
			continue;
		shared++;
		assert_non_null(e->win32_name);
		assert_string_equal(e->win32_name, col[1]);
		empty = col[2][0] == '\0' || strcmp(col[2], col[1]) == 0;
		if (empty)
			assert_null(e->win32_message);
		else
			assert_string_equal(e->win32_message, col[2]);
	}
	assert_int_equal(tsv_close(&t), 303);
	assert_int_equal(shared, 210);
	for (i = 0; i < n; i++)
		with += all[i].win32_name != NULL;
	assert_int_equal(with, 210);
}

static void
test_ike(void **state)
{
	struct tsv t;
	size_t n, ike = 0;
	const struct raserr_entry *all = raserr_all(&n);

	(void)state;
	tsv_open(&t, "ike-13800-13999.tsv");
	while (tsv_next(&t, 4)) {
		const struct raserr_entry *e = raserr_find(strtol(t.col[0], NULL, 10));

		assert_non_null(e);
		assert_int_equal(e->family, RASERR_FAMILY_IKE);
		assert_string_equal(e->name, t.col[1]);
		assert_string_equal(e->message, t.col[2]);
	}
	assert_int_equal(tsv_close(&t), 127);
	while (n-- > 0)
		ike += all[n].family == RASERR_FAMILY_IKE;
	assert_int_equal(ike, 127);
}

/*
 * The classic list's "New in Windows Vista." never contradicts the
 * windows field: the entry is defined in Vista (vista, up-to-vista), or
 * the SDK has no guard for it and the note says so.  And a note that
 * says there is no guard sits on no guarded entry.  Needs no reference
 * file: it holds the catalogue against itself.
 */
static void
test_vista_note(void **state)
{
	size_t n, i, noted = 0, unguarded = 0;
	const struct raserr_entry *all = raserr_all(&n);

	(void)state;
	for (i = 0; i < n; i++) {
		const struct raserr_entry *e = &all[i];
		int says_new = e->note != NULL &&
		    strstr(e->note, "New in Windows Vista") != NULL;
		int says_unguarded = e->note != NULL &&
		    strstr(e->note, "no version guard") != NULL;

		if (says_unguarded && e->windows != RASERR_WINDOWS_ANY)
			fail_msg("%ld: note says no guard, windows is %s", e->code,
			    raserr_windows_key(e->windows));
		if (!says_new)
			continue;
		noted++;
		if (e->windows == RASERR_WINDOWS_VISTA ||
		    e->windows == RASERR_WINDOWS_UP_TO_VISTA)
			continue;
		if (e->windows != RASERR_WINDOWS_ANY || !says_unguarded)
			fail_msg("%ld: new in Vista, but windows is %s", e->code,
			    e->windows == RASERR_WINDOWS_ANY ? "empty, unexplained" :
			    raserr_windows_key(e->windows));
		unguarded++;
	}
	assert_int_equal(noted, 26);		/* 802-827 */
	assert_int_equal(unguarded, 20);	/* all but 818-822 and 825 */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_list),
		cmocka_unit_test(test_header_codes),
		cmocka_unit_test(test_header_names),
		cmocka_unit_test(test_winerror),
		cmocka_unit_test(test_ike),
		cmocka_unit_test(test_vista_note),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
