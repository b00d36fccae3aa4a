/*
 * memcpy() for the few bytes most fields and messages are.  A call into
 * libc for them costs more than the copy; copies of a size known here
 * become plain loads and stores.
 */
#ifndef SMALLCOPY_H
#define SMALLCOPY_H

#include <stddef.h>
#include <string.h>

static inline void
small_copy(char *d, const char *s, size_t n)
{
	if (n > 32)
		memcpy(d, s, n);
	else if (n >= 16) {	/* two copies that overlap when n < 32 */
		memcpy(d, s, 16);
		memcpy(d + (n - 16), s + (n - 16), 16);
	} else if (n >= 8) {
		memcpy(d, s, 8);
		memcpy(d + (n - 8), s + (n - 8), 8);
	} else if (n >= 4) {
		memcpy(d, s, 4);
		memcpy(d + (n - 4), s + (n - 4), 4);
	} else
		while (n-- > 0)
			*d++ = *s++;
}

#endif
