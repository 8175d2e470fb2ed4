# tcdlcl-assistant — set-up, run, test.  See README.md.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False

.PHONY: setup run test test-fast eval bench clean system-deps

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# torch first: the local CPU wheel; anything else pulls GBs of CUDA.
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)
	@echo "set-up done: $(BIN)/tcdlcl"

# Debian packages for browser tests and OCR (best effort: skipped where apt is unavailable).
system-deps:
	@bash scripts/system-deps.sh

run: setup
	$(BIN)/tcdlcl ingest --if-empty data/reports
	$(BIN)/tcdlcl chat --host 127.0.0.1 --port 7860

test: setup system-deps
	$(BIN)/python -m pytest

test-fast: setup
	$(BIN)/python -m pytest -m "not slow and not browser"

eval: setup
	$(BIN)/tcdlcl ingest --if-empty data/reports
	$(BIN)/tcdlcl eval --baseline --out eval-out

bench: setup
	$(BIN)/tcdlcl bench --out bench-out

clean:
	rm -rf $(VENV) .store eval-out bench-out
