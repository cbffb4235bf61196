# Every target runs inside .venv, created by `make install`.
PY      := .venv/bin/python
SPEC    := spec/inference.json

.PHONY: install spec generate check-generated test lint typecheck bench demo clean

install:
	python3 -m venv .venv
	$(PY) -m pip install -q --upgrade 'pip>=25.1'  # 25.1: --group (PEP 735 dependency groups)
	$(PY) -m pip install -q -e '.[emulator]' --group dev
	npm ci --no-audit --no-fund --loglevel=error  # Prism, for tests/test_conformance.py

# the bump step: after changing spec/pin.json, fetch the new spec (URL or $$AZOPENAI_SPEC_MIRROR), verify, write
spec:
	$(PY) spec/fetch.py

# generated/ and the emulator's package data (customizations/azopenai/emulator/_data/) from the committed spec
generate:
	$(PY) spec/fetch.py --verify
	$(PY) -m generator --spec $(SPEC) --out generated

check-generated:
	$(PY) spec/fetch.py --verify
	$(PY) -m generator --spec $(SPEC) --check generated

test:
	$(PY) -m pytest

lint:
	.venv/bin/ruff check customizations tests generator spec examples bench
	.venv/bin/ruff format --check customizations tests generator spec examples bench
	.venv/bin/mypy

# azopenai, openai and raw httpx2 on the same canned loopback workloads: a Markdown table (7 to 9 minutes)
bench:
	$(PY) -m bench

# every example against the emulator (examples/README.md: the same against a real resource)
demo:
	$(PY) examples/run_demo.py

clean:
	rm -rf .venv .pytest_cache .mypy_cache node_modules
