/*
 * The evidence that makes a number in free text an error code, and the
 * evidence against it, as one table of weighed rules (rules[] below):
 * the words of a line decide, not the number alone.
 */
#include <stdint.h>
#include <string.h>

#include "ascii.h"
#include "evidence.h"
#include "names.h"

#define LOOKBACK_WORDS 6
#define WORD_MAX 48
/* A fragment of a message this long, word-aligned, is a quote of it. */
#define QUOTE_MIN 16
/* How far from a number another error's name or message counts. */
#define NEAR 160

/* ---------------------------------------------------------------- words */

struct word {
	char text[WORD_MAX + 1];	/* ASCII folded to lower case */
	size_t start, end;		/* in the line */
};

/* Folds ASCII and Cyrillic capitals, so that "Код" is "код". */
static void
set_word(struct word *w, const unsigned char *s, size_t start, size_t end)
{
	size_t i, n = end - start < WORD_MAX ? end - start : WORD_MAX;
	unsigned char t[WORD_MAX + 1];

	for (i = 0; i < n; i++)
		t[i] = (unsigned char)lower(s[start + i]);
	for (i = 0; i + 1 < n; i++) {
		/* А-П; no word looked for has an accented Latin letter */
		if (t[i] == 0xd0 && t[i + 1] >= 0x90 && t[i + 1] <= 0x9f)
			t[i + 1] += 0x20;
		else if (t[i] == 0xc5 && t[i + 1] == 0x81)	/* Ł */
			t[i + 1] = 0x82;
		else if (t[i] == 0xd0 && t[i + 1] >= 0xa0 && t[i + 1] <= 0xaf) {
			t[i] = 0xd1;
			t[i + 1] -= 0x20;
		}
	}
	t[n] = '\0';
	memcpy(w->text, t, n + 1);
	w->start = start;
	w->end = end;
}

/* 1 for a byte of a character from U+0800 on (CJK and the like), 0
 * for ASCII and the two-byte scripts (accented Latin, Cyrillic, Greek). */
static int
wide(const unsigned char *s, size_t i)
{
	size_t k;

	for (k = 0; k < 3 && k < i && s[i - k] >= 0x80 && s[i - k] < 0xc0; k++)
		continue;
	return s[i - k] >= 0xe0;
}

/* A word is a run of letters of one kind: in "提示e=691" and
 * "L2TP无限691" Latin and CJK meet without a space; "Błąd" is one word. */
static int
same_word(const unsigned char *s, size_t i, size_t j)
{
	return is_word_byte(s[i]) && is_word_byte(s[j]) && wide(s, i) == wide(s, j);
}

static int
is_one_of(const char *w, const char *const *list)
{
	for (; *list != NULL; list++)
		if (**list == *w && strcmp(w, *list) == 0)
			return 1;
	return 0;
}

static int
ends_with_one_of(const char *w, const char *const *list)
{
	size_t n = strlen(w), k;

	for (; *list != NULL; list++)
		if ((k = strlen(*list)) <= n && strcmp(w + n - k, *list) == 0)
			return 1;
	return 0;
}

static int
starts_with_one_of(const char *w, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strncmp(w, *list, strlen(*list)) == 0)
			return 1;
	return 0;
}

static int
contains_one_of(const char *w, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strstr(w, *list) != NULL)
			return 1;
	return 0;
}

/* The word ending at or before pos (skipping what is neither word nor
 * digit), or 0 if a digit or the line start comes first. */
static int
word_before(const unsigned char *s, size_t pos, struct word *w)
{
	size_t end;

	while (pos > 0 && !is_word_byte(s[pos - 1]) && !is_digit(s[pos - 1]))
		pos--;
	if (pos == 0 || is_digit(s[pos - 1]))
		return 0;
	end = pos;
	while (pos > 1 && same_word(s, pos - 2, end - 1))
		pos--;
	set_word(w, s, pos - 1, end);
	return 1;
}

/* The word starting at or after pos, on the same terms. */
static int
word_after(const unsigned char *s, size_t len, size_t pos, struct word *w)
{
	size_t start;

	while (pos < len && !is_word_byte(s[pos]) && !is_digit(s[pos]))
		pos++;
	if (pos == len || !is_word_byte(s[pos]))
		return 0;
	start = pos;
	while (pos < len && same_word(s, pos, start))
		pos++;
	set_word(w, s, start, pos);
	return 1;
}

/* ---------------------------------------------------------------- vocabularies */

/* "dialing_code", "exit-code": a code of what comes before it. */
static int
code_of_something_else(const char *w, const char *const *what)
{
	char head[WORD_MAX + 1];
	size_t n = strlen(w);

	if (n <= 4 || strcmp(w + n - 4, "code") != 0)
		return 0;
	n -= 4;
	if (w[n - 1] == '_' || w[n - 1] == '-')
		n--;
	memcpy(head, w, n);
	head[n] = '\0';
	return is_one_of(head, what);
}

/* Words that make a nearby number an error code. */
static int
is_error_word(const struct word *w, const unsigned char *s, size_t len)
{
	static const char *const exact[] = {
		"errno", "errnum", "hresult", "hr", "failed", "failure", "fail",
		"fails", "returned", "result", "code", "helpmsg", "fel", "felkod",
		"kod", "codigo", "c\303\263digo", "\xd0\xba\xd0\xbe\xd0\xb4",
		"reason", "termination", "rc", "ret", "retval", NULL
	};
	/* "err", "dwErr", "lastErr"; "ReasonCode", "RetCode" */
	static const char *const suffix[] = { "err", "code", NULL };
	/* error in German, French, Italian, Portuguese, Dutch, Finnish,
	 * Danish, Norwegian, Hungarian, Czech, Romanian, Indonesian,
	 * Turkish, Russian, Chinese (both scripts), Japanese, Korean,
	 * Vietnamese, Polish, Greek, Arabic, Hebrew, Persian; and "code"
	 * in Chinese, Japanese and Korean */
	static const char *const part[] = {
		"error", "exception", "fehler", "erreur", "erro", "fout", "virhe",
		"fejl", "feil", "hiba", "chyb", "eroare", "kesalahan", "hata",
		"\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba",
		"\xe9\x94\x99\xe8\xaf\xaf", "\xe9\x8c\xaf\xe8\xaa\xa4",
		"\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc", "\xec\x98\xa4\xeb\xa5\x98",
		"l\xe1\xbb\x97i", "b\305\202\304\205d", "b\305\202\304\231d",
		"\xcf\x83\xcf\x86\xce\xac\xce\xbb\xce\xbc\xce\xb1",
		"\xd8\xae\xd8\xb7\xd8\xa3", "\xd7\xa9\xd7\x92\xd7\x99\xd7\x90\xd7\x94",
		"\xd8\xae\xd8\xb7\xd8\xa7", "\xd0\xbf\xd0\xb0\xd0\xbc\xd1\x8b\xd0\xbb",
		"\xe4\xbb\xa3\xe7\xa0\x81", "\xe4\xbb\xa3\xe7\xa2\xbc",
		"\xe3\x82\xb3\xe3\x83\xbc\xe3\x83\x89", "\xec\xbd\x94\xeb\x93\x9c",
		"\xe6\x8a\xa5\xe9\x94\x99", "\xe5\x87\xba\xe9\x94\x99",	/* 报错 出错 */
		"\xe6\x95\x85\xe9\x9a\x9c",				/* 故障 */
		NULL
	};
	static const char *const not_error_code_word[] = {
		"exitcode", "zipcode", "opcode", "keycode", "statuscode", "postcode",
		"barcode", "unicode", "qrcode", "shortcode", "decode", "encode",
		"transcode", "charcode", "colorcode", "sourcecode", "ferr", NULL
	};
	static const char *const not_error_code[] = {
		"exit", "zip", "area", "country", "http", "response", "status",
		"post", "postal", "source", "byte", "op", "key", "colour", "color",
		"char", "character", "return", "qr", "bar", "pin", "promo", "access",
		"dialing", "phone", "activation", "verification", "invite", NULL
	};
	struct word before;

	/* MS-CHAP failure strings: "E=691 R=1 C=... V=3" */
	if (strcmp(w->text, "e") == 0)
		return w->end < len && s[w->end] == '=';
	/* "code 691", but not "exit code 700" nor "zipcode 800" */
	if (strcmp(w->text, "code") == 0)
		return !word_before(s, w->start, &before) ||
		    !is_one_of(before.text, not_error_code);
	if (ends_with_one_of(w->text, suffix))
		return !is_one_of(w->text, not_error_code_word) &&
		    !code_of_something_else(w->text, not_error_code);
	return is_one_of(w->text, exact) || contains_one_of(w->text, part);
}

