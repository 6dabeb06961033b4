# Maintainer commands. `make setup` once, then the rest use .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The upstream document: by default the one openapi.yaml follows (info.x-upstream), found by its fingerprint.
UPSTREAM ?=

.PHONY: fuzz dist docs docs-serve bench-quick bench-ratelimit bench-bots setup generate check template-delta drift update-spec update-drill test lint demo bench

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

setup: $(VENV)/.installed

generate: setup  ## regenerate pachca_client/generated from openapi.yaml
	$(PY) scripts/generate.py

check: setup  ## fail if the committed generated code or api.md differs from what openapi.yaml produces, or a template's provenance is stale
	$(PY) scripts/generate.py --check
	$(PY) scripts/template_delta.py --check

template-delta: setup  ## lines each template in scripts/templates adds and removes against openapi-python-client's own
	$(PY) scripts/template_delta.py --stat

drift: setup  ## compare openapi.yaml with an upstream document (default: the one it follows), structure only
	$(PY) scripts/spec_drift.py $(if $(UPSTREAM),--upstream $(UPSTREAM))

update-spec: setup  ## rewrite openapi.yaml from a new upstream document (UPSTREAM=...), keeping our descriptions; REVISION=2026-10 labels CHANGELOG.md
	$(if $(UPSTREAM),,$(error UPSTREAM=<the new upstream document> is required))
	$(PY) scripts/update_spec.py --upstream $(UPSTREAM) $(if $(REVISION),--revision $(REVISION))

demo: setup  ## the quickstart: a local fake Pachca unless PACHCA_TOKEN is set
	$(PY) examples/quickstart.py

test: setup  ## the whole suite, in a random order (the seed is printed: rerun with --random-order-seed=N)
	$(PY) -m pytest -p random_order --random-order-bucket=global

update-drill: setup  ## carry realistic changes of the followed document through update-spec, generate and the tests; ONLY=a,b
	$(PY) scripts/update_drill.py $(if $(ONLY),--only $(ONLY))

lint: setup
	$(PY) -m ruff check pachca_client scripts tests examples bench
	$(PY) -m ruff format --check pachca_client scripts tests examples bench --exclude pachca_client/generated
	$(PY) -m mypy pachca_client examples
	cd scripts && ../$(PY) -m mypy --strict *.py

# The distribution as a user gets it: sdist and wheel in dist/, checked for the package index, then the
# wheel alone in a fresh venv (build/dist-venv) runs the fake, the `pachca` command and the bundled bots.
DIST_VENV := build/dist-venv

dist: setup  ## build sdist and wheel into dist/, `twine check --strict`, install the wheel in a fresh venv and try it
	rm -rf dist $(DIST_VENV)
	$(PY) -m build --outdir dist .
	$(PY) -m twine check --strict dist/*
	$(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install -q --disable-pip-version-check dist/*.whl
	cd build && dist-venv/bin/python ../scripts/dist_smoke.py

# The documentation site (mkdocs.yml): README sections, the API reference from the facade plan, CHANGELOG.md.
docs: setup  ## build the documentation site into build/site with --strict (a broken link or a missing page fails)
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --site-dir build/site

docs-serve: setup  ## the documentation site on http://127.0.0.1:8000, rebuilt on every change
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs serve --dev-addr 127.0.0.1:8000

# schemathesis against FakePachca, in its own environment (schemathesis is never a project dependency): every
# operation of openapi.yaml, a bounded number of examples each, a fixed seed; fails on any failed check.
FUZZ_VENV := .fuzz/venv
FUZZ_ARGS ?=

$(FUZZ_VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(FUZZ_VENV)
	$(FUZZ_VENV)/bin/python -m pip install -q --upgrade pip
	$(FUZZ_VENV)/bin/python -m pip install -q -e . schemathesis==4.32.5
	touch $@

fuzz: $(FUZZ_VENV)/.installed  ## schemathesis (property-based, from openapi.yaml) against a fresh FakePachca; FUZZ_ARGS="--examples 100 --seed 7"
	$(FUZZ_VENV)/bin/python scripts/fuzz_fake.py $(FUZZ_ARGS)

# Benchmarks in their own environment: pachca-sdk (compared against) is never a project dependency.
BENCH_VENV := .bench/venv
BENCH_ARGS ?=

$(BENCH_VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install -q --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install -q -e '.[fast,http2]' pachca-sdk==1.6.1 pyyaml 'msgspec>=0.18' 'pydantic>=2' 'hypercorn>=0.16' \
		'slack_bolt>=1.30' 'slack_sdk>=3.48' 'aiohttp>=3.9' 'uvicorn>=0.30' 'redis>=5'
	touch $@

bench: setup $(BENCH_VENV)/.installed  ## side-by-side benchmarks (bench/README.md); BENCH_ARGS="--quick" for a smoke run
	$(BENCH_VENV)/bin/python bench/run.py $(BENCH_ARGS)

bench-quick: setup  ## a smoke run of the benchmarks in the project venv (no pachca-sdk), under a minute
	$(PY) bench/run.py --quick --only overhead,parse,memory

bench-ratelimit: setup  ## the rate limiter against FakePachca's real-style limits (needs redis-server for the process row)
	$(PY) bench/ratelimit.py $(BENCH_ARGS)

bench-bots: $(BENCH_VENV)/.installed  ## bots under 200 concurrent deliveries: pachca_client.bot vs slack_bolt AsyncApp vs a bare ASGI floor; ~3 min, BENCH_ARGS="--quick" ~40 s
	$(BENCH_VENV)/bin/python bench/bots.py $(BENCH_ARGS)
