/*
 * POSIX extended regular expressions for --grep, without <regex.h>.  A
 * search takes time in proportion to the text's length times the
 * pattern's, whatever the pattern.
 *
 * A pattern means what glibc's regcomp(REG_EXTENDED | REG_ICASE) makes
 * of it in the C locale, byte by byte, and ere_find answers as regexec
 * does in pmatch[0].  So, as there:
 *   - case is ignored by reading pattern and text upper-cased, so a
 *     range runs between upper-cased ends: [a-Z] is [A-Z], [Z-a] is an
 *     error, and [:upper:] and [:lower:] both mean [:alpha:];
 *   - '.' and [^...] match a newline; ^ and $ match at the ends of the
 *     text only (glibc also matches a ^ or $ inside the pattern at a
 *     newline the match crosses, which POSIX forbids here, and loses
 *     a ^ or $ in the copies it makes of a group under + or a count:
 *     "(^a)+" matches "aaa" whole there, "a" here);
 *   - an empty pattern, alternative or group matches the empty string;
 *   - ')' with no '(' open and '}' out of a count are plain characters;
 *     '{' always starts a count, and a count or *, +, ? with nothing
 *     before it (or after ^ or $) is an error.
 * Refused, though glibc takes them:
 *   - \1 to \9 (back-references are not ERE), and a backslash before any
 *     other letter or digit or one of < > ` ' (GNU's \w, \<, and the
 *     like; glibc reads \n as an n that, under REG_ICASE, nothing
 *     matches);
 *   - [. .] and [= =] inside brackets, and a backslash inside a count
 *     (glibc reads \0 and \, there as 0 and a comma);
 *   - a count over 255, more than 4096 instructions (x{m,n} costs m to
 *     n copies of x) or 256 bracket expressions, and parentheses more
 *     than 256 deep.
 */
#ifndef ERE_H
#define ERE_H

#include <stddef.h>

struct ere;

/* The compiled pattern, or NULL with *errstr saying why (a static
 * string, to be quoted after the pattern). */
struct ere *ere_compile(const char *pattern, const char **errstr);

/*
 * The leftmost-longest match in text: returns 1 and sets *start and *end
 * (offsets; end is past the match), or returns 0.  notbol says that
 * text is not where the string begins, so ^ cannot match at its start.
 * A search allocates nothing and cannot fail: it works in space kept in
 * re, so one search at a time per re.
 */
int ere_find(const struct ere *re, const char *text, int notbol,
    size_t *start, size_t *end);

void ere_free(struct ere *re);

#endif
