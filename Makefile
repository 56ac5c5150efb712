# Komunika — the two commands: `make run` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
DATA ?= ./data
DEBIAN_PACKAGES := libzmq3-dev libsqlite3-dev libcurl4-openssl-dev pkg-config

.PHONY: run test build release bench deps browser-deps browser-apt browser-test protocol-test clean lint format

## Install what is missing: libzmq, SQLite and libcurl headers, and pkg-config (Debian).
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libzmq || ! pkg-config --exists sqlite3 \
		|| ! pkg-config --exists libcurl; then \
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

## The browser tests' tools: Debian's chromium and chromium-driver (and python3-venv) with
## apt-get when missing, and a virtual environment under .build/ with the pinned selenium and
## pytest, installed again only when Tests/Browser/requirements.txt changes (the stamp file).
PYTHON ?= python3
VENV := .build/venv
BROWSER_REQUIREMENTS := Tests/Browser/requirements.txt
BROWSER_STAMP := $(VENV)/.requirements-installed
# pytest's own run: -rA lists every outcome, the JUnit file is what `make test` counts.
PYTEST_FLAGS := -rA -p no:cacheprovider --junitxml=.build/browser-tests.xml

browser-deps: $(BROWSER_STAMP)

# Checked on every run (cheap), so a removed chromium comes back; the venv follows its stamp.
browser-apt:
	@missing=""; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	[ -x /usr/bin/chromedriver ] || missing="$$missing chromium-driver"; \
	command -v $(PYTHON) >/dev/null 2>&1 || missing="$$missing python3"; \
	$(PYTHON) -c 'import venv, ensurepip' >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing…"; \
		SUDO=""; if [ "$$(id -u)" != 0 ]; then SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; \
	fi

$(BROWSER_STAMP): $(BROWSER_REQUIREMENTS) | browser-apt
	@if ! $(VENV)/bin/python -c '' >/dev/null 2>&1; then \
		echo "Creating $(VENV)…"; rm -rf $(VENV); $(PYTHON) -m venv $(VENV); \
	fi
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r $(BROWSER_REQUIREMENTS)
	@touch $@

# Both pytest folders: the browser tests (Tests/Browser) and the protocol tests with a real
# SMTP server (Tests/Protocol), under the browser tests' pytest.ini.
PYTEST_FOLDERS := -c Tests/Browser/pytest.ini --rootdir=Tests Tests/Browser Tests/Protocol

## Only the browser tests (Tests/Browser), against freshly built executables; PYTEST_ARGS adds to pytest's.
browser-test: deps browser-deps
	$(SWIFT) build
	KOMUNIKA_BIN_DIR="$$($(SWIFT) build --show-bin-path)" PYTHONDONTWRITEBYTECODE=1 \
		$(VENV)/bin/python -m pytest $(PYTEST_FLAGS) $(PYTEST_ARGS) Tests/Browser

## Only the protocol tests (Tests/Protocol: komunika-mail and a real SMTP server); PYTEST_ARGS adds to pytest's.
protocol-test: deps browser-deps
	$(SWIFT) build
	KOMUNIKA_BIN_DIR="$$($(SWIFT) build --show-bin-path)" PYTHONDONTWRITEBYTECODE=1 \
		$(VENV)/bin/python -m pytest $(PYTEST_FLAGS) $(PYTEST_ARGS) Tests/Protocol

## The whole test suite (what .ci/run calls), and the lint: either failing fails it. The last
## line counts every runner's tests: XCTest's (Swift) and pytest's (Tests/Browser, Tests/Protocol) together.
test: deps browser-deps
	$(SWIFT) build --build-tests
	@mkdir -p .build; set -o pipefail; \
	lint=0; $(SWIFT) format lint --strict --recursive --parallel $(SWIFT_SOURCES) || lint=$$?; \
	if [ $$lint = 0 ]; then echo "swift format lint: clean"; else echo "swift format lint: findings above (make format mends most)"; fi; \
	$(SWIFT) test --skip-build --disable-swift-testing 2>&1 | tee .build/test-output.log; status=$$?; \
	passed=$$(grep -cE "^Test Case '.*' passed \(" .build/test-output.log); \
	failed=$$(grep -cE "^Test Case '.*' failed \(" .build/test-output.log); \
	echo "swift tests: $$passed passed, $$failed failed"; \
	rm -f .build/browser-tests.xml; \
	KOMUNIKA_BIN_DIR="$$($(SWIFT) build --show-bin-path)" PYTHONDONTWRITEBYTECODE=1 \
		$(VENV)/bin/python -m pytest $(PYTEST_FLAGS) $(PYTEST_FOLDERS); browser=$$?; \
	read -r bpassed bfailed < <($(VENV)/bin/python Tests/Browser/junit_counts.py .build/browser-tests.xml $$browser); \
	[ $$bfailed = 0 ] || [ $$browser != 0 ] || browser=1; \
	echo "browser and protocol tests: $$bpassed passed, $$bfailed failed (pytest exit $$browser)"; \
	echo "tests: $$((passed + bpassed)) passed, $$((failed + bfailed)) failed"; \
	[ $$status = 0 ] && [ $$browser = 0 ] && [ $$lint = 0 ]

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

clean:
	rm -rf .build .build-* .build_*
