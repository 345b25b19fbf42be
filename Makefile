# The two set-up commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

.PHONY: run test lint format messages

$(BIN)/activate:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; set PYTHON=python3.11 or newer.")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/activate pyproject.toml
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: $(BIN)/activate pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.installed

# Serve the portal on http://127.0.0.1:8000 with demo content and the mail worker.
run: $(VENV)/.installed
	DEBUG=true $(PY) manage.py migrate --noinput
	DEBUG=true $(PY) manage.py load_demo
	@echo "Starting the task worker (mail) and the portal on http://127.0.0.1:8000 ..."
	DEBUG=true $(PY) manage.py run_portal --addrport 127.0.0.1:8000

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(PY) -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Extract and compile translations (needs GNU gettext, e.g. apt-get install gettext).
messages: $(VENV)/.installed
	DEBUG=true $(PY) manage.py makemessages -l en -l de --ignore '.venv/*' --ignore 'var/*'
	DEBUG=true $(PY) manage.py compilemessages --ignore '.venv/*'

# Throughput and p95 of the main pages against a bare view: SCALE=small (the default,
# about 8 minutes on 2 cores), SCALE=both (both in the same rounds and compared, about 16
# minutes and 3 GB of disk) or SCALE=large. Markdown tables; var/bench-results.json.
SCALE ?= small
.PHONY: bench
bench: $(VENV)/.installed
	$(PY) scripts/bench.py --scale $(SCALE)
