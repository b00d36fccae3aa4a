/*
 * Splits text into operand words: white space and commas separate them.
 * In standard input, a '#' standing alone (followed by white space or
 * the end of the line) starts a comment that runs to the end of the
 * line; a '#' glued to a word is part of it (#691).
 */
#ifndef WORDS_H
#define WORDS_H

#include <stddef.h>

struct word_sink {
	/* Called for each word; one longer than max arrives cut to max + 1
	 * bytes.  A nonzero return stops the splitting. */
	int (*word)(void *arg, const char *w, size_t len);
	/* Called before each read that may block, so that the answers so
	 * far can be flushed; a nonzero return stops the reading. */
	int (*idle)(void *arg);
	void *arg;
	size_t max;		/* below 128 */
	/* Called at the end of each line of standard input (the last one
	 * too), or NULL; a nonzero return stops the reading. */
	int (*line_end)(void *arg);
};

/* Returns 0 at end of input, -1 on a read error (errno set), or the
 * first nonzero value a callback returned. */
int read_words(int fd, const struct word_sink *sink);

/* The same over a string, with no comments and no line ends; returns 0
 * or a callback's nonzero value.  A string with no word in it gives one
 * empty word, to be reported. */
int split_words(const char *s, const struct word_sink *sink);

#endif
