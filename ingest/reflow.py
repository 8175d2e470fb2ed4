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

import itertools
import re
from collections import Counter
from typing import Callable

# "Trang 2/7", "Page 3", "- 4 -"; a bare number stays (it may be a figure of a table)
_PAGE_NO = r"(?:(?:trang|page|tr\.)\s*\d{1,4}(?:\s*(?:/|trên)\s*\d{1,4})?|-\s*\d{1,4}\s*-)"
_PAGE_NO_RE = re.compile(rf"^\s*{_PAGE_NO}\s*$", re.I)
# a page number on a line of its own anywhere in a text, with the blank lines around it
_PAGE_LINE_RE = re.compile(rf"\n[ \t]*(?:\n[ \t]*)*{_PAGE_NO}[ \t]*(?:\n[ \t]*)*(?=\n)", re.I)
_STARTS_ITEM_RE = re.compile(
    r"^\s*(?:[-•+*–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ][).]\s|[IVXLC]{1,6}\.\s|\(\d{1,2}\)\s|"
    r"(?-i:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|Bảng|BẢNG|Hình|Biểu|BIỂU|Phụ lục|PHỤ LỤC)(?:\s+\w+|\s*:)|Nơi nhận)", re.I)
# a numbered heading: "1. Công tác …", "II. Phương hướng", "a) Kiểm tra …"; short, it ends its line (its
# paragraph starts on the next one)
_HEADING_RE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.|[IVXLC]{1,6}\.|[a-zđ]\))\s")
_LEADS_WITH_COUNT_RE = re.compile(r"^\d[\d.,]*%?\s+(?:[a-zà-ỹđ]|so với|TCVN|QCVN|PTĐ)")  # "32 hồ sơ", "12,5% so với"
_RANGE_START_RE = re.compile(r"\b(?:giai đoạn|nhiệm kỳ|thời kỳ|từ năm|năm)\s+(?:19|20)\d{2}$", re.I)
_RANGE_END_RE = re.compile(r"^[-–]\s*(?:19|20)\d{2}\b(?!\.\d)")  # a period's second year wrapped onto a line
_ENDS_OPEN_RE = re.compile(r"(?:[,(\[–-]|\b(?:và|của|các|những|với|cho|tại|theo|từ|đến|trong|là|được|về|số|năm|ngày|tháng))\s*$", re.I)
# a line opening with the abbreviation of the words before it, the sentence going on: "(PTĐ), đạt …", "(ĐGSPH) trên …"
_GLOSS_OPENS_RE = re.compile(r"\((?:[A-ZĐ][A-Za-zĐđ&]{1,9}\)(?:\s*[,;]|\s+[a-zà-ỹđ])|[^()]{1,40}\)[,;])")
_ENDS_SENTENCE_RE = re.compile(r"[.:;!?…]\s*[\"')\]]*\s*$")
_TABLE_ROW_RE = re.compile(r"(?:\d[\d.,%]*\s+){2,}\S*\s*$")  # a row of figures: "Huyết áp kế 95 212"
ENDS_WITH_FIGURES_RE = re.compile(r"\d[\d.,%]*\s+\d[\d.,%]*\s*$")  # "1 Công tơ điện 61.245 68.930"
_CAPTION_RE = re.compile(r"^(?:Bảng|Biểu|Hình|Phụ lục)\s+(?:\d{1,2}|[IVX]{1,4})\b")
WIDE = 0.8  # a line this share of the page's longest line wide is wrapped, not ended


def starts_item(line: str) -> bool:
    """Does this line open an item of its own (a bullet, "2.", "a)", "II.", a heading word) rather than
    continue the line above?"""
    return bool(_STARTS_ITEM_RE.match(line))


def ends_sentence(line: str) -> bool:
    """Does ``line`` end a sentence ("…đúng hạn.", "như sau:", "…(2023).")?"""
    return bool(_ENDS_SENTENCE_RE.search(line))


def line_signature(line: str) -> str:
    """A line as running headers and footers are compared: spaces collapsed, lower case, digits as "#"."""
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


def strip_running_lines(pages: list[str]) -> list[str]:
    """Pages without their running headers/footers and bare page numbers."""
    split = [p.split("\n") for p in pages]
    running = running_signatures(pages)
    numbers = _bare_page_numbers(split)
    out = []
    for p, lines in enumerate(split):
        edge = _edge_run(lines, running)
        keep = []
        for i, line in enumerate(lines):
            at_edge = i < 2 or i >= len(lines) - 2
            if at_edge and (page_edge_line(line, running) or (p, i) in numbers):
                continue
            if i in edge:
                continue
            keep.append(line)
        out.append("\n".join(keep))
    return out


def running_signatures(pages: list[str]) -> set[str]:
    """The signatures (:func:`line_signature`) of the running headers and footers of ``pages``: lines at a
    page's edge on half the pages and three at least, or stacked at the edge of (nearly) every page."""
    edges: Counter[str] = Counter()
    # a browser's print header and footer stack up to four lines at a page's edge, the date and time
    # ("15/08/2024, 10:42") and the page counter ("2/5") without a letter: those go when (nearly) every page has them
    stacked: Counter[str] = Counter()
    for page in pages:
        filled = [x for x in page.split("\n") if x.strip()]
        edges.update({sig for x in filled[:2] + filled[-2:] for sig in _signatures(x)})
        stacked.update({sig for x in filled[:_EDGE_STACK] + filled[-_EDGE_STACK:] for sig in _signatures(x)})
    running = {s for s, n in edges.items()
               if len(pages) >= 3 and n >= max(3, 0.5 * len(pages)) and re.search(r"[^\W\d_]", s)}
    every = len(pages) - len(pages) // 6  # (a page in six may lack them: a stamp moved to its start, say)
    running |= {s for s, n in stacked.items() if len(pages) >= 3 and n >= every and "#" in s
                and (re.search(r"[^\W\d_]", s) or re.fullmatch(r"[#/:,.\s-]+", s) and s.count("#") >= 2)}
    return running


def page_edge_line(line: str, running: set[str]) -> bool:
    """Is ``line`` a page number ("Trang 2/7", "- 4 -") or one of the ``running`` headers and footers
    (:func:`running_signatures`)?"""
    return bool(line.strip()) and (bool(_PAGE_NO_RE.match(line)) or _is_running(line, running))


_EDGE_STACK = 4  # lines of a running header or footer at most


def _signatures(line: str) -> set[str]:
    """The signature of a line and, for a line read from where its strings stand ("… 16:05 | Trang 2"), of
    each of its cells: a page read that way and a page read plainly ("… 16:05" and "Trang 1" on two lines)
    share their running lines, as do "Chi cục … | Trang 5/9" and a plain "Chi cục … Trang 2/9" (its cells joined)."""
    cells = _cell_texts(line)
    return {line_signature(line), *(line_signature(c) for c in cells)} | ({line_signature(" ".join(cells))} if cells else set())


def _is_running(line: str, running: set[str]) -> bool:
    """Is ``line`` a running header or footer, whole or as cells each running or a page number?"""
    cells = _cell_texts(line)
    if line_signature(line) in running or cells and line_signature(" ".join(cells)) in running:
        return True
    return bool(cells) and all(line_signature(c) in running or _PAGE_NO_RE.match(c) for c in cells)


def _cell_texts(line: str) -> list[str]:
    """The filled cells of a line read as cells ("… 16:05 | Trang 2"); none for a plain line."""
    return [c for c in line.split(" | ") if c.strip()] if " | " in line else []


def _edge_run(lines: list[str], running: set[str]) -> set[int]:
    """Indexes of the running lines stacked at a page's top or bottom, each with only running lines
    (or blank ones) between it and the page's edge."""
    found: set[int] = set()
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        taken = 0
        for i in order:
            if not lines[i].strip():
                continue
            if taken >= _EDGE_STACK or not _is_running(lines[i], running) and not _PAGE_NO_RE.match(lines[i]):
                break
            found.add(i)
            taken += 1
    return found


def _bare_page_numbers(split: list[list[str]]) -> set[tuple[int, int]]:
    """(page, line) of bare numbers at a page's top or bottom that count up with the pages ("2" on the
    second page, "3" on the third…) on at least three pages: page numbers, not figures of a table."""
    found: dict[int, list[tuple[int, int]]] = {}
    for p, lines in enumerate(split):
        filled = [i for i, line in enumerate(lines) if line.strip()]
        for i in {*filled[:1], *filled[-1:]}:
            if re.fullmatch(r"\s*\d{1,3}\s*", lines[i]):
                found.setdefault(int(lines[i]) - p, []).append((p, i))
    return {at for spots in found.values() if len({p for p, _ in spots}) >= 3 for at in spots}


def hard_wrapped(text: str) -> bool:
    """Is this text broken at a fixed width (most lines of prose close to one length of at most ~110
    characters), rather than a line per paragraph?"""
    lengths = _prose_lengths(text.split("\n"))
    if len(lengths) < 5:
        return False
    p90 = _p90(lengths)
    return p90 <= 110 and sum(n >= 0.75 * p90 for n in lengths) >= 0.5 * len(lengths)


# a line ending in part of a word and a hyphen ("Đo lườ-", "tr-"): a word broken at the wrap. A hyphen
# after a space ("kinh tế -") or a figure ("2021-") joins two words and stays
_BROKEN_WORD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]*[a-zà-ỹđ]-$")
# a document's number broken after the hyphen of its issuer's code ("Nghị định số 74/2018/NĐ-" over "CP", "Quyết
# định số 35/QĐ-" over "SKHCN …"): one code, no space in it
_CODE_HYPHEN_RE = re.compile(r"\d/(?:\d{4}/)?[A-ZĐ][A-ZĐ&]*-$")
_CODE_TAIL_RE = re.compile(r"[A-ZĐ][A-ZĐa-z&]*(?![^\W_])")


def reflow(text: str, by_width: bool = True) -> str:
    """Wrapped lines of one page joined into their paragraphs (see the module docstring). Without
    ``by_width`` (text whose lines are paragraphs), a line's length is no sign that it goes on."""
    lines = text.split("\n")
    width = _text_width(lines) if by_width else 0
    out: list[str] = []
    for i, line in enumerate(lines):
        # judged on the line as printed, not on the paragraph joined so far (which is always "wide")
        if out and _continues(lines[i - 1], line, width):
            head, tail = out[-1].rstrip(), line.lstrip()
            if _BROKEN_WORD_RE.search(head) and tail[:1].islower():  # "lườ-" / "ng": a word hyphenated at the wrap
                out[-1] = head[:-1] + tail
            elif _CODE_HYPHEN_RE.search(head) and _CODE_TAIL_RE.match(tail):
                out[-1] = head + tail
            else:
                out[-1] = head + " " + tail
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
    """The lengths of the lines long enough to be prose (20 characters or more), sorted; a table's
    rows (cells joined by " | ") are no prose."""
    return sorted(len(x.rstrip()) for x in lines if len(x.strip()) >= 20 and " | " not in x)


