# Makefile - a thin wrapper over CMake, as cmark has: the two commands of the README
# (make demo, make test) and a few conveniences. The build itself is CMakeLists.txt.
#
#   make demo       install missing Debian packages, build (Release), run on corpus/docs
#   make test       the same set-up, then the whole test suite through ctest
#   make build      configure and build into $(BUILD_DIR)
#   make eval       the accuracy evaluation on the gold corpus (ctest label "eval")
#   make bench      build and run the benchmark program
#   make sanitize   build with ASan+UBSan into build-asan and run the tests there
#                   (leaks checked, any UBSan report fatal)
#   make valgrind   build into build-valgrind and run the unit tests, the fuzz
#                   replays and a CLI smoke run under valgrind (memcheck, leaks)
#   make fuzz       build libFuzzer binaries with clang into build-fuzz and run each
#                   target for FUZZ_TIME seconds (FUZZ_TARGETS: all by default)
#   make install    install (PREFIX=/usr/local by default)
#   make clean      remove the build folders (build, build-asan, build-valgrind,
#                   build-fuzz)
#
# Variables: BUILD_DIR (build), BUILD_TYPE (Release), CCK_WERROR (OFF; CI sets ON),
# JOBS (the number of processors), PREFIX, FUZZ_TIME (60), FUZZ_TARGETS.

BUILD_DIR ?= build
ASAN_DIR ?= build-asan
VALGRIND_DIR ?= build-valgrind
FUZZ_DIR ?= build-fuzz
FUZZ_TIME ?= 60
FUZZ_TARGETS ?=
BUILD_TYPE ?= Release
CCK_WERROR ?= OFF
PREFIX ?= /usr/local
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE ?= cmake
CTEST ?= ctest

DEB_PACKAGES = cmake gcc make pkg-config libpcre2-dev libutf8proc-dev libcmocka-dev \
               libjansson-dev libcmark-dev libgumbo-dev parallel

.PHONY: all deps configure build demo test eval bench sanitize valgrind fuzz install clean

all: build

# Installs the Debian packages that are missing (apt-get update runs once, only when
# something is missing; sudo is used when not root).
deps:
	@if ! command -v dpkg >/dev/null 2>&1; then \
	  echo "make: no dpkg here; install by hand: $(DEB_PACKAGES)"; exit 0; \
	fi; \
	missing=""; \
	for p in $(DEB_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	  echo "Installing:$$missing"; \
	  $$sudo apt-get update && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; \
	fi

configure: deps
	$(CMAKE) -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
	  -DCCK_WERROR=$(CCK_WERROR) -DCMAKE_INSTALL_PREFIX=$(PREFIX)

build: configure
	$(CMAKE) --build $(BUILD_DIR) -j $(JOBS)

# Exit status 1 means "findings", which is what the demo is for.
demo: build
	./$(BUILD_DIR)/claimcheck corpus/docs || [ $$? -eq 1 ]

test: build
	$(CTEST) --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

eval: build
	$(CTEST) --test-dir $(BUILD_DIR) -L eval --output-on-failure -V

bench: configure
	$(CMAKE) --build $(BUILD_DIR) -j $(JOBS) --target claimcheck cck-bench
	./$(BUILD_DIR)/tests/bench/cck-bench --claimcheck ./$(BUILD_DIR)/claimcheck

# Leaks are checked at the exit of every test program; any UBSan report stops it.
sanitize: deps
	$(CMAKE) -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Debug -DCCK_SANITIZE=ON -DCCK_WERROR=ON
	$(CMAKE) --build $(ASAN_DIR) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  $(CTEST) --test-dir $(ASAN_DIR) --output-on-failure -j $(JOBS)

# Installs the Debian package a tool comes from when the tool is missing.
define need_tool
	@command -v $(1) >/dev/null 2>&1 || { \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	  echo "Installing: $(2)"; \
	  $$sudo apt-get update && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y $(2); }
endef

valgrind: deps
	$(call need_tool,valgrind,valgrind)
	$(CMAKE) -S . -B $(VALGRIND_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCCK_WERROR=$(CCK_WERROR)
	$(CMAKE) --build $(VALGRIND_DIR) -j $(JOBS)
	bash tests/fuzz/valgrind.sh $(VALGRIND_DIR) $(CURDIR)

# The whole project is built with clang here (libFuzzer comes with it).
fuzz: deps
	$(call need_tool,clang,clang libclang-rt-dev)
	$(CMAKE) -S . -B $(FUZZ_DIR) -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCCK_FUZZ=ON -DCCK_SANITIZE=ON
	$(CMAKE) --build $(FUZZ_DIR) -j $(JOBS)
	bash tests/fuzz/fuzz.sh $(FUZZ_DIR) $(CURDIR) $(FUZZ_TIME) $(FUZZ_TARGETS)

install: build
	$(CMAKE) --install $(BUILD_DIR)

# Every build folder a target above makes (tests/fuzz/make_clean.sh checks that).
clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(VALGRIND_DIR) $(FUZZ_DIR)
