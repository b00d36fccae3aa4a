/*
 * ere: a pattern compiled to a Thompson NFA, run as a set of threads
 * that all read the text together (a Pike VM): no backtracking, so no
 * pattern can make a search take more than the text's length times the
 * program's.  Only the whole match is wanted, so a thread is a place in
 * the program and where in the text it began.  Two threads in one place
 * would do the same from then on: the one that began first is kept,
 * which gives the leftmost match, and the last MATCH it reaches is the
 * longest.  What is accepted and refused is in ere.h.
 */
#include "ere.h"

#include <stdlib.h>
#include <string.h>

#define DUP_MAX		255	/* POSIX's least RE_DUP_MAX */
#define PROG_MAX	4096	/* instructions: a search's time, space */
#define SET_MAX		256	/* [...] sets, of 32 bytes each */
#define NEST_MAX	256	/* the parser recurses on parentheses */

enum op { CHAR, ANY, SET, SPLIT, JMP, BOL, EOL, MATCH };

/* Jumps are relative, so that a piece of program still works when it
 * is moved or copied whole. */
struct inst {
	unsigned char op;
	int arg;		/* CHAR's byte, SET's set, or a jump */
	int alt;		/* SPLIT's other jump */
	size_t mark;		/* ere_find: 1 + position last added at */
};

struct thread {
	int pc;
	size_t start;		/* where in the text it began */
};

struct ere {
	struct inst *prog;
	int n;
	unsigned char (*set)[32];
	/* ere_find's work space, sized here so that a search cannot fail */
	struct thread *list;	/* 2 * n: the threads now, and next */
	int *stack;
};

struct parse {
	const char *p;
	struct ere *re;
	int nset, depth;
	const char *errstr;
};

static const struct {
	const char *name;
	const char *ranges;	/* pairs of first and last byte */
} classes[] = {
	{ "alnum", "09AZaz" }, { "alpha", "AZaz" }, { "blank", "\t\t  " },
	{ "cntrl", "\001\037\177\177" }, { "digit", "09" }, { "graph", "!~" },
	{ "lower", "AZaz" }, { "print", " ~" }, { "punct", "!/:@[`{~" },
	{ "space", "\t\r  " }, { "upper", "AZaz" }, { "xdigit", "09AFaf" },
};

static int parse_alt(struct parse *);

