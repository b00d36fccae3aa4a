/* libFuzzer: the decoder, in one piece and cut where the input says,
 * must give the same text (valid UTF-8 when it was UTF-16); the normal
 * form never grows; the event records and the whole reader take
 * anything. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "decode.h"
#include "normalize.h"
#include "scan.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX 8192

static size_t
decode_in(const uint8_t *data, size_t size, size_t cut, char *out)
{
	static char buf[DECODE_ROOM(MAX)];
	struct decoder d;
	const char *p;
	size_t len, total = 0, at, take;

	decoder_init(&d);
	for (at = 0; at < size; at += take) {
		take = size - at < cut ? size - at : cut;
		p = decode(&d, (const char *)data + at, take, buf, &len);
		memcpy(out + total, p, len);
		total += len;
	}
	return total + decode_end(&d, out + total);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char whole[DECODE_ROOM(MAX) + 8], cut[DECODE_ROOM(MAX) + 8];
	static char norm[MAX * 2];
	size_t n, m, i, from, upto;
	struct decoder probe;
	struct scan *sc;
	int fd[2];

	if (size > MAX)
		return 0;
	n = decode_in(data, size, size > 0 ? size : 1, whole);
	m = decode_in(data, size, 1 + (size > 0 ? data[0] % 7 : 0), cut);
	if (n != m || memcmp(whole, cut, n) != 0)
		abort();
	decoder_init(&probe);
	decode(&probe, (const char *)data, size, cut, &m);
	decode_end(&probe, cut);
	if (probe.enc != ENC_UTF8)
		for (i = 0; i < n; i += utf8_len((const unsigned char *)whole + i, n - i))
			if (utf8_len((const unsigned char *)whole + i, n - i) == 0)
				abort();
	from = n / 3;
	upto = n / 2;
	if (normalize_line(whole, n, norm, &from, &upto) > n || from > upto)
		abort();
	if (pipe(fd) != 0)
		return 0;
	if (write(fd[1], data, size) != (ssize_t)size)
		abort();
	close(fd[1]);
	if ((sc = scan_new()) == NULL || scan_fd(sc, fd[0], "fuzz") != 0)
		abort();
	scan_free(sc);
	close(fd[0]);
	return 0;
}
