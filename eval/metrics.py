"""Scoring one answer against one dataset item, and aggregating the scores of a run.

The rules are those of INTERFACE.md ("Evaluation dataset"):

* **number, percent, reasoning** — right when the answer's ``value.number`` equals the gold value
  (*strict*); the official, *lenient* rule also accepts an answer without a ``value`` when one of
  the first three quantities of its text (read the Vietnamese way, citation markers ``[n]`` and
  the question's year left out) equals it.
* **date** — the answer (or ``value.text``) states the gold ``d/m/yyyy`` date; leading zeros,
  ``ngày 15/01/2021`` and ``ngày 15 tháng 1 năm 2021`` are accepted.
* **text** — every gold phrase appears in the answer (``collapse_ws`` + casefold on both sides).
* **unanswerable** — right iff the answer abstained.

A **wrong answer** is an answerable question that got a non-abstained answer that is not right:
the worst failure, worse than silence. **Citation support**: an answered, answerable item with
evidence is supported when a citation's ``quote`` contains the evidence (every passage of
``evidence_all`` for reasoning rows). **Retrieval rank**: the 1-based rank of the first retrieved
passage whose text contains the evidence.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.numbers import numbers_equal, parse_vn_number, quantities
from ingest.normalize import collapse_ws

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from assistant.models import Answer, Passage

NUMERIC_KINDS = ("number", "percent", "reasoning")
ANSWERABLE_KINDS = (*NUMERIC_KINDS, "date", "text")
KINDS = (*ANSWERABLE_KINDS, "unanswerable")

_MARKER_RE = re.compile(r"\[\d+(?:\s*[,-]\s*\d+)*\]")
_DATE_SLASH_RE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_DATE_WORDS_RE = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*)?năm\s+(\d{4})(?!\d)", re.IGNORECASE)


def match_key(text: str) -> str:
    """The form in which evidence, quotes and phrases are compared: normalised, one space, casefolded."""
    return collapse_ws(text).casefold()


def _bounded(h: str, s: int, e: int) -> bool:
    """A number at either end of the match is not part of a longer number (``152`` in ``3.152``)."""
    if h[s].isdigit() and s > 0 and (h[s - 1].isdigit() or (h[s - 1] in ".," and s > 1 and h[s - 2].isdigit())):
        return False
    after_digit = e + 1 < len(h) and h[e + 1].isdigit()
    return not (h[e - 1].isdigit() and e < len(h) and (h[e].isdigit() or (h[e] in ".," and after_digit)))


def key_contains(hay_key: str, needle_key: str) -> bool:
    """``needle_key`` occurs in ``hay_key`` (both :func:`match_key`) without splitting a number."""
    start = hay_key.find(needle_key) if needle_key else -1
    while start != -1:
        if _bounded(hay_key, start, start + len(needle_key)):
            return True
        start = hay_key.find(needle_key, start + 1)
    return False


def contains(haystack: str | None, needle: str | None) -> bool:
    """Does ``haystack`` contain ``needle`` once both are normalised (tone marks, dashes, spaces)?"""
    if not haystack or not needle:
        return False
    return key_contains(match_key(haystack), match_key(needle))


# ---------------------------------------------------------------- the number an answer gives


def _gold_number(gold: Any) -> float | None:
    if isinstance(gold, bool) or gold is None:
        return None
    if isinstance(gold, (int, float)):
        return float(gold)
    if isinstance(gold, str):
        return parse_vn_number(gold)
    return None


def answer_numbers(answer: Answer, year: int | None = None, limit: int = 3) -> list[float]:
    """The first ``limit`` quantities of the answer text, without ``[n]`` markers and the year."""
    text = _MARKER_RE.sub(" ", answer.answer or "")
    found: list[float] = []
    for q in quantities(text):
        if q.value is None or (year is not None and numbers_equal(q.value, float(year))):
            continue
        found.append(q.value)
        if len(found) == limit:
            break
    return found


def number_strict(answer: Answer, gold: Any) -> bool:
    """``value.number`` equals the gold number."""
    target = _gold_number(gold)
    got = answer.value.number if answer.value is not None else None
    return target is not None and numbers_equal(got, target)


def number_lenient(answer: Answer, gold: Any, year: int | None = None) -> bool:
    """The official rule: ``value.number`` if there is one, else one of the first three numbers."""
    if answer.value is not None and answer.value.number is not None:
        return number_strict(answer, gold)
    target = _gold_number(gold)
    return target is not None and any(numbers_equal(n, target) for n in answer_numbers(answer, year))


# ---------------------------------------------------------------- dates and phrases


def parse_date(text: str) -> tuple[int, int, int] | None:
    """``"15/01/2021"`` → (15, 1, 2021)."""
    m = _DATE_SLASH_RE.search(text or "")
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def dates_in(text: str) -> set[tuple[int, int, int]]:
    """Every full date written in ``text``, as (day, month, year)."""
    text = collapse_ws(text or "")
    found = {(int(a), int(b), int(c)) for a, b, c in _DATE_SLASH_RE.findall(text)}
    found |= {(int(a), int(b), int(c)) for a, b, c in _DATE_WORDS_RE.findall(text)}
    return found


def date_right(answer: Answer, gold: Any) -> bool:
    target = parse_date(str(gold or ""))
    if target is None:
        return False
    said = answer.answer + " " + (answer.value.text if answer.value is not None else "")
    return target in dates_in(said)


def text_right(answer: Answer, gold: Any) -> bool:
    phrases = [gold] if isinstance(gold, str) else list(gold or [])
    said = answer.answer + " " + (answer.value.text if answer.value is not None else "")
    return bool(phrases) and all(contains(said, str(p)) for p in phrases)


# ---------------------------------------------------------------- citations and retrieval


def evidence_of(item: Any) -> list[str]:
    """The evidence passages an item must be supported by (``evidence_all`` wins when present)."""
    every = [e for e in (getattr(item, "evidence_all", None) or []) if e]
    if every:
        return every
    return [item.evidence] if getattr(item, "evidence", None) else []


def citations_support(answer: Answer, evidence: Sequence[str]) -> bool:
    """Every evidence passage is contained in the ``quote`` of some citation."""
    quotes = [c.quote for c in answer.citations if c.quote]
    return bool(evidence) and all(any(contains(q, e) for q in quotes) for e in evidence)


def retrieval_rank(passages: Sequence[Passage], evidence: Sequence[str]) -> int | None:
    """1-based rank of the first passage containing one of the evidence passages, else None."""
    keys = [match_key(e) for e in evidence if e]
    for rank, passage in enumerate(passages, start=1):
        text = match_key(passage.text)
        if any(key_contains(text, k) for k in keys):
            return rank
    return None


# ---------------------------------------------------------------- one item


@dataclass(frozen=True)
class Score:
    """How one answer fared. ``cited_ok`` is None where citation support is not measured."""

    correct: bool
    correct_strict: bool
    wrong: bool
    cited_ok: bool | None


class AnswerScorer:
    """Judges one answer against one dataset item by the item's ``kind``."""

    def score(self, item: Any, answer: Answer) -> Score:
        kind, gold = item.kind, item.value
        if kind == "unanswerable":
            return Score(answer.abstained, answer.abstained, False, None)
        if answer.abstained:
            return Score(False, False, False, None)
        if kind in NUMERIC_KINDS:
            strict = number_strict(answer, gold)
            correct = number_lenient(answer, gold, item.year)
        elif kind == "date":
            strict = correct = date_right(answer, gold)
        elif kind == "text":
            strict = correct = text_right(answer, gold)
        else:
            raise ValueError(f"unknown question kind {kind!r} (expected one of {', '.join(KINDS)})")
        evidence = evidence_of(item)
        cited = citations_support(answer, evidence) if evidence else None
        return Score(correct, strict, not correct, cited)


