"""Markdown as the plain text its reader sees.

Reports arrive as Markdown from two places: a PDF run through a converter (pymupdf4llm, markitdown,
marker …) and a portal page saved as Markdown. Either keeps the marks of its syntax in the text:
``**4.094**`` around figures, ``\\-`` escapes, ``![](_page_1_Picture_2.jpeg)`` images, ``[Zalo](https://…)``
links, pipe tables with ``<br>`` where a cell wrapped, a delimiter row under every table's first row,
and, from a converted PDF, each page's running header and footer between the paragraphs.
:func:`markdown_to_text` keeps the words and figures and drops the marks:

* headings (``## 2. Công tác đo lường``) lose their ``#``; a ``*`` list bullet reads ``- `` (``-`` and ``+`` stay);
* ``**bold**``, ``__bold__``, ``*italic*``, ``_italic_``, ``~~struck~~`` and `` `code` `` lose their marks;
  a backslash escape (``\\*``, ``\\-``, ``\\_``, ``\\|``) reads as the character it escapes;
* an image is dropped, a link reads as its text, a footnote reference ``[^1]`` reads ``[1]`` and its
  definition ``[^1]: …`` a ``[1] …`` line right after the paragraph that first refers to it;
* a pipe table row ``|1|Cân đồng hồ lò<br>xo|1.200|`` reads ``1 | Cân đồng hồ lò xo | 1.200``, the rows the
  tables stage expects; delimiter rows, horizontal rules and code fences go; ``<br>`` outside a table
  breaks the line; HTML entities and the inline tags a converter leaves (``<sup>``, ``<span>``) are read;
* a line of words repeated three times or more outside the tables (a running header such as "Báo cáo
  tổng kết năm 2024 - Chi cục TCĐLCL Phú Thọ", or a footer "Trang" whose number field was lost) goes.

:func:`looks_like_markdown` tells a ``.txt`` file written in Markdown from plain text, and
:func:`front_matter` takes off the YAML block a note-taking app (Obsidian, Notion, a static site) writes
first (``---`` / ``title: …`` / ``date: 2022-07-05`` / ``tags: […]`` / ``---``): its fields are the file's
metadata, not its text.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from typing import Callable

from ingest.reflow import is_figure, line_signature

_HEADING_RE = re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+")
_BULLET_RE = re.compile(r"(?m)^([ \t]*)\*[ \t]+")
# (GFM asks one dash a cell: "|:--:|:---|" is a delimiter row; a row of bare "-" cells holds nothing either way)
_DELIMITER_ROW_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_PIPE_ROW_RE = re.compile(r"^\s*\|.*\|\s*$")
_RULE_RE = re.compile(r"^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_FENCE_RE = re.compile(r"^\s*(?:```|~~~)")
_IMAGE_RE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK_RE = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?:[^)\s]+)(?:\s+\"[^\"\n]*\")?\)")
_NOTE_DEF_RE = re.compile(r"(?m)^\[\^([\w-]+)\]:\s*")
_NOTE_REF_RE = re.compile(r"\[\^([\w-]+)\]")
_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~ ])")  # any ASCII punctuation, and "\ " (pandoc's no-break space)
_HARD_BREAK_RE = re.compile(r"(?<!\\)\\$", re.M)  # a line ending in a backslash: a hard line break
# pandoc's bracketed spans and attributes: "[Độc lập - Tự do - Hạnh phúc]{.underline}", "# I. MỞ ĐẦU {#mo-dau}"
_SPAN_ATTR_RE = re.compile(r"\[([^\]\n]*)\]\{[^{}\n]*\}")
_ATTR_RE = re.compile(r"\s*\{[#.][^{}\n]*\}\s*$", re.M)
_STRONG_RE = re.compile(r"(\*\*|__)(?=[^\s*_])((?:.|\n(?!\n))+?)(?<=[^\s*_])\1")  # (a paragraph's lines)
_EMPHASIS_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
STRIKE_RE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE_RE = re.compile(r"`([^`\n]+)`")
_BREAK_RE = re.compile(r"<br\s*/?>", re.I)
_SUP_RE = re.compile(r"<sup>\s*([^<]{1,6}?)\s*</sup>", re.I)
_UNIT_POWER_RE = re.compile(r"\b((?:[cdkm])?m)<sup>\s*([23])\s*</sup>")
# inline math a converter writes for a sign ("$\geq$ 98%", "$\ge 95$"): the sign itself
_MATH_SIGNS = {"\\geq": "≥", "\\ge": "≥", "\\leq": "≤", "\\le": "≤", "\\times": "×", "\\pm": "±", "\\%": "%",
               "\\approx": "≈", "\\div": "÷"}
_MATH_RE = re.compile(r"\$\s*((?:\\(?:geq|ge|leq|le|times|pm|%|approx|div)\b|[\d.,%]+)(?:\s+(?:\\(?:geq|ge|leq|le|times|pm|%|approx|div)\b|[\d.,%]+))*)\s*\$")
_SPLIT_FIGURE_RE = re.compile(r"(\d\.\d{3}\.)\n(\d{3})(?!\d)")
_TAG_RE = re.compile(r"</?(?:span|sub|sup|b|i|u|em|strong|font|mark|small|a|p|div)\b[^>]*>", re.I)
_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
_QUOTE_RE = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
_WORD_RE = re.compile(r"[^\W\d_]+")
_PAGE_WORD_RE = re.compile(r"^(?:trang|page|tr\.)$", re.I)
_RUNNING_MIN = 3  # times a line repeats to be a running header or footer
_RUNNING_MAX = 120  # characters

# escaped characters are kept out of the emphasis rules' sight, then restored
_HIDE = {c: chr(0xE000 + i) for i, c in enumerate("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")}
_HIDE[" "] = " "
_SHOW = str.maketrans({v: k for k, v in _HIDE.items()})


_FRONT_FENCE_RE = re.compile(r"^(?:---|\+\+\+)\s*$")
_FRONT_FIELD_RE = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$")
_FRONT_MAX_LINES = 60


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The fields of a YAML (``---``) or TOML (``+++``) front matter block opening ``text``, and the text
    without it; ``({}, text)`` when there is none. Only top-level ``key: value`` fields are read (quotes
    taken off); lists and nested fields are left as written."""
    lines = text.lstrip("\ufeff").split("\n")
    start = next((i for i, line in enumerate(lines[:3]) if line.strip()), None)
    if start is None or not _FRONT_FENCE_RE.match(lines[start]):
        return {}, text
    fence = lines[start].strip()
    end = next((i for i in range(start + 1, min(len(lines), start + _FRONT_MAX_LINES)) if lines[i].strip() == fence), None)
    if end is None or end == start + 1:
        return {}, text
    fields: dict[str, str] = {}
    for line in lines[start + 1 : end]:
        m = _FRONT_FIELD_RE.match(line)
        if m:
            fields[m.group(1).lower()] = m.group(2).strip().strip("\"'").strip()
        elif line.strip() and not line.startswith((" ", "\t", "-")):
            return {}, text  # not key/value lines: a rule over a paragraph, no front matter
    if not fields:
        return {}, text
    return fields, "\n".join(lines[end + 1 :])


