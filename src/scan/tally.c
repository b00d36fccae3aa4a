/*
 * The tally of a scan: per code, the lines that mention it and the
 * first of them; and the order in which the codes were first seen.
 */
#include <stdlib.h>
#include <string.h>

#include "scan.h"
#include "tally.h"

static size_t
slot(long code)
{
	return code <= RASERR_RAS_LAST ? (size_t)(code - RASERR_RAS_FIRST) :
	    (size_t)(RAS_SLOTS + code - RASERR_IKE_FIRST);
}

struct scan *
scan_new(void)
{
	struct scan *sc = calloc(1, sizeof *sc);

	if (sc == NULL)
		return NULL;
	sc->serial = 1;		/* a sighting's last is 0 until counted */
	sc->line = 1;
	textmatch_init(&sc->tm);
	events_init(&sc->ev);
	return sc;
}

void
scan_free(struct scan *sc)
{
	free(sc);
}

void
tally_count(struct scan *sc, long code, unsigned long line)
{
	struct sighting *s;

	if (!raserr_in_family(code))
		return;
	s = &sc->seen[slot(code)];
	if (s->count == 0) {
		s->file = sc->file;
		s->line = line;
		sc->order[sc->n++] = code;
	}
	if (s->event[0] == '\0')
		events_label(&sc->ev, s->event, sizeof s->event);
	if (s->last != sc->serial) {
		s->count++;
		s->last = sc->serial;
	}
}

void
tally_lines(struct scan *sc, unsigned long n)
{
	sc->line += n;
	if (!sc->ev.active)
		sc->serial += n;
}

size_t
scan_found(const struct scan *sc)
{
	return sc->n;
}

void
scan_get(const struct scan *sc, size_t i, struct scan_sighting *out)
{
	const struct sighting *s = &sc->seen[slot(sc->order[i])];

	out->code = sc->order[i];
	out->count = s->count;
	out->file = s->file;
	out->line = s->line;
	out->event = s->event[0] != '\0' ? s->event : NULL;
}