def _p90(lengths: list[int]) -> int:
    return lengths[int(0.9 * (len(lengths) - 1))]


def page_continues(before: str, page: str) -> bool:
    """Does ``page`` open in the middle of the sentence ``before`` (the text so far) ends with?"""
    last = before.rsplit("\n", 1)[-1]
    first = page.split("\n", 1)[0]
    return _continues(last, first, len(last)) if last.strip() else False


def table_continues(before: str, page: str) -> bool:
    """Does ``page`` open on rows of the table ``before`` (the text so far) ends on: a row of figures of as many
    cells, or a total row of one fewer (its number and label cells one: "Tổng cộng | 18.000 | 18.975 | 105,4")?"""
    last = before.rsplit("\n", 1)[-1]
    first = page.split("\n", 1)[0]
    if " | " not in last or " | " not in first:
        return False
    n, k = last.count(" | "), first.count(" | ")
    if not any(is_figure(c.strip()) for c in first.split(" | ")[1:]):
        return False  # its header repeated: a table of its own, as it was read before
    return k == n or k == n - 1 and bool(_TOTAL_LABEL_RE.match(first.strip()))


_CELL_LINE = 20  # characters: a line this short, then one half as short, are a table's cells, not wrapped prose


def _continues(prev: str, line: str, width: int) -> bool:
    p, n = prev.strip(), line.strip()
    if _RANGE_END_RE.match(n) and _RANGE_START_RE.search(p):  # "nhiệm kỳ 2020" then "- 2025, đồng thời …"
        return True
    if _LEADS_WITH_COUNT_RE.match(n) and p[-1:].isalpha() and not p.isupper() and not _ENDS_SENTENCE_RE.search(p) \
            and not _HEADING_RE.match(p) and not (len(p) <= _CELL_LINE and len(n) <= _CELL_LINE // 2):
        return True  # "…, Chi cục tiếp nhận" then "32 hồ sơ TTHC …": a sentence wrapped before its figure
        # (not a header's cells one per line: "Tên PTĐ" then "6 tháng" then "2022")
    if not p or not n or _STARTS_ITEM_RE.match(n) or _TABLE_ROW_RE.search(p) and _TABLE_ROW_RE.search(n):
        return False
    if _GLOSS_OPENS_RE.match(n) and p[-1:].isalpha() and not _ENDS_SENTENCE_RE.search(p) and not _HEADING_RE.match(p) \
            and " | " not in p:
        return True  # "… kiểm định 52.318 phương tiện đo" then "(PTĐ), đạt 74,7% …": the abbreviation of its last words
    if " | " in p or " | " in n:  # rows of a table keep their lines
        return False
    if ENDS_WITH_FIGURES_RE.search(n) and re.match(r"\d{1,2}\s+\S", n) and not _ENDS_OPEN_RE.search(p):
        return False  # "1 Công tơ điện … 29.874 32.650" under a header row: a row of its own
    if _ENDS_SENTENCE_RE.search(p) and not p.endswith("...") and not (
            p[-1] in ":;" and (p.rfind("(") > p.rfind(")")  # "(năm 2021:" then "42.676 PTĐ), tăng …"
                               or p[-1] == ";" and n[0].islower() and width > 0 and len(prev.rstrip()) >= WIDE * width)):
        return False
    if n[0].islower():
        return True
    if p.startswith("(") and p.endswith(")"):  # a bracketed line ("(Kèm theo Báo cáo số …)") then a table's "TT"
        return False
    if p.lower().endswith(" năm") and len(p) <= _CELL_LINE // 2 and len(n) <= _CELL_LINE // 2 and n[0].isupper():
        return False  # a header's cells one per line: "Cả năm" then "Kế hoạch" ("Kế hoạch năm" then "2019" go on)
    if is_figure(p) or _UNIT_LINE_RE.fullmatch(p):
        return False  # a table's cell ("-8,2", a header's "(%)") ends its line, at a page's end too
    heading = re.match(r"^(?:\d{1,2}(?:\.\d{1,2})*\.|[IVXLC]{1,6}\.)\s", p)  # "1. Công tác …" then "Ngay từ …"
    short = width > 0 and len(prev.rstrip()) < WIDE * width
    if _ENDS_OPEN_RE.search(p):
        # (a short numbered heading ends its line though it ends on "được", "số": "1. Kết quả đạt được")
        return not (heading and short)
    if _CAPTION_RE.match(p):  # "Bảng 1. Kết quả …" then the table's header row: a caption ends its line
        return False
    return width > 0 and len(prev.rstrip()) >= WIDE * width and not p.isupper() and not heading


# a gap between columns of a table laid out with spaces: two or more spaces, or a tab
_COLUMN_GAP_RE = re.compile(r"[ \u00a0]{2,}|\t+")
_SPACE_GAP_RE = re.compile(r"[ \u00a0]{2,}")
_RULE_RE = re.compile(r"^\s*[-=_+|.:\u2500-\u257f ]{5,}\s*$")  # "-----+-----", "=====", box drawing
_FIGURE_CELL_RE = re.compile(r"^[+-]?\d[\d.,]*\s*%?$")


def _cells(line: str) -> list[str]:
    if "|" in line:  # a table drawn with pipes already has its cells
        return [line]
    if "\t" in line and not _SPACE_GAP_RE.search(line.strip()):
        # cells parted by single tabs (Word's "Save as Plain Text"): an empty cell between two tabs keeps
        # its column ("1.1<TAB>Thử nghiệm<TAB>121,5<TAB><TAB>133,8<TAB>", "<TAB>Tổng cộng<TAB>18.642"), written
        # "-" as the Word and HTML loaders write one (columns_to_cells drops those past the header's last)
        cells = _tab_cells(line.rstrip(" \r\n"))
        if sum(bool(c) for c in cells) >= 2:
            return [c or "-" for c in cells]
    return [c for c in _COLUMN_GAP_RE.split(line.strip()) if c.strip()]


def is_figure(text: str) -> bool:
    """Is ``text`` (a table cell, a line holding one) a figure alone: "4.094", "-26,1", "15,9%"?"""
    return bool(_FIGURE_CELL_RE.match(text.strip()))


def _row_like(line: str) -> bool:
    """Three or more columns, or two with a figure in one ("Taximet   318"); a sentence with a double
    space ("Ghi chú: số liệu  của …") is neither."""
    every = _cells(line)
    cells = [c for c in every if c != "-"]  # (an empty cell a tab kept is no column of text)
    if len(cells) == 2 and len(every) >= 3 and "\t" in line and "|" not in line:
        return True  # a group's row pasted from a spreadsheet: "I<TAB>Kiểm định phương tiện đo<TAB><TAB>…"
    return len(cells) >= 3 or len(cells) == 2 and any(_FIGURE_CELL_RE.match(c) for c in cells)


_CHUNK_RE = re.compile(r"\S+(?:[ \u00a0]\S+)*")  # a cell's text on a line: words parted by single spaces
_YEAR_RE = re.compile(r"^(?:19|20)\d{2}$")
_LAYOUT_HEAD_MAX = 3  # lines of one header


def _chunks(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _CHUNK_RE.finditer(line)]


def _anchor(line: str) -> list[tuple[int, int, str]] | None:
    """The cells of a laid-out table's row with its figures ("1   Số mẫu được thử nghiệm tại   mẫu   142.318"),
    with where each sits on the line; None for any other line."""
    if "\t" in line or "|" in line or not _row_like(line):
        return None
    chunks = _chunks(line)
    figures = real = 0  # (an empty cell's "-" among them: "22   2   -   -   15,0")
    for _, _, text in reversed(chunks):
        if text != "-" and not _FIGURE_CELL_RE.match(text):
            break
        real += text != "-"
        figures += 1
    # its figures end it, after at most a number, a label and a unit (justified prose spreads many words apart)
    if len(chunks) < 3 or real < 2 or len(chunks) - figures > 3:
        return None
    return chunks


def _short_row(chunks: list[tuple[int, int, str]], row: list[tuple[int, int, str]]) -> list[str] | None:
    """A row with fewer cells than the row above (a total row leaving its number and unit empty), each of its
    cells put under the cell of ``row`` it sits beneath, the empty ones written "-"; None when two share one."""
    homes = [_home(chunk, row) for chunk in chunks]
    if None in homes or any(b <= a for a, b in zip(homes, homes[1:])):
        return None
    cells = ["-"] * len(row)
    for k, (_, _, text) in zip(homes, chunks):
        cells[k] = text
    return cells


def _home(chunk: tuple[int, int, str], cells: list[tuple[int, int, str]]) -> int | None:
    """The cell of ``cells`` a piece of text on another line sits under: the one it overlaps most, else
    the nearest; None when it spreads over two cells' columns."""
    s, e, _ = chunk
    overlaps = [max(0, min(e, c[1]) - max(s, c[0])) for c in cells]
    if sum(o > 0 for o in overlaps) > 1:
        return None
    if max(overlaps) > 0:
        return overlaps.index(max(overlaps))
    mid = (s + e) / 2
    return min(range(len(cells)), key=lambda j: abs(mid - (cells[j][0] + cells[j][1]) / 2))


def _continuation(line: str, row: list[tuple[int, int, str]]) -> list[tuple[int, str]] | None:
    """The pieces of a row's wrapped label or unit on a line below it ("       kiểm định, hiệu chuẩn trên",
    "       mã số mã vạch            nghiệp"), each with the cell it continues; None when the line is no
    such thing (a figure, prose across the columns, a row of its own)."""
    if not line.strip() or "\t" in line or "|" in line or _anchor(line) is not None:
        return None
    pieces: list[tuple[int, str]] = []
    for chunk in _chunks(line):
        j = _home(chunk, row)
        if j is None or _FIGURE_CELL_RE.match(chunk[2]) or _FIGURE_CELL_RE.match(row[j][2]) \
                or chunk[0] < row[j][0] - 3 or (j + 1 < len(row) and chunk[1] > row[j + 1][0]):
            return None
        pieces.append((j, chunk[2]))
    return pieces


def _header_above(lines: list[str], first: int, row: list[tuple[int, int, str]]) -> tuple[int, list[str]] | None:
    """Where the header of the laid-out table whose first row is line ``first`` starts, and its cells
    (a cell wrapped onto the lines below joined: "Năm" over "2024", "So sánh" over "(%)"); None when
    the lines above are no header of that table's columns."""
    n = first - 1
    if n >= 0 and not lines[n].strip():
        n -= 1
    block: list[list[tuple[int, int, str]]] = []
    while n >= 0 and lines[n].strip() and len(block) < _LAYOUT_HEAD_MAX:
        chunks = _chunks(lines[n])
        if "\t" in lines[n] or "|" in lines[n] or _NOT_HEADER_RE.search(lines[n].strip()) \
                or any(len(c[2]) > _HEADER_CELL_MAX or _FIGURE_CELL_RE.match(c[2]) and not _YEAR_RE.match(c[2])
                       and not c[2].startswith("(") for c in chunks):
            break
        block.insert(0, chunks)
        n -= 1
    while block and len(block[0]) != len(row):  # a caption's or spanning cell's line above the header
        block.pop(0)
        n += 1
    if not block or len(block[0]) < 3:
        return None
    cells = [c[2] for c in block[0]]
    for chunks in block[1:]:
        for chunk in chunks:
            j = _home(chunk, block[0])
            if j is None:
                return None
            cells[j] += " " + chunk[2]
    return n + 1, cells


def fold_centred_rows(text: str) -> str:
    """Tables laid out with spaces whose cells are centred on their row (``pdftotext -layout`` of a table
    whose short cells sit in the middle of a tall row): a wrapped label or unit has lines above its row's
    figures as well as below, and a row whose label wraps has none on its figures' line ("Hiệu chuẩn PTĐ,
    chuẩn đo" / "3   PTĐ   14.627 …" / "lường"). Each piece goes to the row it is nearest to (a tie: to
    the row whose cell is empty on its figures' line), the header's lines are read column by column (a
    cell over two columns, "Năm 2017" over "Kế hoạch" and "Thực hiện", heads both), and each row becomes
    one line with its cells parted by wide gaps ("-" for an empty one), for ``columns_to_cells``. A table
    whose rows' wrapped cells only run below them is left to :func:`fold_wrapped_rows`."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        found = _centred_table(lines, i) if _anchor(lines[i]) is not None else None
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        start, end, rows = found
        del out[len(out) - (i - start):]
        out.extend(rows)
        if end < len(lines) and lines[end].strip():
            out.append("")  # (what follows is no more of a row of it: fold_wrapped_rows reads on to a blank line)
        i = end
    return "\n".join(out)


_PIECES_MAX = 4  # lines of wrapped cells between two rows
_HEADING_START_RE = re.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s|^[-–•+*]\s")  # "9. Các hoạt động khác", "- Duy trì …"


def _piece_line(line: str, left: int) -> list[tuple[int, int, str]] | None:
    """A line holding only wrapped pieces of a laid-out table's text cells (no figure, no prose across
    the table starting left of its columns), as chunks; None otherwise."""
    if not line.strip() or "\t" in line or "|" in line or _anchor(line) is not None:
        return None
    chunks = _chunks(line)
    if any(c[0] < left - 2 or len(c[2]) > _HEADER_CELL_MAX or _FIGURE_CELL_RE.match(c[2]) for c in chunks):
        return None
    return chunks


def _centred_table(lines: list[str], first: int) -> tuple[int, int, list[str]] | None:
    """The laid-out table with centred cells whose first row of figures is line ``first``: (the line its
    header starts on, the line after it, its rewritten lines); None when it is no such table."""
    left = _chunks(lines[first])[0][0]
    anchors: list[int] = []
    pieces: list[int] = []
    j = first
    while j < len(lines):
        if _anchor(lines[j]) is not None:
            anchors.append(j)
        elif _piece_line(lines[j], left) is not None and j - (anchors[-1] if anchors else first) <= _PIECES_MAX:
            pieces.append(j)
        elif not lines[j].strip() and j + 1 < len(lines) and _anchor(lines[j + 1]) is not None:
            pass  # a blank line between two rows
        else:
            break
        j += 1
    if len(anchors) < 3:
        return None
    rows = {a: _chunks(lines[a]) for a in anchors}
    ncols = max(len(c) for c in rows.values())
    spans = _merged_spans([c for chunks in rows.values() for c in chunks])  # (a column no row fills whole has one)
    if len(spans) < ncols:  # cells that run into each other's columns: the fullest rows' cells are the columns
        full = [c for c in rows.values() if len(c) == ncols]
        spans = [(min(c[k][0] for c in full), max(c[k][1] for c in full)) for k in range(ncols)]
    ncols = len(spans)

    def home(chunk: tuple[int, int, str]) -> int:
        s, e, _ = chunk
        overlaps = [max(0, min(e, b) - max(s, a)) for a, b in spans]
        if max(overlaps) > 0:
            return overlaps.index(max(overlaps))
        return min(range(ncols), key=lambda k: abs((s + e) / 2 - (spans[k][0] + spans[k][1]) / 2))

    cells: dict[int, list[list[str]]] = {}  # a row's cells, each a list of (line, text) pieces in line order
    for a in anchors:
        cells[a] = [[] for _ in range(ncols)]
        for chunk in rows[a]:
            cells[a][home(chunk)].append((a, chunk[2]))
    on_line = {a: {k for k in range(ncols) if cells[a][k]} for a in anchors}
    filled = [[t for a in anchors for _, t in cells[a][k]] for k in range(ncols)]
    text_cols = {k for k in range(ncols) if sum(not _FIGURE_CELL_RE.match(t) for t in filled[k]) * 2 > len(filled[k])}
    # centred: some row's text cell is empty on its figures' line and a piece stands right above it there
    centred = any(a - 1 in pieces and any(home(c) in text_cols - on_line[a] for c in _chunks(lines[a - 1]))
                  for a in anchors)
    if not centred:
        return None
    def counts(row: int, k: int) -> tuple[int, int]:  # a cell's pieces above and below its figures' line
        return sum(line < row for line, _ in cells[row][k]), sum(line > row for line, _ in cells[row][k])

    last = first
    ties: list[tuple[int, str, int, int, int]] = []
    for p in pieces:
        before = max((a for a in anchors if a < p), default=None)
        after = min((a for a in anchors if a > p), default=None)
        if before is None:
            continue
        below_table = False
        for chunk in _chunks(lines[p]):
            k = home(chunk)
            if after is None:  # below the last row: only the rest of a cell centred on it, never a heading
                above, below = counts(before, k)
                if not above and k in on_line[before] or below > above or _HEADING_START_RE.match(chunk[2]):
                    below_table = True
                    break
                cells[before][k].append((p, chunk[2]))
            elif p - before != after - p:
                cells[before if p - before < after - p else after][k].append((p, chunk[2]))
            else:
                ties.append((p, chunk[2], k, before, after))
            last = max(last, p)
        if below_table:
            break
    for p, piece, k, before, after in ties:  # halfway between two rows: the cell still short of its lower
        # (or upper) half, else the row whose cell is empty on its figures' line
        above_b, below_b = counts(before, k)
        above_a, below_a = counts(after, k)
        if above_b > below_b:
            target = before
        elif below_a > above_a:
            target = after
        else:
            target = after if k not in on_line[after] else before
        cells[target][k].append((p, piece))
    last = max(last, anchors[-1])
    # pieces above the first row: its centred cells' upper lines
    start = first
    while start - 1 >= 0 and first - (start - 1) <= _PIECES_MAX // 2 and (
            chunks := _piece_line(lines[start - 1], left)) is not None and all(
            home(c) in text_cols - on_line[first] for c in chunks):
        start -= 1
        for c in chunks:
            cells[first][home(c)].append((start, c[2]))
    def head_home(chunk: tuple[int, int, str]) -> int:  # a header's piece: over a text column it overlaps, else
        s_, e, _ = chunk  # over the figures' column whose right edge it stands left of (figures are set right,
        overlaps = [max(0, min(e, b) - max(s_, a)) if k in text_cols else 0 for k, (a, b) in enumerate(spans)]
        if max(overlaps) > 0:  # headers centred: "Năm 2017" over "312" of a wide column)
            return overlaps.index(max(overlaps))
        return next((k for k, (_, b) in enumerate(spans) if b >= (s_ + e) / 2), len(spans) - 1)

    head = _centred_header(lines, start, spans, head_home)
    out = []
    if head is not None:
        start, header = head
        out.append("   ".join(h or "-" for h in header))
    for a in anchors:
        out.append("   ".join(_joined([piece for _, piece in sorted(pieces_)]) or "-" for pieces_ in cells[a]))
    return start, last + 1, out


def _joined(pieces: list[str]) -> str:
    """A cell's pieces, line by line, as one text: words parted by a space, a number wrapped after its slash
    joined back ("2017/201" over "6" is "2017/2016")."""
    text = ""
    for piece in pieces:
        text = text + piece if re.search(r"/\d{1,3}$", text) and re.fullmatch(r"\d{1,3}", piece) else f"{text} {piece}".strip()
    return text


def _merged_spans(chunks: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The columns the chunks of a table's rows fill: their spans on the line, overlapping ones merged."""
    spans: list[tuple[int, int]] = []
    for s_, e, _ in sorted(chunks):
        if spans and s_ <= spans[-1][1]:  # (touching: a figure pdftotext set a little off its column)
            spans[-1] = (spans[-1][0], max(spans[-1][1], e))
        else:
            spans.append((s_, e))
    return spans


