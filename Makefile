# AgentDesk developer tasks.  `make demo` runs the app, `make test` runs the tests.
#
# Every recipe runs as one bash script (.ONESHELL) with `set -euo pipefail`.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.ONESHELL:
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp

DEMO_DIR ?= .demo
DEMO_PORT ?= 8470
DEMO_USER ?= agent1
# DEMO_PASSWORD: empty means the seed's demo password (server/seed.py DEMO_PASSWORD).
DEMO_PASSWORD ?=
# Seconds `make demo` waits for the server to answer /health (migration + demo seed).
DEMO_WAIT ?= 120

PYTEST_ARGS ?=
# mypy must pass on these (errors fail `make lint`); the test helpers are checked as
# well, without reporting on the modules they import.
MYPY_PATHS ?= desktop server bench
MYPY_TEST_PATHS ?= tests/conftest.py tests/support tests/test_infra.py \
	tests/test_frozen_build.py scripts/agentdesk_launcher.py
BENCH_ARGS ?=

TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: help venv system-deps system-deps-gui translations lupdate demo test lint bench build \
	clean distclean

help:
	@echo "make demo          run the app against a local server with demo data"
	@echo "                   (DEMO_USER=agent2|specialist|supervisor|admin, DEMO_DIR=$(DEMO_DIR))"
	@echo "make test          run the tests (pytest) and then the linters"
	@echo "make lint          ruff, import-linter contracts, mypy"
	@echo "make bench         run the benchmarks (python -m bench)"
	@echo "make build         PyInstaller one-folder bundle in dist/agentdesk"
	@echo "make translations  compile resources/translations/*.ts to .qm"
	@echo "make lupdate       update the .ts catalogues from the tr() strings in the code"
	@echo "make venv          create/update $(VENV) (re-runs when pyproject.toml changes)"
	@echo "make clean         remove build output, compiled translations, demo data, caches"
	@echo "make distclean     clean, and remove $(VENV) too"

# --- environment --------------------------------------------------------------------

venv: $(STAMP)

$(STAMP): pyproject.toml
	@if ! $(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
		echo "AgentDesk needs Python 3.11 or newer as '$(PYTHON)' (found: $$($(PYTHON) --version 2>&1))." >&2
		exit 1
	fi
	if [[ ! -x $(BIN)/python ]]; then
		echo "creating $(VENV) with $$($(PYTHON) --version)"
		$(PYTHON) -m venv $(VENV)
	fi
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

system-deps:
	@scripts/install-system-deps.sh

system-deps-gui:
	@scripts/install-system-deps.sh --gui

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	@$(BIN)/pyside6-lrelease -silent $< -qm $@
	echo "translations: $@"

# pyside6-lupdate needs files, not folders.  Keeps existing translations, adds new
# source strings as unfinished and drops vanished ones (-no-obsolete).
lupdate:
	@$(BIN)/pyside6-lupdate -no-obsolete $$(ls desktop/ui/*.py desktop/app/*.py) \
		-ts resources/translations/agentdesk_de.ts resources/translations/agentdesk_en.ts

# --- running ------------------------------------------------------------------------

demo: venv system-deps-gui translations
	@demo_dir="$(abspath $(DEMO_DIR))"
	url="http://127.0.0.1:$(DEMO_PORT)"
	mkdir -p "$$demo_dir/client"
	health() { $(BIN)/python -c 'import sys, urllib.request as r; r.urlopen(sys.argv[1], timeout=1)' "$$url/health" 2>/dev/null; }
	if health; then
		echo "make demo: something already answers on $$url (an earlier demo server?)." >&2
		echo "Stop it, or pick another port: make demo DEMO_PORT=8471" >&2
		exit 1
	fi
	log="$$demo_dir/server.log"
	echo "demo server: $$url, database $$demo_dir/server.sqlite3, log $$log"
	$(BIN)/agentdesk-server run --seed-demo \
		--database-url "sqlite:///$$demo_dir/server.sqlite3" --port $(DEMO_PORT) >"$$log" 2>&1 &
	server=$$!
	stop_server() {
		if kill -0 "$$server" 2>/dev/null; then
			kill -TERM "$$server" 2>/dev/null || true
			for _ in $$(seq 50); do kill -0 "$$server" 2>/dev/null || break; sleep 0.1; done
			kill -KILL "$$server" 2>/dev/null || true
		fi
		wait "$$server" 2>/dev/null || true
	}
	trap stop_server EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
	deadline=$$((SECONDS + $(DEMO_WAIT)))
	until health; do
		if ! kill -0 "$$server" 2>/dev/null; then
			echo "make demo: the demo server exited before it answered $$url/health:" >&2
			tail -n 40 "$$log" >&2
			exit 1
		fi
		if (( SECONDS >= deadline )); then
			echo "make demo: the demo server did not answer $$url/health within $(DEMO_WAIT) s:" >&2
			tail -n 40 "$$log" >&2
			exit 1
		fi
		sleep 0.25
	done
	echo "demo server is up; signing in as $(DEMO_USER)"
	wrap=()
	if [[ -z "$${DISPLAY:-}" && -z "$${WAYLAND_DISPLAY:-}" ]]; then
		echo "no DISPLAY or WAYLAND_DISPLAY: running the client under xvfb-run"
		wrap=(xvfb-run -a)
	fi
	# The demo client keeps its database, settings and logs in DEMO_DIR, apart from
	# the user's real AgentDesk.
	password="$(DEMO_PASSWORD)"
	if [[ -z "$$password" ]]; then
		password="$$($(BIN)/python -c 'from server.seed import DEMO_PASSWORD as p; print(p)')"
	fi
	AGENTDESK_USER="$(DEMO_USER)" AGENTDESK_PASSWORD="$$password" \
		AGENTDESK_LOG_DIR="$$demo_dir/client/log" \
		AGENTDESK_USER_CONFIG="$$demo_dir/client/settings.json" \
		"$${wrap[@]}" $(BIN)/agentdesk --data-dir "$$demo_dir/client" --server-url "$$url"

test: venv system-deps translations
	@QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)
	$(MAKE) lint

lint: venv
	@status=0
	echo "--- ruff"
	$(BIN)/ruff check . || status=1
	echo "--- import-linter"
	$(BIN)/lint-imports || status=1
	echo "--- mypy"
	$(BIN)/mypy $(MYPY_PATHS) || status=1
	$(BIN)/mypy --follow-imports=silent $(MYPY_TEST_PATHS) || status=1
	exit $$status

bench: venv
	@$(BIN)/python -m bench $(BENCH_ARGS)

# --- packaging ----------------------------------------------------------------------

build: venv translations
	@$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller build.spec
	echo "bundle: dist/agentdesk (start it with dist/agentdesk/agentdesk)"

clean:
	@rm -rf build dist $(DEMO_DIR) .pytest_cache .ruff_cache .mypy_cache .hypothesis \
		.import_linter_cache
	rm -f resources/translations/*.qm
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	@rm -rf $(VENV) *.egg-info
