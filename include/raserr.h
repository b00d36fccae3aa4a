/*
 * raserr: explain Windows Remote Access error codes.
 *
 * The catalogue is a constant array sorted by code, built from
 * data/codes.txt.  Nothing here allocates or keeps state, so every
 * function is safe to call from any thread.
 */
#ifndef RASERR_H
#define RASERR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RASERR_VERSION "1.0.0"

/* The two families of codes the catalogue holds. */
#define RASERR_RAS_FIRST 600L
#define RASERR_RAS_LAST 999L
#define RASERR_IKE_FIRST 13800L
#define RASERR_IKE_LAST 13999L

/* The largest number taken as a code as it stands; larger values are
 * only codes when they are HRESULTs that wrap one. */
#define RASERR_CODE_MAX 99999L

/* Which header a code comes from. */
enum raserr_family {
	RASERR_FAMILY_RAS,	/* raserror.h and mprerror.h: 600-999 */
	RASERR_FAMILY_IKE	/* winerror.h ERROR_IPSEC_IKE_*: 13800-13999 */
};

/* The Windows versions whose SDK defines the code. */
enum raserr_windows {
	RASERR_WINDOWS_ANY,		/* no version guard */
	RASERR_WINDOWS_BEFORE_VISTA,	/* not used since Vista */
	RASERR_WINDOWS_UP_TO_VISTA,	/* XP and Vista, not 7 on */
	RASERR_WINDOWS_VISTA,		/* since Vista */
	RASERR_WINDOWS_7,		/* since Windows 7 */
	RASERR_WINDOWS_8_1		/* since Windows 8.1 */
};

/* Optional strings are NULL when absent; all text is UTF-8. */
struct raserr_entry {
	long code;
	const char *name;		/* symbolic constant, e.g. ERROR_VPN_TIMEOUT */
	const char *message;		/* primary (classic) wording */
	const char *also;		/* a second classic text for the same code */
	const char *current;		/* today's Windows wording, if different */
	const char *note;
	const char *hint;		/* what usually causes it, what to check */
	const char *win32_name;		/* the unrelated winerror.h code of the same number */
	const char *win32_message;
	enum raserr_family family;
	enum raserr_windows windows;
	const char *source;		/* where the hint comes from: a URL */
};

/* The entry for code, or NULL. */
const struct raserr_entry *raserr_find(long code);

/* The entry whose name matches, ignoring case and an ERROR_ prefix. */
const struct raserr_entry *raserr_find_name(const char *name);

/*
 * The entries with lo <= code <= hi, in ascending order: returns the first
 * and stores their number in *count (0 and a pointer not to be read
 * when there are none).
 */
const struct raserr_entry *raserr_range(long lo, long hi, size_t *count);

/* All entries in ascending order of code. */
const struct raserr_entry *raserr_all(size_t *count);

/* A few words for w ("since Windows 7"), or NULL for RASERR_WINDOWS_ANY. */
const char *raserr_windows_text(enum raserr_windows w);

/* The key data/codes.txt, tsv and json use for w ("vista", "7"), or
 * NULL for RASERR_WINDOWS_ANY. */
const char *raserr_windows_key(enum raserr_windows w);

/* The version whose key is key, or -1 if none is. */
int raserr_windows_parse(const char *key);

/* "RAS" or "IKE". */
const char *raserr_family_text(enum raserr_family f);

/* Is code in the RAS or the IKE range (known to the catalogue or not)? */
int raserr_in_family(long code);

/*
 * The code a number stands for, in whatever form it was written:
 * value itself from 0 to RASERR_CODE_MAX; the Win32 code inside an
 * HRESULT_FROM_WIN32, given as its unsigned (0x800702B3, 2147943091) or
 * signed (-2147024205) 32-bit value.  -1 for any other number, such as
 * an HRESULT of another facility.
 */
long raserr_code_of(long long value);

/* The entry whose name is nearest to name, if near enough to be a typo
 * of it (case and an ERROR_ prefix ignored); else NULL. */
const struct raserr_entry *raserr_suggest(const char *name);

#ifdef __cplusplus
}
#endif

#endif