def _centred_header(lines: list[str], first: int, spans: list[tuple[int, int]], home) -> tuple[int, list[str]] | None:  # noqa: ANN001
    """The header of a centred laid-out table above line ``first``: where it starts and its cells, each
    column's pieces top to bottom, a piece over several columns' pieces heading each of them."""
    n = first - 1
    block: list[int] = []
    while n >= 0 and lines[n].strip() and len(block) < 3 * _LAYOUT_HEAD_MAX:
        chunks = _chunks(lines[n])
        if "\t" in lines[n] or "|" in lines[n] or _NOT_HEADER_RE.search(lines[n].strip()) or any(
                len(c[2]) > _HEADER_CELL_MAX or _FIGURE_CELL_RE.match(c[2]) and not re.fullmatch(r"(?:19|20)?\d{1,2}", c[2])
                for c in chunks):  # (a year, or the end of one wrapped: "2017/201" over "6")
            break
        block.insert(0, n)
        n -= 1
    if not block:
        return None
    pieces: list[list[str]] = [[] for _ in spans]
    placed = [(ln, c, home(c)) for ln in block for c in _chunks(lines[ln])]
    for ln, c, k in placed:
        # a cell over several columns: the pieces on the lines below it that fall under it, in other columns
        under = {k2 for ln2, c2, k2 in placed if ln2 > ln and c2[0] >= c[0] - 6 and c2[1] <= c[1] + 6}
        for col in (under if len(under) >= 2 else {k}):
            pieces[col].append(c[2])
    header = [_joined(ps) for ps in pieces]
    if sum(bool(h) for h in header) * 2 < len(header):
        return None
    return block[0], header


