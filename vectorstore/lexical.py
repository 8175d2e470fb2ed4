"""BM25 over Vietnamese syllables and syllable bigrams, with an accent-folded twin for queries typed
without diacritics. Persisted beside Chroma, derived from it: it carries the fingerprint of the
committed documents it was built from, and is rebuilt from the collection whenever that no longer
matches (another process ingested, or a process died between commit and save). Never rebuilt per query.
"""

from __future__ import annotations

import json
import logging
import threading
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

from ingest.splitter import PATH_SEP
from vectorstore.tokenize import tokens

log = logging.getLogger(__name__)

K1, B = 1.4, 0.75
FORMAT = 3


@dataclass
class LexRecord:
    id: str
    text: str  # the exact chunk text
    meta: dict  # doc_id, version, title, year, source, section, page, start, end, is_caption, ...

    def index_text(self) -> str:
        section = self.meta.get("section") or ""
        title = self.meta.get("title") or ""
        return f"{title}\n{section}\n{self.text}" if section else f"{title}\n{self.text}"

    def embed_text(self) -> str:
        """What the embedding model reads: the chunk's own heading, then its text. The model reads only the first
        word pieces (``TCDLCL_EMBED_MAX_TOKENS``), so the report's title and the heading path above the chunk's own
        heading are left out: written first, a long title was all it read, and every chunk of a report got the
        same vector (dense search then told its chunks apart by chance)."""
        leaf = (self.meta.get("section") or "").split(PATH_SEP)[-1].strip()[:80]
        return f"{leaf}\n{self.text}" if leaf and not self.text.startswith(leaf) else self.text


class _Bm25:
    """One BM25 matrix (documents × vocabulary) with incremental rows."""

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self.tf = sparse.csr_matrix((0, 0), dtype=np.float32)
        self._weights: sparse.csc_matrix | None = None
        self._df = np.zeros(0, dtype=np.float32)
        self._n = 0
        self._dirty = False

    # BM25 weights are recomputed lazily, once per batch of changes, not once per changed document
    def _fresh(self) -> None:
        if self._dirty:
            self._reweight()

    @property
    def weights(self) -> sparse.csc_matrix | None:
        self._fresh()
        return self._weights

    @property
    def df(self) -> np.ndarray:
        self._fresh()
        return self._df

    @property
    def n(self) -> int:
        self._fresh()
        return self._n

    def rows_for(self, docs: list[list[str]]) -> sparse.csr_matrix:
        indptr, indices, data = [0], [], []
        for toks in docs:
            counts: dict[int, int] = {}
            for t in toks:
                j = self.vocab.setdefault(t, len(self.vocab))
                counts[j] = counts.get(j, 0) + 1
            indices.extend(counts)
            data.extend(counts.values())
            indptr.append(len(indices))
        return sparse.csr_matrix((np.array(data, dtype=np.float32), np.array(indices, dtype=np.int64), np.array(indptr)),
                                 shape=(len(docs), max(1, len(self.vocab))))

    def set_rows(self, keep: np.ndarray, new_rows: sparse.csr_matrix | None) -> None:
        width = max(1, len(self.vocab))
        kept = self.tf[keep] if self.tf.shape[0] else self.tf
        kept = sparse.csr_matrix(kept, shape=(kept.shape[0], width)) if kept.shape[1] != width else kept
        if kept.shape[1] != width:
            kept.resize((kept.shape[0], width))
        parts = [kept]
        if new_rows is not None and new_rows.shape[0]:
            new_rows = new_rows.copy()
            new_rows.resize((new_rows.shape[0], width))
            parts.append(new_rows)
        self.tf = sparse.vstack(parts, format="csr") if len(parts) > 1 else sparse.csr_matrix(kept)
        self.tf.resize((self.tf.shape[0], width))
        self._dirty = True

    def _reweight(self) -> None:
        self._dirty = False
        tf = self.tf.tocsr().astype(np.float32)
        n = tf.shape[0]
        if n == 0:
            self._weights, self._df, self._n = None, np.zeros(0, dtype=np.float32), 0
            return
        dl = np.asarray(tf.sum(axis=1)).ravel()
        avgdl = float(dl.mean()) or 1.0
        df = np.bincount(tf.indices, minlength=tf.shape[1]).astype(np.float32)
        idf = np.log1p((n - df + 0.5) / (df + 0.5)).astype(np.float32)
        self._df, self._n = df, n
        rows = np.repeat(np.arange(n), np.diff(tf.indptr))
        denom = tf.data + K1 * (1 - B + B * dl[rows] / avgdl)
        data = idf[tf.indices] * tf.data * (K1 + 1) / denom
        self._weights = sparse.csr_matrix((data.astype(np.float32), tf.indices, tf.indptr), shape=tf.shape).tocsc()

    def idf(self, token: str) -> float:
        j = self.vocab.get(token)
        df = float(self.df[j]) if j is not None and j < len(self.df) else 0.0
        return float(np.log1p((self.n - df + 0.5) / (df + 0.5))) if self.n else 1.0

    def scores(self, query_tokens: list[str]) -> np.ndarray | None:
        if self.weights is None:
            return None
        ids = [self.vocab[t] for t in query_tokens if t in self.vocab]
        if not ids:
            return None
        uniq, counts = np.unique(np.array(ids), return_counts=True)
        return np.asarray(self.weights[:, uniq] @ counts.astype(np.float32)).ravel()


