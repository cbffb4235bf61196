# Every target runs inside .venv, created by `make install`.
PY      := .venv/bin/python
SPEC    := spec/inference.json

.PHONY: install spec generate check-generated test lint typecheck bench demo clean

install:
	python3 -m venv .venv
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'

$(SPEC): spec/pin.json
	$(PY) spec/fetch.py

spec:
	$(PY) spec/fetch.py

generate: $(SPEC)
	$(PY) -m generator --spec $(SPEC) --out generated

check-generated: $(SPEC)
	$(PY) -m generator --spec $(SPEC) --check generated

test: $(SPEC)
	$(PY) -m pytest

lint:
	.venv/bin/ruff check customizations tests generator spec
	.venv/bin/mypy

clean:
	rm -rf .venv .pytest_cache .mypy_cache
