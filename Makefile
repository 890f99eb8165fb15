# The two commands a new user needs: `make demo` and `make test`.
# Both create .venv when it is missing; a second run reuses it.
# `make demo` installs only what the demo needs (no torch, no test tools);
# `make test` and `make lint` add the development set on top.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_STAMP := $(VENV)/.installed-demo
DEV_STAMP := $(VENV)/.installed-dev
# The versions the tests passed with: every install uses them (see constraints.txt).
CONSTRAINTS := constraints.txt
# Extra pip arguments for torch, e.g. TORCH_PIP_ARGS="--index-url URL" with the address of
# PyTorch's CPU-only wheel index (docs/install.md): a plain torch pulls CUDA packages.
TORCH_PIP_ARGS ?=

.PHONY: demo test lint venv dev-venv dist clean bench audit constraints model

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(DEMO_STAMP): pyproject.toml $(CONSTRAINTS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e .
	touch $(DEMO_STAMP)

$(DEV_STAMP): pyproject.toml $(CONSTRAINTS) | $(BIN)/python
	# torch first, pinned and CPU-only where TORCH_PIP_ARGS says so.
	$(BIN)/python -m pip install --quiet $(TORCH_PIP_ARGS) "torch==2.13.0"
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[dev]"
	touch $(DEV_STAMP)

venv: $(DEV_STAMP)

demo: $(DEMO_STAMP)
	$(BIN)/wardwatch demo
	@echo ""
	@echo "wardwatch is installed in $(VENV). To run it:"
	@echo "  . $(VENV)/bin/activate && wardwatch --config wardwatch-demo/wardwatch.toml status"
	@echo "or without activating:"
	@echo "  $(BIN)/wardwatch --config wardwatch-demo/wardwatch.toml web"

test: $(DEV_STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# The wheel and the sdist, as a release would publish them, in dist/.
dist: $(DEV_STAMP)
	rm -rf dist
	$(BIN)/python -m build --outdir dist .

# Rebuilds the comment model from public data (training/README.md): RAW is the folder of
# upstream datasets, BASE the MiniLM encoder's folder. Some hours on a CPU.
model: $(DEV_STAMP)
	@test -n "$(RAW)" -a -n "$(BASE)" || { echo "usage: make model RAW=folder BASE=folder"; exit 2; }
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[train]"
	$(BIN)/python training/prepare.py --raw $(RAW) --out build/model-data
	$(BIN)/python training/train.py --data build/model-data --base $(BASE) --out build/model
	$(BIN)/python training/export.py --model build/model --base $(BASE)
	$(BIN)/python training/thresholds.py --data build/model-data
	$(BIN)/python training/libel_head.py --raw $(RAW) --base $(BASE)

bench: $(DEV_STAMP)
	$(BIN)/python benchmarks/scorers.py

# Known vulnerabilities in the installed dependencies (pip-audit). Fails on a finding;
# says so and passes when the vulnerability database cannot be reached.
audit: $(DEV_STAMP)
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
