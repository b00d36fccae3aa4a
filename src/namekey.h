/* Symbolic names compare ignoring case and an ERROR_ prefix. */
#ifndef NAMEKEY_H
#define NAMEKEY_H

/* name without a leading "ERROR_" (any case) */
const char *namekey(const char *name);

/* <0, 0, >0 as strcmp, over namekey() of both, ASCII case folded */
int namekey_cmp(const char *a, const char *b);

#endif
