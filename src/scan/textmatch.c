#include "textmatch.h"

#include <stdint.h>
#include <string.h>

#include "raserr.h"
#include "ascii.h"

/* Shorter texts ("Unknown error.") are too common to mean one code. */
#define MIN_TEXT 30
/* Bytes hashed to find candidates; every pattern is longer. */
#define KEY 12
/* A quote this long is enough, even cut short or run on. */
#define ENOUGH 60
/*
 * A quote is the start of a pattern, MIN_TEXT - 1 bytes or more (a final
 * full stop may be missing).  The filter looks at the line every
 * HEAD_STEP bytes, so a quote covers a HEAD-byte head there, the
 * pattern's own from one of its first HEAD_STEP bytes: all of those are
 * in heads.  A head that is there is looked at more closely: the quote
 * also covers a GRAM-byte piece that starts at the head, or BACK bytes
 * before it, and that is the pattern's own from one of its first
 * GRAM_STEP bytes: those are in grams.  Pieces this long seldom meet a
 * log line by chance; heads, looked at for every HEAD_STEP bytes of
 * text, are shorter so that they can be further apart.
 */
#define HEAD 8
#define HEAD_STEP 22
#define GRAM 16
#define GRAM_STEP 14
#define BACK 8
_Static_assert(HEAD_STEP - 1 + HEAD <= MIN_TEXT - 1, "a quote covers a head");
_Static_assert(GRAM_STEP - 1 + GRAM <= MIN_TEXT - 1, "a quote covers a piece");
_Static_assert(HEAD_STEP - 1 - BACK < GRAM_STEP && GRAM_STEP >= BACK &&
    HEAD_STEP - 1 - BACK + GRAM <= MIN_TEXT - 1, "or the piece BACK bytes before");
/* Bits a piece sets in the filter: with some 10,000 pieces in 2^18 bits,
 * a line of log passes by chance about once in a thousand. */
#define GRAM_PROBES 3

/*
 * The codes public text mentions three times or more (the lines of
 * tests/scan/real.tsv), most often first.  A quote cut short can fit
 * several messages that begin alike, and then the code people meet far
 * more often is the likely one: 809 over 808 and 811.  test_scan holds
 * this order to the corpus.
 */
static const short often_met[] = {
	809, 691, 651, 720, 800, 812, 13801, 789, 798, 678, 628, 13806,
	629, 633, 718, 619, 623, 13868, 734, 640, 680, 692, 721, 649,
	676, 741, 806, 853, 600, 603, 630, 733, 742, 766, 788, 813, 650,
	652, 787, 703, 709, 13805, 711, 602, 614, 632, 642, 769, 868,
	13843, 621, 631, 638, 645, 679, 714, 732, 735, 736, 738, 745,
	756, 778, 791, 808, 864, 604, 605, 611, 615, 648, 665, 708, 717,
	740, 751, 780, 786, 790, 810, 811, 827, 13825, 13834,
};

static unsigned
key_hash(const unsigned char *s)
{
	uint32_t h = 2166136261u;
	int i;

	for (i = 0; i < KEY; i++)
		h = (h ^ (uint32_t)lower(s[i])) * 16777619u;
	return h % TEXTMATCH_BUCKETS;
}

/* The first 8 bytes at s, ASCII case folded as text_start_hash() does,
 * hashed: the filter's first look, and half of gram_hash(). */
static uint64_t
head_hash(const unsigned char *s)
{
	uint64_t v;

	memcpy(&v, s, sizeof v);
	return (v | 0x2020202020202020u) * 0x9e3779b97f4a7c15u;
}

/* A hash of the GRAM bytes at s, head_hash() of the first 8 on; the
 * filter's GRAM_PROBES bits are taken from it. */
static uint64_t
gram_hash(const unsigned char *s, uint64_t head)
{
	uint64_t v;

	memcpy(&v, s + 8, sizeof v);
	return (head ^ (v | 0x2020202020202020u)) * 0xc2b2ae3d27d4eb4fu;
}

static int
has_bit(const unsigned char *set, unsigned bit)
{
	return set[bit / 8] >> (bit % 8) & 1;
}

static void
set_bit(unsigned char *set, unsigned bit)
{
	set[bit / 8] |= (unsigned char)(1u << (bit % 8));
}

static unsigned
probe(uint64_t h, int k)
{
	return (unsigned)(h >> (64 - TEXTMATCH_GRAM_BITS - 18 * k)) &
	    ((1u << TEXTMATCH_GRAM_BITS) - 1);
}

