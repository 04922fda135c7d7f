# Everything runs from a project-local virtual environment, created on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test lint eval bench screenshot install dev clean lexicon-data weights

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

# synthetic corpora of 1k, 10k, 35k (about a million claims, where the 1M targets are judged)
# and 100k articles (2.8 million claims), ingested and matched through the CLI: about an hour
# on 2 cores, 3 GB of memory and 15 GB in benchmarks/.work; writes benchmarks/RESULTS.md.
# SIZES=1000 takes a minute, SIZES=1000,10000,35000 about 25 minutes
SIZES ?= 1000,10000,35000,100000
bench: install
	$(BIN)/python benchmarks/run.py --sizes $(SIZES)

# the corroboration table of the seeds, as HTML and as a screenshot in headless Chromium
screenshot: install
	@mkdir -p out
	$(BIN)/claimcheck ingest -q seeds/
	$(BIN)/claimcheck export --format html -o out/table.html
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	  --disable-background-networking --disable-component-update --disable-sync \
	  --user-data-dir=out/.chromium --window-size=1400,1000 \
	  --screenshot=out/table.png file://$(CURDIR)/out/table.html
	@echo "out/table.png"

# the word-sense, spelling and demonym tables matching reads (src/claimcheck/lexicons/
# wordnet.toml, spellings.toml, demonyms.toml), derived from WordNet 3.0, wordfreq, breame and
# countryinfo, which only this step installs
lexicon-data: dev
	$(PIP) install -e '.[lexicon]'
	$(BIN)/python scripts/lexicon_data.py
	$(BIN)/python scripts/spelling_data.py
	$(BIN)/python scripts/demonym_data.py

# the look-alike checks' penalties (src/claimcheck/lexicons/weights.toml), fitted on MRPC train,
# PAWS dev and the stories set from ../shared/datasets, with five-fold cross-validated accuracies
weights: dev
	$(BIN)/python scripts/fit_checks.py

lint: dev
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

clean:
	rm -rf $(VENV) claims/claimcheck.db claims/claimcheck.db-wal claims/claimcheck.db-shm
