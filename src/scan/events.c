/*
 * Windows event records, as text.  Which insertion string carries the
 * code, and in which events the binary data does, is Windows' own
 * layout; the facts and their public sources:
 *
 *  - RasClient 20227, "CoId=%1: The user %2 dialed a connection named
 *    %3 which has failed. The error code returned on failure is %4.",
 *    and 20226 ("...terminated. The reason code returned on termination
 *    is %4."): the code is the fourth string.  20220, "The connection to
 *    %1 made using device %2 was terminated. %3": the third.  Templates
 *    from the message table of mprmsg.dll (libyal/winevt-kb; the
 *    scheatkode/brain knowledge base, Microsoft-Windows-MPRMSG.md);
 *    records with <Data>809</Data> fourth in trailofbits/algo issue 760,
 *    and "ReplacementStrings : {{GUID}, SYSTEM, AzureGateway, 809}" in
 *    MicrosoftDocs/architecture-center, hybrid-networking/vpn.md.
 *  - RemoteAccess (20111, 20271 and the other "following error: %N"
 *    events), Rasman and RasSstp put the error's text in a string and
 *    its code in the binary data, a little-endian DWORD:
 *    <Binary>B3020000</Binary> is 691 (DigitalRuby/IPBan's test data,
 *    EventViewerTests.txt), "Data : {233, 53, 0, 0}" is 13801
 *    (architecture-center, vpn.md).
 * The forms read: the XML of Event Viewer and Get-WinEvent (one line or
 * pretty-printed), "Key : value" lists (Get-EventLog and Get-WinEvent
 * with Format-List, wevtutil /f:text, Event Viewer's "Copy details as
 * text"), and a CSV or tab-separated row naming provider and event ID
 * side by side.
 */
#include <stdio.h>
#include <string.h>

#include "raserr.h"
#include "ascii.h"
#include "events.h"

/* A record that has not closed after this many lines never will. */
#define RECORD_LINES 400

enum { RASCLIENT, REMOTEACCESS, RASMAN, RASSTTP, NPROVIDERS };

static const char *const provider_name[NPROVIDERS] = {
	"RasClient", "RemoteAccess", "Rasman", "RasSstp"
};

/* Which insertion string (1-based) holds the code; 0 if none does. */
static int
code_string(int provider, long id)
{
	if (provider != RASCLIENT)
		return 0;
	return id == 20227 || id == 20226 ? 4 : id == 20220 ? 3 : 0;
}

/* Does the provider put the code in the binary data? */
static int
code_in_data(int provider)
{
	return provider == REMOTEACCESS || provider == RASMAN || provider == RASSTTP;
}

/* ---------------------------------------------------------------- text */

static int
starts_with(const unsigned char *s, size_t len, size_t i, const char *word)
{
	size_t n = strlen(word);

	return len - i >= n && memcmp(s + i, word, n) == 0;
}

/* The provider whose name is s[0..n) ("Microsoft-Windows-RasSstp" and
 * "RasMan" too), or -1. */
static int
provider_of(const unsigned char *s, size_t n)
{
	size_t k, m, i;

	for (k = 0; k < NPROVIDERS; k++) {
		m = strlen(provider_name[k]);
		if (n < m)
			continue;
		for (i = 0; i < m && lower(s[n - m + i]) == lower(provider_name[k][i]); i++)
			continue;
		if (i == m && (n == m || s[n - m - 1] == '-'))
			return (int)k;
	}
	return -1;
}

/* Only blanks between the line's start and s[i]? */
static int
line_start(const unsigned char *s, size_t i)
{
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
		i--;
	return i == 0 || s[i - 1] == '\n';
}

/* Where a provider's name stands as a value: after a key's colon, in
 * quotes, as a field, or as the end of "Microsoft-Windows-RasSstp". */
static int
value_start(const unsigned char *s, size_t i)
{
	while (i > 0 && s[i - 1] == ' ')
		i--;
	return i > 0 && (s[i - 1] == ':' || s[i - 1] == '"' || s[i - 1] == '\'' ||
	    s[i - 1] == ',' || s[i - 1] == '\t' || s[i - 1] == '-');
}

