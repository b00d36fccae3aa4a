#!/bin/sh
# make install stages into DESTDIR with the right modes, nothing
# outside PREFIX; C and C++ programs build against the staged library
# through pkg-config, README's example among them; make uninstall takes
# it all away again.  CC, CXX and TEST_LDFLAGS (the sanitizers) come from
# make check.

set -u
. "$(dirname "$0")/lib.sh"
cc=${CC:-cc}
cxx=${CXX:-c++}
ldflags=${TEST_LDFLAGS:-}
stage=$tmp/stage


cd "$top" || exit 2
make -s install DESTDIR="$stage" PREFIX=/opt/raserr >/dev/null 2>&1
check "install" 0 $?
check "tree" "$(printf '%s\n' \
    '644 /opt/raserr/include/raserr.h' \
    '644 /opt/raserr/lib/libraserr.a' \
    '644 /opt/raserr/lib/pkgconfig/raserr.pc' \
    '644 /opt/raserr/share/bash-completion/completions/raserr' \
    '644 /opt/raserr/share/fish/vendor_completions.d/raserr.fish' \
    '644 /opt/raserr/share/man/man1/raserr.1' \
    '644 /opt/raserr/share/man/man3/raserr.3' \
    '644 /opt/raserr/share/zsh/site-functions/_raserr' \
    '755 /opt/raserr/bin/raserr')" \
    "$(cd "$stage" && find . -type f -exec stat -c '%a %n' {} + |
        sed 's| \./| /|' | sort -k2 | sort -s -k1,1)"
check "installed binary runs" "691" \
    "$("$stage/opt/raserr/bin/raserr" -f tsv 691 | cut -f1)"
check "bash completion matches the binary" "$(./raserr --completion bash)" \
    "$(cat "$stage/opt/raserr/share/bash-completion/completions/raserr")"
check "raserr.pc" "$(printf '%s\n' 'prefix=/opt/raserr' \
    'libdir=${prefix}/lib' 'includedir=${prefix}/include')" \
    "$(grep -E '^(prefix|libdir|includedir)=' "$stage/opt/raserr/lib/pkgconfig/raserr.pc")"

make -s install DESTDIR="$tmp/stage2" BINDIR=/b MANDIR=/m LIBDIR=/l \
    INCLUDEDIR=/i >/dev/null 2>&1
check "BINDIR, MANDIR, LIBDIR, INCLUDEDIR" \
    "/b/raserr /i/raserr.h /l/libraserr.a /l/pkgconfig/raserr.pc /m/man1/raserr.1 /m/man3/raserr.3" \
    "$(cd "$tmp/stage2" && ls b/raserr i/raserr.h l/libraserr.a \
        l/pkgconfig/raserr.pc m/man1/raserr.1 m/man3/raserr.3 |
        sed 's|^|/|' | tr '\n' ' ' | sed 's/ $//')"
check "raserr.pc outside PREFIX" "$(printf '%s\n' 'prefix=/usr/local' \
    'libdir=/l' 'includedir=/i')" \
    "$(grep -E '^(prefix|libdir|includedir)=' "$tmp/stage2/l/pkgconfig/raserr.pc")"

# ------------------------------------------------ programs against it

# pkg-config as a program built against the staged install would call
# it: only the staged raserr.pc, its paths moved under DESTDIR.
staged_pkg_config() {
	PKG_CONFIG_LIBDIR=$stage/opt/raserr/lib/pkgconfig \
	    PKG_CONFIG_SYSROOT_DIR=$stage pkg-config "$@"
}

# build COMPILER FLAGS SOURCE-FILE: an executable beside the source, built
# with the staged install's flags; its compiler's messages on stdout.
build() {
	$1 $2 -o "${3%.*}" "$3" $(staged_pkg_config --cflags --libs raserr) \
	    $ldflags 2>&1
}

# The first C block of README's "Library" section, as printed.
readme_example() {
	awk '/^## / { lib = ($0 == "## Library") }
	    lib && /^```c$/ { on = 1; next }
	    on && /^```$/ { exit }
	    on' "$top/README.md"
}

