$ d=$(mktemp -d); mkfifo "$d/in"; : >"$d/out"; raserr -f tsv <"$d/in" >"$d/out" & exec 3>"$d/in"; echo 691 >&3; i=0; while ! grep -q . "$d/out" && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; cut -f1 "$d/out"; echo 800 >&3; exec 3>&-; wait; echo after; cut -f1 "$d/out"; rm -r "$d"
--- stdout
691
after
691
800
--- stderr
--- exit 0
