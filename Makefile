# raserr -- see README.md.  GNU make or any make with pattern rules.

VERSION = 1.0.0

PREFIX  = /usr/local
BINDIR  = $(PREFIX)/bin
MANDIR  = $(PREFIX)/share/man
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  = $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR = $(PREFIX)/share/fish/vendor_completions.d
DESTDIR =

CC      = cc
BUILD_CC = $(CC)
CFLAGS  = -O2
LDFLAGS =
WARNFLAGS = -std=c11 -Wall -Wextra -Wpedantic -Werror
ALL_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc $(CPPFLAGS)
ALL_CFLAGS = $(WARNFLAGS) $(CFLAGS) $(SAN_$(SANITIZE))
ALL_LDFLAGS = $(LDFLAGS) $(SAN_$(SANITIZE))

# make clean; make check SANITIZE=1 CC=clang: everything under ASan+UBSan.
SANITIZE =
SAN_1 = -g -fno-omit-frame-pointer -fsanitize=address,undefined \
        -fno-sanitize-recover=all
VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full \
           --errors-for-leak-kinds=all

CMOCKA_CFLAGS = `pkg-config --cflags cmocka 2>/dev/null`
CMOCKA_LIBS   = `pkg-config --libs cmocka 2>/dev/null || echo -lcmocka`

# data/codes.txt -> gentable -> src/table.inc -> libraserr.a -> raserr
GEN_OBJ = src/gen/gentable.o src/gen/codesfile.o src/gen/namekey.o src/gen/utf8.o
LIB_OBJ = src/catalogue.o src/namekey.o
CLI_OBJ = src/main.o src/query.o src/output.o src/words.o src/search.o \
          src/scan.o src/sieve.o src/scanfile.o src/textmatch.o src/suggest.o \
          src/completion.o src/platform.o src/diag.o src/utf8.o

UNIT_TESTS = tests/test_catalogue tests/test_query tests/test_output \
             tests/test_words tests/test_scan tests/test_sieve tests/test_codesfile \
             tests/test_data
# the sieve again, its blocks read in plain C as on machines without SSE2
SWAR_TEST = tests/test_sieve_swar

all: raserr

raserr: $(CLI_OBJ) libraserr.a
	$(CC) $(ALL_LDFLAGS) -o $@ $(CLI_OBJ) libraserr.a

libraserr.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

src/catalogue.o: src/table.inc

# The table is written whole or not at all, so a failed run leaves no
# half table for the next make to trust.
src/table.inc: data/codes.txt src/gen/gentable
	src/gen/gentable data/codes.txt > $@.tmp
	mv $@.tmp $@

# The generator runs on the build machine, even when CC cross-compiles.
src/gen/gentable: $(GEN_OBJ)
	$(BUILD_CC) $(ALL_LDFLAGS) -o $@ $(GEN_OBJ)

