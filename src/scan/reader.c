/*
 * The reader: a file cut into lines in bounded memory, each line passed
 * to the detector, what it finds counted in the tally.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "scan.h"
#include "detect.h"
#include "filter.h"
#include "tally.h"

#define CHUNK 65536
/* Longest piece of a line scanned at once; a longer line is scanned in
 * pieces that overlap by TAIL bytes, so that memory stays bounded. */
#define LINE_KEEP 65536
#define TAIL 160	/* twice the longest mention, a symbolic name */

struct reader {
	struct scan *sc;
	char buf[LINE_KEEP];
	size_t len;		/* bytes of the current line in buf */
	size_t from;		/* where mentions not yet scanned start */
};

static void
count(void *arg, long code)
{
	struct reader *r = arg;

	tally_count(r->sc, code);
}

static void
end_line(struct reader *r)
{
	scan_line(&r->sc->tm, r->buf, r->len, r->from, r->len, count, r);
	r->len = 0;
	r->from = 0;
	tally_lines(r->sc, 1);
}

/* The buffer is full mid-line: scan all but the last TAIL/2 bytes, and
 * keep TAIL bytes as context for the next piece. */
static void
split_line(struct reader *r)
{
	scan_line(&r->sc->tm, r->buf, r->len, r->from, r->len - TAIL / 2, count, r);
	memmove(r->buf, r->buf + r->len - TAIL, TAIL);
	r->len = TAIL;
	r->from = TAIL / 2;
}

/* Bytes of a line cut by the end of a chunk: gathered in the buffer. */
static void
carry(struct reader *r, const char *p, size_t n)
{
	while (n > 0) {
		const char *nl = memchr(p, '\n', n);
		size_t take = nl ? (size_t)(nl - p) : n;
		size_t room = LINE_KEEP - r->len;

		if (take > room)
			take = room;
		memcpy(r->buf + r->len, p, take);
		r->len += take;
		p += take;
		n -= take;
		if (n > 0 && *p == '\n') {
			end_line(r);
			p++;
			n--;
		} else if (r->len == LINE_KEEP)
			split_line(r);
	}
}

/*
 * Whole lines s[0..n), the last ending at s[n - 1], read where they lie.
 * Only the lines the filter or the quote filter points at are scanned;
 * the others are only counted.  Each filter's last answer stands until
 * the scanning has passed it, so no byte is sifted twice.
 */
static void
sift(struct reader *r, const char *s, size_t n)
{
	const struct textmatch *tm = &r->sc->tm;
	const unsigned char *u = (const unsigned char *)s;
	size_t at = 0, code = filter_next(s, n, 0), text = text_next(tm, u, n, 0);
	size_t hit, start, end;

	while ((hit = code < text ? code : text) < n) {
		for (start = hit; start > at && s[start - 1] != '\n'; start--)
			continue;
		tally_lines(r->sc, filter_newlines(s + at, start - at));
		end = (size_t)((const char *)memchr(s + hit, '\n', n - hit) - s);
		scan_line(tm, s + start, end - start, 0, end - start, count, r);
		tally_lines(r->sc, 1);
		at = end + 1;
		if (code < at)
			code = filter_next(s, n, at);
		if (text < at)
			text = text_next(tm, u, n, at);
	}
	tally_lines(r->sc, filter_newlines(s + at, n - at));
}

/* A chunk: the end of the line the last one cut, whole lines, and the
 * start of a line the next one ends. */
static void
feed(struct reader *r, const char *p, size_t n)
{
	const char *nl;
	size_t head = 0, tail = n;

	if (r->len > 0) {
		nl = memchr(p, '\n', n);
		head = nl != NULL ? (size_t)(nl - p) + 1 : n;
		carry(r, p, head);
	}
	while (tail > head && p[tail - 1] != '\n')
		tail--;
	sift(r, p + head, tail - head);
	carry(r, p + tail, n - tail);
}

int
scan_fd(struct scan *sc, int fd, const char *name)
{
	struct reader r;
	char chunk[CHUNK];
	ssize_t n;
	int saved;

	sc->file = name;
	sc->line = 1;
	r.sc = sc;
	r.len = 0;
	r.from = 0;
	for (;;) {
		do
			n = read(fd, chunk, sizeof chunk);
		while (n < 0 && errno == EINTR);
		if (n <= 0)
			break;
		feed(&r, chunk, (size_t)n);
	}
	saved = errno;
	if (r.len > 0)
		end_line(&r);
	errno = saved;
	return n < 0 ? -1 : 0;
}

void
scan_text(struct scan *sc, const char *s, size_t len, const char *name)
{
	struct reader r;

	sc->file = name;
	sc->line = 1;
	r.sc = sc;
	scan_line(&sc->tm, s, len, 0, len, count, &r);
	tally_lines(sc, 1);
}