# The first literal block of the man page's EXAMPLES, unescaped.
man_example() {
	awk '/^\.Sh / { ex = ($0 == ".Sh EXAMPLES") }
	    ex && /^\.Bd -literal/ { on = 1; next }
	    on && /^\.Ed/ { exit }
	    on' "$top/man/raserr.3" | sed -e 's/\\e/\\/g' -e 's/\\-/-/g'
}

found_691='691 ERROR_AUTHENTICATION_FAILURE: Access denied because username and/or password is invalid on the domain.'

if ! command -v pkg-config >/dev/null; then
	echo "install: no pkg-config here; programs against the library not built"
else
	check "pkg-config --cflags --libs" \
	    "-I$stage/opt/raserr/include -L$stage/opt/raserr/lib -lraserr" \
	    "$(staged_pkg_config --cflags --libs raserr | sed "s/ *$//")"
	check "pkg-config --modversion = --version" \
	    "$(./raserr --version | sed -n '1s/^raserr //p')" \
	    "$(staged_pkg_config --modversion raserr)"

	cat >"$tmp/find.c" <<'EOF'
#include <stdio.h>
#include <raserr.h>

int
main(void)
{
	const struct raserr_entry *e = raserr_find(691);
	const struct raserr_entry *s = raserr_suggest("VPN_TIMOUT");

	if (e == NULL || s == NULL)
		return 1;
	printf("%ld %s: %s\n", e->code, e->name, e->message);
	printf("%s %s %ld\n", s->name, raserr_family_text(s->family),
	    raserr_code_of(-2147024205LL));
	return 0;
}
EOF
	check "C: build" "" "$(build "$cc" "-std=c11 -Wall -Wextra -Wpedantic -Werror" \
	    "$tmp/find.c")"
	check "C: run" "$(printf '%s\n' "$found_691" 'ERROR_VPN_TIMEOUT RAS 691')" \
	    "$("$tmp/find" 2>&1)"

	readme_example >"$tmp/readme.c"
	check "README example: build" "" "$(build "$cc" "-std=c11 -Wall -Wextra -Werror" \
	    "$tmp/readme.c")"
	check "README example: run" "$found_691" "$("$tmp/readme" 2>&1)"
	man_example >"$tmp/manpage.c"
	check "raserr(3) example: build" "" "$(build "$cc" "-std=c11 -Wall -Wextra -Werror" \
	    "$tmp/manpage.c")"
	check "raserr(3) example: run" "$found_691" "$("$tmp/manpage" 2>&1)"

	if ! command -v "$cxx" >/dev/null; then
		echo "install: no C++ compiler ($cxx) here; the C++ program not built"
	else
		cat >"$tmp/lookup.cc" <<'EOF'
#include <cstdio>
#include <raserr.h>

int
main()
{
	size_t n;
	const raserr_entry *e = raserr_find_name("vpn_timeout");
	const raserr_entry *r = raserr_range(RASERR_IKE_FIRST, 13801, &n);
	raserr_windows w = static_cast<raserr_windows>(raserr_windows_parse("7"));

	if (e == nullptr)
		return 1;
	std::printf("%ld %s\n", e->code, e->name);
	std::printf("%zu from %ld %s\n", n, r->code, r->name);
	std::printf("%s\n", raserr_windows_text(w));
	return 0;
}
EOF
		check "C++: build" "" "$(build "$cxx" \
		    "-std=c++11 -Wall -Wextra -Wpedantic -Werror" "$tmp/lookup.cc")"
		check "C++: run" "$(printf '%s\n' '809 ERROR_VPN_TIMEOUT' \
		    '2 from 13800 ERROR_IPSEC_IKE_NEG_STATUS_BEGIN' 'since Windows 7')" \
		    "$("$tmp/lookup" 2>&1)"
	fi
fi

make -s uninstall DESTDIR="$stage" PREFIX=/opt/raserr >/dev/null 2>&1
check "uninstall" "" "$(find "$stage" ! -type d)"

finish install
