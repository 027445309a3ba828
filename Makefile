# The two set-up commands: `make run` (server with embedded defaults) and `make test` (whole suite).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install dev bench

$(BIN)/ozor: pyproject.toml sdk/pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ./sdk -e .
	touch $(BIN)/ozor

install: $(BIN)/ozor

run: install
	$(BIN)/ozor serve --host $(HOST) --port $(PORT)

dev: install
	./scripts/install-dev

test: dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: dev
	$(BIN)/python bench/render.py