static int
upcase(int c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

static int
fail(struct parse *ps, const char *why)
{
	ps->errstr = why;
	return -1;
}

/* Room for k more instructions, checked before a piece is copied k
 * times over: the cap refuses a pattern before it costs anything. */
static int
reserve(struct parse *ps, int k)
{
	return k > PROG_MAX - ps->re->n ?
	    fail(ps, "regular expression too big") : 0;
}

/* Puts an instruction before the one at pc: how a SPLIT comes to lead
 * a piece that has been read already. */
static int
insert(struct parse *ps, int pc, int op, int arg, int alt)
{
	struct inst *in = &ps->re->prog[pc];

	if (reserve(ps, 1) != 0)
		return -1;
	memmove(in + 1, in, (size_t)(ps->re->n++ - pc) * sizeof *in);
	in->op = (unsigned char)op;
	in->arg = arg;
	in->alt = alt;
	return 0;
}

static int
emit(struct parse *ps, int op, int arg, int alt)
{
	return insert(ps, ps->re->n, op, arg, alt);
}

/* ============================================================ brackets */

static void
set_range(unsigned char *set, int lo, int hi)
{
	for (; lo <= hi; lo++)
		set[lo >> 3] |= (unsigned char)(1 << (lo & 7));
}

/*
 * One member of a bracket expression: a class, added to set, for which
 * it returns 256, or a byte, returned for the caller to add or to make
 * a range of.  A '-' is a member only first, or last before the ']'.
 */
static int
parse_member(struct parse *ps, unsigned char *set, int hyphen_ok)
{
	const char *p = ps->p, *end;
	size_t i, len;

	if (*p == '\0')
		return fail(ps, "unmatched bracket");
	if (p[0] == '[' && (p[1] == '.' || p[1] == '='))
		return fail(ps, "collating elements are not supported");
	if (p[0] == '[' && p[1] == ':') {
		if ((end = strstr(p + 2, ":]")) == NULL)
			return fail(ps, "unmatched bracket");
		len = (size_t)(end - (p + 2));
		for (i = 0; i < sizeof classes / sizeof classes[0]; i++)
			if (strncmp(classes[i].name, p + 2, len) == 0 &&
			    classes[i].name[len] == '\0')
				break;
		if (i == sizeof classes / sizeof classes[0])
			return fail(ps, "invalid character class");
		for (p = classes[i].ranges; *p != '\0'; p += 2)
			set_range(set, (unsigned char)p[0],
			    (unsigned char)p[1]);
		ps->p = end + 2;
		return 256;
	}
	if (*p == '-' && !hyphen_ok && p[1] != ']')
		return fail(ps, "invalid range");
	ps->p++;
	return upcase((unsigned char)*p);
}

/* A bracket expression, its '[' read, as one SET instruction.  A ']'
 * first is a member; a class cannot end a range. */
static int
parse_bracket(struct parse *ps)
{
	unsigned char *set;
	int neg, first, lo, hi, i;

	if (ps->nset == SET_MAX)
		return fail(ps, "regular expression too big");
	set = ps->re->set[ps->nset];
	memset(set, 0, sizeof ps->re->set[0]);
	if ((neg = *ps->p == '^'))
		ps->p++;
	for (first = 1; first || *ps->p != ']'; first = 0) {
		if ((lo = parse_member(ps, set, first)) < 0)
			return -1;
		if (lo == 256)
			continue;
		hi = lo;
		if (ps->p[0] == '-' && ps->p[1] != ']') {
			ps->p++;
			if ((hi = parse_member(ps, set, 1)) < 0)
				return -1;
			if (hi == 256 || lo > hi)
				return fail(ps, "invalid range");
		}
		set_range(set, lo, hi);
	}
	ps->p++;
	for (i = 0; neg && i < 32; i++)
		set[i] = (unsigned char)~set[i];
	return emit(ps, SET, ps->nset++, 0);
}

/* ============================================================ repetition */

/* Digits of a count, as a number up to DUP_MAX + 1; -1 if none. */
static int
parse_number(struct parse *ps)
{
	int n = -1;

	for (; *ps->p >= '0' && *ps->p <= '9'; ps->p++)
		if ((n = (n < 0 ? 0 : n) * 10 + (*ps->p - '0')) > DUP_MAX)
			n = DUP_MAX + 1;
	return n;
}

/* The bounds of *, +, ? or {m}, {m,}, {,n}, {m,n}; max -1 for none. */
static int
parse_count(struct parse *ps, int *min, int *max)
{
	char c = *ps->p++;

	if (c != '{') {
		*min = c == '+';
		*max = c == '?' ? 1 : -1;
		return 0;
	}
	*min = *max = parse_number(ps);
	if (*ps->p == ',') {
		ps->p++;
		*min = *min < 0 ? 0 : *min;
		*max = parse_number(ps);
	}
	if (*ps->p != '}')
		return fail(ps, strchr(ps->p, '}') == NULL ? "unmatched brace" :
		    "invalid repetition count");
	ps->p++;
	if (*min < 0 || (*max >= 0 && *min > *max))
		return fail(ps, "invalid repetition count");
	if (*min > DUP_MAX || *max > DUP_MAX)
		return fail(ps, "repetition count too large");
	return 0;
}

static void
copy(struct ere *re, int from, int len)
{
	memcpy(&re->prog[re->n], &re->prog[from],
	    (size_t)len * sizeof *re->prog);
	re->n += len;
}

/*
 * The piece from pc on, repeated: x{m,n} is written out as m copies of
 * x and n - m of x?, and x{m,} as m copies with a loop back over the
 * last one (x* is x? with the loop).  Copies cost space, hence DUP_MAX
 * and PROG_MAX.
 */
static int
repeat(struct parse *ps, int pc, int min, int max)
{
	struct ere *re = ps->re;
	int len = re->n - pc, i;

	if (max == 0 || len == 0) {
		re->n = pc;
		return 0;
	}
	if (min == 0) {
		if (insert(ps, pc++, SPLIT, 1, len + 1) != 0)
			return -1;
		min = 1;
	}
	if (reserve(ps, (min - 1) * len +
	    (max < 0 ? 1 : (max - min) * (len + 1))) != 0)
		return -1;
	for (i = 1; i < min; i++)
		copy(re, pc, len);
	if (max < 0)
		return emit(ps, SPLIT, -len, 1);
	for (; i < max; i++) {
		(void)emit(ps, SPLIT, 1, len + 1);	/* room reserved */
		copy(re, pc, len);
	}
	return 0;
}

/* ============================================================ parser */

/* One atom: a group, a bracket expression, '.', or a byte. */
static int
parse_atom(struct parse *ps)
{
	int c = (unsigned char)*ps->p++;

	switch (c) {
	case '(':
		if (++ps->depth > NEST_MAX)
			return fail(ps, "parentheses nested too deeply");
		if (parse_alt(ps) != 0)
			return -1;
		if (*ps->p != ')')
			return fail(ps, "unmatched parenthesis");
		ps->p++;
		ps->depth--;
		return 0;
	case '[':
		return parse_bracket(ps);
	case '.':
		return emit(ps, ANY, 0, 0);
	case '*': case '+': case '?': case '{':
		return fail(ps, "repetition operator without operand");
	case '\\':
		c = (unsigned char)*ps->p++;
		if (c == '\0')
			return fail(ps, "trailing backslash");
		if (c >= '1' && c <= '9')
			return fail(ps, "back-references are not supported");
		if (c == '0' || (upcase(c) >= 'A' && upcase(c) <= 'Z') ||
		    strchr("<>`'", c) != NULL)
			return fail(ps, "unsupported escape sequence");
		break;
	}
	return emit(ps, CHAR, upcase(c), 0);
}

/* An atom and the repetitions after it; ^ and $ take none. */
static int
parse_piece(struct parse *ps)
{
	int pc = ps->re->n, min, max;

	if (*ps->p == '^' || *ps->p == '$')
		return emit(ps, *ps->p++ == '^' ? BOL : EOL, 0, 0);
	if (parse_atom(ps) != 0)
		return -1;
	while (*ps->p != '\0' && strchr("*+?{", *ps->p) != NULL)
		if (parse_count(ps, &min, &max) != 0 ||
		    repeat(ps, pc, min, max) != 0)
			return -1;
	return 0;
}

/*
 * Alternatives: each but the last has a SPLIT before it, to try it or
 * the rest, and a JMP after it to the end.  The JMPs are chained
 * through arg until the end is known.
 */
static int
parse_alt(struct parse *ps)
{
	struct ere *re = ps->re;
	int pc = re->n, chain = -1, next;

	for (;;) {
		while (*ps->p != '\0' && *ps->p != '|' &&
		    (*ps->p != ')' || ps->depth == 0))
			if (parse_piece(ps) != 0)
				return -1;
		if (*ps->p != '|')
			break;
		ps->p++;
		if (insert(ps, pc, SPLIT, 1, re->n - pc + 2) != 0 ||
		    emit(ps, JMP, chain, 0) != 0)
			return -1;
		chain = re->n - 1;
		pc = re->n;
	}
	for (; chain >= 0; chain = next) {
		next = re->prog[chain].arg;
		re->prog[chain].arg = re->n - chain;
	}
	return 0;
}

/* Parsed into arrays at their caps; the program is then cut to size. */
struct ere *
ere_compile(const char *pattern, const char **errstr)
{
	struct parse ps = { pattern, NULL, 0, 0, "out of memory" };
	struct ere *re;
	void *p;

	if ((re = ps.re = calloc(1, sizeof *re)) == NULL ||
	    (re->prog = malloc(PROG_MAX * sizeof *re->prog)) == NULL ||
	    (re->set = malloc(SET_MAX * sizeof *re->set)) == NULL ||
	    parse_alt(&ps) != 0 || emit(&ps, MATCH, 0, 0) != 0)
		goto fail;
	if ((p = realloc(re->prog, (size_t)re->n * sizeof *re->prog)) != NULL)
		re->prog = p;
	if ((re->list = calloc(2 * (size_t)re->n, sizeof *re->list)) == NULL ||
	    (re->stack = calloc((size_t)re->n, sizeof *re->stack)) == NULL) {
		ps.errstr = "out of memory";
		goto fail;
	}
	return re;
fail:
	ere_free(re);
	*errstr = ps.errstr;
	return NULL;
}

void
ere_free(struct ere *re)
{
	if (re == NULL)
		return;
	free(re->prog);
	free(re->set);
	free(re->list);
	free(re->stack);
	free(re);
}

/* ============================================================ matching */

struct run {
	const struct ere *re;
	const char *text;
	int notbol;
	int found;
	size_t start, end;	/* the best match yet */
};

static void
push(const struct ere *re, int *sp, int pc, size_t pos)
{
	if (re->prog[pc].mark != pos + 1) {
		re->prog[pc].mark = pos + 1;
		re->stack[(*sp)++] = pc;
	}
}

/*
 * Adds to list each instruction that reads a byte and is reached from
 * pc without reading one, for a thread that began at start and is now
 * at pos; a MATCH reached is a match.  An instruction added already at
 * pos keeps its thread: threads come in the order they began.
 */
static size_t
follow(struct run *r, struct thread *list, size_t n, int pc, size_t start,
    size_t pos)
{
	const struct ere *re = r->re;
	const struct inst *in;
	int sp = 0;

	push(re, &sp, pc, pos);
	while (sp > 0) {
		pc = re->stack[--sp];
		switch ((in = &re->prog[pc])->op) {
		case SPLIT:
			push(re, &sp, pc + in->alt, pos);
			/* FALLTHROUGH */
		case JMP:
			push(re, &sp, pc + in->arg, pos);
			break;
		case BOL:
			if (pos == 0 && !r->notbol)
				push(re, &sp, pc + 1, pos);
			break;
		case EOL:
			if (r->text[pos] == '\0')
				push(re, &sp, pc + 1, pos);
			break;
		case MATCH:
			if (!r->found || start < r->start ||
			    (start == r->start && pos > r->end)) {
				r->found = 1;
				r->start = start;
				r->end = pos;
			}
			break;
		default:
			list[n].pc = pc;
			list[n++].start = start;
		}
	}
	return n;
}

static int
reads(const struct ere *re, const struct inst *in, int c)
{
	switch (in->op) {
	case CHAR:
		return in->arg == c;
	case SET:
		return re->set[in->arg][c >> 3] & (1 << (c & 7));
	default:
		return 1;	/* ANY */
	}
}

/*
 * All threads step over each byte together.  A new one starts at each
 * position until a match is found; after that, only threads that began
 * no later than the match can still better it, by ending further on.
 */
int
ere_find(const struct ere *re, const char *text, int notbol, size_t *start,
    size_t *end)
{
	struct run r = { re, text, notbol, 0, 0, 0 };
	struct thread *cur = re->list, *next = re->list + re->n, *t;
	size_t pos, ncur = 0, nnext, k;
	int pc, c;

	for (pc = 0; pc < re->n; pc++)
		re->prog[pc].mark = 0;
	for (pos = 0;; pos++) {
		if (!r.found)
			ncur = follow(&r, cur, ncur, 0, pos, pos);
		if (text[pos] == '\0' || (ncur == 0 && r.found))
			break;
		c = upcase((unsigned char)text[pos]);
		nnext = 0;
		for (k = 0; k < ncur; k++) {
			if (r.found && cur[k].start > r.start)
				break;
			if (reads(re, &re->prog[cur[k].pc], c))
				nnext = follow(&r, next, nnext, cur[k].pc + 1,
				    cur[k].start, pos + 1);
		}
		t = cur;
		cur = next;
		next = t;
		ncur = nnext;
	}
	if (r.found) {
		*start = r.start;
		*end = r.end;
	}
	return r.found;
}
