"""PDF via pypdf: text per page, 1-based page numbers kept; scanned pages go to OCR when available.

pypdf is pinned below 7: pypdf 7 refuses streams whose filter is abbreviated ``/Fl``, which older
producers (pdfFactory, common for Vietnamese government PDFs) write.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path

from assistant.errors import IngestError
from ingest.loaders import RawDocument, RawPage, register_loader
from ingest.loaders.struck import drop_watermarks, strike_out
from ingest.reflow import (ends_sentence, is_figure, page_edge_line, reflow, running_signatures, stacked_cells, starts_item,
                           trailing_figures)

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
        texts: list[str] = []
        lefts: list[float] = []  # where each page's leftmost text starts (form fields are placed against it)
        for i in range(n_pages):
            raised = _RaisedMarks()
            try:
                marked = drop_watermarks(reader.pages[i])  # "DỰ THẢO" drawn slanted across the page is no text of it
                if marked:
                    log.info("%s: page %d: %d slanted watermark string(s) left out", path.name, i + 1, marked)
                struck = strike_out(reader.pages[i])  # a draft printed with its tracked changes: deleted text is no text
                text = raised.marked(reader.pages[i].extract_text(visitor_text=raised) or "")
                if struck:  # (a deleted table row leaves only the spaces between its cells: no line of its own)
                    log.info("%s: page %d: %d struck-out (deleted) strings left out", path.name, i + 1, struck)
                    text = _BLANKED_LINE_RE.sub("", text)
                texts.append(text)
            except Exception as exc:  # noqa: BLE001 - a broken page must not stop the file
                log.warning("%s: page %d could not be read: %s", path.name, i + 1, exc)
                texts.append("")
            lefts.append(raised.left)
        positioned = _word_per_line("\n".join(texts))  # a "Microsoft Print to PDF"-like file: every word drawn apart
        for i, text in enumerate(texts):
            fields = _field_strings(reader, i, path.name, lefts[i])
            if fields:  # a filled-in form not flattened: what was typed stands in its fields, on the template's lines
                text = positioned_text(_strings(reader.pages[i]) + fields)
            elif positioned and text.strip():
                text = _positioned_text(reader.pages[i], path.name) or text
            elif _unlabelled_rows(text):  # a spreadsheet printed to PDF: its rows read from where their cells stand
                laid_out = _positioned_text(reader.pages[i], path.name)
                text = laid_out if _table_page(laid_out) else text
            elif _spaced_rows(text) or _cell_per_line(text) and _cell_per_line(stacked_cells(reflow(text))):
                # a table the plain text runs together, or writes a cell per line that the stacked-cell reading
                # cannot rebuild (checked only where the plain text has such runs: the rebuild is not cheap)
                laid_out = _positioned_text(reader.pages[i], path.name)
                text = laid_out if _tabled_page(laid_out) else _spliced_rows(text, laid_out)
            elif _split_syllables(text):
                if (lines := _page_lines(reader.pages[i], path.name)) is not None:
                    if _RUN_PER_LINE_RE.search(text):  # (each run a line of its own: the page's lines made whole first)
                        text = _runs_joined(text, lines)
                    text = _split_words_mended(text, lines)
            elif _LONE_WORDS_RE.search(text):  # a slide's title drawn a word at a time ("KẾT\nQUẢ\nNỔI\nBẬT")
                if (lines := _page_lines(reader.pages[i], path.name)) is not None:
                    text = _lone_words_joined(text, lines)
            text = _glued_note_marks(text)
            if not text.strip():
                empty.append(i)
            pages.append(RawPage(text=text, page=i + 1, relayout=_layout_extractor(reader, i, path.name)))
        _over_pages_stitched(reader, texts, pages, path.name)
        _carried_rows_split(pages)
        _stamps_first(pages)
        _footnotes_placed(pages)
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


# A form filled in and sent without flattening it (Acrobat, Foxit): what was typed lives in the fields' widget
# annotations, not in the page's content, and the plain reading shows the empty template. Each field is read as a
# viewer shows it, from its appearance stream ("12.846" where the value is the raw "12846" and a format action
# writes it the Vietnamese way), set where the field stands; a check box is ☒ or ☐. A reviewer's notes (sticky
# notes, text boxes) are no field, and stay out.
_HIDDEN_FLAG = 2  # an annotation's /F bit for "hidden"


def _field_strings(reader, index: int, name: str, left: float) -> list[dict]:  # noqa: ANN001 - a pypdf PdfReader
    try:
        annots = reader.pages[index].get("/Annots")
        annots = annots.get_object() if annots is not None else None
        if not annots:
            return []
        out: list[dict] = []
        for ref in annots:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Widget" or int(annot.get("/F", 0) or 0) & _HIDDEN_FLAG or "/Rect" not in annot:
                continue
            out.extend(_widget_strings(reader, annot))
        # (the layout reading sets a page's leftmost string at 0: the fields are moved as far)
        return [dict(s, x0=s["x0"] - left, x1=s["x1"] - left) for s in out]
    except Exception as exc:  # noqa: BLE001 - pypdf internals; the page stays as its content reads
        log.warning("%s: page %d: form fields could not be read: %s", name, index + 1, exc)
        return []


def _inherited(annot, key: str):  # noqa: ANN001, ANN202 - a pypdf dictionary
    node = annot
    while node is not None:
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return None


def _widget_strings(reader, annot) -> list[dict]:  # noqa: ANN001 - a pypdf PdfReader and annotation dictionary
    from pypdf import PageObject
    from pypdf.generic import DictionaryObject, NameObject

    (x0, x1), (y0, y1) = sorted(float(v) for v in annot["/Rect"][0::2]), sorted(float(v) for v in annot["/Rect"][1::2])
    kind = _inherited(annot, "/FT")
    if kind == "/Btn":
        flags = int(_inherited(annot, "/Ff") or 0)
        if flags & (1 << 16):  # a push button: no value
            return []
        state = annot.get("/AS")
        h = max(1.0, min(y1 - y0, 12.0))
        return [{"x0": x0, "x1": x0 + h, "y": y0 + 0.2 * (y1 - y0), "h": h,
                 "text": "☐" if state in (None, "/Off") else "☒"}]
    appearance = annot.get("/AP")
    stream = appearance.get_object().get("/N") if appearance is not None else None
    stream = stream.get_object() if stream is not None else None
    if stream is None or not hasattr(stream, "get_data"):
        return []
    page = PageObject.create_blank_page(reader, width=max(1.0, x1 - x0), height=max(1.0, y1 - y0))
    resources = stream.get("/Resources")
    if resources is None:
        form = reader.trailer["/Root"].get("/AcroForm")
        resources = form.get_object().get("/DR") if form is not None else None
    page[NameObject("/Resources")] = resources.get_object() if resources is not None else DictionaryObject()
    page[NameObject("/Contents")] = stream
    bbox = [float(v) for v in stream.get("/BBox", [0, 0, x1 - x0, y1 - y0])]
    # (a field's text is a word apart from the template's words beside it: "Quý III" before "năm")
    return [dict(s, x0=s["x0"] - bbox[0] + x0, x1=s["x1"] - bbox[0] + x0, y=s["y"] - bbox[1] + y0,
                 space_before=True, space_after=True, field=True) for s in _strings(page)]


# A wide spreadsheet printed "down, then over" (Excel's default page order): the columns that do not fit go on
# later pages, their rows at the same heights as on the page that holds the rows' labels, but without them
# ("104,0% 113,0% 3 234.000.000" under "So sánh (%) | Số PTĐ không đạt | Doanh thu"). Such a page is read with the
# page whose rows it continues, its strings set right of that page's: each row then holds all its cells.
_OVER_ROW_RE = re.compile(r"^\s*(?:-?\d[\d.,]*%?|#\S+)\s+(?:-?\d[\d.,]*%?|#\S+)(?:\s|$)")
_SHEET_ERROR = r"(?:#(?:DIV/0!|N/A|VALUE!|REF!|NAME\?|NUM!|NULL!)|#{3,})"  # a spreadsheet's error value, a narrow cell's "####"
_SHEET_ERROR_RE = re.compile(rf"{_SHEET_ERROR}(?:\s+{_SHEET_ERROR})*")
_OVER_ROWS = 3  # rows of figures without labels an over page holds at least
_OVER_ALIGNED = 0.8  # … this share of them at the height of one of the rows of the page it continues
_OVER_LOOKBACK = 4  # pages back from an over page where the page it continues may be


def _over_pages_stitched(reader, texts: list[str], pages: list[RawPage], name: str) -> None:  # noqa: ANN001 - PdfReader
    """Each page whose rows are figures without labels, continuing an earlier page's rows at the same heights
    (the earliest such page not yet continued, within a few pages), is read as part of that page: the earlier page
    gets the rows read from where the strings of both stand, the later one keeps only what did not join a row."""
    def figures_only(text: str) -> bool:  # (rows of figures, or their cells a line each)
        lines = text.split("\n")
        return sum(bool(_OVER_ROW_RE.match(line)) for line in lines) >= _OVER_ROWS \
            or sum(is_figure(line) for line in lines if line.strip()) >= 2 * _OVER_ROWS

    if not any(figures_only(text) for text in texts[1:]):
        return
    strings: dict[int, list[dict]] = {}

    def placed(i: int) -> list[dict]:
        if i not in strings:
            try:
                strings[i] = _strings(reader.pages[i])
            except Exception as exc:  # noqa: BLE001 - pypdf internals; the page stays as read
                log.warning("%s: page %d: positioned text extraction failed: %s", name, i + 1, exc)
                strings[i] = []
        return strings[i]

    continued: set[int] = set()
    overs: set[int] = set()
    for i, text in enumerate(texts):
        if not i or not figures_only(text):
            continue
        rows = _unlabelled_rows_of(placed(i))
        if rows is None:
            continue
        for j in range(max(0, i - _OVER_LOOKBACK), i):
            if j in continued or j in overs or not _rows_continued(rows, placed(j)):
                continue
            head, over, below = _over_rows(placed(j), placed(i))
            unmatched: list[dict] = []
            pages[j] = replace(pages[j], text=positioned_text(placed(j) + head, beside=over, unmatched=unmatched))
            rest = "\n".join([r["text"] for r in unmatched] + ([positioned_text(below)] if below else []))
            pages[i] = replace(pages[i], text=rest)
            continued.add(j)
            overs.add(i)
            break


# A table's last rows carried over to the next page, too few there for that page to be read as a table ("8 Huyện
# Kim Sơn 2.000 2.175 108,8" / "Tổng cộng 18.000 18.975 105,4" under the running head): each is split into cells
# as the rows the previous page ends on are (a row number, a label, as many figures), so the table reads on.
_CARRY_EDGE_LINES = 2  # lines a page may end on after its last row (a page number) or start with (a running head)


def _carried_rows_split(pages: list[RawPage]) -> None:
    """Each page opening (under at most a running head) on rows of figures as the previous page's last table row
    has them, not yet in cells: those rows written in cells like it."""
    for before, page in zip(pages, pages[1:]):
        tail = [ln for ln in before.text.rstrip().split("\n")[-1 - _CARRY_EDGE_LINES:] if ln.strip()]
        last = next((ln for ln in reversed(tail) if " | " in ln), None)
        if last is None or "|" in tail[-1] and tail[-1] is not last:
            continue
        cells = [c.strip() for c in last.split("|")]
        numbered = bool(re.fullmatch(r"\d{1,3}", cells[0]))
        figures = sum(is_figure(c) or c == "-" for c in cells[numbered:])
        if figures < 2 or len(cells) - figures > 2 + numbered:
            continue
        lines = page.text.split("\n")
        rewritten, seen = 0, 0
        for k, line in enumerate(lines):
            if not line.strip():
                continue
            if "|" in line:
                break
            label, figs = trailing_figures(line)
            if len(figs) != figures or not label:
                seen += 1
                if rewritten or seen > _CARRY_EDGE_LINES:
                    break
                continue
            head = re.match(r"(\d{1,3})\s+(?=\S)", label) if numbered else None
            parts = [head.group(1), label[head.end():]] if head else [label]
            lines[k] = " | ".join([*parts, *figs])
            rewritten += 1
        if rewritten:
            page.text = "\n".join(lines)


def _figure_like(text: str) -> bool:
    return is_figure(text) or bool(_SHEET_ERROR_RE.fullmatch(text.strip()))


def _unlabelled_rows_of(strings: list[dict]) -> list[dict] | None:
    """A page's rows of figures, if most of them open with two figures (or a spreadsheet's error values) and none
    with a row number and a label: the lines, else None."""
    rows = []
    for line in _lines([dict(s) for s in strings]):
        cells = _cells(line)
        if sum(_figure_like(c["text"]) for c in cells) < 2:
            continue
        if _ROW_NUMBER_RE.fullmatch(cells[0]["text"].strip()) and not _figure_like(cells[1]["text"]):
            return None
        rows.append((line, len(cells) >= 2 and _figure_like(cells[0]["text"]) and _figure_like(cells[1]["text"])))
    if len(rows) < _OVER_ROWS or sum(bare for _, bare in rows) < _OVER_ALIGNED * len(rows):
        return None
    return [line for line, _ in rows]


def _rows_continued(rows: list[dict], strings: list[dict]) -> bool:
    """Do ``rows`` (an over page's) stand at the heights of an earlier page's rows that have labels (words beside
    their figures)?"""
    labelled = [line for line in _lines([dict(s) for s in strings])
                if sum(_counted(c["text"]) for c in _cells(line)) >= 1 and any(
                    re.match(r"[^\W\d_]", c["text"]) for c in _cells(line))]
    if len(labelled) < _OVER_ROWS:
        return False
    aligned = sum(any(abs(line["y"] - row["y"]) < _HEAD_WORDS_GAP * row["h"] for line in labelled) for row in rows)
    return aligned >= _OVER_ALIGNED * len(rows)


def _columns_of(cells: list[dict]) -> list[dict]:
    """The columns a page's rows stand in: their cells' extents, those that overlap merged."""
    columns: list[dict] = []
    for c in sorted(cells, key=lambda c: c["x0"]):
        if columns and c["x0"] < columns[-1]["x1"]:
            columns[-1]["x1"] = max(columns[-1]["x1"], c["x1"])
        else:
            columns.append({"x0": c["x0"], "x1": c["x1"]})
    return columns


def _in_columns(texts: list[str], placed: list[dict], columns: list[dict]) -> list[str]:
    """A row's cells each in its column, an empty column's cell written "-" (a row without revenue or note keeps its
    figures under their headers); the row as it was where a cell stands in no column or two share one."""
    at = [next((k for k, col in enumerate(columns) if _overlap(c, col)), None) for c in placed]
    if None in at or len(set(at)) != len(at) or at != sorted(at):
        return texts
    out = ["-"] * len(columns)
    for k, text in zip(at, texts):
        out[k] = text
    return out


def _running_line(line: dict, others: list[dict]) -> bool:
    """Is ``line`` a running header or footer that ``others`` (another page's lines) also has, at its height and
    with the same words ("Bieu01_PTD", "Trang 5 / 11" beside "Trang 3 / 11")?"""
    def words(x: dict) -> str:
        return re.sub(r"[\d\s]", "", "".join(s["text"] for s in x["items"]))
    return any(abs(line["y"] - o["y"]) < 3 * _TIE * line["h"] and words(o) == words(line) for o in others)


def _over_rows(left: list[dict], right: list[dict]) -> tuple[list[dict], list[dict], list[dict]]:
    """An over page (``right``) in three parts: its header's strings, set right of the widest line of the page
    it continues (``left``); its rows, each ``y``, ``h`` and ``text``, the words of a note wrapped above a row
    taken into the row's last cell ("Công ty CP Cấp thoát" / "nước chậm thay thế" over "89,3% | … | đồng hồ định
    kỳ"); and the strings of what stands below its rows (a note under the table)."""
    left_lines = _lines([dict(s) for s in left])
    lines = [line for line in _lines([dict(s) for s in right]) if not _running_line(line, left_lines)]
    figured = [line for line in lines if sum(_figure_like(c["text"]) for c in _cells(line)) >= 2]
    if not figured:
        return [], [], [s for line in lines for s in line["items"]]
    top, bottom = figured[0], figured[-1]
    shift = max((s["x1"] for s in left), default=0.0) - min((s["x0"] for s in right), default=0.0) \
        + 2 * max((s["h"] for s in right), default=10.0)
    # (the first row's note, wrapped above it in its last cell, is no header: "Chợ Đông Kinh, chợ" over "… | Lừa")
    last = _cells(top)[-1]
    first_row = [top]
    for line in reversed([line for line in lines if line["y"] > top["y"] + 0.5 * top["h"]]):
        cells = _cells(line)
        if (_figure_like(last["text"]) or len(cells) > 1 or not _overlap(cells[0], last)
                or line["y"] - first_row[-1]["y"] >= 1.6 * line["h"]):
            break
        first_row.append(line)
    head = [dict(s, x0=s["x0"] + shift, x1=s["x1"] + shift) for line in lines
            if line["y"] > top["y"] + 0.5 * top["h"] and all(line is not x for x in first_row) for s in line["items"]]
    columns = _columns_of([c for line in figured for c in _cells(line)])
    rows: list[dict] = []
    notes: list[str] = []
    body = [line for line in lines if bottom["y"] - 0.5 * bottom["h"] <= line["y"] <= top["y"] + 0.5 * top["h"]
            or any(line is x for x in first_row)]
    for band in _bands(body):
        text = _line_text(band)
        figure_lines = [line for line in band if sum(_figure_like(c["text"]) for c in _cells(line)) >= 2]
        if not figure_lines:
            notes.append(text)
            continue
        cells = text.split(" | ")
        placed = _cells(figure_lines[0])
        if len(placed) == len(cells) and len(band) == 1:
            cells = _in_columns(cells, placed, columns)
        if notes and not _figure_like(cells[-1]):
            cells[-1] = " ".join(notes + [cells[-1]])
        elif notes:
            rows.append({"y": band[-1]["y"], "h": band[-1]["h"], "text": " ".join(notes), "note": True})
        notes = []
        rows.append({"y": figure_lines[0]["y"], "h": figure_lines[0]["h"], "text": " | ".join(cells)})
    below = [s for line in lines if line["y"] < bottom["y"] - 0.5 * bottom["h"] for s in line["items"]]
    return head, rows, below


# What signing software stamps on a signed PDF, drawn over the page after its text ("Người ký: …", "Thời gian
# ký: 16.01.2023 08:42:17 +07:00", "Văn bản được ký số bởi … ngày 16/01/2023"): a line of it opens with one of
# these labels.
_STAMP_LINE_RE = re.compile(r"\s*(?:Văn bản (?:được|đã được) ký số bởi|(?:Được |Đã )?[Kk]ý (?:số )?bởi\s*:|Người ký\s*:|"
                            r"Email\s*:|E-mail\s*:|Cơ quan\s*:|Tổ chức\s*:|Thời gian ký\s*:|Ngày ký\s*:|Chức vụ\s*:|"
                            r"Signature (?:Not )?Valid|Signed by\s*:)")


def _stamps_first(pages: list[RawPage]) -> None:
    """A signature stamp's lines, which signing software draws over a page after its text, opening or closing
    that page's text, are moved to the start of the first page, once each (the signing box repeated on the
    pages after it, "Văn bản được ký số bởi …" down each margin): a sentence running on to the next page
    ("… chất lượng (năm" | "2021: 02 và 07 văn bản)") is then not cut by "Người ký: …". Only a run of such
    lines that names the signing ("ký") is a stamp."""
    found: list[str] = []
    for n, page in enumerate(pages):
        lines = page.text.rstrip("\n").split("\n")
        a, b = 0, len(lines)
        while a < b and _STAMP_LINE_RE.match(lines[a]):
            a += 1
        while b > a and _STAMP_LINE_RE.match(lines[b - 1]):
            b -= 1
        received = _received_stamp(lines[a:b])
        if received:
            lines = lines[:b - received] + lines[b:] + lines[b - received : b]  # (after the signing box: it goes first too)
            b -= received
        stamp = lines[:a] + lines[b:]
        if not stamp or a == b or not (received or any(_SIGNING_RE.search(line) for line in stamp)):
            continue
        found += [line for line in stamp if line not in found]
        pages[n] = replace(page, text="\n".join(lines[a:b]) + "\n")
    if found:
        pages[0] = replace(pages[0], text="\n".join(found) + "\n" + pages[0].text)


_SIGNING_RE = re.compile(r"\bký\b|\bsign", re.I)
# the receiving body's stamp on an incoming paper ("dấu đến"): "UBND TỈNH … / ĐẾN / Số: 4587 / Ngày: 12/7/2024 /
# Chuyển: …", stamped in a margin, drawn after the page's text
_RECEIVED_RE = re.compile(r"\s*(?:VĂN BẢN|CÔNG VĂN)?\s*ĐẾN\s*")
_RECEIVED_FIELD_RE = re.compile(r"\s*(?:Số|Ngày|Giờ|Chuyển|Người nhận|Lưu hồ sơ số)\s*:")


def _received_stamp(lines: list[str]) -> int:
    """How many lines at the end of a page's text are a received stamp (see ``_RECEIVED_RE``): its "ĐẾN" line,
    only the stamp's fields after it (two at least, "Số:" among them) and the receiving body's name in capitals
    before it; 0 when there is none."""
    for k in range(min(len(lines), 8), 2, -1):
        if not _RECEIVED_RE.fullmatch(lines[-k]):
            continue
        fields = lines[len(lines) - k + 1 :]
        if len(fields) >= 2 and all(_RECEIVED_FIELD_RE.match(x) for x in fields) and fields[0].strip().startswith("Số"):
            body = len(lines) > k and lines[-k - 1].strip().isupper() and len(lines[-k - 1]) <= 60
            return k + body
    return 0
# a footnote at a page's foot: its number, then its text ("1 Đề án được Thủ tướng …"), a reference "[1]" to it
# earlier on the page; a page's number or a line running over the pages (its header or footer) ends it
_FOOTNOTE_START_RE = re.compile(r"^\s*([1-9]\d?)\s+(?=[^\W\d_])")
_BARE_PAGE_NO_RE = re.compile(r"^\s*\d{1,3}\s*$")  # (at the very foot, under a footnote: the page's number)
_CAPTION_LINE_RE = re.compile(r"^\s*(?:bảng|biểu|hình|sơ đồ|biểu đồ)\s+\d+[.:]?", re.I)
_ROW_LIKE_RE = re.compile(r"\s\|\s|\d[\d.,]*\s+\d[\d.,]*\s+\d")  # a table's row ("2 Công tơ 3 pha chiếc 2.874 3.000 …")


def _footnotes_placed(pages: list[RawPage]) -> None:
    """Footnotes set at a page's foot, which the extraction reads after the page's last line: written "[1] …"
    (as a footnote reference in the text reads) and put where they cut nothing. A sentence running on to the
    next page ("3.123 công" | "tơ 3 pha)") keeps them out of it: they follow the first line that ends a
    sentence there. A page ending on a table's caption ("Bảng 3: …", its table on the next page) has them
    before the caption."""
    running = running_signatures([page.text.strip("\n") for page in pages])
    for n, page in enumerate(pages):
        lines = page.text.rstrip("\n").split("\n")
        end = len(lines)
        while end > 0 and (not lines[end - 1].strip() or page_edge_line(lines[end - 1], running)
                           or _BARE_PAGE_NO_RE.match(lines[end - 1])):
            end -= 1

        def referred(i: int) -> bool:  # a note's first line, its reference "[n]" on a line above it
            m = _FOOTNOTE_START_RE.match(lines[i])
            return bool(m) and not _ROW_LIKE_RE.search(lines[i]) and any(f"[{m.group(1)}]" in line for line in lines[:i])

        # (a footnote of ten lines at most; the first of several at the foot starts the block)
        start = min((i for i in range(max(0, end - 12), end) if referred(i)), default=None)
        if not start:
            continue
        notes: list[str] = []
        for i in range(start, end):
            if referred(i):
                m = _FOOTNOTE_START_RE.match(lines[i])
                notes.append(f"[{m.group(1)}] {lines[i][m.end():].strip()}")
            else:
                notes[-1] += " " + lines[i].strip()
        body, tail = lines[:start], lines[end:]
        last = next((k for k in range(len(body) - 1, -1, -1) if body[k].strip()), None)
        if last is None:
            continue
        if _CAPTION_LINE_RE.match(body[last]):
            pages[n] = replace(page, text="\n".join(body[:last] + notes + body[last:] + tail) + "\n")
        elif ends_sentence(body[last]) or n + 1 >= len(pages):
            pages[n] = replace(page, text="\n".join(body + notes + tail) + "\n")
        else:  # the sentence runs on: the notes after the next page's first line that ends one
            after = pages[n + 1].text.split("\n")
            k = next((k for k, line in enumerate(after[:40]) if ends_sentence(line)), None)
            if k is None:
                continue
            pages[n] = replace(page, text="\n".join(body + tail) + "\n")
            pages[n + 1] = replace(pages[n + 1], text="\n".join(after[: k + 1] + notes + after[k + 1 :]))


# A PDF that draws a line in runs cut at each accented letter (Typst: "ng", "ườ", "i") has its words split
# in pypdf's plain extraction, where a run starts apart from the one before ("ng ười", "chu ẩn", "Quy ết"), or
# on lines of their own where each run is a text object of its own font (wkhtmltopdf: "Ki\nể\nm").
# Such a word is written whole where the runs' positions show them flush, with no space at the cut.
_SPLIT_SYLLABLE_RE = re.compile(
    r"(?<![\w\d])(?:ngh|ng|nh|ch|gh|kh|ph|th|tr|[bcdđghklmnpqrstvx])[ \n][àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵăâêôơư]")
_SPLIT_SYLLABLES = 3


def _split_syllables(text: str) -> bool:
    """Does a page's plain text hold words split at an accented letter ("ng ười", "c ục")?"""
    return len(_SPLIT_SYLLABLE_RE.findall(text)) >= _SPLIT_SYLLABLES


def _page_lines(page, name: str) -> list[dict] | None:  # noqa: ANN001 - a pypdf PageObject
    """The page's strings placed in lines (:func:`_lines`), or None where pypdf cannot place them (the plain
    extraction then stays as it is)."""
    try:
        return _lines(_strings(page))
    except Exception as exc:  # noqa: BLE001 - pypdf internals
        log.warning("%s: positioned text extraction failed: %s", name, exc)
        return None


def _split_words_mended(text: str, lines: list[dict]) -> str:
    """``text`` with each word the page (placed in ``lines``) draws in several flush runs written whole where a
    space split it."""
    words: dict[str, list[str]] = {}
    for line in lines:
        items = sorted(line["items"], key=lambda s: s["x0"])
        joined, cuts = items[0]["text"], []
        for a, b in zip(items, items[1:]):
            if _flush(b["x0"] - a["x1"], a, b, line["h"]):
                cuts.append(len(joined))
            else:
                joined += " "
            joined += b["text"]
        for m in re.finditer(r"\w+", joined):
            inside = [c - m.start() for c in cuts if m.start() < c < m.end()]
            if inside:
                word = m.group()
                words[word] = [word[i:j] for i, j in zip([0] + inside, inside + [len(word)])]
    if not words:
        return text
    pattern = "|".join("[ \n]?".join(map(re.escape, parts)) for _, parts in sorted(words.items(), key=lambda w: -len(w[0])))
    return re.sub(rf"(?<!\w)(?:{pattern})(?!\w)", lambda m: re.sub(r"[ \n]", "", m.group()), text)


# an accented vowel on a line of its own between two parts of its word ("Ki\nể\nm"): a page whose runs the plain
# reading puts a line each
_RUN_PER_LINE_RE = re.compile(r"(?m)^[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵăâêôơư]{1,3}$")


def _runs_joined(text: str, lines: list[dict]) -> str:
    """``text`` with the runs the page (placed in ``lines``) draws one after the other on one baseline, a word's space apart at the
    most, which the plain reading puts a line each ("Ki\\nể\\nm tra \\n223 cơ sở\\n; xử phạt"), written as the one
    line they make, with the spaces the runs hold ("Kiểm tra 223 cơ sở; xử phạt"); a table's cells, further
    apart, stay a line each."""
    at = 0
    for line in lines:
        items = sorted(line["items"], key=lambda s: s["x0"])
        groups: list[list[dict]] = [[items[0]]]
        for a, b in zip(items, items[1:]):
            if b["x0"] - a["x1"] < _WORD_GAP * line["h"]:
                groups[-1].append(b)
            else:
                groups.append([b])
        for group in groups:
            if len(group) < 2 or not all(s["text"].strip() for s in group):
                continue
            pattern = re.compile(r"[ \t]*\n[ \t]*".join(re.escape(s["text"].strip()) for s in group))
            m = pattern.search(text, at) or pattern.search(text)
            if m is None:
                continue
            joined = m.group().replace("\n", "")
            text = text[: m.start()] + joined + text[m.end():]
            at = m.start() + len(joined)
    return text


# three lines or more of one short word each: words a presentation's export draws one at a time, with no space between
_LONE_WORDS_RE = re.compile(r"(?m)^(?:[^\s\d]{1,12}\n){2,}[^\s\d]{1,12}$")
_WORD_GAP = 0.6  # at most this many font heights between two words of one line (a table's cells stand further apart)


def _lone_words_joined(text: str, lines: list[dict]) -> str:
    """``text`` with the words the page (placed in ``lines``) draws one at a time on one baseline, a word's space apart, that the plain
    reading puts a line each (PowerPoint's PDF export of a slide title: "KẾT\nQUẢ\nNỔI\nBẬT\nNĂM\n2023"), written
    as the one line they make ("KẾT QUẢ NỔI BẬT NĂM 2023")."""
    for line in lines:
        items = sorted(line["items"], key=lambda s: s["x0"])
        if len(items) < 3 or not all(0 < b["x0"] - a["x1"] < _WORD_GAP * line["h"] for a, b in zip(items, items[1:])):
            continue
        words = [" ".join(s["text"].split()) for s in items]
        if all(words):
            text = re.sub(rf"(?m)^{re.escape(chr(10).join(words))}$", lambda _: " ".join(words), text, count=1)
    return text


# a footnote's reference the plain extraction glues to the word it notes ("186,5 triệu đồng3, tăng …"): a
# lower-case Vietnamese word (a letter beyond ASCII in it: "m3", "CO2" stay) then one or two digits
# (no leading zero, no period after it: "sử dụng02 cột", "Thực hiện9 tháng" are words a table cell runs together)
_GLUED_MARK_RE = re.compile(r"(?<![\w/-])([a-zà-ỹđ]*[à-ỹđ][a-zà-ỹđ]*)([1-9]\d?)(?=[,.;:)]?(?:\s|$))(?!\s+(?:tháng|năm|ngày|quý))")


_BLANKED_LINE_RE = re.compile(r"\n[ \t]+(?=\n)")  # a line of spaces only, where struck-out text stood


class _RaisedMarks:
    """Collects, while pypdf extracts a page, the footnote references set as raised small digits ("58²
    hồ sơ", which the plain text reads "582 hồ sơ"), and writes each "[2]" in that text."""

    def __init__(self) -> None:
        self._last = ("", 0.0, 0.0)  # the last drawn text, its size and its baseline
        self._marks: list[tuple[str, str]] = []  # (the text drawn before the mark, the mark)
        self._xs: list[float] = []  # where each text drawn starts, in the page's space

    @property
    def left(self) -> float:
        """Where the page's leftmost text starts (0 for a page without text)."""
        return min(self._xs, default=0.0)

    def __call__(self, text: str, cm, tm, font, size: float) -> None:  # noqa: ANN001 - pypdf's matrices and font
        if not text.strip():
            return
        self._xs.append(cm[0] * tm[4] + cm[2] * tm[5] + cm[4])
        scale = (abs(tm[3] * cm[3]) or 1.0) * size
        base = tm[5] * cm[3] + cm[5]
        last, last_scale, last_base = self._last
        if (_RAISED_MARK_RE.fullmatch(text) and last[-1:].isdigit() and 0 < scale <= RAISED_SIZE * last_scale
                and (abs(base - last_base) >= RAISED_SHIFT * last_scale or scale <= SMALL_SIZE * last_scale)):
            # (after a digit only: a mark glued to a word, "PTĐ2", is told by the plain text; "m2" is a power)
            self._marks.append((last[-12:], text.strip()))
            return  # (the text after the mark keeps the line's size and baseline)
        self._last = (text, scale, base)

    def marked(self, text: str) -> str:
        at = 0
        for before, mark in self._marks:
            found = text.find(before + mark, at)
            if found < 0:
                continue
            cut = found + len(before)
            text = f"{text[:cut]}[{mark}]{text[cut + len(mark):]}"
            at = cut
        return text


RAISED_SIZE, RAISED_SHIFT = 0.9, 0.15  # a mark is drawn at most this size of its line's, raised this much of it
SMALL_SIZE = 0.85  # … or this small (raised by a text rise, which the matrices pypdf reports do not show)
_RAISED_MARK_RE = re.compile(r"\s?[1-9]\d?|[¹²³⁴⁵⁶⁷⁸⁹]")


def _glued_note_marks(text: str) -> str:
    """``text`` with footnote references glued to a word written "[3]", as the positioned reading writes them."""
    return _GLUED_MARK_RE.sub(r"\1[\2]", text)


def _layout_extractor(reader, index: int, name: str):  # noqa: ANN001, ANN202 - pypdf PdfReader
    """Page ``index`` re-extracted in pypdf's layout mode (visual reading order), on demand."""

    def relayout() -> str:
        try:
            return reader.pages[index].extract_text(extraction_mode="layout") or ""
        except Exception as exc:  # noqa: BLE001 - fall back to the default extraction
            log.warning("%s: page %d: layout extraction failed: %s", name, index + 1, exc)
            return ""

    return relayout


# A page whose words are each drawn as a string of their own, at their own x (no space characters):
# pypdf's plain extraction writes one word per line. The page is then rebuilt from the strings'
# positions: a line per baseline, a space between words, " | " between cells of a table row or the
# two blocks of a letterhead; a table row whose cells wrap onto lines above and below its figures is
# one line; a small raised number (a footnote reference) reads "[1]".
_MIN_LINES = 30
_SINGLE_WORD_SHARE = 0.7
_CELL_GAP = 1.1  # a gap wider than this many font heights parts cells (unless all gaps of the line are even)
_FIGURE_GAP = 0.6  # … and one wider than this, where a figure stands alone on one side
_ROW_FIGURE_GAP = 0.35  # … or this, in a line of three figures or more (a table row)
_STRETCHED_GAP = 1.5  # a gap less than this many times the word gaps on both sides of it is a word gap too
_SHORT_HEAD = 3  # words of a header cell, set close beside the next one
_JUSTIFIED_GAP = 2.0  # an even gap between a justified line's words is narrower than this many font heights
_HEAD_WORDS_GAP = 0.4  # header strings this many font heights apart, each under its own cell above, are apart
_TIE = 0.1  # baselines this many font heights apart are equally near
_BAND = 0.9  # baselines closer than this many font heights: one row of a table (its cells wrap)
_SUPERSCRIPT_RE = re.compile(r"(\(?(?:\d{1,3}|\*{1,3})\)?)([,.;:]?)")


_UNLABELLED_ROW_RE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\s+(?:[a-zà-ỹđ]+\s+){1,2}(?:-|\d[\d.,]*%?)(?:\s+(?:-|\d[\d.,]*%?)){2,}(?:\s|$)")
_TABLE_ROW_CELLS = 4  # cells of a table row, two of them figures at least
_TABLE_PAGE_ROWS = 5
_TABLE_PAGE_SHARE = 0.4  # of the page's lines


def _unlabelled_rows(text: str) -> bool:
    """Does a page's plain text hold a table row whose label went missing ("1.3 chiếc 2.000 1.976 98,8 …": a row
    number, the unit, the figures)? A spreadsheet printed to PDF draws a label that wraps inside its cell after
    the rest of the page, so the plain extraction leaves the row without it."""
    return any(_UNLABELLED_ROW_RE.match(line) for line in text.split("\n"))


def _table_page(text: str) -> bool:
    """Is a page, read from where its strings stand, mostly table rows? Such a page (an Excel sheet printed
    to PDF, its labels wrapped inside their cells) reads row by row only that way: the plain extraction
    leaves a wrapped label after the page's last row and runs rows together."""
    lines = [line for line in text.split("\n") if line.strip()]
    rows = _table_rows(lines)
    return len(rows) >= _TABLE_PAGE_ROWS and len(rows) >= _TABLE_PAGE_SHARE * len(lines)


def _table_rows(lines: list[str]) -> list[str]:
    """The lines that are table rows: four cells or more, two of them figures at least."""
    return [line for line in lines if line.count(" | ") + 1 >= _TABLE_ROW_CELLS
            and sum(is_figure(c) for c in line.split(" | ")) >= 2]


# "1 Công tơ điện xoay chiều 1 pha 32.000 14.215 15.842 96 111,4": a row's cells run together with spaces
_SPACED_ROW_RE = re.compile(r"^\s*(?:[-–+•]\s*)?(?:\d{1,3}\s+)?[^\W\d_][^|]*?(?:\s+(?:-|\d[\d.,]*%?)){2,}\s*$")
_SPACED_ROWS = 3
_GARBLED_CELL_CHARS = 8


def _figure_tail(row: str) -> bool:
    """Does a laid-out row end in its figures, the last one perhaps misread ("1.265 | 1.418 | 112/1" of an OCR
    layer), as a table's row does and a justified line of prose ("… | 12.045 | PTĐ, chủ yếu là") does not?"""
    cells = [c.strip() for c in row.split(" | ")]
    return len(cells) >= 4 and is_figure(cells[-2]) and is_figure(cells[-3]) \
        and bool(re.search(r"\d", cells[-1])) and len(cells[-1]) <= _GARBLED_CELL_CHARS


def _spaced_rows(text: str) -> bool:
    """Does a page's plain text run the cells of a table's rows together (LibreOffice Writer's tables: pypdf
    writes "5 Đồng hồ đo nước lạnh 18.000 7.930 8.416 143 106,1", the header "6 tháng đầu năm2023")?"""
    return sum(bool(_SPACED_ROW_RE.match(line) or _NOTED_ROW_RE.match(line)) for line in text.split("\n")) >= _SPACED_ROWS


# … a row whose last cell is a note in words ("1 Xăng dầu 3 64 5 47,5 Lấy 42 mẫu xăng dầu thử nghiệm"): three
# figures in a row at least, then a few words
_NOTED_ROW_RE = re.compile(r"^\s*(?:\d{1,3}(?=\s))?(?:\s*[^\W\d_][^|]*?)?(?:\s+(?:-|\d[\d.,]*%?)){3,}\s+[^\W\d_][^|]{0,60}$")


# A table drawn cell by cell (reportlab's platypus, many reporting systems): the plain extraction writes each
# cell on a line of its own, a row's figures one under the other ("Cân bàn, cân đĩa" / "1.124" / "1.236" / "31").
# Where the stacked-cell reading (``reflow.stacked_cells``) cannot rebuild such a table -- a label cell
# wrapped over lines, a text column ("QCVN" / "1:2015/BKHCN") -- the page is read from where its strings stand.
_FIGURE_RUN = 2  # figures on consecutive lines: one row's cells
_FIGURE_RUNS = 2  # (two: a table's last rows carried over a page break, under its header repeated, see _tabled_page)


def _cell_per_line(text: str) -> bool:
    """Does a page's plain text write a table's cells a line each (two rows whose figures stand on two
    consecutive lines or more)?"""
    runs = length = 0
    for line in text.split("\n") + [""]:
        if line.strip() and is_figure(line):
            length += 1
            continue
        runs += length >= _FIGURE_RUN
        length = 0
    return runs >= _FIGURE_RUNS


def _tabled_page(text: str) -> bool:
    """Does a page, read from where its strings stand, hold a table (three rows of cells at least, or the last
    rows of one carried over from the page before under its header repeated) and no text set side by side (a
    frame beside a paragraph, two text columns: a line of two long pieces), which that reading would interleave
    line by line?"""
    lines = [line for line in text.split("\n") if line.strip()]
    # (the page's first and last lines aside: a running header "Chi cục … | Báo cáo số 287/BC-TĐC")
    side_by_side = any(line.count(" | ") == 1 and all(len(c.split()) >= 4 for c in line.split(" | ")) for line in lines[1:-1])
    rows = _table_rows(lines)
    return (len(rows) >= 3 or len(rows) == 2 and _headed(lines, rows[0])) and not side_by_side


def _headed(lines: list[str], row: str) -> bool:
    """Is there a header (as many cells as ``row`` and no figure) among the three lines above ``row``?"""
    at = lines.index(row)
    width = row.count(" | ")
    return any(x.count(" | ") == width and not any(is_figure(c) for c in x.split(" | ")) for x in lines[max(0, at - 3) : at])


_YEAR_CELL_RE = re.compile(r"(?:19|20)\d{2}")
_WRAPPED_LABEL_LINES = 5  # lines above its figures a row's label and unit may wrap over, in the plain text
_WRAPPED_HEADER_LINES = 6


def _spliced_rows(plain: str, laid_out: str) -> str:
    """The plain text with the table rows, and their header, of the page read from where its strings stand:
    where that reading would part its prose too (justified lines whose wide gaps read as cells, LaTeX's space
    after a full stop), only the lines that are the same words as one of its rows ("13 Huyết áp kế chiếc 168
    182 207 226 264 1.047", or a row whose label wrapped onto the line above) take its cells."""
    def key(*parts: str) -> str:
        return re.sub(r"^-", "", re.sub(r"\s|\|", "", "".join(parts)))

    laid_lines = [x for x in laid_out.split("\n") if x.strip()]
    # (a table in one of two text columns: its lines run on into the other column's, "Vàng trang sức | 24 | 5 |
    # 54,5 | được nộp qua dịch vụ công …"; the table's part of such a line is its row)
    laid_lines = [t for x in laid_lines if (t := _side_text_trimmed(x)) != x] + laid_lines
    rows = {key(line): line for line in _table_rows(laid_lines)}
    if not rows:
        return plain
    laid = {key(x): x for x in laid_lines}
    # (a header whose cells wrap over several lines reads row by row in the plain text, column by column
    # from where its words stand: "Đơn | Năm 2016 / vị | Kế | Thực / tính | hoạch | hiện" is the same words)
    bags = {_bag(x): x for x in laid_lines}
    lines: list[str | None] = list(plain.split("\n"))
    for i in range(len(lines)):
        for start in range(i, i - _WRAPPED_LABEL_LINES - 1, -1):  # the row on its line, or its label wrapped above
            got = lines[start : i + 1] if start >= 0 else []
            if not got or any(x is None or " | " in x for x in got):
                continue
            row = rows.get(key(*got))
            if row is None or not _SPACED_ROW_RE.match(" ".join(got)) and not _figure_tail(row):
                continue  # (a row whose last cell reads garbled, "112/1" in an OCR layer, is still its row)
            lines[start : i + 1] = [row] + [None] * (i - start)
            above = range(start - 1, max(-1, start - _WRAPPED_HEADER_LINES - 1), -1)
            end = start
            for top in above:  # the header above the first row, itself wrapped or not ("… Cả giai" / "đoạn")
                head = [x for x in lines[top:end] if x is not None]
                found = laid.get(key(*head)) or bags.get(_bag(*head)) if head else None
                # (an OCR layer reads a table's rules as "|": "Nội dung ĐVT Năm 2021 | Năm 2022 | So sánh (%)")
                if not found or any(" | " in x for x in head) and not (len(head) == 1 and _OCR_RULE_RE.search(found)):
                    continue
                cells = [c for c in (c.strip(" |") for c in found.split(" | ")) if c]
                # (fitted to the rows below when the first one's label reads as two cells, "Công tơ điện | 1 pha")
                after = laid_lines[laid_lines.index(row) + 1 :][:_HEADER_FIT_ROWS] if row in laid_lines else []
                fitted = next((f for r in [row, *after] if (f := _fitted_header(cells, r.split(" | ")))), None)
                if fitted:
                    lines[top:end] = [" | ".join(fitted)] + [None] * (end - top - 1)
                elif len(cells) == 1 and len(head) == 1 and not any(is_figure(w) for w in cells[0].split()):
                    end = top  # a group's line over its rows ("Kiểm định phương tiện đo"): the header is above it
                    continue
                break
            break
    return "\n".join(x for x in lines if x is not None)


_SIDE_TEXT_WORDS = 6
_OCR_RULE_RE = re.compile(r"\|\s+\|")  # an empty cell between two gaps: a rule read as a character
_HEADER_FIT_ROWS = 4


def _side_text_trimmed(line: str) -> str:
    """A laid-out line without the prose it runs on into: last cells of six words or more, none a figure."""
    cells = line.split(" | ")
    while len(cells) > 3 and len(cells[-1].split()) >= _SIDE_TEXT_WORDS and not is_figure(cells[-1]):
        cells.pop()
    return " | ".join(cells)


def _bag(*lines: str) -> tuple[str, ...]:
    return tuple(sorted(w for line in lines for w in re.split(r"[\s|]+", line) if w))


def _fitted_header(head: list[str], row: list[str]) -> list[str] | None:
    """A header read from where its words stand, fitted to its rows' cells: its wide label cell's words set
    apart ("TT | Chủng | loại | PTĐ | ĐVT") joined, and so the words of a last column after its years ("2020 |
    Cả | giai đoạn"); None when the years do not fit over the row's figures."""
    head = [c.strip() for c in head]
    if len(head) == len(row):
        return head
    years = [j for j, c in enumerate(head) if _YEAR_CELL_RE.fullmatch(c)]
    figures = len(row) - next((j for j in range(len(row), 0, -1) if not is_figure(row[j - 1])), 0)
    if len(years) >= 2 and years == list(range(years[0], years[-1] + 1)):
        lead, tail = head[: years[0]], head[years[-1] + 1 :]
        cols = head[years[0] : years[-1] + 1] + ([" ".join(tail)] if tail else [])
    elif not years and 0 < figures < len(head):  # "… | ĐVT | Kế hoạch 2016–2020 | Thực hiện 2016–2020 | Tỷ lệ (%)"
        lead, cols = head[:-figures], head[-figures:]
    else:
        return None
    want = len(row) - figures
    if len(cols) != figures or len(lead) < want or want < 1:
        return None
    if len(lead) > want:  # the first (a row number) and the last cells (a unit) stand; the label between is one
        keep = 1 if want >= 3 else 0
        lead = lead[:keep] + [" ".join(lead[keep : len(lead) - (want - keep - 1)])] + lead[len(lead) - (want - keep - 1) :]
    return lead + cols


def _word_per_line(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) >= _MIN_LINES and sum(len(line.split()) == 1 for line in lines) >= _SINGLE_WORD_SHARE * len(lines)


def _positioned_text(page, name: str) -> str:  # noqa: ANN001 - a pypdf PageObject
    try:
        strings = _strings(page)
    except Exception as exc:  # noqa: BLE001 - pypdf internals; the plain extraction stays
        log.warning("%s: positioned text extraction failed: %s", name, exc)
        return ""
    return positioned_text(strings)


def positioned_text(strings: list[dict], measured: bool = True, beside: list[dict] | None = None,
                    unmatched: list[dict] | None = None) -> str:
    """A page's text rebuilt from its strings placed on it, each a dict with its start and end x
    (``x0``, ``x1``), baseline ``y`` (growing upwards), font height ``h`` and ``text``: a line per
    baseline, " | " between a table row's cells, a row whose cells wrap above and below its figures as
    one line. Also used for PDFs converted to positioned HTML (pdf2htmlEX), whose strings are each a
    line's whole text or a cell (``apart``) and whose ends are guessed (not ``measured``): a line is then
    never taken for a justified one that runs on. The rows ``beside`` (an over page's, see ``_over_rows``) go on
    the rows at their heights; those that stand beside none go to ``unmatched``."""
    bands = _bands(_lines(strings))
    texts = [_line_text(band) for band in bands]
    _keep_empty_number_cells(bands, texts)
    for row in beside or []:
        at = [i for i, band in enumerate(bands) if " | " in texts[i]
              and any(abs(line["y"] - row["y"]) < _HEAD_WORDS_GAP * row["h"] for line in band)]
        if at:
            texts[at[0]] += " | " + row["text"]
        elif unmatched is not None:
            unmatched.append(row)
    # a line of prose that reaches the right margin runs on into the next (a justified first line of a
    # paragraph spreads few words over the whole width, so its text alone looks short)
    prose = [_right(b[0]) for b, t in zip(bands, texts) if len(b) == 1 and " | " not in t and len(t.split()) >= 8]
    margin = max(prose, default=None) if measured else None
    out: list[str] = []
    for i, (band, text) in enumerate(zip(bands, texts)):
        above = bands[i - 1][0] if i else None
        if (out and margin is not None and len(band) == 1 and " | " not in text and not starts_item(text)
                and len(bands[i - 1]) == 1 and " | " not in out[-1] and _right(above) >= margin - 0.2 * above["h"]
                and above["y"] - band[0]["y"] < 2.2 * band[0]["h"]
                and not (starts_item(texts[i - 1]) and not _stretched(above))  # a heading that happens to be long
                and not (ends_sentence(texts[i - 1]) and text[:1].isupper() and not _stretched(above))):
            # (a paragraph's last line, not spread to the margin, may reach it all the same)
            out[-1] += " " + text
        else:
            out.append(text)
    return "\n".join(out)


def _keep_empty_number_cells(bands: list[list[dict]], texts: list[str]) -> None:
    """A row without a number ("Tổng cộng | 91.243 | 101.473" under rows "1 | Công tơ điện | …") starts right
    of where the numbered rows start: its empty first cell is written "-", so that its figures stay under
    their columns (as the Word and HTML readers write an empty cell)."""
    for i in range(1, len(bands)):
        cells = texts[i].split(" | ")
        if len(cells) < 3 or sum(is_figure(c) for c in cells) < 2 or is_figure(cells[0]) or _ROW_NUMBER_RE.fullmatch(cells[0]):
            continue
        above = texts[i - 1].split(" | ")
        if len(above) <= len(cells) or not _ROW_NUMBER_RE.fullmatch(above[0]):
            continue
        left = min(s["x0"] for line in bands[i] for s in line["items"])
        left_above = min(s["x0"] for line in bands[i - 1] for s in line["items"])
        if left > left_above + 1.5 * bands[i][0]["h"]:
            texts[i] = "- | " + texts[i]


def _right(line: dict) -> float:
    return max(s["x1"] for s in line["items"])


def _stretched(line: dict) -> bool:
    """Are the line's words spread wider than a space (a justified line)?"""
    gaps = _gaps(line)
    return bool(gaps) and sum(gaps) / len(gaps) > 0.4 * line["h"]


def _gaps(line: dict, marks: bool = True) -> list[float]:
    """The spaces between a line's strings, left to right (without ``marks``, not those before a footnote mark)."""
    items = sorted(line["items"], key=lambda s: s["x0"])
    return [b["x0"] - a["x1"] for a, b in zip(items, items[1:]) if marks or not b.get("sup")]


def _strings(page) -> list[dict]:  # noqa: ANN001
    """The page's shown strings with their start and end x, baseline y and font height (pypdf's
    layout-mode reading of the content stream)."""
    from pypdf.generic import ArrayObject, ContentStream, StreamObject
    from pypdf._text_extraction import _layout_mode

    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if not isinstance(contents, (ArrayObject, StreamObject)):
        return []
    ops = ContentStream(contents, page.pdf, "bytes").operations
    fonts = page._layout_mode_fonts()  # noqa: SLF001
    groups = _layout_mode.text_show_operations(iter(ops), fonts, True, None)
    turn = _VIEWER_TURNS.get(int(page.get("/Rotate", 0) or 0) % 360)
    if turn is not None:
        # a page the viewer shows turned (/Rotate 90: a landscape table drawn sideways on a portrait page): its
        # content read in the frame the viewer shows it in, where its lines run left to right again (the layout
        # reading drops text that stands rotated against the page), if more of it reads so
        turned = _layout_mode.text_show_operations(iter([([], b"q"), (turn, b"cm"), *ops, ([], b"Q")]), fonts, True, None)
        if sum(len(g["text"]) for g in turned) > sum(len(g["text"]) for g in groups):
            groups = turned
    strings = [{"x0": g["tx"], "x1": g["displaced_tx"], "y": g["ty"] * g["flip_sort"],
                "h": g["font_height"] or g["font_size"] or 10.0, "text": g["text"]}
               for g in groups if g["text"].strip()]
    return [piece for s in strings for piece in _spread_cells(s)]


# The turn a viewer gives a page's content for its /Rotate (clockwise degrees), as a `cm` matrix: only the
# linear part matters, positions are compared with each other
_VIEWER_TURNS = {90: [0, -1, 1, 0, 0, 0], 180: [-1, 0, 0, -1, 0, 0], 270: [0, 1, -1, 0, 0, 0]}

_SPREAD_GAP_RE = re.compile(r" {3,}")
_WORD_SPACE_RUN = 4


def _spread_cells(s: dict) -> list[dict]:
    """A string that sets a whole table row, its cells moved apart by glyph spacing (WeasyPrint writes a row
    so; the layout reading turns the spacing into runs of spaces), as one string per cell, each placed by its
    share of the string's characters (a gap wide enough then parts cells, as between strings)."""
    text = s["text"].rstrip()
    lead = len(text) - len(text.lstrip())
    # a space the string begins or ends with parts it from the next word even where it stands flush against it
    # (Typst draws a line in runs cut at each accented letter, " 168 c" starting where "ố" ends)
    spaced = {"space_before": lead > 0, "space_after": s["text"][-1:].isspace()}
    text = text.strip()
    if not _SPREAD_GAP_RE.search(text) or _word_spaced(text):
        return [dict(s, text=re.sub(" +", " ", text), **spaced)]
    per_char = (s["x1"] - s["x0"]) / max(1, len(s["text"].rstrip()))
    pieces = []
    start = 0
    for m in list(_SPREAD_GAP_RE.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        pieces.append(dict(s, x0=s["x0"] + (lead + start) * per_char, x1=s["x0"] + (lead + end) * per_char,
                           text=text[start:end]))
        start = m.end() if m else start
    return pieces


def _word_spaced(text: str) -> bool:
    """Does every word of a string stand as far from the next, a few spaces each? The layout reading's word
    spaces, as it writes them for a font whose space is narrow (XeLaTeX), not cells set apart."""
    runs = {len(m.group()) for m in re.finditer(r" +", text)}
    return len(runs) == 1 and max(runs) <= _WORD_SPACE_RUN


def _lines(strings: list[dict]) -> list[dict]:
    """Strings on one baseline form a line; a small string raised just above a line (a footnote reference)
    joins it as "[n]"."""
    lines: list[dict] = []
    for s in sorted(strings, key=lambda s: (-s["y"], s["x0"])):
        if lines and abs(lines[-1]["y"] - s["y"]) < 0.35 * min(s["h"], lines[-1]["h"]):
            lines[-1]["items"].append(s)
            lines[-1]["h"] = max(lines[-1]["h"], s["h"])
        else:
            lines.append({"y": s["y"], "h": s["h"], "items": [s]})
    kept: list[dict] = []
    for i, line in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) else None
        if (below is not None and all(_SUPERSCRIPT_RE.fullmatch(s["text"]) for s in line["items"])
                and line["h"] < 0.85 * below["h"] and 0 < line["y"] - below["y"] < 0.6 * below["h"]):
            for s in line["items"]:
                mark = _SUPERSCRIPT_RE.fullmatch(s["text"])
                below["items"].append(dict(s, text=f"[{mark.group(1).strip('()')}]{mark.group(2)}", sup=True))
            continue
        kept.append(line)
    return kept


def _cells(line: dict) -> list[dict]:
    """A line's strings in x order, grouped into cells at gaps wider than ``_CELL_GAP`` font heights, unless
    the line is justified (all its gaps even); a footnote mark is glued to the word before it."""
    items = sorted(line["items"], key=lambda s: s["x0"])
    gaps = _gaps(line, marks=False)
    # even gaps between words: words spread to the margin (not a row of short header names set evenly apart,
    # "Số cơ sở  Số mẫu  Số mẫu  Số cơ", whose strings hold words of their own)
    # (gaps of two font heights and more between words are no word spaces, even: "hoạch  hiện  hoạch  2019", a
    # header's wrapped last words under evenly spaced columns; figures alone so set are a chart's axis, one line)
    justified = len(gaps) >= 3 and max(gaps) - min(gaps) < 0.15 * line["h"] and (
        max(gaps) < _JUSTIFIED_GAP * line["h"] or all(is_figure(s["text"]) for s in items)) \
        and 2 * sum(" " in s["text"].strip() for s in items) <= len(items)
    # a row of three figures or more sets its cells closer: a figure right-aligned against a note column
    # ("5.106" then "nước lạnh, xitec ô tô, …" under "Ghi chú") stands a third of a height apart
    # (not a line of prose set word by word that happens to hold three figures)
    figures = sum(_figure_like(s["text"]) for s in items)  # (a spreadsheet's "#DIV/0!" stands in a figure's place)
    figure_gap = _ROW_FIGURE_GAP if figures >= 3 and figures >= 0.3 * len(items) else _FIGURE_GAP
    cells: list[dict] = []
    for k, s in enumerate(items):
        if cells:
            gap = s["x0"] - cells[-1]["x1"]
            # a figure set a little apart from the words beside it is a cell of its own (a count beside a note
            # column), unless it opens the line (a footnote's number before its text)
            loose = gap > figure_gap * line["h"] and (
                _figure_like(s["text"]) or len(cells) > 1 and _figure_like(cells[-1]["parts"][-1]["text"])
                # … as is a header's capitalised name set a little apart from a short one ("Kế hoạch  Thực hiện",
                # "Lũy kế 10  Cùng kỳ" over a spreadsheet's narrow columns), not from a footnote's number
                or len(items) >= 2 and s["text"][:1].isupper() and " " in s["text"].strip()
                and len(cells[-1]["text"].split()) <= _SHORT_HEAD and not is_figure(cells[-1]["text"]))
            if not s.get("sup") and not justified and not _filled_in(cells[-1]["parts"][-1], s, gap, line["h"]) and (
                    gap > _CELL_GAP * line["h"] and not _wide_word_gap(items, k) or s.get("apart") or loose):
                cells.append({"x0": s["x0"], "x1": s["x1"], "text": s["text"], "parts": [s]})
                continue
            after_mark = cells[-1]["text"].endswith("]") and s["text"][:1].isalnum()  # "[1] Trong đó: …"
            joint = "" if s.get("sup") or (_flush(gap, cells[-1]["parts"][-1], s, line["h"]) and not after_mark) else " "
            cells[-1]["text"] += joint + s["text"]
            cells[-1]["x1"] = max(cells[-1]["x1"], s["x1"])
            cells[-1]["parts"].append(s)
        else:
            cells.append({"x0": s["x0"], "x1": s["x1"], "text": s["text"], "parts": [s]})
    return cells


_FORM_LABEL_RE = re.compile(r"(?::|\b(?:ngày|tháng|năm))\s*$")
_FORM_GAP = 6.0  # font heights between a form's label and the field it names, on one line, at most


def _filled_in(a: dict, b: dict, gap: float, h: float) -> bool:
    """Is ``b`` a form field's value filled in after its label ``a`` ("Số:" then "87/BC-TĐC", "Đắk Nông, ngày" then
    "04/10/2024"), or a short lower-case word of the template after a field ("Quý III" then "năm", "Đắk Nông" then
    ", ngày"): one phrase?"""
    if gap > _FORM_GAP * h:
        return False
    if b.get("field") and not a.get("field"):
        return bool(_FORM_LABEL_RE.search(a["text"]))
    return bool(a.get("field") and not b.get("field") and (b["text"][:1].islower() or b["text"][:1] in ",.;:)")
                and len(b["text"].split()) <= 2)


def _wide_word_gap(items: list[dict], k: int) -> bool:
    """Is the gap after a colon or a comma, before ``items[k]``, one between words of a stretched line set a word a
    string ("Trong đó: cửa hàng xăng dầu", every word a font height apart, a typesetter's wider space after the
    colon): single words, the one after it in lower case (not a header's next name), the gaps on both sides of
    it even, and it not much wider?"""
    if k < 2 or k + 1 >= len(items) or not items[k]["text"][:1].islower() or items[k - 1]["text"][-1:] not in ":;," or any(
            is_figure(items[j]["text"]) or " " in items[j]["text"].strip() for j in range(k - 2, k + 2)):
        return False
    gap = items[k]["x0"] - items[k - 1]["x1"]
    before = items[k - 1]["x0"] - items[k - 2]["x1"]
    after = items[k + 1]["x0"] - items[k]["x1"]
    return 0 < min(before, after) and abs(before - after) < _TIE * items[k]["h"] and gap < _STRETCHED_GAP * min(before, after)


def _flush(gap: float, a: dict, b: dict, h: float) -> bool:
    """Does string ``b``, ``gap`` right of string ``a``, go on the word ``a`` ends: flush against it, with no space
    at the cut between them?"""
    if a.get("field") and b["text"][:1] in ",.;:)":  # a form field's value, the template's comma after it
        return True
    return gap < 0.1 * h and not (a.get("space_after") or b.get("space_before"))


def _bands(lines: list[dict]) -> list[list[dict]]:
    """Lines whose baselines are closer than a line of text can be (a table row whose cells wrap above and
    below its figures) form one band. Rows set tight (a spreadsheet's) may bring two rows of figures that
    close: such a band is split, a row per line of figures, each line without figures (a wrapped label)
    going to the row whose baseline is nearest."""
    bands: list[list[dict]] = []
    for line in lines:
        last = bands[-1][-1] if bands else None
        if last is not None and last["y"] - line["y"] < _BAND * min(last["h"], line["h"]):
            bands[-1].append(line)
        else:
            bands.append([line])
    return _header_runs([part for band in bands for part in _rows_of(band)])


def _header_runs(bands: list[list[dict]]) -> list[list[dict]]:
    """A table header whose cells wrap at the ordinary line spacing ("Thực hiện đến" over "30/11/2023"): a band
    of words only, under a header band of three cells or more, each of its cells under one of the header's
    (not its first, the row numbers'), is more of the header; so is a row's label wrapped the same way, and
    the header line under a line of group headers, each over several of its cells. A words-only band as near to
    the row of figures below it, whose label runs on from it, opens that row instead (``_leads``)."""
    out: list[list[dict]] = []
    above: list[dict] = []
    leads = False  # the last band is the first line of the next row's label
    for i, band in enumerate(bands):
        below = [c for line in band for c in _cells(line)]
        if leads:
            out[-1] = out[-1] + band
            above, leads = below, False
            continue
        joins = bool(out) and (_more_header(out[-1], band, above, below) or _more_row(out[-1], band, above, below)
                               or (_header_top(out[-1], band, above, below) and not _over_header(out[-1], band, above, below)))
        if joins and _leads(band, out[-1], bands[i + 1 : i + 3]):
            out.append(band)
            leads = True
        elif joins:
            out[-1] = out[-1] + band
            above = above + below
        elif out and _between_rows(out[-1], band, bands[i + 1 : i + 2]):
            out.append(band)  # the first line of the next row's label, set too far from the row above to join it
            leads = True
        elif out and _over_header(out[-1], band, above, below):
            out[-1] = [dict(line, groups=True) for line in out[-1]] + band
            above = above + below
        else:
            out.append(band)
            above = below
    return out


def _over_header(head: list[dict], band: list[dict], above: list[dict], below: list[dict]) -> bool:
    """Is ``head`` a line of group headers ("Năm 2022 | Năm 2023") each over two cells or more of the header
    line below ("Kế hoạch | Thực hiện | Tỷ lệ %" twice)?"""
    if len(head) > 1 or len(above) < 2 or len(below) < 3 or any(
            is_figure(c["text"]) or len(c["text"].split()) > 8 or ":" in c["text"] for c in above + below):
        return False
    if head[-1]["y"] - band[0]["y"] >= 2.0 * band[0]["h"]:
        return False
    centres = [(d["x0"] + d["x1"]) / 2 for d in below]
    return all(sum(c["x0"] <= x < c["x1"] for x in centres) >= 2 for c in _widened(head[0]))


def _counts(lines: list[dict]) -> bool:
    """Does one of ``lines`` hold two figures a row counts (not years)?"""
    return any(sum(_counted(c["text"]) for c in _cells(line)) >= 2 for line in lines)


def _between_rows(row: list[dict], band: list[dict], after: list[list[dict]]) -> bool:
    """Is a words-only ``band`` between two rows of figures, too far under ``row`` to be more of its label, the
    first line of the next row's label, middle-aligned ("Biên soạn dự thảo TCVN" over "2 | (Viện Tiêu chuẩn … |
    240 | 124" over "Việt Nam)")? It stands nearer the next row's figures than the row above, and close to them."""
    if not after or not (_counts(row) or _header_band(row)) or not _counts(after[0]) \
            or any(is_figure(c["text"]) for line in band for c in _cells(line)):
        return False  # (the row above may be the header: the first row's label wrapped above its figures)
    gap_up, gap_down = row[-1]["y"] - band[0]["y"], band[-1]["y"] - after[0][0]["y"]
    return gap_down < 1.6 * band[-1]["h"] and gap_down < gap_up - _TIE * band[-1]["h"]


def _header_band(band: list[dict]) -> bool:
    """Is ``band`` a table's header: three cells or more on a line, none a figure a row counts?"""
    return any(len(_cells(line)) >= 3 for line in band) and not any(_counted(c["text"]) for line in band for c in _cells(line))


def _header_top(head: list[dict], band: list[dict], above: list[dict], below: list[dict]) -> bool:
    """Is ``head`` the top line of a header whose cells are middle-aligned ("Kế | Thực | Tỷ lệ (%)" over "Đơn vị |
    hoạch | hiện 6 | Cùng kỳ | So | So với" beside "TT | Nội dung"): two words-only cells or more, each over a cell
    of the taller header band right under it, which has three or more, none a figure?"""
    if len(head) > 1 or len(above) < 2 or len(below) < 3 or any(
            _counted(c["text"]) or ":" in c["text"] or len(c["text"].split()) > 6 for c in above + below):
        return False
    if head[-1]["y"] - band[0]["y"] >= 1.6 * band[0]["h"]:
        return False
    return all(any(_overlap(c, d) for d in below) for c in above)


# a row's number or its group's letter (a lower-case Roman number only with its stop: "vi" is a word, "vi phạm")
_OPENS_ROW_RE = re.compile(r"(?:\d{1,3}|[IVX]{1,4}|[A-Da-d])[.)]?|[ivx]{1,4}[.)]")


def _more_header(head: list[dict], band: list[dict], above: list[dict], below: list[dict]) -> bool:
    """Fewer header cells under a header line, each under one of its cells or the gap after it, not under
    its first (the row numbers'); as many or more when a cell of it heads two of them side by side ("Năm
    2020" over "Thực hiện | Tỷ lệ so với", the last cell heading all to its right)."""
    if len({round(c["x0"]) for c in above}) < 3 or not below:
        return False
    if any(_counted(c["text"]) for c in above) or any(
            _counted(c["text"]) or _OPENS_ROW_RE.fullmatch(c["text"].split()[0]) for c in below):
        return False
    first = min(above, key=lambda c: c["x0"])
    regions = _regions(above)
    if len(below) >= len(above):
        regions[-1] = dict(regions[-1], x1=float("inf"))
        if not any(sum(_overlap(c, r) for c in below) >= 2 for r in regions[1:]):
            return False
    return head[-1]["y"] - band[0]["y"] < 1.6 * band[0]["h"] and all(
        any(_overlap(c, d) for d in above + regions) and not _overlap(c, first) for c in below)


def _counted(text: str) -> bool:
    """A figure a row counts, not a year a header cell's wrapped last line names ("Thực hiện / năm / 2016")."""
    return is_figure(text) and not _YEAR_CELL_RE.fullmatch(text.strip())


def _leads(band: list[dict], row: list[dict], after: list[list[dict]]) -> bool:
    """Is a words-only ``band`` right under ``row`` rather the first line of the next row's label, the cells
    middle-aligned: the next band, a row of figures as near to it, runs on from it in its column ("Phương tiện
    đo khác (áp kế, nhiệt" over "kế y học, … | 3.333 | 2.980")?"""
    if not after or not any(sum(is_figure(c["text"]) for c in _cells(line)) >= 2 for line in after[0]):
        return False
    nxt = after[0][0]
    gap_up, gap_down = row[-1]["y"] - band[0]["y"], band[-1]["y"] - nxt["y"]
    if gap_down < gap_up - _TIE * band[-1]["h"] and _counts(after[0]):
        return True  # nearer the next row's figures than the row above: the next label's first line, centred
    if abs(gap_up - gap_down) >= _TIE * band[-1]["h"]:
        return False
    if _runs_on(nxt, band[-1]):
        return True
    # … or it opens a bracket that the next row's label, or the words-only line under it, closes ("Biên soạn dự
    # thảo TCVN (Viện" over "2 | Tiêu chuẩn Chất lượng Việt | 240 | …" over "Nam)")
    opened = " ".join(c["text"] for line in band for c in _cells(line))
    if opened.count("(") <= opened.count(")"):
        return False
    under = after[1] if len(after) > 1 and not any(is_figure(c["text"]) for line in after[1] for c in _cells(line)) else []
    rest = " ".join(c["text"] for line in after[0] + under for c in _cells(line) if not is_figure(c["text"]))
    return rest.count(")") > rest.count("(")


def _more_row(row: list[dict], band: list[dict], above: list[dict], below: list[dict]) -> bool:
    """A row's label wrapped at the ordinary line spacing ("Công tơ điện 1" over "pha"): a line of words only,
    right under a row with figures, each of its cells under one of the row's words (not its first cell,
    the row number), is more of the row."""
    words = [c for c in above if not is_figure(c["text"])]
    if sum(is_figure(c["text"]) for c in above) < 2 or not below or not words or any(
            is_figure(c["text"]) for c in below):
        return False
    first = min(above, key=lambda c: c["x0"])
    return row[-1]["y"] - band[0]["y"] < 1.6 * band[0]["h"] and all(
        any(_overlap(c, d) for d in words if d is not first) and not _overlap(c, first) for c in below)


def _rows_of(band: list[dict]) -> list[list[dict]]:
    anchors = [line for line in band if sum(is_figure(c["text"]) for c in _cells(line)) >= 2]
    if len(anchors) < 2:
        return [band]
    rows: dict[int, list[dict]] = {id(a): [] for a in anchors}
    for line in band:
        nearest = min(anchors, key=lambda a: abs(a["y"] - line["y"]))
        rows[id(nearest)].append(line)
    return [rows[id(a)] for a in anchors]


def _runs_on(row: dict, line: dict) -> bool:
    """Does ``row`` hold, in a column ``line`` also writes in, words that run on from it (a lower-case start,
    a bracket)?"""
    label = min((d for d in _cells(line) if not is_figure(d["text"])), key=lambda d: d["x0"], default=None)
    # (in the label's column: a unit wrapped beside it, "triệu" over "đồng", runs on in its own cell, and the
    # next row's unit in lower case, "cơ sở", is no label running on; nor is a header's last line, "tính" over
    # the unit "chiếc", whose words stand right of the row's label: the row's first cell of words is its label)
    cells = _cells(row)  # (in x order)
    words = [c for c in cells if not is_figure(c["text"]) and not _ROW_NUMBER_RE.fullmatch(c["text"])]
    return label is not None and bool(words) and label["x0"] < words[0]["x1"] and any(
        _overlap(c, label) for c in cells if c["text"][:1].islower() or c["text"][:1] == "(")


def _line_text(band: list[dict]) -> str:
    """A band as one line: cells that overlap across its lines are one column, read top-down; columns left
    to right, joined by " | ". A header cell over several cells of a line below ("Kết quả thực hiện" over
    "Năm 2023 | Năm 2024") heads each of them: "Kết quả thực hiện Năm 2023 | Kết quả thực hiện Năm 2024"."""
    cells = [(i, c) for i, line in enumerate(band) for c in (_widened(line) if line.get("groups") else _cells(line))]
    if len(band) == 1:
        return " | ".join(c["text"] for _, c in _split_row_number(cells))
    # (the row's number set beside the middle line of its wrapped label: "1" before "nghiệm phương tiện đo")
    lines = [[t for t in cells if t[0] == i] for i in range(len(band))]
    lines = _split_at_gutters(lines, min(line["h"] for line in band))
    cells = [t for line in lines for t in _split_row_number(line, header=not any(is_figure(c["text"]) for _, c in line))]
    spans = _spanning(cells)
    columns: list[list[tuple[int, dict]]] = []
    for i, c in sorted((t for t in cells if id(t[1]) not in spans), key=lambda t: t[1]["x0"]):
        for col in columns:
            if any(_overlap(c, d) for _, d in col):
                col.append((i, c))
                break
        else:
            columns.append([(i, c)])
    if sum(is_figure(c["text"]) for _, c in cells) >= 2:
        columns = _justified_words_joined(columns)
    heads = [(i, spans[id(c)]) for i, c in cells if id(c) in spans]
    out = []
    for col in columns:
        extent = {"x0": min(d["x0"] for _, d in col), "x1": max(d["x1"] for _, d in col)}
        centre = (extent["x0"] + extent["x1"]) / 2
        above = [(i, h) for i, h in heads if (h["x0"] <= centre < h["x1"] if h.get("group") else _overlap(h, extent))]
        out.append(" ".join(c["text"] for _, c in sorted(above + col, key=lambda t: t[0])))
    return " | ".join(out)


def _split_at_gutters(lines: list[list[tuple[int, dict]]], h: float) -> list[list[tuple[int, dict]]]:
    """A header's cells set closer than a cell gap beside each other, over a spreadsheet's narrow columns ("Thực
    hiện  Kế hoạch  Thực hiện" over "năm 2023  năm 2024  năm 2024"): a words-only cell is cut between two of its
    strings more than a word space apart where no string of the band crosses that gap and another line of the band
    has words on both sides of it, under the cell (a column's edge the whole header keeps)."""
    strings = [s for line in lines for _, c in line for s in (c.get("parts") or [c])]
    if any(_counted(s["text"]) for s in strings):
        return lines
    out = []
    for k, line in enumerate(lines):
        cut_line: list[tuple[int, dict]] = []
        for i, c in line:
            parts = sorted(c.get("parts") or [], key=lambda s: s["x0"])
            if c.get("group") or len(parts) < 2:
                cut_line.append((i, c))
                continue
            others = [s for j, other in enumerate(lines) if j != k for _, d in other for s in (d.get("parts") or [d])
                      if _overlap(s, c)]
            pieces = [[parts[0]]]
            for p, q in zip(parts, parts[1:]):
                lo, hi = p["x1"], q["x0"]
                if (hi - lo >= _HEAD_WORDS_GAP * h and _clear(lo, hi, others) >= _TIE * h
                        and any(s["x1"] < hi for s in others) and any(s["x0"] > lo for s in others)):
                    pieces.append([q])
                else:
                    pieces[-1].append(q)
            if len(pieces) == 1:
                cut_line.append((i, c))
                continue
            for g in pieces:
                cut_line.append((i, {"x0": g[0]["x0"], "x1": g[-1]["x1"], "parts": g,
                                     "text": _joined_parts(g, h)}))
        out.append(cut_line)
    return out


def _clear(lo: float, hi: float, strings: list[dict]) -> float:
    """The widest stretch between ``lo`` and ``hi`` that none of ``strings`` covers (centred, a cell's lines end
    unevenly: the other lines' strings may reach a little into a gap)."""
    widest, x = 0.0, lo
    for s in sorted((s for s in strings if s["x0"] < hi and s["x1"] > lo), key=lambda s: s["x0"]):
        widest = max(widest, s["x0"] - x)
        x = max(x, s["x1"])
    return max(widest, hi - x)


def _joined_parts(parts: list[dict], h: float) -> str:
    text = parts[0]["text"]
    for a, b in zip(parts, parts[1:]):
        text += ("" if _flush(b["x0"] - a["x1"], a, b, h) else " ") + b["text"]
    return text


def _justified_words_joined(columns: list[list[tuple[int, dict]]]) -> list[list[tuple[int, dict]]]:
    """A row's label cell, narrow and justified, wraps with its first line's words spread wider than a gap
    between cells ("Huyện" … "Bình" over "Sơn"): each word of that line stands as a column of its own. A column
    of one such word, right of a column holding a single word on that line and more below, is that cell's."""
    out: list[list[tuple[int, dict]]] = []
    for col in sorted(columns, key=lambda c: min(d["x0"] for _, d in c)):
        prev = out[-1] if out else None
        lines = {i for i, _ in col}
        if (prev is not None and len(lines) == 1 and all(_lone_word(d) for _, d in col)
                and not any(is_figure(d["text"]) for _, d in prev)
                and any(i in lines and _lone_word(d) for i, d in prev) and max(i for i, _ in prev) > min(lines)):
            # (a justified line is never its cell's last: the cell goes on below it)
            prev.extend(col)
            prev.sort(key=lambda t: (t[0], t[1]["x0"]))
            continue
        out.append(list(col))
    return out


def _lone_word(cell: dict) -> bool:
    return " " not in cell["text"].strip() and not is_figure(cell["text"])


def _widened(line: dict) -> list[dict]:
    """A line of group headers' cells, each reaching half way to the next one's centre (the outer ones as far
    out): a short "Năm 2022" centred over "Kế hoạch | Thực hiện | Tỷ lệ %" heads all three."""
    cells = _cells(line)
    centres = [(c["x0"] + c["x1"]) / 2 for c in cells]
    bounds = [(a + b) / 2 for a, b in zip(centres, centres[1:])]
    out = []
    for k, c in enumerate(cells):
        lo = bounds[k - 1] if k else centres[0] - (bounds[0] - centres[0])
        hi = bounds[k] if k < len(bounds) else centres[-1] + (centres[-1] - bounds[-1])
        out.append(dict(c, x0=lo, x1=hi, group=True))
    return out


def _overlap(a: dict, b: dict) -> bool:
    return a["x0"] < b["x1"] and b["x0"] < a["x1"]


def _regions(cells: list[dict]) -> list[dict]:
    """A line's cells, each reaching on to where the next one starts (a left-aligned header cell heads the
    columns under it up to there)."""
    cells = sorted(cells, key=lambda c: c["x0"])
    return [dict(c, x1=max(c["x1"], nxt["x0"] - 1)) for c, nxt in zip(cells, cells[1:])] + cells[-1:]


def _spanning(cells: list[tuple[int, dict]]) -> dict[int, dict]:
    """A band's header cells that stand over two cells or more side by side below them, by id, each as wide
    as the cells under it."""
    spans: dict[int, dict] = {}
    for i, c in sorted(cells, key=lambda t: -t[0]):  # lowest first: a header over headers counts their cells
        if is_figure(c["text"]):
            continue
        below = sorted((d for j, d in cells if j > i and _overlap(c, d) and id(d) not in spans), key=lambda d: d["x0"])
        columns, right = 0, None
        for d in below:  # cells below it that stand side by side, not under each other
            if right is None or d["x0"] >= right:
                columns += 1
                right = d["x1"]
            else:
                right = max(right, d["x1"])
        if columns >= 2:
            spans[id(c)] = c if c.get("group") else dict(c, x0=min(c["x0"], below[0]["x0"]), x1=max(c["x1"], below[-1]["x1"]))
    return spans


_ROW_NUMBER_RE = re.compile(r"(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.?|S?TT)")


def _split_row_number(cells: list[tuple[int, dict]], header: bool = False) -> list[tuple[int, dict]]:
    """A table row whose number sits close to its label ("10 Cân phân tích": a two-digit number fills more of its
    narrow column) gets its number as a cell of its own, as do the rows with one digit; so does a line of a
    ``header`` band its "TT" opens ("TT Loại phương tiện đo")."""
    if len(cells) < (1 if header else 3) or not cells[0][1].get("parts"):
        return cells
    first, rest = cells[0][1]["parts"][0], cells[0][1]["parts"][1:]
    if not rest or not _ROW_NUMBER_RE.fullmatch(first["text"]) or not re.match(r"[^\W\d_]", rest[0]["text"]):
        return cells
    if header and not re.fullmatch(r"S?TT", first["text"]):
        return cells
    if not re.fullmatch(r"S?TT", first["text"]) and sum(is_figure(c["text"]) for _, c in cells[1:]) < 2:
        return cells
    i, c = cells[0]
    label = {"x0": rest[0]["x0"], "x1": c["x1"], "text": c["text"][len(first["text"]):].strip()}
    return [(i, {"x0": c["x0"], "x1": first["x1"], "text": first["text"]}), (i, label)] + cells[1:]
