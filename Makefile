# The front door. `make help` lists the targets; each one is a single uv command.
UV ?= python3.11 -m uv
YEAR ?= 2023

.PHONY: help setup build test lint format report lab bench docs
TRUTH ?= /tmp/unionstats-truth

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

setup:  ## create .venv with the locked dependencies
	$(UV) sync --locked

build: setup  ## data/raw -> data/processed
	$(UV) run unionstats build

test: setup  ## the whole test suite (what CI runs)
	$(UV) run pytest

lint:  ## ruff, as CI would see it
	$(UV) run ruff check src tests benchmarks
	$(UV) run ruff format --check src tests benchmarks

format:  ## ruff format and autofix
	$(UV) run ruff format src tests benchmarks
	$(UV) run ruff check --fix src tests benchmarks

report: setup  ## regenerate the annual analysis: make report YEAR=2023
	$(UV) run unionstats report --year $(YEAR)

lab: setup  ## JupyterLab on notebooks/ with the unionstats kernel
	$(UV) run unionstats lab

bench: setup  ## build benchmark on 1k, 10k and 100k synthetic reports
	$(UV) run python benchmarks/bench_build.py --sizes 1000 10000 100000

docs: setup  ## README chart images: report 2024 on the test dataset of known truth
	rm -rf $(TRUTH) && mkdir -p $(TRUTH)/raw
	$(UV) run python tests/truth_dataset.py $(TRUTH)/processed
	$(UV) run unionstats report --year 2024 --processed $(TRUTH)/processed --raw $(TRUTH)/raw --out $(TRUTH)/reports
	cp $(TRUTH)/reports/2024/charts/income_nominal.png docs/chart_income.png
	cp $(TRUTH)/reports/2024/charts/initiatives.png docs/chart_initiatives.png
	cp $(TRUTH)/reports/2024/charts/welfare_value.png docs/chart_welfare.png
