# Two commands on a fresh machine: `make run` and `make test` (see README).
SHELL := /bin/bash
VENV  := .venv
PY    := $(VENV)/bin/python
NEET  := $(VENV)/bin/neet
PORT  ?= 5000
PEOPLE ?= 6000

.PHONY: install lock run test test-sqlite test-dates lint bench postgres chromium clean

UV_VERSION := 0.13.9

# Everything CI installs is pinned, with hashes, in requirements.lock (`make lock` renews it).
$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q uv==$(UV_VERSION)
	$(VENV)/bin/uv pip install -q --python $(PY) --require-hashes -r requirements.lock
	$(VENV)/bin/uv pip install -q --python $(PY) --no-deps -e .
	touch $@

lock:
	test -x $(VENV)/bin/uv || $(PY) -m pip install -q uv==$(UV_VERSION)
	$(VENV)/bin/uv pip compile -q pyproject.toml --extra dev --python-version 3.11 \
	  --generate-hashes -o requirements.lock

install: $(VENV)/.installed

run: export NEET_ENV = development
run: install
	$(NEET) db upgrade
	$(NEET) demo --people $(PEOPLE)
	@echo "Open http://127.0.0.1:$(PORT)/  (demo staff password: demo-password-2026)"
	NEET_QUIET_START=$${NEET_QUIET_START:-00:00} NEET_QUIET_END=$${NEET_QUIET_END:-23:59} \
	NEET_QUIET_SUNDAYS=$${NEET_QUIET_SUNDAYS:-0} $(NEET) serve --with-worker --port $(PORT)

postgres:
	@scripts/postgres.sh start >/dev/null

chromium:
	@scripts/chromium.sh

# The fast SQLite tests run with the wall clock moved (time-machine, ticking) to 23:59:30 BST
# on 31 August: 30 s in, London passes midnight into a new tracking year while UTC is still on
# 31 August, at night (quiet hours). No test may depend on today's date or the time of day.
# (Quiet hours, Sundays and the clock changes are tested at fixed instants in test_outreach.py;
# a second moved run, across the spring clock change, cost two minutes and is not in make test:
# `make test-dates FAKE_DATES="2027-03-28T00:59:30+00:00"` runs it.)
FAKE_DATES := 2027-08-31T22:59:30+00:00
FAST := not postgres and not slow and not browser and not clockless

# The whole suite: on a real PostgreSQL the project installs and starts, the slow tests,
# Chromium and the tests no date could change at today's date; the fast SQLite tests (the
# PostgreSQL ones' twins and the rest) at the moved moment.
test: install postgres chromium
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	NEET_TEST_POSTGRES_URL=$$(scripts/postgres.sh url) $(VENV)/bin/pytest -n 2 -q --durations=8 \
	  -m "not ($(FAST))"
	$(MAKE) --no-print-directory test-dates

test-dates: install
	@set -o pipefail; for d in $(FAKE_DATES); do echo "== tests at $$d"; \
	  NEET_TEST_FAKE_NOW=$$d $(VENV)/bin/pytest -n 2 -q -rf -p no:cacheprovider \
	    -m "$(FAST)" | grep -E "^(FAILED|ERROR)|passed|failed" \
	    || exit 1; done

test-sqlite: install
	$(VENV)/bin/pytest -n 2 -q -m "not postgres"

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

bench: install postgres
	NEET_TEST_POSTGRES_URL=$$(scripts/postgres.sh url) $(PY) -m bench

clean:
	scripts/postgres.sh stop
	rm -rf .pgdata var
