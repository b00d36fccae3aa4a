#!/bin/sh
# make install stages into DESTDIR with the right modes, nothing
# outside PREFIX; make uninstall takes it all away again.

set -u
. "$(dirname "$0")/lib.sh"


cd "$top" || exit 2
make -s install DESTDIR="$tmp/stage" PREFIX=/opt/raserr >/dev/null 2>&1
check "install" 0 $?
check "tree" "$(printf '%s\n' \
    '644 /opt/raserr/share/bash-completion/completions/raserr' \
    '644 /opt/raserr/share/fish/vendor_completions.d/raserr.fish' \
    '644 /opt/raserr/share/man/man1/raserr.1' \
    '644 /opt/raserr/share/zsh/site-functions/_raserr' \
    '755 /opt/raserr/bin/raserr')" \
    "$(cd "$tmp/stage" && find . -type f -exec stat -c '%a %n' {} + |
        sed 's| \./| /|' | sort -k2 | sort -s -k1,1)"
check "installed binary runs" "691" \
    "$("$tmp/stage/opt/raserr/bin/raserr" -f tsv 691 | cut -f1)"
check "bash completion matches the binary" "$(./raserr --completion bash)" \
    "$(cat "$tmp/stage/opt/raserr/share/bash-completion/completions/raserr")"

make -s install DESTDIR="$tmp/stage2" BINDIR=/b MANDIR=/m >/dev/null 2>&1
check "BINDIR and MANDIR" "/b/raserr /m/man1/raserr.1" \
    "$(ls "$tmp/stage2/b/raserr" "$tmp/stage2/m/man1/raserr.1" | sed "s|$tmp/stage2||" | tr '\n' ' ' | sed 's/ $//')"

make -s uninstall DESTDIR="$tmp/stage" PREFIX=/opt/raserr >/dev/null 2>&1
check "uninstall" 0 "$(find "$tmp/stage" -type f | wc -l)"

finish install
