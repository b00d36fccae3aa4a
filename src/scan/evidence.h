/*
 * Is a number in free text a RAS or IKE error code?  The words around it
 * are weighed: evidence for (error words, RAS vocabulary, the code's own
 * message after it) and against (a unit after it, a port before it, the
 * unrelated Win32 error of the same number, another product's words).
 */
#ifndef EVIDENCE_H
#define EVIDENCE_H

#include <stddef.h>

#include "raserr.h"

/* How the number was written. */
enum form {
	FORM_PLAIN,	/* 691, 13801 */
	FORM_HRESULT,	/* 0x800702B3, 800702B3h, 2147943091, -2147024205 */
	FORM_NAME	/* ERROR_AUTHENTICATION_FAILURE */
};

/* The line being read, with what is worked out once for all of its
 * numbers. */
struct scanned_line {
	const unsigned char *s;
	size_t len;
	size_t last_end;	/* end of the last code accepted, if any */
	int have_last;
	int vocabulary;		/* VOCAB_* bits, or -1 until looked for */
};

struct mention {
	size_t start, end;	/* the token, sign and suffix included */
	const struct raserr_entry *e;
	enum form form;
};

/* A mention is a code when its weight reaches this. */
#define EVIDENCE_ENOUGH 4

/* The summed weight of the rules that hold for m in l, as far as it
 * decides whether it reaches EVIDENCE_ENOUGH. */
int evidence_weigh(struct scanned_line *l, const struct mention *m);

/* The weight of the rule named name for m in l (0 if it does not hold);
 * -1000 if there is no such rule.  For the tests: one per rule. */
int evidence_rule(struct scanned_line *l, const struct mention *m, const char *name);

/* Does only list glue (", ", " and ", "/", "或") stand in l->s[a..b)? */
int list_joins(const struct scanned_line *l, size_t a, size_t b);

/* The name of the i-th rule, or NULL past the last. */
const char *evidence_rule_name(size_t i);

/* The i-th word of the vocabulary table, NULL past its end: the tests
 * check the order and the length that lookups rely on. */
#define VOCABULARY_WORD_MAX 24
const char *evidence_vocabulary_word(size_t i);

/* Letters of any script: ASCII letters and every byte of a UTF-8
 * sequence, so "ошибка" and "错误" are words too. */
static inline int
is_word_byte(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

#endif