int
events_may_open(const unsigned char *s, size_t len, size_t i)
{
	/* where it stands first: far cheaper than the names, and rarer */
	if (s[i] == 'E')
		return (line_start(s, i) && (starts_with(s, len, i, "EventID") ||
		    starts_with(s, len, i, "Event ID") ||
		    starts_with(s, len, i, "Event["))) ||
		    (i > 0 && s[i - 1] == '<' && (starts_with(s, len, i, "Event ") ||
		    starts_with(s, len, i, "Event>")));
	return value_start(s, i) && (starts_with(s, len, i, "RasClient") ||
	    starts_with(s, len, i, "RemoteAccess") ||
	    starts_with(s, len, i, "Rasman") || starts_with(s, len, i, "RasMan") ||
	    starts_with(s, len, i, "RasSstp"));
}

/* A value as a code: decimal, maybe negative (an HRESULT); -1 if it
 * names no code of either family. */
static long
value_code(long long v)
{
	long code = raserr_code_of(v);

	return raserr_in_family(code) && raserr_find(code) != NULL ? code : -1;
}

/* The decimal number s[i..n), all of it but blanks around; 0 if none. */
static int
read_decimal(const unsigned char *s, size_t i, size_t n, long long *v)
{
	int neg = 0, digits = 0;

	while (i < n && s[i] == ' ')
		i++;
	while (n > i && (s[n - 1] == ' ' || s[n - 1] == '\r'))
		n--;
	if (i < n && s[i] == '-') {
		neg = 1;
		i++;
	}
	for (*v = 0; i < n && is_digit(s[i]) && digits < 12; i++, digits++)
		*v = *v * 10 + (s[i] - '0');
	if (neg)
		*v = -*v;
	return digits > 0 && i == n;
}

/* ---------------------------------------------------------------- records */

static void
open_record(struct events *ev, int list)
{
	ev->active = 1;
	ev->list = list;
	ev->provider = -1;
	ev->id = -1;
	ev->data = 0;
	ev->lines = 0;
	ev->npending = 0;
	ev->named = 0;
}

/* A value of slot (an insertion string, or 0 for the binary data)
 * gives a code when the record's layout says that slot holds one. */
static int
slot_holds_code(const struct events *ev, int slot)
{
	if (ev->provider < 0)
		return 0;
	return slot > 0 ? code_string(ev->provider, ev->id) == slot :
	    code_in_data(ev->provider);
}

/* Tells the code of value, or keeps it until the record says what its
 * slot holds. */
static void
found(struct events *ev, long code, int slot, unsigned long line,
    events_found_fn *fn, void *arg)
{
	if (code < 0)
		return;
	if (ev->provider >= 0 && ev->id >= 0) {
		if (slot_holds_code(ev, slot))
			fn(arg, code, line);
		return;
	}
	if (ev->npending < EVENTS_PENDING) {
		ev->pending[ev->npending].value = code;
		ev->pending[ev->npending].slot = slot;
		ev->pending[ev->npending].line = line;
		ev->npending++;
	}
}

static void
close_record(struct events *ev, events_found_fn *fn, void *arg)
{
	int k;

	for (k = 0; k < ev->npending; k++)
		if (slot_holds_code(ev, ev->pending[k].slot))
			fn(arg, ev->pending[k].value, ev->pending[k].line);
	ev->active = 0;
	ev->npending = 0;
}

/* Binary data as hex, "B3020000": its first four bytes, little-endian. */
static long
binary_code(const unsigned char *s, size_t i, size_t n)
{
	unsigned long v = 0;
	int k;

	if (n - i < 8)
		return -1;
	for (k = 0; k < 8; k++)
		if (!is_hex(s[i + k]))
			return -1;
	for (k = 6; k >= 0; k -= 2)
		v = v << 8 | (unsigned long)(hex_value(s[i + (size_t)k]) << 4 |
		    hex_value(s[i + (size_t)k + 1]));
	return value_code((long long)v);
}

/* Where "</tag" or the line's end is, from i. */
static size_t
element_end(const unsigned char *s, size_t len, size_t i)
{
	for (; i < len; i++)
		if (s[i] == '<')
			break;
	return i;
}

