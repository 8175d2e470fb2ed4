"""Hybrid retrieval: BM25 (syllables + bigrams, accent-folded for queries without diacritics) and
dense vectors, fused by weighted scores (default) or reciprocal ranks."""

from __future__ import annotations

import dataclasses
import re
import time
from typing import Literal

from assistant.errors import RetrievalError
from assistant.glossary import Glossary, InitialsIndex, mine_abbreviations
from assistant.models import Passage
from ingest.metadata import NATIONAL_MOTTO_RE, NATIONAL_MOTTO_UNMARKED_RE
from ingest.normalize import fold, normalize_text
from vectorstore.embedder import Embedder
from vectorstore.hybrid import HybridIndex
from vectorstore.lexical import LexRecord
from vectorstore.tokenize import has_diacritics


def _passage(record_id: str, text: str, meta: dict, score: float) -> Passage:
    return Passage(
        chunk_id=record_id, doc_id=meta.get("doc_id", ""), title=meta.get("title", ""), year=meta.get("year"),
        source=meta.get("source", ""), section=meta.get("section"), page=meta.get("page"),
        start=int(meta.get("start", 0)), end=int(meta.get("end", 0)), score=round(float(score), 4), text=text,
        is_caption=bool(meta.get("is_caption")),
    )


_LETTERHEAD_WITHIN = 16000  # characters: how far down a report's letterhead is looked for (a long news article above it)
# a letterhead without the national motto ends at the document's number: "Số: 412/BC-TĐC"
_DOC_NUMBER_LINE_RE = re.compile(r"^[ \t]*(?:Số|So)[ \t]*:[ \t]*\d+[ \t]*/[ \t]*[A-ZĐ]", re.M)