class LexicalIndex:
    """The persisted lexical side of the hybrid index."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = Path(folder) if folder else None
        # one writer (a catch-up after another process ingested) and many readers (chat users): a search
        # never sees the arrays of one state and the records of another
        self._lock = threading.RLock()
        self._reset()

    def _reset(self) -> None:
        self.records: list[LexRecord] = []
        self.fingerprint: str | None = None
        self._plain = _Bm25()
        self._folded = _Bm25()
        self._years = np.zeros(0, dtype=np.int32)
        self._docs = np.zeros(0, dtype=object)
        self._captions = np.zeros(0, dtype=bool)
        self._by_id: dict[str, LexRecord] = {}

    # -- persistence ----------------------------------------------------------------------------
    def _files(self) -> tuple[Path, Path]:
        assert self.folder is not None
        return self.folder / "lexical.json", self.folder / "lexical.npz"

    def load(self) -> bool:
        """Load from disk. Returns False when nothing usable is there (the caller rebuilds)."""
        with self._lock:
            if self.folder is None:
                return False
            meta_path, mat_path = self._files()
            try:
                if not meta_path.exists() or not mat_path.exists():
                    return False
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
                if meta.get("format") != FORMAT:
                    return False
                mats = np.load(mat_path, allow_pickle=False)
                if str(mats["generation"]) != meta.get("generation"):  # the two files are from different saves
                    raise ValueError("lexical.json and lexical.npz do not belong together")
                self.records = [LexRecord(r["id"], r["text"], r["meta"]) for r in meta["records"]]
                for name, bm in (("plain", self._plain), ("folded", self._folded)):
                    bm.vocab = meta[f"vocab_{name}"]
                    bm.tf = sparse.csr_matrix(
                        (mats[f"{name}_data"], mats[f"{name}_indices"], mats[f"{name}_indptr"]),
                        shape=tuple(mats[f"{name}_shape"]),
                    )
                    if bm.tf.shape[0] != len(self.records) or bm.tf.shape[1] < len(bm.vocab):
                        raise ValueError("matrix and records disagree")
                    bm._dirty = True
                self.fingerprint = meta["fingerprint"]
            except (OSError, ValueError, KeyError, TypeError, EOFError) as exc:  # damaged derived data: rebuild
                log.info("lexical index at %s unusable (%s): it will be rebuilt from the store", self.folder, exc)
                self._reset()
                return False
            self._refresh_columns()
            return True

    def save(self) -> None:
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        meta_path, mat_path = self._files()
        generation = uuid.uuid4().hex
        arrays = {"generation": np.array(generation)}
        for name, bm in (("plain", self._plain), ("folded", self._folded)):
            tf = bm.tf.tocsr()
            arrays.update({f"{name}_data": tf.data, f"{name}_indices": tf.indices, f"{name}_indptr": tf.indptr,
                           f"{name}_shape": np.array(tf.shape)})
        meta = {
            "format": FORMAT,
            "generation": generation,
            "fingerprint": self.fingerprint,
            "records": [{"id": r.id, "text": r.text, "meta": r.meta} for r in self.records],
            "vocab_plain": self._plain.vocab,
            "vocab_folded": self._folded.vocab,
        }
        # matrices first, metadata (which carries the fingerprint) last; both carry the same generation,
        # so a crash in between is detected on load (and the index rebuilt from the store)
        _atomic_write(mat_path, lambda fh: np.savez(fh, **arrays), binary=True)
        _atomic_write(meta_path, lambda fh: fh.write(json.dumps(meta, ensure_ascii=False)), binary=False)

    # -- updates ----------------------------------------------------------------------------------
    def rebuild(self, records: list[LexRecord], fingerprint: str) -> None:
        with self._lock:
            self.records = []
            self._plain, self._folded = _Bm25(), _Bm25()
            self._apply(np.zeros(0, dtype=bool), records)
            self.fingerprint = fingerprint

    def replace_documents(self, doc_ids: set[str], records: list[LexRecord], fingerprint: str) -> None:
        """Remove every chunk of ``doc_ids`` and add ``records`` (the new chunks, possibly none)."""
        with self._lock:
            keep = np.array([r.meta.get("doc_id") not in doc_ids for r in self.records], dtype=bool)
            self._apply(keep, records)
            self.fingerprint = fingerprint

    def _apply(self, keep: np.ndarray, new: list[LexRecord]) -> None:
        self.records = [r for r, k in zip(self.records, keep) if k] + list(new)
        texts = [r.index_text() for r in new]
        self._plain.set_rows(keep, self._plain.rows_for([tokens(t) for t in texts]) if new else None)
        self._folded.set_rows(keep, self._folded.rows_for([tokens(t, fold=True) for t in texts]) if new else None)
        self._refresh_columns()

    def doc_versions(self) -> dict[str, str]:
        """``doc_id`` → version of the chunks held."""
        return {r.meta.get("doc_id"): r.meta.get("version") for r in self.records}

    def _refresh_columns(self) -> None:
        self._years = np.array([int(r.meta.get("year") or 0) for r in self.records], dtype=np.int32)
        self._docs = np.array([r.meta.get("doc_id") for r in self.records], dtype=object)
        self._captions = np.array([bool(r.meta.get("is_caption")) for r in self.records], dtype=bool)
        self._by_id = {r.id: r for r in self.records}

    def df(self, token: str, folded: bool = False) -> int:
        """In how many chunks a syllable (or ``a_b`` bigram) occurs."""
        with self._lock:
            bm = self._folded if folded else self._plain
            j = bm.vocab.get(token)
            return int(bm.df[j]) if j is not None and j < len(bm.df) else 0

    def idf(self, token: str, folded: bool = False) -> float:
        """Inverse document frequency of a syllable (or bigram) over the indexed chunks."""
        with self._lock:
            return (self._folded if folded else self._plain).idf(token)

    # -- search -----------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.records)

    def get(self, chunk_id: str) -> LexRecord | None:
        """The chunk of that id, if this index holds it (the committed chunks only)."""
        with self._lock:
            return self._by_id.get(chunk_id)

    def search(
        self, query: str, top_k: int = 20, *, years: list[int] | None = None, doc_ids: list[str] | None = None,
        folded: bool = False, exclude_captions: bool = False,
    ) -> list[tuple[LexRecord, float]]:
        with self._lock:
            bm = self._folded if folded else self._plain
            scores = bm.scores(tokens(query, fold=folded))
            if scores is None:
                return []
            mask = np.ones(len(scores), dtype=bool)
            if years:
                mask &= np.isin(self._years, years)
            if doc_ids:
                mask &= np.isin(self._docs, doc_ids)
            if exclude_captions:
                mask &= ~self._captions
            scores = np.where(mask, scores, 0.0)
            k = min(top_k, int((scores > 0).sum()))
            if k <= 0:
                return []
            top = np.argpartition(-scores, k - 1)[:k]
            top = top[np.lexsort((top, -scores[top]))]  # by score, ties in index order (deterministic)
            return [(self.records[i], float(scores[i])) for i in top]


def _atomic_write(path: Path, write, binary: bool) -> None:  # noqa: ANN001
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600 files: give the usual permissions
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process umask, read without changing it (``os.umask`` would, for every thread)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022
