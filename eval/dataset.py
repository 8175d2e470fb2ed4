"""The evaluation datasets: loading and validating the JSONL question sets.

One question per line (INTERFACE.md, "Evaluation dataset")::

    {"id": "q001", "question": "…", "kind": "number", "value": 389, "unit": "TCVN",
     "year": "2021", "evidence": "trình công bố 389 TCVN"}

* ``kind`` is one of :data:`KINDS`; ``value`` is a number for ``number``/``percent``/``reasoning``,
  a ``"d/m/yyyy"`` string for ``date``, a non-empty list of phrases for ``text`` and null for
  ``unanswerable`` (whose ``evidence`` is null too);
* ``year`` (the report year the question is about) is a string or an int, or null;
* optional: ``evidence_all`` (every passage a reasoning answer rests on; ``evidence`` is the
  first), ``history`` (earlier turns: ``{"role": "user"|"assistant", "content": "…"}``),
  ``note`` (for reasoning rows, the arithmetic over stated numbers, e.g. ``"928-654-227"``),
  ``tags``; any other key is kept in :attr:`EvalItem.extra`.

:func:`load_dataset` checks every row and raises :class:`~assistant.errors.EvalError` naming the
file, the line and the problem. The bundled sets live in ``eval/data/`` (:func:`bundled_dataset_path`):

* ``dev`` -- tuned on: the set the answering code is developed against;
* ``dev2`` -- tuned on as well: formerly called ``heldout``, its failure categories were studied
  during development, so it no longer measures generalisation;
* ``heldout`` -- written blind after the answering code was frozen (tag ``answerer-frozen-1``) and
  measured so (63.9% → 69.4% numeric); its failures were then studied, so it is tuned on now;
* ``dev3`` -- tuned on: 60 questions on a report of a provincial sub-department written for the
  purpose (``dev3/reports``), so that answering is developed on more than the two bundled reports;
* ``heldout2`` -- blind: 90 questions on the bundled reports, written after tag ``answerer-frozen-2``
  by a writer who never read the answering code. Report it, do not tune on it;
* ``newdocs`` -- blind at ``answerer-frozen-2``: 80 questions on two further reports of other units
  (``newdocs/reports``, a .docx and a .txt), the closest measure of reports nobody has seen;
  its failures were studied afterwards;
* ``newdocs2`` -- 90 questions on a PDF (a provincial review with a table and page footers) and a portal
  HTML page (QUATEST 1, with a table); measured blind at the start of session 3, then studied;
* ``newdocs3`` -- 90 questions on a department's .docx review and a provincial .txt letter with a "|" table;
  blind until the end of session 3's changes;
* ``newdocs4`` -- 180 questions on four reports written for session 4 by writers who never read the answering
  code: a provincial PDF (running headers, a table, paragraphs across pages), an institute's 6-month .docx,
  a QUATEST portal HTML page (menu, sidebar, table) and a space-aligned .txt table; blind until the end of
  session 4's changes.

``dev3`` and the ``newdocs*`` sets hold their own reports: ``tcdlcl eval --split NAME`` indexes them with the
bundled ones in a store of their own under ``--out``.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import EvalError

KINDS = ("number", "percent", "reasoning", "date", "text", "unanswerable")
NUMERIC_KINDS = ("number", "percent", "reasoning")
REQUIRED_FIELDS = ("id", "question", "kind", "value", "unit", "year", "evidence")
ROLES = ("user", "assistant")
DATA_DIR = Path(__file__).resolve().parent / "data"

_DATE_RE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_NAME_RE = re.compile(r"[A-Za-z0-9_-]+")
_KNOWN_FIELDS = (*REQUIRED_FIELDS, "evidence_all", "history", "tags", "note")

Value = float | int | str | list[str] | None


@dataclass
class EvalItem:
    """One question of an evaluation set, validated.

    ``evidence_all`` always holds every evidence passage, ``evidence`` first (empty for
    unanswerable rows), so that a scorer can simply require all of them.
    """

    id: str
    question: str
    kind: str
    value: Value
    unit: str | None
    year: int | None
    evidence: str | None
    evidence_all: list[str] = field(default_factory=list)
    history: list[dict[str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    note: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def answerable(self) -> bool:
        return self.kind != "unanswerable"

    @property
    def is_follow_up(self) -> bool:
        return bool(self.history)

    def date_parts(self) -> tuple[int, int, int]:
        """The gold date of a ``date`` item as (day, month, year)."""
        if self.kind != "date" or not isinstance(self.value, str):
            raise ValueError(f"{self.id} is not a date question")
        d, m, y = (int(g) for g in _DATE_RE.fullmatch(self.value).groups())  # type: ignore[union-attr]
        return d, m, y


class _RowError(Exception):
    """A problem with one row; :func:`load_dataset` adds the file and the line."""


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _text(row: dict[str, Any], key: str, *, nullable: bool) -> str | None:
    v = row.get(key)
    if v is None and nullable:
        return None
    if not isinstance(v, str) or not v.strip():
        want = "a non-empty string" + (" or null" if nullable else "")
        raise _RowError(f"field {key!r} must be {want}, got {v!r}")
    return v


def _strings(row: dict[str, Any], key: str) -> list[str]:
    v = row.get(key)
    if v is None:
        return []
    if not isinstance(v, list) or not all(isinstance(s, str) and s.strip() for s in v):
        raise _RowError(f"field {key!r} must be a list of non-empty strings, got {v!r}")
    return list(v)


def _year(v: Any) -> int | None:
    if v is None:
        return None
    if isinstance(v, str) and re.fullmatch(r"\d{4}", v.strip()):
        v = int(v.strip())
    if isinstance(v, int) and not isinstance(v, bool) and 1900 <= v <= 2100:
        return v
    raise _RowError(f"field 'year' must be a year such as \"2021\" or 2021, or null, got {v!r}")


def _value(kind: str, v: Any) -> Value:
    if kind in NUMERIC_KINDS:
        if not _is_number(v):
            raise _RowError(f"a {kind} question needs a numeric 'value' (e.g. 4094 or 15.9), got {v!r}")
        return v
    if kind == "date":
        m = _DATE_RE.fullmatch(v) if isinstance(v, str) else None
        if m is None:
            raise _RowError(f"a date question needs 'value' written \"d/m/yyyy\", got {v!r}")
        d, mo, y = (int(g) for g in m.groups())
        try:
            _dt.date(y, mo, d)
        except ValueError:
            raise _RowError(f"'value' {v!r} is not a real date") from None
        return v
    if kind == "text":
        if not isinstance(v, list) or not v or not all(isinstance(p, str) and p.strip() for p in v):
            raise _RowError(f"a text question needs 'value' as a non-empty list of phrases, got {v!r}")
        return list(v)
    if v is not None:  # unanswerable
        raise _RowError(f"an unanswerable question must have 'value' null, got {v!r}")
    return None


def _history(v: Any) -> list[dict[str, str]]:
    if v is None:
        return []
    if not isinstance(v, list):
        raise _RowError(f"field 'history' must be a list of turns, got {type(v).__name__}")
    turns = []
    for i, turn in enumerate(v, start=1):
        if not isinstance(turn, dict) or set(turn) != {"role", "content"}:
            raise _RowError(f"history turn {i} must be an object with exactly 'role' and 'content'")
        if turn["role"] not in ROLES:
            raise _RowError(f"history turn {i} has role {turn['role']!r} (expected 'user' or 'assistant')")
        if not isinstance(turn["content"], str) or not turn["content"].strip():
            raise _RowError(f"history turn {i} has empty or non-string 'content'")
        turns.append({"role": turn["role"], "content": turn["content"]})
    return turns


def parse_item(row: Any) -> EvalItem:
    """Validate one decoded row and build its :class:`EvalItem` (raises ``ValueError`` subclasses)."""
    if not isinstance(row, dict):
        raise _RowError(f"a row must be a JSON object, got {type(row).__name__}")
    missing = [k for k in REQUIRED_FIELDS if k not in row]
    if missing:
        raise _RowError(f"missing field(s): {', '.join(missing)}")
    item_id = _text(row, "id", nullable=False)
    assert item_id is not None
    if item_id != item_id.strip() or any(c.isspace() for c in item_id):
        raise _RowError(f"'id' must not contain spaces, got {item_id!r}")
    question = _text(row, "question", nullable=False)
    kind = row["kind"]
    if kind not in KINDS:
        raise _RowError(f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
    value = _value(kind, row["value"])
    unit = _text(row, "unit", nullable=True)
    year = _year(row["year"])
    evidence = _text(row, "evidence", nullable=True)
    passages = _strings(row, "evidence_all")
    if kind == "unanswerable":
        if evidence is not None or passages:
            raise _RowError("an unanswerable question must have 'evidence' null and no 'evidence_all'")
    elif evidence is None:
        raise _RowError(f"a {kind} question needs 'evidence': a verbatim passage of the report")
    every = ([evidence] if evidence else []) + [p for p in passages if p != evidence]
    note = _text(row, "note", nullable=True) if "note" in row else None
    return EvalItem(
        id=item_id,
        question=question,  # type: ignore[arg-type]
        kind=kind,
        value=value,
        unit=unit,
        year=year,
        evidence=evidence,
        evidence_all=every,
        history=_history(row.get("history")),
        tags=_strings(row, "tags"),
        note=note,
        extra={k: v for k, v in row.items() if k not in _KNOWN_FIELDS},
    )


def load_dataset(path: Path | str) -> list[EvalItem]:
    """Read and validate a JSONL dataset; blank lines are skipped.

    Raises :class:`EvalError` ("FILE, line N: problem") on the first bad row, on a duplicate id,
    or when the file is missing, unreadable or empty.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise EvalError(f"{path}: dataset not found; pass an existing .jsonl file") from None
    except UnicodeDecodeError as exc:
        raise EvalError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8") from None
    except OSError as exc:
        raise EvalError(f"{path}: cannot read the dataset ({exc.strerror})") from None
    items: list[EvalItem] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}, line {lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})") from None
        try:
            item = parse_item(row)
        except _RowError as exc:
            rid = row.get("id") if isinstance(row, dict) else None
            label = f" (id {rid!r})" if isinstance(rid, str) else ""
            raise EvalError(f"{where}{label}: {exc}") from None
        if item.id in seen:
            raise EvalError(f"{where}: duplicate id {item.id!r} (first used on line {seen[item.id]})")
        seen[item.id] = lineno
        items.append(item)
    if not items:
        raise EvalError(f"{path}: the dataset has no questions")
    return items


