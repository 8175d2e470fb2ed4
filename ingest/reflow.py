"""Page text of paged formats (PDF) as the writer's paragraphs.

A PDF's text layer breaks every line where the page did ("…hoạt động của Chi cục Tiêu\\nchuẩn Đo
lường…") and repeats running headers and footers on each page ("Trang 2/7"), sometimes in the middle
of a sentence that continues on the next page. Sentences are split at line ends downstream, so a
wrapped line would cut a figure from its subject. Here:

* lines of words that repeat at the top or bottom of most pages (digits aside), and page numbers
  written as such ("Trang 2/7", "- 3 -"), go;
* a line is joined to the next when the next reads as its continuation: it starts in lower case, or
  the line ends inside a phrase (a comma, an open bracket, a connective) or fills most of the page's
  width and the next line does not start a list item, a numbered heading or a table row.

Headings, list items and table rows keep their own lines.
"""

from __future__ import annotations

import re
from collections import Counter

# "Trang 2/7", "Page 3", "- 4 -"; a bare number stays (it may be a figure of a table)
_PAGE_NO = r"(?:(?:trang|page|tr\.)\s*\d{1,4}(?:\s*(?:/|trên)\s*\d{1,4})?|-\s*\d{1,4}\s*-)"
_PAGE_NO_RE = re.compile(rf"^\s*{_PAGE_NO}\s*$", re.I)
# a page number on a line of its own anywhere in a text, with the blank lines around it
_PAGE_LINE_RE = re.compile(rf"\n[ \t]*(?:\n[ \t]*)*{_PAGE_NO}[ \t]*(?:\n[ \t]*)*(?=\n)", re.I)
_STARTS_ITEM_RE = re.compile(
    r"^\s*(?:[-•+*–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ][).]\s|[IVXLC]{1,6}\.\s|\(\d{1,2}\)\s|"
    r"(?:Điều|Chương|Mục|Phần|Bảng|Hình|Biểu|Phụ lục)\s+\w+|Nơi nhận)", re.I)
_ENDS_OPEN_RE = re.compile(r"(?:[,(\[–-]|\b(?:và|của|các|những|với|cho|tại|theo|từ|đến|trong|là|được|về|số|năm|ngày|tháng))\s*$", re.I)
_ENDS_SENTENCE_RE = re.compile(r"[.:;!?…]\s*[\"')\]]*\s*$")
_TABLE_ROW_RE = re.compile(r"(?:\d[\d.,%]*\s+){2,}\S*\s*$")  # a row of figures: "Huyết áp kế 95 212"
ENDS_WITH_FIGURES_RE = re.compile(r"\d[\d.,%]*\s+\d[\d.,%]*\s*$")  # "1 Công tơ điện 61.245 68.930"
WIDE = 0.8  # a line this share of the page's longest line wide is wrapped, not ended


