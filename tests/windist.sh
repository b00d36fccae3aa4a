#!/bin/sh
# The Windows zip (make windows-dist) holds the four files it should:
# the program as built, the manual as HTML, README and the licence.

set -u
. "$(dirname "$0")/lib.sh"
zip=$top/$1

check "the zip's files" "LICENSE.txt README.md raserr.exe raserr.html" \
    "$(unzip -Z1 "$zip" | sort | tr '\n' ' ' | sed 's/ $//')"
unzip -p "$zip" raserr.exe | cmp -s - "$top/raserr.exe"
check "raserr.exe is the one built" 0 $?
unzip -p "$zip" README.md | cmp -s - "$top/README.md"
check "README.md is the project's" 0 $?
check "the manual is HTML, with its synopsis" "<title>RASERR(1)</title> 1" \
    "$(unzip -p "$zip" raserr.html | grep -o '<title>.*</title>') $(unzip -p "$zip" raserr.html | grep -c 'SYNOPSIS')"
finish windist
