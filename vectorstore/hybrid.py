"""The hybrid index: Chroma (source of truth: vectors, chunk texts, committed-document registry) plus
the lexical index derived from it. Keeps the two consistent and hides uncommitted chunks.

Consistency rule: the lexical index carries the fingerprint of the committed documents it holds.
Whenever that differs from the store's (this process ingested, another process sharing the Chroma
server did, or a process died between committing and saving the lexical index), the lexical index
catches up *by document*: the chunks of documents whose committed version differs from the one it
holds are fetched from Chroma and swapped in; everything else is kept. A full rebuild happens only
when the result still disagrees with the registry's chunk counts. Never per query.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter

from assistant.errors import StoreError
from vectorstore.chroma_store import ChromaStore
from vectorstore.lexical import LexicalIndex, LexRecord

log = logging.getLogger(__name__)


class HybridIndex:
    def __init__(self, store: ChromaStore, lexical: LexicalIndex, check_interval_s: float = 2.0) -> None:
        self.store = store
        self.lexical = lexical
        self.check_interval_s = check_interval_s
        self._docs: dict[str, dict] | None = None
        self._checked_at = 0.0
        self._lock = threading.RLock()
        self._loaded = False

    def committed(self, refresh: bool = False) -> dict[str, dict]:
        """Committed documents (``doc_id`` → registry record), re-read at most every few seconds."""
        with self._lock:
            now = time.monotonic()
            if refresh or self._docs is None or now - self._checked_at > self.check_interval_s:
                self._docs = self.store.documents()
                self._checked_at = now
            return self._docs

    def _ensure_loaded(self) -> None:
        if not self._loaded:
            self.lexical.load()
            self._loaded = True

    def sync(self, force: bool = False) -> None:
        """Make the lexical index match the committed content of Chroma (only the documents that differ)."""
        with self._lock:
            self._ensure_loaded()
            docs = self.committed(refresh=force)
            fp = self.store.fingerprint(docs)
            if self.lexical.fingerprint == fp:
                return
            log.info("lexical index out of date (%s != %s): catching up from the store", self.lexical.fingerprint, fp)
            self._catch_up(docs, fp, {})

    def after_change(self, changed_doc_ids: set[str], new_records: list[LexRecord], persist: bool = True) -> None:
        """Called by the ingester after commits: update the lexical index and persist it.

        ``new_records`` are the chunks just committed for ``changed_doc_ids`` (none for a deletion);
        they are used as they are instead of being read back from the store."""
        with self._lock:
            self._ensure_loaded()
            docs = self.committed(refresh=True)
            known: dict[str, list[LexRecord]] = {d: [] for d in changed_doc_ids}
            for r in new_records:
                known.setdefault(r.meta.get("doc_id"), []).append(r)
            self._catch_up(docs, self.store.fingerprint(docs), known, persist)

    def persist(self) -> None:
        """Write the lexical index (after a batch of changes applied with ``persist=False``)."""
        with self._lock:
            try:
                self.lexical.save()
            except OSError as exc:
                raise StoreError(f"cannot write the lexical index at {self.lexical.folder} ({exc.strerror or exc})") from exc

    def _catch_up(self, docs: dict[str, dict], fp: str, known: dict[str, list[LexRecord]], persist: bool = True) -> None:
        held = self.lexical.doc_versions()
        changed = {d for d in set(docs) | set(held) if docs.get(d, {}).get("version") != held.get(d)}
        records: list[LexRecord] = []
        fetch: list[str] = []
        for d in sorted(changed):
            if d not in docs:
                continue  # deleted: its chunks just go
            mine = known.get(d)
            if mine and all(r.meta.get("version") == docs[d]["version"] for r in mine):
                records.extend(mine)
            else:
                fetch.append(d)
        if fetch:
            rows = self.store.get_chunks(where={"doc_id": {"$in": fetch}} if len(fetch) > 1 else {"doc_id": fetch[0]})
            records.extend(self._visible(rows, docs))
        records.sort(key=lambda r: (r.meta.get("doc_id"), int(r.meta.get("n", 0))))
        if changed:
            self.lexical.replace_documents(changed, records, fp)
        else:
            self.lexical.fingerprint = fp
        counts = Counter(r.meta.get("doc_id") for r in self.lexical.records)
        expected = {d: int(rec.get("chunks", 0)) for d, rec in docs.items()}
        if counts != Counter({d: n for d, n in expected.items() if n}):
            log.warning("lexical index disagrees with the store's chunk counts: rebuilding it")
            self.lexical.rebuild(self.committed_records(docs), fp)
        if persist:
            self.persist()

    @staticmethod
    def _visible(rows: list[dict], docs: dict[str, dict]) -> list[LexRecord]:
        return [
            LexRecord(r["id"], r["text"], r["metadata"])
            for r in rows
            if docs.get(r["metadata"].get("doc_id"), {}).get("version") == r["metadata"].get("version")
        ]

    def committed_records(self, docs: dict[str, dict]) -> list[LexRecord]:
        rows = self.store.get_chunks() if docs else []
        out = self._visible(rows, docs)
        out.sort(key=lambda r: (r.meta.get("doc_id"), int(r.meta.get("n", 0))))
        return out

    def is_visible(self, meta: dict) -> bool:
        docs = self.committed()
        return docs.get(meta.get("doc_id"), {}).get("version") == meta.get("version")
