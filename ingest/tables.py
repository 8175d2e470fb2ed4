"""Tables of structured formats (Word, HTML) as lines of cells joined by " | ".

A table whose header spans cells -- "Số lượng" over "Năm 2022 | Năm 2023", "TT" merged down two rows --
is laid out on a grid first, so that each column gets its whole header ("Số lượng Năm 2022") and each
row its cells in their columns: a row with an empty "Ghi chú" cell keeps the columns of its figures.
An empty cell of such a table is written "-". A table without merged cells keeps the plain form: a
row's non-empty cells in order, except that a row of figures writes an empty cell before its last filled
one as "-" (an unnumbered total row keeps its columns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.reflow import is_figure

_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
MAX_HEADER_ROWS = 3


@dataclass
class Cell:
    text: str
    colspan: int = 1
    rowspan: int = 1  # rows it covers downwards (HTML rowspan)
    continued: bool = False  # the lower part of a vertically merged cell (Word's vMerge continue)


def table_lines(rows: list[list[Cell]]) -> list[str]:
    """The table's lines: one per row, its cells joined by " | " (see the module docstring). A title or a
    unit line typed in a row of its own across the table ("Biểu số 02/TĐC – KẾT QUẢ KIỂM ĐỊNH …", "Đơn vị
    tính: chiếc") stands alone above the header; a row numbering the columns ("1 | 2 | … | 7=5/3", "A | B |
    1 | 2") says nothing and goes."""
    width = max((sum(max(1, c.colspan) for c in r) for r in rows), default=0)
    lead: list[str] = []
    while len(rows) > 1 and width > 1 and len([c for c in rows[0] if c.text]) == 1 and sum(
            max(1, c.colspan) for c in rows[0]) == width and not any(is_figure(c.text) for c in rows[0]):
        lead.append(next(c.text for c in rows[0] if c.text))
        rows = rows[1:]
    rows = [r for r in rows if not _numbers_columns(r)]
    return lead + _lines(rows)


# a table's or an annex's own title typed in a row of a sheet ("Bảng 2. Kết quả …", "PHỤ LỤC 1")
_CAPTION_ROW_RE = re.compile(r"(?:bảng|biểu|phụ lục|hình|biểu đồ)\s*(?:số\s*)?(?:\d|[IVX]+\b)", re.IGNORECASE)
_PARAGRAPH_CHARS = 200  # a cell this long holds a paragraph: no data table has one as a row of its own
_GROUP_LABEL_CHARS = 80  # a short label between two data rows is the table's group row ("KIỂM ĐỊNH", "Cộng A")


def grid_lines(rows: list[list[Cell]], sheet: bool = False) -> list[str]:
    """The lines of a grid that holds a document's text as well as its tables: a report typed in a
    spreadsheet (``sheet``), a page laid out in one table. A row with one filled cell that reads as text — a
    paragraph, and in a sheet also a title or a heading — is a line of its own; each run of rows between such
    lines is a table of its own (:func:`table_lines`, so each keeps its header). Without such rows, the same
    lines as :func:`table_lines`."""
    rows = [r for r in rows if any(c.text.strip() for c in r)]
    filled = [[c.text.strip() for c in r if c.text.strip()] for r in rows]
    text = [len(f) == 1 and not is_figure(f[0]) and (sheet or len(f[0]) >= _PARAGRAPH_CHARS) for f in filled]
    for i, f in enumerate(filled):
        if text[i] and 0 < i < len(rows) - 1 and len(f[0]) < _GROUP_LABEL_CHARS and not _CAPTION_ROW_RE.match(f[0]) \
                and len(filled[i - 1]) > 1 and len(filled[i + 1]) > 1:
            text[i] = False  # a group row inside a table
    if not any(text):
        return table_lines(_unmerged(rows))
    out: list[str] = []
    block: list[list[Cell]] = []
    for row, f, is_text in zip(rows, filled, text):
        if is_text:
            out += table_lines(_unmerged(block)) if block else []
            out.append(f[0])
            block = []
        else:
            block.append(row)
    return out + (table_lines(_unmerged(block)) if block else [])


def _unmerged(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Rows that all merge the same columns ("SỞ KH&CN … | CỘNG HÒA …" over 4 + 5 columns, row after row)
    only size their cells: read as one column per cell, not as a header spanning the columns below it."""
    spans = {tuple(c.colspan for c in r) for r in rows}
    if len(spans) != 1 or max(next(iter(spans)), default=1) <= 1 or any(c.rowspan > 1 for r in rows for c in r):
        return rows
    return [[Cell(c.text, 1, 1) for c in r] for r in rows]


_COLUMN_NUMBER_RE = re.compile(r"\(?(?:[A-Z]|(\d{1,2}))\)?(?:\s*=\s*[\d\s/+*x().,-]+)?")


def _numbers_columns(row: list[Cell]) -> bool:
    """Is the row the one numbering the columns of a template's table ("1 | 2 | 3 | … | 7=5/3 | 8=5/6",
    "A | B | 1 | 2 | 3", "(1) | (2) | (3)")?"""
    texts = [c.text.strip() for c in row if c.text.strip()]
    if len(texts) < 3:
        return False
    found = [_COLUMN_NUMBER_RE.fullmatch(t) for t in texts]
    if not all(found):
        return False
    numbers = [int(m.group(1)) for m in found if m.group(1)]
    return len(numbers) >= 2 and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _lines(rows: list[list[Cell]]) -> list[str]:
    merged = any(c.colspan > 1 or c.rowspan > 1 or c.continued for r in rows for c in r)
    if not merged:
        return [_plain_line(r) for r in rows]
    grid, spans = _grid(rows)
    width = max((len(r) for r in grid), default=0)
    grid = [r + [""] * (width - len(r)) for r in grid]
    spans = [r + [False] * (width - len(r)) for r in spans]
    n_head = 0  # header rows: no figures but years; a row below the first only under a cell spanning columns
    while n_head < min(MAX_HEADER_ROWS, len(grid) - 1) and not any(
            is_figure(x) and not _YEAR_RE.fullmatch(x) for x in grid[n_head]) and (
            n_head == 0 or any(c.colspan > 1 for c in rows[n_head - 1]) and len({x for x in grid[n_head] if x}) > 1):
        n_head += 1
    out: list[str] = []
    if n_head >= 2:  # a header over two or more rows: one line, each column with its headers top-down
        header = []
        for j in range(width):
            parts: list[str] = []
            for i in range(n_head):
                x = grid[i][j]
                if x and (not parts or parts[-1] != x):
                    parts.append(x)
            header.append(" ".join(parts))
        out.append(" | ".join(h or "-" for h in header))
        body = range(n_head, len(grid))
    else:
        body = range(len(grid))
    for i in body:
        # a cell spanning columns is written once, its other columns left empty so that figures keep theirs
        cells = ["" if spans[i][j] else x for j, x in enumerate(grid[i])]
        if not any(is_figure(x) for x in cells):  # a section row ("I | Đo lường"): no empty columns
            cells = [x for x in cells if x]
        if len(set(c for c in cells if c)) <= 1 and n_head >= 2:
            out.append(next((c for c in cells if c), ""))  # a section row across the table ("I. Đo lường")
            continue
        out.append(" | ".join(c or "-" for c in cells))
    return [line for line in out if line.strip(" |-")]


def _plain_line(row: list[Cell]) -> str:
    """A row's non-empty cells in order; in a row of figures an empty cell before the last filled one is
    "-", so that the figures keep their columns ("- | Tổng cộng | 36.130 | 38.742")."""
    texts = [c.text for c in row]
    if not any(is_figure(t) for t in texts):
        return " | ".join(t for t in texts if t)
    last = max(i for i, t in enumerate(texts) if t)
    return " | ".join(t or "-" for t in texts[: last + 1])


def _grid(rows: list[list[Cell]]) -> tuple[list[list[str]], list[list[bool]]]:
    """Each row's text per grid column, and which columns repeat a cell spanning from the left. A cell
    merged down (rowspan, or Word's continued cell) repeats its text in the rows it covers."""
    grid: list[list[str]] = []
    spans: list[list[bool]] = []
    below: dict[tuple[int, int], str] = {}  # (row, column) an HTML rowspan fills
    for i, row in enumerate(rows):
        texts: list[str] = []
        flags: list[bool] = []
        j = _take_below(below, i, 0, texts, flags)
        for cell in row:
            text = cell.text
            if cell.continued and i > 0 and j < len(grid[i - 1]):
                text = grid[i - 1][j]
            for k in range(max(1, cell.colspan)):
                texts.append(text)
                flags.append(k > 0)
                for d in range(1, max(1, cell.rowspan)):
                    below[(i + d, j)] = text
                j += 1
            j = _take_below(below, i, j, texts, flags)
        grid.append(texts)
        spans.append(flags)
    return grid, spans


def _take_below(below: dict[tuple[int, int], str], i: int, j: int, texts: list[str], flags: list[bool]) -> int:
    """Row ``i``'s columns from ``j`` on that a cell merged down from above fills; the next free column."""
    while (i, j) in below:
        texts.append(below.pop((i, j)))
        flags.append(False)
        j += 1
    return j
