"""Tables drawn with box characters in plain text, as lines of cells joined by " | ".

A web page saved as text by a text browser (w3m, lynx), a console tool's output (tabulate, psql) or a
grid table (pandoc, reStructuredText) draws each table cell between rules: "│" or "|" down, "─", "-" or
"=" across, corners and junctions ("┌ ┬ ┼ ┤", "+") where they meet. A cell's text wraps over several
lines inside its box, a header cell spans several columns ("Số lượng (chiếc)" over "Kế hoạch | Thực
hiện"), and a row may merge cells ("Cộng" over the "STT" and name columns). Read line by line, such a
table is a heap of fragments; read as a grid (every character's column is where the drawing puts it),
each cell is the box its rules enclose. The cells then go through the same layout as a Word or HTML
table (``ingest.tables.table_lines``): one line per row, a header over several rows as one line.
"""

from __future__ import annotations

import re

from ingest.reflow import is_figure
from ingest.tables import Cell, table_lines

_VERTICAL = "│┃║|╎┆┊"
_ACROSS = "─━═-=╌┄┈"
_JUNCTIONS = "┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╒╓╕╖╘╙╛╜╞╟╡╢╤╥╧╨╪╫┍┑┕┙┝┥┯┷┿+"
_DOWN = set(_VERTICAL + _JUNCTIONS)  # where a rule runs down (a column's edge)
_DRAWN = "".join(ch for ch in _VERTICAL + _JUNCTIONS if ch not in "|+")  # box-drawing characters proper
# a line of a drawn table: it opens with a rule down or a corner ("│ 1 │ Cân ô tô │", "├────┼", "+----+")
_TABLE_LINE_RE = re.compile(rf"^\s*(?:[{_DRAWN}]|\+[-=+]{{2,}}|\|)")
_ASCII_RULE_RE = re.compile(r"^\s*\+[-=+:]{2,}\+\s*$", re.M)  # "+-----+------+", "+=====+"
_BOX_RULE_RE = re.compile(r"^\s*[┌├╞╟┝┣╠└╘╙┕┗╚][─━═┬┼┴╪╫┿╤╥╧╨┯┷╌┄┈\s]*[┐┤╡╢┥┫╣┘╛╜┙┛╝]\s*$")


def box_tables(text: str) -> str:
    """``text`` with each table drawn in box characters (or an ASCII grid "+---+") written as lines of
    cells; other lines as they are."""
    if not re.search(r"[│┃║]", text) and not _ASCII_RULE_RE.search(text):
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _TABLE_LINE_RE.match(lines[j]):
            j += 1
        block = lines[i:j]
        rules = sum(bool(_BOX_RULE_RE.match(ln) or _ASCII_RULE_RE.match(ln)) for ln in block)
        if j - i >= 3 and rules >= 2:
            rows = _read(block)
            if rows:
                out.extend(["", *table_lines(rows), ""])
                i = j
                continue
        out.extend(block if j > i else [lines[i]])
        i = max(j, i + 1)
    return "\n".join(out)


