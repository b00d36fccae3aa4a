/*
 * The evidence rules, one at a time: for each rule a real-looking line
 * where it holds and one where it does not.  Every rule in the table
 * must have its cases here.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "evidence.h"

struct rule_case {
	const char *rule;
	const char *text;
	const char *number;	/* as written in text; its first place */
	long code;
	enum form form;
	int holds;
};

static const struct rule_case cases[] = {
	{ "glued", "see host.example.com:809 now", "809", 809, FORM_PLAIN, 1 },
	{ "glued", "Windows_Error_809", "809", 809, FORM_PLAIN, 0 },
	{ "glued", "see vpn-error-720-on-windows", "720", 720, FORM_PLAIN, 0 },
	{ "glued", "Fix_VPN_Error_809_Windows.reg", "809", 809, FORM_PLAIN, 0 },
	{ "unit after", "waited 800 ms", "800", 800, FORM_PLAIN, 1 },
	{ "unit after", "error 800 again", "800", 800, FORM_PLAIN, 0 },
	{ "veto word before", "listening on port 809", "809", 809, FORM_PLAIN, 1 },
	{ "veto word before", "got 809", "809", 809, FORM_PLAIN, 0 },
	{ "counter", "errors=651 warnings=2", "651", 651, FORM_PLAIN, 1 },
	{ "counter", "error=651", "651", 651, FORM_PLAIN, 0 },
	{ "symbolic name", "ret == ERROR_FROM_DEVICE", "ERROR_FROM_DEVICE", 651,
	    FORM_NAME, 1 },
	{ "symbolic name", "ret == 651", "651", 651, FORM_PLAIN, 0 },
	{ "error word before", "\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 691",
	    "691", 691, FORM_PLAIN, 1 },
	{ "error word before", "Errors since boot: 651", "651", 651, FORM_PLAIN, 0 },
	{ "error word before", "access code 700.", "700", 700, FORM_PLAIN, 0 },
	{ "error word before", "\"dialing_code\": 691,", "691", 691, FORM_PLAIN,
	    0 },
	{ "error word before", "\"error_code\": 691,", "691", 691, FORM_PLAIN,
	    1 },
	{ "error word after", "\xe6\x8a\xa5" "720\xe9\x94\x99\xe8\xaf\xaf", "720",
	    720, FORM_PLAIN, 1 },
	{ "error word after", "800 errors today", "800", 800, FORM_PLAIN, 0 },
	{ "plural error word after", "a few readers have reported 853 errors",
	    "853", 853, FORM_PLAIN, 1 },
	{ "plural error word after", "cpplint gives 800 errors on the two files",
	    "800", 800, FORM_PLAIN, 0 },
	{ "unit after", "cpplint gives 800 errors on the two files", "800", 800,
	    FORM_PLAIN, 1 },
	{ "unit after", "a few readers have reported 853 errors", "853", 853,
	    FORM_PLAIN, 0 },
	{ "continues a list", NULL, NULL, 0, FORM_PLAIN, 0 },
	{ "slash list", "try 800/806/807 first", "806", 806, FORM_PLAIN, 1 },
	{ "slash list", "try 800/806/807 first", "800", 800, FORM_PLAIN, 1 },
	{ "slash list", "try 800/806/807 first", "807", 807, FORM_PLAIN, 1 },
	{ "slash list", "try 800/806 first", "806", 806, FORM_PLAIN, 0 },
	{ "own message follows", "  678     There was no answer.", "678", 678,
	    FORM_PLAIN, 1 },
	{ "own message follows", "  678     There was a cat.", "678", 678,
	    FORM_PLAIN, 0 },
	{ "own hex follows", "received invalid payload<13843 (0x3613)>", "13843",
	    13843, FORM_PLAIN, 1 },
	{ "own hex follows", "received invalid payload<13843 (0x3614)>", "13843",
	    13843, FORM_PLAIN, 0 },
	{ "own hex follows", "failed with 809 (0x329)", "809", 809, FORM_PLAIN,
	    0 },
	{ "own hex follows", "Invalid cookie received (13846, Hex: 0X3616)",
	    "13846", 13846, FORM_PLAIN, 1 },
	{ "own hex follows", "cookie 13846 of 0x3616", "13846", 13846,
	    FORM_PLAIN, 0 },
	{ "CJK report word", "win7\xe6\x8f\x90\xe7\xa4\xba" "809.", "809", 809,
	    FORM_PLAIN, 1 },
	{ "CJK report word", "\xe6\x88\x91\xe4\xbb\xac" "809.", "809", 809,
	    FORM_PLAIN, 0 },
	{ "CJK report word", "691\xe9\x97\xae\xe9\xa2\x98", "691", 691,
	    FORM_PLAIN, 1 },
	{ "CJK bare code", "\xe4\xbb\x8d\xe7\x84\xb6" "691", "691", 691,
	    FORM_PLAIN, 1 },
	{ "CJK bare code", "\xe8\xb6\x85\xe8\xbf\x87" "800\xe4\xba\xba", "800",
	    800, FORM_PLAIN, 0 },
	{ "CJK bare code", "\xe8\xb6\x85\xe9\x81\x8e" "800\xe5\x80\x8b", "800",
	    800, FORM_PLAIN, 0 },		/* 超過800個: traditional */
	{ "CJK bare code", "\xe3\x80\x8c" "831\xe4\xbe\x86\xe9\x9b\xbb", "831",
	    831, FORM_PLAIN, 0 },		/* 「831來電: a bracket, no word */
	{ "own name", "<span id=\"PENDING\"></span> <dt>600</dt>", "600", 600,
	    FORM_PLAIN, 1 },
	{ "own name", "<dt>PENDINGS</dt> <dt>600</dt>", "600", 600, FORM_PLAIN, 0 },
	{ "table layout", "//680     No hay tono de marcado", "680", 680,
	    FORM_PLAIN, 1 },
	{ "table layout", "| 691 | Acceso denegado |", "691", 691, FORM_PLAIN, 1 },
	{ "table layout", "see 680 now", "680", 680, FORM_PLAIN, 0 },
	{ "list of codes", "\xe4\xbe\x8b\xe5\xa6\x82" "619,629,691\xe7\xad\x89",
	    "629", 629, FORM_PLAIN, 1 },
	{ "list of codes", "sizes 619, 12, 691", "619", 619, FORM_PLAIN, 0 },
	{ "other message before", "title: Item is not a valid control type "
	    "(Error 720)", "720", 720, FORM_PLAIN, 1 },
	{ "other message before", "IKE failed to find valid machine certificate "
	    "(13806)", "13806", 13806, FORM_PLAIN, 0 },
	{ "other message before", "how to solve: it will not connect "
	    "(Error 720)", "720", 720, FORM_PLAIN, 0 },
	{ "HRESULT form", "hr=0x800702B3", "0x800702B3", 691, FORM_HRESULT, 1 },
	{ "HRESULT form", "hr=691", "691", 691, FORM_PLAIN, 0 },
	{ "RAS vocabulary", "the L2TP tunnel says 789", "789", 789, FORM_PLAIN, 1 },
	{ "RAS vocabulary", "the printer says 789", "789", 789, FORM_PLAIN, 0 },
	{ "RAS vocabulary", "Remote Access says 789", "789", 789, FORM_PLAIN, 1 },
	{ "RAS vocabulary", "Remote Accessibility says 789", "789", 789,
	    FORM_PLAIN, 0 },
	{ "in CJK prose", "\xe6\x88\x91\xe4\xb8\x80\xe7\x9b\xb4" "809,", "809", 809,
	    FORM_PLAIN, 1 },
	{ "in CJK prose", "I get 809,", "809", 809, FORM_PLAIN, 0 },
	{ "in CJK prose", "|4778|682|\xeb\x82\xae\xec\x9d\x8c|", "682", 682,
	    FORM_PLAIN, 0 },		/* a table's cell edge, no prose */
	{ "row start", "4. 633 The port is already in use", "633", 633,
	    FORM_PLAIN, 1 },
	{ "row start", "see 633 The port", "633", 633, FORM_PLAIN, 0 },
	{ "RasClient sentence", "which has failed. The error code returned on "
	    "failure is 691.", "691", 691, FORM_PLAIN, 1 },
	{ "RasClient sentence", "which has terminated. The reason code returned "
	    "on termination is 631.", "631", 631, FORM_PLAIN, 1 },
	{ "RasClient sentence", "the error code 691 was returned on failure",
	    "691", 691, FORM_PLAIN, 0 },
	{ "other product", "Visual Basic Run-time error 735", "735", 735,
	    FORM_PLAIN, 1 },
	{ "other product", "VPN error 735 in the runtime log", "735", 735,
	    FORM_PLAIN, 0 },
	{ "other product", "InstallShield error 735", "735", 735, FORM_PLAIN, 1 },
	{ "other product", "When using Google Play, I get error 910.", "910", 910,
	    FORM_PLAIN, 1 },
	{ "other product", "\"ErrorCode: 743\" (Event 0 - RemoteDesktopServices)",
	    "743", 743, FORM_PLAIN, 1 },
	{ "other product", "verify the app launches without error 740", "740",
	    740, FORM_PLAIN, 1 },
	{ "other product", "the VPN app launches with error 809", "809", 809,
	    FORM_PLAIN, 0 },
	{ "other product", "SQLite error 787: FOREIGN KEY constraint failed", "787",
	    787, FORM_PLAIN, 1 },
	{ "other product", "Error 911: the database is not there", "911", 911,
	    FORM_PLAIN, 1 },
	{ "other product", "SIP error 603 Decline", "603", 603, FORM_PLAIN, 1 },
	{ "other product", "Error code 773: you cannot teleport there", "773", 773,
	    FORM_PLAIN, 1 },
	{ "other product", "Win32Exception (740): cannot start the process", "740",
	    740, FORM_PLAIN, 1 },
	{ "other product", "InstallShields error 735", "735", 735, FORM_PLAIN, 0 },
	{ "other product", "CreateProcessW failed, error 735", "735", 735,
	    FORM_PLAIN, 1 },
	{ "other product", "Createprocessor error 735", "735", 735, FORM_PLAIN, 1 },
	{ "other product", "Create process error 735", "735", 735, FORM_PLAIN, 0 },
	{ "Win32 meaning", "CreateProcess error=740, The requested operation "
	    "requires elevation", "740", 740, FORM_PLAIN, 1 },
	{ "Win32 meaning", "Windows Error 740: Fix Elevation Required Error", "740",
	    740, FORM_PLAIN, 1 },
	{ "Win32 meaning", "error 740 while dialing", "740", 740, FORM_PLAIN, 0 },
	{ "Win32 meaning", "filesystem limit error (os error 665)", "665", 665,
	    FORM_PLAIN, 1 },
	{ "Win32 meaning", "the macos error 665", "665", 665, FORM_PLAIN, 0 },
	{ "other message follows", "Error 940: Cannot add physical address", "940",
	    940, FORM_PLAIN, 1 },
	{ "other message follows", "Error 611: Route is not available", "611", 611,
	    FORM_PLAIN, 0 },
	{ "other message follows", "      628  Disk removed", "628", 628,
	    FORM_PLAIN, 1 },		/* a row of another table */
	{ "other message follows", "//680     No hay tono de marcado", "680", 680,
	    FORM_PLAIN, 0 },		/* 680's own, in Spanish */
	{ "other message follows", "691  Eri\xc5\x9fim reddedildi \xc3\xa7\xc3\xbcnk\xc3\xbc"
	    " kullan\xc4\xb1" "c\xc4\xb1 ad\xc4\xb1 ge\xc3\xa7" "ersiz", "691", 691,
	    FORM_PLAIN, 0 },		/* Turkish: not ASCII words */
};

