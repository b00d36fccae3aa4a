/*
 * UTF-16 and byte order marks read as UTF-8.  Whatever else comes in
 * (UTF-8, Windows-1252, binary) passes unchanged: the detector reads
 * bytes, and its words need no valid UTF-8.
 */
#include <string.h>

#include "decode.h"
#include "utf8.h"

#define REPLACEMENT 0xfffdUL
#define SNIFF DECODE_SNIFF

void
decoder_init(struct decoder *d)
{
	memset(d, 0, sizeof *d);
}

/* ASCII text in UTF-16LE without a BOM: most even bytes non-zero, most
 * odd bytes zero. */
static int
looks_utf16le(const unsigned char *s, size_t n)
{
	size_t i, pairs = 0, ascii = 0;

	for (i = 0; i + 1 < n && i < SNIFF; i += 2, pairs++)
		ascii += s[i] != 0 && s[i + 1] == 0;
	return pairs >= 2 && ascii * 10 >= pairs * 9;
}

/* Which encoding, and how many bytes of BOM to skip. */
static size_t
sniff(struct decoder *d, const unsigned char *s, size_t n)
{
	if (n >= 3 && s[0] == 0xef && s[1] == 0xbb && s[2] == 0xbf) {
		d->enc = ENC_UTF8;
		return 3;
	}
	if (n >= 2 && s[0] == 0xff && s[1] == 0xfe) {
		d->enc = ENC_UTF16LE;
		return 2;
	}
	if (n >= 2 && s[0] == 0xfe && s[1] == 0xff) {
		d->enc = ENC_UTF16BE;
		return 2;
	}
	d->enc = looks_utf16le(s, n) ? ENC_UTF16LE : ENC_UTF8;
	return 0;
}

/*
 * How many bytes from the start tell the encoding: the first SNIFF, or
 * those up to the first newline when it comes sooner, so that a reader
 * of lines answers the first one at once.  Both are fixed by the text,
 * not by how reads cut it.  0 while there are not enough yet.
 */
static size_t
told_by(const unsigned char *s, size_t n, int last)
{
	const unsigned char *nl = memchr(s, '\n', n < SNIFF ? n : SNIFF);

	if (nl != NULL)
		return (size_t)(nl - s) + 1;
	if (n >= SNIFF)
		return SNIFF;
	return last ? n : 0;
}

/* One code unit: a character, half of a pair, or a lone half. */
static size_t
unit(struct decoder *d, unsigned long u, unsigned char *o)
{
	size_t n = 0;

	if (d->high != 0) {
		if (u >= 0xdc00 && u <= 0xdfff) {
			u = 0x10000 + ((d->high - 0xd800) << 10) + (u - 0xdc00);
			d->high = 0;
			return utf8_put(u, o);
		}
		n = utf8_put(REPLACEMENT, o);
		d->high = 0;
	}
	if (u >= 0xd800 && u <= 0xdbff) {
		d->high = u;
		return n;
	}
	if (u >= 0xdc00 && u <= 0xdfff)
		u = REPLACEMENT;
	return n + utf8_put(u, o + n);
}

#ifdef __SSE2__
#include <emmintrin.h>

/*
 * Eight units a step where they are all ASCII: with a UTF-16 log, this
 * decoding was half the scan.  The plain loops of ascii() finish what
 * this leaves, and fuzz_decode holds the two ways equal (the same text
 * decoded whole and in small pieces).
 */
static size_t
ascii8(const unsigned char *s, size_t left, int be, unsigned char *out)
{
	const __m128i zero = _mm_setzero_si128();
	const __m128i other = _mm_set1_epi16(be ? (short)0x80ff : (short)0xff80);
	__m128i v;
	size_t j;

	for (j = 0; left - j >= 8; j += 8) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + 2 * j));
		if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(v, other),
		    zero)) != 0xffff)
			break;
		if (be)
			v = _mm_srli_epi16(v, 8);
		_mm_storel_epi64((__m128i *)(void *)(out + j), _mm_packus_epi16(v, v));
	}
	return j;
}
#else
static size_t
ascii8(const unsigned char *s, size_t left, int be, unsigned char *out)
{
	(void)s, (void)left, (void)be, (void)out;
	return 0;
}
#endif

/*
 * Most of a log is ASCII, a byte out for two in: the ASCII units from
 * s[i] on go to o + *k eight at a time, then four, then one at a time.
 * Returns where the first unit that is not ASCII (or the last whole one)
 * is.
 */