/* "errors", "failures": error words that may also count things */
static int
is_plural(const char *w)
{
	static const char *const plural[] = { "errors", "failures", NULL };

	return ends_with_one_of(w, plural);
}

/* Words right before a number that make it something else. */
static int
is_veto_word(const char *w)
{
	static const char *const veto[] = {
		"port", "ports", "pid", "tid", "process", "thread", "event",
		"events", "id", "eventid", "line", "lines", "ln", "row", "col",
		"attempts", "tries", "retries", "warnings", "sessions", "users",
		"clients", "connections", "logins", "tests", "messages", "times",
		"column", "version", "ver", "v", "build", "http", "https", "size",
		"length", "len", "offset", "page", "year", "index", "idx", "seq",
		"count", "total", "mtu", "vlan", "asn", "ttl", "rule", "ticket",
		"timeout", "interval", "delay", "status", "at", "pppd", "msg",
		"kb", "q", "sp", "step", "issue", "pr", "pull", "commit", NULL
	};

	return is_one_of(w, veto);
}

/* Words right after a number that make it a quantity. */
static int
is_unit_word(const char *w)
{
	static const char *const unit[] = {
		"ms", "s", "sec", "secs", "second", "seconds", "min", "minutes",
		"kb", "mb", "gb", "b", "byte", "bytes", "kbps", "mbps", "bps",
		"hz", "khz", "mhz", "rows", "items", "records", "entries", "lines",
		"times", "users", "packets", "px", "errors", "retries", "files",
		"degrees", "attempts", "tries", "warnings", "warning", "tests",
		"messages", "of", "reports", "requests", "jobs", "events", "calls",
		"queries", "hits", "subcode", NULL
	};

	return is_one_of(w, unit);
}

enum {
	VOCAB_RAS = 1,		/* VPN, dial-up, PPP, IPsec ... */
	VOCAB_OTHER = 2,	/* another product that numbers its errors */
	VOCAB_WIN32 = 4		/* Win32's own errors: WinError, OSError */
};

/* The words of other scripts that place a line in remote access, found
 * as parts of words. */
static const char *const ras_parts[] = {
	"\xe6\x8b\xa8\xe5\x8f\xb7", "\xe5\xae\xbd\xe5\xb8\xa6",	/* 拨号 宽带 */
	"\xe6\x92\xa5\xe8\x99\x9f", "\xe5\xaf\xac\xe9\xa0\xbb",	/* 撥號 寬頻 */
	"\xe3\x83\x80\xe3\x82\xa4\xe3\x83\xa4\xe3\x83\xab",	/* ダイヤル */
	"\xd0\xb2\xd0\xbf\xd0\xbd",				/* впн */
	"\xe8\xbf\x90\xe8\x90\xa5\xe5\x95\x86",		/* 运营商 */
	"\xe8\x81\x94\xe9\x80\x9a", "\xe7\x94\xb5\xe4\xbf\xa1",	/* 联通 电信 */
	"\xe4\xb8\x8a\xe7\xbd\x91",				/* 上网 */
	NULL
};
/*
 * Whole ASCII words (lower case) that place a line in remote access, in
 * another product that numbers its errors, or in Win32's own errors.  In
 * strcmp() order: looked up by a binary search, since every word of a
 * line is.
 */
static const struct vocabulary_word {
	const char *word;
	int kind;
} vocabulary_words[] = {
	{ "android", VOCAB_OTHER }, { "aol", VOCAB_RAS },
	{ "app", VOCAB_OTHER }, { "apps", VOCAB_OTHER },
	{ "bacpac", VOCAB_OTHER }, { "blitz", VOCAB_OTHER },
	{ "broadband", VOCAB_RAS }, { "chap", VOCAB_RAS },
	{ "checkdb", VOCAB_OTHER }, { "cics", VOCAB_OTHER },
	{ "compiler", VOCAB_OTHER }, { "compuserve", VOCAB_RAS },
	{ "constraint", VOCAB_OTHER }, { "database", VOCAB_OTHER },
	{ "db2", VOCAB_OTHER }, { "dbcc", VOCAB_OTHER },
	{ "dial", VOCAB_RAS }, { "dialed", VOCAB_RAS },
	{ "dialing", VOCAB_RAS }, { "dialling", VOCAB_RAS },
	{ "dialup", VOCAB_RAS }, { "domino", VOCAB_OTHER },
	{ "eap", VOCAB_RAS }, { "fax", VOCAB_OTHER },
	{ "gre", VOCAB_RAS }, { "iis", VOCAB_OTHER },
	{ "ike", VOCAB_RAS }, { "ikev2", VOCAB_RAS },
	{ "imap", VOCAB_OTHER }, { "installshield", VOCAB_OTHER },
	{ "ipsec", VOCAB_RAS }, { "isp", VOCAB_RAS },
	{ "jet", VOCAB_OTHER }, { "l2tp", VOCAB_RAS },
	{ "launch", VOCAB_OTHER }, { "launched", VOCAB_OTHER },
	{ "launches", VOCAB_OTHER }, { "launching", VOCAB_OTHER },
	{ "ldf", VOCAB_OTHER }, { "libreswan", VOCAB_RAS },
	{ "linker", VOCAB_OTHER }, { "lotus", VOCAB_OTHER },
	{ "mapi", VOCAB_OTHER }, { "mdf", VOCAB_OTHER },
	{ "minecraft", VOCAB_OTHER }, { "modem", VOCAB_RAS },
	{ "mschap", VOCAB_RAS }, { "mschapv2", VOCAB_RAS },
	{ "msi", VOCAB_OTHER }, { "msn", VOCAB_RAS },
	{ "mysql", VOCAB_OTHER }, { "nat", VOCAB_RAS },
	{ "netbios", VOCAB_RAS }, { "odbc", VOCAB_OTHER },
	{ "ora", VOCAB_OTHER }, { "oracle", VOCAB_OTHER },
	{ "oserror", VOCAB_WIN32 }, { "phonebook", VOCAB_RAS },
	{ "play", VOCAB_OTHER }, { "playstation", VOCAB_OTHER },
	{ "pop3", VOCAB_OTHER }, { "ppp", VOCAB_RAS },
	{ "pppoe", VOCAB_RAS }, { "pptp", VOCAB_RAS },
	{ "printing", VOCAB_OTHER }, { "ras", VOCAB_RAS },
	{ "rasclient", VOCAB_RAS }, { "rasdial", VOCAB_RAS },
	{ "rasman", VOCAB_RAS }, { "rasphone", VOCAB_RAS },
	{ "rdp", VOCAB_OTHER }, { "remoteaccess", VOCAB_RAS },
	{ "remotedesktop", VOCAB_OTHER }, { "remotedesktopservices", VOCAB_OTHER },
	{ "roblox", VOCAB_OTHER }, { "rras", VOCAB_RAS },
	{ "runtime", VOCAB_OTHER }, { "sap", VOCAB_OTHER },
	{ "setup", VOCAB_OTHER }, { "sip", VOCAB_OTHER },
	{ "sms", VOCAB_OTHER }, { "smtp", VOCAB_OTHER },
	{ "sna", VOCAB_OTHER }, { "softether", VOCAB_RAS },
	{ "sql", VOCAB_OTHER }, { "sqlite", VOCAB_OTHER },
	{ "sstp", VOCAB_RAS }, { "steam", VOCAB_OTHER },
	{ "strongswan", VOCAB_RAS }, { "teleport", VOCAB_OTHER },
	{ "tempdb", VOCAB_OTHER }, { "tunnel", VOCAB_RAS },
	{ "uac", VOCAB_OTHER }, { "vba", VOCAB_OTHER },
	{ "vpn", VOCAB_RAS }, { "vpns", VOCAB_RAS },
	{ "win32exception", VOCAB_WIN32 }, { "winerror", VOCAB_WIN32 },
	{ "xbox", VOCAB_OTHER }, { "xl2tpd", VOCAB_RAS },
};

