/*
 * What a file holds, as UTF-8: Windows writes UTF-16 (PowerShell 5.1's
 * ">" and Out-File, Event Viewer's text export) and puts byte order
 * marks before UTF-8 (Notepad); both are read as the text they carry.
 */
#ifndef DECODE_H
#define DECODE_H

#include <stddef.h>

enum encoding { ENC_UNKNOWN, ENC_UTF8, ENC_UTF16LE, ENC_UTF16BE };

/* The encoding is told by this many bytes from the start, or by those
 * up to the first newline, however the reads cut them. */
#define DECODE_SNIFF 512

struct decoder {
	enum encoding enc;
	unsigned char odd;	/* a byte of a code unit cut by the chunk */
	int have_odd;
	unsigned long high;	/* a high surrogate waiting for its pair, or 0 */
	unsigned char head[DECODE_SNIFF];	/* the first bytes, until there
						 * are enough to tell the
						 * encoding by */
	size_t nhead;
};

/* The most bytes decode() writes for n bytes in. */
#define DECODE_ROOM(n) ((n) / 2 * 3 + 8)

void decoder_init(struct decoder *d);

/*
 * Decodes the next n bytes of a stream.  Returns the UTF-8 text and its
 * length in *outlen: in itself when it is UTF-8 already (a BOM skipped),
 * else out, which has DECODE_ROOM(n) bytes.  The first call decides the
 * encoding: a BOM, or UTF-16LE by the zero bytes of ASCII text.
 */
const char *decode(struct decoder *d, const char *in, size_t n, char *out,
    size_t *outlen);

/* What a stream cut short leaves (half a code unit, half a pair, or
 * the first bytes of a stream shorter than DECODE_SNIFF): at most
 * DECODE_ROOM(DECODE_SNIFF) bytes in out, their length returned. */
size_t decode_end(struct decoder *d, char *out);

#endif
