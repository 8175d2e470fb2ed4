"""The ingest pipeline: file → loader → legacy repair → normalisation → metadata → chunks →
embeddings → store (atomic per document) → lexical index.

Re-running is safe: an unchanged file (same bytes, same settings) is skipped without being read; a
changed file with the same name replaces its old version; chunks whose text is unchanged reuse their
stored vectors instead of being embedded again (and identical chunks are embedded once); a process
killed mid-file leaves its half-written version invisible and the next run deletes it.

PDF pages typeset in legacy fonts (the repairer reports TCVN3, VNI …) are extracted a second time in
pypdf's layout mode, which keeps the visual reading order of two-column headers and signature
blocks, and repaired again; ordinary Unicode pages keep the default extraction, which is better for them.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from assistant.errors import AssistantError, IngestError
from assistant.models import DocumentInfo, FileResult, IngestSummary
from ingest.loaders import RawDocument, RawPage, loader_for, supported_suffixes
from ingest.loaders.text import side_by_side_blocks
from ingest.metadata import extract_metadata, usable_author, usable_title
from ingest.diacritics import mend_diacritics
from ingest.normalize import fold, normalize_text
from ingest.reflow import (
    close_cell_gaps, columns_to_cells, drop_page_numbers, fold_bar_rows, fold_centred_rows, fold_wrapped_rows, hard_wrapped, join_indented, ocr_table_bars, page_continues, table_continues,
    part_glued_words, reflow, spaced_rows, stacked_heads,
    stacked_cells, strip_running_lines, tabbed_rows,
)
from ingest.splitter import SentenceSplitter
from vectorstore.embedder import Embedder
from vectorstore.hybrid import HybridIndex
from vectorstore.lexical import LexRecord
from vectorstore.tokenize import has_diacritics

log = logging.getLogger(__name__)
_YEAR_IN_TITLE_RE = re.compile(r"\b(?:19|20)\d{2}\b")
_TEMPLATE_TITLE_RE = re.compile(r"\s*(?:biểu mẫu|mẫu|bieu mau|mau|template|form)\b", re.I)  # a form's own title
PIPELINE_VERSION = "69"
WRITE_BATCH = 256  # chunks written to the store per call (each batch is logged: the kill test waits for it)
Progress = Callable[[int, int, str], None]


@dataclass
class PreparedDocument:
    """A report read and normalised, ready to be chunked and stored."""

    path: Path
    text: str  # the normalised text: quotes and offsets point into it
    page_starts: list[int]
    title: str
    year: int | None
    date: str | None
    author: str | None
    encoding: str | None = None
    ocr_pages: int = 0
    file_encoding: str | None = None
    warnings: list[str] = field(default_factory=list)


def doc_id_for(path: Path) -> str:
    """A stable, readable id from the file name: ``Báo cáo 2021.pdf`` → ``bao-cao-2021``."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(path.stem)).strip("-")[:60]
    return slug or hashlib.sha1(path.name.encode()).hexdigest()[:12]


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


_READ_ROWS = 2  # table rows, cells parted by " | ", that keep a legacy-font page's own reading