/* What kind of word w is: VOCAB_RAS, VOCAB_OTHER, VOCAB_WIN32 or 0.  A
 * binary search whose steps mostly end at the first byte. */
static int
vocabulary_kind(const char *w)
{
	size_t lo = 0, hi = sizeof vocabulary_words / sizeof vocabulary_words[0], mid;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = (unsigned char)w[0] - (unsigned char)vocabulary_words[mid].word[0];
		if (c == 0)
			c = strcmp(w, vocabulary_words[mid].word);
		if (c == 0)
			return vocabulary_words[mid].kind;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

const char *
evidence_vocabulary_word(size_t i)
{
	return i < sizeof vocabulary_words / sizeof vocabulary_words[0] ?
	    vocabulary_words[i].word : NULL;
}

/* What the ASCII word s[start..end) says of its line: the table's kind,
 * and the phrases "Run-time error", "Create Process", "remote access" and
 * CreateProcess...().  Only its first VOCABULARY_WORD_MAX bytes are
 * folded: no word the table knows is longer (test_evidence holds it). */
static int
ascii_word_kind(const unsigned char *s, size_t len, size_t start, size_t end)
{
	char w[VOCABULARY_WORD_MAX + 1];
	size_t n = end - start, i;
	int v;

	for (i = 0; i < n && i < VOCABULARY_WORD_MAX; i++)
		w[i] = (char)lower(s[start + i]);
	w[i] = '\0';
	v = n <= VOCABULARY_WORD_MAX ? vocabulary_kind(w) : 0;
	if (strncmp(w, "createprocess", sizeof "createprocess" - 1) == 0)
		v |= VOCAB_WIN32;
	if (n == 3 && strcmp(w, "run") == 0 && end < len && s[end] == '-')
		v |= VOCAB_OTHER;
	if (n == 6 && strcmp(w, "create") == 0 && len - end > 8 &&
	    strncmp((const char *)s + end, " Process", 8) == 0)
		v |= VOCAB_OTHER;
	if (n == 6 && strcmp(w, "access") == 0 && start >= 6 &&
	    strncmp((const char *)s + start - 6, "emote ", 6) == 0)
		v |= VOCAB_RAS;
	return v;
}

/* What the line speaks of.  Its tokens here hold digits too ("L2TP",
 * "IKEv2", "pop3"). */
static int
vocabulary(const unsigned char *s, size_t len)
{
	struct word w;
	size_t pos = 0, start;
	int v = 0;

	while (pos < len) {
		if (!is_word_byte(s[pos])) {
			pos++;
			continue;
		}
		for (start = pos; pos < len && (s[pos] >= 0x80) == (s[start] >= 0x80) &&
		    (is_word_byte(s[pos]) || is_digit(s[pos])); pos++)
			continue;
		/* a word is all ASCII or none of it; the table is ASCII */
		if (s[start] >= 0x80) {
			set_word(&w, s, start, pos);
			if (contains_one_of(w.text, ras_parts))
				v |= VOCAB_RAS;
		} else
			v |= ascii_word_kind(s, len, start, pos);
	}
	return v;
}

static int
line_vocabulary(struct scanned_line *l)
{
	if (l->vocabulary < 0)
		l->vocabulary = vocabulary(l->s, l->len);
	return l->vocabulary;
}

/* ---------------------------------------------------------------- quotes */

/* How many bytes at a and b agree, ASCII case folded. */
static size_t
agree(const unsigned char *a, size_t na, const char *b)
{
	size_t i;

	for (i = 0; i < na && b[i] != '\0' && lower(a[i]) == lower((unsigned char)b[i]); i++)
		continue;
	return i;
}

/* The four bytes at p, ASCII case folded, hashed to 10 bits. */
static unsigned
head4(const unsigned char *p)
{
	uint32_t v = (uint32_t)lower(p[0]) | (uint32_t)lower(p[1]) << 8 |
	    (uint32_t)lower(p[2]) << 16 | (uint32_t)lower(p[3]) << 24;

	return (v * 2654435761u) >> 22;
}

/*
 * The longest piece of text, QUOTE_MIN bytes or more and starting at a
 * word start of both, that s[from..to) shares with it; 0 if none.  Such
 * a piece begins with the first four bytes of one of the text's words:
 * those are hashed first, and only the words of the line that begin
 * like one of them are compared along the text.
 */
static size_t
shared_piece(const unsigned char *s, size_t from, size_t to, const char *text)
{
	const unsigned char *t = (const unsigned char *)text;
	uint64_t heads[16] = { 0 };
	size_t best = 0, tlen, i, j, n;
	unsigned h;

	if (text == NULL || (tlen = strlen(text)) < QUOTE_MIN ||
	    to - from < QUOTE_MIN)
		return 0;
	for (j = 0; j + QUOTE_MIN <= tlen; j++)
		if (j == 0 || !is_word_byte(t[j - 1])) {
			h = head4(t + j);
			heads[h / 64] |= (uint64_t)1 << h % 64;
		}
	for (i = from; i + QUOTE_MIN <= to; i++) {
		if ((i > from && is_word_byte(s[i - 1])) || !is_word_byte(s[i]))
			continue;
		h = head4(s + i);
		if (!(heads[h / 64] >> h % 64 & 1))
			continue;
		for (j = 0; j + QUOTE_MIN <= tlen; j++)
			if ((j == 0 || !is_word_byte(t[j - 1])) &&
			    (n = agree(s + i, to - i, text + j)) > best)
				best = n;
	}
	return best >= QUOTE_MIN ? best : 0;
}

/* Where the text after the number starts: past blanks and the marks a
 * table or a message puts between a code and its text. */
static size_t
text_after(const struct scanned_line *l, const struct mention *m)
{
	size_t i = m->end;

	while (i < l->len && (l->s[i] == ' ' || l->s[i] == '\t' || l->s[i] == ':' ||
	    l->s[i] == '-' || l->s[i] == '=' || l->s[i] == '|' || l->s[i] == '(' ||
	    l->s[i] == '"' || l->s[i] == '\'' || l->s[i] == '.' || l->s[i] == ',' ||
	    l->s[i] == '*' || l->s[i] == '>'))
		i++;
	/* an en or em dash */
	if (l->len - i >= 3 && l->s[i] == 0xe2 && l->s[i + 1] == 0x80 &&
	    (l->s[i + 2] == 0x93 || l->s[i + 2] == 0x94))
		return text_after(l, &(struct mention){ m->start, i + 3, m->e, m->form });
	return i;
}

/* How much of the entry's own texts the text right after it quotes. */
static size_t
own_quote(const struct scanned_line *l, const struct mention *m)
{
	const struct raserr_entry *e = m->e;
	size_t i = text_after(l, m), best = 0, n;
	const char *text[] = { e->message, e->current, e->also };
	size_t k;

	for (k = 0; k < sizeof text / sizeof text[0]; k++)
		if (text[k] != NULL && (n = agree(l->s + i, l->len - i, text[k])) > best)
			best = n;
	return best;
}

/* ---------------------------------------------------------------- rules */

static int row_start(struct scanned_line *l, const struct mention *m);

/* Is the word just before start, touching it but for one mark, an
 * error word: "Error:691", "error-720", "Windows_Error_809", "E=691"? */
static int
error_word_touching(const struct scanned_line *l, size_t start)
{
	struct word prev;

	return word_before(l->s, start, &prev) && prev.end == start - 1 &&
	    is_error_word(&prev, l->s, l->len);
}

/* Glued on the left to something that makes it part of a larger thing:
 * "1.691", "host:809", "<esxhost>:902", "pppd[755]", "ab-691", "x_691";
 * but a slug or an anchor may name an error: "#Windows_Error_809". */
static int
glued_left(const struct scanned_line *l, const struct mention *m)
{
	const unsigned char *s = l->s;
	size_t start = m->start;
	int c, before;

	if (start == 0)
		return 0;
	c = s[start - 1];
	if (is_ascii_alpha(c) || is_digit(c))
		return 1;
	if (start < 2)
		return 0;
	before = s[start - 2];
	switch (c) {
	case '.': case '[': case '\\': case '@':
		return is_ascii_alnum(before);
	case '/':	/* a list "800/806" is fine, a path "dir/691" is not */
		return is_ascii_alnum(before) && !is_digit(before);
	case '-':	/* "Error Code -740": a negative number */
		if (before == ' ' || before == '\t' || before == '(' || before == '=')
			return 1;
		return !error_word_touching(l, start);
	case ':': case '#': case '_':
		return before != ' ' && before != '\t' && !error_word_touching(l, start);
	}
	return 0;
}

/* A slug or a file name that names an error goes on past the number:
 * "error-720-on-windows", "Fix_VPN_Error_809_Windows", "error-809.png". */
static int
slug_goes_on(const struct scanned_line *l, const struct mention *m)
{
	static const char *const ext[] = {
		"png", "jpg", "jpeg", "gif", "html", "htm", "md", "reg", "php",
		"aspx", "txt", "pdf", NULL
	};
	const unsigned char *s = l->s;
	size_t end = m->end, i;
	char word[8];

	if (m->start == 0 || (s[m->start - 1] != '-' && s[m->start - 1] != '_') ||
	    end + 1 >= l->len)
		return 0;
	if (s[end] == s[m->start - 1])
		return is_ascii_alnum(s[end + 1]);
	if (s[end] != '.')
		return 0;
	for (i = 0; i < sizeof word - 1 && end + 1 + i < l->len &&
	    is_ascii_alpha(s[end + 1 + i]); i++)
		word[i] = (char)lower(s[end + 1 + i]);
	word[i] = '\0';
	return is_one_of(word, ext) && (end + 1 + i == l->len ||
	    !is_ascii_alnum(s[end + 1 + i]));
}

/* Glued on the right: "691abc", "691.5", "10:691:00", "691%", "600-610";
 * but a slug goes on past it: "error-720-on-windows". */
static int
glued_right(const struct scanned_line *l, const struct mention *m)
{
	const unsigned char *s = l->s;
	size_t end = m->end, len = l->len;

	if (end == len)
		return 0;
	if (slug_goes_on(l, m))
		return 0;
	if (is_ascii_alnum(s[end]) || s[end] == '%')
		return 1;
	if (end + 1 < len && is_ascii_alnum(s[end + 1]) &&
	    (s[end] == '.' || s[end] == ':' || s[end] == '-' || s[end] == '/' ||
	    s[end] == '_' || s[end] == '@')) {
		return s[end] != '/' || !is_digit(s[end + 1]);
	}
	return 0;
}

static int
glued(struct scanned_line *l, const struct mention *m)
{
	return m->form != FORM_NAME && (glued_left(l, m) || glued_right(l, m));
}

/* "809 errors": the plural error word right after a number that is no
 * round count ("800 errors, 114 warnings" counts). */
static int
plural_error_after(struct scanned_line *l, const struct mention *m)
{
	struct word w;

	return m->form == FORM_PLAIN && m->e->code % 10 != 0 &&
	    word_after(l->s, l->len, m->end, &w) && w.start - m->end <= 1 &&
	    is_plural(w.text);
}

static int
unit_after(struct scanned_line *l, const struct mention *m)
{
	struct word w;

	return m->form != FORM_NAME && word_after(l->s, l->len, m->end, &w) &&
	    w.start - m->end <= 1 && is_unit_word(w.text) &&
	    !plural_error_after(l, m);
}

/* "port 809", "pid 755", "version 720"; not when it goes on a list of
 * codes begun after that word. */
static int
veto_before(struct scanned_line *l, const struct mention *m)
{
	struct word w;

	return m->form != FORM_NAME && word_before(l->s, m->start, &w) &&
	    is_veto_word(w.text) && !(l->have_last && l->last_end > w.end);
}

/* A counter: "failures=691", "errors=651". */
static int
counter(struct scanned_line *l, const struct mention *m)
{
	struct word w;

	return word_before(l->s, m->start, &w) && is_plural(w.text) &&
	    w.end < l->len && l->s[w.end] == '=';
}

static int
symbolic_name(struct scanned_line *l, const struct mention *m)
{
	(void)l;
	return m->form == FORM_NAME;
}

/* "Error 691", "error code returned on failure is 13801", "ошибка 691":
 * an error word within a few words before it.  "Errors 633, 676" names
 * codes, "Errors since boot: 651" counts them: a plural only right
 * before the number. */
static int
error_word_before(struct scanned_line *l, const struct mention *m)
{
	/* "errors including 800", "errors such as 809" */
	static const char *const naming[] = {
		"including", "like", "as", "incl", "namely", NULL
	};
	char after[WORD_MAX + 1] = "";	/* the word after the one read */
	struct word w;
	size_t pos = m->start;
	int k;

	for (k = 0; k < LOOKBACK_WORDS && pos > 0; k++) {
		if (!word_before(l->s, pos, &w))
			break;
		if (is_error_word(&w, l->s, l->len) && (k == 0 || !is_plural(w.text) ||
		    (k == 1 && is_one_of(after, naming))))
			return 1;
		memcpy(after, w.text, sizeof after);
		pos = w.start;
	}
	return 0;
}

/* "a 812 error" (though "800 errors" is a count), "651错误", and an
 * HRESULT, being unmistakable, with one a few words after:
 * "-2147024205 exception". */
static int
error_word_after(struct scanned_line *l, const struct mention *m)
{
	struct word w;
	size_t pos;
	int k;

	if (word_after(l->s, l->len, m->end, &w) && (w.start - m->end <= 1 ||
	    (w.start - m->end == 2 && (l->s[m->end] == '"' || l->s[m->end] == '\''))) &&
	    (strcmp(w.text, "error") == 0 || (l->s[w.start] >= 0x80 &&
	    is_error_word(&w, l->s, l->len))))
		return 1;
	/* "651 RAS Error" */
	if (word_after(l->s, l->len, m->end, &w) && vocabulary_kind(w.text) == VOCAB_RAS &&
	    word_after(l->s, l->len, w.end, &w) && strcmp(w.text, "error") == 0)
		return 1;
	if (m->form != FORM_HRESULT)
		return 0;
	for (pos = m->end, k = 0; k < 3 && word_after(l->s, l->len, pos, &w);
	    k++, pos = w.end)
		if (is_error_word(&w, l->s, l->len))
			return 1;
	return 0;
}

/* Is the text between a and b only list glue: ", ", "/", " and "? */
static int
only_list_glue(const unsigned char *s, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++) {
		if (s[i] == ' ' || s[i] == ',' || s[i] == '/' || s[i] == '&' ||
		    s[i] == ';' || s[i] == '"' || s[i] == '\'')
			continue;
		/* "741" or a "742" */
		if (b - i >= 2 && s[i] == 'a' && s[i + 1] == ' ' && i > a &&
		    s[i - 1] == ' ')
			continue;
		if (b - i >= 3 && (strncmp((const char *)s + i, "and", 3) == 0 ||
		    strncmp((const char *)s + i, "und", 3) == 0)) {
			i += 2;
			continue;
		}
		if (b - i >= 2 && strncmp((const char *)s + i, "or", 2) == 0) {
			i += 1;
			continue;
		}
		/* "691 and 812, and even 13801" */
		if (b - i >= 4 && strncmp((const char *)s + i, "even", 4) == 0) {
			i += 3;
			continue;
		}
		/* 或 和 与 及: or, and */
		if (b - i >= 3 && (memcmp(s + i, "\xe6\x88\x96", 3) == 0 ||
		    memcmp(s + i, "\xe5\x92\x8c", 3) == 0 ||
		    memcmp(s + i, "\xe4\xb8\x8e", 3) == 0 ||
		    memcmp(s + i, "\xe5\x8f\x8a", 3) == 0)) {
			i += 2;
			continue;
		}
		return 0;
	}
	return 1;
}

