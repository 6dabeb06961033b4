# Maintainer commands. `make setup` once, then the rest use .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The upstream document: by default the one openapi.yaml follows (info.x-upstream), found by its fingerprint.
UPSTREAM ?=

.PHONY: bench-quick bench-ratelimit bench-bots setup generate check template-delta drift update-spec update-drill test lint demo bench

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