def fold_wrapped_rows(text: str) -> str:
    """Tables laid out with spaces whose cells wrap (``pdftotext -layout`` of a ruled table): a row's
    label and unit continue on the lines below it, under their own columns, rows are parted by blank
    lines, and the header's cells wrap too ("Năm" over "2024"). Each row becomes one line, its cells
    parted by wide gaps, and the header one line above the first row, so that ``columns_to_cells`` reads
    the table. Lines that are not such a table stay as they are."""
    lines = text.split("\n")
    out: list[str] = []
    i = done = 0  # ``done``: where the lines not yet rewritten start
    while i < len(lines):
        row = _anchor(lines[i])
        if row is None:
            out.append(lines[i])
            i += 1
            continue
        rows: list[list[str]] = []
        first, j = row, i
        while True:
            cells = [c[2] for c in row]
            j += 1
            while j < len(lines) and (pieces := _continuation(lines[j], row)) is not None:
                for k, piece in pieces:
                    cells[k] += " " + piece
                j += 1
            rows.append(cells)
            nxt = j
            while nxt < len(lines) and not lines[nxt].strip():
                nxt += 1
            following = _anchor(lines[nxt]) if nxt < len(lines) else None
            if following is not None and len(following) < len(row) - 1 and (short := _short_row(following, row)):
                rows.append(short)  # "    Tổng cộng      25.000   6.482 …": a last row leaving cells empty
                j = nxt + 1
                break
            if following is None or len(following) != len(row) and len(following) != len(row) - 1:
                break
            row, j = following, nxt
        head = _header_above(lines, i, first) if len(rows) >= 2 else None
        if head is not None and head[0] < done:
            head = None
        # rewritten only when its rows wrapped or stand apart, or its header wrapped
        if len(rows) < 2 or j - i == len(rows) and (head is None or head[0] == i - 1):
            out.extend(lines[i:j])
            i = j
            continue
        if head is not None:
            at, header = head
            del out[len(out) - (i - at):]
            out.append("   ".join(header))
        out.extend("   ".join(cells) for cells in rows)
        i = done = j
    return "\n".join(out)


_OCR_BAR = r"(?<!\S)[\]\[!l](?!\S)"  # "]", "[", "!" or "l" standing alone: how OCR reads a "|"
_OCR_BAR_RE = re.compile(_OCR_BAR)
_BAR_SPLIT_RE = re.compile(rf"\s*(?:\||{_OCR_BAR})\s*|\s{{2,}}")  # a bar, read right or not, or a run of spaces


def ocr_table_bars(text: str) -> str:
    """A table ruled with "|" as OCR reads it: some bars read as "]", "!" or "l", some lost to a run of
    spaces. In a run of three or more lines with bars (one "|" at least), where such misread bars stand on
    two lines or more, every line is rewritten as its cells joined by " | "."""
    lines = text.split("\n")
    bars = ["|" in line and line.count("|") + len(_OCR_BAR_RE.findall(line)) >= 2 for line in lines]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and bars[j]:
            j += 1
        if j - i >= 3 and sum(bool(_OCR_BAR_RE.search(lines[k])) for k in range(i, j)) >= 2:
            for k in range(i, j):
                lines[k] = " | ".join(c for c in _BAR_SPLIT_RE.split(lines[k].strip()) if c)
        i = j + 1
    return "\n".join(lines)


def columns_to_cells(text: str) -> str:
    """Tables laid out with spaces (text copied out of a PDF viewer, a fixed-width export) as rows of
    cells joined by " | ", the form every other loader gives a table row; their ruling lines go.

    A table is a run of at least three lines (rules aside) that each fall into three or more columns
    (or two, one a figure) at runs of two or more spaces or a tab, with figures in at least two of them; indented or wrapped
    prose has no such gaps inside its lines and stays as it is. Whitespace runs are collapsed later,
    so this runs on the text as extracted."""
    lines = text.split("\n")
    width = _text_width(lines)
    out: list[str] = []
    i = 0
    while i < len(lines):
        j, rows, wrapped = i, [], []
        while j < len(lines) and (_RULE_RE.match(lines[j]) and rows or _row_like(lines[j]) and not _justified(lines[j], width)
                                  or _wraps_header(lines, rows, j)):
            if not _RULE_RE.match(lines[j]):
                (rows if _row_like(lines[j]) or not rows else wrapped).append(j)
            j += 1
        cells_of = [_cells(lines[r]) for r in rows]
        for w in wrapped:
            parts = _tab_cells(lines[w])
            at, head = next(k for k, c in enumerate(parts) if c), cells_of[0]
            if at < len(head):
                head[at] = parts[at] if head[at] == "-" else f"{head[at]} {parts[at]}"
        while cells_of and all(len(cells) > 3 and cells[0] == "-" for cells in cells_of):
            for cells in cells_of:  # tabs that only indent every row ("<TAB><TAB><TAB>1<TAB>Xăng dầu …"): no column
                cells.pop(0)
        with_figures = sum(1 for cells in cells_of if any(_FIGURE_CELL_RE.match(c) for c in cells))
        if len(rows) >= 3 and with_figures >= 2 and sum(len(cells) >= 3 for cells in cells_of) >= 2:
            _split_at_columns([lines[r] for r in rows], cells_of)
            if _second_header_line(lines, rows, cells_of):
                rows, cells_of = rows[:1] + rows[2:], cells_of[:1] + cells_of[2:]
            _split_row_numbers(cells_of)
            for r, cells in zip(rows, cells_of):
                if len(cells) < len(cells_of[0]):
                    cells[:] = _placed_cells(lines[r], lines[rows[0]], len(cells_of[0])) or cells
            width = len(cells_of[0])
            for cells in cells_of:
                while len(cells) > width and cells[-1] == "-":  # a row's empty cells past the header's last
                    cells.pop()
                out.append(" | ".join(cells))
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def _second_header_line(lines: list[str], rows: list[int], cells_of: list[list[str]]) -> bool:
    """A header over two lines ("Số cơ sở  kiểm tra  Cơ sở vi  Tiền phạt" over "Quý III  9 tháng  phạm (9T)  (tr.đồng)"):
    each word of the second line joins the header cell it stands under (the first row's cells are joined in place);
    True when it did, the second line then no row of its own. Neither line holds a figure, and each piece of the
    second falls under one cell of the first."""
    if len(rows) < 3 or rows[1] != rows[0] + 1 or len(cells_of[1]) >= len(cells_of[0]) or any(
            _FIGURE_CELL_RE.match(c) for c in cells_of[0] + cells_of[1]):
        return False
    first, second = lines[rows[0]], lines[rows[1]]
    if "\t" in first + second or "|" in first + second or len(_chunks(first)) != len(cells_of[0]):
        return False
    under = _short_row(_chunks(second), _chunks(first))
    if under is None:
        return False
    cells_of[0][:] = [c if u == "-" else f"{c} {u}" for c, u in zip(cells_of[0], under)]
    return True


def tabbed_rows(text: str) -> str:
    """Tables of a Word document's plain text as catdoc writes it -- a row's cells parted by tabs, a
    blank line after each row, a long row wrapped onto the next line (a header's "Số lượng kiểm định
    (phương" then "tiện)<TAB>Tỷ lệ …") -- as rows of cells joined by " | ". A header over two rows
    ("Năm 2015<TAB>Năm 2016" under "Số lượng kiểm định") gives the header cell it fits under to each
    of its cells; an empty first cell written before a row's number goes. Tables whose rows follow
    each other line by line are left to :func:`columns_to_cells`."""
    return _rewrite_tables(text, _tabbed_table)


_TAB_BLANKS_MAX = 3  # blank lines between two rows of one table
_TAB_WRAP_MAX = 3  # lines a long row wraps onto


def _tab_cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")]


def _wraps_header(lines: list[str], rows: list[int], j: int) -> bool:
    """Is line ``j`` the rest of a header cell wrapped under its column ("Doanh thu" / "(triệu đồng)"): one cell's
    words under a table's first row, that row no row of figures, a row after it?"""
    return len(rows) == 1 and _wrapped_cell(lines[j]) and j + 1 < len(lines) and _row_like(lines[j + 1]) \
        and not any(is_figure(c) for c in _cells(lines[rows[0]]))


def _wrapped_cell(line: str) -> bool:
    """A line of tabs holding one cell's words that go on from the cell above: the rest of a header cell wrapped
    under its column ("(triệu đồng)", "hiện"), not a group's label ("II. Đo lường")."""
    cells = [c for c in _tab_cells(line) if c] if "\t" in line and "|" not in line else []
    return len(cells) == 1 and (cells[0][0] == "(" or cells[0][0].islower())


def _tab_line(line: str) -> bool:
    return "\t" in line and "|" not in line and sum(bool(c) for c in _tab_cells(line)) >= 2


def _tabbed_table(lines: list[str], start: int) -> tuple[int, list[str], list[list[str]], int] | None:
    if not _tab_line(lines[start]) or start > 0 and _tab_line(lines[start - 1]):
        return None
    groups: list[list[str]] = []  # a row's lines: the tabbed line and those it wrapped onto
    j = start
    while j < len(lines) and _tab_line(lines[j]):
        group = [lines[j]]
        j += 1
        while j < len(lines) and lines[j].strip() and len(group) <= _TAB_WRAP_MAX:
            group.append(lines[j])
            j += 1
        if j < len(lines) and lines[j].strip():
            return None  # rows one per line, or a tabbed line inside prose
        groups.append(group)
        k = j
        while k < len(lines) and not lines[k].strip() and k - j < _TAB_BLANKS_MAX:
            k += 1
        if k < len(lines) and _tab_line(lines[k]):
            j = k
    rows = [_joined_row(g) for g in groups]
    figured = [r for r in rows if any(is_figure(c) and not _YEAR_RE.match(c) for c in r)]
    if len(figured) < 2 or len(rows) < 3:
        return None
    width = Counter(len(r) for r in figured).most_common(1)[0][0]
    for r in figured:  # a row's number after an empty cell ("<TAB>1<TAB>Cân …"): the cell before goes
        while len(r) > width and not r[0]:
            del r[0]
    first = rows.index(figured[0])
    heads, body = rows[:first], rows[first:]
    if len(heads) == 2 and len(heads[0]) + len(heads[1]) - 1 == width:
        heads = [_under(heads[0], heads[1], body)]
    if not heads:
        heads, body = [body[0]], body[1:]
    out = [[c or "-" for c in r] for r in heads[1:] + body]
    return start, [c or "-" for c in heads[0]], out, j


