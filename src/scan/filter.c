/*
 * The quick look before --scan reads a line closely: where can a mention
 * of a code by number or by name start at all?  Most log lines hold
 * none, and seeing that thirty-two bytes a step is what lets --scan
 * keep up with grep.
 */
#include "filter.h"

#include <stdint.h>
#include <string.h>

#include "ascii.h"
#include "events.h"

/* Bit k of a mask stands for byte k of a 64-byte block. */

/* What the block loop is made of is inlined into each of its two copies
 * (see first_start()), with gcc and clang even where they would not. */
#if defined(__GNUC__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

/* The lowest set bit's number (v != 0): one instruction where the
 * compiler has it, else a de Bruijn sequence. */
static ALWAYS_INLINE unsigned
lowest_bit(uint64_t v)
{
#if defined(__GNUC__)
	return (unsigned)__builtin_ctzll(v);
#else
	static const unsigned char debruijn[64] = {
		0, 1, 2, 53, 3, 7, 54, 27, 4, 38, 41, 8, 34, 55, 48, 28,
		62, 5, 39, 46, 44, 42, 22, 9, 24, 35, 59, 56, 49, 18, 29, 11,
		63, 52, 6, 26, 37, 40, 33, 47, 61, 45, 43, 21, 23, 58, 17, 10,
		51, 25, 36, 32, 60, 20, 57, 16, 50, 31, 19, 15, 30, 14, 13, 12
	};

	return debruijn[((v & -v) * 0x022fdd63cc95386du) >> 58];
#endif
}

/*
 * Which of the 64 bytes at p are digits, and which may begin a name, an
 * event record or a fullwidth digit ('E', 'R', 0xEF); bit k for byte k.
 * Plain C, a byte a step: what machines without SSE2 run, and what the
 * SSE2 and AVX2 paths must equal (the tests compare them).
 */
struct filter_masks
filter_masks_plain(const unsigned char *p)
{
	struct filter_masks m = { 0, 0 };
	int k;

	for (k = 0; k < 64; k++) {
		m.digits |= (uint64_t)((unsigned)p[k] - '0' < 10) << k;
		m.starts |= (uint64_t)(p[k] == 'E' || p[k] == 'R' || p[k] == 0xef) << k;
	}
	return m;
}

#ifdef __SSE2__
#include <emmintrin.h>

/*
 * Sixteen bytes an instruction, on every x86-64: the one fast path kept
 * for speed, both masks from one load so that each byte is read once.
 */
static inline uint64_t
digits16(__m128i b)
{
	__m128i d = _mm_sub_epi8(b, _mm_set1_epi8('0'));

	return (unsigned)_mm_movemask_epi8(
	    _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d));
}

static inline uint64_t
starts16(__m128i b)
{
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
	    _mm_cmpeq_epi8(b, _mm_set1_epi8('E')),
	    _mm_cmpeq_epi8(b, _mm_set1_epi8('R'))),
	    _mm_cmpeq_epi8(b, _mm_set1_epi8((char)0xef))));
}

/* Written out four times, not as a loop: shifts by constants. */
static inline struct filter_masks
masks(const unsigned char *p)
{
	const __m128i *v = (const __m128i *)(const void *)p;
	__m128i b0 = _mm_loadu_si128(v), b1 = _mm_loadu_si128(v + 1);
	__m128i b2 = _mm_loadu_si128(v + 2), b3 = _mm_loadu_si128(v + 3);
	struct filter_masks m;

	m.digits = digits16(b0) | digits16(b1) << 16 | digits16(b2) << 32 |
	    digits16(b3) << 48;
	m.starts = starts16(b0) | starts16(b1) << 16 | starts16(b2) << 32 |
	    starts16(b3) << 48;
	return m;
}
#else
static inline struct filter_masks
masks(const unsigned char *p)
{
	return filter_masks_plain(p);
}
#endif

