"""Word documents (.docx) via python-docx: paragraphs and table rows, core properties as metadata."""

from __future__ import annotations

import re
import zipfile
import logging
from pathlib import Path

from assistant.errors import IngestError
from ingest.metadata import NATIONAL_MOTTO_RE
from ingest.loaders import RawDocument, RawPage, register_loader
from ingest.reflow import hard_wrapped, is_figure
from ingest.tables import Cell, table_lines


log = logging.getLogger(__name__)


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
        legacy = _LegacyFonts(document)
        legacy.decode(document.element.body)
        notes = _Notes(document, legacy)
        lines: list[str] = _letterhead_in_header(document, notes)
        numbering = _Numbering(document)
        for child in _blocks(document.element.body):
            lines.extend(_alt_chunk_lines(document, child) if _local(child) == "altChunk"
                         else _block_lines(child, notes, numbering))
        props = document.core_properties
        date = props.created.date().isoformat() if props.created else None
        text = "\n".join(lines)
        return RawDocument(
            path=path,
            pages=[RawPage(text=text)],
            title=(props.title or None),
            author=(props.author or None),
            date=date,
            # a document converted from a PDF keeps each printed line as a paragraph: joined as a text file's
            wrapped=hard_wrapped(text),
            extra={"legacy_encoding": legacy.encoding} if legacy.encoding else {},
        )


def _block_lines(child, notes: _Notes | None, numbering: _Numbering | None = None) -> list[str]:  # noqa: ANN001
    """A paragraph's lines (and those of the text boxes it anchors), or a table's; then the notes they cite. A body
    paragraph (an lxml w:p) opens with the number Word's automatic numbering shows it with ("I.", "2.1.")."""
    lines: list[str] = []
    if _local(child) == "p":
        own, boxed = _text(child, "\n", notes), _text_box_blocks(child)
        label = numbering.label(child) if numbering is not None and own.strip() else None
        if label and not own.lstrip().startswith(label):
            own = f"{label} {own.lstrip()}"
        if own or not boxed:  # a paragraph that only anchors a text box is no empty line
            lines.append(own)
        for block in boxed:
            lines.extend([_text(block, "\n", notes)] if _local(block) == "p" else _table_lines(block, notes))
    else:
        lines.extend(_table_lines(child, notes))
    if notes is not None:
        lines.extend(notes.flush())
    return lines


_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _alt_chunk_lines(document, chunk) -> list[str]:  # noqa: ANN001 - a python-docx Document, an lxml w:altChunk
    """The lines of a part a ``w:altChunk`` imports where it stands (a reporting system's "Word" export: the report
    as an HTML page or an MHT web archive inside the package, which Word turns into paragraphs when it opens
    the file): read as the HTML reader reads a page."""
    import email
    import email.policy

    from bs4 import BeautifulSoup

    from ingest.loaders.html import body_text

    part = document.part.related_parts.get(chunk.get(_R_ID))
    if part is None:
        log.warning("an imported part (w:altChunk %s) is missing from the package: skipped", chunk.get(_R_ID))
        return []
    kind = part.content_type.split(";")[0].strip().lower()
    blob = part.blob
    if kind in ("message/rfc822", "multipart/related", "application/x-mimearchive"):
        message = email.message_from_bytes(blob, policy=email.policy.compat32)
        html = next((m for m in message.walk() if m.get_content_type() == "text/html"), None)
        if html is None:
            log.warning("an imported web archive (w:altChunk) holds no HTML page: skipped")
            return []
        blob = html.get_payload(decode=True) or b""
        charset = html.get_content_charset()
        markup = blob.decode(charset, errors="replace") if charset else blob
        return body_text(BeautifulSoup(markup, "html.parser")).split("\n")
    if kind in ("text/html", "application/xhtml+xml"):
        return body_text(BeautifulSoup(blob, "html.parser")).split("\n")
    if kind == "text/plain":
        return blob.decode("utf-8", errors="replace").splitlines()
    log.warning("an imported part of type %s (w:altChunk) is not read", kind)
    return []


