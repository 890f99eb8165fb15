# The two commands a new user needs: `make demo` and `make test`.
# Both create .venv when it is missing; a second run reuses it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The versions the tests passed with: every install uses them (see constraints.txt).
CONSTRAINTS := constraints.txt

.PHONY: demo test lint venv clean bench audit constraints

$(STAMP): pyproject.toml $(CONSTRAINTS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# torch first, pinned: an unpinned torch pulls several GB of CUDA packages.
	$(BIN)/python -m pip install --quiet "torch==2.13.0"
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[dev]"
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/wardwatch demo

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/scorers.py

# Known vulnerabilities in the installed dependencies (pip-audit). Fails on a finding;
# says so and passes when the vulnerability database cannot be reached.
audit: $(STAMP)
	$(BIN)/python .ci/audit.py

# Rewrite constraints.txt from a fresh install of pyproject.toml's newest allowed versions.
constraints:
	rm -rf .venv-constraints
	$(PYTHON) -m venv .venv-constraints
	.venv-constraints/bin/python -m pip install --quiet --upgrade pip
	.venv-constraints/bin/python -m pip install --quiet "torch==2.13.0"
	.venv-constraints/bin/python -m pip install --quiet -e ".[dev]"
	sed -n '1,/^$$/p' $(CONSTRAINTS) > $(CONSTRAINTS).new
	.venv-constraints/bin/python -m pip freeze --exclude-editable | grep -v -i '^torch==' >> $(CONSTRAINTS).new
	mv $(CONSTRAINTS).new $(CONSTRAINTS)
	rm -rf .venv-constraints

clean:
	rm -rf $(VENV) .venv-constraints wardwatch-demo build dist .pytest_cache .mypy_cache .ruff_cache