/*
 * Thirty-two bytes an instruction where the processor has AVX2 (nearly
 * every x86-64 since 2013): the masks were an eighth of the scan's time,
 * and this takes a tenth off the whole.  gcc and clang build it beside
 * the SSE2 path and filter_next() picks one at run time.
 */
#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#define WIDE __attribute__((target("avx2")))

WIDE static inline uint64_t
digits32(__m256i b)
{
	__m256i d = _mm256_sub_epi8(b, _mm256_set1_epi8('0'));

	return (uint32_t)_mm256_movemask_epi8(
	    _mm256_cmpeq_epi8(_mm256_min_epu8(d, _mm256_set1_epi8(9)), d));
}

WIDE static inline uint64_t
starts32(__m256i b)
{
	return (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(_mm256_or_si256(
	    _mm256_cmpeq_epi8(b, _mm256_set1_epi8('E')),
	    _mm256_cmpeq_epi8(b, _mm256_set1_epi8('R'))),
	    _mm256_cmpeq_epi8(b, _mm256_set1_epi8((char)0xef))));
}

WIDE static inline struct filter_masks
wide_masks(const unsigned char *p)
{
	const __m256i *v = (const __m256i *)(const void *)p;
	__m256i lo = _mm256_loadu_si256(v), hi = _mm256_loadu_si256(v + 1);
	struct filter_masks m;

	m.digits = digits32(lo) | digits32(hi) << 32;
	m.starts = starts32(lo) | starts32(hi) << 32;
	return m;
}

static int
wide(void)
{
	return __builtin_cpu_supports("avx2");
}
#else
static int
wide(void)
{
	return 0;
}
#endif

struct filter_masks
filter_masks(const unsigned char *p, int use_wide)
{
#ifdef WIDE
	if (use_wide && wide())
		return wide_masks(p);
#endif
	return masks(p);
}

/* The 64 bytes from s + at, where they lie or, near the end, copied to
 * pad with zeros after len. */
static const unsigned char *
block_at(const unsigned char *s, size_t len, size_t at, unsigned char *pad)
{
	if (len - at >= 64)
		return s + at;
	memset(pad, 0, 64);
	memcpy(pad, s + at, len - at);
	return pad;
}

/* Bit k: is byte k + j a digit, for a block of digit mask d followed
 * by one of mask next (0 < j < 64). */
static ALWAYS_INLINE uint64_t
ahead(uint64_t d, uint64_t next, unsigned j)
{
	return d >> j | next << (64 - j);
}

/* "0x2B3": a run of one digit. */
static ALWAYS_INLINE int
hex_prefix(const unsigned char *s, size_t len, size_t i)
{
	return s[i] == '0' && i + 1 < len && (s[i + 1] | 0x20) == 'x';
}

/* "691": a run of three digits, from 600 on and not glued to a word or
 * a number, as in "pppd[755]", "12.734" or "691ms" (see glued_left() and
 * glued_right() in detect.c). */
static ALWAYS_INLINE int
three_digits(const unsigned char *s, size_t len, size_t i)
{
	if (s[i] < '6' || (i > 0 && (is_ascii_alpha(s[i - 1]) || is_digit(s[i - 1]))))
		return 0;
	if (i > 1 && is_ascii_alnum(s[i - 2]) && (s[i - 1] == '.' ||
	    s[i - 1] == '[' || s[i - 1] == '\\' || s[i - 1] == '@'))
		return 0;
	return i + 3 == len || !(is_ascii_alpha(s[i + 3]) || is_digit(s[i + 3]) ||
	    s[i + 3] == '%');
}

/* A run of five digits or more: 8007xxxx, 2147942400, -2147024205 and
 * 0000000691 are HRESULTs of codes, 13801 is an IKE code.  No form of a
 * code has a run of four (800702B3 has six), and the years, ports and
 * process numbers of a log that do are not looked at. */
