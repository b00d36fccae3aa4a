/* UTF-16 to UTF-8, for the Windows command line. */
#include "utf16.h"
#include "utf8.h"

#define REPLACEMENT 0xfffdUL

static int
is_high(unsigned long u)
{
	return u >= 0xd800 && u <= 0xdbff;
}

static int
is_low(unsigned long u)
{
	return u >= 0xdc00 && u <= 0xdfff;
}

/*
 * Windows keeps names as UTF-16 without checking that surrogates pair up,
 * so an argument may hold a lone one, which no UTF-8 can spell.  It
 * becomes U+FFFD, as the Unicode standard advises: the name is then
 * shown, never opened, rather than refused before anything is tried.
 */
size_t
utf16_to_utf8(const uint16_t *in, size_t n, char *out)
{
	char *o = out;
	unsigned long c;
	size_t i;

	for (i = 0; i < n; i++) {
		c = in[i];
		if (is_high(c) && i + 1 < n && is_low(in[i + 1]))
			c = 0x10000 + ((c - 0xd800) << 10) + (in[++i] - 0xdc00UL);
		else if (is_high(c) || is_low(c))
			c = REPLACEMENT;
		o += utf8_put(c, (unsigned char *)o);
	}
	*o = '\0';
	return (size_t)(o - out);
}