int
list_joins(const struct scanned_line *l, size_t a, size_t b)
{
	return a <= b && only_list_glue(l->s, a, b);
}

static int
continues_list(struct scanned_line *l, const struct mention *m)
{
	return l->have_last && l->last_end <= m->start &&
	    only_list_glue(l->s, l->last_end, m->start);
}

/* Three digits from 600 that the catalogue knows, at s[i]. */
static int
ras_triple(const unsigned char *s, size_t len, size_t i)
{
	long v;

	if (i + 3 > len || !is_digit(s[i]) || !is_digit(s[i + 1]) ||
	    !is_digit(s[i + 2]) || (i + 3 < len && is_digit(s[i + 3])))
		return 0;
	v = (s[i] - '0') * 100 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
	return raserr_find(v) != NULL;
}

/* The start of the code-like number (three digits the catalogue knows)
 * that list glue joins to the one starting at i, before it (back) or
 * after it; or (size_t)-1. */
static size_t
list_neighbour(const struct scanned_line *l, size_t start, size_t end, int back)
{
	const unsigned char *s = l->s;
	size_t i, k;

	if (back) {
		for (i = start; i > 0 && !is_digit(s[i - 1]) && start - i < 12; i--)
			continue;
		if (i < 3 || i == start || !only_list_glue(s, i, start))
			return (size_t)-1;
		k = i - 3;
		return (k == 0 || !is_digit(s[k - 1])) && ras_triple(s, l->len, k) ?
		    k : (size_t)-1;
	}
	for (i = end; i < l->len && !is_digit(s[i]) && i - end < 12; i++)
		continue;
	if (i == end || i >= l->len || !only_list_glue(s, end, i))
		return (size_t)-1;
	return ras_triple(s, l->len, i) ? i : (size_t)-1;
}

