"""Questions a real user types badly: none of them crashes, and each gets an honest, readable outcome."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.errors import AnswerError

Q_TCVN = "Năm 2021 đã trình công bố bao nhiêu TCVN?"


@pytest.mark.parametrize("question", ["", "   ", "\n\t "])
def test_empty_question_asks_for_one(service: Any, question: str) -> None:
    a = service.ask(question)
    assert a.abstained and a.answer == "Câu hỏi trống: hãy nhập một câu hỏi về các báo cáo."
    assert a.citations == [] and a.value is None


def test_not_text_is_a_readable_error(service: Any) -> None:
    with pytest.raises(AnswerError, match="text"):
        service.ask(None)  # type: ignore[arg-type]


def test_ten_thousand_characters(service: Any) -> None:
    noise = ("lorem ipsum dolor " * 600)[:10_000]
    a = service.ask(noise)
    assert a.abstained and a.value is None and "không nêu" in a.answer
    assert a.question == noise and a.timings_ms["total"] < 10_000
    spaced = (Q_TCVN + " " * 10_000 + "?")[:10_000]  # the question, then a pasted run of blanks: answered
    assert service.ask(spaced).value.number == 389
    for junk in ("x" * 10_000, "Xin cảm ơn. " * 900):  # the question drowned in junk: never a wrong number
        b = service.ask((Q_TCVN + " " + junk)[:10_000])
        assert b.abstained or b.value.number == 389


def test_english_question_never_gets_a_wrong_number(service: Any) -> None:
    a = service.ask("How many national standards (TCVN) were published in 2021?")
    assert a.answer.strip()
    assert a.abstained or (a.value is not None and a.value.number == 389)
    if a.abstained:
        assert "không nêu thông tin này" in a.answer


def test_question_without_diacritics(service: Any) -> None:
    a = service.ask("nam 2021 co bao nhieu TCVN")
    assert not a.abstained and a.value.number == 389 and "389 TCVN" in a.answer
    assert "389 TCVN" in a.citations[0].quote


def test_year_with_no_report(service: Any) -> None:
    a = service.ask("Năm 2019 đã trình công bố bao nhiêu TCVN?")
    assert a.abstained and a.value is None and a.citations == []
    assert a.answer == ("Không có báo cáo nào về năm 2019 trong kho (các năm hiện có: 2016, 2021), "
                        "nên không thể trả lời.")


def test_streaming_a_bad_question_still_ends_with_an_answer(service: Any) -> None:
    events = list(service.ask_stream("   "))
    text, final = events[-1]
    assert final is not None and final.abstained and text == final.answer
