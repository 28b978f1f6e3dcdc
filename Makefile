# chainpress — the README's first two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= chainpress.db

.PHONY: run test lint eval bench clean venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Installed runtime (and test) dependencies; redone when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(VENV)/.installed $@

venv: $(VENV)/.installed

## run: install, ingest corpus/ into $(DB) and print a summary
run: $(VENV)/.installed
	$(BIN)/chainpress ingest corpus/ --db $(DB) --quiet
	$(BIN)/chainpress stats --db $(DB)

## test: install what tests need and run them (doctests included)
test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

## lint: ruff over the code
lint: $(VENV)/.installed-test
	$(BIN)/ruff check pipeline extractors tests

## eval: score chainpress against gold/, write docs/scores.md and splice it into README.md
eval: $(VENV)/.installed-test
	$(BIN)/chainpress eval --gold gold/ --format markdown --out docs/scores.md
	$(BIN)/python -m pipeline.readme_scores docs/scores.md README.md

## bench: throughput and peak memory against plain jieba.cut on the same text
bench: $(VENV)/.installed
	$(BIN)/python -m pipeline.bench

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .hypothesis $(DB) $(DB)-wal $(DB)-shm
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