static size_t
ascii(const unsigned char *s, size_t i, size_t n, int be,
    unsigned char *o, size_t *k)
{
	const unsigned char *p = s + i + (size_t)be, *z = s + i + (size_t)!be;
	unsigned char *out = o + *k;
	size_t left = (n - i) / 2, j = ascii8(s + i, left, be, out);

	for (; left - j >= 4 && (z[2 * j] | z[2 * j + 2] | z[2 * j + 4] |
	    z[2 * j + 6]) == 0 && ((p[2 * j] | p[2 * j + 2] | p[2 * j + 4] |
	    p[2 * j + 6]) & 0x80) == 0; j += 4) {
		out[j] = p[2 * j];
		out[j + 1] = p[2 * j + 2];
		out[j + 2] = p[2 * j + 4];
		out[j + 3] = p[2 * j + 6];
	}
	for (; j < left && z[2 * j] == 0 && p[2 * j] < 0x80; j++)
		out[j] = p[2 * j];
	*k += j;
	return i + 2 * j;
}

/* The code units of s[i..n), as UTF-16 of d's byte order, into o. */
static size_t
units(struct decoder *d, const unsigned char *s, size_t i, size_t n,
    unsigned char *o)
{
	size_t k = 0;
	int be = d->enc == ENC_UTF16BE;

	if (d->have_odd && i < n) {
		k += unit(d, be ? (unsigned long)d->odd << 8 | s[i] :
		    (unsigned long)s[i] << 8 | d->odd, o);
		d->have_odd = 0;
		i++;
	}
	while (i + 1 < n) {
		if (d->high == 0 && (i = ascii(s, i, n, be, o, &k)) + 1 >= n)
			break;
		k += unit(d, be ? (unsigned long)s[i] << 8 | s[i + 1] :
		    (unsigned long)s[i + 1] << 8 | s[i], o + k);
		i += 2;
	}
	if (i < n) {
		d->odd = s[i];
		d->have_odd = 1;
	}
	return k;
}

/*
 * The first bytes of a stream: too few to tell a BOM or UTF-16 by wait
 * in d->head.  Once there are enough, the encoding is decided on them
 * and what follows in in[0..n); their text goes to out.
 */
static size_t
start(struct decoder *d, const unsigned char *s, size_t n, unsigned char *o,
    int last)
{
	unsigned char look[SNIFF];
	size_t take = n < SNIFF - d->nhead ? n : SNIFF - d->nhead, skip, k = 0, t;

	memcpy(look, d->head, d->nhead);
	memcpy(look + d->nhead, s, take);
	if ((t = told_by(look, d->nhead + take, last)) == 0) {
		memcpy(d->head + d->nhead, s, n);	/* n < SNIFF - nhead */
		d->nhead += n;
		return 0;
	}
	skip = sniff(d, look, t);
	if (d->enc == ENC_UTF8) {
		memcpy(o, look + skip, d->nhead - (skip < d->nhead ? skip : d->nhead));
		k = d->nhead > skip ? d->nhead - skip : 0;
		skip = skip > d->nhead ? skip - d->nhead : 0;
		memcpy(o + k, s + skip, n - skip);
		d->nhead = 0;
		return k + n - skip;
	}
	k = units(d, look, skip < d->nhead ? skip : d->nhead, d->nhead, o);
	skip = skip > d->nhead ? skip - d->nhead : 0;
	d->nhead = 0;
	return k + units(d, s, skip, n, o + k);
}

const char *
decode(struct decoder *d, const char *in, size_t n, char *out, size_t *outlen)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t t;

	if (d->enc == ENC_UNKNOWN && d->nhead == 0 && (t = told_by(s, n, 0)) > 0) {
		size_t skip = sniff(d, s, t);

		if (d->enc == ENC_UTF8) {
			*outlen = n - skip;
			return in + skip;
		}
		*outlen = units(d, s, skip, n, (unsigned char *)out);
		return out;
	}
	if (d->enc == ENC_UNKNOWN) {
		*outlen = start(d, s, n, (unsigned char *)out, 0);
		return out;
	}
	if (d->enc == ENC_UTF8) {
		*outlen = n;
		return in;
	}
	*outlen = units(d, s, 0, n, (unsigned char *)out);
	return out;
}

size_t
decode_end(struct decoder *d, char *out)
{
	size_t k = 0;

	if (d->enc == ENC_UNKNOWN)
		k = start(d, (const unsigned char *)"", 0, (unsigned char *)out, 1);
	if (d->high != 0 || d->have_odd)
		k += utf8_put(REPLACEMENT, (unsigned char *)out + k);
	d->high = 0;
	d->have_odd = 0;
	return k;
}