class DocumentReader:
    """Reads one file into a :class:`PreparedDocument` (no store access)."""

    def __init__(self, repairer: object | None = None) -> None:
        self._repairer = repairer  # ingest.legacy.LegacyRepairer, created on first use

    def _repair(self, text: str) -> tuple[str, str | None]:
        if self._repairer is None:
            from ingest.legacy import LegacyRepairer

            self._repairer = LegacyRepairer()
        result = self._repairer.repair(text)
        return result.text, result.encoding

    def _page_text(self, page: RawPage) -> tuple[str, str | None]:
        """A page repaired; a legacy-font page is re-extracted in layout mode when the format can."""
        text, enc = self._repair(page.text)
        if enc and page.relayout is not None and sum(" | " in line for line in text.splitlines()) < _READ_ROWS:
            # (rows the loader already read from where their cells stand, a wrapped header's words put back
            # together, are better than the layout mode's columns of spaces)
            # (a letterhead or a closing set in two columns is read column by column, before the repair, so that
            # a column in the legacy font and one retyped in Unicode are repaired apart, and after it, where the
            # national motto can only be told once repaired)
            layout = side_by_side_blocks(unicodedata.normalize("NFC", page.relayout()), apart=True)
            if layout.strip():
                layout_text, layout_enc = self._repair(layout)
                if layout_enc:
                    return side_by_side_blocks(layout_text), layout_enc
        return text, enc

    @staticmethod
    def _load(path: Path) -> RawDocument:
        try:
            return DocumentReader._load_checked(path)
        except PermissionError as exc:  # from stat(): a folder on the way cannot be entered
            raise IngestError("permission denied: the file cannot be read (check its permissions)") from exc

    @staticmethod
    def _load_checked(path: Path) -> RawDocument:
        if not path.exists():
            if path.is_symlink():
                raise IngestError(f"broken symbolic link: its target {os.readlink(path)} does not exist")
            raise IngestError("file not found")
        if not path.is_file():
            raise IngestError("not a regular file (a folder, device or pipe)")
        try:
            loader = loader_for(path)
            if path.stat().st_size == 0:
                raise IngestError("the file is empty")
            return loader.load(path)
        except PermissionError as exc:
            raise IngestError("permission denied: the file cannot be read (check its permissions)") from exc
        except IsADirectoryError as exc:
            raise IngestError("not a regular file (a folder, device or pipe)") from exc
        except OSError as exc:
            raise IngestError(f"the file cannot be read ({exc.strerror or exc})") from exc

    def read(self, path: Path, year: int | None = None, title: str | None = None) -> PreparedDocument:
        path = Path(path)
        raw = self._load(path)
        texts: list[str] = []
        encodings: list[str] = [raw.extra["legacy_encoding"]] if raw.extra.get("legacy_encoding") else []
        for page in raw.pages:
            text, enc = self._page_text(page)
            if enc:
                encodings.append(enc)
            if raw.wrapped:  # catdoc's tables: tabbed rows parted by blank lines, wrapped mid-cell
                text = tabbed_rows(text)
            text = fold_wrapped_rows(fold_centred_rows(fold_bar_rows(text)))  # a laid-out table's wrapped cells, while their columns still show
            if raw.wrapped:  # an indented block wrapped mid-name: joined while its indentation still shows
                text = join_indented(text)
            texts.append(normalize_text(columns_to_cells(ocr_table_bars(text))))  # before whitespace runs collapse
        if raw.paged:  # a PDF's lines are where the page broke them: back to paragraphs
            texts = part_glued_words([stacked_heads(spaced_rows(stacked_cells(reflow(t)))) for t in strip_running_lines(texts)])
        elif raw.wrapped:  # a text file may be wrapped at a fixed width, with "Trang 2/5" left mid-paragraph;
            # a raw pdftotext table, a cell per line, is read before reflow could join its cells
            texts = [reflow(stacked_cells(close_cell_gaps(drop_page_numbers(t))), by_width=hard_wrapped(t)) for t in texts]
        # pages joined by a blank line (by a space when a sentence runs on to the next page); an empty
        # page adds nothing and starts where the next one does
        full = ""
        page_starts: list[int] = []
        for text in texts:
            if text and full:
                if raw.paged and page_continues(full, text):
                    full += " "
                elif raw.paged and table_continues(full, text):
                    full += "\n"  # a table's rows carried over to the next page go on as its rows
                else:
                    full += "\n\n"
            page_starts.append(len(full))
            full += text
        if not full.strip():
            raise IngestError("no text could be extracted (empty document)")
        full = mend_diacritics(full)  # an OCR'd scan's "Nam 2024", "hành chinh": as the report writes them elsewhere
        has_pages = bool(raw.pages) and raw.pages[0].page is not None
        md = extract_metadata(full, fallback_title=path.stem)
        # a file's own title may be in a legacy encoding too ("B¸o c¸o tæng kÕt" in a TCVN3 .docx's properties)
        raw_title = usable_title(normalize_text(self._repair(raw.title)[0])) if raw.title else None
        if raw_title and not has_diacritics(raw_title) and has_diacritics(full[:3000]) and md.title != path.stem:
            raw_title = None  # "Mau bao cao dinh ky (9 thang)": a template's title typed without accents; the heading says it
        official = md.official_title
        if raw_title and official and _YEAR_IN_TITLE_RE.search(official) and not _YEAR_IN_TITLE_RE.search(raw_title):
            raw_title = None  # a browser's page title printed into the PDF ("Văn bản đến - Hệ thống quản lý văn bản"),
            # a template's ("Mẫu báo cáo định kỳ"): the report's own subject line names its year and period
        elif raw_title and official and _TEMPLATE_TITLE_RE.match(raw_title):
            raw_title = None  # a form's template title ("Biểu mẫu báo cáo quý - Tổng cục TCĐLCL") names no report
        return PreparedDocument(
            path=path,
            text=full,
            page_starts=page_starts if has_pages else [],
            title=title or raw_title or md.title,
            year=year or md.year,
            date=md.date or raw.date,
            author=md.author or usable_author(normalize_text(raw.author) if raw.author else None),
            encoding=Counter(encodings).most_common(1)[0][0] if encodings else None,
            ocr_pages=sum(1 for p in raw.pages if p.ocr),
            file_encoding=raw.file_encoding,
        )