def looks_like_markdown(text: str) -> bool:
    """Does a text file use Markdown: a pipe table with its delimiter row, or five or more of bold
    spans, headings, links and images?"""
    lines = text.split("\n")
    delimiters = sum(1 for line in lines if "-" in line and _DELIMITER_ROW_RE.match(line) and "|" in line
                     and re.search(r":-|-:|---", line))  # (not a plain text table's row of empty "-" cells)
    rows = sum(1 for line in lines if _PIPE_ROW_RE.match(line))
    if delimiters and rows >= 3:
        return True
    marks = (len(_STRONG_RE.findall(text)) + len(_HEADING_RE.findall(text)) + len(_LINK_RE.findall(text))
             + len(_IMAGE_RE.findall(text)))
    return marks >= 5


def markdown_to_text(text: str) -> str:
    """Markdown ``text`` as plain text: the words, figures and table rows without Markdown's marks."""
    text, notes = _footnote_definitions(_html_blocks(_COMMENT_RE.sub("", text)))
    text = _outer_pipes(text)
    out: list[str] = []
    table: list[list[str]] = []
    paragraph: list[str] = []  # a paragraph's lines, read together: "**Kết quả … lĩnh vực / tiêu chuẩn … năm 2022**"
    fenced = False
    header: tuple[str, int] | None = None  # the last table's header line and where that table ended
    for line in [*text.split("\n"), ""]:
        if paragraph and (not line.strip() or fenced or _FENCE_RE.match(line) or _PIPE_ROW_RE.match(line)
                          or _RULE_RE.match(line) or _PAGE_SEPARATOR_RE.match(line)
                          or ("|" in line and _DELIMITER_ROW_RE.match(line))):
            out.extend(_inline("\n".join(paragraph)).split("\n"))
            paragraph = []
        if table and not _PIPE_ROW_RE.match(line):
            lines = _table_lines(table)
            if header and _data_row(table[0]) and header[0].count(" | ") + 1 == len(table[0]) \
                    and len(out) - header[1] <= _CARRIED_GAP:
                lines.insert(0, header[0])  # a table carried over a page break, its first row taken for a header
                # (marker: "| 8 | Huyết áp kế | Chiếc | 187 | 214 |" over "|---|"): the header it is under again
            elif not _data_row(table[0]):
                header = (lines[0], 0)
            out.extend(lines)
            header = (header[0], len(out)) if header else None
            table = []
        if _PAGE_SEPARATOR_RE.match(line) and not fenced:
            while out and (not out[-1].strip() or _PAGE_NUMBER_RE.match(out[-1])):
                out.pop()  # the page's number above it ("2") goes with the break
            out.append("")
            continue
        if _FENCE_RE.match(line):
            fenced = not fenced
        elif fenced:
            out.append(line)
        elif "|" in line and _DELIMITER_ROW_RE.match(line):
            continue
        elif _RULE_RE.match(line):
            out.append("")
        elif _PIPE_ROW_RE.match(line):
            table.append(_row(line))
        elif line.strip():
            paragraph.append(line)
        else:
            out.append("")
    return "\n".join(_drop_running_lines(_notes_placed(out[:-1], notes)))


