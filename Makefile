# Everything runs from a project-local virtual environment, created on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test lint eval bench install dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamp files re-run an install only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	@touch $@

$(VENV)/.dev-installed: pyproject.toml $(VENV)/.installed
	$(PIP) install -e '.[dev]'
	@touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev-installed

demo: install
	$(BIN)/claimcheck ingest seeds/
	$(BIN)/claimcheck report

test: dev
	$(BIN)/python -m pytest

eval: dev
	$(BIN)/python -m claimcheck.evaluation

lint: dev
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) claims/claimcheck.db claims/claimcheck.db-wal claims/claimcheck.db-shm
