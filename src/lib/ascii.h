/*
 * ASCII character classes and case folding.  <ctype.h> would do, but its
 * answers depend on the locale, and bytes of UTF-8 must never count as
 * letters or digits here.
 */
#ifndef ASCII_H
#define ASCII_H

static inline int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static inline int
is_hex(int c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* the value of a digit, or of a hex digit (is_hex) */
static inline int
hex_value(int c)
{
	return is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
}

static inline int
is_ascii_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* letters, digits and '_': what a C identifier is made of */
static inline int
is_ascii_alnum(int c)
{
	return is_ascii_alpha(c) || is_digit(c) || c == '_';
}

static inline int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static inline int
upper(int c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

#endif