def _read(block: list[str]) -> list[list[Cell]]:
    """The cells of one drawn table, row by row, each with the columns and rows it spans."""
    width = max(len(ln) for ln in block)
    grid = [ln.ljust(width) for ln in block]
    ascii_drawn = any(_ASCII_RULE_RE.match(ln) for ln in block)
    down = set(_DOWN) if not ascii_drawn else set("|+")
    edges = sorted({x for ln in grid for x, ch in enumerate(ln) if ch in down})
    if len(edges) < 3:
        return []
    cols = list(zip(edges, edges[1:]))  # the finest columns: between any two edges some line draws

    def across(ln: str, a: int, b: int) -> bool:  # a rule across this column on this line
        seg = ln[a + 1 : b]  # (drawn the whole width: a cell's "-" stands between blanks)
        return bool(seg) and all(ch in _ACROSS or ch in _JUNCTIONS for ch in seg)

    # every line's stretch in every column: a rule across, or a piece of a cell (text or blank)
    ruled = [[across(ln, a, b) for a, b in cols] for ln in grid]
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def find(p: tuple[int, int]) -> tuple[int, int]:
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    def union(p: tuple[int, int], q: tuple[int, int]) -> None:
        parent[find(p)] = find(q)

    for y in range(len(grid)):
        for k in range(len(cols)):
            if not ruled[y][k]:
                parent[(y, k)] = (y, k)
    opens = _unruled_row_starts(grid, ruled, cols)
    for y, ln in enumerate(grid):
        for k, (a, b) in enumerate(cols):
            if ruled[y][k]:
                continue
            # the same cell to the right when no rule runs down between them on this line
            if k + 1 < len(cols) and not ruled[y][k + 1] and ln[b] not in down:
                union((y, k), (y, k + 1))
            # the same cell below when no rule runs across between them (nor does a new row open there)
            if y + 1 < len(grid) and not ruled[y + 1][k] and (y + 1, k) in parent and y + 1 not in opens:
                union((y, k), (y + 1, k))
    boxes: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for p in parent:
        boxes.setdefault(find(p), []).append(p)
    # rows: the runs of lines between lines that draw any rule across
    bands: list[list[int]] = []
    for y in range(len(grid)):
        if any(ruled[y]) or grid[y].strip() == "" or y in opens:
            if bands and bands[-1]:
                bands.append([])
            if y not in opens:
                continue
        if not bands:
            bands.append([])
        bands[-1].append(y)
    bands = [b for b in bands if b]
    band_of = {y: r for r, b in enumerate(bands) for y in b}
    placed: dict[int, list[tuple[int, Cell]]] = {}
    for members in boxes.values():
        ys = sorted({y for y, _ in members})
        ks = sorted({k for _, k in members})
        rows_in = sorted({band_of[y] for y in ys if y in band_of})
        if not rows_in:
            continue  # a stretch of a partial rule line only ("├───┬───┤" beside a taller cell's text)
        a, b = cols[ks[0]][0], cols[ks[-1]][1]
        text = _joined([grid[y][a + 1 : b].strip() for y in ys])
        cell = Cell(text, colspan=len(ks), rowspan=rows_in[-1] - rows_in[0] + 1)
        placed.setdefault(rows_in[0], []).append((ks[0], cell))
    return [[c for _, c in sorted(placed.get(r, []), key=lambda t: t[0])] for r in range(len(bands))]


def _unruled_row_starts(grid: list[str], ruled: list[list[bool]], cols: list[tuple[int, int]]) -> set[int]:
    """The lines that open a row of their own inside one box with no rule across between its rows.

    A table drawn with rules only around its header and its foot ("+----+" above and below the body, none
    between the body's rows) holds every row in one box; a row's wrapped label goes on under it with the
    figure columns blank ("| 3 | Cột đo nhiên liệu | 1.350 |" over "|   | (cột đo xăng dầu) |   |"). A line
    whose figure columns are written where the box's first line writes them opens a new row; a line of
    words alone (a wrapped label, a header's second line) goes on the row above."""
    opens: set[int] = set()
    first: list[str] | None = None
    for y in range(len(grid)):
        if any(ruled[y]) or not grid[y].strip():
            first = None
            continue
        cells = [grid[y][a + 1 : b].strip() for a, b in cols]
        if first is None:
            first = cells
            continue
        figures = [k for k, c in enumerate(first) if c and is_figure(c)]
        if len(figures) >= 2 and all(cells[k] and is_figure(cells[k]) for k in figures) and (
                not first[0] or bool(cells[0])):
            opens.add(y)
    return opens


def _joined(pieces: list[str]) -> str:
    """A cell's lines as one text: "15/8/" over "2023" is "15/8/2023", "Tháng 11" over "/2023" "Tháng 11/2023"."""
    out = ""
    for p in pieces:
        if not p:
            continue
        glue = "" if not out or out.endswith("/") or p.startswith("/") else " "
        out += glue + p
    return out


