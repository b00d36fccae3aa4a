/*
 * The lookup core: binary search over the generated table, which
 * gentable emits sorted by code, and over by_name[], its indices sorted
 * by name key; RAS codes, the common case, go straight through
 * ras_index[], and numbers between them and the next codes stop at once.
 */
#include <stddef.h>

#include "raserr.h"
#include "names.h"

#include "table.inc"

#define NENTRIES (sizeof table / sizeof table[0])

/*
 * Index of the first entry whose code is >= code, or > code when past is
 * set; NENTRIES if there is none.
 */
static size_t
bound(long code, int past)
{
	size_t lo = 0, hi = NENTRIES;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (table[mid].code < code || (past && table[mid].code == code))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const struct raserr_entry *
raserr_find(long code)
{
	size_t i;

	if (code >= RASERR_RAS_FIRST && code <= RASERR_RAS_LAST)
		return ras_index[code - RASERR_RAS_FIRST] < 0 ? NULL :
		    &table[ras_index[code - RASERR_RAS_FIRST]];
	if (code > RASERR_RAS_LAST && (past_ras == NENTRIES || code < table[past_ras].code))
		return NULL;
	if (code < table[0].code || code > table[NENTRIES - 1].code)
		return NULL;
	i = bound(code, 0);

	return i < NENTRIES && table[i].code == code ? &table[i] : NULL;
}

const struct raserr_entry *
raserr_find_name(const char *name)
{
	size_t lo = 0, hi = NENTRIES;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct raserr_entry *e = &table[by_name[mid]];
		int c = namekey_cmp(name, e->name);

		if (c == 0)
			return e;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

const struct raserr_entry *
raserr_range(long lo, long hi, size_t *count)
{
	size_t first = bound(lo, 0);
	size_t end = hi < lo ? first : bound(hi, 1);

	*count = end - first;
	return &table[first];
}

const struct raserr_entry *
raserr_all(size_t *count)
{
	*count = NENTRIES;
	return table;
}

const char *
raserr_family_text(enum raserr_family f)
{
	return f == RASERR_FAMILY_IKE ? "IKE" : "RAS";
}
