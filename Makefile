# Two commands on a fresh machine: `make run` and `make test` (see README).
SHELL := /bin/bash
VENV  := .venv
PY    := $(VENV)/bin/python
NEET  := $(VENV)/bin/neet
PORT  ?= 5000
PEOPLE ?= 6000

.PHONY: install run test test-sqlite lint bench postgres chromium clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip uv
	$(VENV)/bin/uv pip install -q --python $(PY) -e '.[dev]'
	touch $@

install: $(VENV)/.installed

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

# The whole suite, on SQLite and on a real PostgreSQL the project installs and starts.
test: install postgres chromium
	$(VENV)/bin/ruff check .
	NEET_TEST_POSTGRES_URL=$$(scripts/postgres.sh url) $(VENV)/bin/pytest -n 2 -q --durations=8

test-sqlite: install
	$(VENV)/bin/pytest -n 2 -q -m "not postgres"

lint: install
	$(VENV)/bin/ruff check .

bench: install postgres
	NEET_TEST_POSTGRES_URL=$$(scripts/postgres.sh url) $(PY) -m bench

clean:
	scripts/postgres.sh stop
	rm -rf .pgdata var