/* "619,629,691", "629，651和691": three or more codes in a row, joined
 * by list glue, are much less often anything else. */
static int
in_code_list(struct scanned_line *l, const struct mention *m)
{
	size_t items = 1, at, k;

	if (m->form != FORM_PLAIN || m->end - m->start != 3)
		return 0;
	for (at = m->start; (k = list_neighbour(l, at, at + 3, 1)) != (size_t)-1;
	    at = k)
		items++;
	for (at = m->start; (k = list_neighbour(l, at, at + 3, 0)) != (size_t)-1;
	    at = k)
		items++;
	return items >= 3;
}

/* The entry's own symbolic name on the line, "PENDING" for 600 or
 * "ERROR_NO_ANSWER" for 678, as tables have it beside the number. */
static int
own_name(struct scanned_line *l, const struct mention *m)
{
	const char *key = namekey(m->e->name);
	size_t n = strlen(key), i;

	if (m->form == FORM_NAME || n < 4)
		return 0;
	for (i = 0; i + n <= l->len; i++)
		if (l->s[i] == (unsigned char)key[0] && memcmp(l->s + i, key, n) == 0 &&
		    (i == 0 || !is_ascii_alpha(l->s[i - 1])) &&
		    (i + n == l->len || !is_ascii_alnum(l->s[i + n])))
			return 1;
	return 0;
}

/* "678     There was no answer.", "| 691 | Access denied |",
 * "<dt>600</dt>": the layout of a table of codes, a wide gap or a
 * cell's edges around the number. */
static int
table_layout(struct scanned_line *l, const struct mention *m)
{
	const unsigned char *s = l->s;
	size_t a = m->start, e = m->end;

	if (m->form != FORM_PLAIN)
		return 0;
	if (e + 2 < l->len && (s[e] == '\t' || (s[e] == ' ' && s[e + 1] == ' ')) &&
	    (row_start(l, m) || (a > 0 && (s[a - 1] == '\t' || s[a - 1] == '|'))))
		return 1;
	while (a > 0 && s[a - 1] == ' ')
		a--;
	while (e < l->len && s[e] == ' ')
		e++;
	if (a > 0 && e < l->len && s[a - 1] == '|' && (s[e] == '|' ||
	    (e > m->end && is_word_byte(s[e]))))
		return 1;
	return a >= 4 && e + 5 <= l->len && s[a - 1] == '>' && s[e] == '<' &&
	    s[e + 1] == '/' && (memcmp(s + e + 2, "td", 2) == 0 ||
	    memcmp(s + e + 2, "dt", 2) == 0 || memcmp(s + e + 2, "th", 2) == 0);
}