# pandoc's plain tables: a column rule of dash runs under the header ("---- -------- -----"), and for a
# multiline table a full-width dashed line above the header and below the last row
_COLUMN_RULE_RE = re.compile(r"^[ \t]*-{2,}(?: +-{2,})+[ \t]*$")
_FULL_RULE_RE = re.compile(r"^[ \t]*-{8,}[ \t]*$")
_DASHED_ROWS_MAX = 400  # lines a table may run to before its closing rule


def dashed_tables(text: str) -> str:
    """``text`` with each table pandoc's plain writer lays out between dashed rules written as lines of
    cells. The column rule's dash runs give the columns (a cell may be left- or right-aligned in its run,
    and two columns may stand one space apart: "1.586,4 1.402,7"); a multiline table's rows are parted by
    blank lines, each cell's text wrapped over the lines of its row, and its header may take several lines
    too. Other lines stay as they are."""
    if not re.search(r"^[ \t]*-{2,} +-{2,}", text, re.M):
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        found = _dashed_table(lines, i)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        end, rows = found
        out.extend(["", *table_lines(rows), ""])
        i = end
    return "\n".join(out)


def _dashed_table(lines: list[str], i: int) -> tuple[int, list[list[Cell]]] | None:
    """(the line after the table, its rows) for a table starting at ``lines[i]``, or None."""
    top = bool(_FULL_RULE_RE.match(lines[i]))
    if top:  # a multiline table: its header lines, then the column rule
        k = i + 1
        while k < len(lines) and k - i <= 6 and lines[k].strip() and not _COLUMN_RULE_RE.match(lines[k]):
            k += 1
        if k >= len(lines) or not _COLUMN_RULE_RE.match(lines[k]):
            return None
        head = lines[i + 1 : k]
    elif _COLUMN_RULE_RE.match(lines[i]):  # a headerless table opens with its column rule
        if i > 0 and lines[i - 1].strip():
            return None
        k, head = i, []
    elif i + 1 < len(lines) and _COLUMN_RULE_RE.match(lines[i + 1]) and lines[i].strip() and (
            i == 0 or not lines[i - 1].strip()):  # a simple table: one header line over the column rule
        k, head = i + 1, [lines[i]]
    else:
        return None
    starts = [m.start() for m in re.finditer(r"-+", lines[k])]  # the columns
    body_end = k + 1
    closed = False
    while body_end < len(lines) and body_end - k <= _DASHED_ROWS_MAX:
        ln = lines[body_end]
        if _FULL_RULE_RE.match(ln) or (_COLUMN_RULE_RE.match(ln) and not head):
            closed = True
            break
        if not ln.strip() and not top:  # a simple table ends at a blank line, a headerless one at two or at the end
            more = body_end + 1 < len(lines) and lines[body_end + 1].strip()
            if head or not more:
                break
        body_end += 1
    if (top or not head) and not closed:
        return None
    body = lines[k + 1 : body_end]
    if top or not head:  # rows parted by blank lines (one line each when none are)
        groups: list[list[str]] = [[]]
        for ln in body:
            if ln.strip():
                groups[-1].append(ln)
            elif groups[-1]:
                groups.append([])
        groups = [g for g in groups if g]
        if len(groups) == 1 and len(groups[0]) > 1:
            groups = [[ln] for ln in groups[0]]
    else:
        groups = [[ln] for ln in body if ln.strip()]
    if len(groups) < 2:
        return None
    rows = ([_row_cells(head, starts)] if head else []) + [_row_cells(g, starts) for g in groups]
    if sum(any(is_figure(c.text) for c in r) for r in rows) < 2:
        return None
    return (body_end + 1 if closed else body_end), rows


def _row_cells(group: list[str], starts: list[int]) -> list[Cell]:
    """One row's cells: each column's stretch of every line of the row, joined."""
    bounds = list(zip(starts, starts[1:] + [None]))
    return [Cell(_joined([ln[a:b].strip() for ln in group])) for a, b in bounds]
