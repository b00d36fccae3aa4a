/*
 * libFuzzer: the Windows command line's UTF-16, as little-endian pairs
 * of bytes, converted to UTF-8.  The result must fit the bound, be
 * well-formed, and decode to the input again, each lone surrogate
 * read back as U+FFFD.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf16.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The code point of the well-formed UTF-8 sequence s of len bytes. */
static unsigned long
decode(const unsigned char *s, size_t len)
{
	static const unsigned char lead_mask[] = { 0, 0x7f, 0x1f, 0x0f, 0x07 };
	unsigned long c = s[0] & lead_mask[len];
	size_t i;

	for (i = 1; i < len; i++)
		c = c << 6 | (s[i] & 0x3f);
	return c;
}

/* The code point that in[*i] begins, as the converter must read it. */
static unsigned long
expected(const uint16_t *in, size_t n, size_t *i)
{
	unsigned long c = in[*i];

	if (c >= 0xd800 && c <= 0xdbff && *i + 1 < n &&
	    in[*i + 1] >= 0xdc00 && in[*i + 1] <= 0xdfff) {
		(*i)++;
		return 0x10000 + ((c - 0xd800) << 10) + (in[*i] - 0xdc00UL);
	}
	return c >= 0xd800 && c <= 0xdfff ? 0xfffd : c;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t n = size / 2, i, at, len, got;
	uint16_t *in;
	char *out;

	in = malloc(n * sizeof *in + 1);
	out = malloc(UTF16_TO_UTF8_MAX(n));
	if (in == NULL || out == NULL)
		abort();
	for (i = 0; i < n; i++)
		in[i] = (uint16_t)(data[2 * i] | data[2 * i + 1] << 8);
	got = utf16_to_utf8(in, n, out);
	if (got >= UTF16_TO_UTF8_MAX(n) || out[got] != '\0')
		abort();
	for (i = 0, at = 0; i < n; i++, at += len) {
		len = utf8_len((const unsigned char *)out + at, got - at);
		if (len == 0 || decode((const unsigned char *)out + at, len) !=
		    expected(in, n, &i))
			abort();
	}
	if (at != got)
		abort();
	free(in);
	free(out);
	return 0;
}
