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

static unsigned
key_hash(const unsigned char *s)
{
	uint32_t h = 2166136261u;
	int i;

	for (i = 0; i < KEY; i++)
		h = (h ^ (uint32_t)lower(s[i])) * 16777619u;
	return h % TEXTMATCH_BUCKETS;
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
	tm->start4[h / 8] |= (unsigned char)(1u << (h % 8));
	p = &tm->pat[tm->n];
	p->text = text;
	p->len = len;
	p->code = e->code;
	p->common = e->hint != NULL;
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
	for (i = 0; i < TEXTMATCH_BUCKETS; i++)
		tm->bucket[i] = -1;
	for (i = 0; i < n; i++) {
		if (e[i].family != RASERR_FAMILY_RAS)
			continue;
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

/*
 * A pattern counts when it matches whole (its final full stop may be
 * missing), or for ENOUGH bytes; the longest match wins.  Of a tie
 * between codes, a common failure wins (809 over 811, which begin
 * alike); else there is no answer.
 */
void
text_try(const struct textmatch *tm, const unsigned char *s, size_t len,
    size_t i, struct text_best *tb)
{
	short k;

	if (len - i < MIN_TEXT || !text_may_start(tm, s + i))
		return;
	for (k = tm->bucket[key_hash(s + i)]; k >= 0; k = tm->pat[k].next) {
		const struct text_pattern *p = &tm->pat[k];
		size_t m = matched(p, s + i, len - i);

		if (m < p->len && !(m == p->len - 1 && p->text[m] == '.') &&
		    m < ENOUGH)
			continue;
		if (m > tb->len || (m == tb->len && p->common && !tb->common)) {
			tb->len = m;
			tb->code = p->code;
			tb->common = p->common;
			tb->tie = 0;
		} else if (m == tb->len && p->code != tb->code &&
		    p->common == tb->common)
			tb->tie = 1;
	}
}

long
text_best_code(const struct text_best *tb)
{
	return tb->len == 0 || tb->tie ? -1 : tb->code;
}
