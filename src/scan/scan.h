/*
 * --scan's engine: free text in (logs, event exports, forum posts,
 * pasted messages), the RAS and IKE codes it mentions out, each once in
 * the order first seen, with the lines that mention it and where.  It
 * knows nothing of options or output.
 */
#ifndef SCAN_H
#define SCAN_H

#include <stddef.h>

struct scan;

struct scan_sighting {
	long code;
	unsigned long count;	/* lines that mention it */
	const char *file;	/* where first seen: the name as given */
	unsigned long line;
	const char *event;	/* "RasClient 20227": the event record it was
				 * first seen in with one, or NULL */
};

/* A new, empty scan, or NULL without memory. */
struct scan *scan_new(void);

void scan_free(struct scan *sc);

/* Reads fd to its end, naming it name (kept by reference) in
 * sightings.  Returns 0, or -1 on a read error with errno set; what
 * was read before it is counted. */
int scan_fd(struct scan *sc, int fd, const char *name);

/* Reads s[0..len) as one line of text named name. */
void scan_text(struct scan *sc, const char *s, size_t len, const char *name);

/* How many codes were seen so far. */
size_t scan_found(const struct scan *sc);

/* The i-th code seen (i < scan_found()), in the order first seen. */
void scan_get(const struct scan *sc, size_t i, struct scan_sighting *out);

#endif
