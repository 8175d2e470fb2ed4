"""The regression gate (eval/gate.py, eval/thresholds.json) on small stand-in systems."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.errors import EvalError
from assistant.models import Answer, Citation, Passage, Value
from eval.dataset import EvalItem
from eval.gate import THRESHOLDS_PATH, check_gate, load_thresholds
from eval.runner import run_eval

FACTS = {  # question -> (gold, evidence)
    "Năm 2021 đã trình công bố bao nhiêu TCVN?": (389, "trình công bố 389 TCVN"),
    "Năm 2016 đã kiểm tra bao nhiêu lô hàng?": (4094, "kiểm tra 4.094 lô hàng"),
    "Tỷ lệ tăng năm 2016 là bao nhiêu?": (15.9, "tăng 15,9%"),
}
UNANSWERABLE = "Giá vé máy bay đi Paris là bao nhiêu?"


def items() -> list[EvalItem]:
    rows = [EvalItem(f"q{i}", q, "percent" if isinstance(g, float) else "number", g, None, None, e, [e])
            for i, (q, (g, e)) in enumerate(FACTS.items())]
    return [*rows, EvalItem("u1", UNANSWERABLE, "unanswerable", None, None, None, None)]


class TableSystem:
    """Answers from the facts; ``skew`` adds to every number: a deliberate answer regression."""

    def __init__(self, skew: float = 0.0) -> None:
        self.skew = skew

    def ask(self, question: str, history: object = None) -> Answer:
        if question not in FACTS:
            return Answer(question, "Các báo cáo không có thông tin này.", True)
        gold, evidence = FACTS[question]
        number = gold + self.skew
        quote = f"… đã {evidence}; …"
        cite = Citation(1, "d", "t", 2021, "s", None, None, quote, 0, len(quote))
        return Answer(question, f"{number} [1].", False, Value(number, None, str(number)), [cite])

    def search(self, query: str, top_k: int | None = None) -> list[Passage]:
        return [Passage("c", "d", "t", 2021, "s", None, None, 0, 9, 1.0, " ".join(e for _, e in FACTS.values()))]


def test_the_repository_thresholds_load_and_name_real_metrics() -> None:
    thresholds = load_thresholds()
    assert {"numeric_accuracy", "wrong_answer_rate", "citation_support", "abstention_recall"} <= set(thresholds)
    metrics = run_eval(TableSystem(), items(), progress=False).metrics
    assert check_gate(metrics, thresholds) == []


def test_gate_fails_when_an_answer_regression_is_introduced() -> None:
    good = run_eval(TableSystem(), items(), progress=False).metrics
    bad = run_eval(TableSystem(skew=1), items(), progress=False).metrics
    assert good["numeric_accuracy"] == 1.0 and bad["numeric_accuracy"] == 0.0
    violations = check_gate(bad, load_thresholds())
    assert any(v.startswith("numeric_accuracy = 0.000 is below") for v in violations)
    assert any(v.startswith("wrong_answer_rate = 1.000 is above") for v in violations)


def test_unmeasured_metric_passes_but_unknown_name_fails() -> None:
    metrics = {"abstention_recall": None, "latency_ms": {"p95": 120.0}}
    assert check_gate(metrics, {"abstention_recall": {"min": 0.5}}) == []
    assert check_gate(metrics, {"latency_ms.p95": {"max": 100}}) == ["latency_ms.p95 = 120.000 is above the maximum 100"]
    assert check_gate(metrics, {"numeric_acuracy": {"min": 0.5}}) == ["numeric_acuracy: no such metric (check eval/thresholds.json)"]


def test_malformed_thresholds_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "t.json"
    bad.write_text(json.dumps({"numeric_accuracy": {"least": 0.5}}), encoding="utf-8")
    with pytest.raises(EvalError, match="'min' and/or 'max'"):
        load_thresholds(bad)
    assert THRESHOLDS_PATH.name == "thresholds.json"


def test_report_files_show_both_systems_the_failures_and_the_gate(tmp_path: Path) -> None:
    from eval.report import ReportWriter, render_table

    good = run_eval(TableSystem(), items(), name="assistant", progress=False)
    bad = run_eval(TableSystem(skew=1), items(), name="skewed", progress=False)
    violations = check_gate(bad.metrics, load_thresholds())
    files = ReportWriter().write([bad, good], tmp_path, dataset="toy", gate=violations)
    report = json.loads(files["json"].read_text(encoding="utf-8"))
    assert [r["system"] for r in report["runs"]] == ["skewed", "assistant"]
    assert report["gate"]["violations"] == violations and report["runs"][0]["records"][0]["value"]["number"] == 390
    md = files["markdown"].read_text(encoding="utf-8")
    assert "| numeric accuracy | 0.0% | 100.0% |" in md and "- FAIL: numeric_accuracy" in md
    assert files["accuracy_by_kind"].read_bytes()[:4] == b"\x89PNG" and files["latency"].exists()
    table = render_table([bad, good])
    assert "WRONG q0 [number] Năm 2021 đã trình công bố bao nhiêu TCVN?" in table
    assert "gold: 389 | got: 390" in table and "failures of skewed: 3" in table
