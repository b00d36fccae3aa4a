/*
 * The reader: a file decoded to UTF-8 and cut into lines in bounded
 * memory; each line shown to the event records and the detector, what
 * they find counted in the tally.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "scan.h"
#include "decode.h"
#include "detect.h"
#include "events.h"
#include "filter.h"
#include "tally.h"

/*
 * Longest piece of a line scanned at once; a longer line is scanned in
 * pieces that overlap by TAIL bytes, so that memory stays bounded.
 * Each piece reports what starts in its middle, with TAIL / 2 bytes of
 * context on either side: more than a sentence that names codes needs.
 */
#define LINE_KEEP 65536
#define TAIL 4096

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

	tally_count(r->sc, code, r->sc->line);
}

static void
count_event(void *arg, long code, unsigned long line)
{
	struct reader *r = arg;

	tally_count(r->sc, code, line);
}

/* A whole line: the event records see it, then the detector. */
static void
read_line(struct reader *r, const char *s, size_t len, size_t from)
{
	struct scan *sc = r->sc;

	if (from == 0)
		events_line(&sc->ev, s, len, sc->line, count_event, r);
	scan_line(&sc->tm, s, len, from, len, count, r);
	tally_lines(sc, 1);
}

static void
end_line(struct reader *r)
{
	read_line(r, r->buf, r->len, r->from);
	r->len = 0;
	r->from = 0;
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
 * Only the lines the filter or the quote filter point at are read, and
 * every line of an event record; the others are only counted.  Each
 * filter's last answer stands until the reading has passed it, so no
 * byte is looked at twice.
 */
static void
sift(struct reader *r, const char *s, size_t n)
{
	const struct textmatch *tm = &r->sc->tm;
	const unsigned char *u = (const unsigned char *)s;
	size_t at = 0, code = filter_next(s, n, 0), text = text_next(tm, u, n, 0);
	size_t hit, start, end;

	while (at < n) {
		if (r->sc->ev.active)
			start = at;
		else if ((hit = code < text ? code : text) < n) {
			for (start = hit; start > at && s[start - 1] != '\n'; start--)
				continue;
			tally_lines(r->sc, filter_newlines(s + at, start - at));
		} else
			break;
		end = (size_t)((const char *)memchr(s + start, '\n', n - start) - s);
		read_line(r, s + start, end - start, 0);
		at = end + 1;
		if (code < at)
			code = filter_next(s, n, at);
		if (text < at)
			text = text_next(tm, u, n, at);
	}
	if (at < n)
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
	char *chunk = sc->chunk, *text = sc->text;
	struct reader r;
	struct decoder d;
	const char *p;
	ssize_t n;
	size_t len;
	int saved;

	sc->file = name;
	sc->line = 1;
	events_init(&sc->ev);
	decoder_init(&d);
	r.sc = sc;
	r.len = 0;
	r.from = 0;
	for (;;) {
		do
			n = read(fd, chunk, CHUNK);
		while (n < 0 && errno == EINTR);
		if (n <= 0)
			break;
		p = decode(&d, chunk, (size_t)n, text, &len);
		feed(&r, p, len);
	}
	saved = errno;
	if ((len = decode_end(&d, text)) > 0)
		carry(&r, text, len);
	if (r.len > 0)
		end_line(&r);
	events_end(&sc->ev, count_event, &r);
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
