#!/bin/sh
# The completion scripts: bash's completes options, formats and names
# (run in bash); zsh's and fish's parse, where those shells are here.

set -u
. "$(dirname "$0")/lib.sh"
bin=$top/raserr


# complete WORDS...: what bash offers for the last word
complete_words() {
	"$bin" --completion bash | bash -c '
		source /dev/stdin
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _raserr
		printf "%s\n" "${COMPREPLY[@]}"' raserr "$@" | sort | tr '\n' ' ' |
	    sed 's/ $//'
}

check "complete -p" "complete -F _raserr raserr" \
    "$("$bin" --completion bash | bash -c 'source /dev/stdin; complete -p raserr')"
check "a name, any case" "ERROR_VPN_TIMEOUT" "$(complete_words raserr error_vpn_ti)"
check "names by prefix" "ERROR_VPN_BAD_CERT ERROR_VPN_BAD_PSK" \
    "$(complete_words raserr ERROR_VPN_BAD)"
check "long options" "--format" "$(complete_words raserr --form)"
check "formats" "json text tsv" "$(complete_words raserr -f '')"
check "--format=" "--format=text --format=tsv" "$(complete_words raserr --format=t)"
check "--color=" "--color=always --color=auto" "$(complete_words raserr --color=a)"
check "shells" "bash" "$(complete_words raserr --completion b)"
check "files after --scan" "tests/completion.sh" \
    "$(cd "$top" && complete_words raserr --scan tests/completi)"
check "every name offered" "$("$bin" -l -f tsv | cut -f2 | sort | tr '\n' ' ' | sed 's/ $//')" \
    "$(complete_words raserr '')"

# zsh's and fish's lists of names, read as text (those shells may be
# absent): the first names that differ from the catalogue's, if any
"$bin" -l -f tsv | cut -f2 >"$tmp/names"
offered() {
	"$bin" --completion "$1" | sed -n "$2" | tr ' ' '\n' |
	    diff "$tmp/names" - | grep '^[<>]' | head -3
}
check "zsh offers every name" "" \
    "$(offered zsh 's/^  local -a names; names=(\(.*\))$/\1/p')"
check "fish offers every name" "" \
    "$(offered fish "s/^complete .* -a '\([A-Z_].*\)'$/\1/p")"

for sh in zsh fish; do
	if command -v $sh >/dev/null; then
		"$bin" --completion $sh >"${TMPDIR:-/tmp}/raserr-completion.$$"
		$sh -n "${TMPDIR:-/tmp}/raserr-completion.$$"
		check "$sh script parses" 0 $?
		rm -f "${TMPDIR:-/tmp}/raserr-completion.$$"
	else
		echo "completion: no $sh here; its script not checked"
	fi
done

finish completion