def _outer_pipes(text: str) -> str:
    """``text`` with each pipe table written without its outer pipes ("STT| Loại| Quý III" over "---|---|---", as
    GFM allows and html2text writes) given them, so that it reads as any pipe table. A converter that ends each
    row with a hard break (html2text's two spaces) and wraps long lines at its width leaves a row's lines without
    that break: they are one row ("4| Cân các loại …| 9.873|" over "11.526| 28.911| 15.500  ")."""
    return _outside_fences(text, _pipes_given)


def _outside_fences(text: str, block: Callable[[list[str], int, list[str]], int | None]) -> str:
    """``text`` with the blocks that start outside code fences rewritten: ``block(lines, i, out)`` writes the block
    starting at line ``i`` to ``out`` (the lines so far, which it may take back) and gives the line after it, or
    gives None where no block starts (the line is kept)."""
    lines = text.split("\n")
    out: list[str] = []
    fenced = False
    i = 0
    while i < len(lines):
        if _FENCE_RE.match(lines[i]):
            fenced = not fenced
        end = None if fenced else block(lines, i, out)
        if end is None:
            out.append(lines[i])
            end = i + 1
        i = end
    return "\n".join(out)


def _pipes_given(lines: list[str], i: int, out: list[str]) -> int | None:
    """A table without outer pipes whose delimiter row is line ``i`` (its header the last lines of ``out``), its
    rows written with them (see :func:`_outer_pipes`)."""
    line = lines[i]
    head = _header_start(out) if "|" in line and _DELIMITER_ROW_RE.match(line) else None
    if head is None:
        return None
    end = i + 1
    while end < len(lines) and lines[end].strip() and "|" in lines[end] and not _FENCE_RE.match(lines[end]):
        end += 1
    body = lines[i + 1 : end]
    broken = sum(1 for b in body if b.endswith("  ")) * 2 >= len(body) > 0  # rows end in a hard break
    rows = [" ".join(out[head:])]
    for b in body:
        if broken and len(rows) > 1 and not rows[-1].endswith("  "):  # (the header's lines are joined)
            rows[-1] = f"{rows[-1].rstrip()} {b.lstrip()}"
        else:
            rows.append(b)
    del out[head:]
    out.extend(_piped(r) for r in rows)
    out.append(line)
    return end


