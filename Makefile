# ETE Workbench — the two commands in README.md: `make demo` and `make test`.
# Both install missing Debian packages first (as root, or with sudo).

SWIFT ?= swift
SYSTEM_PACKAGES := libxlsxwriter-dev libsqlite3-dev zlib1g-dev pkg-config
DEMO_DB := reports/demo.sqlite
ETE := .build/debug/ete

.PHONY: demo test bench deps test-deps office-deps build clean format format-check golden docs

## demo: build, create the demo database, show the 2024 figures, write the 2024 letter, all benchmark workbooks
## and factsheets, and the local (Stappenplan) factsheet of the demo municipality
demo: deps office-deps build
	$(ETE) init --demo --force --db $(DEMO_DB)
	$(ETE) check --db $(DEMO_DB)
	$(ETE) stats --year 2024 --db $(DEMO_DB)
	$(ETE) build --year 2024 --db $(DEMO_DB)
	$(ETE) factsheet --year 2024 --all --db $(DEMO_DB)
	$(ETE) factsheet-lokaal --year 2024 --municipality Zutphen --db $(DEMO_DB)

## docs: the pictures of the outputs in README.md (reports/voorbeelden/), made from the demo outputs
docs: demo
	scripts/make-pictures.sh reports

## test: check the formatting, build and run all tests
test: deps test-deps format-check
	$(SWIFT) build --build-tests
	$(SWIFT) test

## format: format every Swift file in place (rules in .swift-format)
SWIFT_FILES := Sources Tests Package.swift
format:
	$(SWIFT) format format --in-place --recursive --parallel $(SWIFT_FILES)

## format-check: fail when a Swift file is not formatted (run `make format`)
format-check:
	@$(SWIFT) format lint --strict --recursive --parallel $(SWIFT_FILES) || \
		{ echo "Niet opgemaakte Swift-bestanden (zie hierboven); voer 'make format' uit."; exit 1; }

## golden: regenerate the golden files after a deliberate change and list what changed (review with git diff)
golden: deps
	ETE_UPDATE_GOLDEN=1 $(SWIFT) test --filter markdownMatchesGoldenFile
	@changed=$$(git status --porcelain -- 'Tests/*/Golden'); \
	if [ -n "$$changed" ]; then echo "Bijgewerkt (nakijken met git diff):"; echo "$$changed"; else echo "Goldenbestanden ongewijzigd."; fi

## bench: release build, then time the national + 342 municipality workbooks (goal: < 5 s, < 200 MB)
bench: deps office-deps
	$(SWIFT) build -c release --product ete
	$(SWIFT) build -c release --product ete-bench
	ETE_TEMPLATES=$(CURDIR)/templates .build/release/ete-bench .build/release/ete

build:
	$(SWIFT) build

## deps: install the system libraries the build needs, when absent
deps:
	@missing=""; \
	for package in $(SYSTEM_PACKAGES); do \
		dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Systeempakketten installeren:$$missing"; \
		if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi; \
		$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

## office-deps (also for `make demo` and `make bench`, which make PDFs): LibreOffice (headless; the letter's PDF,
## and tests prove the files open in an independent office suite), pdftotext, and Chromium (it prints the
## factsheet PDFs from their HTML) with its driver, so tests can open and print the HTML as a browser does;
## a Python virtual environment (.venv) with jsonschema (checks `ete stats --json` against its schema),
## openxml-audit (validates the generated .docx and .xlsx against ECMA-376), and selenium with axe-core-python
## (scripts/check-html.py runs the axe-core accessibility rules in headless Chromium), and pikepdf
## (scripts/pdf-structure.py reads a PDF's structure tree as a screen reader meets it)
VENV := .venv
PYTHON_TEST_PACKAGES := jsonschema openxml-audit selenium axe-core-python pikepdf
test-deps: $(VENV)/.installed
$(VENV)/.installed: Makefile
	@command -v python3 >/dev/null 2>&1 || { \
		if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi; \
		$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq python3 python3-venv; }
	@python3 -m venv $(VENV) 2>/dev/null || { \
		if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi; \
		$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq python3-venv && python3 -m venv $(VENV); }
	$(VENV)/bin/pip install -q $(PYTHON_TEST_PACKAGES)
	@touch $@
test-deps: office-deps
office-deps:
	@missing=""; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-calc-nogui libreoffice-writer-nogui"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null 2>&1 || missing="$$missing chromium-driver"; \
	if [ -n "$$missing" ]; then \
		echo "Systeempakketten voor de tests installeren:$$missing"; \
		if [ "$$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi; \
		$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi

clean:
	rm -rf .build $(VENV) reports/*.sqlite*
