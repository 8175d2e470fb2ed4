"""ui.feedback: one JSON line per rating, never interleaved."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from assistant.models import Answer, Citation, Value
from ui.feedback import FeedbackLog


def make_answer(question: str = "Năm 2021 đã trình công bố bao nhiêu TCVN?") -> Answer:
    c = Citation(n=1, doc_id="000-a13a535d0f93ab91", title="Khối cơ quan Tổng cục TCĐLCL", year=2021,
                 source="000_a13a535d0f93ab91.txt", page=None, section="Triển khai hiệu quả",
                 quote="trình công bố 389 TCVN", start=5030, end=5052, passage="… trình công bố 389 TCVN; …",
                 passage_start=5000)
    return Answer(question=question, answer="Năm 2021: 389 TCVN [1].", abstained=False,
                  value=Value(389, "TCVN", "389 TCVN"), citations=[c])


def test_a_rating_is_appended_with_question_answer_citations_and_time(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "feedback.jsonl"
    log = FeedbackLog(path)
    log.append(make_answer(), "up", "  ", filters={"year": 2021, "doc_id": None})
    log.append(make_answer("Còn năm 2016?"), "down", "Số liệu sai, phải là 390")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert "Năm 2021" in lines[0]  # readable Vietnamese, not \\u escapes
    first, second = (json.loads(line) for line in lines)
    assert first["rating"] == "up" and first["comment"] is None
    assert first["question"] == "Năm 2021 đã trình công bố bao nhiêu TCVN?"
    assert first["answer"] == "Năm 2021: 389 TCVN [1]." and first["value"]["number"] == 389
    assert first["citations"] == [{"n": 1, "doc_id": "000-a13a535d0f93ab91", "title": "Khối cơ quan Tổng cục TCĐLCL",
                                   "year": 2021, "source": "000_a13a535d0f93ab91.txt", "page": None,
                                   "section": "Triển khai hiệu quả", "quote": "trình công bố 389 TCVN",
                                   "start": 5030, "end": 5052, "passage_start": 5000}]
    assert first["filters"] == {"year": 2021, "doc_id": None}
    assert first["time"].endswith("+00:00") and first["time"][:4].isdigit()
    assert second["rating"] == "down" and second["comment"] == "Số liệu sai, phải là 390"
    assert log.read() == [first, second]


def test_concurrent_ratings_never_interleave(tmp_path: Path) -> None:
    log = FeedbackLog(tmp_path / "feedback.jsonl")
    long_comment = "góp ý dài " * 500  # lines far longer than one write buffer

    def rate(i: int) -> None:
        for k in range(25):
            log.append(make_answer(f"câu {i}-{k}"), "up" if k % 2 else "down", long_comment)

    threads = [threading.Thread(target=rate, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    rows = log.read()
    assert len(rows) == 200
    assert {r["question"] for r in rows} == {f"câu {i}-{k}" for i in range(8) for k in range(25)}


def test_unknown_rating_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        FeedbackLog(tmp_path / "f.jsonl").append(make_answer(), "meh")  # type: ignore[arg-type]
    assert FeedbackLog(tmp_path / "f.jsonl").read() == []