def _header_start(out: list[str]) -> int | None:
    """Where the header of a table without outer pipes starts in ``out``, the lines read so far, a delimiter row
    coming next: its last line and the lines it is wrapped from (a pipe in each, no hard break at their end);
    None when no such header stands there (an outer-piped table's, or a line with no pipe)."""
    if not out or not out[-1].strip() or _PIPE_ROW_RE.match(out[-1]):
        return None
    head = len(out) - 1
    while head > 0 and "|" in out[head - 1] and out[head - 1].strip() and not out[head - 1].endswith("  ") \
            and not _PIPE_ROW_RE.match(out[head - 1]):
        head -= 1
    return head if "|" in " ".join(out[head:]) else None


def _piped(row: str) -> str:
    """A row written without its outer pipes, with them ("a| b|" and "a| b" are "| a | b |")."""
    body = row.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return f"| {body} |"


def _html_blocks(text: str) -> str:
    """``text`` with each block of raw HTML outside code fences read as a web page's body is: a notebook's
    DataFrame (``<div><style scoped>…</style><table class="dataframe">…</table></div>`` as nbconvert leaves
    it), a table a converter wrote as HTML. Each of its rows is a line, its cells parted by " | ", the block
    set apart by blank lines; a block never closed is left as it is."""
    return _outside_fences(text, _html_block_read)


def _html_block_read(lines: list[str], i: int, out: list[str]) -> int | None:
    """The HTML block starting at line ``i`` written to ``out`` as its text (see :func:`_html_blocks`)."""
    start = _HTML_BLOCK_RE.match(lines[i])
    if start is None:
        return None
    name = start.group(1).lower()
    opens = re.compile(rf"<{name}\b", re.I)
    closes = re.compile(rf"</{name}\s*>", re.I)
    depth, j = 0, i
    while j < len(lines):
        depth += len(opens.findall(lines[j])) - len(closes.findall(lines[j]))
        if depth <= 0:
            break
        j += 1
    if j >= len(lines) or _MARKDOWN_INSIDE_RE.search(_STYLE_RE.sub("", "\n".join(lines[i : j + 1]))):
        return None  # never closed, or Markdown written inside it (a table, a heading): not HTML to read
    from ingest.loaders.html import html_fragment_text  # (the HTML loader reads Markdown's text files' kin)

    out += ["", *html_fragment_text("\n".join(lines[i : j + 1])).split("\n"), ""]
    return j + 1


# an HTML block's first line (CommonMark's kinds 1 and 6 that hold text): "<div>", "<table border="1" …>"
_HTML_BLOCK_RE = re.compile(r"^ {0,3}<(table|div|style|figure|center)(?=[\s>/])", re.I)
_STYLE_RE = re.compile(r"<style\b.*?</style\s*>", re.I | re.S)
_MARKDOWN_INSIDE_RE = re.compile(r"(?m)^[ \t]*(?:\||#{1,6}[ \t]|[-*+][ \t]|>)")


_NOTE_DEF_LINE_RE = re.compile(r"^\[\^([\w-]+)\]:[ \t]*(.*)$")


