/*
 * Windows event records in text: the XML of Event Viewer and
 * Get-WinEvent, PowerShell's Format-List, wevtutil's text, Event
 * Viewer's CSV and tab-separated exports.  A record of RasClient,
 * RemoteAccess, Rasman or RasSstp carries a code in an insertion string
 * or in its binary data, and names where the codes on its lines came
 * from.
 */
#ifndef EVENTS_H
#define EVENTS_H

#include <stddef.h>

/* Values of a record that wait for its provider and event ID. */
#define EVENTS_PENDING 4

struct events {
	int active;		/* inside a record */
	int provider;		/* index of a RAS provider, or -1 */
	long id;		/* event ID, or -1 */
	int data;		/* <Data> elements of the record so far */
	int list;		/* in a "Key : value" record (ends at a blank
				 * line once its source is named) */
	int named;
	unsigned lines;		/* lines of the record so far */
	struct {
		long value;
		int slot;	/* insertion string (1-based), 0 for binary data */
		unsigned long line;
	} pending[EVENTS_PENDING];
	int npending;
};

typedef void events_found_fn(void *arg, long code, unsigned long line);

void events_init(struct events *ev);

/*
 * Reads one line (line number lineno) for the records it opens, holds
 * or closes; fn gets each code a record carries, with the line it was
 * on.  Returns 1 while a record is open, so that the caller reads every
 * line until it closes.
 */
int events_line(struct events *ev, const char *s, size_t len,
    unsigned long lineno, events_found_fn *fn, void *arg);

/* The input ends: a record still open closes. */
void events_end(struct events *ev, events_found_fn *fn, void *arg);

/* "RasClient 20227": the provider and event ID of the record being
 * read, into buf; 0 when no RAS record with both is open. */
int events_label(const struct events *ev, char *buf, size_t size);

/* May s[i] open a record, or name its provider: "<Event", "EventID"
 * at a line's start, a provider's name as a value?  s[0..len) holds
 * whole lines, or the start of one. */
int events_may_open(const unsigned char *s, size_t len, size_t i);

#endif