static ALWAYS_INLINE int
long_run(const unsigned char *s, size_t len, size_t i)
{
	(void)len;
	return memcmp(s + i, "8007", 4) == 0 || memcmp(s + i, "0000", 4) == 0 ||
	    (memcmp(s + i, "214", 3) == 0 && (s[i + 3] == '7' || s[i + 3] == '8')) ||
	    (memcmp(s + i, "13", 2) == 0 && (s[i + 2] == '8' || s[i + 2] == '9'));
}

/* "ERROR_", an event record's start or provider, or a fullwidth digit
 * ("８０９", EF BC 90-99).  The byte after the first rules out most
 * capitals of a line at once: every word events_may_open() knows has 'v',
 * 'a' or 'e' there ("Event", "RasClient", "RemoteAccess"). */
static ALWAYS_INLINE int
other_start(const unsigned char *s, size_t len, size_t i)
{
	unsigned next = len - i > 1 ? s[i + 1] : 0;

	if (s[i] == 0xef)
		return next == 0xbc && len - i >= 3 && s[i + 2] >= 0x90 &&
		    s[i + 2] <= 0x99;
	if (next == 'R')	/* "ERROR\_" in Markdown */
		return (len - i >= 6 && memcmp(s + i, "ERROR_", 6) == 0) ||
		    (len - i >= 7 && memcmp(s + i, "ERROR\\_", 7) == 0);
	return (next == 'v' || next == 'a' || next == 'e') &&
	    events_may_open(s, len, i);
}

/* The lowest bit of c under bit best whose byte, in the block at s + at,
 * passes ok; best if none. */
static ALWAYS_INLINE unsigned
first_passing(uint64_t c, int (*ok)(const unsigned char *, size_t, size_t),
    const unsigned char *s, size_t len, size_t at, unsigned best)
{
	if (best < 64)
		c &= ((uint64_t)1 << best) - 1;
	for (; c != 0; c &= c - 1)
		if (ok(s, len, at + lowest_bit(c)))
			return lowest_bit(c);
	return best;
}

/*
 * Where in the block at s + at the first mention may start, 64 if
 * nowhere: d is its digit mask, prev and next those of the blocks around
 * it, st its mask of letters that may begin a name or a record.  The
 * masks mark the few places worth a look; each kind is looked at in a
 * loop of its own, since a choice between kinds at every place is one
 * the processor guesses wrong.
 */
static ALWAYS_INLINE unsigned
block_first(const unsigned char *s, size_t len, size_t at, uint64_t prev,
    uint64_t d, uint64_t next, uint64_t st)
{
	uint64_t run = d & ~(d << 1 | prev >> 63);
	uint64_t a1 = ahead(d, next, 1), a2 = ahead(d, next, 2);
	uint64_t a3 = ahead(d, next, 3), a4 = ahead(d, next, 4);
	unsigned best;

	best = first_passing(run & a1 & a2 & a3 & a4, long_run, s, len, at, 64);
	best = first_passing(run & a1 & a2 & ~a3, three_digits, s, len, at, best);
	best = first_passing(run & ~a1, hex_prefix, s, len, at, best);
	return first_passing(st, other_start, s, len, at, best);
}

/*
 * The filter itself, for either way of taking the masks: inlined into
 * each of the two callers below, so that masks_of is a known function
 * and the masks are taken in registers.
 */
static ALWAYS_INLINE size_t
first_start(const unsigned char *s, size_t len, size_t from,
    struct filter_masks (*masks_of)(const unsigned char *))
{
	const struct filter_masks none = { 0, 0 };
	struct filter_masks cur, next;
	uint64_t prev = (uint64_t)(from > 0 && is_digit(s[from - 1])) << 63;
	unsigned char pad[64];
	size_t at;
	unsigned k;

	if (from >= len)
		return len;
	next = masks_of(block_at(s, len, from, pad));
	for (at = from; at < len; at += 64) {
		cur = next;
		next = len - at > 64 ? masks_of(block_at(s, len, at + 64, pad)) : none;
		k = block_first(s, len, at, prev, cur.digits, next.digits,
		    cur.starts);
		if (k < 64)
			return at + k;
		prev = cur.digits;
	}
	return len;
}