def _footnote_definitions(text: str) -> tuple[str, dict[str, str]]:
    """``text`` without its footnote definitions (``[^1]: …`` and the indented lines under it), and each
    definition's text by its name."""
    notes: dict[str, str] = {}
    kept: list[str] = []
    current: str | None = None
    for line in text.split("\n"):
        m = _NOTE_DEF_LINE_RE.match(line)
        if m:
            current = m.group(1)
            notes[current] = m.group(2).strip()
            continue
        if current is not None and line.strip() and line[:1] in (" ", "\t"):
            notes[current] += " " + line.strip()
            continue
        current = None
        kept.append(line)
    return "\n".join(kept), notes


def _notes_placed(lines: list[str], notes: dict[str, str]) -> list[str]:
    """Each footnote's text, "[1] …", right after the paragraph (or the table) that first refers to it, as a
    Word file's footnotes read; one never referred to, at the end."""
    for name, note in notes.items():
        mark = f"[{name}]"
        at = next((i for i, line in enumerate(lines) if mark in line), None)
        if at is None:
            lines = [*lines, "", f"{mark} {_inline(note)}"]
            continue
        while at + 1 < len(lines) and lines[at + 1].strip():
            at += 1  # (not inside its paragraph, list or table: after its last line)
        lines = [*lines[: at + 1], f"{mark} {_inline(note)}", *lines[at + 1 :]]
    return lines


def _hide_escapes(text: str) -> str:
    return _ESCAPE_RE.sub(lambda m: _HIDE[m.group(1)], text)


def _inline(line: str) -> str:
    """A paragraph's lines (or one line) without their marks."""
    line = _HEADING_RE.sub("", _hide_escapes(_HARD_BREAK_RE.sub("", line)))
    line = _ATTR_RE.sub("", _SPAN_ATTR_RE.sub(r"\1", line))
    line = _QUOTE_RE.sub("", line)
    line = _BULLET_RE.sub(r"\1- ", line)
    line = _IMAGE_RE.sub("", line)
    line = _LINK_RE.sub(r"\1", line)
    line = _NOTE_DEF_RE.sub(r"[\1] ", line)
    line = _NOTE_REF_RE.sub(r"[\1]", line)
    line = _CODE_RE.sub(r"\1", line)
    for _ in range(2):  # "***x***", "**_x_**"
        line = _STRONG_RE.sub(r"\2", line)
        line = _EMPHASIS_RE.sub(lambda m: m.group(1) or m.group(2), line)
    line = STRIKE_RE.sub(r"\1", line)
    line = _BREAK_RE.sub("\n", line)
    line = _UNIT_POWER_RE.sub(r"\1\2", line)  # "247 m<sup>3</sup>": cubic metres, no footnote's mark
    line = _SUP_RE.sub(r"[\1]", line)
    line = _MATH_RE.sub(lambda m: " ".join(_MATH_SIGNS.get(w, w) for w in m.group(1).split()), line)
    line = _SPLIT_FIGURE_RE.sub(r"\1\2", line)  # "86.500.\n000 đồng" of a PDF's line end
    line = _TAG_RE.sub("", line)
    return "\n".join(part.rstrip() for part in html.unescape(line.translate(_SHOW)).split("\n"))


def _row(line: str) -> list[str]:
    """A pipe table row's cells (a wrapped cell's ``<br>`` is a space)."""
    body = _hide_escapes(line.strip())[1:-1]
    return [" ".join(_inline(_BREAK_RE.sub(" ", cell)).split()) for cell in body.split("|")]


def _table_lines(rows: list[list[str]]) -> list[str]:
    """A table's rows as "cell | cell" lines: a row of figures keeps its empty cells as "-", so that each
    figure stays under its column ("- | Tổng cộng | - | 46.760 | 48.617"); a row of words (a header, a
    group) keeps its filled cells only."""
    rows = _spanned_header_merged(_header_rows_merged([[_without_artefact(c) for c in r] for r in rows]))
    return [" | ".join(c or "-" for c in cells) if any(is_figure(c) for c in cells)
            else " | ".join(c for c in cells if c) for cells in rows]


