"""Loaders by file type, in a registry.

A loader turns a file into :class:`RawDocument` pages of (not yet normalised) text. The built-in
loaders register themselves exactly as a new one would::

    @register_loader(".rtf")
    class RtfLoader:
        def load(self, path: Path) -> RawDocument: ...
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol

from assistant.errors import UnsupportedFileError


@dataclass
class RawPage:
    text: str
    page: int | None = None  # 1-based PDF page, None for formats without pages
    ocr: bool = False
    # Re-extracts the page in visual (layout) reading order, when the format can. The pipeline uses
    # it for pages typeset in legacy fonts (TCVN3 …), whose default extraction order is less faithful.
    relayout: Callable[[], str] | None = field(default=None, repr=False, compare=False)


@dataclass
class RawDocument:
    path: Path
    pages: list[RawPage]
    file_encoding: str | None = None  # how a text file was decoded (utf-8, cp1258, ...)
    title: str | None = None  # from the file's own metadata (DOCX core properties, HTML <title>)
    author: str | None = None
    date: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    paged: bool = False  # page text with the page's own line breaks (PDF): reflowed into paragraphs
    wrapped: bool = False  # text that may be hard-wrapped (copied out of a PDF viewer): reflowed likewise


class Loader(Protocol):
    def load(self, path: Path) -> RawDocument: ...


_REGISTRY: dict[str, Callable[[], Loader]] = {}


def register_loader(*suffixes: str) -> Callable[[type], type]:
    def deco(cls: type) -> type:
        for s in suffixes:
            _REGISTRY[s.lower()] = cls
        return cls

    return deco


def supported_suffixes() -> list[str]:
    _ensure_builtins()
    return sorted(_REGISTRY)


def loader_for(path: Path) -> Loader:
    _ensure_builtins()
    factory = _REGISTRY.get(path.suffix.lower())
    if factory is None:
        raise UnsupportedFileError(
            f"unsupported file type '{path.suffix or '(none)'}': supported are {', '.join(supported_suffixes())}"
        )
    return factory()


def _ensure_builtins() -> None:
    # every built-in loader, even when one of them (or another loader) registered itself first by being imported
    from ingest.loaders import docx, html, pdf, text  # noqa: F401  (they register themselves)