#ifdef WIDE
WIDE static size_t
first_start_wide(const unsigned char *s, size_t len, size_t from)
{
	return first_start(s, len, from, wide_masks);
}
#endif

size_t
filter_next_narrow(const char *s, size_t len, size_t from)
{
	return first_start((const unsigned char *)s, len, from, masks);
}

size_t
filter_next(const char *s, size_t len, size_t from)
{
#ifdef WIDE
	if (wide())
		return first_start_wide((const unsigned char *)s, len, from);
#endif
	return filter_next_narrow(s, len, from);
}

/* The plain count, a byte a step: what machines without SSE2 run, and
 * what the SSE2 and AVX2 counts must equal. */
size_t
filter_newlines_plain(const char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += s[i] == '\n';
	return k;
}

#ifdef __SSE2__
/*
 * Counted sixteen bytes an instruction: the lines between two that are
 * read run to hundreds, and a memchr() call for each was a tenth of the
 * scan.  Each byte counter of acc takes at most 252 steps before it is
 * summed into k.
 */
size_t
filter_newlines_narrow(const char *s, size_t n)
{
	const __m128i nl = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();
	const __m128i *v;
	__m128i acc;
	size_t i = 0, k = 0;
	int steps;

	while (n - i >= 64) {
		acc = zero;
		for (steps = 0; steps < 63 && n - i >= 64; steps++, i += 64) {
			v = (const __m128i *)(const void *)(s + i);
			acc = _mm_sub_epi8(_mm_sub_epi8(acc,
			    _mm_cmpeq_epi8(nl, _mm_loadu_si128(v))),
			    _mm_add_epi8(_mm_add_epi8(
			    _mm_cmpeq_epi8(nl, _mm_loadu_si128(v + 1)),
			    _mm_cmpeq_epi8(nl, _mm_loadu_si128(v + 2))),
			    _mm_cmpeq_epi8(nl, _mm_loadu_si128(v + 3))));
		}
		acc = _mm_sad_epu8(acc, zero);
		k += (size_t)_mm_cvtsi128_si32(acc) +
		    (size_t)_mm_cvtsi128_si32(_mm_srli_si128(acc, 8));
	}
	return k + filter_newlines_plain(s + i, n - i);
}
#else
size_t
filter_newlines_narrow(const char *s, size_t n)
{
	return filter_newlines_plain(s, n);
}
#endif

#ifdef WIDE
/* The same thirty-two bytes an instruction. */
WIDE static size_t
newlines_wide(const char *s, size_t n)
{
	const __m256i nl = _mm256_set1_epi8('\n'), zero = _mm256_setzero_si256();
	const __m256i *v;
	__m256i acc;
	size_t i = 0, k = 0;
	int steps;

	while (n - i >= 64) {
		acc = zero;
		for (steps = 0; steps < 127 && n - i >= 64; steps++, i += 64) {
			v = (const __m256i *)(const void *)(s + i);
			acc = _mm256_sub_epi8(_mm256_sub_epi8(acc,
			    _mm256_cmpeq_epi8(nl, _mm256_loadu_si256(v))),
			    _mm256_cmpeq_epi8(nl, _mm256_loadu_si256(v + 1)));
		}
		acc = _mm256_sad_epu8(acc, zero);
		k += (size_t)_mm256_extract_epi64(acc, 0) +
		    (size_t)_mm256_extract_epi64(acc, 1) +
		    (size_t)_mm256_extract_epi64(acc, 2) +
		    (size_t)_mm256_extract_epi64(acc, 3);
	}
	return k + filter_newlines_plain(s + i, n - i);
}
#endif

size_t
filter_newlines(const char *s, size_t n)
{
#ifdef WIDE
	if (wide())
		return newlines_wide(s, n);
#endif
	return filter_newlines_narrow(s, n);
}
