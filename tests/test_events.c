/*
 * Windows event records: each fixture in tests/scan/events gives its
 * codes, where they were first seen, how many records name them, and
 * which provider and event they came from.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "scan.h"

struct expect {
	const char *file;
	const char *sightings;	/* "CODE LINE COUNT EVENT;" each */
};

static const struct expect cases[] = {
	{ "remoteaccess-20271-eventviewer.xml", "691 20 1 RemoteAccess 20271;" },
	{ "remoteaccess-20271-oneline.xml",
	    "812 1 1 RemoteAccess 20271;691 2 2 RemoteAccess 20271;" },
	{ "rasclient-20227-get-eventlog.txt", "809 9 1 RasClient 20227;" },
	{ "rasclient-20227-get-eventlog.utf16.txt", "809 9 1 RasClient 20227;" },
	{ "remoteaccess-20111-get-eventlog.txt",
	    "809 3 1 RemoteAccess 20111;13801 31 1 RemoteAccess 20111;" },
	{ "rasclient-20227-copy-details.txt", "809 11 1 RasClient 20227;" },
	{ "security-4653-oneline.xml", "" },
	{ "rasclient-wevtutil.txt",
	    "13801 14 1 RasClient 20227;829 29 1 RasClient 20226;" },
	{ "rasclient-wevtutil.utf16.txt",
	    "13801 14 1 RasClient 20227;829 29 1 RasClient 20226;" },
	{ "rasclient-get-winevent.txt", "809 5 1 RasClient 20227;" },
	{ "rasclient-eventviewer.csv", "691 2 1 RasClient 20227;" },
	{ "rasclient-eventviewer-tab.txt", "13806 2 1 RasClient 20227;" },
	{ "rasclient-20227-pretty.xml", "13868 11 1 RasClient 20227;" },
	{ "rasclient-20227-pretty.utf16.xml", "13868 11 1 RasClient 20227;" },
};

static void
test_fixtures(void **state)
{
	char path[256], got[512];
	struct scan_sighting s;
	struct scan *sc;
	size_t c, i, n;
	FILE *fp;

	(void)state;
	for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		snprintf(path, sizeof path, "tests/scan/events/%s", cases[c].file);
		assert_non_null(fp = fopen(path, "rb"));
		assert_non_null(sc = scan_new());
		assert_int_equal(scan_fd(sc, fileno(fp), cases[c].file), 0);
		fclose(fp);
		got[0] = '\0';
		for (i = 0; i < scan_found(sc); i++) {
			scan_get(sc, i, &s);
			n = strlen(got);
			snprintf(got + n, sizeof got - n, "%ld %lu %lu %s;", s.code,
			    s.line, s.count, s.event != NULL ? s.event : "-");
		}
		if (strcmp(got, cases[c].sightings) != 0)
			fail_msg("%s: got \"%s\", want \"%s\"", cases[c].file, got,
			    cases[c].sightings);
		scan_free(sc);
	}
}

/* A record cut short, a record of another provider, a value that is
 * no code: nothing is made up. */
static void
test_hostile(void **state)
{
	static const char *const texts[] = {
		"<Event><System><Provider Name='RasClient'/><EventID>20227</EventID>"
		    "</System><EventData><Data>a</Data><Data>b</Data><Data>c</Data>"
		    "<Data>87</Data></EventData></Event>\n",
		"<Event><System><Provider Name='Other'/><EventID>20227</EventID>"
		    "</System><EventData><Data>a</Data><Data>b</Data><Data>c</Data>"
		    "<Data>809</Data></EventData></Event>\n",
		"<Event><System><Provider Name='RasClient'/><EventID>20227</EventID>"
		    "</System><EventData><Data>a</Data><Data>809</Data>\n",
		"EventID : 20227\nSource : RasClient\n"
		    "ReplacementStrings : {{x}, SYSTEM, VPN, -2146762495}\n\n",
		"Data : {41, 3, 0, 0}\n\n",
		"<Binary>B3020000</Binary>\n",
		"<Event><System><Provider Name='RemoteAccess'/><EventID>20271"
		    "</EventID></System><EventData><Binary>B302</Binary>",
	};
	struct scan *sc;
	size_t i;
	FILE *fp;

	(void)state;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		assert_non_null(fp = tmpfile());
		fputs(texts[i], fp);
		rewind(fp);
		assert_non_null(sc = scan_new());
		assert_int_equal(scan_fd(sc, fileno(fp), "hostile"), 0);
		if (scan_found(sc) != 0)
			fail_msg("text %zu: %zu codes", i, scan_found(sc));
		scan_free(sc);
		fclose(fp);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixtures),
		cmocka_unit_test(test_hostile),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
