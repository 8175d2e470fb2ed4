"""Word documents (.docx) via python-docx: paragraphs and table rows, core properties as metadata."""

from __future__ import annotations

import zipfile
from pathlib import Path

from assistant.errors import IngestError
from ingest.loaders import RawDocument, RawPage, register_loader
from ingest.tables import Cell, table_lines


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
                rows = [[_cell(cell) for cell in row.iterchildren() if cell.tag.endswith("}tc")]
                        for row in child.iter() if row.tag.endswith("}tr")]
                lines.extend(table_lines(rows))
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


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _cell(cell) -> Cell:  # noqa: ANN001 - an lxml w:tc element
    """A table cell's text, how many grid columns it spans (``w:gridSpan``) and whether it continues the
    cell above (``w:vMerge`` without "restart")."""
    text = " ".join(" ".join(_text(p, " ").split()) for p in cell.iter() if p.tag.endswith("}p")).strip()
    props = cell.find(f"{_W}tcPr")
    span, continued = 1, False
    if props is not None:
        grid = props.find(f"{_W}gridSpan")
        if grid is not None and (grid.get(f"{_W}val") or "").isdigit():
            span = max(1, int(grid.get(f"{_W}val")))
        merge = props.find(f"{_W}vMerge")
        continued = merge is not None and merge.get(f"{_W}val", "continue") == "continue"
    return Cell(text, colspan=span, continued=continued)
