# Raketti: `make run` opens the app, `make test` runs lint, the type checker and the whole
# test suite.
# Both create .venv and install from constraints.txt (exact versions, generated from
# pyproject.toml by `make lock`) when it is missing or stale.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck format translations update-translations demo bench lock clean

run: $(STAMP) $(QM)
	$(BIN)/python main.py $(ARGS)

test: $(STAMP) $(QM)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto $(PYTEST_ARGS); \
	  rc=$$?; if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests - failing" >&2; fi; exit $$rc

typecheck: $(STAMP)
	$(BIN)/mypy

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
	  echo "Could not create a virtual environment: on Debian run 'sudo apt-get install python3-venv'." >&2; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	@touch $(STAMP)

# Upgrade on purpose: resolve pyproject.toml afresh in a scratch venv and pin the result.
# Commit constraints.txt with a message that says what changed and why.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	.lock-venv/bin/python -m pip install --quiet -e ".[dev]"
	{ echo "# Exact versions for make; regenerate with make lock (see Makefile)."; \
	  .lock-venv/bin/python -m pip freeze --exclude-editable; } > constraints.txt
	rm -rf .lock-venv

translations: $(QM)

%.qm: %.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Re-extract the strings from the sources into the .ts files (translators then fill them in).
update-translations: $(STAMP)
	$(BIN)/python -m app.translations_update

demo: $(STAMP)
	$(BIN)/python main.py demo $(ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_customers.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_ladder.py $(ARGS)
	$(BIN)/python bench/bench_open.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_governance.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_startup.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_reports.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_heartbeat.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_segments.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_success.py $(ARGS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_export_view.py $(ARGS)
	$(BIN)/python bench/bench_excel.py $(ARGS)
	$(BIN)/python bench/bench_sync.py $(ARGS)

clean:
	rm -rf $(VENV) resources/translations/*.qm .pytest_cache .ruff_cache