def _signature(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


def strip_running_lines(pages: list[str]) -> list[str]:
    """Pages without their running headers/footers and bare page numbers."""
    split = [p.split("\n") for p in pages]
    edges: Counter[str] = Counter()
    for lines in split:
        seen = {_signature(x) for x in lines[:2] + lines[-2:] if x.strip()}
        edges.update(seen)
    running = {s for s, n in edges.items()
               if len(pages) >= 3 and n >= max(3, 0.5 * len(pages)) and re.search(r"[^\W\d_]", s)}
    out = []
    for lines in split:
        keep = []
        for i, line in enumerate(lines):
            at_edge = i < 2 or i >= len(lines) - 2
            if at_edge and (_PAGE_NO_RE.match(line) or _signature(line) in running) and line.strip():
                continue
            keep.append(line)
        out.append("\n".join(keep))
    return out


def hard_wrapped(text: str) -> bool:
    """Is this text broken at a fixed width (most lines of prose close to one length of at most ~110
    characters), rather than a line per paragraph?"""
    lengths = _prose_lengths(text.split("\n"))
    if len(lengths) < 5:
        return False
    p90 = _p90(lengths)
    return p90 <= 110 and sum(n >= 0.75 * p90 for n in lengths) >= 0.5 * len(lengths)


def reflow(text: str, by_width: bool = True) -> str:
    """Wrapped lines of one page joined into their paragraphs (see the module docstring). Without
    ``by_width`` (text whose lines are paragraphs), a line's length is no sign that it goes on."""
    lines = text.split("\n")
    width = _text_width(lines) if by_width else 0
    out: list[str] = []
    for i, line in enumerate(lines):
        # judged on the line as printed, not on the paragraph joined so far (which is always "wide")
        if out and _continues(lines[i - 1], line, width):
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def _text_width(lines: list[str]) -> int:
    """The width of the page's prose: the 90th percentile of its line lengths, so that one long table
    row or footnote does not make every wrapped line look short."""
    lengths = _prose_lengths(lines)
    if len(lengths) < 5:
        return max((len(x.rstrip()) for x in lines), default=0)
    return _p90(lengths)


def _prose_lengths(lines: list[str]) -> list[int]:
    """The lengths of the lines long enough to be prose (20 characters or more), sorted."""
    return sorted(len(x.rstrip()) for x in lines if len(x.strip()) >= 20)


def _p90(lengths: list[int]) -> int:
    return lengths[int(0.9 * (len(lengths) - 1))]


def page_continues(before: str, page: str) -> bool:
    """Does ``page`` open in the middle of the sentence ``before`` (the text so far) ends with?"""
    last = before.rsplit("\n", 1)[-1]
    first = page.split("\n", 1)[0]
    return _continues(last, first, len(last)) if last.strip() else False


def _continues(prev: str, line: str, width: int) -> bool:
    p, n = prev.strip(), line.strip()
    if not p or not n or _STARTS_ITEM_RE.match(n) or _TABLE_ROW_RE.search(p) and _TABLE_ROW_RE.search(n):
        return False
    if " | " in p or " | " in n:  # rows of a table keep their lines
        return False
    if ENDS_WITH_FIGURES_RE.search(n) and re.match(r"\d{1,2}\s+\S", n) and not _ENDS_OPEN_RE.search(p):
        return False  # "1 Công tơ điện … 29.874 32.650" under a header row: a row of its own
    if _ENDS_SENTENCE_RE.search(p) and not p.endswith("..."):
        return False
    if n[0].islower():
        return True
    if _ENDS_OPEN_RE.search(p):
        return True
    heading = re.match(r"^(?:\d{1,2}(?:\.\d{1,2})*\.|[IVXLC]{1,6}\.)\s", p)  # "1. Công tác …" then "Ngay từ …"
    return width > 0 and len(prev.rstrip()) >= WIDE * width and not p.isupper() and not heading


# a gap between columns of a table laid out with spaces: two or more spaces, or a tab
_COLUMN_GAP_RE = re.compile(r"[ \u00a0]{2,}|\t+")
_RULE_RE = re.compile(r"^\s*[-=_+|.:\u2500-\u257f ]{5,}\s*$")  # "-----+-----", "=====", box drawing
_FIGURE_CELL_RE = re.compile(r"^[+-]?\d[\d.,]*\s*%?$")


def _cells(line: str) -> list[str]:
    if "|" in line:  # a table drawn with pipes already has its cells
        return [line]
    return [c for c in _COLUMN_GAP_RE.split(line.strip()) if c.strip()]


def _row_like(line: str) -> bool:
    """Three or more columns, or two with a figure in one ("Taximet   318"); a sentence with a double
    space ("Ghi chú: số liệu  của …") is neither."""
    cells = _cells(line)
    return len(cells) >= 3 or len(cells) == 2 and any(_FIGURE_CELL_RE.match(c) for c in cells)


def columns_to_cells(text: str) -> str:
    """Tables laid out with spaces (text copied out of a PDF viewer, a fixed-width export) as rows of
    cells joined by " | ", the form every other loader gives a table row; their ruling lines go.

    A table is a run of at least three lines (rules aside) that each fall into three or more columns
    (or two, one a figure) at runs of two or more spaces or a tab, with figures in at least two of them; indented or wrapped
    prose has no such gaps inside its lines and stays as it is. Whitespace runs are collapsed later,
    so this runs on the text as extracted."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j, rows = i, []
        while j < len(lines) and (_RULE_RE.match(lines[j]) and rows or _row_like(lines[j])):
            if not _RULE_RE.match(lines[j]):
                rows.append(j)
            j += 1
        with_figures = sum(1 for r in rows if sum(bool(_FIGURE_CELL_RE.match(c)) for c in _cells(lines[r])) >= 1)
        if len(rows) >= 3 and with_figures >= 2 and sum(len(_cells(lines[r])) >= 3 for r in rows) >= 2:
            out.extend(" | ".join(_cells(lines[r])) for r in rows)
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def drop_page_numbers(text: str) -> str:
    """Text without lines that only number a page ("Trang 2/5", "- 3 -"), wherever a copy out of a
    PDF viewer left them; blank lines around one collapse so that a sentence it cut can be joined."""
    return _PAGE_LINE_RE.sub("", text)


def join_indented(text: str) -> str:
    """Lines of one indented block joined where the first does not end its sentence: "  … Công ty TNHH
    Trà" then "  Cầu Đất Xanh." is one name, wrapped. Runs on the text as extracted (before leading
    whitespace goes); a line that starts an item, a table row or a heading keeps its own line."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if out:
            prev = out[-1]
            indent = re.match(r"[ \t]*", line).group(0)
            prev_indent = re.match(r"[ \t]*", prev).group(0)
            p, n = prev.strip(), line.strip()
            if (indent and indent == prev_indent and p and n and not _ENDS_SENTENCE_RE.search(p)
                    and not _STARTS_ITEM_RE.match(n) and " | " not in p + n and not _row_like(line)
                    and not _row_like(prev)):
                out[-1] = prev.rstrip() + " " + n
                continue
        out.append(line)
    return "\n".join(out)