def _letterhead_in_header(document, notes: _Notes | None) -> list[str]:  # noqa: ANN001 - a python-docx Document
    """The letterhead a report keeps in its first page's header (often in a text box there): the header's
    lines when they carry the national motto. A running header ("Chi cục TĐC Nghệ An - Báo cáo 9 tháng")
    stays out, as every page's header does."""
    if not document.sections:
        return []
    section = document.sections[0]
    for header in (section.first_page_header, section.header):
        try:
            if header.is_linked_to_previous:
                continue
            lines = [ln for child in _blocks(header._element) for ln in _block_lines(child, notes)]
        except (AttributeError, KeyError, ValueError):  # a header part missing or unreadable: no letterhead there
            continue
        if NATIONAL_MOTTO_RE.search(" ".join(" ".join(lines).split())):
            return lines
    return []


def _local(node) -> str:  # noqa: ANN001 - an lxml element
    return node.tag.rsplit("}", 1)[-1] if isinstance(node.tag, str) else ""


_WRAPPERS = ("sdt", "sdtContent", "customXml")  # content controls (a table of contents, a form field) hold body text
_SKIPPED = ("Fallback", "txbxContent", "del", "moveFrom")  # the VML copy of a drawing; text boxes apart; deletions
_NOTE_KINDS = {"footnoteReference": "footnote", "endnoteReference": "endnote"}


def _blocks(parent):  # noqa: ANN001, ANN202 - lxml elements
    """The body's paragraphs and tables in reading order, also those inside content controls (not those
    still showing a form's placeholder: "Nhấp hoặc gõ vào đây để nhập văn bản.")."""
    for child in parent.iterchildren():
        tag = _local(child)
        if tag in ("p", "tbl", "altChunk"):
            yield child
        elif tag in _WRAPPERS and not _placeholder(child):
            yield from _blocks(child)


def _placeholder(node) -> bool:  # noqa: ANN001 - an lxml element
    """Is ``node`` a content control still showing its template's placeholder ("Nhấp hoặc gõ vào đây để nhập
    số liệu.", "Ví dụ: 125"), a field nobody filled in: none of the report's text?"""
    if _local(node) != "sdt":
        return False
    props = node.find(f"{_W}sdtPr")
    return props is not None and props.find(f"{_W}showingPlcHdr") is not None


def _cells_of(row):  # noqa: ANN001, ANN202 - lxml elements
    """A table row's cells, also those a content control wraps (a form's cell to fill in)."""
    for child in row.iterchildren():
        tag = _local(child)
        if tag == "tc":
            yield child
        elif tag in _WRAPPERS:
            yield from _cells_of(child)


def _descendants(node, skipped: tuple[str, ...]):  # noqa: ANN001, ANN202 - lxml elements
    """Every element under ``node`` in document order, leaving out the subtrees whose tag is in ``skipped``."""
    for child in node.iterchildren():
        if _local(child) in skipped or _placeholder(child):
            continue
        yield child
        yield from _descendants(child, skipped)


def _text_box_blocks(paragraph) -> list:  # noqa: ANN001 - an lxml element
    """The paragraphs and tables (a letterhead's two columns) of the text boxes anchored in a paragraph, each
    once: a drawing is stored twice (the DrawingML text box, and a VML copy under ``mc:Fallback`` for old
    Word), and only the first is read."""
    return [block for holder in (paragraph, *_descendants(paragraph, ("Fallback", "txbxContent")))
            for box in holder.iterchildren() if _local(box) == "txbxContent"
            for block in _blocks(box)]


