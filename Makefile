# Makefile - a thin wrapper over CMake, as cmark has: the two commands of the README
# (make demo, make test) and a few conveniences. The build itself is CMakeLists.txt.
#
#   make demo       install missing Debian packages, build (Release), run on corpus/docs
#   make test       the same set-up, then the whole test suite through ctest
#   make build      configure and build into $(BUILD_DIR)
#   make eval       the accuracy evaluation on the gold corpus (ctest label "eval")
#   make bench      build and run the benchmark program
#   make sanitize   build with ASan+UBSan into build-asan and run the tests there
#   make install    install (PREFIX=/usr/local by default)
#   make clean      remove the build folders
#
# Variables: BUILD_DIR (build), BUILD_TYPE (Release), CCK_WERROR (OFF; CI sets ON),
# JOBS (the number of processors), PREFIX.

BUILD_DIR ?= build
ASAN_DIR ?= build-asan
BUILD_TYPE ?= Release
CCK_WERROR ?= OFF
PREFIX ?= /usr/local
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE ?= cmake
CTEST ?= ctest

DEB_PACKAGES = cmake gcc make pkg-config libpcre2-dev libutf8proc-dev libcmocka-dev \
               libjansson-dev libcmark-dev libgumbo-dev parallel

.PHONY: all deps configure build demo test eval bench sanitize install clean

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

sanitize: deps
	$(CMAKE) -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Debug -DCCK_SANITIZE=ON -DCCK_WERROR=ON
	$(CMAKE) --build $(ASAN_DIR) -j $(JOBS)
	$(CTEST) --test-dir $(ASAN_DIR) --output-on-failure -j $(JOBS)

install: build
	$(CMAKE) --install $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR)
