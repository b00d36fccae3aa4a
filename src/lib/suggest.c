/*
 * "did you mean ...?" for a mistyped symbolic name: the nearest name by
 * edit distance, when near enough to be a typo.
 */
#include "raserr.h"

#include <string.h>

#include "names.h"
#include "ascii.h"

#define KEY_MAX 64

/* Edit distance (insert, delete, substitute, swap neighbours), ASCII
 * case folded; both strings shorter than KEY_MAX. */
static size_t
distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j;
	size_t d[3][KEY_MAX + 1];	/* rows i-2, i-1, i, rolling */

	for (j = 0; j <= lb; j++)
		d[0][j] = j;
	for (i = 1; i <= la; i++) {
		size_t *cur = d[i % 3], *prev = d[(i - 1) % 3], *prev2 = d[(i + 1) % 3];

		cur[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t cost = upper((unsigned char)a[i - 1]) !=
			    upper((unsigned char)b[j - 1]);
			size_t best = prev[j - 1] + cost;

			if (prev[j] + 1 < best)
				best = prev[j] + 1;
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;
			if (i > 1 && j > 1 && cost &&
			    upper((unsigned char)a[i - 1]) == upper((unsigned char)b[j - 2]) &&
			    upper((unsigned char)a[i - 2]) == upper((unsigned char)b[j - 1]) &&
			    prev2[j - 2] + 1 < best)
				best = prev2[j - 2] + 1;
			cur[j] = best;
		}
	}
	return d[la % 3][lb];
}

const struct raserr_entry *
raserr_suggest(const char *name)
{
	const char *key = namekey(name);
	size_t n, i, best = (size_t)-1, len = strlen(key);
	const struct raserr_entry *e = raserr_all(&n), *found = NULL;

	if (len == 0 || len >= KEY_MAX)
		return NULL;
	for (i = 0; i < n; i++) {
		const char *k = namekey(e[i].name);
		size_t d;

		if (strlen(k) >= KEY_MAX)
			continue;
		if ((d = distance(key, k)) < best) {
			best = d;
			found = &e[i];
		}
	}
	/* a typo: two edits, or one in five letters for long names */
	return best <= (len / 5 > 2 ? len / 5 : 2) ? found : NULL;
}
