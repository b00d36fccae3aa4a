/* Symbolic names compare ignoring case and an ERROR_ prefix: the one
 * rule the generator sorts by and the lookup searches by. */
#ifndef NAMEKEY_H
#define NAMEKEY_H

/* name without a leading "ERROR_" (any case) */
const char *namekey(const char *name);

/* <0, 0, >0 as strcmp, over namekey() of both, ASCII case folded */
int namekey_cmp(const char *a, const char *b);

#endif
