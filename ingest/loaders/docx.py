"""Word documents (.docx) via python-docx: paragraphs and table rows, core properties as metadata."""

from __future__ import annotations

import zipfile
from pathlib import Path

from assistant.errors import IngestError
from ingest.loaders import RawDocument, RawPage, register_loader


@register_loader(".docx")
class DocxLoader:
    def load(self, path: Path) -> RawDocument:
        import docx  # python-docx
        from docx.opc.exceptions import PackageNotFoundError

        if not zipfile.is_zipfile(path):
            raise IngestError("not a valid .docx file (not a zip package): corrupt, or an old .doc saved with the wrong name")
        try:
            document = docx.Document(str(path))
        except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise IngestError(f"corrupt .docx file ({exc})") from exc
        lines: list[str] = []
        body = document.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.append(_text(child, "\n"))
            elif tag == "tbl":
                for row in child.iter():
                    if not row.tag.endswith("}tr"):
                        continue
                    cells = []
                    for cell in row.iterchildren():
                        if cell.tag.endswith("}tc"):
                            cells.append(" ".join(" ".join(_text(p, " ").split())
                                                  for p in cell.iter() if p.tag.endswith("}p")).strip())
                    lines.append(" | ".join(c for c in cells if c))
        props = document.core_properties
        date = props.created.date().isoformat() if props.created else None
        return RawDocument(
            path=path,
            pages=[RawPage(text="\n".join(lines))],
            title=(props.title or None),
            author=(props.author or None),
            date=date,
        )


def _text(paragraph, line_break: str) -> str:  # noqa: ANN001 - an lxml element
    """A paragraph's text with its tabs and line breaks (``w:tab``, ``w:br``, ``w:cr``) kept as whitespace:
    "Công ty<w:br/>TNHH" is two words, not "Công tyTNHH"."""
    out = []
    for node in paragraph.iter():
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t":
            out.append(node.text or "")
        elif tag == "tab":
            out.append("\t")
        elif tag in ("br", "cr"):
            out.append(line_break)
    return "".join(out)
