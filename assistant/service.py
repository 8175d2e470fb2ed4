"""The one service behind the CLI, the chat UI, the evaluation and the benchmarks."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Iterator

from assistant.errors import AnswerError
from assistant.models import Answer, DocumentInfo, FileResult, IngestSummary, Passage, Turn
from ingest.pipeline import DocumentReader, Ingester, Progress


class AssistantService:
    def __init__(self, ingester: Ingester, retriever, answerer, reader: DocumentReader) -> None:  # noqa: ANN001
        self.ingester = ingester
        self.retriever = retriever
        self.answerer = answerer
        self.reader = reader
        self._write_lock = threading.Lock()

    # -- reports ----------------------------------------------------------------------------------
    def ingest(self, paths: list[Path], year: int | None = None, title: str | None = None,
               progress: Progress | None = None) -> IngestSummary:
        with self._write_lock:
            return self.ingester.ingest([Path(p) for p in paths], year=year, title=title, progress=progress)

    def delete(self, doc_id: str) -> FileResult:
        with self._write_lock:
            return self.ingester.delete(doc_id)

    def docs(self) -> list[DocumentInfo]:
        return self.ingester.documents()

    def extract(self, path: Path) -> str:
        return self.reader.read(Path(path)).text

    # -- questions --------------------------------------------------------------------------------
    def search(self, query: str, year: int | None = None, doc_id: str | None = None,
               top_k: int | None = None) -> list[Passage]:
        return self.retriever.search(query, years=[year] if year else None, doc_ids=[doc_id] if doc_id else None,
                                     top_k=top_k or 8)

    def ask(self, question: str, history: list[Turn] | None = None, year: int | None = None,
            doc_id: str | None = None, top_k: int | None = None) -> Answer:
        if not isinstance(question, str):
            raise AnswerError("the question must be text")
        return self.answerer.answer(question, history=history or [], year=year, doc_id=doc_id, top_k=top_k)

    def ask_stream(self, question: str, history: list[Turn] | None = None, year: int | None = None,
                   doc_id: str | None = None, top_k: int | None = None) -> Iterator[tuple[str, Answer | None]]:
        """Yields (text so far, None) while answering, then (final text, Answer)."""
        stream = getattr(self.answerer, "answer_stream", None)
        if stream is None:
            ans = self.ask(question, history, year, doc_id, top_k)
            yield ans.answer, ans
            return
        yield from stream(question, history=history or [], year=year, doc_id=doc_id, top_k=top_k)

    def close(self) -> None:  # the clients hold no resources that need closing today
        return None