/* One XML tag at s[i] ('<'): what it opens, names or carries. */
static size_t
xml_tag(struct events *ev, const unsigned char *s, size_t len, size_t i,
    unsigned long lineno, events_found_fn *fn, void *arg)
{
	size_t j, end;
	long long v;

	if (starts_with(s, len, i, "<Event ") || starts_with(s, len, i, "<Event>")) {
		if (ev->active)
			close_record(ev, fn, arg);
		open_record(ev, 0);
	} else if (starts_with(s, len, i, "</Event>")) {
		if (ev->active)
			close_record(ev, fn, arg);
	} else if (!ev->active)
		return i + 1;
	else if (starts_with(s, len, i, "<Provider ")) {
		for (j = i; j < len && s[j] != '>' && !starts_with(s, len, j, "Name="); j++)
			continue;
		if (j + 6 < len && s[j] == 'N' && (s[j + 5] == '"' || s[j + 5] == '\'')) {
			for (end = j + 6; end < len && s[end] != s[j + 5]; end++)
				continue;
			ev->provider = provider_of(s + j + 6, end - (j + 6));
		}
	} else if (starts_with(s, len, i, "<EventID")) {
		for (j = i; j < len && s[j] != '>'; j++)
			continue;
		end = element_end(s, len, j);
		if (j < len && read_decimal(s, j + 1, end, &v))
			ev->id = (long)v;
	} else if (starts_with(s, len, i, "<Data>") || starts_with(s, len, i, "<Data ")) {
		ev->data++;
		for (j = i; j < len && s[j] != '>'; j++)
			continue;
		end = element_end(s, len, j);
		if (j < len && s[j - 1] != '/' && read_decimal(s, j + 1, end, &v))
			found(ev, value_code(v), ev->data, lineno, fn, arg);
	} else if (starts_with(s, len, i, "<Binary>"))
		found(ev, binary_code(s, i + 8, len), 0, lineno, fn, arg);
	return i + 1;
}

/* "{{GUID}, SYSTEM, AzureGateway, 809}": the k-th item (1-based). */
static void
replacement_strings(struct events *ev, const unsigned char *s, size_t len,
    size_t i, unsigned long lineno, events_found_fn *fn, void *arg)
{
	int depth = 0, item = 1;
	size_t start;
	long long v;

	if (i >= len || s[i] != '{')
		return;
	for (start = ++i; i < len; i++) {
		if (s[i] == '{')
			depth++;
		else if (s[i] == '}' && depth > 0)
			depth--;
		else if ((s[i] == ',' || s[i] == '}') && depth == 0) {
			if (read_decimal(s, start, i, &v))
				found(ev, value_code(v), item, lineno, fn, arg);
			if (s[i] == '}')
				return;
			item++;
			start = i + 1;
		}
	}
}

/* "Data : {41, 3, 0, 0}": the binary data as bytes in decimal. */
static void
data_bytes(struct events *ev, const unsigned char *s, size_t len, size_t i,
    unsigned long lineno, events_found_fn *fn, void *arg)
{
	unsigned long v = 0;
	long long b;
	size_t start;
	int n = 0;

	if (i >= len || s[i] != '{')
		return;
	for (start = ++i; i < len && n < 4; i++) {
		if (s[i] != ',' && s[i] != '}')
			continue;
		if (!read_decimal(s, start, i, &b) || b < 0 || b > 255)
			return;
		v |= (unsigned long)b << (8 * n++);
		start = i + 1;
		if (s[i] == '}')
			break;
	}
	if (n == 4)
		found(ev, value_code((long long)v), 0, lineno, fn, arg);
}

/* "Key : value", as Format-List and wevtutil write: the key's length
 * (letters and blanks before the colon), the value's start in *value. */
static size_t
key_of(const unsigned char *s, size_t len, size_t *key, size_t *value)
{
	size_t i = 0, end;

	while (i < len && s[i] == ' ')
		i++;
	*key = i;
	while (i < len && (is_ascii_alpha(s[i]) || s[i] == ' '))
		i++;
	if (i == len || s[i] != ':' || i == *key)
		return 0;
	for (end = i; end > *key && s[end - 1] == ' '; end--)
		continue;
	for (i++; i < len && s[i] == ' '; i++)
		continue;
	*value = i;
	return end - *key;
}

