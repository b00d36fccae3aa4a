/*
 * raserr: explain Windows Remote Access error codes.
 *
 * Options, modes and exit status only: operands are answered in
 * lookup.c, --scan is driven by scanfiles.c, writing is output.c's.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "raserr.h"
#include "completion.h"
#include "diag.h"
#include "lookup.h"
#include "output.h"
#include "platform.h"
#include "run.h"
#include "scanfiles.h"
#include "search.h"

/* Long options with no short form. */
enum { OPT_COLOR = 256, OPT_COMPLETION };

enum color { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

static void
usage(FILE *fp)
{
	fputs(
"usage: raserr [-qv] [-f format] [code | range | name | text | -] ...\n"
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

static int
help(struct run *run)
{
	usage(stdout);
	return run_flush(run) ? EXIT_TROUBLE : EXIT_FOUND;
}

/* ---------------------------------------------------------------- listings */

static void
list_entries(struct run *run, const struct search *s)
{
	size_t n, i, found = 0, last = 0;
	const struct raserr_entry *e = raserr_all(&n);
	unsigned char *hit = malloc(n);

	if (hit == NULL) {
		diag("out of memory");
		run_status(run, EXIT_TROUBLE);
		return;
	}
	for (i = 0; i < n; i++)
		if ((hit[i] = s->n == 0 || search_matches(s, &e[i])) != 0) {
			found++;
			last = i;
		}
	if (found == 0)
		run_status(run, EXIT_NOTFOUND);
	else	/* the codes are in order: the last match is the widest */
		printer_align(run->out, e[last].code);
	for (i = 0; i < n; i++)
		if (hit[i])
			run_show(run, &e[i], NULL, 0);
	free(hit);
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
			return run_flush(run) ? EXIT_TROUBLE : EXIT_FOUND;
		case 'f':
			if ((v = value_of(optarg, NAMES(format_names))) < 0) {
				diag("unknown format '%s' (text, tsv or json)", optarg);
				return EXIT_TROUBLE;
			}
			run->format = (enum format)v;
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
			return run_flush(run) ? EXIT_TROUBLE : EXIT_FOUND;
		default:
			/* musl may leave optind past the end after a ':' */
			bad_option(c, argv[optind - 1 < argc ? optind - 1 : argc - 1]);
			return EXIT_TROUBLE;
		}
	}
	return -1;
}

/* ---------------------------------------------------------------- modes */

static void
run_queries(struct run *run, struct options *opt)
{
	if (opt->scan) {
		if (opt->list || opt->search.n > 0) {
			diag("--scan goes with neither --list nor --grep");
			run_status(run, EXIT_TROUBLE);
		} else
			scan_files(run, opt->operand, opt->nop);
		return;
	}
	if (opt->list || opt->search.n > 0) {
		if (opt->nop > 0) {
			diag("--list and --grep take no operands");
			run_status(run, EXIT_TROUBLE);
			return;
		}
		list_entries(run, &opt->search);
	} else if (opt->nop > 0)
		lookup_operands(run, opt->operand, opt->nop);
	else if (is_terminal(STDIN_FILENO)) {
		/* no one would know raserr is waiting for them */
		diag("what to explain? e.g. raserr 691, raserr VPN error 809, "
		    "raserr --grep L2TP");
		diag("raserr - reads operands typed here; raserr --help tells more");
		run_status(run, EXIT_TROUBLE);
	} else
		lookup_stdin(run);
}

int
main(int argc, char *argv[])
{
	struct run run;
	struct options opt;
	struct printer_setup setup;
	int status;

	platform_init();
	argv = platform_args(&argc, argv);
	diag_init();
	memset(&run, 0, sizeof run);
	memset(&opt, 0, sizeof opt);
	if ((status = parse_options(argc, argv, &run, &opt)) < 0) {
		setup.tty = is_terminal(STDOUT_FILENO);
		setup.width = setup.tty ? terminal_width(STDOUT_FILENO) : 0;
		setup.color = want_color(opt.color, run.format);
		setup.search = &opt.search;
		if ((run.out = printer_new(stdout, run.format, &setup)) == NULL) {
			diag("out of memory");
			return EXIT_TROUBLE;
		}
		run_queries(&run, &opt);
		if (run_flush(&run) != 0)
			run.status = EXIT_TROUBLE;
		else if (fclose(stdout) != 0) {
			diag("write error: %s", strerror(errno));
			run.status = EXIT_TROUBLE;
		}
		status = run_exit_status(&run);
	}
	printer_free(run.out);
	search_free(&opt.search);
	diag_flush();
	return status;
}