/* A slash list of three or more codes, "800/806/807/809", needs no
 * other context. */
static int
in_slash_list(struct scanned_line *l, const struct mention *m)
{
	const unsigned char *s = l->s;
	size_t items = 1, i;

	if (m->form != FORM_PLAIN || m->end - m->start != 3)
		return 0;
	for (i = m->start; i >= 4 && s[i - 1] == '/' && ras_triple(s, l->len, i - 4);
	    items++) {
		i -= 4;
		if (i > 0 && is_ascii_alnum(s[i - 1]))
			return 0;
	}
	for (i = m->end; i + 4 <= l->len && s[i] == '/' &&
	    ras_triple(s, l->len, i + 1); items++)
		i += 4;
	return items >= 3;
}

/* Is w (lower case, ASCII) a word of text, or the start of one? */
static int
text_has_word(const char *text, const char *w)
{
	size_t n = strlen(w) < 5 ? strlen(w) : 5, i;

	for (i = 0; text != NULL && text[i] != '\0'; i++)
		if ((i == 0 || !is_ascii_alpha((unsigned char)text[i - 1])) &&
		    agree((const unsigned char *)w, n, text + i) == n &&
		    (n == 5 || !is_ascii_alpha((unsigned char)text[i + n])))
			return 1;
	return 0;
}

/* Is word (any case) a word of s[from..to)? */
static int
text_has_word_in(const unsigned char *s, size_t from, size_t to, const char *word)
{
	size_t n = strlen(word), i;

	for (i = from; i + n <= to; i++)
		if ((i == 0 || !is_ascii_alpha(s[i - 1])) &&
		    agree(s + i, n, word) == n &&
		    (i + n == to || !is_ascii_alpha(s[i + n])))
			return 1;
	return 0;
}

/* The words of the text right after a number, against the entry's own
 * texts: how many are plain English words (the, is, not ...), how many
 * carry meaning, and how many of those the entry's texts have too. */
struct overlap {
	int words, plain, content, shared, ascii, foreign;
};

static struct overlap
overlap(const struct scanned_line *l, const struct mention *m, int before)
{
	static const char *const plain[] = {
		"the", "is", "not", "was", "to", "of", "an", "be", "cannot",
		"could", "has", "have", "for", "are", "this", "does", "doesn",
		"can", "with", "already", "there", "your", "you",
		/* asking for help: no message says these */
		"how", "why", "what", "when", "help", "fix", "solve", "resolve",
		"add", "get", "getting", NULL
	};
	/* the small words of the languages RAS messages are translated
	 * into most, written in ASCII: such a text is no other message */
	static const char *const foreign[] = {
		"de", "la", "el", "los", "las", "del", "no", "en", "le", "les",
		"des", "du", "et", "der", "die", "das", "und", "nicht", "il",
		"di", "che", "non", "da", "em", "nao", "um", "uma", NULL
	};
	const struct raserr_entry *e = m->e;
	struct overlap o = { 0, 0, 0, 0, 0, 0 };
	size_t i = before ? m->start : text_after(l, m);
	struct word w;

	for (; o.words < 8 && (before ? word_before(l->s, i, &w) :
	    word_after(l->s, l->len, i, &w)); o.words++, i = before ? w.start : w.end) {
		if (strlen(w.text) != strspn(w.text, "abcdefghijklmnopqrstuvwxyz"))
			continue;
		o.ascii++;
		o.foreign += is_one_of(w.text, foreign);
		if (is_one_of(w.text, plain))
			o.plain++;
		else if (strlen(w.text) >= 3) {
			o.content++;
			o.shared += text_has_word(e->message, w.text) ||
			    text_has_word(e->current, w.text) ||
			    text_has_word(e->also, w.text);
		}
	}
	return o;
}

/* "678     There was no answer.", "Error 640: A Net BIOS error has
 * occurred": the code's own message, or most of its words, after it. */
static int
own_message_follows(struct scanned_line *l, const struct mention *m)
{
	struct overlap o;

	if (m->form == FORM_NAME)
		return 0;
	if (own_quote(l, m) >= QUOTE_MIN)
		return 1;
	o = overlap(l, m, 0);
	return (o.shared >= 2 && 2 * o.shared >= o.content) ||
	    (o.shared >= 1 && o.shared == o.content);
}

/* "Setup Error 799 Object ...", "Error 940: Cannot add physical
 * address": an English message follows with none of the code's words;
 * some other program's error of that number. */
static int
other_message_follows(struct scanned_line *l, const struct mention *m)
{
	size_t i = text_after(l, m);
	struct overlap o;

	if (m->form == FORM_NAME || i >= l->len || !(l->s[i] >= 'A' && l->s[i] <= 'Z') ||
	    (line_vocabulary(l) & VOCAB_RAS) || own_quote(l, m) >= QUOTE_MIN)
		return 0;
	/* "error 751. I assume ...": a new sentence, not its message */
	if (m->end < l->len && (l->s[m->end] == '.' || l->s[m->end] == ','))
		return 0;
	o = overlap(l, m, 0);
	return o.words == o.ascii && o.shared == 0 && o.foreign == 0 &&
	    ((o.words >= 3 && o.plain >= 1) || (o.words >= 2 && row_start(l, m)));
}

/* "Item is not a valid control type (Error 720)", the title of another
 * program's help page: a message with few of the code's words (720's
 * has "control" too) before the number in brackets at the end. */
static int
other_message_before(struct scanned_line *l, const struct mention *m)
{
	size_t i = m->end, k;
	struct word w;
	struct overlap o;

	while (i < l->len && (l->s[i] == ')' || l->s[i] == ']' || l->s[i] == ' '))
		i++;
	if (m->form == FORM_NAME || i < l->len || m->end == l->len ||
	    l->s[m->end] != ')' || (line_vocabulary(l) & VOCAB_RAS))
		return 0;
	/* past "(Error " to the message */
	for (k = m->start; k > 0 && l->s[k - 1] != '('; k--)
		continue;
	if (k == 0 || !word_before(l->s, k - 1, &w))
		return 0;
	o = overlap(l, &(struct mention){ k - 1, k, m->e, m->form }, 1);
	return o.words == o.ascii && o.words >= 3 && 3 * o.shared < o.content;
}

/* "13843 (0x3613)": an IKE code followed by its own value in hex, as
 * error dialogs and logs print it.  A RAS code so printed may still be
 * the Win32 error of its number; an IKE code can be nothing else. */