static int
is_key(const unsigned char *s, size_t n, const char *key)
{
	return strlen(key) == n && memcmp(s, key, n) == 0;
}

static void
key_value(struct events *ev, const unsigned char *s, size_t len,
    unsigned long lineno, events_found_fn *fn, void *arg)
{
	size_t k, v, n = key_of(s, len, &k, &v);
	long long id;

	if (n == 0)
		return;
	if (is_key(s + k, n, "EventID") || is_key(s + k, n, "Event ID") ||
	    is_key(s + k, n, "Id")) {
		if (!ev->active || ev->id >= 0)
			open_record(ev, 1);
		if (read_decimal(s, v, len, &id))
			ev->id = (long)id;
	} else if (is_key(s + k, n, "Source") || is_key(s + k, n, "ProviderName")) {
		if (!ev->active || ev->provider >= 0)
			open_record(ev, 1);
		while (len > v && (s[len - 1] == ' ' || s[len - 1] == '\r'))
			len--;
		ev->provider = provider_of(s + v, len - v);
		ev->named = 1;
	} else if (ev->active && is_key(s + k, n, "ReplacementStrings"))
		replacement_strings(ev, s, len, v, lineno, fn, arg);
	else if (ev->active && is_key(s + k, n, "Data"))
		data_bytes(ev, s, len, v, lineno, fn, arg);
}

/* "Error,3/18/2016 1:29:21 PM,RasClient,20227,None,...": provider and
 * event ID side by side in a row of fields. */
static void
csv_row(struct events *ev, const unsigned char *s, size_t len)
{
	size_t i, start = 0, end;
	int p;
	long long id;

	for (i = 0; i <= len; i++) {
		if (i < len && s[i] != ',' && s[i] != '\t')
			continue;
		if ((p = provider_of(s + start, i - start)) >= 0 && i < len) {
			for (end = i + 1; end < len && s[end] != ',' && s[end] != '\t'; end++)
				continue;
			if (read_decimal(s, i + 1, end, &id) && id > 0) {
				open_record(ev, 1);
				ev->provider = p;
				ev->id = (long)id;
				ev->lines = RECORD_LINES;	/* this line only */
				return;
			}
		}
		start = i + 1;
	}
}

void
events_init(struct events *ev)
{
	memset(ev, 0, sizeof *ev);
	ev->provider = -1;
	ev->id = -1;
}

int
events_line(struct events *ev, const char *line, size_t len,
    unsigned long lineno, events_found_fn *fn, void *arg)
{
	const unsigned char *s = (const unsigned char *)line;
	size_t i, k, v;
	const void *lt = memchr(s, '<', len);

	if (ev->active && ev->lines++ >= RECORD_LINES)
		close_record(ev, fn, arg);
	if (ev->active && ev->list) {
		for (i = 0; i < len && (s[i] == ' ' || s[i] == '\r' || s[i] == '\t'); i++)
			continue;
		/* a message may hold blank lines: the record goes on to its
		 * Source */
		if ((i == len && ev->named) || starts_with(s, len, i, "Event[")) {
			close_record(ev, fn, arg);
			if (i == len)
				return 0;
		}
	}
	if (lt != NULL)
		for (i = (size_t)((const unsigned char *)lt - s); i < len; i++)
			if (s[i] == '<')
				i = xml_tag(ev, s, len, i, lineno, fn, arg) - 1;
	if (starts_with(s, len, 0, "Event[")) {
		open_record(ev, 1);
		return 1;
	}
	if (key_of(s, len, &k, &v) > 0)
		key_value(ev, s, len, lineno, fn, arg);
	else if (!ev->active && lt == NULL)
		csv_row(ev, s, len);
	return ev->active;
}

void
events_end(struct events *ev, events_found_fn *fn, void *arg)
{
	if (ev->active)
		close_record(ev, fn, arg);
}

int
events_label(const struct events *ev, char *buf, size_t size)
{
	if (!ev->active || ev->provider < 0 || ev->id < 0)
		return 0;
	snprintf(buf, size, "%s %ld", provider_name[ev->provider], ev->id);
	return 1;
}
