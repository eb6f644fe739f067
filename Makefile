# Pain-clinic patient FAQ assistant. `make help` lists the targets.
SHELL := /bin/bash
PYTHON_VERSION := $(shell cat .python-version)
PYTHON_BIN ?= $(firstword $(wildcard $(HOME)/.pyenv/versions/$(PYTHON_VERSION)/bin/python3) $(shell command -v python3.10))
VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
export TF_CPP_MIN_LOG_LEVEL := 2
export RASA_TELEMETRY_ENABLED := false
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
# Two cores: stop TensorFlow and torch from each starting a thread per core.
export TF_INTER_OP_PARALLELISM_THREADS ?= 1
export TF_INTRA_OP_PARALLELISM_THREADS ?= 2
export OMP_NUM_THREADS ?= 1

.DEFAULT_GOAL := help
.PHONY: help install train run shell actions test test-unit test-model test-services validate test-stories eval bench bench-soak lint clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

install: ## Create .venv on Python 3.10 and install the pinned dependency set
	@test -n "$(PYTHON_BIN)" || { echo "Python $(PYTHON_VERSION) not found (pyenv install $(PYTHON_VERSION))"; exit 1; }
	@test -x $(PY) || $(PYTHON_BIN) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip==24.0"
	$(PY) -m pip install --quiet -r requirements.in -c constraints.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	$(PY) -m pip check

MODEL := models/assistant.tar.gz
# Everything the trained model depends on: data, config, and the code the NLU components import.
TRAINING_INPUTS := config.yml domain.yml bot/embeddings.py bot/constants.py bot/text.py \
	$(shell find data bot/nlu bot/kb knowledge -type f \( -name '*.yml' -o -name '*.py' \) 2>/dev/null) \
	$(filter-out tests/eval/red_flags_sealed%,$(wildcard tests/eval/red_flags*.yml))

train: $(MODEL) ## Train the model (only when data, config, domain or NLU code changed)

$(MODEL): $(TRAINING_INPUTS)
	$(RASA) train --fixed-model-name assistant --out models
	@touch $(MODEL)

run: train ## Train if needed, start the action server and Rasa on http://localhost:5005
	bash scripts/run.sh

shell: train ## Talk to the assistant in the terminal (rasa shell + action server)
	bash scripts/run.sh shell

actions: ## Start only the action server on :5055
	$(PY) -m rasa_sdk --actions actions --port 5055

test: lint test-unit validate train test-model test-services test-stories eval ## Everything CI runs

# pytest-xdist: the unit tests on a worker per core; the model and browser tests one file per
# worker on two workers (each file starts its own servers from the trained model, and two at a
# time is what two cores and the memory allow).
test-unit: ## Offline unit tests (no trained model needed)
	$(PY) -m pytest -m "not model and not browser and not services" -q -n auto

validate: ## Check training data and domain for inconsistencies
	$(RASA) data validate --fail-on-warnings --quiet

test-model: ## Tests against the trained model, running servers and headless Chromium (installs chromium if missing)
	$(PY) -m pytest -m "(model or browser) and not services" -q -n 2 --dist loadfile

test-services: ## Two Rasa instances on real PostgreSQL + Redis (installs them with apt if missing)
	$(PY) -m pytest -m services -q

test-stories: ## Conversation tests in the patients' own words
	$(RASA) test core --stories tests/test_stories.yml --fail-on-prediction-errors --out results/stories --model $(MODEL)

eval: ## Held-out evaluation: intent accuracy, entity F1, answer accuracy (with thresholds)
	$(PY) scripts/evaluate.py --model $(MODEL) --report reports/eval.md

bench: train ## Ours vs Rasa's default FAQ pipeline: accuracy, latency, throughput, memory (reports/bench/)
	$(PY) scripts/bench.py

bench-soak: train ## 10 minutes at 10 messages/s against ours: errors and memory growth
	$(PY) scripts/bench.py --soak

lint: ## Ruff
	$(VENV)/bin/ruff check bot actions scripts tests

clean: ## Remove trained models, reports and local databases
	rm -rf models results reports var .pytest_cache
