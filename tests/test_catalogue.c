/* The lookup core, through the public API only. */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "raserr.h"

static void
test_sorted_and_unique(void **state)
{
	size_t n, i;
	const struct raserr_entry *e = raserr_all(&n);

	(void)state;
	assert_int_equal(n, 334 + 127);
	for (i = 1; i < n; i++)
		assert_true(e[i - 1].code < e[i].code);
}

static void
test_find_by_code(void **state)
{
	const struct raserr_entry *e = raserr_find(691);

	(void)state;
	assert_non_null(e);
	assert_int_equal(e->code, 691);
	assert_string_equal(e->name, "ERROR_AUTHENTICATION_FAILURE");
	assert_string_equal(e->message,
	    "Access denied because username and/or password is invalid on the domain.");
	assert_string_equal(e->win32_name, "ERROR_DBG_TERMINATE_THREAD");
	assert_int_equal(e->family, RASERR_FAMILY_RAS);
	assert_string_equal(raserr_find(600)->name, "PENDING");
	assert_string_equal(raserr_find(13801)->name, "ERROR_IPSEC_IKE_AUTH_FAIL");
	assert_int_equal(raserr_find(13801)->family, RASERR_FAMILY_IKE);
}

static void
test_find_misses(void **state)
{
	(void)state;
	assert_null(raserr_find(599));
	assert_null(raserr_find(947));	/* the one gap in mprerror.h */
	assert_null(raserr_find(957));
	assert_null(raserr_find(0));
	assert_null(raserr_find(-691));
	assert_null(raserr_find(LONG_MAX));
	assert_null(raserr_find(LONG_MIN));
}

static void
test_every_entry_found_by_code_and_name(void **state)
{
	size_t n, i;
	const struct raserr_entry *e = raserr_all(&n);

	(void)state;
	for (i = 0; i < n; i++) {
		assert_ptr_equal(raserr_find(e[i].code), &e[i]);
		assert_ptr_equal(raserr_find_name(e[i].name), &e[i]);
	}
}

static void
test_find_by_name(void **state)
{
	const struct raserr_entry *e = raserr_find(691);

	(void)state;
	assert_ptr_equal(raserr_find_name("ERROR_AUTHENTICATION_FAILURE"), e);
	assert_ptr_equal(raserr_find_name("authentication_failure"), e);
	assert_ptr_equal(raserr_find_name("Error_Authentication_Failure"), e);
	assert_ptr_equal(raserr_find_name("error_pending"), raserr_find(600));
	assert_ptr_equal(raserr_find_name("pending"), raserr_find(600));
	assert_null(raserr_find_name(""));
	assert_null(raserr_find_name("ERROR_"));
	assert_null(raserr_find_name("AUTHENTICATION_FAILUR"));
	assert_null(raserr_find_name("AUTHENTICATION_FAILUREX"));
	assert_null(raserr_find_name("ERROR_ERROR_AUTHENTICATION_FAILURE"));
}

static void
test_range(void **state)
{
	const struct raserr_entry *e;
	size_t n;

	(void)state;
	e = raserr_range(600, 610, &n);
	assert_int_equal(n, 11);
	assert_int_equal(e[0].code, 600);
	assert_int_equal(e[10].code, 610);

	e = raserr_range(944, 950, &n);	/* across the gap at 947 */
	assert_int_equal(n, 6);
	assert_int_equal(e[3].code, 948);

	e = raserr_range(691, 691, &n);
	assert_int_equal(n, 1);
	assert_int_equal(e->code, 691);

	raserr_range(957, 13799, &n);
	assert_int_equal(n, 0);
	raserr_range(700, 600, &n);
	assert_int_equal(n, 0);
	raserr_range(100000, LONG_MAX, &n);
	assert_int_equal(n, 0);

	e = raserr_range(LONG_MIN, LONG_MAX, &n);
	assert_int_equal(n, 334 + 127);
	assert_int_equal(e->code, 600);
}

static void
test_texts(void **state)
{
	(void)state;
	assert_string_equal(raserr_windows_text(raserr_find(868)->windows),
	    "since Windows 7");
	assert_string_equal(raserr_windows_text(raserr_find(605)->windows),
	    "not used since Windows Vista");
	assert_null(raserr_windows_text(RASERR_WINDOWS_ANY));
	assert_string_equal(raserr_family_text(RASERR_FAMILY_IKE), "IKE");
	assert_string_equal(raserr_family_text(RASERR_FAMILY_RAS), "RAS");
	assert_string_equal(raserr_find(815)->also, "Failed to connect.");
	assert_string_equal(raserr_find(818)->note, "New in Windows Vista.");
	assert_string_equal(raserr_find(806)->note, "New in Windows Vista. "
	    "The SDK defines it with no version guard, hence no windows value.");
	assert_null(raserr_find(801)->note);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sorted_and_unique),
		cmocka_unit_test(test_find_by_code),
		cmocka_unit_test(test_find_misses),
		cmocka_unit_test(test_every_entry_found_by_code_and_name),
		cmocka_unit_test(test_find_by_name),
		cmocka_unit_test(test_range),
		cmocka_unit_test(test_texts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