def _header_rows_merged(rows: list[list[str]]) -> list[list[str]]:
    """A two-level header that a converter writes as two rows, each spanning cell repeated under every column
    it covers (docling: "STT | … | 9 tháng 2023 | 9 tháng 2023 | 9 tháng 2024 | 9 tháng 2024" over "STT | … |
    Quý III | Lũy kế | Quý III | Lũy kế"), as one row whose cells name both levels ("9 tháng 2023 Quý III")."""
    if len(rows) < 3 or len(rows[0]) != len(rows[1]) or any(is_figure(c) for c in rows[0] + rows[1]):
        return rows
    top, low = rows[0], rows[1]
    same = [a == b for a, b in zip(top, low)]
    repeated = any(a and a == b for a, b in zip(top, top[1:]))  # a spanning cell written again beside itself
    if not (same[0] and top[0] and repeated and not all(same)):
        return rows
    return [[a if a == b or not b else f"{a} {b}".strip() for a, b in zip(top, low)], *rows[2:]]


def _without_artefact(cell: str) -> str:
    """A cell as its reader sees it: pandas' marks of an empty cell (``NaN``, ``NaT``, ``<NA>``) and of a header
    cell left empty (``Unnamed: 3``), which MarkItDown's and notebooks' tables of a spreadsheet keep, are empty."""
    return "" if _ARTEFACT_RE.fullmatch(cell) else cell


_ARTEFACT_RE = re.compile(r"NaN|NaT|nan|<NA>|None|Unnamed: \d+(?:_level_\d+)?")


def _spanned_header_merged(rows: list[list[str]]) -> list[list[str]]:
    """A two-level header typed as a spreadsheet merges it: the upper cell only over the first column it spans,
    the lower row under it with its own first cells empty ("TT | Chỉ tiêu | Năm 2022 | Năm 2023 | | " over
    " | | | KH 2023 | TH 2023"), as one row whose cells name both levels ("Năm 2023 KH 2023", "Năm 2023 TH 2023")."""
    out: list[list[str]] = []
    i = 0
    while i < len(rows):
        top = rows[i]
        low = rows[i + 1] if i + 1 < len(rows) else None
        if (low is None or len(low) != len(top) or low[0] or any(is_figure(c) for c in top + low)
                or sum(1 for c in top if c) < 2 or sum(1 for c in low if c) < 2):
            out.append(top)
            i += 1
            continue
        merged, over, spans = [], "", False
        for a, b in zip(top, low):
            over = a or (over if b else "")  # (an empty upper cell continues the one on its left over a lower cell)
            spans = spans or (not a and bool(b) and bool(over))
            merged.append(f"{over} {b}".strip() if b else a)
        if not spans:  # no upper cell spans lower ones: two rows of their own
            out.append(top)
            i += 1
            continue
        out.append(merged)
        i += 2
    return out


# marker's page separator (``--paginate_output``): "{2}" and 48 dashes
_PAGE_SEPARATOR_RE = re.compile(r"^\s*\{\d+\}-{16,}\s*$")
_PAGE_NUMBER_RE = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")
_CARRIED_GAP = 12  # lines (footnotes, a page number, a running header) between a table and its part carried over


def _data_row(cells: list[str]) -> bool:
    """A row of figures ("8", "Huyết áp kế", "Chiếc", "187", "214"), no header's words."""
    return sum(is_figure(c) for c in cells) >= 2 and bool(cells) and is_figure(cells[0])


def _drop_running_lines(lines: list[str]) -> list[str]:
    """Lines without the running headers and footers a converted PDF repeats on every page: a line of
    three words or more (or a bare "Trang") that is no table row and comes back three times or more."""
    counts = Counter(line_signature(line) for line in lines if line.strip() and " | " not in line)
    running = {s for s, n in counts.items() if n >= _RUNNING_MIN
               and (len(_WORD_RE.findall(s)) >= 3 or _PAGE_WORD_RE.match(s.strip()))
               and len(s) <= _RUNNING_MAX and not s.rstrip().endswith((":", ".", ";"))
               and not s.lstrip().startswith("- ")}
    return [line for line in lines if line_signature(line) not in running]
