"""HTML via BeautifulSoup: scripts, styles, navigation, headers/footers and forms are dropped;
block elements become lines so paragraphs and headings survive."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.errors import IngestError
from ingest.loaders import RawDocument, RawPage, register_loader
from ingest.tables import Cell, table_lines

# a form's controls go, not the form: an ASP.NET page wraps its whole body in <form id="aspnetForm">
_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "iframe", "svg", "button", "template",
         "input", "select", "option", "textarea", "label")
_BLOCKS = (
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table",
    "ul", "ol", "blockquote", "pre", "br", "hr", "figcaption", "figure", "dd", "dt", "caption",
)  # table cells are not blocks: a row is one line, its cells separated by " | "


@register_loader(".html", ".htm", ".xhtml")
class HtmlLoader:
    def load(self, path: Path) -> RawDocument:
        from bs4 import BeautifulSoup

        data = path.read_bytes()
        if not data.strip():
            raise IngestError("the file is empty")
        soup = BeautifulSoup(data, "html.parser")
        if soup.find() is None:
            raise IngestError("no HTML content found")
        title_tag = soup.find("title")
        title = title_tag.get_text(" ", strip=True) if title_tag else None
        meta_author = soup.find("meta", attrs={"name": "author"})
        author = meta_author.get("content") if meta_author else None
        for tag in soup(list(_DROP)):
            tag.decompose()
        for tag in soup.find_all(attrs={"role": ["navigation", "banner", "contentinfo"]}):
            tag.decompose()
        _collapse_source_whitespace(soup)
        for table in soup.find_all("table"):  # one line per row, whatever whitespace the source puts between cells
            if table.parent is None:  # inside a data table already written as lines
                continue
            if _is_layout(table):  # a page laid out with tables: its cells are blocks, its tables inside are read
                for cell in _own_cells(table):
                    cell.insert_before("\n")
                    cell.insert_after("\n")
                continue
            rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
            lines = table_lines([[Cell(c.get_text(" ", strip=True), _span(c.get("colspan")), _span(c.get("rowspan")))
                                  for c in row.find_all(["td", "th"], recursive=False)] for row in rows])
            if len(lines) == len(rows):  # each row keeps its place (a nested table, a caption stay where they are)
                for row, line in zip(rows, lines):
                    row.clear()
                    row.append(line)
            else:
                for row in rows[1:]:
                    row.decompose()
                rows[0].clear()
                rows[0].append("\n".join(lines))
        for tag in soup.find_all(_BLOCKS):
            tag.insert_before("\n")
            tag.insert_after("\n")
        body = soup.body or soup
        text = body.get_text()
        lines = [" ".join(line.split()) for line in text.split("\n")]
        text = "\n".join(line.strip(" |") for line in lines if line.strip(" |"))
        h1 = soup.find("h1")
        if h1 and h1.get_text(strip=True):
            title = h1.get_text(" ", strip=True)
        return RawDocument(path=path, pages=[RawPage(text=text)], title=title or None, author=author)


_SOURCE_SPACE_RE = re.compile(r"[ \t\r\n\f]+")


def _collapse_source_whitespace(soup) -> None:
    """Line ends in the HTML source are spaces, as a browser shows them (Word's "Save as Web Page" wraps its
    source at about 80 columns, mid-sentence); only <pre> and <textarea> keep theirs. No-break spaces stay."""
    from bs4 import NavigableString

    for node in soup.find_all(string=True):
        if type(node) is not NavigableString or node.find_parent(["pre", "textarea"]) is not None:
            continue
        collapsed = _SOURCE_SPACE_RE.sub(" ", str(node))
        if collapsed != str(node):
            node.replace_with(collapsed)


_SECTION_TAGS = ("table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "article", "section")
_LAYOUT_CELL_CHARS = 600


def _own_cells(table) -> list:
    return [c for c in table.find_all(["td", "th"]) if c.find_parent("table") is table]


def _is_layout(table) -> bool:
    """A table used to lay out a page (an old portal's whole body, a sidebar of links), not to hold figures:
    one of its cells holds a table, a heading, a list, or many paragraphs of text. Word's data tables put a
    <p> in every cell, so paragraphs alone only count when a cell reads like a page."""
    for cell in _own_cells(table):
        if cell.find(_SECTION_TAGS) is not None:
            return True
        if len(cell.get_text(" ", strip=True)) > _LAYOUT_CELL_CHARS and len(cell.find_all(["p", "div", "br"])) >= 3:
            return True
    return False


def _span(value: object) -> int:
    """A colspan/rowspan attribute as a count (1 when absent or not a number)."""
    text = str(value or "").strip()
    return max(1, min(int(text), 50)) if text.isdigit() else 1
