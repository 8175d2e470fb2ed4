"""The 'Thêm báo cáo' tab behind the page: check uploaded files, then index them through the service.

A file is accepted when it is not empty, not larger than the limit, has a supported suffix and its
*content* matches that suffix (``%PDF`` magic for .pdf, a zip holding ``word/document.xml`` for
.docx, markup for .html, text that is not binary for .txt/.md). Accepted files are kept under
``<store>/uploads/<content hash>/<name>`` (the store records where a report came from, and
Gradio's temporary files do not last) and go through :meth:`AssistantService.ingest`, the same
ingestion as ``tcdlcl ingest``. Rejected files appear in the summary as ``failed`` with the reason.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import shutil
import zipfile
from pathlib import Path
from typing import Callable

from assistant.errors import AssistantError
from assistant.models import FileResult, IngestSummary
from ui import strings as S

Progress = Callable[[int, int, str], None]

SNIFF_BYTES = 64 * 1024
# what the content of a file with each suffix may be (see sniff)
ACCEPTED_KINDS: dict[str, frozenset[str]] = {
    ".pdf": frozenset({"pdf"}),
    ".docx": frozenset({"docx"}),
    ".html": frozenset({"html"}),
    ".htm": frozenset({"html"}),
    ".xhtml": frozenset({"html"}),
    ".txt": frozenset({"text", "html"}),
    ".text": frozenset({"text", "html"}),
    ".md": frozenset({"text", "html"}),
    ".markdown": frozenset({"text", "html"}),
}
_HTML_MARKERS = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|table|h[1-6]|article)[\s>]",
                           re.IGNORECASE)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"


class UploadError(AssistantError):
    """The upload as a whole was refused (wrong admin password, no file)."""


def sniff(path: Path) -> str:
    """What a file really is, from its bytes: pdf, docx, zip, html, text or binary."""
    path = Path(path)
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                return "docx" if "word/document.xml" in zf.namelist() else "zip"
        except (zipfile.BadZipFile, OSError):
            return "binary"
    text = _as_text(head)
    if text is None:
        return "binary"
    return "html" if _HTML_MARKERS.search(text.encode("utf-8", "ignore")[:8192]) else "text"


def _as_text(head: bytes) -> str | None:
    """The sample decoded, or None when it looks binary (NUL bytes, many control characters)."""
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[2:len(head) - (len(head) % 2)].decode(codec, "replace")
    if b"\x00" in head:
        return None
    controls = sum(head.count(bytes([b])) for b in _CONTROL)
    if head and controls / len(head) > 0.01:
        return None
    # legacy Vietnamese encodings (TCVN3, VNI) are single-byte: any byte sequence decodes; the loader repairs them
    return head.decode("utf-8", "replace")


def check_file(path: Path, max_bytes: int, name: str | None = None) -> str | None:
    """The reason to reject a file (Vietnamese, for the summary), or None when it may be indexed."""
    path = Path(path)
    suffix = Path(name or path.name).suffix.lower()
    size = path.stat().st_size
    if size == 0:
        return S.REJECT_EMPTY
    if size > max_bytes:
        return S.REJECT_TOO_BIG.format(size=size / 2**20, mb=max_bytes // 2**20)
    if suffix not in supported_suffixes():
        return S.REJECT_SUFFIX.format(suffix=suffix or "?")
    kind = sniff(path)
    if kind not in ACCEPTED_KINDS[suffix]:
        return S.REJECT_CONTENT.format(suffix=suffix, kind=S.KIND_NAMES.get(kind, kind))
    return None


def supported_suffixes() -> set[str]:
    """Suffixes both the ingest loaders and this checker know."""
    from ingest.loaders import supported_suffixes as loader_suffixes

    return set(loader_suffixes()) & set(ACCEPTED_KINDS)


def safe_name(name: str) -> str:
    """The file's own name without any folder part or control characters."""
    base = re.split(r"[\\/]", name)[-1]
    base = re.sub(r"[\x00-\x1f\x7f]", "", base).strip().lstrip(".")
    return base or "report"


class Uploader:
    """Checks uploaded files and indexes the good ones with ``service.ingest``."""

    def __init__(self, service, uploads_dir: Path, max_upload_mb: int,  # noqa: ANN001 - AssistantService
                 admin_password: str | None = None) -> None:
        if max_upload_mb < 1:
            raise ValueError("max_upload_mb must be at least 1")
        self.service = service
        self.uploads_dir = Path(uploads_dir)
        self.max_bytes = max_upload_mb * 2**20
        self.max_upload_mb = max_upload_mb
        self.admin_password = admin_password or None

    @property
    def needs_password(self) -> bool:
        return self.admin_password is not None

    def authorised(self, password: str | None) -> bool:
        if self.admin_password is None:
            return True
        return hmac.compare_digest((password or "").encode(), self.admin_password.encode())

    def run(self, files: list[Path | str], password: str | None = None,
            progress: Progress | None = None) -> IngestSummary:
        """Checks, keeps and indexes ``files``; the summary lists them in the order given, by file name."""
        if not self.authorised(password):
            raise UploadError(S.UPLOAD_BAD_PASSWORD)
        paths = [Path(f) for f in files or [] if f]
        if not paths:
            raise UploadError(S.UPLOAD_NO_FILES)
        slots: list[FileResult | None] = []
        staged: list[Path] = []
        for path in paths:
            name = safe_name(path.name)
            reason = check_file(path, self.max_bytes, name)
            if reason:
                slots.append(FileResult(name, "failed", reason=reason))
                continue
            staged.append(self._keep(path, name))
            slots.append(None)
        results = iter(self._ingest(staged, progress))
        summary = IngestSummary()
        for slot in slots:
            summary.results.append(slot if slot is not None else next(results))
        return summary

    def _keep(self, path: Path, name: str) -> Path:
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        folder = self.uploads_dir / digest.hexdigest()[:16]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name
        if not target.exists():
            tmp = folder / f".{name}.part"
            shutil.copyfile(path, tmp)
            tmp.replace(target)
        return target

    def _ingest(self, staged: list[Path], progress: Progress | None) -> list[FileResult]:
        if not staged:
            return []
        summary = self.service.ingest(staged, progress=progress)
        results = list(summary.results)
        if len(results) != len(staged):  # the service expands folders; files map one to one
            raise AssistantError(f"ingest returned {len(results)} results for {len(staged)} files")
        for path, r in zip(staged, results):
            r.path = path.name
            if r.status == "failed":  # keep nothing of a file that was not indexed
                shutil.rmtree(path.parent, ignore_errors=True)
        return results