static int
own_hex_follows(struct scanned_line *l, const struct mention *m)
{
	const unsigned char *s = l->s;
	size_t i = m->end;
	unsigned long v = 0;
	int n = 0;

	if (m->form != FORM_PLAIN || m->e->family != RASERR_FAMILY_IKE)
		return 0;
	/* "13843 (0x3613)", "13846, Hex: 0X3616", "13846 = 0x3616" */
	while (i < l->len && i - m->end < 8) {
		if (i + 3 <= l->len && agree(s + i, 3, "hex") == 3)
			i += 3;
		else if (s[i] == ' ' || s[i] == '(' || s[i] == '[' ||
		    s[i] == ',' || s[i] == ':' || s[i] == '=')
			i++;
		else
			break;
	}
	if (i + 2 >= l->len || s[i] != '0' || lower(s[i + 1]) != 'x')
		return 0;
	for (i += 2; i < l->len && n < 8 && is_hex(s[i]); i++, n++)
		v = v << 4 | (unsigned long)hex_value(s[i]);
	return n > 0 && v == (unsigned long)m->e->code;
}

static int
hresult_form(struct scanned_line *l, const struct mention *m)
{
	(void)l;
	return m->form == FORM_HRESULT;
}

static int
ras_vocabulary(struct scanned_line *l, const struct mention *m)
{
	(void)m;
	return (line_vocabulary(l) & VOCAB_RAS) != 0;
}

/* Another product's words, and no word of remote access; Win32's own
 * (WinError, CreateProcess) only against a RAS code, since the IKE codes
 * are Win32's winerror.h codes. */
static int
other_vocabulary(struct scanned_line *l, const struct mention *m)
{
	int v = line_vocabulary(l);

	if (v & VOCAB_RAS)
		return 0;
	return (v & VOCAB_OTHER) ||
	    ((v & VOCAB_WIN32) && m->e->family == RASERR_FAMILY_RAS);
}

/* "还是691", "就会691", "哪来的691?": in CJK prose a known code glued to
 * the words before it and standing alone after, not followed by a
 * measure word (人, 个, 次, 元 ... make it a quantity). */
static int
cjk_bare_code(struct scanned_line *l, const struct mention *m)
{
	static const char *const measure[] = {
		"\xe4\xba\xba", "\xe4\xb8\xaa", "\xe6\xac\xa1", "\xe5\x85\x83",	/* 人 个 次 元 */
		"\xe5\x9d\x97", "\xe5\x8f\xb0", "\xe6\x9d\xa1", "\xe5\x88\x86",	/* 块 台 条 分 */
		"\xe7\xa7\x92", "\xe5\xb9\xb4", "\xe6\x9c\x88", "\xe6\x97\xa5",	/* 秒 年 月 日 */
		"\xe5\x8f\xb7", "\xe5\xa4\xa9", "\xe5\x85\x86", "\xe5\xa4\x9a",	/* 号 天 兆 多 */
		"\xe4\xbd\x99", "\xe4\xbd\x8d", "\xe5\x90\x8d", "\xe5\xae\xb6",	/* 余 位 名 家 */
		"\xe5\xbc\xa0", "\xe9\xa1\xb5", "\xe8\xa1\x8c", "\xe5\xad\x97",	/* 张 页 行 字 */
		"\xe7\xb1\xb3", "\xe5\xba\xa6", "\xe5\x80\x8d", "\xe6\xaf\xab",	/* 米 度 倍 毫 */
		"\xe4\xb8\x87", "\xe5\x8d\x83", "\xe7\x99\xbe", "\xe7\xa7\x8d",	/* 万 千 百 种 */
		/* the same in traditional characters */
		"\xe5\x80\x8b", "\xe6\xa2\x9d", "\xe5\xbc\xb5", "\xe9\xa0\x81",	/* 個 條 張 頁 */
		"\xe8\x90\xac", "\xe5\xa1\x8a", "\xe8\x99\x9f", "\xe7\xa8\xae",	/* 萬 塊 號 種 */
		"\xe9\xa4\x98",						/* 餘 */
		NULL
	};
	const unsigned char *s = l->s;
	size_t e = m->end;
	struct word w;

	if (m->form != FORM_PLAIN || m->end - m->start != 3 || m->start < 3 ||
	    !(s[m->start - 3] >= 0xe3 && s[m->start - 3] <= 0xef) ||
	    (s[m->start - 3] == 0xe3 && s[m->start - 2] == 0x80))
		return 0;
	if (e < l->len && (is_ascii_alpha(s[e]) || is_digit(s[e])))
		return 0;
	return !(word_after(l->s, l->len, e, &w) && w.start == e &&
	    starts_with_one_of(w.text, measure));
}

/* "win7提示809", "出现了789", "691问题": in CJK prose a code is what a
 * dialog shows, reports or brings up, or the trouble to be solved. */
static int
cjk_report_before(struct scanned_line *l, const struct mention *m)
{
	static const char *const report[] = {
		"\xe6\x8f\x90\xe7\xa4\xba", "\xe5\x87\xba\xe7\x8e\xb0",	/* 提示 出现 */
		"\xe6\x98\xbe\xe7\xa4\xba", "\xe9\x81\x87\xe5\x88\xb0",	/* 显示 遇到 */
		"\xe5\xbc\xb9\xe5\x87\xba", "\xe8\xbf\x94\xe5\x9b\x9e",	/* 弹出 返回 */
		"\xe6\x8a\xa5", "\xe4\xb8\x80\xe7\x9b\xb4",		/* 报 一直 */
		"\xe8\xa1\xa8\xe7\x8e\xb0\xe4\xb8\xba",			/* 表现为 */
		NULL
	};
	/* after it: 问题 解决 怎么 如何 修复 (problem, solve, how, fix) */
	static const char *const trouble[] = {
		"\xe9\x97\xae\xe9\xa2\x98", "\xe8\xa7\xa3\xe5\x86\xb3",
		"\xe6\x80\x8e\xe4\xb9\x88", "\xe5\xa6\x82\xe4\xbd\x95",
		"\xe4\xbf\xae\xe5\xa4\x8d", NULL
	};
	struct word w;

	if (m->form != FORM_PLAIN)
		return 0;
	if (word_before(l->s, m->start, &w) && m->start - w.end <= 4 &&
	    l->s[w.start] >= 0x80 && ends_with_one_of(w.text, report))
		return 1;
	return word_after(l->s, l->len, m->end, &w) && w.start - m->end <= 4 &&
	    l->s[w.start] >= 0x80 && starts_with_one_of(w.text, trouble);
}

/* "报720错误", "提示809": digits glued to CJK text are a word of their
 * own, and in such prose a bare number next to the words is mostly the
 * error people quote. */
/* Is the character nearest to i, going by step over blanks and ASCII
 * punctuation (so fullwidth marks, set apart by normalize.c), one of
 * the scripts from U+3000 on?  A table's '|' ends the look: the next
 * cell is no prose around the number. */
static int
cjk_near(const unsigned char *s, size_t len, size_t i, int back)
{
	int k;

	for (k = 0; k < 4; k++) {
		if (back ? i == 0 : i >= len)
			return 0;
		if (back)
			i--;
		if (s[i] >= 0x80)
			break;
		if (is_ascii_alnum(s[i]) || s[i] == '|')
			return 0;
		if (!back)
			i++;
	}
	if (k == 4)
		return 0;
	if (back)	/* back to the lead byte */
		while (i > 0 && s[i] >= 0x80 && s[i] < 0xc0)
			i--;
	return s[i] >= 0xe3 && s[i] <= 0xef;
}

