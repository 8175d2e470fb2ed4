"""The hybrid index: Chroma (source of truth: vectors, chunk texts, committed-document registry) plus
the lexical index derived from it. Keeps the two consistent and hides uncommitted chunks."""

from __future__ import annotations

import logging
import threading
import time

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

    def sync(self, force: bool = False) -> None:
        """Make the lexical index match the committed content of Chroma (rebuild only on mismatch)."""
        with self._lock:
            if not self._loaded:
                self.lexical.load()
                self._loaded = True
            docs = self.committed(refresh=force)
            fp = self.store.fingerprint(docs)
            if self.lexical.fingerprint == fp:
                return
            log.info("lexical index out of date (%s != %s): rebuilding from the store", self.lexical.fingerprint, fp)
            self.lexical.rebuild(self.committed_records(docs), fp)
            self.lexical.save()

    def committed_records(self, docs: dict[str, dict]) -> list[LexRecord]:
        rows = self.store.get_chunks() if docs else []
        out = [
            LexRecord(r["id"], r["text"], r["metadata"])
            for r in rows
            if docs.get(r["metadata"].get("doc_id"), {}).get("version") == r["metadata"].get("version")
        ]
        out.sort(key=lambda r: (r.meta.get("doc_id"), int(r.meta.get("n", 0))))
        return out

    def is_visible(self, meta: dict) -> bool:
        docs = self.committed()
        return docs.get(meta.get("doc_id"), {}).get("version") == meta.get("version")

    def after_change(self, changed_doc_ids: set[str], new_records: list[LexRecord]) -> None:
        """Called by the ingester after commits: update the lexical index incrementally and persist it."""
        with self._lock:
            if not self._loaded:
                self.lexical.load()
                self._loaded = True
            before = self.lexical.fingerprint
            docs = self.committed(refresh=True)
            expected_before = self.store.fingerprint({d: v for d, v in docs.items() if d not in changed_doc_ids})
            fp = self.store.fingerprint(docs)
            if before is not None and (before == expected_before or self._only_changed(before, changed_doc_ids)):
                self.lexical.replace_documents(changed_doc_ids, new_records, fp)
                self.lexical.save()
            else:
                self.sync(force=True)

    def _only_changed(self, before: str, changed: set[str]) -> bool:
        # The lexical index may hold older versions of exactly the changed documents: that is
        # consistent with an incremental replace as long as no *other* document differs.
        lexical_docs = {r.meta.get("doc_id"): r.meta.get("version") for r in self.lexical.records}
        docs = self.committed()
        others_committed = {d: v["version"] for d, v in docs.items() if d not in changed}
        others_lexical = {d: v for d, v in lexical_docs.items() if d not in changed}
        return others_committed == others_lexical