# ---------------------------------------------------------------- aggregation


def percentile(values: Sequence[float], p: float) -> float | None:
    """Linear-interpolated percentile (as numpy's default), None for no values."""
    if not values:
        return None
    xs = sorted(values)
    k = (len(xs) - 1) * p / 100.0
    lo, hi = math.floor(k), math.ceil(k)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def _share(num: int, den: int) -> float | None:
    return num / den if den else None


class MetricsAggregator:
    """Turns per-item records (dicts from :mod:`eval.runner`) into the metrics of a run."""

    def aggregate(self, records: Iterable[dict[str, Any]]) -> dict[str, Any]:
        rows = list(records)
        answerable = [r for r in rows if r["kind"] != "unanswerable"]
        unanswerable = [r for r in rows if r["kind"] == "unanswerable"]
        numeric = [r for r in rows if r["kind"] in NUMERIC_KINDS]
        abstained = [r for r in rows if r["abstained"]]
        cited = [r for r in rows if r["cited_ok"] is not None]
        ranked = [r for r in rows if r.get("has_evidence")]
        ranks = [r["rank"] for r in ranked if r["rank"] is not None]
        latencies = [r["ms"] for r in rows if r["ms"] is not None]
        by_kind: dict[str, dict[str, Any]] = {}
        for kind in KINDS:
            of_kind = [r for r in rows if r["kind"] == kind]
            if of_kind:
                right = sum(r["correct"] for r in of_kind)
                by_kind[kind] = {"n": len(of_kind), "correct": right, "accuracy": right / len(of_kind)}
        return {
            "n": len(rows),
            "accuracy": _share(sum(r["correct"] for r in rows), len(rows)),
            "by_kind": by_kind,
            "numeric_n": len(numeric),
            "numeric_accuracy": _share(sum(r["correct"] for r in numeric), len(numeric)),
            "numeric_accuracy_strict": _share(sum(r["correct_strict"] for r in numeric), len(numeric)),
            "answerable_n": len(answerable),
            "wrong_answers": sum(r["wrong"] for r in answerable),
            "wrong_answer_rate": _share(sum(r["wrong"] for r in answerable), len(answerable)),
            "abstentions": len(abstained),
            "abstention_precision": _share(sum(r["kind"] == "unanswerable" for r in abstained), len(abstained)),
            "abstention_recall": _share(sum(r["abstained"] for r in unanswerable), len(unanswerable)),
            "citation_n": len(cited),
            "citation_support": _share(sum(bool(r["cited_ok"]) for r in cited), len(cited)),
            "retrieval_n": len(ranked),
            "hit@1": _share(sum(1 for k in ranks if k <= 1), len(ranked)),
            "hit@5": _share(sum(1 for k in ranks if k <= 5), len(ranked)),
            "mrr": sum(1.0 / k for k in ranks) / len(ranked) if ranked else None,
            "latency_ms": {
                "p50": percentile(latencies, 50),
                "p95": percentile(latencies, 95),
                "mean": sum(latencies) / len(latencies) if latencies else None,
                "max": max(latencies) if latencies else None,
            },
            "errors": sum(1 for r in rows if r.get("error")),
        }
