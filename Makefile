# Practice Learning Hub: the two commands are `make serve` and `make test`.
# Everything else they need, they install.

PYTHON ?= python3
# Material 9.8 prints a notice about its future on every build; the README covers it.
export NO_MKDOCS_2_WARNING := 1
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
SITE   := site

.PHONY: help setup serve build check reviews test test-deps bench clean

help:
	@echo "make serve   build and serve the hub at http://127.0.0.1:8000 (live reload)"
	@echo "make test    install what the tests need (Chromium included) and run them all"
	@echo "make build   write the static site to $(SITE)/ (strict; nothing is published on error)"
	@echo "make check   check the content without building"
	@echo "make reviews list guides overdue for review or due soon"
	@echo "make bench   run the benchmarks"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "The hub needs Python 3.11 or newer.")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

setup: $(STAMP)

check: setup
	$(BIN)/hub check

reviews: setup
	$(BIN)/hub check --reviews

serve: setup
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

# Build into a temporary folder and swap it in only when the build succeeds,
# so a failed build never leaves a half-published site.
build: setup
	rm -rf .site-build
	$(BIN)/mkdocs build --strict --quiet --site-dir .site-build
	rm -rf $(SITE) && mv .site-build $(SITE)
	@echo "Built the hub in $(SITE)/"

$(NODE_STAMP): package.json tools/ensure-node
	tools/ensure-node
	npm install --no-audit --no-fund --no-package-lock --silent
	@touch $@

test-deps: setup $(NODE_STAMP)
	tools/ensure-chromium
	tools/ensure-java

test: test-deps
	$(BIN)/python -m pytest

bench: test-deps
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(SITE) .site-build .pytest_cache node_modules
