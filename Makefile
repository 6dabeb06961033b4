# Maintainer commands. `make setup` once, then the rest use .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UPSTREAM ?= ../shared/upstream/openapi.yaml

.PHONY: setup generate check drift update-spec test lint demo

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

setup: $(VENV)/.installed

generate: setup  ## regenerate pachca_client/generated from openapi.yaml
	$(PY) scripts/generate.py

check: setup  ## fail if the committed generated code differs from what openapi.yaml produces
	$(PY) scripts/generate.py --check

drift: setup  ## compare openapi.yaml with an upstream document, structure only
	$(PY) scripts/spec_drift.py --upstream $(UPSTREAM)

update-spec: setup  ## rewrite openapi.yaml from a new upstream document, keeping our descriptions
	$(PY) scripts/update_spec.py --upstream $(UPSTREAM)

demo: setup  ## the quickstart: a local fake Pachca unless PACHCA_TOKEN is set
	$(PY) examples/quickstart.py

test: setup
	$(PY) -m pytest

lint: setup
	$(PY) -m ruff check pachca_client scripts tests examples
	$(PY) -m ruff format --check pachca_client scripts tests examples --exclude pachca_client/generated
	$(PY) -m mypy pachca_client examples
	cd scripts && ../$(PY) -m mypy --strict *.py
