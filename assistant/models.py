"""Typed records that travel between the stages, the service, the CLI, the UI and the evaluation."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class Value:
    """The single quantity an answer states (INTERFACE.md ``value``)."""

    number: float | None
    unit: str | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        number: float | int | None = self.number
        if isinstance(number, float) and number.is_integer():
            number = int(number)
        return {"number": number, "unit": self.unit, "text": self.text}


@dataclass
class Citation:
    """One cited source of an answer. ``quote`` is exact normalised text at ``start:end`` of the report."""

    n: int
    doc_id: str
    title: str
    year: int | None
    source: str
    page: int | None
    section: str | None
    quote: str
    start: int
    end: int
    # extensions: the surrounding passage (chunk) so a UI can highlight the quote inside it
    passage: str = ""
    passage_start: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    question: str
    answer: str
    abstained: bool
    value: Value | None = None
    citations: list[Citation] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    # extensions
    kind: str | None = None  # what the question asked for (number, percent, date, list, ...)
    working: str | None = None  # arithmetic shown, e.g. "654 + 227 = 881"
    method: str = "extractive"  # extractive | llm
    year: int | None = None  # the report year the question was resolved to

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "value": self.value.to_dict() if self.value else None,
            "citations": [c.to_dict() for c in self.citations],
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
            "kind": self.kind,
            "working": self.working,
            "method": self.method,
            "year": self.year,
        }


@dataclass
class Passage:
    """A retrieved chunk with its provenance (``tcdlcl search`` rows)."""

    chunk_id: str
    doc_id: str
    title: str
    year: int | None
    source: str
    section: str | None
    page: int | None
    start: int
    end: int
    score: float
    text: str
    is_caption: bool = False
    # the report's own text when ``text`` is a reading of it with restored diacritics (a report typed without
    # them): quotes are cut from this one, at the same offsets
    original: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if d["original"] is None:
            del d["original"]
        return d


@dataclass
class Turn:
    role: Literal["user", "assistant"]
    content: str


@dataclass
class DocumentInfo:
    doc_id: str
    title: str
    year: int | None
    date: str | None
    author: str | None
    source: str
    chunks: int
    content_hash: str = ""
    encoding: str | None = None  # legacy encoding repaired at ingest (tcvn3, vni, ...), else None
    ocr_pages: int = 0
    ingested_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


FileStatus = Literal["indexed", "unchanged", "replaced", "failed", "deleted"]


@dataclass
class FileResult:
    path: str
    status: FileStatus
    doc_id: str | None = None
    reason: str | None = None
    chunks_added: int = 0
    chunks_removed: int = 0
    title: str | None = None
    year: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class IngestSummary:
    results: list[FileResult] = field(default_factory=list)

    def count(self, status: FileStatus) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def chunks_added(self) -> int:
        return sum(r.chunks_added for r in self.results)

    @property
    def chunks_removed(self) -> int:
        return sum(r.chunks_removed for r in self.results)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_dict(self) -> dict[str, Any]:
        return {
            "indexed": self.count("indexed"),
            "unchanged": self.count("unchanged"),
            "replaced": self.count("replaced"),
            "failed": self.count("failed"),
            "chunks_added": self.chunks_added,
            "chunks_removed": self.chunks_removed,
            "files": [r.to_dict() for r in self.results],
        }

    def render(self) -> str:
        """The human summary printed by ``tcdlcl ingest`` and shown by the UI."""
        lines = [
            f"files: {self.count('indexed')} indexed, {self.count('unchanged')} unchanged, "
            f"{self.count('replaced')} replaced, {self.count('failed')} failed",
            f"chunks: {self.chunks_added} added, {self.chunks_removed} removed",
        ]
        for r in self.failed:
            lines.append(f"FAILED {r.path}: {r.reason}")
        return "\n".join(lines)