def _joined_row(group: list[str]) -> list[str]:
    """A row's cells from its lines: a line opening in lower case or with a bracket continues the cell
    the line before ended with ("(phương" + "tiện)"), any other line starts a new cell."""
    cells = _tab_cells(group[0])
    for line in group[1:]:
        parts = _tab_cells(line)
        if parts[0] and (parts[0][0].islower() or parts[0][0] in "(%") and cells and cells[-1]:
            cells[-1] += " " + parts.pop(0)
        cells.extend(parts)
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _under(top: list[str], sub: list[str], body: list[str]) -> list[str]:
    """The header ``top`` with ``sub``'s cells under the one cell they split: a cell naming no year
    ("Số lượng" over "Năm 2015", "Năm 2016", not "Tỷ lệ 2016/2015") whose columns hold figures."""
    def figures_under(h: int) -> bool:
        return all(any(is_figure(r[c]) for r in body if c < len(r)) for c in range(h, h + len(sub)))
    spots = [h for h in range(len(top)) if figures_under(h)]
    h = next((h for h in spots if not _YEAR_IN_RE.search(top[h])), spots[0] if spots else len(top) - 1)
    return top[:h] + [f"{top[h]} {s}".strip() for s in sub] + top[h + 1:]


_YEAR_IN_RE = re.compile(r"\b(?:19|20)\d{2}\b")


_WORD_GAP_RE = re.compile(r"(?<=\S) +(?=\S)")
_ROW_NO_LABEL_RE = re.compile(r"(\d{1,3}) ([^\W\d_].*)")


COLUMN_SHARE = 0.6  # a column starts where this share of a table's rows start a cell


def _split_at_columns(lines: list[str], cells_of: list[list[str]]) -> None:
    """Cells a single space parts where a column is full ("Doanh nghiệp 47" under "Đơn vị tính  Thực hiện 2023",
    "Thực hiện 2023 Thực hiện 2024 Kế hoạch 2025" over three columns): a text browser (lynx, w3m) or a fixed-width
    export lays each column at one place, so where most rows start a cell, every row has one, if a space stands
    before it there, as long as that gives it the cells most rows have. Rows laid out otherwise (tabs, pipes,
    figures aligned to the right) keep their cells."""
    if any("\t" in ln or "|" in ln for ln in lines):
        return
    starts = [{m.start() for m in _CHUNK_RE.finditer(ln)} for ln in lines]
    counts: Counter[int] = Counter(p for row in starts for p in row)
    columns = sorted(p for p, n in counts.items() if n >= max(3, COLUMN_SHARE * len(lines)))
    if len(columns) < 3:
        return
    width = Counter(len(cells) for cells in cells_of).most_common(1)[0][0]  # the cells most rows have
    for k, ln in enumerate(lines):
        if len(cells_of[k]) >= width:
            continue
        cuts = sorted(starts[k] | {p for p in columns if 0 < p < len(ln) and ln[p - 1] == " " and ln[p] != " "})
        cells = [c for c in (ln[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(ln)])) if c]
        if len(cells) == width:  # (a header's second line, a row short of a cell, stay for the readings after)
            cells_of[k][:] = cells


def _placed_cells(line: str, head: str, n: int) -> list[str] | None:
    """A row of a space-aligned table that leaves cells empty ("    Tổng cộng          25.000   6.482 …" under
    "TT  Loại phương tiện đo   ĐVT   Kế hoạch …"), its cells put under the header cells they stand beneath and
    the empty ones written "-": else its figures would slide under the label's columns. None when the row's
    cells do not each fall under a header cell of their own, left to right, or hold fewer than two figures."""
    if "|" in line or "\t" in line or "\t" in head:
        return None
    spans, heads = _chunks(line), _chunks(head)
    if len(heads) != n or len(spans) >= n or sum(bool(_FIGURE_CELL_RE.match(t)) for _, _, t in spans) < 2:
        return None
    return _short_row(spans, heads)


def _split_row_numbers(cells_of: list[list[str]]) -> None:
    """A row number one space from its label ("10 Phương tiện đo điện tim" where "9" stood apart from
    "Huyết áp kế": a two-digit number fills the column's gap) becomes its own cell, in a table whose other
    rows open with a bare row number and that row being a cell short."""
    if sum(1 for cells in cells_of if _ROW_NO_RE.match(cells[0])) < 2 and cells_of[0][0] not in ("TT", "STT"):
        return  # (a table's part on the next page may have no bare number left: its header's "TT" tells)
    most = max(len(cells) for cells in cells_of)
    for cells in cells_of:
        m = _ROW_NO_LABEL_RE.fullmatch(cells[0])
        if m and len(cells) < most:
            cells[0:1] = [m.group(1), m.group(2)]


def _justified(line: str, width: int) -> bool:
    """Is ``line`` prose spread to the text's width with even runs of spaces (antiword's justified lines:
    "là 24 người, trong đó:  công  chức  09  người"), not a row of columns? A row's gaps are uneven."""
    body = line.strip()
    if width < 40 or len(line.rstrip()) < width - 1 or "\t" in body:
        return False
    gaps = [len(g) for g in _WORD_GAP_RE.findall(body)]
    words = body.split()
    return len(gaps) >= 4 and max(gaps) - min(gaps) <= 1 and sum(bool(re.search(r"[^\W\d_]", w)) for w in words) >= 0.6 * len(words)


_BAR_ROW_RE = re.compile(r"^\|.*\|\s*$")


