"""Running a question-answering system over a dataset: one record per item, and the run's metrics.

Any object with ``ask`` and ``search`` (the :class:`QASystem` protocol) can be evaluated: the real
:class:`assistant.service.AssistantService`, the naive :class:`eval.baseline.NaiveRAG`, or a small
stand-in in a test. Everything runs in-process, one question at a time, timed by the wall clock.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from assistant.models import Answer, Passage, Turn
from eval.metrics import AnswerScorer, MetricsAggregator, evidence_of, retrieval_rank

if TYPE_CHECKING:
    from collections.abc import Sequence

SEARCH_TOP_K = 10
# asked once, untimed, before the run (models and indexes load on first use); not a dataset
# question, so that no question's latency is a cache hit
WARM_UP_QUESTION = "Tổng cục Tiêu chuẩn Đo lường Chất lượng đã đạt những kết quả gì?"


class QASystem(Protocol):
    """What the evaluation needs of a system: answer a question, and show what it retrieves."""

    def ask(self, question: str, history: list[Turn] | None = None) -> Answer: ...

    def search(self, query: str, top_k: int | None = None) -> list[Passage]: ...


@dataclass
class EvalRun:
    """The outcome of one system on one dataset."""

    system: str
    records: list[dict[str, Any]]
    metrics: dict[str, Any]
    seconds: float
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def failures(self) -> list[dict[str, Any]]:
        """Records that were not right (wrong answers first, then misses and errors)."""
        bad = [r for r in self.records if not r["correct"]]
        return sorted(bad, key=lambda r: (not r["wrong"], r["id"]))

    def to_dict(self) -> dict[str, Any]:
        return {
            "system": self.system,
            "seconds": round(self.seconds, 3),
            "info": self.info,
            "metrics": self.metrics,
            "records": self.records,
        }


def _value_dict(answer: Answer) -> dict[str, Any] | None:
    return answer.value.to_dict() if answer.value is not None else None


def _turns(item: Any) -> list[Turn] | None:
    history = getattr(item, "history", None) or []
    turns = [h if isinstance(h, Turn) else Turn(role=h["role"], content=h["content"]) for h in history]
    return turns or None


class EvalRunner:
    """Asks every item's question of a system, scores the answer and probes retrieval."""

    def __init__(self, *, search_top_k: int = SEARCH_TOP_K, retrieval: bool = True, warm_up: bool = True) -> None:
        if search_top_k < 5:
            raise ValueError("search_top_k must be at least 5 (hit@5 is reported)")
        self.search_top_k = search_top_k
        self.retrieval = retrieval
        self.warm_up = warm_up
        self._scorer = AnswerScorer()

    def run(self, system: QASystem, items: Sequence[Any], *, name: str = "assistant", progress: bool = True) -> EvalRun:
        started = time.perf_counter()
        info: dict[str, Any] = {}
        if self.warm_up and items:
            t0 = time.perf_counter()
            try:
                system.ask(WARM_UP_QUESTION)
            except Exception as exc:  # the timed run records it again, per item
                info["warm_up_error"] = f"{type(exc).__name__}: {exc}"
            info["warm_up_ms"] = round((time.perf_counter() - t0) * 1000.0, 1)
        records = [self._record(system, item) for item in _progress(items, name, progress)]
        metrics = MetricsAggregator().aggregate(records)
        return EvalRun(name, records, metrics, time.perf_counter() - started, info)

    def _record(self, system: QASystem, item: Any) -> dict[str, Any]:
        record: dict[str, Any] = {
            "id": item.id,
            "kind": item.kind,
            "question": item.question,
            "history": bool(getattr(item, "history", None)),
            "gold": item.value,
            "unit": getattr(item, "unit", None),
            "answer": "",
            "value": None,
            "abstained": True,
            "correct": False,
            "correct_strict": False,
            "wrong": False,
            "cited_ok": None,
            "citations": [],
            "has_evidence": bool(evidence_of(item)),
            "rank": None,
            "ms": None,
            "error": None,
        }
        t0 = time.perf_counter()
        try:
            answer = system.ask(item.question, history=_turns(item))
        except Exception as exc:  # a crash is a failure of this item, not of the run
            record["ms"] = (time.perf_counter() - t0) * 1000.0
            record["error"] = f"{type(exc).__name__}: {exc}"
        else:
            record["ms"] = (time.perf_counter() - t0) * 1000.0
            score = self._scorer.score(item, answer)
            record.update(
                answer=answer.answer,
                value=_value_dict(answer),
                abstained=answer.abstained,
                correct=score.correct,
                correct_strict=score.correct_strict,
                wrong=score.wrong,
                cited_ok=score.cited_ok,
                citations=[c.quote for c in answer.citations],
            )
        if self.retrieval and record["has_evidence"]:
            record["rank"] = self._rank(system, item)
        return record

    def _rank(self, system: QASystem, item: Any) -> int | None:
        try:
            passages = system.search(item.question, top_k=self.search_top_k)
        except Exception:
            return None
        return retrieval_rank(passages, evidence_of(item))


def _progress(items: Sequence[Any], name: str, enabled: bool) -> Any:
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=f"eval {name}", unit="q", leave=False)


def run_eval(system: QASystem, items: Sequence[Any], *, name: str = "assistant", progress: bool = True) -> EvalRun:
    """Evaluate ``system`` on ``items`` (see :class:`EvalRunner`)."""
    return EvalRunner().run(system, items, name=name, progress=progress)
