/* libFuzzer: one operand word through parse_query(). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "operand.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct query q;

	parse_query((const char *)data, size, &q);
	if (memchr(q.shown, '\0', sizeof q.shown) == NULL ||
	    memchr(q.how, '\0', sizeof q.how) == NULL ||
	    memchr(q.why, '\0', sizeof q.why) == NULL ||
	    q.shown_len != strlen(q.shown))
		abort();
	switch (q.kind) {
	case Q_CODE:
		if (q.lo < 0 || q.lo > 99999 || q.lo != q.hi)
			abort();
		break;
	case Q_RANGE:
		if (q.lo < 0 || q.lo > q.hi || q.hi > 99999)
			abort();
		break;
	case Q_NOTRAS:
	case Q_BAD:
		if (q.why[0] == '\0')
			abort();
		break;
	case Q_NAME:
		break;
	}
	return 0;
}