class HybridRetriever:
    def __init__(self, index: HybridIndex, embedder: Embedder, glossary: Glossary,
                 fusion: Literal["weighted", "rrf"] = "weighted", dense_weight: float = 0.3,
                 candidates: int = 40, use_dense: bool = True) -> None:
        self.index = index
        self.embedder = embedder
        self.base_glossary = glossary
        self.fusion = fusion
        self.dense_weight = dense_weight
        self.candidates = candidates
        self.use_dense = use_dense
        self._glossary: Glossary | None = None
        self._glossary_fp: str | None = None
        self.last_timings: dict[str, float] = {}
        self._vec_cache: dict[str, list[float]] = {}
        self._restorer = None
        self._initials: InitialsIndex | None = None
        self._initials_fp: str | None = None
        self._restorer_fp: str | None = None
        self._grouped: tuple[str | None, dict[str, list[LexRecord]]] = (None, {})
        self._texts: dict[str, str] = {}  # per index state (reset with _grouped)
        self._positions: dict[str, int] = {}  # chunk id → its place among its report's chunks (with _grouped)
        self._identities: dict[str, tuple[str, str, int | None]] = {}
        self._unmarked: tuple[dict | None, set[str]] = (None, set())

    @property
    def glossary(self) -> Glossary:
        fp = self.index.lexical.fingerprint
        if self._glossary is None or fp != self._glossary_fp:
            mined: dict[str, str] = {}
            for r in self.index.lexical.records:
                if "(" in r.text:
                    for k, v in mine_abbreviations(r.text).items():
                        mined.setdefault(k, v)
            self._glossary = self.base_glossary.merged(mined)
            self._glossary_fp = fp
        return self._glossary

    @property
    def initials(self) -> InitialsIndex:
        """What abbreviations no report defines stand for in the indexed reports (rebuilt when the index changes)."""
        fp = self.index.lexical.fingerprint
        if self._initials is None or fp != self._initials_fp:
            self._sync()
            self._initials = InitialsIndex([self.document_text(d) for d in self._by_doc()])
            self._initials_fp = fp
        return self._initials

    def spell_out(self, question: str, folded: bool) -> str:
        """``question`` with the abbreviations that neither the reports nor the glossary use ("NSNN", "chxd")
        spelled out as the reports' own phrase (see :class:`assistant.glossary.InitialsIndex`)."""
        self._sync()
        lexical = self.index.lexical
        glossary = {fold(k).lower() for k in self.glossary.entries}

        def known(token: str) -> bool:
            low = token.lower()
            return fold(low) in glossary or lexical.df(fold(low) if folded else low, folded=folded) > 0

        return self.initials.spell_out(question, known, folded)

    @property
    def restorer(self):  # noqa: ANN201 - AccentRestorer, rebuilt when the index changes
        from assistant.accents import AccentRestorer

        fp = self.index.lexical.fingerprint
        if self._restorer is None or fp != self._restorer_fp:
            bm = self.index.lexical._plain
            self._restorer = AccentRestorer.from_vocabulary(bm.vocab, bm.df)
            self._restorer_fp = fp
        return self._restorer

    def _sync(self) -> None:
        try:
            self.index.sync()
        except Exception as exc:  # noqa: BLE001
            raise RetrievalError(f"the index could not be read: {exc}") from exc

    def _by_doc(self) -> dict[str, list[LexRecord]]:
        """The indexed chunks of each report in text order, grouped once per index state."""
        fp = self.index.lexical.fingerprint
        if self._grouped[0] != fp or fp is None:
            grouped: dict[str, list[LexRecord]] = {}
            for r in self.index.lexical.records:
                grouped.setdefault(r.meta.get("doc_id", ""), []).append(r)
            for recs in grouped.values():
                recs.sort(key=lambda r: int(r.meta.get("start", 0)))
            self._positions = {r.id: i for recs in grouped.values() for i, r in enumerate(recs)}
            self._grouped = (fp, grouped)
            self._texts, self._identities = {}, {}
        return self._grouped[1]

    def identities(self, head_chars: int = 600) -> dict[str, tuple[str, str, int | None]]:
        """doc_id → (title, opening text, year) of every indexed report: what names its unit."""
        self._sync()
        grouped = self._by_doc()
        if not self._identities:
            self._identities = {d: (recs[0].meta.get("title") or "", self._head(d, head_chars), recs[0].meta.get("year"))
                                for d, recs in grouped.items()}
            # a report typed without diacritics is titled as it reads with them ("Kết quả kiểm tra … 6 tháng đầu
            # năm 2019"): its period and subject are read by the same patterns (its opening stays as written)
            plain = [d for d, (t, h, _) in self._identities.items() if not has_diacritics(f"{t} {h}")]
            if plain:
                restorer = self.restorer
                for d in plain:
                    t, h, y = self._identities[d]
                    self._identities[d] = (restorer.restore_aligned(t), h, y)
        return self._identities

    def _head(self, doc_id: str, chars: int) -> str:
        """A report's opening, and its letterhead when that stands further down (a report forwarded in an
        e-mail, published on a portal page): the national motto, or the document's number ("Số: 412/BC-TĐC")
        of a letterhead without it, and the lines about it name the unit."""
        text = self.opening(doc_id, _LETTERHEAD_WITHIN)
        head = text[:chars]
        mark = NATIONAL_MOTTO_RE.search(text) or NATIONAL_MOTTO_UNMARKED_RE.search(text) or _DOC_NUMBER_LINE_RE.search(text)
        if mark and mark.start() > chars - 150:
            head += "\n" + text[max(0, mark.start() - chars // 2) : mark.start() + chars // 2]
        return head

    def document_text(self, doc_id: str) -> str:
        """A report's whole normalised text, rebuilt from its chunks (kept for the current index state)."""
        grouped = self._by_doc()
        text = self._texts.get(doc_id)
        if text is None:
            text = self._texts[doc_id] = self._join(grouped.get(doc_id, []), None)
        return text

    def opening_passages(self, doc_id: str, limit: int) -> list[Passage]:
        """The chunks of a report that start in its first ``limit`` characters, in text order."""
        self._sync()
        return [_passage(r.id, r.text, r.meta, 1.0) for r in self._by_doc().get(doc_id, [])
                if int(r.meta.get("start", 0)) < limit]

    def closing_passages(self, doc_id: str, count: int = 2) -> list[Passage]:
        """The last ``count`` chunks of a report, in text order (where its signature block stands)."""
        self._sync()
        return [_passage(r.id, r.text, r.meta, 1.0) for r in self._by_doc().get(doc_id, [])[-count:]]

    def table_neighbours(self, passages: list[Passage], limit: int = 3) -> list[Passage]:
        """``passages`` and, after them, the chunks next to those that cut a table: the one before a chunk that
        opens on a table row (the rows above it, "5 | Taximet | 23 | 17 | -26,1", and the header), the one
        after a chunk that ends on one or announces one ("Kết quả theo lĩnh vực:" over a chunk opening on its
        caption and rows). A table split by the chunker is read whole; at most ``limit`` added."""
        self._sync()
        have = {p.chunk_id for p in passages}
        extra: list[Passage] = []
        for p in passages:
            lines = [x for x in p.text.split("\n") if x.strip()]
            if not lines or p.is_caption:
                continue
            recs = self._by_doc().get(p.doc_id, [])
            at = self._positions.get(p.chunk_id)
            if at is None:
                continue
            announces = lines[-1].rstrip().endswith(":") and at + 1 < len(recs) and _opens_table(recs[at + 1].text)
            wanted = ([at - 1] if " | " in lines[0] else []) + ([at + 1] if " | " in lines[-1] or announces else [])
            for i in wanted:
                if 0 <= i < len(recs) and recs[i].id not in have and len(extra) < limit:
                    have.add(recs[i].id)
                    extra.append(_passage(recs[i].id, recs[i].text, recs[i].meta, 0.0))
        return passages + extra

    def opening(self, doc_id: str, limit: int = 3000) -> str:
        """The first ``limit`` characters of a report, rebuilt from its chunks at their exact offsets."""
        return self._join(self._by_doc().get(doc_id, []), limit)

    @staticmethod
    def _join(recs: list[LexRecord], limit: int | None) -> str:
        """Chunks (in text order) laid at their offsets; overlaps added once; those starting past ``limit`` left out."""
        text = ""
        for r in recs:
            start = int(r.meta.get("start", 0))
            if limit is not None and start >= limit:
                break
            if start >= len(text):
                text += "\n" * (start - len(text)) + r.text
            elif start + len(r.text) > len(text):  # overlapping chunks: add only what is new
                text += r.text[len(text) - start :]
        return text

    def search(self, query: str, *, years: list[int] | None = None, doc_ids: list[str] | None = None,
               top_k: int = 8, exclude_captions: bool = False) -> list[Passage]:
        query = normalize_text(query)
        if not query:
            return []
        t0 = time.perf_counter()
        self._sync()
        expansions = self.glossary.expand(query)
        lex_query = " ".join([query, *expansions])
        if years:  # the year is a filter already; as a term it would favour "105/2016/NĐ-CP" or "2016 - 2020"
            lex_query = re.sub(r"(?<!\d)(?:" + "|".join(str(y) for y in years) + r")(?!\d)", " ", lex_query)
        folded = not has_diacritics(query)
        lex = self.index.lexical.search(lex_query, self.candidates, years=years, doc_ids=doc_ids,
                                        folded=folded, exclude_captions=exclude_captions)
        unmarked = set() if folded else self.unmarked_reports()
        unmarked = sorted(unmarked.intersection(doc_ids) if doc_ids else unmarked)
        if unmarked:  # a report typed without diacritics holds none of the question's marked words: matched folded
            best: dict[str, tuple[LexRecord, float]] = {}
            for r, score in lex + self.index.lexical.search(lex_query, self.candidates, years=years, doc_ids=unmarked,
                                                            folded=True, exclude_captions=exclude_captions):
                if r.id not in best or best[r.id][1] < score:
                    best[r.id] = (r, score)
            lex = sorted(best.values(), key=lambda rs: -rs[1])[: self.candidates]
        t1 = time.perf_counter()
        dense: list[dict] = []
        if self.use_dense and self.dense_weight > 0 and len(self.index.lexical):
            vec = self._query_vector(query)
            where = _where(years, doc_ids, exclude_captions)
            try:
                nearest = self.index.store.nearest(vec, self.candidates, where)
            except Exception as exc:  # noqa: BLE001
                raise RetrievalError(f"vector search failed: {exc}") from exc
            # texts and metadata from the lexical index, synced above: it holds exactly the committed
            # chunks, so a chunk of a report still being written (or an old version) is left out
            for cid, score in nearest:
                record = self.index.lexical.get(cid)
                if record is not None:
                    dense.append({"id": cid, "text": record.text, "metadata": record.meta, "score": score})
        t2 = time.perf_counter()
        fused = self._fuse(lex, dense)
        if exclude_captions:  # an answer is read from passages: a bare heading or byline holds none
            for p in fused:
                if _bare_line(p.text):
                    p.score *= BARE_LINE_FACTOR
            fused.sort(key=lambda p: -p.score)
        self.last_timings = {"lexical": (t1 - t0) * 1000, "dense": (t2 - t1) * 1000}
        return fused[:top_k]

    def unmarked_reports(self) -> set[str]:
        """The reports whose opening is typed without diacritics (see :meth:`readable`)."""
        identities = self.identities()
        if self._unmarked[0] is not identities:
            self._unmarked = (identities, {d for d, (_, h, _) in identities.items() if not has_diacritics(h)})
        return self._unmarked[1]

    def readable(self, passages: list[Passage]) -> list[Passage]:
        """``passages`` with those of reports typed without diacritics read with their marks restored from the
        corpus's own words ("kiem tra 72 cua hang" → "kiểm tra 72 cửa hàng"), so that the answerer's Vietnamese
        patterns apply (to the section headings too: "V. KẾ HOẠCH 6 THÁNG CUỐI NĂM"); the report's own text stays
        in ``original``, quotes are cut from it at the same offsets."""
        unmarked = self.unmarked_reports()
        if not unmarked or not any(p.doc_id in unmarked and p.original is None for p in passages):
            return passages
        restorer = self.restorer
        return [dataclasses.replace(p, text=restorer.restore_aligned(p.text), original=p.text,
                                    section=restorer.restore_aligned(p.section) if p.section else p.section)
                if p.doc_id in unmarked and p.original is None else p for p in passages]

    def _query_vector(self, query: str) -> list[float]:
        vec = self._vec_cache.get(query)
        if vec is None:
            vec = self.embedder.embed([query])[0]
            if len(self._vec_cache) > 2048:
                self._vec_cache.clear()
            self._vec_cache[query] = vec
        return vec

    def _fuse(self, lex: list[tuple[LexRecord, float]], dense: list[dict]) -> list[Passage]:
        items: dict[str, dict] = {}
        if self.fusion == "rrf":
            for rank, (r, _) in enumerate(lex):
                items.setdefault(r.id, {"text": r.text, "meta": r.meta, "score": 0.0})["score"] += 1 / (60 + rank)
            for rank, d in enumerate(dense):
                items.setdefault(d["id"], {"text": d["text"], "meta": d["metadata"], "score": 0.0})["score"] += 1 / (60 + rank)
        else:
            top_lex = lex[0][1] if lex else 1.0
            w = self.dense_weight if dense else 0.0
            for r, s in lex:
                items[r.id] = {"text": r.text, "meta": r.meta, "score": (1 - w) * s / top_lex}
            if dense:
                lo = min(d["score"] for d in dense)
                hi = max(d["score"] for d in dense)
                for d in dense:
                    norm = (d["score"] - lo) / (hi - lo) if hi > lo else 1.0
                    items.setdefault(d["id"], {"text": d["text"], "meta": d["metadata"], "score": 0.0})["score"] += w * norm
        ranked = sorted(items.items(), key=lambda kv: -kv[1]["score"])
        return [_passage(cid, v["text"], v["meta"], v["score"]) for cid, v in ranked]


# a chunk of one short line with no figure: a heading ("2. Công tác đo lường", "BÁO CÁO") or a byline ("Minh Thư
# (tổng hợp)"); short texts sit close to any query in both rankings, so they would crowd out the passages
_BARE_LINE_RE = re.compile(r"^\s*(?:[IVXLC]{1,6}\.|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\))?\s*[^\d\n]{0,60}$")
BARE_LINE_FACTOR = 0.5


def _bare_line(text: str) -> bool:
    words = text.split()
    if len(words) > 8 or not _BARE_LINE_RE.match(re.sub(r"(?<!\d)(?:19|20)\d{2}(?!\d)", "", text.strip())):
        return False
    # a person's name ("Hoàng Thị Minh Nguyệt", under a signature) answers "ai ký báo cáo?"
    return not (2 <= len(words) <= 5 and all(w[0].isupper() and not w.isupper() for w in words))


def _where(years: list[int] | None, doc_ids: list[str] | None, exclude_captions: bool) -> dict | None:
    clauses: list[dict] = []
    if years:
        clauses.append({"year": {"$in": list(years)}})
    if doc_ids:
        clauses.append({"doc_id": {"$in": list(doc_ids)}})
    if exclude_captions:
        clauses.append({"is_caption": False})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _opens_table(text: str) -> bool:
    """A chunk whose first or second line is a table row (under the table's caption)."""
    return any(" | " in line for line in [x for x in text.split("\n") if x.strip()][:2])
