"""The naive pipeline a newcomer builds from the LangChain tutorials: the comparison point.

``RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)`` over the raw report files,
an in-memory Chroma collection of MiniLM embeddings, the top 4 chunks for a question; the answer is
the sentence of those chunks most similar to the question (cosine of MiniLM embeddings) and its
value is the sentence's first number, read the Vietnamese way. It never abstains and cites the
chunk with the sentence as quote.

Keep it honest: it measures how far the real answerer is from the obvious approach, so it must not
be improved.
"""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from assistant.models import Answer, Citation, Passage, Turn, Value
from assistant.numbers import quantities

if TYPE_CHECKING:
    from collections.abc import Sequence

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
TOP_K = 4
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+|\n+")


class Embedder(Protocol):
    def embed(self, texts: list[str]) -> list[list[float]]: ...


def bundled_reports() -> list[Path]:
    """The two reports shipped in ``data/reports``."""
    from assistant.settings import BUNDLED_REPORTS

    return sorted(BUNDLED_REPORTS.glob("*.txt"))


def default_embedder() -> Embedder:
    """The bundled all-MiniLM-L6-v2, loaded by path, offline."""
    from vectorstore.embedder import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder()


@dataclass(frozen=True)
class _Chunk:
    chunk_id: str
    doc_id: str
    source: str
    start: int
    text: str


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    na = sum(x * x for x in a) ** 0.5
    nb = sum(y * y for y in b) ** 0.5
    return dot / (na * nb) if na and nb else 0.0


class NaiveRAG:
    """Tutorial RAG over plain-text reports. ``ask`` answers; ``search`` shows the retrieved chunks."""

    def __init__(self, paths: Sequence[Path | str] | None = None, embedder: Embedder | None = None, top_k: int = TOP_K) -> None:
        self.paths = [Path(p) for p in (paths if paths is not None else bundled_reports())]
        missing = [str(p) for p in self.paths if not p.is_file()]
        if not self.paths or missing:
            raise FileNotFoundError(f"baseline needs report files; missing: {missing or 'none given'}")
        if top_k < 1:
            raise ValueError("top_k must be at least 1")
        self.top_k = top_k
        self._embedder = embedder
        self._collection: Any = None
        self._chunks: dict[str, _Chunk] = {}

    # ------------------------------------------------------------- building (on first use)

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = default_embedder()
        return self._embedder

    def _split(self) -> list[_Chunk]:
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP, add_start_index=True)
        chunks: list[_Chunk] = []
        for path in self.paths:
            text = path.read_text(encoding="utf-8")
            for i, doc in enumerate(splitter.create_documents([text])):
                chunks.append(_Chunk(f"{path.stem}:{i}", path.stem, str(path), doc.metadata["start_index"], doc.page_content))
        return chunks

    def _index(self) -> Any:
        if self._collection is not None:
            return self._collection
        import chromadb

        chunks = self._split()
        client = chromadb.EphemeralClient(settings=chromadb.Settings(anonymized_telemetry=False))
        # embedding_function=None: vectors are always passed in, Chroma never loads its own model
        collection = client.create_collection(f"baseline-{uuid.uuid4().hex}", embedding_function=None)
        collection.add(
            ids=[c.chunk_id for c in chunks],
            embeddings=self.embedder.embed([c.text for c in chunks]),
            documents=[c.text for c in chunks],
            metadatas=[{"source": c.source} for c in chunks],
        )
        self._chunks = {c.chunk_id: c for c in chunks}
        self._collection = collection
        return collection

    @property
    def chunk_count(self) -> int:
        self._index()
        return len(self._chunks)

    # ------------------------------------------------------------- the two public operations

    def search(self, query: str, top_k: int | None = None, **_: Any) -> list[Passage]:
        """The ``top_k`` chunks nearest to the query (Chroma's default L2 distance)."""
        collection = self._index()
        k = min(top_k or self.top_k, len(self._chunks))
        found = collection.query(query_embeddings=self.embedder.embed([query]), n_results=k)
        passages = []
        for cid, dist in zip(found["ids"][0], found["distances"][0], strict=True):
            c = self._chunks[cid]
            passages.append(
                Passage(cid, c.doc_id, Path(c.source).name, None, c.source, None, None, c.start, c.start + len(c.text), 1.0 / (1.0 + dist), c.text)
            )
        return passages

    def ask(self, question: str, history: list[Turn] | None = None, **_: Any) -> Answer:
        """The retrieved sentence most similar to the question; its first number is the value."""
        t0 = time.perf_counter()
        passages = self.search(question, top_k=self.top_k)
        t1 = time.perf_counter()
        candidates: list[tuple[str, Passage]] = []
        seen: set[str] = set()
        for p in passages:
            for sentence in _SENTENCE_RE.split(p.text):
                sentence = sentence.strip()
                if sentence and sentence not in seen:
                    seen.add(sentence)
                    candidates.append((sentence, p))
        vectors = self.embedder.embed([question] + [s for s, _ in candidates])
        q_vec, s_vecs = vectors[0], vectors[1:]
        best = max(range(len(candidates)), key=lambda i: _cosine(q_vec, s_vecs[i]))
        sentence, passage = candidates[best]
        numbers = quantities(sentence)
        value = Value(numbers[0].value, None, numbers[0].text) if numbers else None
        start = passage.start + max(0, passage.text.find(sentence))
        citation = Citation(
            1, passage.doc_id, passage.title, None, passage.source, None, None, sentence, start,
            start + len(sentence), passage=passage.text, passage_start=passage.start,
        )
        t2 = time.perf_counter()
        timings = {"retrieve": (t1 - t0) * 1e3, "answer": (t2 - t1) * 1e3, "total": (t2 - t0) * 1e3}
        return Answer(question, f"{sentence} [1]", False, value, [citation], timings, method="baseline")
