$ raserr --help; raserr -h | wc -L
--- stdout
usage: raserr [-qv] [-f format] [code | range | name | text | -] ...
       raserr [-qv] [-f format] -l | -g pattern ...
       raserr [-qv] [-f format] -s [file ...]

Explain Windows Remote Access (dial-up, VPN, RRAS) error codes.

  -f, --format=FMT     text (default), tsv or json (JSON Lines)
      --color[=WHEN]   colour codes and matches: auto, always or never
      --completion=SH  print the bash, zsh or fish completion script
  -g, --grep=PATTERN   entries matching every PATTERN (regex, any case)
  -l, --list           every entry
  -q, --quiet          print nothing; the exit status tells
  -s, --scan           find the codes that files (or stdin) mention
  -v, --verbose        full details for every entry, also in listings
  -h, --help           this help
  -V, --version        version and licence

Operands: 691, 0x2B3, 0x800702B3, 600-610, 691,800, ERROR_VPN_TIMEOUT.
With no operand, or -, words are read from standard input.

Examples:
  raserr 691
  raserr --grep L2TP
  raserr --scan vpn.log
  printf '691\n809\n' | raserr -f tsv

Exit status: 0 all found, 1 something not found, 2 trouble.
71
--- stderr
--- exit 0
