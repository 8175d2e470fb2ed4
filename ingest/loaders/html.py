"""HTML via BeautifulSoup: scripts, styles, navigation, headers/footers and forms are dropped;
block elements become lines so paragraphs and headings survive."""

from __future__ import annotations

from pathlib import Path

from assistant.errors import IngestError
from ingest.loaders import RawDocument, RawPage, register_loader

_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "template")
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
        for row in soup.find_all("tr"):  # one line per row, whatever whitespace the source puts between cells
            cells = [c.get_text(" ", strip=True) for c in row.find_all(["td", "th"])]
            row.clear()
            row.append(" | ".join(c for c in cells if c))
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