class _Notes:
    """Footnotes and endnotes: a reference reads "[1]" where Word prints its superscript number, and the
    note's text follows the paragraph or table that refers to it as a "[1] …" line, so that the note is
    read (and chunked) with the passage it explains rather than at the end of the document."""

    def __init__(self, document, legacy: _LegacyFonts | None = None) -> None:  # noqa: ANN001 - a python-docx Document
        self._texts: dict[tuple[str, str], str] = {}
        self._order: list[tuple[str, str]] = []
        self._pending: list[tuple[str, str]] = []
        for kind in ("footnote", "endnote"):
            root = _part_root(document, kind + "s")
            if root is None:
                continue
            if legacy is not None:
                legacy.decode(root)
            for note in root.iterchildren():
                if _local(note) == kind and note.get(f"{_W}type") in (None, "normal"):
                    text = " ".join(" ".join(_text(p, " ", None).split()) for p in note.iter() if _local(p) == "p")
                    self._texts[(kind, note.get(f"{_W}id") or "")] = text.strip()

    def mark(self, kind: str, note_id: str) -> str:
        key = (kind, note_id)
        if key not in self._texts:
            return ""
        if key not in self._order:
            self._order.append(key)
            self._pending.append(key)
        return f"[{self._label(key)}]"

    def _label(self, key: tuple[str, str]) -> str:
        same_kind = [k for k in self._order if k[0] == key[0]]
        number = same_kind.index(key) + 1
        return str(number) if key[0] == "footnote" else _roman(number)

    def flush(self) -> list[str]:
        """The notes referred to since the last call, as lines."""
        out = [f"[{self._label(key)}] {self._texts[key]}" for key in self._pending if self._texts[key]]
        self._pending.clear()
        return out


class _LegacyFonts:
    """Runs typed in a pre-Unicode Vietnamese font, decoded where they stand.

    A report typed in ``.VnTime`` (TCVN3) stores "B¸o c¸o"; later edits in Times New Roman store
    Unicode, often inside the same paragraph. Read as one text, a guess per block would push the
    Unicode words through the TCVN3 table too ("ngày" → "ngỔy"), and a ``.VnTimeH`` heading's
    capitals cannot be told from lower case. Word says which font draws each run, so each run is
    decoded by its own font (:func:`ingest.legacy.legacy_font`): the run's ``w:rFonts``, else its
    character style's, else its paragraph style's (each with its ``basedOn`` chain), else the
    document defaults. A run in a Unicode font is left as it is."""

    def __init__(self, document) -> None:  # noqa: ANN001 - a python-docx Document
        self._styles: dict[str, tuple[str | None, tuple[str, ...]]] = {}  # id -> (basedOn, fonts)
        self._default_paragraph: str | None = None
        self._defaults: tuple[str, ...] = ()
        self._resolved: dict[str, tuple[str, ...]] = {}
        self._used: dict[str, int] = {}
        try:
            styles = document.styles.element
        except (KeyError, ValueError, AttributeError):  # a package without a styles part
            return
        for node in styles.iterchildren():
            if _local(node) == "docDefaults":
                self._defaults = _fonts(node.find(f"{_W}rPrDefault/{_W}rPr"))
            elif _local(node) == "style" and node.get(f"{_W}styleId"):
                based = node.find(f"{_W}basedOn")
                self._styles[node.get(f"{_W}styleId")] = (
                    based.get(f"{_W}val") if based is not None else None, _fonts(node.find(f"{_W}rPr")))
                if node.get(f"{_W}type") == "paragraph" and node.get(f"{_W}default") in ("1", "true", "on"):
                    self._default_paragraph = node.get(f"{_W}styleId")

    @property
    def encoding(self) -> str | None:
        """The legacy encoding of most decoded runs, None when every run is in a Unicode font."""
        return max(self._used, key=self._used.__getitem__) if self._used else None

    def decode(self, root) -> None:  # noqa: ANN001 - an lxml element
        """Decode, in place, the text of every legacy-font run under ``root``."""
        from ingest.legacy import decode_font_text, legacy_font

        for run in root.iter(f"{_W}r"):
            texts = [t for t in run.iterchildren(f"{_W}t") if t.text]
            if not texts:
                continue
            font = next((f for f in (legacy_font(n) for n in self._run_fonts(run)) if f), None)
            if font is None:
                continue
            encoding, upper = font
            for t in texts:
                t.text = decode_font_text(t.text, encoding, upper)
            self._used[encoding] = self._used.get(encoding, 0) + 1

    def _run_fonts(self, run) -> tuple[str, ...]:  # noqa: ANN001 - an lxml w:r element
        props = run.find(f"{_W}rPr")
        own = _fonts(props)
        if own:
            return own
        char_style = props.find(f"{_W}rStyle") if props is not None else None
        styled = self._style_fonts(char_style.get(f"{_W}val") or "") if char_style is not None else ()
        if styled:
            return styled
        paragraph = run.getparent()
        while paragraph is not None and _local(paragraph) != "p":
            paragraph = paragraph.getparent()
        style = paragraph.find(f"{_W}pPr/{_W}pStyle") if paragraph is not None else None
        style_id = style.get(f"{_W}val") if style is not None else self._default_paragraph
        return self._style_fonts(style_id or "") or self._defaults

    def _style_fonts(self, style_id: str) -> tuple[str, ...]:
        if style_id not in self._resolved:
            fonts: tuple[str, ...] = ()
            seen: set[str] = set()
            current: str | None = style_id
            while current and current in self._styles and current not in seen and not fonts:
                seen.add(current)
                current, fonts = self._styles[current]
            self._resolved[style_id] = fonts
        return self._resolved[style_id]