/* The weight of the case's rule on its line. */
static int
weigh(const struct rule_case *c, struct scanned_line *l)
{
	const char *at = strstr(c->text, c->number);
	struct mention m;

	assert_non_null(at);
	l->s = (const unsigned char *)c->text;
	l->len = strlen(c->text);
	l->vocabulary = -1;
	m.start = (size_t)(at - c->text);
	m.end = m.start + strlen(c->number);
	m.e = raserr_find(c->code);
	m.form = c->form;
	assert_non_null(m.e);
	return evidence_rule(l, &m, c->rule);
}

static void
test_each_rule(void **state)
{
	struct scanned_line l = { NULL, 0, 0, 0, -1 };
	size_t i;
	int w;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if (cases[i].text == NULL)
			continue;
		w = weigh(&cases[i], &l);
		if ((w != 0) != cases[i].holds || w == -1000)
			fail_msg("%s on \"%s\": weight %d", cases[i].rule, cases[i].text, w);
	}
}

/* "Errors 633, 676 and 678": the later codes continue the list. */
static void
test_list(void **state)
{
	const char *text = "Errors 633, 676 and 678 and then 680 later";
	struct scanned_line l = { (const unsigned char *)text, strlen(text), 15, 1, -1 };
	struct mention m = { 20, 23, NULL, FORM_PLAIN };

	(void)state;
	m.e = raserr_find(678);
	assert_true(evidence_rule(&l, &m, "continues a list") > 0);
	m.start = 33;
	m.end = 36;
	m.e = raserr_find(680);
	assert_int_equal(evidence_rule(&l, &m, "continues a list"), 0);
}

