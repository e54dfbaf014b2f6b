# One task runner for people and CI. Every target creates and uses the project virtualenv (.venv) itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Reinstall when the dependency list changes.
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

export TAILORKIT_DATA_DIR ?= $(CURDIR)/.tailorkit
export TAILORKIT_DATASETS_DIR ?= $(abspath $(CURDIR)/../shared/data)
export HF_HUB_OFFLINE := 1
export SPARK_LOCAL_IP := 127.0.0.1

.PHONY: install browser run test lint format bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(BIN)/python -m pip --version >/dev/null 2>&1 || $(PYTHON) -m venv --clear $(VENV)  # none yet, or one cut short
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

# Debian's Chromium (with CJK and emoji fonts) for the browser test, where this user can apt-get it;
# without it that one test is skipped with a message.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  { apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk fonts-noto-color-emoji >/dev/null || \
	    { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk \
	      fonts-noto-color-emoji >/dev/null; }; }; } || echo "chromium not installed: the browser test will be skipped"

run: install  ## set up, load the demo data, build profiles, train a recommender, then serve the assistant
	$(BIN)/tailorkit init
	$(BIN)/tailorkit datasets load demo
	$(BIN)/tailorkit ingest docs --domain customer_service src/tailorkit/evaluation/faq/docs
	$(BIN)/tailorkit ingest docs --domain health_coaching src/tailorkit/evaluation/coaching/docs
	$(BIN)/tailorkit ingest docs --domain tutoring src/tailorkit/evaluation/tutoring/docs
	$(BIN)/tailorkit profile rebuild --all
	$(BIN)/tailorkit train --algorithm als
	$(BIN)/tailorkit stats
	$(BIN)/tailorkit profile show 1 --limit 5
	$(BIN)/tailorkit recommend 1 -n 5 --explain
	$(BIN)/tailorkit demo
	$(BIN)/tailorkit serve --demo-key

test: install browser  ## the whole test suite (SQLite, embedded PostgreSQL, real data, headless Chromium)
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

format: install
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

bench: install  ## benchmarks; each prints its numbers and ratios against a reference run
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/python benchmarks/bench_recommend.py
	$(BIN)/python benchmarks/bench_profiles.py
	$(BIN)/python benchmarks/bench_memory.py
	$(BIN)/python benchmarks/bench_assistant.py
	$(BIN)/python benchmarks/bench_knowledge.py
	$(BIN)/python benchmarks/bench_openai.py
	$(BIN)/python benchmarks/bench_events.py
	$(BIN)/python benchmarks/bench_jobs.py
	$(BIN)/python benchmarks/bench_server.py
	$(BIN)/python benchmarks/bench_tuning.py
	$(BIN)/python benchmarks/bench_sequential.py
	$(BIN)/python benchmarks/bench_catalogue.py
	$(BIN)/python benchmarks/bench_scale.py

clean:
	rm -rf $(VENV) .tailorkit .pytest_cache .mypy_cache .ruff_cache src/*.egg-info
