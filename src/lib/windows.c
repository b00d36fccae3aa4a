/*
 * The Windows versions an entry is guarded by: one table of the keys
 * that data/codes.txt, tsv and json write and of the words text shows,
 * so that the generator and the writers cannot disagree.
 */
#include <string.h>

#include "raserr.h"

static const struct {
	const char *key, *text;
} version[] = {
	[RASERR_WINDOWS_ANY] = { NULL, NULL },
	[RASERR_WINDOWS_BEFORE_VISTA] = { "before-vista", "not used since Windows Vista" },
	[RASERR_WINDOWS_UP_TO_VISTA] = { "up-to-vista", "up to Windows Vista" },
	[RASERR_WINDOWS_VISTA] = { "vista", "since Windows Vista" },
	[RASERR_WINDOWS_7] = { "7", "since Windows 7" },
	[RASERR_WINDOWS_8_1] = { "8.1", "since Windows 8.1" }
};

#define NVERSIONS (sizeof version / sizeof version[0])

const char *
raserr_windows_key(enum raserr_windows w)
{
	return (size_t)w < NVERSIONS ? version[w].key : NULL;
}

const char *
raserr_windows_text(enum raserr_windows w)
{
	return (size_t)w < NVERSIONS ? version[w].text : NULL;
}

int
raserr_windows_parse(const char *key)
{
	size_t i;

	for (i = 1; i < NVERSIONS; i++)
		if (strcmp(key, version[i].key) == 0)
			return (int)i;
	return -1;
}
