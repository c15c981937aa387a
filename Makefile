# The two front-door commands: `make run` and `make test`. Both build .venv on first use
# and rebuild it when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint bench translations screenshots clean dist

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,postgres]'
	@touch $(STAMP)

translations: $(STAMP)
	$(PY) -m desktop.i18n_build

# Qt's platform plugin needs system libraries (xcb's nine on a desktop, a few for offscreen): run as
# root on Debian/Ubuntu, make installs what is missing; otherwise main.py says which and how, and exits.
run: $(STAMP) translations
	@missing=$$($(PY) -m desktop.frontdoor --missing-packages); \
	if [ -n "$$missing" ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installing the system libraries Qt needs: $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
	$(PY) main.py $(ARGS)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) -m mypy core hub sync_client

test: $(STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto --dist loadfile -m 'not quiet' $(PYTEST_ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m quiet $(PYTEST_ARGS)

# make bench runs every benchmark; make bench BENCH=pg one of them (pg needs STORE_BENCH_PG_URL's server).
bench: $(STAMP)
	$(PY) -m benchmarks $(BENCH)

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache

# make dist builds the counter edition (no roster planner); make dist EDITION=manager adds OR-Tools.
dist: $(STAMP) translations
	$(PY) -m pip install --quiet 'pyinstaller>=6'
	$(PY) installer/build.py $(if $(EDITION),--edition $(EDITION))
