"""Scoring rules of eval/metrics.py on hand-made answers (INTERFACE.md, "Evaluation dataset")."""

from __future__ import annotations

import pytest

from assistant.models import Answer, Citation, Passage, Value
from eval.dataset import EvalItem
from eval.metrics import AnswerScorer, MetricsAggregator, percentile, retrieval_rank
from eval.runner import run_eval

EVIDENCE = "tổ chức tốt công tác tiếp nhận, thẩm định, trình công bố 389 TCVN"


def item(kind: str = "number", value: object = 389, *, year: int | None = 2021, evidence: str | None = EVIDENCE,
         evidence_all: list[str] | None = None, question: str = "Năm 2021 đã trình công bố bao nhiêu TCVN?",
         id: str = "q1") -> EvalItem:  # noqa: A002
    every = evidence_all or ([evidence] if evidence else [])  # as eval.dataset builds it: evidence first
    return EvalItem(id=id, question=question, kind=kind, value=value, unit=None, year=year,
                    evidence=every[0] if every else None, evidence_all=every)


def cite(quote: str, n: int = 1) -> Citation:
    return Citation(n, "doc", "Báo cáo", 2021, "r.txt", None, None, quote, 0, len(quote))


def answer(text: str, number: float | None = None, *, abstained: bool = False, quotes: tuple[str, ...] = (),
           value_text: str | None = None) -> Answer:
    value = Value(number, None, value_text or str(number)) if (number is not None or value_text) else None
    return Answer("?", text, abstained, value, [cite(q, i + 1) for i, q in enumerate(quotes)])


score = AnswerScorer().score


class TestNumbers:
    def test_strict_value_right(self) -> None:
        s = score(item(), answer("Năm 2021 đã trình công bố 389 TCVN [1].", 389))
        assert (s.correct, s.correct_strict, s.wrong) == (True, True, False)

    def test_wrong_value_is_wrong_even_if_text_has_the_gold(self) -> None:
        s = score(item(), answer("Đã trình 389 TCVN, trong đó 120 TCVN mới [1].", 120))
        assert (s.correct, s.correct_strict, s.wrong) == (False, False, True)

    def test_lenient_without_value_reads_the_first_three_numbers(self) -> None:
        s = score(item(), answer("Năm 2021 [1], Khối cơ quan đã thẩm định 12 dự thảo, 40 hồ sơ và 389 TCVN."))
        assert (s.correct, s.correct_strict, s.wrong) == (True, False, False)

    def test_lenient_stops_after_three_numbers(self) -> None:
        s = score(item(), answer("Có 1 đề xuất, 2 hồ sơ, 3 dự thảo và 389 TCVN."))
        assert not s.correct and s.wrong

    def test_the_question_year_and_citation_markers_are_not_numbers(self) -> None:
        # gold 2021 would otherwise match the year; [1] [2] must not use up the three slots
        s = score(item(value=7), answer("Trong năm 2021 [1] [2] [3], Tổng cục ban hành 7 quyết định."))
        assert s.correct
        s = score(item(value=2021), answer("Năm 2021 có nhiều kết quả [1]."))
        assert not s.correct and s.wrong

    def test_vietnamese_notation(self) -> None:
        assert score(item(value=4094), answer("Đã kiểm tra 4.094 lô hàng [1].")).correct
        assert score(item(value=6946305.937), answer("Khối lượng 6.946.305,937 tấn [1].")).correct
        assert score(item(kind="percent", value=15.9), answer("Tỷ lệ tăng 15,9% [1].")).correct
        assert not score(item(value=4.094), answer("Đã kiểm tra 4.094 lô hàng [1].")).correct

    def test_reasoning_judged_by_the_number(self) -> None:
        s = score(item(kind="reasoning", value=881), answer("654 + 227 = 881 [1][2].", 881))
        assert s.correct and s.correct_strict


class TestOtherKinds:
    def test_date_forms(self) -> None:
        gold = item(kind="date", value="15/1/2021")
        assert score(gold, answer("Ký ngày 15/01/2021 [1].")).correct
        assert score(gold, answer("Quyết định ký ngày 15 tháng 1 năm 2021 [1].")).correct
        assert score(gold, answer("Xem trích dẫn [1].", value_text="15/01/2021")).correct
        assert not score(gold, answer("Ký ngày 16/01/2021 [1].")).correct
        assert score(gold, answer("Ký ngày 15/11/2021 [1].")).wrong

    def test_text_phrases_all_needed_tone_marks_unified(self) -> None:
        gold = item(kind="text", value=["Chu Ngọc Anh", "Bộ trưởng"])
        assert score(gold, answer("Bộ trưởng chu ngọc  anh [1].")).correct
        assert not score(gold, answer("Chu Ngọc Anh [1].")).correct
        assert score(item(kind="text", value=["hòa hợp"]), answer("Sự hoà hợp [1].")).correct

    def test_unanswerable(self) -> None:
        gold = item(kind="unanswerable", value=None, evidence=None)
        s = score(gold, answer("Báo cáo không có thông tin này.", abstained=True))
        assert s.correct and not s.wrong
        s = score(gold, answer("Có 12 đơn vị [1].", 12))
        assert not s.correct and not s.wrong  # counted by abstention recall, not as a wrong answer

    def test_abstaining_on_an_answerable_question_is_a_miss_not_wrong(self) -> None:
        s = score(item(), answer("Không tìm thấy.", abstained=True))
        assert (s.correct, s.wrong, s.cited_ok) == (False, False, None)

    def test_unknown_kind_is_refused(self) -> None:
        with pytest.raises(ValueError, match="unknown question kind"):
            score(item(kind="colour"), answer("xanh"))


