# claimwatch: `make demo` to see it work, `make test` to check it. See README.md.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := $(CURDIR)/.venv
BIN := $(VENV)/bin
export AIRFLOW_HOME := $(CURDIR)
export PATH := $(BIN):$(PATH)

.PHONY: install demo test lint bench eval clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --upgrade "pip==26.3"
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test]'
	touch $@

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
