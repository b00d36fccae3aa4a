/* libFuzzer: one operand word through parse_operand(). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "raserr.h"
#include "operand.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *word = (const char *)data;
	struct operand op;

	parse_operand(word, size, &op);
	/* what is kept of the word lies inside it */
	if (op.start < word || op.start + op.len > word + size)
		abort();
	switch (op.kind) {
	case OPERAND_CODE:
		/* the 32 bits kept stand for the code, as the library says */
		if (op.lo < 0 || op.lo != op.hi || op.value > 0xffffffffUL ||
		    raserr_code_of((long long)op.value) != op.lo)
			abort();
		break;
	case OPERAND_RANGE:
		if (op.lo < 0 || op.lo > op.hi || op.hi > RASERR_CODE_MAX)
			abort();
		break;
	case OPERAND_NUMBER:
		if (op.value > 0xffffffffUL)
			abort();
		break;
	case OPERAND_BAD:
		if (op.reason == REASON_NONE)
			abort();
		break;
	case OPERAND_NAME:
		if (op.len == 0 || op.len > OPERAND_MAX ||
		    memchr(op.start, '\0', op.len) != NULL)
			abort();
		break;
	case OPERAND_TEXT:
		if (op.start != word || op.len != size)
			abort();
		break;
	}
	return 0;
}
