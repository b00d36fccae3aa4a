/* "did you mean ...?" for a mistyped symbolic name. */
#ifndef SUGGEST_H
#define SUGGEST_H

#include "raserr.h"

/* The entry whose name is closest to name (case and ERROR_ ignored), if
 * close enough to be a typo; else NULL. */
const struct raserr_entry *suggest_name(const char *name);

#endif
