#include "completion.h"

#include <string.h>

#include "raserr.h"

/* Every symbolic name, sep between them. */
static void
put_names(FILE *fp, const char *sep)
{
	size_t n, i;
	const struct raserr_entry *e = raserr_all(&n);

	for (i = 0; i < n; i++)
		fprintf(fp, "%s%s", i ? sep : "", e[i].name);
}

static void
bash(FILE *fp)
{
	fputs(
"# bash completion for raserr; made by raserr --completion bash\n"
"_raserr()\n"
"{\n"
"\tlocal cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} w\n"
"\tcase $prev in\n"
"\t-f|--format) COMPREPLY=($(compgen -W 'text tsv json' -- \"$cur\")); return ;;\n"
"\t--completion) COMPREPLY=($(compgen -W 'bash zsh fish' -- \"$cur\")); return ;;\n"
"\t-g|--grep) return ;;\n"
"\tesac\n"
"\tcase $cur in\n"
"\t--color=*|--colour=*) COMPREPLY=($(compgen -P \"${cur%%=*}=\" -W 'auto always never' -- \"${cur#*=}\")); return ;;\n"
"\t--format=*) COMPREPLY=($(compgen -P --format= -W 'text tsv json' -- \"${cur#*=}\")); return ;;\n"
"\t-*) COMPREPLY=($(compgen -W '--color --completion --format --grep --help --list\n"
"\t\t--quiet --scan --verbose --version -f -g -h -l -q -s -v -V' -- \"$cur\")); return ;;\n"
"\tesac\n"
"\tfor w in \"${COMP_WORDS[@]}\"; do\n"
"\t\tcase $w in -s|--scan) COMPREPLY=($(compgen -f -- \"$cur\")); return ;; esac\n"
"\tdone\n"
"\tCOMPREPLY=($(compgen -W \"$_raserr_names\" -- \"${cur^^}\"))\n"
"}\n"
"_raserr_names='", fp);
	put_names(fp, " ");
	fputs("'\ncomplete -F _raserr raserr\n", fp);
}

static void
zsh(FILE *fp)
{
	fputs(
"#compdef raserr\n"
"# zsh completion for raserr; made by raserr --completion zsh\n"
"_arguments -s -S \\\n"
"  '(-f --format)'{-f+,--format=}'[output format]:format:(text tsv json)' \\\n"
"  '*'{-g+,--grep=}'[entries matching a pattern]:pattern: ' \\\n"
"  '(-h --help)'{-h,--help}'[print help]' \\\n"
"  '(-l --list)'{-l,--list}'[every entry]' \\\n"
"  '(-q --quiet)'{-q,--quiet}'[print nothing]' \\\n"
"  '(-s --scan)'{-s,--scan}'[find the codes files mention]' \\\n"
"  '(-v --verbose)'{-v,--verbose}'[every entry in full]' \\\n"
"  '(-V --version)'{-V,--version}'[print the version]' \\\n"
"  '--color=-[colour]::when:(auto always never)' \\\n"
"  '--completion=[print a completion script]:shell:(bash zsh fish)' \\\n"
"  '*:code, name or file:->operand'\n"
"if [[ $state == operand ]]; then\n"
"  if (( ${words[(I)-s|--scan]} )); then _files; return; fi\n"
"  local -a names; names=(", fp);
	put_names(fp, " ");
	fputs(")\n  compadd -M 'm:{a-z}={A-Z}' -a names\nfi\n", fp);
}

static void
fish(FILE *fp)
{
	fputs(
"# fish completion for raserr; made by raserr --completion fish\n"
"complete -c raserr -s f -l format -x -a 'text tsv json' -d 'Output format'\n"
"complete -c raserr -s g -l grep -x -d 'Entries matching a pattern'\n"
"complete -c raserr -s h -l help -d 'Print help'\n"
"complete -c raserr -s l -l list -d 'Every entry'\n"
"complete -c raserr -s q -l quiet -d 'Print nothing'\n"
"complete -c raserr -s s -l scan -r -F -d 'Find the codes files mention'\n"
"complete -c raserr -s v -l verbose -d 'Every entry in full'\n"
"complete -c raserr -s V -l version -d 'Print the version'\n"
"complete -c raserr -l color -f -a 'auto always never' -d 'Colour'\n"
"complete -c raserr -l completion -x -a 'bash zsh fish' -d 'Completion script'\n"
"complete -c raserr -f -n 'not __fish_seen_argument -s s -l scan' -a '", fp);
	put_names(fp, " ");
	fputs("'\n", fp);
}

int
print_completion(FILE *fp, const char *shell)
{
	if (strcmp(shell, "bash") == 0)
		bash(fp);
	else if (strcmp(shell, "zsh") == 0)
		zsh(fp);
	else if (strcmp(shell, "fish") == 0)
		fish(fp);
	else
		return -1;
	return 0;
}
