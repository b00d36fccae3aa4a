/*
 * A line as the detector reads it.  Text reaches --scan escaped in ways
 * that hide a code's context: HTML character references from web pages
 * ("603 &#8211; Caller&#8217;s buffer"), percent-encoded links
 * ("%E9%94%99%E8%AF%AF-628"), Markdown's escaped underscores in names
 * ("ERROR\_VPN\_TIMEOUT"), and the fullwidth digits and punctuation
 * of CJK text ("８０９", "651，").  Each is turned into what it stands
 * for (fullwidth punctuation into ASCII with a space on either side);
 * nothing ever grows, so the copy fits in the line's own length.
 */
#include <string.h>

#include "ascii.h"
#include "normalize.h"
#include "utf8.h"

/* The longest character reference worth decoding: "&#x10FFFF;". */
#define REF_MAX 10

static const struct {
	const char *name;	/* with its ';' */
	const char *text;	/* UTF-8, never longer than "&" name */
} named[] = {
	{ "amp;", "&" }, { "lt;", "<" }, { "gt;", ">" }, { "quot;", "\"" },
	{ "apos;", "'" }, { "nbsp;", " " }, { "ndash;", "\xe2\x80\x93" },
	{ "mdash;", "\xe2\x80\x94" }, { "lsquo;", "\xe2\x80\x98" },
	{ "rsquo;", "\xe2\x80\x99" }, { "ldquo;", "\xe2\x80\x9c" },
	{ "rdquo;", "\xe2\x80\x9d" }, { "hellip;", "\xe2\x80\xa6" },
	{ "laquo;", "\xc2\xab" }, { "raquo;", "\xc2\xbb" }
};

/* cp as UTF-8 at out; its length, or 0 if cp is no character. */
static size_t
put_utf8(unsigned long cp, unsigned char *out)
{
	if (cp == 0 || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return utf8_put(cp, out);
}

/* "&#8211;", "&#x2013;" or "&amp;" at s: bytes consumed, the text in
 * out and its length in *n; 0 if s holds no reference that ends. */
static size_t
reference(const unsigned char *s, size_t avail, unsigned char *out, size_t *n)
{
	size_t i, k;
	unsigned long cp = 0;
	int hex;

	if (avail > REF_MAX)
		avail = REF_MAX;
	if (avail >= 4 && s[1] == '#') {
		hex = s[2] == 'x' || s[2] == 'X';
		for (i = 2 + (size_t)hex; i < avail && (hex ? is_hex(s[i]) :
		    is_digit(s[i])); i++)
			cp = cp * (hex ? 16 : 10) + (unsigned long)hex_value(s[i]);
		if (i == 2 + (size_t)hex || i == avail || s[i] != ';' ||
		    (*n = put_utf8(cp, out)) == 0)
			return 0;
		return i + 1;
	}
	for (k = 0; k < sizeof named / sizeof named[0]; k++) {
		i = strlen(named[k].name);
		if (i < avail && memcmp(s + 1, named[k].name, i) == 0) {
			*n = strlen(named[k].text);
			memcpy(out, named[k].text, *n);
			return i + 1;
		}
	}
	return 0;
}

/* "%E9%94%99": a character of UTF-8 written as percent escapes.  Only
 * those: "%20" and "691%" are left alone.  Bytes consumed, or 0. */
static size_t
percent_char(const unsigned char *s, size_t avail, unsigned char *out, size_t *n)
{
	unsigned char b[4];
	size_t k, need;

	for (k = 0; k < 4 && 3 * k + 2 < avail && s[3 * k] == '%' &&
	    is_hex(s[3 * k + 1]) && is_hex(s[3 * k + 2]); k++)
		b[k] = (unsigned char)(hex_value(s[3 * k + 1]) << 4 |
		    hex_value(s[3 * k + 2]));
	if (k == 0 || b[0] < 0x80 || (need = utf8_len(b, k)) == 0)
		return 0;
	memcpy(out, b, need);
	*n = need;
	return 3 * need;
}

/* A fullwidth form (U+FF01-FF5E) or an ideographic comma or full stop
 * at s: its ASCII twin, or 0. */
static int
fullwidth(const unsigned char *s, size_t avail)
{
	if (avail < 3)
		return 0;
	if (s[0] == 0xef && s[1] == 0xbc && s[2] >= 0x81 && s[2] <= 0xbf)
		return s[2] - 0x81 + '!';
	if (s[0] == 0xef && s[1] == 0xbd && s[2] >= 0x80 && s[2] <= 0x9e)
		return s[2] - 0x80 + '`';
	if (s[0] == 0xe3 && s[1] == 0x80 && (s[2] == 0x81 || s[2] == 0x82))
		return s[2] == 0x81 ? ',' : '.';
	return 0;
}

int
normalize_wanted(const char *s, size_t len)
{
	return memchr(s, '&', len) != NULL || memchr(s, '%', len) != NULL ||
	    memchr(s, 0xef, len) != NULL || memchr(s, 0xe3, len) != NULL ||
	    memchr(s, '\\', len) != NULL;
}

size_t
normalize_line(const char *in, size_t len, char *out, size_t *from,
    size_t *upto)
{
	const unsigned char *s = (const unsigned char *)in;
	unsigned char *d = (unsigned char *)out, text[4];
	size_t i = 0, o = 0, used, n, f = *from, u = *upto;
	int c;

	while (i < len) {
		if (i == f)
			*from = o;
		if (i == u)
			*upto = o;
		used = 0;
		if (s[i] == '&')
			used = reference(s + i, len - i, text, &n);
		else if (s[i] == '%')
			used = percent_char(s + i, len - i, text, &n);
		else if (s[i] == '\\' && i + 1 < len && s[i + 1] == '_') {
			text[0] = '_';
			n = 1;
			used = 2;
		}
		else if ((c = fullwidth(s + i, len - i)) != 0) {
			/* punctuation set apart, as its width did: "789：L2TP" */
			n = 0;
			if (!is_digit(c) && !is_ascii_alpha(c))
				text[n++] = ' ';
			text[n++] = (unsigned char)c;
			if (!is_digit(c) && !is_ascii_alpha(c))
				text[n++] = ' ';
			used = 3;
		}
		if (used == 0) {
			d[o++] = s[i++];
			continue;
		}
		memcpy(d + o, text, n);
		o += n;
		/* a place inside what was replaced maps to its end */
		if (f > i && f < i + used)
			*from = o;
		if (u > i && u < i + used)
			*upto = o;
		i += used;
	}
	if (f >= len)
		*from = o;
	if (u >= len)
		*upto = o;
	return o;
}
