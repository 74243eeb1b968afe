# ETE Workbench — the two commands in README.md: `make demo` and `make test`.
# Both install missing Debian packages first (as root, or with sudo).

SWIFT ?= swift
SYSTEM_PACKAGES := libxlsxwriter-dev libsqlite3-dev zlib1g-dev pkg-config
DEMO_DB := reports/demo.sqlite
ETE := .build/debug/ete

.PHONY: demo test deps build clean

## demo: build, create the demo database and show the 2024 figures
demo: deps build
	$(ETE) init --demo --force --db $(DEMO_DB)
	$(ETE) check --db $(DEMO_DB)
	$(ETE) stats --year 2024 --db $(DEMO_DB)

## test: build and run all tests
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

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

clean:
	rm -rf .build reports/*.sqlite*
