# raserr -- see README.md.  GNU make only (gmake on the BSDs): it uses
# GNU functions ($(wildcard), $(patsubst), $(call), $(shell)...), :=,
# pattern rules and -include.

# The version is said once, in the public header.
VERSION := $(shell sed -n 's/^.define RASERR_VERSION "\(.*\)"/\1/p' include/raserr.h)

PREFIX  = /usr/local
BINDIR  = $(PREFIX)/bin
LIBDIR  = $(PREFIX)/lib
INCLUDEDIR = $(PREFIX)/include
PKGCONFIGDIR = $(LIBDIR)/pkgconfig
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

# ---------------------------------------------------------------- layers
#
# data/codes.txt -> src/gen (gentable) -> src/lib/table.inc
#   -> src/lib  (libraserr.a: the catalogue, names, code forms)
#   -> src/scan (libscan.a: --scan's engine)
#   -> src      (the program: operands, output, options)
# Each layer sees its own headers and those below it, never above.

LIB_SRC  = src/lib/catalogue.c src/lib/names.c src/lib/suggest.c \
           src/lib/windows.c src/lib/codeform.c src/lib/utf8.c
SCAN_SRC = $(wildcard src/scan/*.c)
APP_SRC  = src/operand.c src/words.c src/lookup.c src/scanfiles.c src/run.c \
           src/output.c src/diag.c src/search.c \
           src/completion.c src/platform.c src/utf16.c src/ere.c
MAIN_SRC = src/main.c
GEN_SRC  = src/gen/gentable.c src/gen/codesfile.c
# what the generator borrows from the library (no table needed)
GEN_LIB_SRC = src/lib/names.c src/lib/windows.c src/lib/codeform.c src/lib/utf8.c

LIB_CPPFLAGS  = -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc/lib $(CPPFLAGS)
SCAN_CPPFLAGS = $(LIB_CPPFLAGS) -Isrc/scan
APP_CPPFLAGS  = $(SCAN_CPPFLAGS) -Isrc

ARCHIVES = src/libapp.a src/scan/libscan.a libraserr.a

all: raserr

raserr: src/main.o $(ARCHIVES)
	$(CC) $(ALL_LDFLAGS) -o $@ src/main.o $(ARCHIVES)

libraserr.a: $(LIB_SRC:.c=.o)
src/scan/libscan.a: $(SCAN_SRC:.c=.o)
src/libapp.a: $(APP_SRC:.c=.o)
$(ARCHIVES):
	rm -f $@
	$(AR) rcs $@ $^

src/lib/catalogue.o: src/lib/table.inc

# The table is written whole or not at all, so a failed run leaves no
# half table for the next make to trust.
src/lib/table.inc: data/codes.txt src/gen/gentable
	src/gen/gentable data/codes.txt > $@.tmp
	mv $@.tmp $@

# The generator runs on the build machine, even when CC cross-compiles,
# so its share of the library is built again with BUILD_CC.
GEN_OBJ = $(GEN_SRC:.c=.o) $(patsubst src/lib/%.c,src/gen/lib-%.o,$(GEN_LIB_SRC))
src/gen/gentable: $(GEN_OBJ)
	$(BUILD_CC) $(ALL_LDFLAGS) -o $@ $(GEN_OBJ)

src/gen/lib-%.o: src/lib/%.c
	$(BUILD_CC) $(LIB_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

src/gen/%.o: src/gen/%.c
	$(BUILD_CC) $(LIB_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

src/lib/%.o: src/lib/%.c
	$(CC) $(LIB_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

src/scan/%.o: src/scan/%.c
	$(CC) $(SCAN_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

src/%.o: src/%.c
	$(CC) $(APP_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# ---------------------------------------------------------------- other targets

# Built from the sources in one go, so no object of the native build is
# mixed in; the table comes from the native generator.
ALL_SRC = $(MAIN_SRC) $(APP_SRC) $(SCAN_SRC) $(LIB_SRC)

# A fully static Linux binary with musl: runs on any x86-64 Linux.
MUSL_CC = musl-gcc
static: raserr-static
raserr-static: $(ALL_SRC) src/lib/table.inc
	$(MUSL_CC) $(APP_CPPFLAGS) $(WARNFLAGS) -Os -static -s -o $@ $(ALL_SRC)

check-static: raserr-static
	RASERR_BIN=$(CURDIR)/raserr-static sh tests/cli.sh

# Windows: cross-built with mingw-w64, tested under Wine.
MINGW_CC = x86_64-w64-mingw32-gcc
WINE = wine
windows: raserr.exe
raserr.exe: $(ALL_SRC) src/lib/table.inc
	$(MINGW_CC) $(APP_CPPFLAGS) -D__USE_MINGW_ANSI_STDIO=1 \
	    $(WARNFLAGS) -O2 -static -s -o $@ $(ALL_SRC)

# A new Wine prefix says so on stderr the first time: wineboot makes it
# before the tests, quietly (2 s when it is there already).  Wine reads
# the Unix command line and file names in the locale's character set:
# C.UTF-8 lets the Unicode cases through whole.
check-windows: raserr.exe windows-dist
	WINEDEBUG=-all $(WINE) wineboot -i >/dev/null 2>&1
	WINEDEBUG=-all RASERR_TARGET=windows \
	    RASERR_WRAP="env LC_ALL=C.UTF-8 $(WINE)" \
	    RASERR_BIN=$(CURDIR)/raserr.exe sh tests/cli.sh
	sh tests/windist.sh $(WINDIST).zip

# What a Windows user unpacks: the program, the manual as HTML (Windows
# has no man), README and the licence, named so that Windows opens it.
WINDIST = raserr-$(VERSION)-win64
windows-dist: $(WINDIST).zip
$(WINDIST).zip: raserr.exe man/raserr.1 README.md LICENSE
	rm -rf .windist $@
	mkdir .windist
	cp raserr.exe README.md .windist/
	cp LICENSE .windist/LICENSE.txt
	mandoc -Thtml man/raserr.1 > .windist/raserr.html
	cd .windist && zip -q -X ../$@ raserr.exe raserr.html README.md LICENSE.txt
	rm -rf .windist

# ---------------------------------------------------------------- tests

UNIT_TESTS = tests/test_catalogue tests/test_operand tests/test_output \
             tests/test_events tests/test_decode tests/test_evidence \
             tests/test_words tests/test_scan tests/test_filter \
             tests/test_codesfile tests/test_data tests/test_utf16 tests/test_ere \
             tests/test_platform

tests/%.o: tests/%.c
	$(CC) $(APP_CPPFLAGS) $(CMOCKA_CFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# Every unit test links the layers as the program does; the generator's
# test links the generator's objects instead.
$(filter-out tests/test_codesfile,$(UNIT_TESTS)): %: %.o $(ARCHIVES)
tests/test_codesfile: tests/test_codesfile.o $(filter-out src/gen/gentable.o,$(GEN_OBJ))

$(UNIT_TESTS):
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(CMOCKA_LIBS)

# The reference files sit beside the project; test_data says it skipped
# when they are not there.
REFDIR = ../shared/reference

# The completion scripts come from the binary, so they match it.
COMPLETIONS = raserr.bash _raserr raserr.fish

check: raserr $(UNIT_TESTS) $(COMPLETIONS)
	@for t in $(UNIT_TESTS); do \
		echo "== $$t"; \
		REFDIR=$(REFDIR) $$t || exit 1; \
	done
	@echo "== tests/gen.sh"
	@sh tests/gen.sh
	@echo "== tests/cli.sh"
	@sh tests/cli.sh
	@echo "== tests/limits.sh"
	@SANITIZE=$(SANITIZE) sh tests/limits.sh
	@echo "== tests/valgrind.sh"
	@SANITIZE=$(SANITIZE) VALGRIND='$(VALGRIND)' sh tests/valgrind.sh
	@echo "== tests/oom.sh"
	@SANITIZE=$(SANITIZE) CC='$(CC)' WARNFLAGS='$(WARNFLAGS)' sh tests/oom.sh
	@for t in docs completion install seed; do \
		echo "== tests/$$t.sh"; \
		REFDIR=$(REFDIR) CC='$(CC)' CXX='$(CXX)' TEST_LDFLAGS='$(ALL_LDFLAGS)' \
		    sh tests/$$t.sh || exit 1; \
	done

# The end-to-end cases with the binary under valgrind: no error, no leak.
check-valgrind: raserr
	RASERR_WRAP="$(VALGRIND)" sh tests/cli.sh

# Static analysis: both must be clean.
lint: src/lib/table.inc
	cppcheck --enable=warning,performance,portability --error-exitcode=1 \
	    --inline-suppr -q -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc/lib \
	    -Isrc/scan -Isrc src
	clang-tidy --quiet $(ALL_SRC) $(GEN_SRC) -- -std=c11 $(APP_CPPFLAGS)

# Speed beside the alternatives; not part of check (see tests/bench.sh).
bench: raserr
	sh tests/bench.sh

# Mutation testing: each mutant is one changed line of src, built and put
# through make check in a clone of HEAD (commit first).  Minutes per
# mutant, so not part of check; see tests/MUTANTS.md for past runs.
# src takes in src/lib, src/gen and src/scan.
MUTANTS = ../shared/tools/mutants
MUTANTS_COUNT = 30
MUTANTS_SEED = 1
MUTANTS_PATHS = src
MUTANTS_TIMEOUT = 400
mutants:
	@test -x $(MUTANTS) || { \
		echo 'make mutants: $(MUTANTS) is not there, so no mutation testing' >&2; \
		exit 1; }
	@echo 'passed over (tests/mutants.skip), as the lines read now:'
	@sed -e '/^#/d' -e '/^$$/d' tests/mutants.skip | while read -r at why; do \
		printf '  %s: %s\n' "$$at" "$$(sed -n "$${at##*:}p" "$${at%:*}")"; \
	done
	$(MUTANTS) --count $(MUTANTS_COUNT) --seed $(MUTANTS_SEED) \
	    --timeout $(MUTANTS_TIMEOUT) --skip tests/mutants.skip \
	    --paths $(MUTANTS_PATHS)

# ---------------------------------------------------------------- fuzzing

# make fuzz [FUZZ_TIME=seconds]: each libFuzzer harness in turn, from the
# seeds in tests/fuzz/corpus/NAME; what it finds goes to tests/fuzz/work.
FUZZ_CC = clang
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_TIME = 60
FUZZERS = $(patsubst %.c,%,$(wildcard tests/fuzz/fuzz_*.c))

# Each harness is built with all the layers; the generator's with its own.
$(filter-out tests/fuzz/fuzz_codesfile,$(FUZZERS)): %: %.c $(APP_SRC) $(SCAN_SRC) \
    $(LIB_SRC) src/lib/table.inc
tests/fuzz/fuzz_codesfile: tests/fuzz/fuzz_codesfile.c src/gen/codesfile.c \
    $(GEN_LIB_SRC)

$(FUZZERS):
	$(FUZZ_CC) $(APP_CPPFLAGS) $(WARNFLAGS) $(FUZZ_FLAGS) -o $@ $(filter %.c,$^)

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

raserr.bash: raserr
	./raserr --completion bash > $@
_raserr: raserr
	./raserr --completion zsh > $@
raserr.fish: raserr
	./raserr --completion fish > $@

# pkg-config's file names the directories of this install, so it is
# made again each time: PREFIX or LIBDIR may be given to make install
# only.  Paths under PREFIX are written as ${prefix}/..., as is usual.
PC_DIR = $(patsubst $(PREFIX)/%,$${prefix}/%,$(1))
raserr.pc: src/lib/raserr.pc.in FORCE
	sed -e 's|@prefix@|$(PREFIX)|' \
	    -e 's|@libdir@|$(call PC_DIR,$(LIBDIR))|' \
	    -e 's|@includedir@|$(call PC_DIR,$(INCLUDEDIR))|' \
	    -e 's|@version@|$(VERSION)|' src/lib/raserr.pc.in > $@.tmp
	mv $@.tmp $@
FORCE:

install: raserr $(COMPLETIONS) libraserr.a raserr.pc
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man3 $(DESTDIR)$(INCLUDEDIR) \
	    $(DESTDIR)$(LIBDIR) $(DESTDIR)$(PKGCONFIGDIR) \
	    $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	install -m 755 raserr $(DESTDIR)$(BINDIR)/raserr
	install -m 644 man/raserr.1 $(DESTDIR)$(MANDIR)/man1/raserr.1
	install -m 644 man/raserr.3 $(DESTDIR)$(MANDIR)/man3/raserr.3
	install -m 644 include/raserr.h $(DESTDIR)$(INCLUDEDIR)/raserr.h
	install -m 644 libraserr.a $(DESTDIR)$(LIBDIR)/libraserr.a
	install -m 644 raserr.pc $(DESTDIR)$(PKGCONFIGDIR)/raserr.pc
	install -m 644 raserr.bash $(DESTDIR)$(BASHCOMPDIR)/raserr
	install -m 644 _raserr $(DESTDIR)$(ZSHCOMPDIR)/_raserr
	install -m 644 raserr.fish $(DESTDIR)$(FISHCOMPDIR)/raserr.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/raserr $(DESTDIR)$(MANDIR)/man1/raserr.1 \
	    $(DESTDIR)$(MANDIR)/man3/raserr.3 $(DESTDIR)$(INCLUDEDIR)/raserr.h \
	    $(DESTDIR)$(LIBDIR)/libraserr.a $(DESTDIR)$(PKGCONFIGDIR)/raserr.pc \
	    $(DESTDIR)$(BASHCOMPDIR)/raserr $(DESTDIR)$(ZSHCOMPDIR)/_raserr \
	    $(DESTDIR)$(FISHCOMPDIR)/raserr.fish

# A source tarball of what is committed; distcheck builds and tests it
# unpacked elsewhere.
DIST = raserr-$(VERSION)
dist:
	@test -e .git || { \
		echo 'make dist: needs the git checkout (it packs what is committed)' >&2; \
		exit 1; }
	git archive --format=tar.gz --prefix=$(DIST)/ -o $(DIST).tar.gz HEAD

distcheck: dist
	rm -rf .distcheck && mkdir .distcheck
	tar -xzf $(DIST).tar.gz -C .distcheck
	cd .distcheck/$(DIST) && $(MAKE) check
	rm -rf .distcheck

clean:
	rm -f raserr raserr-static raserr.exe $(WINDIST).zip $(ARCHIVES) $(COMPLETIONS) \
	    raserr.pc raserr.pc.tmp $(DIST).tar.gz src/*.[od] src/*/*.[od] \
	    src/gen/gentable src/lib/table.inc src/lib/table.inc.tmp \
	    tests/*.o tests/*.d $(UNIT_TESTS) $(FUZZERS)
	rm -rf tests/fuzz/work .distcheck .windist

.PHONY: FORCE all static windows check check-static check-windows windows-dist check-valgrind lint bench mutants fuzz dist distcheck install uninstall clean

-include src/*.d src/*/*.d tests/*.d
