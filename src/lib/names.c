/* Symbolic names as keys: case and an ERROR_ prefix do not count. */
#include "names.h"
#include "ascii.h"

const char *
namekey(const char *name)
{
	static const char prefix[] = "ERROR_";
	const char *p = name;
	const char *q = prefix;

	while (*q != '\0' && upper((unsigned char)*p) == *q) {
		p++;
		q++;
	}
	return *q == '\0' ? p : name;
}

int
namekey_cmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)namekey(a);
	const unsigned char *q = (const unsigned char *)namekey(b);

	while (*p != '\0' && upper(*p) == upper(*q)) {
		p++;
		q++;
	}
	return upper(*p) - upper(*q);
}