/* Each rule of the table has a case that holds and one that does not. */
static void
test_every_rule_tested(void **state)
{
	const char *name;
	size_t i, k;
	int yes, no;

	(void)state;
	for (i = 0; (name = evidence_rule_name(i)) != NULL; i++) {
		for (yes = no = 0, k = 0; k < sizeof cases / sizeof cases[0]; k++)
			if (strcmp(cases[k].rule, name) == 0) {
				yes += cases[k].holds;
				no += !cases[k].holds;
			}
		if (strcmp(name, "continues a list") == 0)
			continue;	/* test_list */
		if (yes == 0 || no == 0)
			fail_msg("rule \"%s\" lacks a case", name);
	}
	assert_int_equal(evidence_rule(NULL, NULL, "no such rule"), -1000);
}

/* The vocabulary is looked up by a binary search: its words must be in
 * strictly rising strcmp() order, and no longer than the words looked
 * up, or some would never be found. */
static void
test_vocabulary_sorted(void **state)
{
	const char *prev = NULL, *w;
	size_t i;

	(void)state;
	for (i = 0; (w = evidence_vocabulary_word(i)) != NULL; prev = w, i++) {
		if (prev != NULL && strcmp(prev, w) >= 0)
			fail_msg("vocabulary: \"%s\" after \"%s\"", w, prev);
		if (strlen(w) > VOCABULARY_WORD_MAX)
			fail_msg("vocabulary: \"%s\" is longer than a word looked up", w);
	}
	assert_true(i > 50);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_rule),
		cmocka_unit_test(test_list),
		cmocka_unit_test(test_every_rule_tested),
		cmocka_unit_test(test_vocabulary_sorted),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