class Ingester:
    """Ingests files into the hybrid index."""

    def __init__(self, index: HybridIndex, embedder: Embedder, splitter: SentenceSplitter, reader: DocumentReader) -> None:
        self.index = index
        self.embedder = embedder
        self.splitter = splitter
        self.reader = reader

    def _params(self, year: int | None, title: str | None) -> str:
        return f"{PIPELINE_VERSION}|{self.splitter.chunk_chars}|{self.splitter.overlap}|{year}|{title}"

    @staticmethod
    def expand(paths: list[Path]) -> list[Path]:
        """Files and folders → files (folders recursively, only supported types, sorted; hidden files
        and office lock files such as ``~$report.docx`` are skipped). Files named explicitly are kept
        whatever they are, so that each gets a result."""
        out: list[Path] = []
        suffixes = set(supported_suffixes())
        for p in paths:
            p = Path(p)
            if _is_dir(p):
                found = (f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes)
                out.extend(sorted(f for f in found if not _hidden(f.relative_to(p))))
            else:
                out.append(p)
        return out

    def ingest(self, paths: list[Path], year: int | None = None, title: str | None = None,
               progress: Progress | None = None) -> IngestSummary:
        files = self.expand(paths)
        summary = IngestSummary()
        for p in paths:  # a folder given by name that holds nothing to ingest is reported, not ignored
            p = Path(p)
            if _is_dir(p) and not any(_inside(f, p) for f in files):
                summary.results.append(FileResult(str(p), "failed", reason=(
                    f"no report files in this folder (looked for {' '.join(supported_suffixes())})")))
        try:
            repaired = self.index.store.repair()
            if repaired:
                log.info("cleaned up %d interrupted write(s) left by a process that died", repaired)
            self.index.sync()
        except AssistantError as exc:
            for f in files:
                summary.results.append(FileResult(str(f), "failed", reason=_one_line(str(exc))))
            return summary
        seen: dict[str, Path] = {}  # doc_id → the file of this batch that has it
        for i, path in enumerate(files):
            if progress:
                progress(i, len(files), str(path))
            try:
                doc_id = doc_id_for(path)
                other = seen.setdefault(doc_id, path)
                if other != path and _same_file(other, path) is False:
                    raise IngestError(
                        f"{other} in the same batch has the same report id '{doc_id}' (ids come from file "
                        "names): rename one of them"
                    )
                result = self._ingest_one(path, year, title)
            except AssistantError as exc:
                result = FileResult(str(path), "failed", reason=str(exc))
            except Exception as exc:  # noqa: BLE001 - one bad file never stops the batch
                log.info("unexpected error on %s", path, exc_info=True)
                result = FileResult(str(path), "failed", reason=f"unexpected error: {exc.__class__.__name__}: {exc}")
            if result.status == "failed":
                result.reason = _one_line(result.reason or "failed")
                log.info("%s: %s", path, result.reason)
            summary.results.append(result)
        if any(r.status in ("indexed", "replaced") for r in summary.results):
            try:
                self.index.persist()  # the lexical index is written once per batch
            except AssistantError as exc:
                for r in summary.results:
                    if r.status in ("indexed", "replaced"):
                        r.status, r.reason = "failed", _one_line(str(exc))
        if progress:
            progress(len(files), len(files), "")
        return summary

    def _ingest_one(self, path: Path, year: int | None, title: str | None) -> FileResult:
        doc_id = doc_id_for(path)
        fhash = _readable_hash(path)
        params = self._params(year, title)
        docs = self.index.committed(refresh=True)
        old = docs.get(doc_id)
        if old and old.get("file_hash") == fhash and old.get("params") == params:
            return FileResult(str(path), "unchanged", doc_id=doc_id, title=old.get("title"), year=old.get("year"))
        doc = self.reader.read(path, year=year, title=title)
        spans = self.splitter.split(doc.text, doc.page_starts, title=doc.title)
        version = hashlib.sha1(f"{params}|{doc.title}|{doc.year}|{doc.text}".encode()).hexdigest()[:12]
        records: list[LexRecord] = []
        for n, span in enumerate(spans):
            meta = {
                "doc_id": doc_id, "version": version, "title": doc.title, "year": doc.year, "source": path.name,
                "section": span.section, "page": span.page, "start": span.start, "end": span.end,
                "is_caption": span.is_caption, "ocr": doc.ocr_pages > 0, "n": n,
            }
            records.append(LexRecord(f"{doc_id}:{version}:{n:05d}", span.text, meta))
        for r in records:
            # (what is embedded is part of the hash: a vector is reused only for the very text it was made from)
            r.meta["chunk_hash"] = hashlib.sha1(f"{r.index_text()}\x00{r.embed_text()}".encode()).hexdigest()[:16]
        if old and old.get("version") == version:  # same content (e.g. file touched): just refresh the record
            self.index.store.commit_document(doc_id, {**old, "file_hash": fhash, "path": str(path.resolve())})
            return FileResult(str(path), "unchanged", doc_id=doc_id, title=doc.title, year=doc.year)
        vectors = self._vectors(doc_id, records)
        self._write(doc_id, version, records, vectors)
        record = {
            "doc_id": doc_id, "version": version, "title": doc.title, "year": doc.year, "date": doc.date,
            "author": doc.author, "source": path.name, "path": str(path.resolve()), "chunks": len(records),
            "file_hash": fhash, "params": params, "encoding": doc.encoding, "ocr_pages": doc.ocr_pages,
            "file_encoding": doc.file_encoding, "text_length": len(doc.text),
            "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
        store = self.index.store
        store.commit_document(doc_id, record)  # the new version becomes visible here, atomically
        log.info("%s: committed version %s (%d chunks)", doc_id, version, len(records))
        removed = old.get("chunks", 0) if old else 0
        if old:
            store.delete_chunks({"$and": [{"doc_id": doc_id}, {"version": {"$ne": version}}]})
        store.clear_pending(doc_id, version)
        self.index.after_change({doc_id}, records, persist=False)  # written once per batch (ingest())
        return FileResult(str(path), "replaced" if old else "indexed", doc_id=doc_id, chunks_added=len(records),
                          chunks_removed=removed, title=doc.title, year=doc.year)

    def _write(self, doc_id: str, version: str, records: list[LexRecord], vectors: list[list[float]]) -> None:
        """Writes the chunks of an uncommitted version under a pending marker; undone on failure."""
        store = self.index.store
        store.mark_pending(doc_id, version)
        try:
            for i in range(0, len(records), WRITE_BATCH):
                batch = records[i : i + WRITE_BATCH]
                store.add_chunks([r.id for r in batch], vectors[i : i + WRITE_BATCH], [r.text for r in batch],
                                 [r.meta for r in batch])
                log.info("%s: wrote %d/%d chunks of version %s (uncommitted)", doc_id, i + len(batch), len(records), version)
        except BaseException:
            try:  # a failure (not a kill) cleans up at once; a kill is cleaned up by the next run's repair
                store.delete_chunks({"$and": [{"doc_id": doc_id}, {"version": version}]})
                store.clear_pending(doc_id, version)
            except Exception:  # noqa: BLE001 - the next run's repair will do it
                log.info("could not clean up the uncommitted chunks of %s", doc_id, exc_info=True)
            raise

    def _vectors(self, doc_id: str, records: list[LexRecord]) -> list[list[float]]:
        """Vectors for ``records``: stored ones reused by chunk hash, each distinct new text embedded once."""
        reuse: dict[str, list[float]] = {}
        old_rows = self.index.store.get_chunks(where={"doc_id": doc_id}, include_embeddings=True)
        for row in old_rows:
            h = row["metadata"].get("chunk_hash")
            if h:
                reuse[h] = row["embedding"]
        todo: dict[str, str] = {}
        for r in records:
            if r.meta["chunk_hash"] not in reuse:
                todo.setdefault(r.meta["chunk_hash"], r.embed_text())
        if todo:
            log.info("%s: embedding %d chunk(s), %d reused", doc_id, len(todo), len(records) - len(todo))
        fresh = self.embedder.embed(list(todo.values())) if todo else []
        for h, v in zip(todo, fresh):
            reuse[h] = v
        return [reuse[r.meta["chunk_hash"]] for r in records]

    def delete(self, doc_id: str) -> FileResult:
        docs = self.index.committed(refresh=True)
        if doc_id not in docs:
            known = ", ".join(sorted(docs)) or "none"
            raise IngestError(f"no indexed report has the id '{doc_id}' (indexed: {known})")
        old = docs[doc_id]
        store = self.index.store
        store.mark_pending(doc_id, _DELETING)  # a kill from here on is finished by the next run's repair
        store.remove_document(doc_id)  # invisible from here on
        store.delete_chunks({"doc_id": doc_id})
        store.clear_pending(doc_id, _DELETING)
        self.index.after_change({doc_id}, [])
        return FileResult(old.get("source", doc_id), "deleted", doc_id=doc_id, chunks_removed=old.get("chunks", 0),
                          title=old.get("title"), year=old.get("year"))

    def documents(self) -> list[DocumentInfo]:
        out = []
        for doc_id, r in sorted(self.index.committed(refresh=True).items()):
            out.append(DocumentInfo(
                doc_id=doc_id, title=r.get("title", ""), year=r.get("year"), date=r.get("date"), author=r.get("author"),
                source=r.get("source", ""), chunks=r.get("chunks", 0), content_hash=r.get("file_hash", ""),
                encoding=r.get("encoding"), ocr_pages=r.get("ocr_pages", 0), ingested_at=r.get("ingested_at"),
            ))
        return out


_DELETING = "deleting"


def _hidden(relative: Path) -> bool:
    return any(part.startswith((".", "~$")) for part in relative.parts)


def _readable_hash(path: Path) -> str:
    """The file's hash ("" when it is not a regular file: the reader then says why)."""
    try:
        if not path.is_file():
            return ""
        return file_hash(path)
    except PermissionError as exc:
        raise IngestError("permission denied: the file cannot be read (check its permissions)") from exc
    except OSError as exc:
        raise IngestError(f"the file cannot be read ({exc.strerror or exc})") from exc


def _is_dir(p: Path) -> bool:
    try:
        return p.is_dir()
    except OSError:  # cannot even look: treated as a file, whose reading then says why
        return False


def _inside(f: Path, folder: Path) -> bool:
    try:
        f.relative_to(folder)
        return True
    except ValueError:
        return False


def _same_file(a: Path, b: Path) -> bool | None:
    try:
        return a.resolve() == b.resolve() or a.samefile(b)
    except OSError:
        return None


def _one_line(text: str) -> str:
    """A reason for the summary: one line, whatever the exception carried."""
    return " ".join(text.split())
