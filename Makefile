# claimwatch: `make demo` to see it work, `make test` to check it. See README.md.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := $(CURDIR)/.venv
BIN := $(VENV)/bin
export AIRFLOW_HOME := $(CURDIR)
export PATH := $(BIN):$(PATH)

.PHONY: install install-embeddings demo test lint bench eval clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --upgrade "pip==26.3"
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test]'
	touch $@

# Optional: the sentence-embedding verifier (CLAIMWATCH_EMBEDDINGS=1), about 1.3 GB.
install-embeddings: install
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements.lock "torch==2.13.0"
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test,embeddings]'

demo: install
	$(BIN)/claimwatch demo

test: install
	$(BIN)/ruff check .
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .

bench: install
	$(BIN)/python -m benchmarks

eval: install
	$(BIN)/python -m pipelines.evaluate

clean:
	rm -rf var
