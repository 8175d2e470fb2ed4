"""Chroma behind a small interface: chunks with their vectors, plus a registry of committed documents.

Embedded ``PersistentClient`` at ``TCDLCL_STORE`` by default, or a Chroma server (``HttpClient``) when
``TCDLCL_CHROMA_URL`` is set; both behave the same. Chroma's own embedding function is never used:
vectors always come from our embedder, and the model that made them is recorded in the collection's
metadata so that reopening with another model is a clear error.

Atomic documents: chunks of a new document version are written first under a ``pending`` marker;
the document becomes visible only when its registry record is committed (readers keep only chunks
whose ``(doc_id, version)`` is committed); old versions and any half-written version left by a killed
process are deleted afterwards (``repair``). A marker names the process that wrote it (host, pid,
process start time): ``repair`` leaves alone the markers of a process that is still running (another
ingest sharing the same Chroma server) and cleans up after dead ones.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from assistant.errors import ConfigError, StoreError

_REGISTRY_SUFFIX = "__docs"
_PENDING = "pending::"
_FOREIGN_MARKER_TTL_S = 6 * 3600  # a marker of a process on another host is stale after this
_HOST = socket.gethostname()


class ChromaStore:
    def __init__(self, path: Path | None, url: str | None, collection: str, model_id: str) -> None:
        if not url and path is None:
            raise ConfigError("either a store folder (TCDLCL_STORE) or a Chroma server URL (TCDLCL_CHROMA_URL) is needed")
        self.path = Path(path) if path else None
        self.url = url
        self.collection_name = collection
        self.model_id = model_id
        self._client = None
        self._chunks = None
        self._registry = None

    # -- connection ---------------------------------------------------------------------------
    @property
    def location(self) -> str:
        return self.url or str(self.path)

    def _connect(self) -> None:
        if self._client is not None:
            return
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        try:
            if self.url:
                parsed = urlparse(self.url if "://" in self.url else f"http://{self.url}")
                self._client = chromadb.HttpClient(
                    host=parsed.hostname or "127.0.0.1",
                    port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                    ssl=parsed.scheme == "https",
                    settings=chroma_settings,
                )
                self._client.heartbeat()
            else:
                assert self.path is not None
                self.path.mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(path=str(self.path / "chroma"), settings=chroma_settings)
        except Exception as exc:  # noqa: BLE001
            self._client = None
            if self.url:
                raise StoreError(
                    f"cannot reach the Chroma server at {self.url} ({exc}): start it with "
                    "`chroma run --path DIR --host 127.0.0.1 --port PORT`, or unset TCDLCL_CHROMA_URL to use the embedded store"
                ) from exc
            raise StoreError(f"cannot open the store at {self.path} ({exc})") from exc

    def _collections(self) -> tuple[Any, Any]:
        if self._chunks is None:
            self._connect()
            try:
                chunks = self._client.get_or_create_collection(
                    self.collection_name,
                    embedding_function=None,
                    metadata={"embedding_model": self.model_id},
                    configuration={"hnsw": {"space": "cosine"}},
                )
                registry = self._client.get_or_create_collection(
                    self.collection_name + _REGISTRY_SUFFIX, embedding_function=None
                )
            except Exception as exc:  # noqa: BLE001
                raise StoreError(f"cannot open the collection '{self.collection_name}' at {self.location}: {exc}") from exc
            recorded = (chunks.metadata or {}).get("embedding_model")
            if recorded and recorded != self.model_id:
                raise ConfigError(
                    f"the store at {self.location} was built with the embedding model '{recorded}', "
                    f"but '{self.model_id}' is configured. Mixing vector spaces would give wrong results: "
                    "set TCDLCL_EMBEDDING_MODEL (and TCDLCL_EMBED_MAX_TOKENS, the '@N' part) back, or point TCDLCL_STORE "
                    "to a new folder and ingest again (or delete the store folder and ingest again)."
                )
            self._chunks, self._registry = chunks, registry
        return self._chunks, self._registry

    # -- chunks -------------------------------------------------------------------------------
    def add_chunks(self, ids: list[str], embeddings: list[list[float]], texts: list[str], metadatas: list[dict]) -> None:
        chunks, _ = self._collections()
        batch = max(1, min(1000, self._client.get_max_batch_size()))
        try:
            for i in range(0, len(ids), batch):
                chunks.upsert(
                    ids=ids[i : i + batch],
                    embeddings=embeddings[i : i + batch],
                    documents=texts[i : i + batch],
                    metadatas=[_clean(m) for m in metadatas[i : i + batch]],
                )
        except Exception as exc:  # noqa: BLE001
            raise StoreError(f"writing chunks to the store failed: {exc}") from exc

    def get_chunks(self, where: dict | None = None, include_embeddings: bool = False) -> list[dict]:
        chunks, _ = self._collections()
        include = ["documents", "metadatas"] + (["embeddings"] if include_embeddings else [])
        out: list[dict] = []
        offset, page = 0, 5000
        while True:
            res = chunks.get(where=where, include=include, limit=page, offset=offset)
            for i, cid in enumerate(res["ids"]):
                row = {"id": cid, "text": res["documents"][i], "metadata": res["metadatas"][i]}
                if include_embeddings:
                    row["embedding"] = list(res["embeddings"][i])
                out.append(row)
            if len(res["ids"]) < page:
                return out
            offset += page

    def delete_chunks(self, where: dict) -> None:
        chunks, _ = self._collections()
        try:
            chunks.delete(where=where)
        except Exception as exc:  # noqa: BLE001
            raise StoreError(f"deleting chunks failed: {exc}") from exc

    def _query(self, embedding: list[float], n: int, where: dict | None, include: list[str]) -> dict | None:
        """Chroma's answer to a vector query; None when the collection is empty."""
        chunks, _ = self._collections()
        try:
            return chunks.query(query_embeddings=[embedding], n_results=n, where=where, include=include)
        except Exception as exc:  # noqa: BLE001
            if "empty" in str(exc).lower() or chunks.count() == 0:
                return None
            raise

    def query(self, embedding: list[float], n: int, where: dict | None = None) -> list[dict]:
        res = self._query(embedding, n, where, ["documents", "metadatas", "distances"])
        if res is None:
            return []
        return [
            {"id": cid, "text": res["documents"][0][i], "metadata": res["metadatas"][0][i],
             "score": 1.0 - float(res["distances"][0][i])}
            for i, cid in enumerate(res["ids"][0])
        ]

    def nearest(self, embedding: list[float], n: int, where: dict | None = None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) of the ``n`` nearest chunks, without their texts: reading the
        texts and metadata back is most of a query's time (about 8 of 11 ms on the bundled corpus), and
        the retriever holds them in memory already."""
        res = self._query(embedding, n, where, ["distances"])
        if res is None:
            return []
        return [(cid, 1.0 - float(d)) for cid, d in zip(res["ids"][0], res["distances"][0])]

    def count(self) -> int:
        chunks, _ = self._collections()
        return chunks.count()

    # -- registry of committed documents ------------------------------------------------------
    def documents(self) -> dict[str, dict]:
        _, registry = self._collections()
        res = registry.get(include=["documents"])
        docs = {}
        for rid, body in zip(res["ids"], res["documents"]):
            if not rid.startswith(_PENDING):
                docs[rid] = json.loads(body)
        return docs

    def pending(self) -> list[tuple[str, str]]:
        return [(m["doc_id"], m["version"]) for m in self.pending_markers()]

    def pending_markers(self) -> list[dict]:
        """Every pending marker's metadata: doc_id, version, and the writer (host, pid, started, at)."""
        _, registry = self._collections()
        res = registry.get(where={"pending": True}, include=["metadatas"])
        return [dict(m) for m in res["metadatas"]]

    def mark_pending(self, doc_id: str, version: str) -> None:
        _, registry = self._collections()
        owner = {"host": _HOST, "pid": os.getpid(), "started": _process_started(os.getpid()) or 0.0, "at": time.time()}
        registry.upsert(ids=[f"{_PENDING}{doc_id}::{version}"], embeddings=[[1.0]], documents=["{}"],
                        metadatas=[{"pending": True, "doc_id": doc_id, "version": version, **owner}])

    def clear_pending(self, doc_id: str, version: str) -> None:
        _, registry = self._collections()
        registry.delete(ids=[f"{_PENDING}{doc_id}::{version}"])

    def commit_document(self, doc_id: str, record: dict) -> None:
        _, registry = self._collections()
        registry.upsert(ids=[doc_id], embeddings=[[1.0]], documents=[json.dumps(record, ensure_ascii=False)],
                        metadatas=[{"pending": False, "doc_id": doc_id, "version": record["version"]}])

    def remove_document(self, doc_id: str) -> None:
        _, registry = self._collections()
        registry.delete(ids=[doc_id])

    def fingerprint(self, documents: dict[str, dict] | None = None) -> str:
        """Identifies the committed content: changes whenever a document is added, replaced or removed."""
        docs = self.documents() if documents is None else documents
        key = "|".join(f"{d}:{docs[d]['version']}" for d in sorted(docs))
        return hashlib.sha1(f"{self.model_id}|{key}".encode()).hexdigest()[:16]

    def repair(self) -> int:
        """Clean up after writers that died (a killed ingest or delete): delete the chunks of every
        version of their documents that is neither committed nor being written by a live process,
        then drop their markers. Returns how many markers were repaired."""
        docs = self.documents()
        markers = self.pending_markers()
        live = [m for m in markers if _writer_alive(m)]
        stale = [m for m in markers if not _writer_alive(m)]
        for doc_id in sorted({m["doc_id"] for m in stale}):
            keep = [docs[doc_id]["version"]] if doc_id in docs else []
            keep += [m["version"] for m in live if m["doc_id"] == doc_id]
            where = {"$and": [{"doc_id": doc_id}, {"version": {"$nin": keep}}]} if keep else {"doc_id": doc_id}
            self.delete_chunks(where)
        for m in stale:
            self.clear_pending(m["doc_id"], m["version"])
        return len(stale)


def _process_started(pid: int) -> float | None:
    try:
        import psutil

        return float(psutil.Process(pid).create_time())
    except Exception:  # noqa: BLE001 - no such process, or no permission
        return None


def _writer_alive(marker: dict) -> bool:
    """Whether the process that wrote a pending marker may still be writing."""
    pid, host = marker.get("pid"), marker.get("host")
    if pid is None or host is None:  # a marker written before writers were recorded
        return False
    if host != _HOST:
        return time.time() - float(marker.get("at", 0.0)) < _FOREIGN_MARKER_TTL_S
    if int(pid) == os.getpid():  # ours, and this process repairs only when it is not writing
        return False
    started = _process_started(int(pid))
    return started is not None and abs(started - float(marker.get("started", 0.0))) < 1.0


def _clean(meta: dict) -> dict:
    """Chroma metadata values must be str/int/float/bool: drop None."""
    return {k: v for k, v in meta.items() if v is not None}
