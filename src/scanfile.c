#include "scanfile.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "scan.h"

#define CHUNK 65536
/* Longest piece of a line scanned at once; a longer line is scanned in
 * pieces that overlap by TAIL bytes, so that memory stays bounded. */
#define LINE_KEEP 65536
#define TAIL 160	/* twice the longest mention, a symbolic name */

struct reader {
	struct tally *t;
	const char *name;
	unsigned long line;
	char buf[LINE_KEEP];
	size_t len;		/* bytes of the current line in buf */
	size_t from;		/* where mentions not yet scanned start */
};

void
tally_init(struct tally *t)
{
	memset(t, 0, sizeof *t);
	t->serial = 1;		/* a sighting's last is 0 until counted */
	textmatch_init(&t->tm);
}

static void
count(void *arg, long code)
{
	struct reader *r = arg;
	struct tally *t = r->t;
	struct sighting *s = &t->seen[code];

	if (s->count == 0) {
		s->file = r->name;
		s->line = r->line;
		t->order[t->n++] = (short)code;
	}
	if (s->last != t->serial) {
		s->count++;
		s->last = t->serial;
	}
}

static void
end_line(struct reader *r)
{
	scan_line(&r->t->tm, r->buf, r->len, r->from, r->len, count, r);
	r->len = 0;
	r->from = 0;
	r->line++;
	r->t->serial++;
}

/* The buffer is full mid-line: scan all but the last TAIL/2 bytes, and
 * keep TAIL bytes as context for the next piece. */
static void
split_line(struct reader *r)
{
	scan_line(&r->t->tm, r->buf, r->len, r->from, r->len - TAIL / 2, count, r);
	memmove(r->buf, r->buf + r->len - TAIL, TAIL);
	r->len = TAIL;
	r->from = TAIL / 2;
}

static void
feed(struct reader *r, const char *p, size_t n)
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

int
scan_fd(int fd, const char *name, struct tally *t)
{
	struct reader r;
	char chunk[CHUNK];
	ssize_t n;
	int saved;

	r.t = t;
	r.name = name;
	r.line = 1;
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