def fold_bar_rows(text: str) -> str:
    """Tables drawn with bars whose cells wrap onto the lines below (antiword's "|1 |Công tơ |8.500 |" over
    "|  |điện xoay |  |"): a line with the same bars whose first cell is empty and which holds no figure
    continues the row above, each piece going to its own cell. Each row becomes one line of " | " cells."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        bars = _bar_positions(lines[i])
        while j < len(lines) and bars and _bar_positions(lines[j]) == bars:
            j += 1
        if j - i < 3:
            out.append(lines[i])
            i += 1
            continue
        rows: list[list[str]] = []
        for line in lines[i:j]:
            cells = [c.strip() for c in line.rstrip()[1:-1].split("|")]
            figures = [c for c in cells if is_figure(c)]
            # (a header's second line may hold bare years: "Thực hiện năm" over "2019")
            if rows and not cells[0] and any(cells) and (not figures or all(_YEAR_RE.match(c) for c in figures)
                                                         and not any(is_figure(c) for c in rows[-1])):
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells)]
            else:
                rows.append(cells)
        out.extend(" | ".join(c or "-" for c in row) for row in rows)
        i = j
    return "\n".join(out)


def _bar_positions(line: str) -> tuple[int, ...] | None:
    line = line.rstrip()
    if not _BAR_ROW_RE.match(line) or line.count("|") < 3:
        return None
    return tuple(k for k, ch in enumerate(line) if ch == "|")


def drop_page_numbers(text: str) -> str:
    """Text without lines that only number a page ("Trang 2/5", "- 3 -"), wherever a copy out of a
    PDF viewer left them; blank lines around one collapse so that a sentence it cut can be joined."""
    return _PAGE_LINE_RE.sub("", text)


def join_indented(text: str) -> str:
    """Lines of one indented block joined where the first does not end its sentence: "  … Công ty TNHH
    Trà" then "  Cầu Đất Xanh." is one name, wrapped. Runs on the text as extracted (before leading
    whitespace goes); a line that starts an item, a table row or a heading keeps its own line."""
    lines = text.split("\n")
    width = _text_width(lines)
    out: list[str] = []
    for i, line in enumerate(lines):
        if out:
            prev = out[-1]
            indent = re.match(r"[ \t]*", line).group(0)
            prev_indent = re.match(r"[ \t]*", prev).group(0)
            p, n = prev.strip(), line.strip()
            if (indent and indent == prev_indent and p and n and not _ENDS_SENTENCE_RE.search(p)
                    and not _STARTS_ITEM_RE.match(n) and " | " not in p + n and not _row_like(line)
                    and not _row_like(prev) and not (_HEADING_RE.match(p) and n[0].isupper()
                                                     and len(lines[i - 1].rstrip()) < WIDE * width)):
                out[-1] = prev.rstrip() + " " + n
                continue
        out.append(line)
    return "\n".join(out)


# a table's cell on a line of its own (pypdf's text of a table drawn cell by cell, as reportlab and
# many report generators do): a figure, a row number
_ROW_NO_RE = re.compile(r"^\s*\d{1,3}\s*$")
# a line above a header that is no header cell: a caption ("Bảng 2. …"), a unit note ("Đơn vị tính: triệu đồng")
_NOT_HEADER_RE = re.compile(r"^\s*(?:Bảng|Biểu|Hình|Phụ lục)\b|[:.;]\s*$|:\s|^\s*\((?:tiếp theo|tiếp|tt)\)\s*$", re.I)
# a table's column-number row under its header, a cell per line or all on one: "(1)" "(2)" …, "(1) (2) (3)"
_COLUMN_NO_RE = re.compile(r"^\s*\(\d{1,2}\)(?:\s+\(\d{1,2}\))*\s*$")
# a header cell a year completes when it wraps ("Thực hiện" then "2023", "Kế hoạch" then "2024")
_WANTS_YEAR_RE = re.compile(r"\b(?:KH|TH|Kế hoạch|Thực hiện|Ước TH|Ước thực hiện|Dự kiến|Năm|Ước|Cùng kỳ(?: năm)?|Lũy kế|"
                            r"Luỹ kế|(?:\d{1,2}\s+)?tháng(?:\s+(?:đầu|cuối)\s+năm)?)$", re.I)  # ("6 tháng" then "2022")
# "Quý" then "I/2023", "6 tháng" then "đầu năm" (lower case, joined anyway): one period's cell wrapped
_WANTS_QUARTER_RE = re.compile(r"\b(?:Quý|Quy)$", re.I)
_QUARTER_CELL_RE = re.compile(r"(?:IV|I{1,3}|[1-4])(?:\s*/\s*(?:19|20)\d{2}|\s+(?:năm\s+)?(?:19|20)\d{2})?")
_NOTE_HEAD_RE = re.compile(r"^\s*(?:Ghi chú|Chú thích)\s*$", re.I)  # a table's last column of remarks
_UNIT_HEAD_RE = re.compile(r"^\s*(?:đơn vị(?: tính)?|đvt)\s*$", re.I)
# a money unit whose scale word goes with it ("triệu đồng" is one unit, not "… triệu | đồng")
_SCALED_UNIT_RE = re.compile(r"\s(?:(?:nghìn|ngàn|triệu|tỷ)\s+\S+|lượt\s+\S+)$", re.I)
_LABEL_ENDS_RE = re.compile(r"(?<!\.)[.:;!?]\)?\s*$")  # a sentence's end, not a label's "(… cân ô tô...)"
_HEADER_CELL_MAX = 45  # characters: a header cell is short; a line of prose is not one
_UNIT_LINE_RE = re.compile(r"\([^()]{1,20}\)")  # a header cell's second line: "(%)", "(chiếc)"; no row's label
_GROUP_NO_RE = re.compile(r"^\s*(?:[A-Z]|[IVX]{1,4})\.?\s*$")  # a group of rows: "A", "II."


def stacked_cells(text: str) -> str:
    """Tables whose cells pypdf gives one per line -- a header cell per line ("TT", "Lĩnh vực", "Năm
    2022", "So sánh", "(%)"), then per row its number, its label and its figures each on a line -- as
    rows of cells joined by " | ", the form every other loader gives a table row.

    A table is two or more rows with the same number of figures, each an optional row number, one to
    three lines of label and the figures, under a header of short lines (a cell wrapped onto a second
    line, "(%)", is joined). When the header has a "Đơn vị tính" cell the rows' labels lack, the unit is
    parted from the label: its own last line ("Tổng cộng" then "PTĐ"), else its last word or scaled
    unit ("Taximet chiếc", "Doanh thu triệu đồng"). Without such a header the lines stay as they are."""
    return _rewrite_tables(text, _stacked_table)


def _rewrite_tables(text: str, find: Callable[[list[str], int], tuple[int, list[str], list[list[str]], int] | None]) -> str:
    """``text`` with each table ``find`` sees starting at a line (it gives where its header starts, at or
    before that line, the header's cells, the rows' cells and the line after it) as rows joined by " | "."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        found = find(lines, i)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        header_at, header, rows, end = found  # (``find`` may part a line in two: a lead-in run into the header)
        if header_at > i:
            out.extend(lines[i:header_at])
        else:
            out[len(out) - (i - header_at):] = []  # the header's lines, already copied, become its row
        out.append(" | ".join(header))
        out.extend(" | ".join(r) for r in rows)
        i = end
    return "\n".join(out)


def _stacked_table(lines: list[str], start: int) -> tuple[int, list[str], list[list[str]], int] | None:
    """The table whose first row starts at line ``start``: where its header starts, the header's cells,
    the rows' cells and the line after the table; None when no such table starts there."""
    best: tuple[tuple[int, int], list, int, int] | None = None
    noted = _has_note_column(lines, start)
    for k in range(2, 9):  # the most rows, then the most numbered: a next row's number is no figure
        rows, end = _stacked_rows(lines, start, k, noted)
        key = (len(rows), sum(r[0] is not None for r in rows))
        if len(rows) >= 2 and (best is None or key > best[0]):
            best = (key, rows, end, k)
    if best is None:
        return None
    _, rows, end, k = best
    head_lines: list[str] = []
    n = start - 1
    while n >= 0 and sum(not _COLUMN_NO_RE.match(h) for h in head_lines) < 14:
        line = lines[n].strip()
        if not line or len(line) > _HEADER_CELL_MAX or _NOT_HEADER_RE.search(line) or is_figure(line) \
                and not re.fullmatch(r"(?:19|20)\d{2}", line):
            break
        head_lines.insert(0, line)
        n -= 1
    lead: list[tuple[str | None, list[str], list[str]]] = []
    if len(head_lines) >= 4 and _GROUP_NO_RE.match(head_lines[-2]):  # "A" "Cấp và quản lý mã số mã vạch"
        lead, head_lines = [(head_lines[-2], head_lines[-1:], [])], head_lines[:-2]  # under the header: a group
    rows = lead + rows
    while head_lines and _COLUMN_NO_RE.match(head_lines[-1]):  # "(1)" … "(8)" under the header: no cells
        head_lines.pop()
    header: list[str] = _paired_header(head_lines, k) or []
    for line in head_lines if not header else []:  # "So sánh" then "(%)", "Thực hiện" then "2023": one cell wrapped
        if header and re.fullmatch(r"S?TT", header[-1] + line):  # "ST" then "T": a narrow column's "STT"
            header[-1] += line
        elif header and (line.startswith("(") or line[0].islower() or header[-1].count("(") > header[-1].count(")")
                       or re.fullmatch(r"(?:19|20)\d{2}", line) and _WANTS_YEAR_RE.search(header[-1])
                       or _QUARTER_CELL_RE.fullmatch(line) and _WANTS_QUARTER_RE.search(header[-1])):
            header[-1] += " " + line
        else:
            header.append(line)
    numbered = any(r[0] is not None for r in rows)
    want = (1 if numbered else 0) + 1 + k + (1 if noted else 0)
    if len(header) < want - (1 if numbered else 0) or len(header) > want + 1:
        gapped = _gapped_header(lines, start - 1, want, k)
        if gapped is None:
            return None
        n, header = gapped[0] - 1, gapped[1]  # (the line above the header, as the loop above leaves ``n``)
    if numbered and len(header) == want - 1:  # no "TT" over the row numbers
        header.insert(0, "TT")
    unit_at = next((j for j, h in enumerate(header) if _UNIT_HEAD_RE.match(h)), None)
    split_unit = len(header) == want + 1 and unit_at == (1 if numbered else 0) + 1
    if len(header) != want and not split_unit:
        return None
    cells: list[list[str]] = []
    for number, label_lines, figures in rows:
        glued = _GLUED_ROW_NO_RE.match(label_lines[0]) if numbered and number is None and label_lines else None
        if glued:  # "10 Giấy chứng nhận hợp quy": the row's number run into its label
            number, label_lines = glued.group(1), [label_lines[0][glued.end():]] + label_lines[1:]
        if not figures:  # a group's row ("B | Thu phí"): fewer cells, so it is never read as a header
            cells.append([number or "", " ".join(label_lines)])
            continue
        row = [number or "-"] if numbered else []  # (an empty cell written as the other loaders write one)
        if split_unit:
            if len(label_lines) >= 2 and len(label_lines[-1]) <= 20:
                label, unit = " ".join(label_lines[:-1]), label_lines[-1]
            else:
                label, unit = _part_unit(" ".join(label_lines))
            row += [label.strip(), unit or "-"]  # (an empty cell written as the other loaders write one)
        else:
            row.append(" ".join(label_lines))
        cells.append(row + figures)
    return n + 1, header, cells, end


def _gapped_header(lines: list[str], end: int, want: int, k: int) -> tuple[int, list[str]] | None:
    """A header over two rows as LibreOffice writes a table to text, each cell on a line: the top row's
    cells ("TT", "Loại phương tiện đo", "Đơn vị tính", "Năm 2018", "Năm 2017 (cùng kỳ)", "Tỷ lệ (%)"), a blank
    line where the lower row has the cells merged down from above, then the lower row's cells, a blank line
    again for each cell merged down between them ("Kế hoạch", "Thực hiện", "", "TH/KH", "TH 2018/ TH 2017").
    Each group of lower cells goes under the top cells over the figures in turn, one top cell merged down
    between two groups: "Năm 2018 Kế hoạch", "Năm 2018 Thực hiện", "Năm 2017 (cùng kỳ)", "Tỷ lệ (%) TH/KH", ….
    Gives where the header starts and its cells, ``want`` of them (or one more, a "Đơn vị tính" the rows'
    labels carry), or None when the lines above line ``end`` are not such a header."""
    segments: list[list[str]] = [[]]
    n = end
    while n >= 0:
        line = lines[n].strip()
        if not line:
            if not segments[0] or len(segments) == 4:
                break
            segments.insert(0, [])
        elif len(line) > _HEADER_CELL_MAX or _NOT_HEADER_RE.search(line) or is_figure(line) \
                and not re.fullmatch(r"(?:19|20)\d{2}", line):
            break
        else:
            segments[0].insert(0, line)
        n -= 1
    if not segments[0] and len(segments) > 1:
        segments.pop(0)
    if len(segments) < 2 or not all(segments):
        return None
    top, *groups = [_wrapped_cells(seg) for seg in segments]
    # how many top cells each group lies under: its cells shared evenly ("Năm 2018", "Năm 2017" under each of
    # "Số cơ sở được kiểm tra", "Số cơ sở vi phạm", "Tiền xử phạt")
    spans = [[c for c in range(1, len(g) + 1) if len(g) % c == 0 and len(g) // c >= 2] for g in groups]
    for lead in (want - k, want - k + 1):  # the cells over no figure: "TT", the label, maybe "Đơn vị tính"
        over = top[lead:]
        for covers in itertools.product(*spans):
            if len(over) - sum(covers) + sum(map(len, groups)) != k or sum(covers) + len(groups) - 1 > len(over):
                continue
            header, i = list(top[:lead]), 0
            for g, c in zip(groups, covers):
                per = len(g) // c
                header += [f"{over[i + j // per]} {sub}" for j, sub in enumerate(g)]
                i += c
                if i < len(over):  # one top cell merged down between two groups
                    header.append(over[i])
                    i += 1
            header += over[i:]
            if len(header) in (want, want + 1):
                return n + 1, header
    return None


def _wrapped_cells(lines: list[str]) -> list[str]:
    """Header lines as cells: a line opening with a bracket or a small letter, or after one ending with "/",
    goes on the cell before it ("Năm 2017" then "(cùng kỳ)", "TH 2018/" then "TH 2017")."""
    cells: list[str] = []
    for line in lines:
        if cells and (line.startswith("(") or line[0].islower() or cells[-1].endswith("/")):
            cells[-1] += " " + line
        else:
            cells.append(line)
    return cells


def close_cell_gaps(text: str) -> str:
    """Text from ``pdftotext`` without ``-layout`` gives a table one cell per line with a blank line
    after each ("TT", "", "Chỉ tiêu", "", "ĐVT", "", …): in a run of at least eight short lines, each
    followed by a blank line, the blank lines go, so that :func:`stacked_cells` reads the table as a PDF's.
    ``docx2txt`` writes a Word table so too, with more blank lines where cells are empty (merged), and may
    write the later rows' cells without them: a run of five such cells or more goes on into the lines that
    follow it when they are cells, one per line. Once a run has begun, a row's label may be longer than a
    header cell. Prose (long lines, or paragraphs parted by blank lines) is left as it is."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j, cells, kept = i, 0, []
        while True:  # a cell: one short line, or two (a wrapped cell: "Kế hoạch" then "2023"), then blank lines
            limit = _HEADER_CELL_MAX if cells < _CELL_RUN_LABEL else _ROW_LABEL_MAX
            n = next((n for n in (1, 2) if j + n < len(lines) and all(_cell_line(x, limit) for x in lines[j : j + n])
                      and not lines[j + n].strip()), 0)
            if not n:
                break
            blank = next((b for b in range(1, _CELL_BLANKS_MAX + 1) if j + n + b >= len(lines) or lines[j + n + b].strip()),
                         _CELL_BLANKS_MAX)  # (more than one blank line: empty cells after it)
            kept += lines[j : j + n]
            j, cells = j + n + blank, cells + 1
        stacked = j + _STACKED_MIN <= len(lines) and all(_cell_line(x) for x in lines[j : j + _STACKED_MIN])
        if cells >= _CELL_RUN_MIN or cells >= _CELL_RUN_LABEL and stacked:
            out.extend(kept)
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _cell_line(line: str, limit: int = _HEADER_CELL_MAX) -> bool:
    return bool(line.strip()) and len(line.strip()) <= limit and not (limit > _HEADER_CELL_MAX and ends_sentence(line))


_CELL_RUN_MIN = 8
_CELL_RUN_LABEL = 5  # cells of a run after which a row's label may be long, and which may go on without blank lines
_ROW_LABEL_MAX = 90  # characters
_CELL_BLANKS_MAX = 9  # blank lines after a cell (four empty cells after it)
_STACKED_MIN = 6  # lines, one cell each, that a run of cells goes on into
_GLUED_ROW_NO_RE = re.compile(r"(\d{1,2})\s+(?=[^\W\d_])")


def _paired_header(head_lines: list[str], k: int) -> list[str] | None:
    """A two-line header given row by row ("Năm", "Năm", "Tăng/giảm" then "2021", "2022", "(%)"): the
    cells over the ``k`` figure columns paired with the line under them ("Năm 2021", …, "Tăng/giảm (%)");
    None unless one to three label cells come first, the rest split evenly in two, the lower half is all
    years, brackets or short codes ("KH", "TH") and the upper half names no year."""
    p = len(head_lines) - 2 * k
    if p not in (1, 2, 3):
        return None
    top, bottom = head_lines[p : p + k], head_lines[p + k :]
    if all(re.fullmatch(r"(?:19|20)\d{2}|\(.{1,20}\)|[A-ZĐ]{2,3}", b) for b in bottom) \
            and not any(is_figure(t) or t.startswith("(") or re.search(r"(?:19|20)\d{2}", t) for t in top):
        return head_lines[:p] + [f"{t} {b}" for t, b in zip(top, bottom)]
    return None


def _figure_not_row_no(lines: list[str], i: int) -> bool:
    """Is line ``i`` a figure, not the number opening the next row (a number, then a line of label)?"""
    return is_figure(lines[i]) and not (_ROW_NO_RE.match(lines[i]) and i + 1 < len(lines) and lines[i + 1].strip()
                                        and not is_figure(lines[i + 1]))


def _has_note_column(lines: list[str], start: int) -> bool:
    """Does the header above line ``start`` end with a column of remarks ("Ghi chú")? Looks back over
    short lines only, so prose above a table never counts."""
    for n in range(start - 1, max(start - 26, -1), -1):
        line = lines[n].strip()
        if not line or len(line) > _HEADER_CELL_MAX:
            return False
        if _NOTE_HEAD_RE.match(line):
            return True
    return False


def _stacked_rows(lines: list[str], i: int, k: int, noted: bool = False) -> tuple[list[tuple[str | None, list[str], list[str]]], int]:
    """Rows of ``k`` figures from line ``i`` on: each an optional row number, one to three lines of
    label and exactly ``k`` figure lines, followed by the next row's number or label or the table's end.

    With ``noted`` (the header ends with "Ghi chú") a row's remark follows its figures, run into the
    last one ("109,0 trong đó 312 mẫu phân bón") or on up to three lines of its own, and is the row's
    last cell ("-" when it has none)."""
    rows: list[tuple[str | None, list[str], list[str]]] = []
    n = len(lines)
    while i < n:
        j, number = i, None
        if rows and not lines[j].strip() and j + 1 < n and _TOTAL_LABEL_RE.fullmatch(lines[j + 1].strip()):
            j += 1  # a total row whose number cell is empty, written as an empty line ("", "Cộng", "PTĐ", …)
        if _ROW_NO_RE.match(lines[j]) and j + 1 < n and not is_figure(lines[j + 1]) and lines[j + 1].strip():
            number, j = lines[j].strip(), j + 1
        label: list[str] = []
        while j < n and len(label) < 3 and lines[j].strip() and not is_figure(lines[j]) \
                and len(lines[j].strip()) <= 160 and not _LABEL_ENDS_RE.search(lines[j]):
            label.append(lines[j].strip())
            j += 1
        figures = [x.strip() for x in lines[j: j + k]]
        note: list[str] = []
        if noted and len(figures) == k and not is_figure(figures[-1]):  # "109,0 trong đó 312 mẫu phân bón"
            first, _, rest = figures[-1].partition(" ")
            if is_figure(first) and rest.strip():
                figures[-1], note = first, [rest.strip()]
        if not rows and len(label) > 1 and re.match(r"[a-zà-ỹđ]+\s", label[0]):
            break  # "năm 2024" then "Kiểm định": the header's wrapped last cell ("Kế hoạch" / "năm 2024"), then a row
        if not label or len(figures) < k or not all(is_figure(f) for f in figures) or _UNIT_LINE_RE.fullmatch(label[0]) \
                or _YEAR_RE.fullmatch(figures[0]) and _WANTS_YEAR_RE.match(label[-1]):  # "Kế hoạch" "2023": a header cell
            break
        after = j + k
        if after < n and _figure_not_row_no(lines, after):
            break  # more figures than k: not a row of k
        if noted:
            if not note:  # a remark on lines of its own, unless those lines are the next row's label
                m = after
                while m < n and m - after < 3 and lines[m].strip() and not is_figure(lines[m]) \
                        and not _ROW_NO_RE.match(lines[m]) and len(lines[m].strip()) <= 80 \
                        and not _LABEL_ENDS_RE.search(lines[m]) and not _GROUP_NO_RE.match(lines[m]):
                    m += 1
                if m > after and not (m < n and _figure_not_row_no(lines, m)):
                    note, after = [x.strip() for x in lines[after:m]], m
            figures = figures + [" ".join(note) or "-"]
        rows.append((number, label, figures))
        i = after
        if i + 2 < n and _GROUP_NO_RE.match(lines[i]) and lines[i + 1].strip() and not is_figure(lines[i + 1]) \
                and len(lines[i + 1].strip()) <= _HEADER_CELL_MAX:  # "B" "Thu phí": a group's row, then its rows
            more, end = _stacked_rows(lines, i + 2, k, noted)
            if more:
                rows += [(lines[i].strip(), [lines[i + 1].strip()], [])] + more
                i = end
            break
    return rows, i


# a table whose rows pypdf gives one per line with single spaces between cells ("5. Nộp ngân sách nhà
# nước tỷ đồng 45,0 49,9 106,2", as fpdf2 and other generators draw a bordered table): its header's cells
# each open on a capital ("Chỉ tiêu Đơn vị tính Kế hoạch2022 Thực hiện2022 So với năm2021 (%)")
_HEAD_WORD_RE = re.compile(r"\S+")
_INDEX_HEAD_RE = re.compile(r"^(?:TT|STT)$")
_GLUED_YEAR_RE = re.compile(r"(?<=[^\W\d_])(?=(?:19|20)\d{2}\b)")  # "Kế hoạch2022": a lost space
_GLUED_PAREN_RE = re.compile(r"(?<=\w)\(")  # "Năm 2021(người)"
_ROW_NUMBER_RE = re.compile(r"^(?:\d{1,3}[.)]?|[IVX]{1,4}\.)\s")
_YEAR_NEXT_RE = re.compile(r"\s+(?:19|20)\d{2}\b")  # "TH 2024/TH2023 (%)": a cell opened by "TH" and a year
_GLUED_CLOSE_RE = re.compile(r"(?<=\))(?=[^\W\d_])")  # "(%)KH": a lost space
# what runs into a spaced table's header from the line above it: a bracket or a caption ending before "TT"
_LEAD_BEFORE_HEAD_RE = re.compile(r"^.{10,200}?(?:\)|[.:])\s+(?=S?TT\s+[^\W\d_])")
_NOTE_AFTER_ROW_RE = re.compile(r"(?<=\d)\s+(?=(?:Ghi chú|Chú thích|Nguồn|Ghi chu)\s*:)", re.I)
_SPACED_GROUP_RE = re.compile(r"^(?:[IVX]{1,4}|[A-Z])\.?\s+[^\W\d_][^\d]{2,80}$")  # "II Năng suất chất lượng"
# the second line of a two-level header: "KH TH KH TH", "Kế hoạch Thực hiện Kế hoạch Thực hiện"
_SUB_HEAD = r"\b(?:KH|TH|Kế hoạch|Thực hiện|Ước TH|Ước thực hiện)\b"
_SUB_HEAD_RE = re.compile(_SUB_HEAD)
_SUB_HEAD_TAIL_RE = re.compile(rf"(?:\s*{_SUB_HEAD}){{4,}}\s*$")
_SPANNING_YEAR_RE = re.compile(r"(?:Năm\s+)?(?:19|20)\d{2}")
# units of more than one word a table's "Đơn vị tính" cell often holds
_UNIT_PHRASES = ("phương tiện đo", "hồ sơ", "doanh nghiệp", "cơ sở", "lượt người", "giấy chứng nhận", "khách hàng",
                 "hợp đồng", "phép thử", "lô hàng", "tổ chức", "đơn vị", "phương tiện", "sản phẩm", "mẫu thử")


def _header_cells(line: str) -> list[str]:
    """A header line cut where a cell opens: at a word starting with a capital ("Chỉ tiêu", "Đơn vị
    tính", "Kế hoạch 2022"); an abbreviation is a cell of its own only as the row-number column ("TT")."""
    line = _GLUED_CLOSE_RE.sub(" ", _GLUED_PAREN_RE.sub(" (", _GLUED_YEAR_RE.sub(" ", line.strip())))
    cells: list[str] = []
    for m in _HEAD_WORD_RE.finditer(line):
        w = m.group(0)
        opens = w[0].isupper() and (not w.isupper() or len(w) == 1 or _INDEX_HEAD_RE.match(w) or _UNIT_HEAD_RE.match(w)
                                    or (w in ("KH", "TH") and _YEAR_NEXT_RE.match(line, m.end())))
        if opens or not cells:
            cells.append(w)
        else:
            cells[-1] += " " + w
    return cells


def trailing_figures(line: str) -> tuple[str, list[str]]:
    """A row's text before its figures, and the figures ("Đại học 395 389" → "Đại học", ["395", "389"])."""
    words = line.split()
    figures: list[str] = []
    while words and is_figure(words[-1]):
        figures.insert(0, words.pop())
    return " ".join(words), figures


_TOTAL_LABEL_RE = re.compile(r"(?:tổng cộng|tổng số|tổng|cộng|toàn tỉnh|toàn thành phố)", re.I)


def _part_unit(label: str) -> tuple[str, str]:
    """A row's label and the unit its "Đơn vị tính" cell held, run together on one line: a scaled
    unit ("Tổng doanh thu tỷ đồng"), the label's own noun again ("Số khách hàng có giao dịch khách
    hàng"), a common unit phrase ("… hồ sơ"), else the last word ("Taximet chiếc")."""
    m = _SCALED_UNIT_RE.search(label)
    if m:
        return label[: m.start()].strip(), label[m.start():].strip()
    words = label.split()
    if _TOTAL_LABEL_RE.fullmatch(label.strip()):  # "Tổng cộng" on a row of its own: no unit was written
        return label.strip(), ""
    for n in (3, 2):
        tail = " ".join(words[-n:]).lower()
        if len(words) > n and (tail in " ".join(words[:-n]).lower() or tail in _UNIT_PHRASES):
            if len(words) > n + 1 and words[-n - 1].lower() == "lượt":  # "lượt doanh nghiệp"
                n += 1
            return " ".join(words[:-n]), " ".join(words[-n:])
    if len(words) >= 2:
        return " ".join(words[:-1]), words[-1]
    return label, ""


def spaced_rows(text: str) -> str:
    """Tables whose rows pypdf gives one per line, cells parted by single spaces, as rows of cells
    joined by " | ", the form every other loader gives a table row.

    A table is a header line whose cells each open on a capital, followed by two or more lines that
    each end with the same number k (≥ 2) of figures; the header must have exactly a cell for the
    label, one per figure column, and optionally "TT" before and "Đơn vị tính" after the label
    (whose cell each row's label then runs into, and is parted from). Anything else stays as it is."""
    return _rewrite_tables(text, _spaced_table)


def _spaced_table(lines: list[str], start: int) -> tuple[int, list[str], list[list[str]], int] | None:
    head = lines[start].strip()
    lead = _LEAD_BEFORE_HEAD_RE.match(head)  # "(Kèm theo Báo cáo số 215/BC-TĐC …) TT Chỉ tiêu ĐVT …": the
    if lead:  # line above the header, run into it
        head = head[lead.end():]
    if not head or "|" in head or len(head) > 160 or not head[0].isupper() or _NOT_HEADER_RE.search(head) \
            or trailing_figures(head)[1]:
        return None
    rows: list[tuple[str, list[str]]] = []
    k = 0
    j = start + 1
    noted: re.Match[str] | None = None  # the last row holds the note under the table
    while j < len(lines):
        line = lines[j].strip()
        note = _NOTE_AFTER_ROW_RE.search(line)  # "… 125,5 Ghi chú: KH - kế hoạch …": the note under the table
        prefix, figures = trailing_figures(line[: note.start()] if note else line)
        if _SPACED_GROUP_RE.match(line) and not figures and j + 1 < len(lines) \
                and len(trailing_figures(_NOTE_AFTER_ROW_RE.split(lines[j + 1].strip())[0])[1]) >= max(k, 2):
            rows.append((line, []))  # "II Năng suất chất lượng, ISO hành chính": a group of rows
            j += 1
            continue
        if "|" in line or not prefix or len(figures) < 2 or k and len(figures) != k or _LABEL_ENDS_RE.search(prefix):
            break
        k = len(figures)
        rows.append((prefix, figures))
        j += 1
        if note:
            noted = note
            break
    if sum(bool(f) for _, f in rows) < 2:
        return None
    while rows and not rows[-1][1]:
        rows.pop()
        j -= 1
    header = _two_level(_header_cells(head))
    numbered = bool(_INDEX_HEAD_RE.match(header[0]))
    unit_at = 2 if numbered else 1
    split_unit = len(header) > unit_at and bool(_UNIT_HEAD_RE.match(header[unit_at]))
    if len(header) != (1 if numbered else 0) + 1 + (1 if split_unit else 0) + k:
        return None
    cells: list[list[str]] = []
    for prefix, figures in rows:
        row: list[str] = []
        if not figures:  # a group's row: its number and its name
            number, _, name = prefix.partition(" ")
            cells.append([number.rstrip("."), name.strip()])
            continue
        if numbered:
            m = _ROW_NUMBER_RE.match(prefix + " ")
            number = m.group(0).strip() if m else ""
            row.append(number)
            prefix = prefix[len(number):].strip() if m else prefix
        row += list(_part_unit(prefix)) if split_unit else [prefix]
        cells.append(row + figures)
    # a table is read: ``lines`` is parted where a line held two things (the caller reads on from the result)
    if noted:  # the note stays a line of its own, after the table
        lines[j - 1: j] = [lines[j - 1].strip()[: noted.start()].rstrip(), lines[j - 1].strip()[noted.end():]]
    if lead:  # the lead-in stays a line of its own, above the header
        lines[start: start + 1] = [lead.group(0).strip(), head]
        return start + 1, header, cells, j + 1
    return start, header, cells, j


def _two_level(header: list[str]) -> list[str]:
    """A header over two lines whose second line pypdf gives last: the year cells "Năm 2023 | Năm 2024"
    spanning "KH | TH" each ("… Năm 2023 Năm 2024 TH 2024/TH2023 (%) KH TH KH TH") become one column per
    pair ("Năm 2023 KH", "Năm 2023 TH", …); the header stays as it is unless the second line repeats
    evenly under the year cells (the caller then checks the columns against the rows' figures)."""
    m = _SUB_HEAD_TAIL_RE.search(header[-1]) if header else None
    if not m:
        return header
    subs = _SUB_HEAD_RE.findall(m.group(0))
    cells = header[:-1] + ([header[-1][: m.start()].strip()] if header[-1][: m.start()].strip() else [])
    spans = [i for i, c in enumerate(cells) if _SPANNING_YEAR_RE.fullmatch(c)]
    if not spans or len(subs) % len(spans):
        return header
    per = len(subs) // len(spans)
    if per < 2 or any(subs[i] != subs[i % per] for i in range(len(subs))):
        return header
    out: list[str] = []
    for i, c in enumerate(cells):
        out += [f"{c} {sub}" for sub in subs[:per]] if i in spans else [c]
    return out


_WORD_RE = re.compile(r"[^\W\d_]+")


def _capital_inside(word: str) -> int:
    """Where a capital follows a small letter and precedes one inside ``word`` ("Bình|Sơn"); 0 if nowhere."""
    at = next((i for i in range(1, len(word) - 1)
               if word[i].isupper() and word[i - 1].islower() and word[i + 1].islower()), 0)
    # each part a word as written: lower case or capitalised ("NGhIệP", a legacy font's mixed case, is neither)
    return at if at and _plain_case(word[:at]) and _plain_case(word[at:]) else 0


def _plain_case(part: str) -> bool:
    return part.islower() or part[0].isupper() and (len(part) == 1 or part[1:].islower())


def part_glued_words(texts: list[str]) -> list[str]:
    """Words a PDF run together where a table cell wrapped ("chất lượng" on two lines of a cell, read
    back as "chấtlượng"), parted again -- only where the document writes those two words apart elsewhere
    ("hànghóa" → "hàng hóa" because "hàng hóa" occurs), so a word of its own ("xitéc", "Kaizen") stays."""
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        words = [w.lower() for w in _WORD_RE.findall(text)]
        pairs.update(zip(words, words[1:]))

    def part(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < 5 or w.isascii() or w.isupper():
            return w
        at = _capital_inside(w)
        if at and not w.isascii():  # "BìnhSơn", "phốQuảng": a name's capital inside a word starts the next word
            return f"{w[:at]} {part(_WORD_RE.match(w[at:]))}"
        low = w.lower()
        for i in range(2, len(w) - 1):
            if (low[:i], low[i:]) in pairs:
                return f"{w[:i]} {w[i:]}"
        return w

    return [_WORD_RE.sub(part, t) for t in texts]


_GLUED_ROW_CELL_RE = re.compile(r"([-–]|[-+]?\d[\d.,]*%?)\s+([^\W\d_].*)")  # "107,2 Huyết áp kế": a row's last cell, the next's first


def stacked_heads(text: str) -> str:
    """A table pypdf gives mostly as rows ("Thị xã Bình Minh | 1.150 | 1.206 | 104,9") but its header and first
    rows a cell per line ("Huyện/Thị xã/Thành phố", "Kế hoạch", …, "Thành phố Vĩnh Long", "3.200", …), and rows
    of a two-column layout read on one line ("Đồng hồ nước lạnh | 3.406 | 3.652 | 107,2 Huyết áp kế | 1.128 | …"):
    the lines above its first row, taken as many at a time as its rows have cells, are rows where their figures
    stand where the row's do (the topmost may be its header: no figure at all); a line of twice the cells less one
    is two rows where the cell between holds a figure and a label."""
    lines = text.split("\n")
    out: list[str] = []
    for at, line in enumerate(lines):
        cells = line.split(" | ")
        k = (len(cells) + 1) // 2
        if len(cells) >= 5 and len(cells) % 2 == 1 and (glued := _GLUED_ROW_CELL_RE.fullmatch(cells[k - 1])) and (
                _row_shape(cells[: k - 1] + [glued.group(1)]) == _row_shape([glued.group(2)] + cells[k:])) and any(
                len(o.split(" | ")) == k for o in lines[max(0, at - 3) : at + 4] if o is not line):
            out += [" | ".join(cells[: k - 1] + [glued.group(1)]), " | ".join([glued.group(2)] + cells[k:])]
            continue
        out.append(line)
        if len(cells) < 3 or (at and " | " in lines[at - 1]):
            continue
        shape = _row_shape(cells)
        if sum(shape) < 2:
            continue
        k, j, groups = len(cells), len(out) - 1, []
        while j - k >= 0:
            group = [g.strip() for g in out[j - k : j]]
            if any(" | " in g or not g or len(g) > _STACKED_CELL_CHARS for g in group):
                break
            if _row_shape(group) == shape:
                groups.insert(0, group)
                j -= k
                continue
            if not any(_row_shape(group)):  # the header
                groups.insert(0, group)
                j -= k
            break
        if groups:
            out[j:] = [" | ".join(g) for g in groups] + [line]
    return "\n".join(out)


_STACKED_CELL_CHARS = 60


def _row_shape(cells: list[str]) -> list[bool]:
    """Which of a row's cells are figures."""
    return [is_figure(c) for c in cells]
