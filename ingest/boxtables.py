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
    for y, ln in enumerate(grid):
        for k, (a, b) in enumerate(cols):
            if ruled[y][k]:
                continue
            # the same cell to the right when no rule runs down between them on this line
            if k + 1 < len(cols) and not ruled[y][k + 1] and ln[b] not in down:
                union((y, k), (y, k + 1))
            # the same cell below when no rule runs across between them
            if y + 1 < len(grid) and not ruled[y + 1][k] and (y + 1, k) in parent:
                union((y, k), (y + 1, k))
    boxes: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for p in parent:
        boxes.setdefault(find(p), []).append(p)
    # rows: the runs of lines between lines that draw any rule across
    bands: list[list[int]] = []
    for y in range(len(grid)):
        if any(ruled[y]) or grid[y].strip() == "":
            if bands and bands[-1]:
                bands.append([])
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


def _joined(pieces: list[str]) -> str:
    """A cell's lines as one text: "15/8/" over "2023" is "15/8/2023", "Tháng 11" over "/2023" "Tháng 11/2023"."""
    out = ""
    for p in pieces:
        if not p:
            continue
        glue = "" if not out or out.endswith("/") or p.startswith("/") else " "
        out += glue + p
    return out
