# The two set-up commands of the README, `make run` and `make test`, and the tools beside them.
# PYTHON picks the interpreter of .venv (3.11 or newer): `PYTHON=python3.13 make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

# scripts/install.py installs exactly the locks under requirements/ and does nothing when
# .venv already matches them; this line first gives a plain answer to a missing or old Python.
CHECK_PYTHON = @$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	|| { echo "The portal needs Python 3.11 or newer, and PYTHON=$(PYTHON) is $$($(PYTHON) --version 2>&1 || echo missing): install one, or name it with PYTHON=python3.13 make ..." >&2; exit 1; };
INSTALL = $(CHECK_PYTHON) $(PYTHON) scripts/install.py

.PHONY: run test lint format messages bench screenshots lock upgrade venv venv-test venv-tools

venv:
	$(INSTALL)

venv-test:
	$(INSTALL) test redis

# uv, for `make lock` and `make upgrade`, in an environment of its own: it must install
# while the locks disagree with a changed pyproject.toml.
TOOLS := var/tools
venv-tools:
	$(CHECK_PYTHON) VENV=$(TOOLS) $(PYTHON) scripts/install.py tools

# Serve the portal on http://127.0.0.1:8000 with demo content and the mail worker.
run: venv
	DEBUG=true $(PY) manage.py migrate --noinput
	DEBUG=true $(PY) manage.py load_demo
	@echo "Starting the task worker (mail) and the portal on http://127.0.0.1:8000 ..."
	DEBUG=true $(PY) manage.py run_portal --addrport 127.0.0.1:8000

# The suite on every core, one test database per worker (pytest-xdist); the production
# tests stay together on one worker. `make test PARALLEL=` runs it in one process.
PARALLEL ?= --numprocesses auto --dist loadgroup
test: venv-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --lint
	$(PY) -m pytest $(PARALLEL)

# Python by ruff, templates by djLint (its rules in pyproject.toml, [tool.djlint]).
lint: venv-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --lint

format: venv-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Lock the ranges of pyproject.toml after a change, keeping every pin they still allow.
lock: venv-tools
	$(TOOLS)/bin/python scripts/lock.py

# Take the newest releases the ranges allow; then run `make test` and read the changelogs
# of what it lists (README, "Upgrading dependencies").
upgrade: venv-tools
	$(TOOLS)/bin/python scripts/lock.py --upgrade

# Extract and compile translations (needs GNU gettext, e.g. apt-get install gettext).
messages: venv
	DEBUG=true $(PY) manage.py makemessages -l en -l de --ignore '.venv/*' --ignore 'var/*'
	DEBUG=true $(PY) manage.py compilemessages --ignore '.venv/*'

# A gallery of the main pages at 390 and 1280 px from the portal `make run` serves
# (BASE_URL to name another): var/screenshots/index.html and measurements.json.
BASE_URL ?= http://127.0.0.1:8000
screenshots: venv-test
	$(PY) scripts/screenshots.py --base-url $(BASE_URL)

# Throughput and p95 of the main pages against a bare view: SCALE=small (the default,
# about 8 minutes on 2 cores), SCALE=both (both in the same rounds and compared, about 16
# minutes and 3 GB of disk) or SCALE=large. Markdown tables; var/bench-results.json.
SCALE ?= small
bench: venv
	$(PY) scripts/bench.py --scale $(SCALE)