src/gen/namekey.o: src/namekey.c
	$(BUILD_CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ src/namekey.c

src/gen/utf8.o: src/utf8.c
	$(BUILD_CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ src/utf8.c

src/gen/%.o: src/gen/%.c
	$(BUILD_CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

src/%.o: src/%.c
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# ---------------------------------------------------------------- other targets

# Built from the sources in one go, so no object of the native build is
# mixed in; the table comes from the native generator.
LIB_SRC = $(LIB_OBJ:.o=.c)
CLI_SRC = $(CLI_OBJ:.o=.c)

# A fully static Linux binary with musl: runs on any x86-64 Linux.
MUSL_CC = musl-gcc
static: raserr-static
raserr-static: $(LIB_SRC) $(CLI_SRC) src/table.inc
	$(MUSL_CC) $(ALL_CPPFLAGS) $(WARNFLAGS) -Os -static -s -o $@ $(CLI_SRC) $(LIB_SRC)

check-static: raserr-static
	RASERR_BIN=$(CURDIR)/raserr-static sh tests/cli.sh

# Windows: cross-built with mingw-w64, tested under Wine.  mingw-w64 has
# no <regex.h>, so --grep there takes plain words only.
MINGW_CC = x86_64-w64-mingw32-gcc
windows: raserr.exe
raserr.exe: $(LIB_SRC) $(CLI_SRC) src/table.inc
	$(MINGW_CC) $(ALL_CPPFLAGS) -D__USE_MINGW_ANSI_STDIO=1 -DRASERR_NO_REGEX \
	    $(WARNFLAGS) -O2 -static -s -o $@ $(CLI_SRC) $(LIB_SRC)

check-windows: raserr.exe
	WINEDEBUG=-all RASERR_TARGET=windows RASERR_WRAP=wine \
	    RASERR_BIN=$(CURDIR)/raserr.exe sh tests/cli.sh

# ---------------------------------------------------------------- tests

tests/%.o: tests/%.c
	$(CC) $(ALL_CPPFLAGS) $(CMOCKA_CFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

tests/test_catalogue: tests/test_catalogue.o libraserr.a
tests/test_query: tests/test_query.o src/query.o src/utf8.o
tests/test_output: tests/test_output.o src/output.o src/search.o src/utf8.o libraserr.a
tests/test_words: tests/test_words.o src/words.o
tests/test_scan: tests/test_scan.o src/scan.o src/sieve.o src/scanfile.o src/textmatch.o libraserr.a
tests/test_sieve: tests/test_sieve.o src/sieve.o
tests/test_codesfile: tests/test_codesfile.o src/gen/codesfile.o src/namekey.o src/utf8.o
tests/test_data: tests/test_data.o libraserr.a

$(UNIT_TESTS):
	$(CC) $(ALL_LDFLAGS) -o $@ $@.o $(filter-out $@.o,$^) $(CMOCKA_LIBS)

src/sieve_swar.o: src/sieve.c
	$(CC) $(ALL_CPPFLAGS) -DSIEVE_SWAR $(ALL_CFLAGS) -c -o $@ src/sieve.c

$(SWAR_TEST): tests/test_sieve.o src/sieve_swar.o
	$(CC) $(ALL_LDFLAGS) -o $@ tests/test_sieve.o src/sieve_swar.o $(CMOCKA_LIBS)

# The reference files sit beside the project; test_data says it skipped
# when they are not there.
REFDIR = ../shared/reference

check: raserr $(UNIT_TESTS) $(SWAR_TEST) $(COMPLETIONS)
	@for t in $(UNIT_TESTS) $(SWAR_TEST); do \
		echo "== $$t"; \
		REFDIR=$(REFDIR) $$t || exit 1; \
	done
	@echo "== tests/gen.sh"
	@sh tests/gen.sh
	@echo "== tests/cli.sh"
	@sh tests/cli.sh
	@echo "== tests/limits.sh"
	@SANITIZE=$(SANITIZE) sh tests/limits.sh
	@for t in docs completion install; do \
		echo "== tests/$$t.sh"; sh tests/$$t.sh || exit 1; \
	done

# The end-to-end cases with the binary under valgrind: no error, no leak.
check-valgrind: raserr
	RASERR_WRAP="$(VALGRIND)" sh tests/cli.sh

# Static analysis: both must be clean.
LINT_SRC = src/*.c src/gen/*.c
lint: src/table.inc
	cppcheck --enable=warning,performance,portability --error-exitcode=1 \
	    --inline-suppr -q -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc src src/gen
	clang-tidy --quiet $(LINT_SRC) -- -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc

# Speed beside the alternatives; not part of check (see tests/bench.sh).
bench: raserr
	sh tests/bench.sh

# ---------------------------------------------------------------- fuzzing

# make fuzz [FUZZ_TIME=seconds]: each libFuzzer harness in turn, from the
# seeds in tests/fuzz/corpus/NAME; what it finds goes to tests/fuzz/work.
FUZZ_CC = clang
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_TIME = 60
FUZZERS = tests/fuzz/fuzz_query tests/fuzz/fuzz_words tests/fuzz/fuzz_scan \
          tests/fuzz/fuzz_codesfile

tests/fuzz/fuzz_query: tests/fuzz/fuzz_query.c src/query.c src/utf8.c
tests/fuzz/fuzz_words: tests/fuzz/fuzz_words.c src/words.c src/query.c src/utf8.c
tests/fuzz/fuzz_scan: tests/fuzz/fuzz_scan.c src/scan.c src/sieve.c src/scanfile.c \
    src/textmatch.c src/catalogue.c src/namekey.c src/table.inc
tests/fuzz/fuzz_codesfile: tests/fuzz/fuzz_codesfile.c src/gen/codesfile.c \
    src/namekey.c src/utf8.c

$(FUZZERS):
	$(FUZZ_CC) $(ALL_CPPFLAGS) $(WARNFLAGS) $(FUZZ_FLAGS) -o $@ $(filter %.c,$^)

fuzz: $(FUZZERS)
	@for f in $(FUZZERS); do \
		n=$${f##*/}; mkdir -p tests/fuzz/work/$$n; \
		echo "== $$n for $(FUZZ_TIME) s"; \
		$$f -max_total_time=$(FUZZ_TIME) -max_len=4096 -print_final_stats=1 \
		    -artifact_prefix=tests/fuzz/work/$$n- \
		    tests/fuzz/work/$$n tests/fuzz/corpus/$$n >tests/fuzz/work/$$n.log 2>&1; \
		st=$$?; \
		grep -E '^#[0-9]+.*DONE|number_of_executed_units|peak_rss_mb' tests/fuzz/work/$$n.log; \
		if [ $$st -ne 0 ]; then tail -40 tests/fuzz/work/$$n.log; exit 1; fi; \
	done

# ---------------------------------------------------------------- install

# The completion scripts come from the binary, so they match it.
COMPLETIONS = raserr.bash _raserr raserr.fish
raserr.bash: raserr
	./raserr --completion bash > $@
_raserr: raserr
	./raserr --completion zsh > $@
raserr.fish: raserr
	./raserr --completion fish > $@

install: raserr $(COMPLETIONS)
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	install -m 755 raserr $(DESTDIR)$(BINDIR)/raserr
	install -m 644 man/raserr.1 $(DESTDIR)$(MANDIR)/man1/raserr.1
	install -m 644 raserr.bash $(DESTDIR)$(BASHCOMPDIR)/raserr
	install -m 644 _raserr $(DESTDIR)$(ZSHCOMPDIR)/_raserr
	install -m 644 raserr.fish $(DESTDIR)$(FISHCOMPDIR)/raserr.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/raserr $(DESTDIR)$(MANDIR)/man1/raserr.1 \
	    $(DESTDIR)$(BASHCOMPDIR)/raserr $(DESTDIR)$(ZSHCOMPDIR)/_raserr \
	    $(DESTDIR)$(FISHCOMPDIR)/raserr.fish

# A source tarball of what is committed; distcheck builds and tests it
# unpacked elsewhere.
DIST = raserr-$(VERSION)
dist:
	git archive --format=tar.gz --prefix=$(DIST)/ -o $(DIST).tar.gz HEAD

distcheck: dist
	rm -rf .distcheck && mkdir .distcheck
	tar -xzf $(DIST).tar.gz -C .distcheck
	cd .distcheck/$(DIST) && $(MAKE) check
	rm -rf .distcheck

clean:
	rm -f raserr raserr-static raserr.exe libraserr.a $(COMPLETIONS) \
	    $(DIST).tar.gz src/*.o src/*.d src/gen/*.o src/gen/*.d \
	    src/gen/gentable src/table.inc src/table.inc.tmp \
	    tests/*.o tests/*.d $(UNIT_TESTS) $(SWAR_TEST) $(FUZZERS)
	rm -rf tests/fuzz/work .distcheck

.PHONY: all static windows check check-static check-windows check-valgrind lint bench fuzz dist distcheck install uninstall clean

-include src/*.d src/gen/*.d tests/*.d
