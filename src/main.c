/*
 * raserr: explain Windows Remote Access error codes.
 *
 * Options, modes and exit status only: parsing is in query.c, lookup in
 * catalogue.c, writing in output.c.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "raserr.h"
#include "diag.h"
#include "output.h"
#include "platform.h"
#include "operand.h"
#include "scan.h"
#include "completion.h"
#include "search.h"
#include "words.h"

/* As grep: found, not found, trouble.  Later values win. */
enum { EXIT_FOUND, EXIT_NOTFOUND, EXIT_TROUBLE };

/* IKE codes start here; a range that starts below stays with RAS. */
#define IKE_FIRST 13800L
#define RAS_LAST 9999L

/* Long options with no short form. */
enum { OPT_COLOR = 256, OPT_COMPLETION };

enum color { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

struct run {
	struct printer out;
	int quiet;
	int verbose;
	int status;
	int write_failed;	/* said once, not again */
};

static void
raise_status(struct run *run, int status)
{
	if (status > run->status)
		run->status = status;
}

static void
usage(FILE *fp)
{
	fputs(
"usage: raserr [-qv] [-f format] [code | range | name | -] ...\n"
"       raserr [-qv] [-f format] -l | -g pattern ...\n"
"       raserr [-qv] [-f format] -s [file ...]\n"
"\n"
"Explain Windows Remote Access (dial-up, VPN, RRAS) error codes.\n"
"\n"
"  -f, --format=FMT     text (default), tsv or json (JSON Lines)\n"
"      --color[=WHEN]   colour codes and matches: auto, always or never\n"
"      --completion=SH  print the bash, zsh or fish completion script\n"
"  -g, --grep=PATTERN   entries matching every PATTERN (regex, any case)\n"
"  -l, --list           every entry\n"
"  -q, --quiet          print nothing; the exit status tells\n"
"  -s, --scan           find the codes that files (or stdin) mention\n"
"  -v, --verbose        full details for every entry, also in listings\n"
"  -h, --help           this help\n"
"  -V, --version        version and licence\n"
"\n"
"Operands: 691, 0x2B3, 0x800702B3, 600-610, 691,800, ERROR_VPN_TIMEOUT.\n"
"With no operand, or -, words are read from standard input.\n"
"\n"
"Examples:\n"
"  raserr 691\n"
"  raserr --grep L2TP\n"
"  raserr --scan vpn.log\n"
"  printf '691\\n809\\n' | raserr -f tsv\n"
"\n"
"Exit status: 0 all found, 1 something not found, 2 trouble.\n", fp);
}

/* ---------------------------------------------------------------- output */

/*
 * Makes sure what was written reached its file.  A closed pipe ends the
 * run quietly (the reader is gone: nothing to tell); any other failure,
 * such as a full disk, is an error.  Returns 0 or EXIT_TROUBLE.
 */
static int
flush_output(struct run *run)
{
	if (run->write_failed)
		return EXIT_TROUBLE;
	diag_flush();
	if (printer_flush(&run->out) == 0 && fflush(stdout) == 0 &&
	    !ferror(stdout))
		return 0;
	run->write_failed = 1;
	if (!reader_gone(errno))
		diag("write error: %s", strerror(errno));
	return EXIT_TROUBLE;
}

static int
help(struct run *run)
{
	usage(stdout);
	return flush_output(run) ? EXIT_TROUBLE : EXIT_FOUND;
}

/* ---------------------------------------------------------------- lookups */

static void
show(struct run *run, const struct raserr_entry *e, const struct query *q,
    int detailed)
{
	struct origin o = { q->shown, q->how, 0, NULL };

	if (!run->quiet)
		print_entry(&run->out, e, &o, detailed || run->verbose);
}

static void
not_found(struct run *run, const char *what, size_t len, const char *why)
{
	raise_status(run, EXIT_NOTFOUND);
	if (!run->quiet)
		diag_about(what, len, why);
}

/* Only a word with an underscore is worth a suggestion: it looks like a
 * constant, and plain words from a piped log would each cost a search. */
static void
unknown_name(struct run *run, const char *name)
{
	const struct raserr_entry *e;

	raise_status(run, EXIT_NOTFOUND);
	if (run->quiet)
		return;
	if (strchr(name, '_') != NULL && (e = raserr_suggest(name)) != NULL)
		diag("%s: unknown name; did you mean %s?", name, e->name);
	else
		diag("%s: unknown name", name);
}

static void
lookup_range(struct run *run, const struct query *q)
{
	const struct raserr_entry *e;
	long hi = q->lo < IKE_FIRST && q->hi > RAS_LAST ? RAS_LAST : q->hi;
	size_t n, i;

	e = raserr_range(q->lo, hi, &n);
	if (n == 0)
		not_found(run, q->shown, q->shown_len, "no known code in this range");
	for (i = 0; i < n; i++)
		show(run, &e[i], q, 0);
}

/* One operand word, from the command line or standard input. */
static int
lookup_word(void *arg, const char *w, size_t len)
{
	struct run *run = arg;
	const struct raserr_entry *e;
	struct query q;

	parse_query(w, len, &q);
	switch (q.kind) {
	case Q_CODE:
		if ((e = raserr_find(q.lo)) != NULL)
			show(run, e, &q, 1);
		else if (*q.how != '\0')
			not_found(run, q.how, strlen(q.how), "not a known RAS code");
		else
			not_found(run, q.shown, q.shown_len, "not a known RAS code");
		break;
	case Q_RANGE:
		lookup_range(run, &q);
		break;
	case Q_NAME:
		if ((e = raserr_find_name(q.shown)) != NULL)
			show(run, e, &q, 1);
		else
			unknown_name(run, q.shown);
		break;
	case Q_NOTRAS:
		not_found(run, q.why, strlen(q.why), NULL);
		break;
	case Q_BAD:
		raise_status(run, EXIT_TROUBLE);
		diag("%s", q.why);
		break;
	}
	return 0;
}

/* Before blocking on input, pass on the answers so far. */
static int
stdin_idle(void *arg)
{
	return flush_output(arg);
}

static void
lookup_stdin(struct run *run)
{
	struct word_sink sink = { lookup_word, stdin_idle, run, QUERY_WORD_MAX };
	int r = read_words(STDIN_FILENO, &sink);

	if (r < 0) {
		diag("standard input: %s", strerror(errno));
		raise_status(run, EXIT_TROUBLE);
	} else if (r > 0)
		raise_status(run, r);
}

static void
lookup_operand(struct run *run, const char *arg)
{
	struct word_sink sink = { lookup_word, NULL, run, QUERY_WORD_MAX };

	if (strcmp(arg, "-") == 0)
		lookup_stdin(run);
	else
		split_words(arg, &sink);
}

static void
list_entries(struct run *run, const struct search *s)
{
	size_t n, i, found = 0;
	const struct raserr_entry *e = raserr_all(&n);

	for (i = 0; i < n; i++) {
		if (s->n > 0 && !search_matches(s, &e[i]))
			continue;
		found++;
		if (!run->quiet)
			print_entry(&run->out, &e[i], NULL, run->verbose);
	}
	if (found == 0)
		raise_status(run, EXIT_NOTFOUND);
}

/* ---------------------------------------------------------------- options */

/*
 * The place of s in names[0..n), or -1: an option's value as its enum.
 * An optional value not given (NULL) is the first, the default.
 */
static int
value_of(const char *s, const char *const names[], size_t n)
{
	size_t i;

	if (s == NULL)
		return 0;
	for (i = 0; i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return (int)i;
	return -1;
}

#define NAMES(a) (a), sizeof (a) / sizeof (a)[0]

/* In the order of enum format. */
static const char *const format_names[] = { "text", "tsv", "json" };

/* In the order of enum color; --color with no value means auto, as in grep. */
static const char *const color_names[] = { "auto", "always", "never" };

/*
 * Colour is for people: text on a terminal that shows it, unless
 * NO_COLOR is set.  The terminal is asked last, since asking a Windows
 * console turns its colour on.
 */
static int
want_color(enum color c, enum format f)
{
	const char *no = getenv("NO_COLOR"), *term = getenv("TERM");

	if (f != FMT_TEXT || c == COLOR_NEVER)
		return 0;
	if (c == COLOR_ALWAYS) {
		(void)terminal_color(STDOUT_FILENO);
		return 1;
	}
	return (no == NULL || *no == '\0') &&
	    (term == NULL || strcmp(term, "dumb") != 0) &&
	    terminal_color(STDOUT_FILENO);
}

/* A negative number is an operand (an HRESULT), never an option. */
static int
is_operand(const char *arg)
{
	if (arg[0] != '-' || arg[1] == '\0')
		return 1;
	if (arg[1] < '0' || arg[1] > '9')
		return 0;
	for (arg++; *arg != '\0'; arg++)
		if (*arg < '0' || *arg > '9')
			return 0;
	return 1;
}

/* getopt said '?' or ':' about arg (a long option, or holding optopt). */
static void
bad_option(int c, const char *arg)
{
	char shortopt[3] = { '-', (char)optopt, '\0' };
	const char *shown = optopt != 0 && strncmp(arg, "--", 2) != 0 ? shortopt : arg;

	if (c == ':' && strchr(shown, '=') == NULL)
		diag("option %s needs an argument; see raserr --help", shown);
	else
		diag("bad option '%s'; see raserr --help", shown);
}

struct options {
	struct search search;
	enum color color;
	int list;
	int scan;
	char **operand;		/* compacted into argv itself */
	int nop;
};

/*
 * Returns -1 to go on, or the exit status when the run ends here
 * (--help, --version, a bad option).
 */
static int
parse_options(int argc, char *argv[], struct run *run, struct options *opt)
{
	static const struct option longopts[] = {
		{ "color", optional_argument, NULL, OPT_COLOR },
		{ "colour", optional_argument, NULL, OPT_COLOR },
		{ "completion", required_argument, NULL, OPT_COMPLETION },
		{ "format", required_argument, NULL, 'f' },
		{ "grep", required_argument, NULL, 'g' },
		{ "help", no_argument, NULL, 'h' },
		{ "list", no_argument, NULL, 'l' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "scan", no_argument, NULL, 's' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	char err[512];
	int c, v;

	opterr = 0;	/* getopt's own messages would name the full path */
	opt->operand = argv;
	/* "+": getopt stops at each operand; we take it and go on, so that
	 * operands and options mix in any order.  An operand is stored at
	 * or before the slot getopt reads next, never ahead of it. */
	while (optind < argc) {
		if (strcmp(argv[optind], "--") == 0) {
			while (++optind < argc)
				opt->operand[opt->nop++] = argv[optind];
			break;
		}
		if (strcmp(argv[optind], "/?") == 0)	/* Windows' own way */
			return help(run);
		if (is_operand(argv[optind])) {
			opt->operand[opt->nop++] = argv[optind++];
			continue;
		}
		c = getopt_long(argc, argv, "+:f:g:hlqsvV", longopts, NULL);
		switch (c) {
		case -1:	/* not expected: is_operand() took the operands */
			if (optind < argc)
				opt->operand[opt->nop++] = argv[optind++];
			break;
		case OPT_COLOR:
			if ((v = value_of(optarg, NAMES(color_names))) < 0) {
				diag("unknown colour choice '%s' (auto, always or never)",
				    optarg);
				return EXIT_TROUBLE;
			}
			opt->color = (enum color)v;
			break;
		case OPT_COMPLETION:
			if (print_completion(stdout, optarg) < 0) {
				diag("no completion for '%s' (bash, zsh or fish)", optarg);
				return EXIT_TROUBLE;
			}
			return flush_output(run) ? EXIT_TROUBLE : EXIT_FOUND;
		case 'f':
			if ((v = value_of(optarg, NAMES(format_names))) < 0) {
				diag("unknown format '%s' (text, tsv or json)", optarg);
				return EXIT_TROUBLE;
			}
			run->out.format = (enum format)v;
			break;
		case 'g':
			if (search_add(&opt->search, optarg, err, sizeof err) < 0) {
				diag("bad pattern %s", err);
				return EXIT_TROUBLE;
			}
			break;
		case 'h':
			return help(run);
		case 'l':
			opt->list = 1;
			break;
		case 'q':
			run->quiet = 1;
			break;
		case 's':
			opt->scan = 1;
			break;
		case 'v':
			run->verbose = 1;
			break;
		case 'V':
			puts("raserr " RASERR_VERSION "\n"
			    "Copyright (c) 2026 the raserr authors. ISC licence.");
			return flush_output(run) ? EXIT_TROUBLE : EXIT_FOUND;
		default:
			/* musl may leave optind past the end after a ':' */
			bad_option(c, argv[optind - 1 < argc ? optind - 1 : argc - 1]);
			return EXIT_TROUBLE;
		}
	}
	return -1;
}

/* ---------------------------------------------------------------- scan */

static void
scan_one(struct run *run, const char *file, struct scan *sc)
{
	const char *name = strcmp(file, "-") == 0 ? "(standard input)" : file;
	int fd = name == file ? open_input(file) : STDIN_FILENO;

	if (fd < 0 || scan_fd(sc, fd, name) < 0) {
		diag("%s: %s", file, strerror(errno));
		raise_status(run, EXIT_TROUBLE);
	}
	if (fd > STDIN_FILENO)
		close(fd);
}

/* Each code once, in the order first seen, with its count and place. */
static void
report_sightings(struct run *run, const struct scan *sc)
{
	struct scan_sighting s;
	char *where;
	size_t i;

	if (scan_found(sc) == 0)
		raise_status(run, EXIT_NOTFOUND);
	for (i = 0; i < scan_found(sc) && !run->quiet; i++) {
		scan_get(sc, i, &s);
		if ((where = malloc(strlen(s.file) + 24)) == NULL) {
			diag("out of memory");
			raise_status(run, EXIT_TROUBLE);
			return;
		}
		sprintf(where, "%s:%lu", s.file, s.line);
		{
			struct origin o = { NULL, NULL, s.count, where };

			print_entry(&run->out, raserr_find(s.code), &o, 1);
		}
		free(where);
	}
}

static void
scan_files(struct run *run, char **file, int nfile)
{
	struct scan *sc = scan_new();
	int i;

	if (sc == NULL) {
		diag("out of memory");
		raise_status(run, EXIT_TROUBLE);
		return;
	}
	if (nfile == 0)
		scan_one(run, "-", sc);
	for (i = 0; i < nfile; i++)
		scan_one(run, file[i], sc);
	report_sightings(run, sc);
	scan_free(sc);
}

/* ---------------------------------------------------------------- modes */

static void
run_queries(struct run *run, struct options *opt)
{
	int i;

	if (opt->scan) {
		if (opt->list || opt->search.n > 0) {
			diag("--scan goes with neither --list nor --grep");
			raise_status(run, EXIT_TROUBLE);
		} else
			scan_files(run, opt->operand, opt->nop);
		return;
	}
	if (opt->list || opt->search.n > 0) {
		if (opt->nop > 0) {
			diag("--list and --grep take no operands");
			raise_status(run, EXIT_TROUBLE);
			return;
		}
		list_entries(run, &opt->search);
	} else if (opt->nop == 0)
		lookup_stdin(run);
	for (i = 0; i < opt->nop; i++)
		lookup_operand(run, opt->operand[i]);
}

/*
 * A stream of codes is mostly output, so a pipe or file gets a big
 * buffer, flushed before each read that may block, so that answers still
 * come line by line.  tsv and json records gather in the printer's own
 * buffer: one in stdio too would only copy them again.  Messages gather
 * in diag's, when no terminal shows them.
 */
static void
set_buffers(enum format f, int tty)
{
	if (f != FMT_TEXT)
		setvbuf(stdout, NULL, _IONBF, 0);
	else if (!tty)
		setvbuf(stdout, NULL, _IOFBF, 1 << 16);
}

int
main(int argc, char *argv[])
{
	static struct run run;	/* static: its printer holds a big buffer */
	struct options opt;
	int status, tty;

	platform_init();
	argv = platform_args(&argc, argv);
	diag_gather(!is_terminal(STDERR_FILENO));
	memset(&opt, 0, sizeof opt);
	run.out.fp = stdout;
	if ((status = parse_options(argc, argv, &run, &opt)) < 0) {
		/* only text cares whether a terminal shows it */
		tty = run.out.format == FMT_TEXT && is_terminal(STDOUT_FILENO);
		set_buffers(run.out.format, tty);
		run.out.color = want_color(opt.color, run.out.format);
		run.out.highlight = &opt.search;
		run_queries(&run, &opt);
		if (flush_output(&run) != 0)
			run.status = EXIT_TROUBLE;
		else if (fclose(stdout) != 0) {
			diag("write error: %s", strerror(errno));
			run.status = EXIT_TROUBLE;
		}
		status = run.status;
	}
	printer_free(&run.out);
	search_free(&opt.search);
	diag_flush();
	return status;
}
