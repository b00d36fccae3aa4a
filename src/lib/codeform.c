/*
 * What a number means as a code.  Operand parsing and the scanner both
 * read numbers in many forms; what a value stands for is decided here
 * only, so that `raserr 0x800735E9` and a log line with the same
 * HRESULT agree.
 */
#include "raserr.h"

/* Where a Win32 code sits inside an HRESULT (HRESULT_FROM_WIN32). */
#define HRESULT_WIN32_MASK	0xffff0000UL
#define HRESULT_WIN32		0x80070000UL
#define HRESULT_CODE_MASK	0x0000ffffUL

int
raserr_in_family(long code)
{
	return (code >= RASERR_RAS_FIRST && code <= RASERR_RAS_LAST) ||
	    (code >= RASERR_IKE_FIRST && code <= RASERR_IKE_LAST);
}

long
raserr_code_of(long long value)
{
	unsigned long h;

	if (value >= 0 && value <= RASERR_CODE_MAX)
		return (long)value;
	if (value < -0x80000000LL || value > 0xffffffffLL)
		return -1;
	h = value < 0 ? (unsigned long)(value + 0x100000000LL) : (unsigned long)value;
	if ((h & HRESULT_WIN32_MASK) == HRESULT_WIN32)
		return (long)(h & HRESULT_CODE_MASK);
	return -1;
}
