"""The CI gate: the real assistant on the bundled dev set must stay within eval/thresholds.json.

A deliberate answer regression (every number the assistant states, off by one) must fail the gate,
and so must the naive baseline; ``tcdlcl eval --gate`` exits 1 when a threshold is crossed.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest

wiring = pytest.importorskip("assistant.wiring")
pytest.importorskip("assistant.answerer")
dataset = pytest.importorskip("eval.dataset")

from assistant.models import Answer, Passage, Turn, Value  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from eval.baseline import bundled_reports  # noqa: E402
from eval.gate import check_gate, load_thresholds  # noqa: E402
from eval.runner import EvalRun, run_eval  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("eval-store")
    service = wiring.build_service(Settings(store=path))
    try:
        summary = service.ingest(bundled_reports())
        assert summary.ok, summary.render()
    finally:
        service.close()
    return path


@pytest.fixture(scope="module")
def service(store: Path) -> Any:
    svc = wiring.build_service(Settings(store=store))
    yield svc
    svc.close()


@pytest.fixture(scope="module")
def items() -> list[Any]:
    return dataset.load_dataset(dataset.bundled_dataset_path("dev"))


class Memo:
    """The real service, each answer kept so that the regression run below does not ask again."""

    def __init__(self, service: Any) -> None:
        self.service = service
        self.answers: dict[tuple[str, str], Answer] = {}

    def ask(self, question: str, history: list[Turn] | None = None) -> Answer:
        key = (question, repr(history))
        if key not in self.answers:
            self.answers[key] = self.service.ask(question, history=history)
        return self.answers[key]

    def search(self, query: str, top_k: int | None = None) -> list[Passage]:
        return self.service.search(query, top_k=top_k)


@pytest.fixture(scope="module")
def memo(service: Any) -> Memo:
    return Memo(service)


@pytest.fixture(scope="module")
def assistant_run(memo: Memo, items: list[Any]) -> EvalRun:
    return run_eval(memo, items, progress=False)


def _off_by_one(text: str) -> str:
    return re.sub(r"\d+", lambda m: str(int(m.group()) + 1), text)


class Regressed:
    """The real service with an answer regression introduced on purpose: every number is off by one."""

    def __init__(self, service: Any) -> None:
        self.service = service

    def ask(self, question: str, history: list[Turn] | None = None) -> Answer:
        a = self.service.ask(question, history=history)
        value = a.value
        if value is not None and value.number is not None:
            value = Value(value.number + 1, value.unit, _off_by_one(value.text))
        return dataclasses.replace(a, answer=_off_by_one(a.answer), value=value)

    def search(self, query: str, top_k: int | None = None) -> list[Passage]:
        return self.service.search(query, top_k=top_k)


def test_the_assistant_passes_the_gate(assistant_run: EvalRun) -> None:
    violations = check_gate(assistant_run.metrics, load_thresholds())
    failures = [(r["id"], r["gold"], r["value"], r["answer"][:80]) for r in assistant_run.failures if r["wrong"]]
    assert violations == [], f"{violations}\nwrong answers: {failures}"


def test_a_deliberate_answer_regression_fails_the_gate(memo: Memo, items: list[Any], assistant_run: EvalRun) -> None:
    regressed = run_eval(Regressed(memo), items, progress=False).metrics
    assert regressed["numeric_accuracy"] < assistant_run.metrics["numeric_accuracy"]
    violations = check_gate(regressed, load_thresholds())
    assert any(v.startswith("numeric_accuracy") for v in violations), violations
    assert any(v.startswith("wrong_answer_rate") for v in violations), violations


def test_the_naive_baseline_fails_the_gate(items: list[Any]) -> None:
    from eval.baseline import NaiveRAG

    sample = items[::8]  # the baseline embeds every candidate sentence per question: slow; an eighth is enough
    assert any(i.kind == "unanswerable" for i in sample)
    baseline = run_eval(NaiveRAG(), sample, progress=False).metrics
    assert baseline["abstentions"] == 0
    assert check_gate(baseline, load_thresholds()), "the gate would let the naive pipeline through"


def test_eval_command_writes_the_report_and_exits_1_on_a_crossed_gate(store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from eval.cli import eval_command

    monkeypatch.setenv("TCDLCL_STORE", str(store))
    strict = tmp_path / "strict.json"
    strict.write_text(json.dumps({"numeric_accuracy": {"min": 1.01}}), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(eval_command, ["--limit", "6", "--out", str(out), "--json", "--gate", "--thresholds", str(strict)])
    assert result.exit_code == 1, result.output
    payload = json.loads(result.stdout)
    assert payload["gate"]["violations"] and payload["runs"][0]["metrics"]["n"] == 6
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert len(report["runs"][0]["records"]) == 6
    assert (out / "accuracy_by_kind.png").read_bytes()[:4] == b"\x89PNG" and "| metric |" in (out / "report.md").read_text(encoding="utf-8")
    table = CliRunner().invoke(eval_command, ["--limit", "3", "--out", str(out)])
    assert table.exit_code == 0 and "numeric accuracy" in table.output and "report:" in table.output
    monkeypatch.setenv("TCDLCL_STORE", str(tmp_path / "empty"))
    own = tmp_path / "own.jsonl"
    own.write_text((dataset.bundled_dataset_path("dev")).read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    empty = CliRunner().invoke(eval_command, ["--dataset", str(own), "--out", str(out)])
    assert empty.exit_code == 1 and "the store holds no report" in empty.stderr and "Traceback" not in empty.output
    # the bundled datasets are about the bundled reports: an empty store is filled with them first
    fresh = CliRunner().invoke(eval_command, ["--limit", "2", "--out", str(out)])
    assert fresh.exit_code == 0, fresh.output
    assert "indexing the bundled reports" in fresh.stderr and "numeric accuracy" in fresh.stdout