def _fonts(props) -> tuple[str, ...]:  # noqa: ANN001 - an lxml w:rPr element or None
    """The font names a run's properties set for Latin text (``w:ascii``, ``w:hAnsi``), if any."""
    fonts = props.find(f"{_W}rFonts") if props is not None else None
    if fonts is None:
        return ()
    return tuple(n for n in (fonts.get(f"{_W}ascii"), fonts.get(f"{_W}hAnsi")) if n)


def _part_root(document, name: str):  # noqa: ANN001, ANN202 - a python-docx Document; an lxml element or None
    from lxml import etree

    for rel in document.part.rels.values():
        if rel.reltype.endswith("/" + name) and not rel.is_external:
            try:
                return etree.fromstring(rel.target_part.blob)
            except etree.XMLSyntaxError:
                return None
    return None


class _Numbering:
    """Word's automatic numbering (``word/numbering.xml``): the label a numbered paragraph is shown with, which is
    no text of the paragraph ("I." of "I. KẾT QUẢ …", "2.1." of a Heading 3). A paragraph is numbered by its own
    ``w:numPr`` or its style's (a heading style linked to a list); the counters run per list definition across
    the document, a level's counting restarting under each item of a higher level. Bullets and unknown number
    formats show no label here."""

    _FORMATS = ("decimal", "decimalZero", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter")

    def __init__(self, document) -> None:  # noqa: ANN001 - a python-docx Document
        self._levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (abstract, level) → (format, text, start)
        self._abstract: dict[str, str] = {}  # numId → abstractNumId
        self._overrides: dict[tuple[str, int], int] = {}  # (numId, level) → start
        self._style_num: dict[str, tuple[str | None, int | None]] = {}  # styleId → (numId, level)
        self._style_level: dict[tuple[str, str], int] = {}  # (abstract, styleId) → level (a lvl's w:pStyle)
        self._counts: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        root = _part_root(document, "numbering")
        if root is None:
            return
        for abstract in root.iter(f"{_W}abstractNum"):
            aid = abstract.get(f"{_W}abstractNumId") or ""
            for lvl in abstract.iter(f"{_W}lvl"):
                level = int(lvl.get(f"{_W}ilvl") or 0)
                fmt, text = _val(lvl.find(f"{_W}numFmt")), _val(lvl.find(f"{_W}lvlText"))
                start = _val(lvl.find(f"{_W}start"))
                self._levels[(aid, level)] = (fmt or "decimal", text or "", int(start) if start.isdigit() else 1)
                if style := _val(lvl.find(f"{_W}pStyle")):
                    self._style_level[(aid, style)] = level
        for num in root.iter(f"{_W}num"):
            nid = num.get(f"{_W}numId") or ""
            self._abstract[nid] = _val(num.find(f"{_W}abstractNumId"))
            for override in num.iter(f"{_W}lvlOverride"):
                start = _val(override.find(f"{_W}startOverride"))
                if start.isdigit():
                    self._overrides[(nid, int(override.get(f"{_W}ilvl") or 0))] = int(start)
        styles = _part_root(document, "styles")
        for style in styles.iter(f"{_W}style") if styles is not None else ():
            props = style.find(f"{_W}pPr")
            numpr = props.find(f"{_W}numPr") if props is not None else None
            if numpr is not None:
                level = _val(numpr.find(f"{_W}ilvl"))
                self._style_num[style.get(f"{_W}styleId") or ""] = (
                    _val(numpr.find(f"{_W}numId")) or None, int(level) if level.isdigit() else None)

    def label(self, paragraph) -> str | None:  # noqa: ANN001 - an lxml w:p element
        """The number ``paragraph`` is shown with, counted; None when it is not numbered (or shows a bullet)."""
        if not self._levels:
            return None
        props = paragraph.find(f"{_W}pPr")
        numpr = props.find(f"{_W}numPr") if props is not None else None
        style = _val(props.find(f"{_W}pStyle")) if props is not None else ""
        nid, level = None, None
        if numpr is not None:
            nid, lvl = _val(numpr.find(f"{_W}numId")) or None, _val(numpr.find(f"{_W}ilvl"))
            level = int(lvl) if lvl.isdigit() else None
        if nid is None and style in self._style_num:
            nid, level = self._style_num[style][0], level if level is not None else self._style_num[style][1]
        if not nid or nid == "0" or nid not in self._abstract:
            return None
        aid = self._abstract[nid]
        if level is None:
            level = self._style_level.get((aid, style), 0)
        if (aid, level) not in self._levels:
            return None
        counts = self._counts.setdefault(aid, {})
        if nid not in self._started:  # a list instance restarting its levels (w:startOverride)
            self._started.add(nid)
            for (n, lv), start in self._overrides.items():
                if n == nid:
                    counts[lv] = start - 1
        counts[level] = counts.get(level, self._levels[(aid, level)][2] - 1) + 1
        for deeper in [lv for lv in counts if lv > level]:
            del counts[deeper]
        fmt, text, _ = self._levels[(aid, level)]
        if fmt not in self._FORMATS or not text:
            return None

        def shown(m: re.Match[str]) -> str:
            lv = int(m.group(1)) - 1
            f, _, start = self._levels.get((aid, lv), ("decimal", "", 1))
            return _formatted(counts.get(lv, start), f)

        label = re.sub(r"%([1-9])", shown, text).strip()
        return label or None


def _val(node) -> str:  # noqa: ANN001 - an lxml element or None
    return (node.get(f"{_W}val") or "") if node is not None else ""


def _formatted(number: int, fmt: str) -> str:
    """``number`` as a list's number format shows it."""
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(number)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt in ("upperLetter", "lowerLetter") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return letter.upper() if fmt == "upperLetter" else letter
    return f"{number:02d}" if fmt == "decimalZero" else str(number)


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out, number = out + letters, number - value
    return out


def _text(paragraph, line_break: str, notes: _Notes | None) -> str:  # noqa: ANN001 - an lxml element
    """A paragraph's text with its tabs and line breaks (``w:tab``, ``w:br``, ``w:cr``) kept as whitespace:
    "Công ty<w:br/>TNHH" is two words, not "Công tyTNHH". Text boxes are read apart
    (:func:`_text_box_blocks`), tracked deletions and a drawing's VML copy not at all; a footnote
    reference reads "[1]"."""
    out: list[str] = []
    for node in _descendants(paragraph, _SKIPPED):
        tag = _local(node)
        if tag == "t":
            out.append(node.text or "")
        elif tag == "tab":
            out.append("\t")
        elif tag in ("br", "cr"):
            out.append(line_break)
        elif tag == "noBreakHyphen":
            out.append("-")
        elif tag in _NOTE_KINDS and notes is not None:
            out.append(notes.mark(_NOTE_KINDS[tag], node.get(f"{_W}id") or ""))
    return "".join(out)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _table_lines(table, notes: _Notes | None) -> list[str]:  # noqa: ANN001 - an lxml w:tbl element
    """A table's lines, a line per row; a table nested in a cell follows the row that holds it, its own rows
    as lines (its text is not also run into the outer cell)."""
    rows = [row for row in _descendants(table, ("tbl",)) if _local(row) == "tr"]
    if rows and all(len(list(_cells_of(row))) == 1 for row in rows):
        # a table of one column lays a page out (the body typed in a frame, a section in a bordered box): its
        # paragraphs are the text's own lines and its nested tables stand where they are, not after the cell's
        # text run into one line
        return [line for row in rows for cell in _cells_of(row) for block in _blocks(cell)
                for line in _block_lines(block, notes)]
    cells = [[_cell(cell, notes) for cell in _cells_of(row)] for row in rows]
    lines = table_lines(cells)
    nested = [list(_inner_tables(row)) for row in rows]
    if not any(nested):
        return lines
    if len(lines) != len(rows):  # a header over several rows was made one line: inner tables after the table
        return lines + [line for inner in nested for t in inner for line in _table_lines(t, notes)]
    inner_lines = [[x for t in inner for x in _table_lines(t, notes)] for inner in nested]
    spread = _spread_inner(lines, inner_lines)
    if spread is not None:
        return spread
    out: list[str] = []
    for line, inner in zip(lines, inner_lines):
        out.append(line)
        out.extend(inner)
    return out


def _spread_inner(lines: list[str], inner: list[list[str]]) -> list[str] | None:
    """A column whose cells each hold a small table of one header row and one row of figures, the same header
    in every cell ("Chi tiết theo quý" over "Quý I | Quý II | Quý III | Quý IV" / "14.326 | 17.842 | …"): its
    figures spread into the row as cells of their own, the header's cell into one per inner column ("Chi tiết
    theo quý Quý I"), so each figure is read with its column. None when the nested tables are not of that shape."""
    held = [i for i, x in enumerate(inner) if x]
    if not held or held[0] == 0 or len({tuple(inner[i][:1]) for i in held}) != 1 \
            or any(len(inner[i]) != 2 for i in held):
        return None
    head = inner[held[0]][0].split(" | ")
    rows = {i: inner[i][1].split(" | ") for i in held}
    if len(head) < 2 or any(len(r) != len(head) or not all(c == "-" or is_figure(c) for c in r) for r in rows.values()):
        return None
    outer = lines[0].split(" | ")
    if any(len(lines[i].split(" | ")) != len(outer) - 1 for i in held):
        return None  # (the holding cell, empty of text, is the row's last)
    out = [" | ".join(outer[:-1] + [f"{outer[-1]} {h}" for h in head])]
    for i, line in enumerate(lines[1:], 1):
        out.append(" | ".join(line.split(" | ") + rows[i]) if i in rows else line)
    return out



def _inner_tables(node):  # noqa: ANN001, ANN202 - lxml elements
    """The tables under ``node`` that no other table under it holds (a cell's own nested tables)."""
    for child in node.iterchildren():
        if _local(child) == "tbl":
            yield child
        else:
            yield from _inner_tables(child)


def _cell(cell, notes: _Notes | None = None) -> Cell:  # noqa: ANN001 - an lxml w:tc element
    """A table cell's text, how many grid columns it spans (``w:gridSpan``) and whether it continues the
    cell above (``w:vMerge`` without "restart")."""
    paragraphs = [p for p in _descendants(cell, ("tbl",)) if _local(p) == "p"]  # a nested table is read apart
    text = " ".join(" ".join(_text(p, " ", notes).split()) for p in paragraphs).strip()
    props = cell.find(f"{_W}tcPr")
    span, continued = 1, False
    if props is not None:
        grid = props.find(f"{_W}gridSpan")
        if grid is not None and (grid.get(f"{_W}val") or "").isdigit():
            span = max(1, int(grid.get(f"{_W}val")))
        merge = props.find(f"{_W}vMerge")
        continued = merge is not None and merge.get(f"{_W}val", "continue") == "continue"
    return Cell(text, colspan=span, continued=continued)
