# Komunika — the two commands: `make run` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
DATA ?= ./data
DEBIAN_PACKAGES := libzmq3-dev libsqlite3-dev pkg-config

.PHONY: run test build release bench deps clean lint format

## Install what is missing: libzmq, SQLite headers and pkg-config (Debian).
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libzmq || ! pkg-config --exists sqlite3; then \
		echo "Installing $(DEBIAN_PACKAGES)…"; \
		SUDO=""; if [ "$$(id -u)" != 0 ]; then SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y $(DEBIAN_PACKAGES); \
	fi

## Build in release mode and start every service with data under ./data; Ctrl-C stops them all.
run: deps release
	@KOMUNIKA_DATA_DIR="$(DATA)" BIN_DIR="$$($(SWIFT) build -c release --show-bin-path)" ./Tools/run-local.sh

## Benchmarks (release build): each figure next to this machine's limit measured in the same run.
bench: deps
	$(SWIFT) build -c release --product komunika-bench
	"$$($(SWIFT) build -c release --show-bin-path)/komunika-bench"

SWIFT_SOURCES := Package.swift Shared Services Tools Tests

## The code's form (.swift-format): fails on any finding; `make format` mends most.
lint:
	$(SWIFT) format lint --strict --recursive --parallel $(SWIFT_SOURCES)

format:
	$(SWIFT) format format --in-place --recursive --parallel $(SWIFT_SOURCES)

## The whole test suite (what .ci/run calls), and the lint: either failing fails it.
test: deps
	$(SWIFT) build --build-tests
	@mkdir -p .build; set -o pipefail; \
	lint=0; $(SWIFT) format lint --strict --recursive --parallel $(SWIFT_SOURCES) || lint=$$?; \
	if [ $$lint = 0 ]; then echo "swift format lint: clean"; else echo "swift format lint: findings above (make format mends most)"; fi; \
	$(SWIFT) test --skip-build --disable-swift-testing 2>&1 | tee .build/test-output.log; status=$$?; \
	passed=$$(grep -cE "^Test Case '.*' passed \(" .build/test-output.log); \
	failed=$$(grep -cE "^Test Case '.*' failed \(" .build/test-output.log); \
	echo "tests: $$passed passed, $$failed failed"; [ $$status = 0 ] && [ $$lint = 0 ]

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

clean:
	rm -rf .build .build-* .build_*
