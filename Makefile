# Practice Learning Hub: the two commands are `make serve` and `make test`.
# Everything else they need, they install.

PYTHON ?= python3
# Material 9.8 prints a notice about its future on every build; the README covers it.
export NO_MKDOCS_2_WARNING := 1
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
NODE_STAMP := node_modules/.installed
SITE   := site
CODE   := practice_hub macros tests benchmarks tools

.PHONY: help setup serve build check reviews schemas test test-fast lint test-deps bench lock clean

help:
	@echo "make serve      build and serve the hub at http://127.0.0.1:8000 (live reload)"
	@echo "make test       install what the tests need (Chromium included) and run them all"
	@echo "make test-fast  everything but the browser tests (the edit loop)"
	@echo "make build      write the static site to $(SITE)/ (strict; nothing is published on error)"
	@echo "make check      check the content without building"
	@echo "make reviews    list guides overdue for review or due soon"
	@echo "make schemas    rewrite the JSON Schemas editors use (schemas/, .vscode/settings.json)"
	@echo "make bench      run the benchmarks"
	@echo "make lock       upgrade the locked Python and npm packages (then run make test)"

# Locked installs: exact versions with hashes (requirements*.lock), then the hub itself.
$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "The hub needs Python 3.11 or newer.")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@

$(TEST_STAMP): $(STAMP) requirements-test.lock
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-test.lock
	@touch $@

setup: $(STAMP)

# The editors' schemas list the current ids, so the commands editors use keep them up to date.
check: setup
	@$(BIN)/hub schemas > /dev/null 2>&1 || true
	$(BIN)/hub check

reviews: setup
	$(BIN)/hub check --reviews

schemas: setup
	$(BIN)/hub schemas

serve: setup
	@$(BIN)/hub schemas > /dev/null 2>&1 || true
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

# Build into a temporary folder and swap it in only when the build succeeds,
# so a failed build never leaves a half-published site.
build: setup
	rm -rf .site-build
	@# Not --quiet: MkDocs counts a warning for --strict only when it is logged.
	$(BIN)/mkdocs build --strict --site-dir .site-build
	rm -rf $(SITE) && mv .site-build $(SITE)
	@echo "Built the hub in $(SITE)/"

$(NODE_STAMP): package.json package-lock.json tools/ensure-node
	tools/ensure-node
	npm ci --no-audit --no-fund --silent
	@touch $@

test-deps: $(TEST_STAMP) $(NODE_STAMP)
	tools/ensure-chromium
	tools/ensure-java

lint: $(TEST_STAMP)
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)
	$(BIN)/lint-imports

test: test-deps lint
	$(BIN)/python -m pytest

test-fast: $(TEST_STAMP) lint
	$(BIN)/python -m pytest -m "not browser"

bench: test-deps
	$(BIN)/python -m benchmarks

# Upgrade the locks to the newest versions the ranges in pyproject.toml and package.json allow.
lock: $(TEST_STAMP)
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --upgrade --generate-hashes --allow-unsafe --strip-extras -o requirements.lock pyproject.toml
	$(BIN)/pip-compile --quiet --upgrade --generate-hashes --allow-unsafe --strip-extras --extra test -o requirements-test.lock pyproject.toml
	npm install --package-lock-only --no-audit --no-fund

clean:
	rm -rf $(SITE) .site-build .pytest_cache node_modules
