"""The naive LangChain-tutorial pipeline (eval/baseline.py) on the real bundled reports."""

from __future__ import annotations

import pytest

from assistant.numbers import quantities
from eval.baseline import CHUNK_SIZE, NaiveRAG, bundled_reports
from ingest.normalize import collapse_ws

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def baseline() -> NaiveRAG:
    return NaiveRAG()


def test_it_indexes_both_reports_in_tutorial_sized_chunks(baseline: NaiveRAG) -> None:
    text_len = sum(len(p.read_text(encoding="utf-8")) for p in bundled_reports())
    assert len(bundled_reports()) == 2
    # 1000-character chunks with 200 of overlap: a bit more than length / 800 of them
    assert text_len / CHUNK_SIZE < baseline.chunk_count < text_len / 600
    passages = baseline.search("Năm 2021 đã trình công bố bao nhiêu TCVN?", top_k=10)
    assert len(passages) == 10 and all(len(p.text) <= CHUNK_SIZE for p in passages)
    assert passages[0].score >= passages[-1].score


def test_answer_is_a_retrieved_sentence_and_its_first_number(baseline: NaiveRAG) -> None:
    question = "Năm 2021 đã trình công bố bao nhiêu TCVN?"
    a = baseline.ask(question)
    assert not a.abstained and a.method == "baseline"
    [c] = a.citations
    sentence = c.quote
    assert a.answer == f"{sentence} [1]"
    report = next(p for p in bundled_reports() if p.stem == c.doc_id).read_text(encoding="utf-8")
    assert report[c.start : c.end] == sentence  # the quote sits at its offsets in the raw report
    assert sentence in c.passage
    first = quantities(sentence)
    if first:
        assert a.value is not None and a.value.number == first[0].value and a.value.text == first[0].text
    else:
        assert a.value is None
    assert a.timings_ms["total"] > 0


def test_it_never_abstains_even_off_topic(baseline: NaiveRAG) -> None:
    a = baseline.ask("Giá vé máy bay từ Hà Nội đi Paris năm 2021 là bao nhiêu?")
    assert not a.abstained and collapse_ws(a.citations[0].quote) in collapse_ws(a.citations[0].passage)