class TestCitations:
    def test_quote_must_contain_the_evidence_across_tone_marks_and_spaces(self) -> None:
        quote = "Khối cơ quan đã tổ chức tốt công tác tiếp nhận,  thẩm định,\ntrình công bố 389 TCVN; 120 QCVN"
        assert score(item(), answer("389 TCVN [1].", 389, quotes=(quote,))).cited_ok is True
        hoa = item(evidence="thủy lợi, hoà giải 12 vụ")
        assert score(hoa, answer("12 vụ [1].", 12, quotes=("ngành thuỷ lợi, hòa giải 12 vụ",))).cited_ok is True

    def test_unrelated_or_partial_quote_is_not_support(self) -> None:
        assert score(item(), answer("389 TCVN [1].", 389, quotes=("trình công bố 389",))).cited_ok is False
        assert score(item(), answer("389 TCVN.", 389)).cited_ok is False

    def test_reasoning_needs_every_evidence_passage(self) -> None:
        gold = item(kind="reasoning", value=881, evidence=None, evidence_all=["ban hành 654 TCVN", "227 QCVN"])
        both = answer("654 + 227 = 881 [1][2].", 881, quotes=("đã ban hành 654 TCVN", "và 227 QCVN mới"))
        one = answer("654 + 227 = 881 [1].", 881, quotes=("đã ban hành 654 TCVN",))
        assert score(gold, both).cited_ok is True
        assert score(gold, one).cited_ok is False

    def test_a_number_in_the_evidence_must_not_be_part_of_a_longer_one(self) -> None:
        gold = item(value=152, evidence="152 hồ sơ xin đăng ký")
        assert score(gold, answer("3.152 [1].", 3152, quotes=("tiếp nhận 3.152 hồ sơ xin đăng ký",))).cited_ok is False
        assert score(gold, answer("152 [1].", 152, quotes=("tiếp nhận 152 hồ sơ xin đăng ký",))).cited_ok is True
        assert retrieval_rank([passage("nhận 3152 hồ sơ xin đăng ký"), passage("152 hồ sơ xin đăng ký")], ["152 hồ sơ xin đăng ký"]) == 2

    def test_no_evidence_means_not_measured(self) -> None:
        assert score(item(evidence=None), answer("389 TCVN [1].", 389, quotes=("x",))).cited_ok is None


def passage(text: str) -> Passage:
    return Passage("c", "d", "t", 2021, "s", None, None, 0, len(text), 1.0, text)


def test_retrieval_rank() -> None:
    ps = [passage("không liên quan"), passage("… trình công bố  389 TCVN; …"), passage("trình công bố 389 TCVN")]
    assert retrieval_rank(ps, ["trình công bố 389 TCVN"]) == 2
    assert retrieval_rank(ps, ["không có"]) is None


def test_percentile_interpolates() -> None:
    assert percentile([10, 20, 30, 40], 50) == 25
    assert percentile([5.0], 95) == 5.0
    assert percentile([], 50) is None


class FixedSystem:
    """Answers from a table; retrieval returns one passage holding the answer's evidence."""

    def __init__(self, answers: dict[str, Answer], passages: list[Passage]) -> None:
        self.answers, self.passages = answers, passages

    def ask(self, question: str, history: object = None) -> Answer:
        return self.answers[question]

    def search(self, query: str, top_k: int | None = None) -> list[Passage]:
        return self.passages


def test_aggregated_metrics_of_a_run() -> None:
    items = [
        item(id="a", question="A"),  # right, cited
        item(id="b", question="B"),  # wrong
        item(id="c", question="C"),  # abstained on an answerable question
        item(id="d", question="D", kind="unanswerable", value=None, evidence=None),  # abstained: right
        item(id="e", question="E", kind="unanswerable", value=None, evidence=None),  # answered: hallucination
    ]
    quote = f"Khối cơ quan đã {EVIDENCE}; 120 QCVN"
    system = FixedSystem(
        {
            "A": answer("389 TCVN [1].", 389, quotes=(quote,)),
            "B": answer("120 TCVN [1].", 120, quotes=("khác",)),
            "C": answer("Không có.", abstained=True),
            "D": answer("Không có.", abstained=True),
            "E": answer("5 đơn vị [1].", 5),
        },
        [passage("xyz"), passage(EVIDENCE)],
    )
    run = run_eval(system, items, progress=False)
    m = run.metrics
    assert m["n"] == 5 and m["accuracy"] == pytest.approx(2 / 5)
    assert m["numeric_accuracy"] == pytest.approx(1 / 3)
    assert m["wrong_answers"] == 1 and m["wrong_answer_rate"] == pytest.approx(1 / 3)
    assert m["abstention_precision"] == pytest.approx(1 / 2)
    assert m["abstention_recall"] == pytest.approx(1 / 2)
    assert m["citation_support"] == pytest.approx(1 / 2)  # a cited, b not; c abstained
    assert (m["hit@1"], m["hit@5"], m["mrr"]) == (0.0, 1.0, 0.5)
    assert m["by_kind"]["unanswerable"] == {"n": 2, "correct": 1, "accuracy": 0.5}
    assert m["latency_ms"]["p50"] is not None
    assert [f["id"] for f in run.failures] == ["b", "c", "e"]


def test_a_crashing_answer_is_recorded_not_raised() -> None:
    class Crashing(FixedSystem):
        def ask(self, question: str, history: object = None) -> Answer:
            raise RuntimeError("boom")

    run = run_eval(Crashing({}, []), [item()], progress=False)
    assert run.metrics["errors"] == 1 and run.records[0]["error"] == "RuntimeError: boom"
    assert MetricsAggregator().aggregate(run.records)["accuracy"] == 0
