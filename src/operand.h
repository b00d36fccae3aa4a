/*
 * One operand word -> what it asks for.  A result, never prose: the
 * caller (lookup.c) words the answers and the errors.
 */
#ifndef OPERAND_H
#define OPERAND_H

#include <stddef.h>

enum operand_kind {
	OPERAND_CODE,	/* lo is the code the number stands for */
	OPERAND_RANGE,	/* lo..hi inclusive */
	OPERAND_NAME,	/* a symbolic name, or a word that looks like one */
	OPERAND_NUMBER,	/* a well-formed number that stands for no code */
	OPERAND_TEXT,	/* a word of prose: read with the others, as --scan would */
	OPERAND_BAD	/* malformed: reason says how */
};

/* How a number was written: the read_as answer shows all but decimal. */
enum operand_form {
	FORM_DECIMAL,		/* 691, 2147943091 */
	FORM_NEGATIVE,		/* -2147024205 */
	FORM_HEX,		/* 0x2B3 */
	FORM_HEX_SUFFIX,	/* 2B3h */
	FORM_HEX_BARE		/* 800702B3: eight hex digits, top bit set */
};

enum operand_reason {
	REASON_NONE,
	REASON_EMPTY,		/* no word at all */
	REASON_TOO_LONG,	/* over OPERAND_MAX bytes */
	REASON_MALFORMED,	/* a number-like word that is no number */
	REASON_OUT_OF_RANGE,	/* wider than 32 bits */
	REASON_RANGE_MALFORMED,
	REASON_RANGE_END,	/* a range end past RASERR_CODE_MAX */
	REASON_RANGE_BACKWARDS
};

/* Longest word worth parsing; longer ones are rejected unread. */
#define OPERAND_MAX 64

struct operand {
	enum operand_kind kind;
	enum operand_form form;		/* CODE, NUMBER */
	enum operand_reason reason;	/* BAD */
	long lo, hi;			/* CODE, RANGE */
	unsigned long value;		/* CODE, NUMBER: the number as 32 bits */
	const char *start;		/* the operand inside the word: quotes, */
	size_t len;			/* brackets and a key= left out */
};

/*
 * Parses the len bytes at word (not NUL-terminated, may hold any byte).
 * op->start points into word.
 */
void parse_operand(const char *word, size_t len, struct operand *op);

/* Is value (32 bits) an HRESULT, and of which facility?  -1 if not. */
long hresult_facility(unsigned long value);

#endif