def bundled_corpus(name: str) -> Path | None:
    """The reports a bundled set asks about besides the bundled ones (``dev3``, ``newdocs``, …), or None."""
    folder = DATA_DIR / name / "reports"
    return folder if _NAME_RE.fullmatch(name or "") and folder.is_dir() else None


def bundled_splits() -> list[str]:
    """The names of the datasets shipped in ``eval/data/``: ``NAME.jsonl`` files and ``NAME/questions.jsonl``
    folders (sets with their own reports), dev first, then in name order."""
    names = {p.stem for p in DATA_DIR.glob("*.jsonl")} | {p.parent.name for p in DATA_DIR.glob("*/questions.jsonl")}
    return sorted(names, key=lambda n: (n != "dev", n))


def bundled_dataset_path(name: str = "dev") -> Path:
    """The path of a dataset shipped in ``eval/data/`` (:func:`bundled_splits` names them).

    ``dev`` and ``dev2`` were tuned on (``dev2``'s failure categories were studied during development);
    ``heldout`` is blind: written after the answering code was frozen, never used for tuning.
    """
    if not _NAME_RE.fullmatch(name or ""):
        raise EvalError(
            f"bad dataset name {name!r}: use a bare name: 'dev' (tuned on), 'dev2' (tuned on) or 'heldout' (blind)"
        )
    path = DATA_DIR / f"{name}.jsonl"
    if (DATA_DIR / name / "questions.jsonl").is_file():  # a set with its own reports (see bundled_corpus)
        path = DATA_DIR / name / "questions.jsonl"
    if not path.is_file():
        known = ", ".join(bundled_splits()) or "none"
        raise EvalError(
            f"no bundled dataset named {name!r} (available: {known}; 'dev' and 'dev2' were tuned on, "
            "'heldout' is the blind set)"
        )
    return path
