"""PDF via pypdf: text per page, 1-based page numbers kept; scanned pages go to OCR when available.

pypdf is pinned below 7: pypdf 7 refuses streams whose filter is abbreviated ``/Fl``, which older
producers (pdfFactory, common for Vietnamese government PDFs) write.
"""

from __future__ import annotations

import logging
from pathlib import Path

from assistant.errors import IngestError
from ingest.loaders import RawDocument, RawPage, register_loader

log = logging.getLogger(__name__)


@register_loader(".pdf")
class PdfLoader:
    def __init__(self, ocr: object | None = None) -> None:
        self._ocr = ocr  # an ingest.ocr.TesseractOCR; created on first need

    def _get_ocr(self):  # noqa: ANN202
        if self._ocr is None:
            from ingest.ocr import TesseractOCR

            self._ocr = TesseractOCR()
        return self._ocr

    def load(self, path: Path) -> RawDocument:
        from pypdf import PdfReader
        from pypdf.errors import FileNotDecryptedError

        with path.open("rb") as fh:
            head = fh.read(1024)
        if b"%PDF" not in head:
            raise IngestError("not a PDF file (no %PDF header): the file is corrupt or mislabelled")
        try:
            reader = PdfReader(str(path), strict=False)
            if reader.is_encrypted:
                try:
                    ok = reader.decrypt("")
                except Exception as exc:  # noqa: BLE001 - pypdf raises several types here
                    raise IngestError(f"encrypted PDF that cannot be opened ({exc}): remove the password and ingest it again") from exc
                if not ok:
                    raise IngestError("encrypted PDF: it needs a password; save an unprotected copy and ingest that")
            n_pages = len(reader.pages)
        except IngestError:
            raise
        except FileNotDecryptedError as exc:
            raise IngestError("encrypted PDF: it needs a password; save an unprotected copy and ingest that") from exc
        except PermissionError:
            raise
        except Exception as exc:  # noqa: BLE001 - pypdf raises many types on damaged files
            raise IngestError(f"corrupt PDF, cannot be read ({exc.__class__.__name__}: {exc})") from exc
        if n_pages == 0:
            raise IngestError("the PDF has no pages")
        pages: list[RawPage] = []
        empty: list[int] = []
        for i in range(n_pages):
            try:
                text = reader.pages[i].extract_text() or ""
            except Exception as exc:  # noqa: BLE001 - a broken page must not stop the file
                log.warning("%s: page %d could not be read: %s", path.name, i + 1, exc)
                text = ""
            if not text.strip():
                empty.append(i)
            pages.append(RawPage(text=text, page=i + 1, relayout=_layout_extractor(reader, i, path.name)))
        if empty:
            ocr = self._get_ocr()
            if ocr.available():
                for i in empty:
                    pages[i] = RawPage(text=ocr.read_pdf_page(path, i), page=i + 1, ocr=True)
                if not any(p.text.strip() for p in pages):
                    raise IngestError("the PDF has no text layer, and OCR found no text on its pages (blank or unreadable scan)")
            elif len(empty) == n_pages:
                raise IngestError(
                    "the PDF has no text layer (a scan?) and OCR is not installed: "
                    "install it with `apt-get install tesseract-ocr tesseract-ocr-vie` and ingest again"
                )
            else:
                log.warning("%s: %d page(s) without text skipped (install tesseract-ocr-vie to read them)", path.name, len(empty))
        info = {}
        try:
            meta = reader.metadata or {}
            info = {k: str(v) for k, v in meta.items() if isinstance(v, str)}
        except Exception:  # noqa: BLE001
            pass
        title = info.get("/Title") or None
        if title and len(title.strip()) < 4:
            title = None
        return RawDocument(path=path, pages=pages, title=title, author=info.get("/Author") or None, paged=True)


def _layout_extractor(reader, index: int, name: str):  # noqa: ANN001, ANN202 - pypdf PdfReader
    """Page ``index`` re-extracted in pypdf's layout mode (visual reading order), on demand."""

    def relayout() -> str:
        try:
            return reader.pages[index].extract_text(extraction_mode="layout") or ""
        except Exception as exc:  # noqa: BLE001 - fall back to the default extraction
            log.warning("%s: page %d: layout extraction failed: %s", name, index + 1, exc)
            return ""

    return relayout