static void
add_grams(struct textmatch *tm, const char *text)
{
	const unsigned char *t = (const unsigned char *)text;
	uint64_t head, h;
	int i, k;

	for (i = 0; i < HEAD_STEP; i++) {
		head = head_hash(t + i);
		set_bit(tm->heads, (unsigned)(head >> (64 - TEXTMATCH_GRAM_BITS)));
		if (i >= GRAM_STEP)
			continue;
		h = gram_hash(t + i, head);
		for (k = 0; k < GRAM_PROBES; k++)
			set_bit(tm->grams, probe(h, k));
	}
}

/* Is the GRAM-byte piece at s, whose head hashes to head, in grams? */
static int
has_gram(const struct textmatch *tm, const unsigned char *s, uint64_t head)
{
	uint64_t h = gram_hash(s, head);
	int k;

	for (k = 0; k < GRAM_PROBES; k++)
		if (!has_bit(tm->grams, probe(h, k)))
			return 0;
	return 1;
}

size_t
text_next(const struct textmatch *tm, const unsigned char *s, size_t len,
    size_t from)
{
	uint64_t head;
	size_t q, last;

	if (len < HEAD)
		return len;
	for (q = from, last = len - HEAD; q <= last; q += HEAD_STEP) {
		head = head_hash(s + q);
		if (!has_bit(tm->heads, (unsigned)(head >> (64 - TEXTMATCH_GRAM_BITS))))
			continue;
		if ((len - q >= GRAM && has_gram(tm, s + q, head)) ||
		    (q - from >= BACK && has_gram(tm, s + q - BACK,
		    head_hash(s + q - BACK))))
			return q;
	}
	return len;
}

int
text_rank(long code)
{
	size_t i;

	for (i = 0; i < sizeof often_met / sizeof often_met[0]; i++)
		if (often_met[i] == code)
			return (int)i + 1;
	return 0;
}

static void
add(struct textmatch *tm, const char *text, const struct raserr_entry *e)
{
	struct text_pattern *p;
	size_t len = 0;
	unsigned b, h;

	if (text == NULL || tm->n == TEXTMATCH_PATTERNS)
		return;
	while (text[len] != '\0')
		len++;
	if (len < MIN_TEXT)
		return;
	b = key_hash((const unsigned char *)text);
	h = text_start_hash((const unsigned char *)text);
	set_bit(tm->start4, h);
	add_grams(tm, text);
	p = &tm->pat[tm->n];
	p->text = text;
	p->len = len;
	p->code = e->code;
	p->rank = text_rank(e->code);
	p->next = tm->bucket[b];
	tm->bucket[b] = (short)tm->n++;
}

void
textmatch_init(struct textmatch *tm)
{
	size_t n, i;
	const struct raserr_entry *e = raserr_all(&n);

	tm->n = 0;
	memset(tm->start4, 0, sizeof tm->start4);
	memset(tm->grams, 0, sizeof tm->grams);
	memset(tm->heads, 0, sizeof tm->heads);
	for (i = 0; i < TEXTMATCH_BUCKETS; i++)
		tm->bucket[i] = -1;
	for (i = 0; i < n; i++) {
		add(tm, e[i].message, &e[i]);
		add(tm, e[i].current, &e[i]);
		add(tm, e[i].also, &e[i]);
	}
}

/* How many bytes of p match s[0..avail), ignoring ASCII case. */
static size_t
matched(const struct text_pattern *p, const unsigned char *s, size_t avail)
{
	size_t m = 0;

	while (m < p->len && m < avail && lower(s[m]) == lower((unsigned char)p->text[m]))
		m++;
	return m;
}

/* Does rank a beat rank b?  A ranked code beats an unranked one. */
static int
outranks(int a, int b)
{
	return a != 0 && (b == 0 || a < b);
}

/*
 * A pattern counts when it matches whole (its final full stop may be
 * missing), or for ENOUGH bytes; the longest match wins.  Of a tie
 * between codes, the one met more often wins; between two codes
 * seldom met there is no answer.
 */
void
text_try(const struct textmatch *tm, const unsigned char *s, size_t len,
    size_t i, struct text_best *tb)
{
	short k;

	if (len - i < MIN_TEXT - 1 || !text_may_start(tm, s + i))
		return;
	for (k = tm->bucket[key_hash(s + i)]; k >= 0; k = tm->pat[k].next) {
		const struct text_pattern *p = &tm->pat[k];
		size_t m = matched(p, s + i, len - i);

		if (m < p->len && !(m == p->len - 1 && p->text[m] == '.') &&
		    m < ENOUGH)
			continue;
		if (m > tb->len || (m == tb->len && outranks(p->rank, tb->rank))) {
			tb->len = m;
			tb->code = p->code;
			tb->rank = p->rank;
			tb->tie = 0;
			tb->at = i;
		} else if (m == tb->len && p->code != tb->code &&
		    p->rank == tb->rank)
			tb->tie = 1;
	}
}

long
text_best_code(const struct text_best *tb)
{
	return tb->len == 0 || tb->tie ? -1 : tb->code;
}