static int
cjk_glued(struct scanned_line *l, const struct mention *m)
{
	return m->form == FORM_PLAIN && (cjk_near(l->s, l->len, m->start, 1) ||
	    cjk_near(l->s, l->len, m->end, 0));
}

/* The first thing on the line, after indentation, bullets, numbering
 * or comment marks, with text after it: a row of a table or list. */
static int
row_start(struct scanned_line *l, const struct mention *m)
{
	const unsigned char *s = l->s;
	size_t i = 0, t;

	if (m->form != FORM_PLAIN)
		return 0;
	for (;;) {
		while (i < m->start && (s[i] == ' ' || s[i] == '\t' || s[i] == '-' ||
		    s[i] == '*' || s[i] == '/' || s[i] == '#' || s[i] == '|' ||
		    s[i] == ';' || s[i] == '>'))
			i++;
		if (i < m->start && s[i] == '<') {	/* <td>, <dt>, <li> */
			while (i < m->start && s[i] != '>')
				i++;
			i++;
			continue;
		}
		if (i < m->start && is_digit(s[i])) {	/* "4. 633" */
			while (i < m->start && is_digit(s[i]))
				i++;
			if (i < m->start && (s[i] == '.' || s[i] == ')')) {
				i++;
				continue;
			}
		}
		break;
	}
	t = text_after(l, m);
	return i == m->start && t < l->len && t > m->end && is_word_byte(s[t]);
}

/* The words of a symbolic name, "Elevation Required" for
 * ERROR_ELEVATION_REQUIRED: all of its words of four letters or more
 * (two at least) in l->s[from..to), in any case. */
static int
name_words_near(const struct scanned_line *l, size_t from, size_t to,
    const char *name)
{
	char word[WORD_MAX + 1];
	const char *p = namekey(name), *q;
	size_t n;
	int words = 0;

	for (; *p != '\0'; p = *q == '_' ? q + 1 : q) {
		for (q = p; *q != '\0' && *q != '_'; q++)
			continue;
		if ((n = (size_t)(q - p)) < 4 || n > WORD_MAX)
			continue;
		memcpy(word, p, n);
		word[n] = '\0';
		if (!text_has_word_in(l->s, from, to, word))
			return 0;
		words++;
	}
	return words >= 2;
}

/* The Win32 error that shares the number, named or quoted near it:
 * "0x800702e4 is ERROR_ELEVATION_REQUIRED", "error=740, The requested
 * operation requires elevation". */
static int
win32_meaning(struct scanned_line *l, const struct mention *m)
{
	const struct raserr_entry *e = m->e;
	size_t name_len, i, mine, theirs, current;
	size_t from = m->start > NEAR ? m->start - NEAR : 0;
	size_t to = l->len - m->end > NEAR ? m->end + NEAR : l->len;

	if (e->win32_name == NULL || m->form == FORM_NAME)
		return 0;
	/* Rust's io::Error: "... (os error 665)" */
	if (m->start >= 9 && agree(l->s + m->start - 9, 9, "os error ") == 9 &&
	    (m->start == 9 || !is_ascii_alpha(l->s[m->start - 10])))
		return 1;
	name_len = strlen(e->win32_name);
	for (i = from; i + name_len <= to; i++)
		if (agree(l->s + i, name_len, e->win32_name) == name_len)
			return 1;
	if (name_words_near(l, from, to, e->win32_name))
		return 1;
	theirs = shared_piece(l->s, from, to, e->win32_message);
	if (theirs < QUOTE_MIN)
		return 0;
	mine = shared_piece(l->s, from, to, e->message);
	if ((current = shared_piece(l->s, from, to, e->current)) > mine)
		mine = current;
	return theirs > mine;
}

/* The sentences of RasClient's events 20227 and 20226 ("... which has
 * failed.  The error code returned on failure is 691."): what follows
 * is a RAS or IKE code, whatever else the line says. */
static int
rasclient_sentence(struct scanned_line *l, const struct mention *m)
{
	static const char *const before[] = {
		"code returned on failure is ", "code returned on termination is "
	};
	size_t k, n;

	for (k = 0; k < sizeof before / sizeof before[0]; k++) {
		n = strlen(before[k]);
		if (m->start >= n && agree(l->s + m->start - n, n, before[k]) == n)
			return 1;
	}
	return 0;
}

/*
 * The rules and their weights.  A mention is a code when the weights of
 * the rules that hold add up to EVIDENCE_ENOUGH: one strong sign, or two
 * weaker ones; a veto (-100) outweighs everything.
 */
static const struct rule {
	const char *name;
	int weight;
	int (*holds)(struct scanned_line *, const struct mention *);
} rules[] = {
	{ "glued", -100, glued },
	{ "unit after", -100, unit_after },
	{ "veto word before", -100, veto_before },
	{ "counter", -100, counter },
	{ "symbolic name", 100, symbolic_name },
	{ "RasClient sentence", 100, rasclient_sentence },
	{ "error word before", 4, error_word_before },
	{ "error word after", 4, error_word_after },
	{ "plural error word after", 2, plural_error_after },
	{ "continues a list", 4, continues_list },
	{ "slash list", 4, in_slash_list },
	{ "own name", 4, own_name },
	{ "own message follows", 4, own_message_follows },
	{ "own hex follows", 4, own_hex_follows },
	{ "HRESULT form", 2, hresult_form },
	{ "RAS vocabulary", 2, ras_vocabulary },
	{ "in CJK prose", 2, cjk_glued },
	{ "CJK report word", 2, cjk_report_before },
	{ "CJK bare code", 2, cjk_bare_code },
	{ "row start", 2, row_start },
	{ "table layout", 2, table_layout },
	{ "list of codes", 2, in_code_list },
	{ "other product", -5, other_vocabulary },
	{ "Win32 meaning", -8, win32_meaning },
	{ "other message follows", -4, other_message_follows },
	{ "other message before", -4, other_message_before }
};

#define NRULES (sizeof rules / sizeof rules[0])

/*
 * The rules are in the table's order: vetoes, then evidence for, then
 * against.  What cannot change the outcome is not looked at: no rule
 * against once the rules for fall short, and no rule at all past the
 * vetoes once even all the rules against together could not bring the
 * sum below enough.  The costly ones (quotes of other errors, the words
 * of the line) run only for a number that is not yet decided.
 */
int
evidence_weigh(struct scanned_line *l, const struct mention *m)
{
	size_t i;
	int sum = 0, against = 0;

	for (i = 0; i < NRULES; i++)
		if (rules[i].weight < 0 && rules[i].weight > -100)
			against += rules[i].weight;
	for (i = 0; i < NRULES; i++) {
		int w = rules[i].weight;

		if (w > -100 && sum + against >= EVIDENCE_ENOUGH)
			break;
		if (w < 0 && w > -100) {
			if (sum < EVIDENCE_ENOUGH)
				break;
			against -= w;
		}
		if (rules[i].holds(l, m))
			sum += w;
		if (sum <= -100)
			break;
	}
	return sum;
}

int
evidence_rule(struct scanned_line *l, const struct mention *m, const char *name)
{
	size_t i;

	for (i = 0; i < NRULES; i++)
		if (strcmp(rules[i].name, name) == 0)
			return rules[i].holds(l, m) ? rules[i].weight : 0;
	return -1000;
}

const char *
evidence_rule_name(size_t i)
{
	return i < NRULES ? rules[i].name : NULL;
}
