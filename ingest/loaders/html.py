"""HTML via BeautifulSoup: scripts, styles, navigation, headers/footers and forms are dropped;
block elements become lines so paragraphs and headings survive."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.errors import IngestError
from ingest.legacy_tables import is_syllable
from ingest.loaders import RawDocument, RawPage, register_loader
from ingest.metadata import ISO_DATE_RE, official_title, written_date
from ingest.reflow import is_figure
from ingest.tables import Cell, grid_lines, table_lines

# a form's controls go, not the form: an ASP.NET page wraps its whole body in <form id="aspnetForm">
# (what a filled-in control shows is read first: see _form_values)
_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "iframe", "svg", "button", "template",
         "input", "select", "option", "textarea")
_BLOCKS = (
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table",
    "ul", "ol", "blockquote", "pre", "br", "hr", "figcaption", "figure", "dd", "dt", "caption",
)  # table cells are not blocks: a row is one line, its cells separated by " | "


_BARE_KIND_RE = re.compile(r"\s*(?:báo cáo|tờ trình|thông báo)\s*[:.]?\s*", re.I)
_SECTION_HEAD_RE = re.compile(r"(?:[IVX]{1,5}|\d{1,2}|[A-Z])[.)]\s*\S")  # "I.", "II. ", "1.", "A)"


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
        positioned = _positioned_pages(soup) or _pdftohtml_pages(soup)
        if positioned:  # a PDF shown as a web page (pdf2htmlEX, pdftohtml): read as the PDF's pages are
            return RawDocument(path=path, pages=[RawPage(text=t, page=n) for n, t in enumerate(positioned, 1)],
                               title=title or None, author=author, paged=True)
        text = body_text(soup)
        h1 = soup.find("h1")
        headline = h1.get_text(" ", strip=True) if h1 else ""
        # a page's headline names it better than its <title>; a numbered section heading ("I.ĐẶC ĐIỂM TÌNH
        # HÌNH", an office suite's export of Heading 1) does not, nor a bare "BÁO CÁO" over the title's own line
        if headline and not _SECTION_HEAD_RE.match(headline) and not _BARE_KIND_RE.fullmatch(headline):
            title = headline
        official = official_title(text)
        if title and official and not _YEAR_RE.search(title) and _YEAR_RE.search(official):
            title = None  # a page title naming no year ("Chi tiết báo cáo - Hệ thống quản lý báo cáo …"): the
            # report's own "BÁO CÁO / Sơ kết công tác 6 tháng đầu năm 2024 …" names it (and its period) better
        return RawDocument(path=path, pages=[RawPage(text=text)], title=title or None, author=author)


_NOTE_TYPES = ("footnote", "endnote", "rearnote", "doc-footnote", "doc-endnote")  # (not role="note": a callout)


def _is_note(tag) -> bool:  # noqa: ANN001 - a bs4 Tag
    """A foot- or endnote marked as one: EPUB 3's ``epub:type`` or DPUB-ARIA's ``role`` (calibre, pandoc)."""
    kinds = f"{tag.get('epub:type') or ''} {tag.get('role') or ''}".split()
    return any(k in _NOTE_TYPES for k in kinds)


def _content_aside(tag) -> bool:  # noqa: ANN001 - a bs4 Tag
    """An ``<aside>`` that is the document's own text: a reveal.js slide's speaker notes (``aside.notes``, what the
    presenter says: the full sentences, often with figures the slide leaves off) and a docutils ``sidebar`` or
    ``topic`` directive (Sphinx: a box of key figures or targets with its own ``sidebar-title``/``topic-title``)."""
    classes = tag.get("class") or []
    if "notes" in classes and tag.find_parent("section") is not None:
        return True
    for kind in ("sidebar", "topic"):
        title = tag.find(class_=f"{kind}-title", recursive=False)
        if kind in classes and title is not None and title.name == "p" and tag.parent.name == "section":
            return True
    return False


def body_text(soup) -> str:  # noqa: ANN001 - a BeautifulSoup document
    """The text a reader sees of a parsed page: one line per block, one line per table row (cells " | ")."""
    _drop_edits(soup)  # before the styles go: a class may be what strikes a figure through
    _cell_comments_last(soup)
    _drop_hidden(soup)
    _dates_written(soup)
    _org_marks(soup)
    _drop_repeated_quotes(soup)
    _label_tab_panels(soup)
    _form_values(soup)
    for tag in soup.find_all(class_=_EDITING_CLASSES):
        tag.decompose()
    for tag in soup(list(_DROP)):
        if tag.parent is None:  # (inside one dropped already)
            continue
        if tag.name == "aside" and (_is_note(tag) or tag.find(_is_note) is not None or _content_aside(tag)):
            # an EPUB 3 note (<aside epub:type="footnote">) and a list of them (docutils' "footnote-list") are the
            tag.name = "div"  # report's text, not a sidebar; so are a slide's speaker notes and a docutils sidebar
            continue
        if tag.name == "header" and tag.find_parent(["main", "article"]) and tag.find(["h1", "h2"]):
            continue  # the header of the page's own content (its title block: title, author, dates), not the site's
        tag.decompose()
    for tag in soup.find_all(attrs={"role": ["navigation", "banner", "contentinfo"]}):
        tag.decompose()
    _collapse_source_whitespace(soup)
    _aria_tables(soup)
    _part_pieces(soup)
    _mark_notes(soup)
    _number_lists(soup)
    for table in soup.find_all("table"):  # one line per row, whatever whitespace the source puts between cells
        if table.parent is None:  # inside a data table already written as lines
            continue
        if _is_layout(table):  # a page laid out with tables: its cells are blocks, its tables inside are read
            for cell in _own_cells(table):
                cell.insert_before("\n")
                cell.insert_after("\n")
            continue
        sheet = _drop_sheet_headings(table)
        rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
        cells = [_row_cells(row) for row in rows]
        for part in _continuing_tables(table, cells):
            cells += [_row_cells(row) for row in part.find_all("tr") if row.find_parent("table") is part]
            part.decompose()
        _index_name_raised(cells)
        cells = [r for r in cells if any(c.text for c in r)]  # (a grid's invisible row sizing its columns)
        lines = grid_lines(cells, sheet)
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
    lines = _tabbed_cells([" ".join(line.split()) for line in text.split("\n")])
    text = _ICON_GLYPH_RE.sub("", "\n".join(lines))  # an icon font's glyph reads as nothing
    text = "\n".join(line.strip(" |") for line in text.split("\n") if line.strip(" |"))
    return text


_ICON_GLYPH_RE = re.compile("[\ue000-\uf8ff]")  # (Unicode's private use area: Font Awesome's, a theme's own icons)


# a wiki's editing and screen-only furniture: "[sửa | sửa mã nguồn]" beside every heading, "Bước tới nội dung"; a
# documentation site's permalink beside every heading (Sphinx's "¶", or an icon font's private-use glyph)
_EDITING_CLASSES = ("mw-editsection", "mw-jump-link", "noprint", "headerlink")


def _label_tab_panels(soup) -> None:  # noqa: ANN001 - a BeautifulSoup document
    """Tabs (ARIA ``role="tab"`` / ``role="tabpanel"``: Bootstrap, Quarto's ``panel-tabset``; Python-Markdown's
    ``tabbed-set`` of radio buttons and labels) show one panel at a time, the tab naming it: each panel opens
    with its tab's label as a line of its own, and the row of tabs goes (its labels, read together, named no
    panel; its radio buttons are no answers ticked)."""
    tabs = {t.get("id"): t for t in soup.find_all(attrs={"role": "tab"}) if t.get("id")}
    labelled = False
    for panel in soup.find_all(attrs={"role": "tabpanel"}):
        tab = tabs.get(panel.get("aria-labelledby") or "")
        label = " ".join(tab.get_text(" ").split()) if tab is not None else ""
        if label:
            head = soup.new_tag("p")
            head.string = label
            panel.insert(0, head)
            labelled = True
    if labelled:
        for row in soup.find_all(attrs={"role": "tablist"}):
            row.decompose()
    for tabs in soup.find_all("div", class_="tabbed-set"):
        # Python-Markdown's content tabs (pymdownx.tabbed: MkDocs Material): a radio button and a <label> per
        # tab, the panels after them ("tabbed-content", one "tabbed-block" each in the alternate style)
        radios = [r for r in tabs.find_all("input", attrs={"type": "radio"}) if r.find_parent("div", class_="tabbed-set") is tabs]
        ids = [r.get("id") for r in radios]
        names = {lab.get("for"): lab for lab in tabs.find_all("label", attrs={"for": True})}
        contents = [c for c in tabs.find_all("div", class_="tabbed-content") if c.find_parent("div", class_="tabbed-set") is tabs]
        blocks = [b for c in contents for b in c.find_all("div", class_="tabbed-block", recursive=False)] or contents
        if len(blocks) != len(radios) or not all(i in names for i in ids):
            continue
        for ident, block in zip(ids, blocks):
            head = soup.new_tag("p")
            head.string = " ".join(names[ident].get_text(" ").split())
            block.insert(0, head)
        for tag in [*radios, *(names[i] for i in ids), *tabs.find_all("div", class_="tabbed-labels")]:
            tag.decompose()


# an inline style that hides an element from every reader: a newsletter's preheader ("display:none; … mso-hide:all"),
# a reporting system's draft kept in the page, a "Hủy" link shown only on demand
# (not "visibility:hidden": a collapsed accordion's panel, a height of 0 too, holds an appendix a click shows)
_HIDDEN_STYLE_RE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|mso-hide\s*:\s*all)\b", re.I)


def _hidden_by_class(classes: list[str]) -> bool:
    """``d-none`` / ``hidden`` not undone on some screen ("d-none d-md-block", "hidden md:flex": shown on a wider
    one) or on paper ("d-print-block")."""
    if not {"d-none", "hidden"}.intersection(classes):
        return False
    return not any(re.match(r"d-(?:sm|md|lg|xl|xxl|print)-", c) or ":" in c for c in classes)


def _cell_comments_last(soup) -> None:  # noqa: ANN001 - a BeautifulSoup document
    """A spreadsheet cell's comment (LibreOffice Calc's ``<comment>``, shown while hovering the cell's marker) is
    the analyst's note on its figure, and reads after it in brackets: "52.500.000 (Chi cục TĐC: Trong đó …)",
    not before it, where it would stand for the cell's value."""
    for note in soup.find_all("comment"):
        cell = note.find_parent(["td", "th"])
        text = " ".join(note.get_text(" ").split())
        note.decompose()
        if cell is not None and text:
            cell.append(f" ({text})")


def _drop_hidden(soup) -> None:  # noqa: ANN001 - a BeautifulSoup document
    """Elements hidden by their own inline style or by a CSS framework's class (Bootstrap's ``d-none``, Tailwind's
    and Bootstrap 3's ``hidden``: a web app's earlier draft kept in the page) go, unless they hold a table: a
    published spreadsheet's other sheets, a page's tabs, hidden until a reader picks them, are the report's data.
    So do a dialog not open (Bootstrap's ``modal`` without ``show``) and a slide left out of a deck."""
    for tag in [*soup.find_all(style=_HIDDEN_STYLE_RE), *soup.find_all(class_=["d-none", "hidden"])]:
        if tag.parent is None or (tag.get("class") and not _hidden_by_class(tag.get("class"))
                                  and not _HIDDEN_STYLE_RE.search(tag.get("style") or "")):
            continue
        if tag.find("table") is None and tag.find(attrs={"role": ["table", "grid"]}) is None:
            tag.decompose()
    for selector in _hidden_by_sheet(soup):
        for tag in soup.select(selector):
            if tag.parent is not None and tag.find("table") is None:
                tag.decompose()
    for tag in soup.find_all(class_="modal"):  # a dialog a click opens ("Bạn có chắc chắn muốn gửi …?"), unless open
        if tag.parent is not None and "show" not in tag.get("class", []):
            tag.decompose()
    for tag in soup.find_all(attrs={"data-visibility": "hidden"}):
        tag.decompose()  # a slide left out of the show (reveal.js): a draft the presenter hid, never shown


_STYLE_RULE_RE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIMPLE_SELECTOR_RE = re.compile(r"[a-z][\w-]*|[a-z]*\.[\w-]+|[a-z]*#[\w-]+", re.I)
_DISPLAY_RE = re.compile(r"(?:^|;)\s*display\s*:\s*([\w-]+)", re.I)


def _hidden_by_sheet(soup) -> list[str]:  # noqa: ANN001 - a BeautifulSoup document
    """Simple selectors (a tag, a class, an id) the page's own style sheet hides on every screen: LibreOffice's
    ``comment { display:none; }`` (a cell's comment, shown only while hovering its marker). A rule inside an
    ``@media`` block, or a selector some other rule shows again (".tab-pane" hidden, ".tab-pane.active" shown), or
    anything not simple hides nothing here."""
    hidden: set[str] = set()
    shown: list[str] = []
    for style in soup.find_all("style"):
        css = re.sub(r"/\*.*?\*/", "", style.get_text(), flags=re.S)
        css = re.sub(r"@[^{;]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", css)  # @media and the like, with their rules
        for selectors, body in _STYLE_RULE_RE.findall(css):
            display = _DISPLAY_RE.search(body)
            if display is None:
                continue
            for sel in (x.strip() for x in selectors.split(",")):
                if display.group(1).lower() != "none":
                    if not re.search(r":(?:hover|focus)", sel):  # (shown only while the pointer is on it: a tooltip)
                        shown.append(sel)
                elif _SIMPLE_SELECTOR_RE.fullmatch(sel):
                    hidden.add(sel)
    return [sel for sel in sorted(hidden) if sel.lower() not in ("html", "body")
            and not any(_names_selector(other, sel) for other in shown)]


def _names_selector(selector: str, simple: str) -> bool:
    """Does ``selector`` select by the simple selector ``simple`` ("comment", ".tab-pane", "p.draft": its class),
    as a whole name ("comment" is not in "a.comment-indicator")?"""
    key = re.sub(r"^[a-z]+(?=[.#])", "", simple, flags=re.I)
    before = r"(?<![\w.#-])" if key[0].isalpha() else ""
    return bool(re.search(rf"{before}{re.escape(key)}(?![\w-])", selector, re.I))


_SEARCH_BOX_RE = re.compile(r"search|keyword|tim_?kiem", re.I)  # a site's search box, by its name or id …
_SEARCH_PROMPT_RE = re.compile(r"\s*(?:tìm kiếm|tìm|search|nhập từ khóa|từ khóa)\b", re.I)  # … or its watermark


def _search_box(tag) -> bool:  # noqa: ANN001 - a bs4 Tag
    """A site's search box: named so, or showing its watermark as its value ("Tìm kiếm...")."""
    return bool(_SEARCH_BOX_RE.search(f"{tag.get('name')} {tag.get('id')}") or _SEARCH_PROMPT_RE.match(tag.get("value") or ""))


_PROMPT_OPTION_RE = re.compile(r"\s*(?:--|—|\.\.\.|…)")
# controls whose value is no report's data: a login's, a search box's, a form's machinery (tokens, record ids)
_NO_DATA_INPUTS = ("hidden", "password", "submit", "button", "reset", "image", "file", "search", "color", "range")


def _form_values(soup) -> None:  # noqa: ANN001 - a BeautifulSoup document
    """A report filed in a web form (a reporting system's view of a submitted report, saved from the browser)
    holds its figures and text in controls: each reads as what the page shows in it. A text box its ``value``
    ("12.846", or "12846" in a number box), never its ``placeholder`` ("Nhập số liệu", "VD: 1.250": a hint, no
    figure); a ``<textarea>`` its text, one line per line; a ``<select>`` the option chosen; a check box or a
    radio button ☒ or ☐ as a Word form's. Hidden inputs (a token, a record id, an old value kept for the
    server) and buttons show nothing. A control's ``<label>`` stays, it names the figure ("Số PTĐ được kiểm
    định: 12.846"), and a value outside a table ends its line (fields set side by side do not run together)."""
    labels = {lab["for"]: lab for lab in soup.find_all("label", attrs={"for": True})}
    for tag in soup.find_all(["input", "textarea", "select"]):
        if tag.parent is None:
            continue
        if tag.name == "textarea":
            box = soup.new_tag("div")
            for line in filter(None, (" ".join(line.split()) for line in tag.get_text().split("\n"))):
                para = soup.new_tag("p")
                para.string = line
                box.append(para)
            tag.replace_with(box)
            continue
        if tag.name == "input" and (tag.get("type") or "").strip().lower() in ("checkbox", "radio"):
            if _box_says(tag):
                tag.replace_with(" ☒ " if tag.has_attr("checked") else " ☐ ")
            continue
        shown = _shown_value(tag)
        if shown is None:
            continue
        if shown:  # (an empty field: its label stands alone on its line)
            label = labels.get(tag.get("id") or "")
            named = label.get_text(" ").strip() if label is not None else ""
            if named and not named.endswith((":", "?", ".")) and label.find(["input", "select"]) is None:
                label.append(":")
            tag.insert_before(f" {shown} ")
        if tag.find_parent(["td", "th"]) is None:
            tag.insert_before(soup.new_tag("br"))
        tag.decompose()


def _shown_value(tag) -> str | None:  # noqa: ANN001 - a bs4 Tag
    """What a text box or a ``<select>`` shows ("" when empty); None for a control that holds no data."""
    if tag.name == "select":
        chosen = [o for o in tag.find_all("option") if o.has_attr("selected")]
        shown = ", ".join(" ".join(o.get_text(" ").split()) for o in chosen)
        return "" if _PROMPT_OPTION_RE.match(shown) else shown  # ("-- Liên kết website --": a menu's prompt)
    kind = (tag.get("type") or "text").strip().lower()
    if kind in _NO_DATA_INPUTS:
        return None
    shown = "" if _search_box(tag) else " ".join((tag.get("value") or "").split())
    if kind == "number" and re.fullmatch(r"-?\d+\.\d+", shown):
        shown = shown.replace(".", ",")  # a number box holds "54.2" as a machine writes it: 54,2
    return shown


def _box_says(box) -> bool:  # noqa: ANN001 - a bs4 Tag
    """Is a check box or radio button an answer ticked or not ("☒ Đã duyệt", a task list's "☐ Tập huấn …"),
    not a page's switch (a theme's menu or search toggle, beside another toggle or an empty label)? Its label
    or the text right after it (after the empty label holding it, in MkDocs Material's task list) says what
    it answers."""
    holder = box.find_parent("label")
    if holder is not None and holder.get_text(strip=True):
        return True
    after = (holder or box).next_sibling
    while after is not None:
        if isinstance(after, str):
            if after.strip():
                return True
        elif after.get_text(strip=True):
            return True
        elif after.name in ("input", "label", "br", "p", "div"):
            return False
        after = after.next_sibling
    return False


# an Org-mode export's planning line: "DEADLINE: <2025-06-20 Fri> SCHEDULED: <2025-04-15 Tue>" under a task
_ORG_PLANNING = {"DEADLINE": "Thời hạn", "SCHEDULED": "Lịch thực hiện", "CLOSED": "Hoàn thành"}


def _org_marks(soup) -> None:  # noqa: ANN001 - a BeautifulSoup document
    """An Org-mode export's task marks read as a report writes them: a planning line's timestamps as dates
    ("Thời hạn: 20/6/2025; Lịch thực hiện: 15/4/2025."), not as a short line taken for a heading; a heading's tags
    (":kiemtra:xangdau:", written as spans after its text) are labels, not its words."""
    for wrapper in soup.find_all("span", class_="timestamp-wrapper"):
        parts = []
        for kwd in wrapper.find_all("span", class_="timestamp-kwd"):
            stamp = kwd.find_next_sibling("span", class_="timestamp")
            m = ISO_DATE_RE.search(stamp.get_text()) if stamp is not None else None
            key = kwd.get_text(strip=True).rstrip(":").upper()
            if m and key in _ORG_PLANNING:
                parts.append(f"{_ORG_PLANNING[key]}: {written_date(m)}")
        if parts:
            wrapper.replace_with("; ".join(parts) + ".")
    for stamp in soup.find_all("span", class_="timestamp"):  # a date stamped in a sentence: "<2025-04-02 Wed>"
        m = ISO_DATE_RE.search(stamp.get_text())
        if m:
            stamp.replace_with(written_date(m))
    for tag in soup.select("h1 span.tag, h2 span.tag, h3 span.tag, h4 span.tag, h5 span.tag, h6 span.tag, "
                           "#table-of-contents span.tag"):
        tag.decompose()


def _dates_written(soup) -> None:  # noqa: ANN001 - a BeautifulSoup document
    """A ``<time datetime="2025-06-30">`` shown in a web app's locale ("30 thg 6, 2025", "Jun 30, 2025") is written
    the way reports write a date, "30/6/2025"."""
    for tag in soup.find_all("time", attrs={"datetime": True}):
        m = ISO_DATE_RE.match(tag["datetime"].strip())
        if m and not re.search(r"\d{1,2}/\d{1,2}/\d{4}", tag.get_text()):
            tag.string = written_date(m)


# a tab typed between two words or figures (a table pasted into a chat message, "1<TAB>Cột đo xăng dầu<TAB>412"),
# not the source's indentation: kept as a mark until the lines are known
_TYPED_TAB_RE = re.compile(r"(?<=\S)\t+(?=\S)")
_TAB_MARK = "\ue000"


def _tabbed_cells(lines: list[str]) -> list[str]:
    """Lines whose cells are parted by typed tabs are table rows ("TT | Loại phương tiện đo | Quý I/2024 | …")
    when at least two of them run together with three cells or more and two figures or more; else (a table of
    contents' "II. KẾT QUẢ …<TAB>2") a tab is a space, as a browser shows it."""
    out = list(lines)
    i = 0
    while i < len(out):
        if _TAB_MARK not in out[i]:
            i += 1
            continue
        run, j = [], i  # (the lines of a run, blank lines between them left: a <br> is a line of its own)
        while j < len(out) and (_TAB_MARK in out[j] or not out[j]):
            if out[j]:
                run.append(j)
            j += 1
        cells = {k: [c.strip() for c in out[k].split(_TAB_MARK)] for k in run}
        rows = sum(len(r) >= 3 for r in cells.values()) >= 2 \
            and sum(sum(is_figure(c) for c in r) >= 2 for r in cells.values()) >= 2
        for k in run:
            out[k] = " | ".join(cells[k]) if rows else " ".join(out[k].replace(_TAB_MARK, " ").split())
        i = j
    return out


def html_fragment_text(fragment: str) -> str:
    """The text of a piece of HTML inside another format (a notebook's DataFrame table in Markdown), read as
    a page's body is."""
    from bs4 import BeautifulSoup

    return body_text(BeautifulSoup(fragment, "html.parser"))


_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
_STRUCK_RE = re.compile(r"text-decoration(?:-line)?\s*:[^;]*line-through", re.I)
_COMMENT_ID_RE = re.compile(r"(?:_?cmnt|_msocom_|_com_)\d+$", re.I)  # Google Docs, Word, LibreOffice comments
_COMMENT_REF_RE = re.compile(r"(?:cmnt_ref|_msoanchor_|_anchor_)\d+$", re.I)
_COMMENT_BOX_CHARS = 1500


def _drop_edits(soup) -> None:  # noqa: ANN001 - a BeautifulSoup document
    """What the page shows as taken out is not the report's text: struck-through runs (<del>, <s>, <strike>,
    a style or a class with ``text-decoration: line-through``: a suggested edit or a correction left in a
    Google Docs or Word export, "đã cấp <s>126</s> 132 giấy chứng nhận"), and reviewers' comments with
    their markers ("[a]" in the text, "[a] Chị xem lại số này, bản trước ghi 1.250" at the end)."""
    struck = {name for style in soup.find_all("style") for name, body in _CSS_RULE_RE.findall(style.get_text())
              if _STRUCK_RE.search(body)}
    for tag in soup.find_all(True):
        if tag.parent is None or tag.attrs is None:  # inside a tag already taken out
            continue
        classes = tag.get("class") or []
        if tag.name in ("del", "s", "strike") or _STRUCK_RE.search(tag.get("style") or "") or struck.intersection(classes):
            tag.decompose()
    for a in soup.find_all("a"):
        if a.parent is None:
            continue
        ident, href = a.get("id") or a.get("name") or "", (a.get("href") or "").lstrip("#")
        if _COMMENT_ID_RE.match(ident) and _COMMENT_REF_RE.match(href):  # the comment itself, at the end
            box = a.find_parent("div") or a.find_parent("p")
            if box is not None and len(box.get_text()) > _COMMENT_BOX_CHARS:
                box = a.find_parent("p")
            (box or a).decompose()
        elif _COMMENT_REF_RE.match(ident) or (_COMMENT_ID_RE.match(href) and a.get_text(strip=True).startswith("[")):
            holder = a.parent if a.parent.name == "sup" and a.parent.get_text(strip=True) == a.get_text(strip=True) else a
            holder.decompose()
    for div in soup.find_all("div", style=re.compile(r"mso-element:\s*comment", re.I)):  # Word's comment list
        if div.parent is not None:
            div.decompose()
    for span in soup.find_all(class_=re.compile(r"^MsoCommentReference$")):
        if span.parent is not None:
            span.decompose()


def _drop_repeated_quotes(soup) -> None:  # noqa: ANN001 - a BeautifulSoup document
    """An e-mail thread printed whole (Gmail's "Print all", a mail client's saved conversation) quotes each
    earlier message again under every reply, "Vào … đã viết:" and all: a quote whose text the page has
    already shown above it goes, so a report pasted in the first message is read once. A quote holding
    anything not shown above (a single reply saved alone, whose quote is the only copy) stays."""
    for quote in soup.find_all(_is_mail_quote):
        if quote.parent is None or quote.attrs is None:  # inside a quote already taken out
            continue
        pieces = [" ".join(str(t).split()) for t in quote.find_all(string=True) if not _in_attribution(t, quote)]
        pieces = [p for p in pieces if len(p) >= _QUOTE_PIECE_CHARS]
        if not pieces:
            continue
        before = " ".join(" ".join(str(t).split()) for t in reversed(quote.find_all_previous(string=True)))
        shown = sum(len(p) for p in pieces if p in before)
        if shown >= _QUOTE_SHOWN_SHARE * sum(len(p) for p in pieces):
            quote.decompose()


def _in_attribution(node, quote) -> bool:  # noqa: ANN001 - bs4 nodes
    """Is ``node`` in the quote's "Vào …, … đã viết:" line (Gmail's ``gmail_attr``), which no earlier message shows?"""
    for parent in node.parents:
        if parent is quote:
            return False
        if any(_MAIL_ATTR_CLASS_RE.search(c) for c in parent.get("class") or ()):
            return True
    return False


def _is_mail_quote(tag) -> bool:  # noqa: ANN001 - a bs4 Tag
    """Gmail's quote of an earlier message (its class prefixed per message, "m_7386…gmail_quote"), Apple
    Mail's and Thunderbird's ``<blockquote type="cite">``, Yahoo's."""
    if tag.name == "blockquote" and (tag.get("type") or "").lower() == "cite":
        return True
    return any(_MAIL_QUOTE_CLASS_RE.search(c) for c in tag.get("class") or ())


_MAIL_QUOTE_CLASS_RE = re.compile(r"(?:gmail_quote|yahoo_quoted)$")
_MAIL_ATTR_CLASS_RE = re.compile(r"gmail_attr$")  # the quote's "Vào …, … đã viết:" line
_QUOTE_PIECE_CHARS = 20  # a run of text long enough to tell one message from another
_QUOTE_SHOWN_SHARE = 0.95


_NOTE_MARK_RE = re.compile(r"[\[(]?(\d{1,3}|\*{1,3})[\])]?")
_EXPONENT_BEFORE_RE = re.compile(r"(?:\b[kcdmμ]?m|\d)\s*$")  # "m<sup>2</sup>", "10<sup>6</sup>": a power, no note


def _mark_notes(soup) -> None:  # noqa: ANN001 - a BeautifulSoup document
    """A footnote's reference and its number at the note read "[1]", apart from the words around them:
    "năm 2022<sup><a href="#fn1">1</a></sup>" is not "năm 20221" (WordPress, LibreOffice's sdfootnote
    anchors, Word's). A raised number after a unit of length or a figure is a power and stays."""
    for bracket in soup.find_all("span", class_="fn-bracket"):
        bracket.decompose()  # docutils' "[" and "]" around a note's number: the number reads "[1]" below anyway
    for note in soup.find_all(_is_note):  # docutils: "<span class="label">…1…</span><p>…</p>": one line, "[1] …"
        label, para = note.find(class_="label", recursive=False), note.find("p", recursive=False)
        if label is not None and para is not None:
            para.insert(0, label.extract())
    for sup in soup.find_all("sup"):
        mark = _NOTE_MARK_RE.fullmatch(sup.get_text(strip=True))
        if mark is None:
            continue
        before = sup.find_previous(string=True)
        if before is not None and _EXPONENT_BEFORE_RE.search(str(before)) and sup.find("a") is None:
            continue
        sup.replace_with(_note(sup, mark.group(1)))
    for a in soup.find_all("a", href=True):
        mark = _NOTE_MARK_RE.fullmatch(a.get_text(strip=True))
        if mark is not None and a["href"].startswith("#") and a.parent is not None:
            a.replace_with(_note(a, mark.group(1)))


def _note(tag, number: str) -> str:  # noqa: ANN001
    inside = list(tag.descendants)
    after = (inside[-1] if inside else tag).find_next(string=True)  # the text after the mark, not the mark's own
    return f" [{number}]" + (" " if after is not None and str(after)[:1].isalnum() else "")


def _number_lists(soup) -> None:  # noqa: ANN001
    """An ordered list's items keep the numbers the page shows ("1. Tiếp tục …", "a) …"), unless they
    write their own; roman numerals and breadcrumbs are left as they are."""
    for ol in soup.find_all("ol"):
        kind = ol.get("type") or "1"
        if kind in ("i", "I") or any(_is_breadcrumb(t) for t in [ol, *ol.find_parents()]):
            continue
        try:
            start = int(ol.get("start") or 1)
        except ValueError:
            start = 1
        for k, li in enumerate(ol.find_all("li", recursive=False)):
            if re.match(r"\s*(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s", li.get_text()):
                continue
            n = start + k
            label = f"{chr(ord('a') + n - 1)}) " if kind == "a" and n <= 26 else f"{n}. "
            first = li.find(True, recursive=False)
            if first is not None and first.name in ("p", "div") and not "".join(
                    str(x) for x in first.find_previous_siblings(string=True)).strip():
                first.insert(0, label)  # "<li><p>Đề nghị …</p></li>" (Sphinx, pandoc): the number opens the paragraph
            else:
                li.insert(0, label)


def _is_breadcrumb(tag) -> bool:  # noqa: ANN001
    return tag is not None and "breadcrumb" in " ".join(tag.get("class") or [])


_SOURCE_SPACE_RE = re.compile(r"[ \t\r\n\f]+")


def _collapse_source_whitespace(soup) -> None:
    """Line ends in the HTML source are spaces, as a browser shows them (Word's "Save as Web Page" wraps its
    source at about 80 columns, mid-sentence); only <pre> and <textarea> keep theirs. No-break spaces stay."""
    from bs4 import NavigableString

    for node in soup.find_all(string=True):
        if type(node) is not NavigableString or node.find_parent(["pre", "textarea"]) is not None:
            continue
        collapsed = _SOURCE_SPACE_RE.sub(" ", _TYPED_TAB_RE.sub(_TAB_MARK, str(node)))
        if collapsed != str(node):
            node.replace_with(collapsed)


def _part_pieces(soup) -> None:  # noqa: ANN001 - a BeautifulSoup document
    """Two elements' texts that meet without a space where a browser's styles part them: a figure and its
    unit ("<span>5.955,6</span><span>triệu đồng</span>"), a label and its value ("<span>Người lập</span>
    <span>Nguyễn Thị Thu Hà</span>", "Kỳ báo cáo" and "6 tháng"). A word or figure split over two pieces
    ("Ki" + "ểm", "1." + "874") and a superscript ("m<sup>2</sup>") stay joined."""
    from bs4 import NavigableString

    nodes = [n for n in soup.find_all(string=True) if type(n) is NavigableString]
    for left, right in zip(nodes, nodes[1:]):
        a, b = str(left), str(right)
        if not a or not b or a[-1].isspace() or b[0].isspace() or left.parent is right.parent:
            continue
        if left.find_parent(["sup", "sub", "script", "style"]) or right.find_parent(["sup", "sub", "script", "style"]):
            continue
        if (a[-1].isdigit() and b[0].isalpha()) or (a[-1].isalpha() and (b[0].isdigit() or (
                a[-1].islower() and b[0].isupper()))):
            left.replace_with(a + " ")


_SECTION_TAGS = ("table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "article", "section")
_LAYOUT_CELL_CHARS = 600


_ARIA_CELLS = {"cell": "td", "gridcell": "td", "columnheader": "th", "rowheader": "th"}


def _aria_tables(soup) -> None:  # noqa: ANN001 - a BeautifulSoup document
    """Tables (and headings) drawn with <div>s and ARIA roles (a React or Next.js portal's grid: role="table", "row",
    "columnheader", "cell", spans in aria-colspan/aria-rowspan) become the <table>s they stand for, each
    row's cells its direct children, so that they are read as tables are."""
    for head in soup.find_all(attrs={"role": "heading"}):  # (and its headings, <div role="heading" aria-level="2">)
        level = str(head.get("aria-level") or "2").strip()
        if head.name in ("div", "span", "p"):
            head.name = f"h{min(max(int(level), 1), 6) if level.isdigit() else 2}"
    for grid in soup.find_all(attrs={"role": ["table", "grid", "treegrid"]}):
        if grid.name == "table" or grid.find_parent("table") is not None:
            continue
        rows = [r for r in grid.find_all(attrs={"role": "row"})
                if r.find_parent(attrs={"role": ["table", "grid", "treegrid"]}) is grid]
        if not rows:
            continue
        grid.name = "table"
        for row in rows:
            cells = [c for c in row.find_all(attrs={"role": list(_ARIA_CELLS)})
                     if c.find_parent(attrs={"role": "row"}) is row]
            for cell in cells:
                cell.extract()
                cell.name = _ARIA_CELLS[cell["role"]]
                for aria, html in (("aria-colspan", "colspan"), ("aria-rowspan", "rowspan")):
                    if cell.get(aria) and not cell.get(html):
                        cell[html] = cell[aria]
            row.clear()
            row.name = "tr"
            for cell in cells:
                row.append(cell)


def _index_name_raised(cells: list[list[Cell]]) -> None:
    """A pandas table's header (``DataFrame.to_html``, a Styler): the column names over a blank corner cell, then
    a row holding only the index's name ("Địa bàn", "Lĩnh vực") under it: that name is the first column's head,
    written in the corner, so that the names stand over their columns (not one to the left)."""
    if len(cells) > 2 and len(cells[0]) == len(cells[1]) > 1 and not cells[0][0].text.strip() \
            and cells[1][0].text.strip() and not any(c.text.strip() for c in cells[1][1:]) \
            and all(c.text.strip() for c in cells[0][1:]) and cells[0][0].colspan == cells[1][0].colspan == 1:
        cells[0][0] = cells[1][0]
        cells[1] = []


def _row_cells(row) -> list[Cell]:  # noqa: ANN001 - a bs4 Tag
    return [Cell(_cell_text(c), _span(c.get("colspan")), _span(c.get("rowspan")))
            for c in row.find_all(["td", "th"], recursive=False)]


def _continuing_tables(table, cells: list[list[Cell]]) -> list:  # noqa: ANN001 - bs4 Tags
    """The tables that carry on a table holding only its header, as web grids with a fixed header draw them
    (Ant Design, Element UI, DataTables' scrolling): the body, then the totals, each a table of its own right
    after the previous one with no text between. The header's empty last cell (the scrollbar's) goes."""
    if not cells or any(is_figure(c.text) for row in cells for c in row) or len(cells) > 3:
        return []
    out: list = []
    last = table
    while True:
        nxt = last.find_next("table")
        if nxt is None or nxt.find_parent("table") is not None or _text_between(last, nxt) or nxt.find("th"):
            break
        if not any(is_figure(c.get_text()) for c in nxt.find_all("td")) or _is_layout(nxt):
            break  # (a page's layout table after a one-row heading table, Gmail's printed messages: not a body)
        out.append(nxt)
        last = nxt
    if out:
        body = max((sum(_span(c.get("colspan")) for c in r.find_all(["td", "th"], recursive=False))
                    for t in out for r in t.find_all("tr") if r.find_parent("table") is t), default=0)
        while sum(c.colspan for c in cells[0]) > body and cells[0] and not cells[0][-1].text:
            cells[0].pop()
    return out


def _text_between(a, b) -> bool:  # noqa: ANN001 - bs4 Tags, a before b
    """Is there any text after ``a``'s end and before ``b``?"""
    for node in a.next_elements:
        if node is b:
            return False
        if isinstance(node, str) and node.strip() and a not in getattr(node, "parents", ()):
            return True
    return False


def _drop_sheet_headings(table) -> bool:  # noqa: ANN001 - a bs4 Tag
    """A spreadsheet published as a web page (Google Sheets' "Publish to web", a sheet saved with its
    headings): the program's column letters (A | B | C …) and row numbers (1, 2, 3 … in <th> cells) go, and
    True says the grid is a sheet, whose one-cell rows are the report's text (:func:`grid_lines`)."""
    rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
    letters = None
    for row in rows[:2]:
        texts = [c.get_text(strip=True) for c in row.find_all(["td", "th"], recursive=False)]
        texts = [t for t in texts if t]
        if len(texts) >= 3 and texts == [chr(ord("A") + i) for i in range(len(texts))]:
            letters = row
            break
    heads = [row.find(["td", "th"], recursive=False) for row in rows if row is not letters]
    numbered = [(h, int(h.get_text(strip=True))) for h in heads
                if h is not None and h.name == "th" and h.get_text(strip=True).isdigit()]
    increasing = len(numbered) >= 3 and all(b > a for (_, a), (_, b) in zip(numbered, numbered[1:]))
    if letters is None or not increasing:
        return _calc_sheet(table)
    letters.decompose()
    for head, _ in numbered:
        head.decompose()
    for row in rows:  # the frozen rows' bar and the corner cell
        for cell in row.find_all("th", recursive=False):
            if not cell.get_text(strip=True) and "freezebar" in " ".join(cell.get("class") or []):
                cell.decompose()
    return True


_CALC_SHEET_RE = re.compile(r"\s*Sheet\s+\d+\s*:", re.I)


def _calc_sheet(table) -> bool:  # noqa: ANN001 - a bs4 Tag
    """A sheet of a workbook LibreOffice Calc saved as HTML: each sheet's grid follows its heading
    ``<a name="table0"><h1>Sheet 1: <em>Thuyết minh</em></h1></a>``."""
    before = table.find_previous_sibling(True)
    if before is None:
        return False
    heading = before if before.name == "h1" else before.find("h1")
    return heading is not None and bool(_CALC_SHEET_RE.match(heading.get_text(" ")))


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


# pdf2htmlEX writes a PDF page as <div class="pf">, each printed line as an absolutely placed
# <div class="t x3 y2a fs2 m0 …"> whose left/bottom/font-size/transform come from generated classes
_CSS_RULE_RE = re.compile(r"\.([a-z_][a-z0-9_]*)\{([^{}]*)\}", re.I)
_CSS_PX_RE = re.compile(r"(left|bottom|font-size):\s*(-?[\d.]+)px")
_CSS_SCALE_RE = re.compile(r"transform:\s*matrix\(\s*([-\d.]+)")
_SPACER_RE = re.compile(r"(\w*)\x00(\w*)")  # a spacer span between the words around it


def _css_classes(soup, props: re.Pattern[str], scaled: bool = False) -> dict[str, dict[str, float]]:  # noqa: ANN001
    """The page's style classes, each with the pixel values ``props`` finds in it (and its horizontal scale)."""
    css: dict[str, dict[str, float]] = {}
    for style in soup.find_all("style"):
        for name, body in _CSS_RULE_RE.findall(style.get_text()):
            found = {k: float(v) for k, v in props.findall(body)}
            scale = _CSS_SCALE_RE.search(body) if scaled else None
            if scale:
                found["scale"] = float(scale.group(1))
            if found:
                css.setdefault(name, {}).update(found)
    return css


def _positioned_pages(soup) -> list[str] | None:
    """The pages of a pdf2htmlEX page as text rebuilt from where its pieces stand, as for a PDF drawn
    word by word (:func:`ingest.loaders.pdf.positioned_text`), or None when the page is no such
    conversion. An empty spacer <span class="_ _1e"> that stands where a space was is a space when it
    parts two syllables that do not make one ("thời"+"điểm")."""
    pages = soup.find_all("div", class_="pf")
    if not pages or not any(p.find("div", class_="t") for p in pages):
        return None
    css = _css_classes(soup, _CSS_PX_RE, scaled=True)
    out = []
    for page in pages:
        pieces = []
        for div in page.find_all("div", class_="t"):
            props: dict[str, float] = {}
            for cls in div.get("class", []):
                props.update(css.get(cls, {}))
            size = props.get("font-size", 12.0) * props.get("scale", 1.0)
            text = " ".join(_spaced_text(div).split())
            if text:
                pieces.append((props.get("bottom", 0.0), props.get("left", 0.0), size, text))
        out.append(_laid_out(pieces))
    return out


# pdftohtml (poppler) writes a PDF page as <div id="page3-div" style="position:relative">, each run of text on a
# printed line as <p style="position:absolute;top:…px;left:…px" class="ft31"> (a paragraph's lines may share one
# <p>, parted by <br/>, stepped by the class's line-height); the font size comes from the class
_PDFTOHTML_PAGE_RE = re.compile(r"page\d+-div")
_ABSOLUTE_RE = re.compile(r"position:\s*absolute")
_CSS_BOX_RE = re.compile(r"(top|left|font-size|line-height):\s*(-?[\d.]+)px")


def _pdftohtml_pages(soup) -> list[str] | None:  # noqa: ANN001 - a BeautifulSoup document
    """The pages of a pdftohtml conversion as text rebuilt from where its lines stand, or None when the page is
    no such conversion."""
    pages = soup.find_all("div", id=_PDFTOHTML_PAGE_RE)
    if not pages or not any(p.find("p", style=_ABSOLUTE_RE) for p in pages):
        return None
    css = _css_classes(soup, _CSS_BOX_RE)
    # a class the file uses but never defines gets the size most classes have (the body text's)
    sizes = [props["font-size"] for props in css.values() if "font-size" in props]
    common = max(sizes, key=sizes.count) if sizes else 12.0
    out = []
    for page in pages:
        pieces = []
        for para in page.find_all("p", style=_ABSOLUTE_RE):
            box = {k: float(v) for k, v in _CSS_BOX_RE.findall(para.get("style", ""))}
            for cls in para.get("class", []):
                box = {**css.get(cls, {}), **box}
            size = box.get("font-size", common)
            for br in para.find_all("br"):
                br.replace_with("\n")
            for k, line in enumerate(para.get_text().split("\n")):
                text = " ".join(line.split())
                if text:  # (top down; the reading wants y growing upwards)
                    pieces.append((-(box.get("top", 0.0) + size + k * box.get("line-height", 1.2 * size)),
                                   box.get("left", 0.0), size, text))
        out.append(_laid_out(_split_joined_heads(pieces)))
    return out


def _split_joined_heads(pieces: list[tuple[float, float, float, str]]) -> list[tuple[float, float, float, str]]:
    """pdftohtml writes words that stand close on one line as one piece, so two header cells side by side
    may come as one ("Thực hiện Tỷ lệ so với" over the columns "3.148 | 104,9"). A piece of a header line
    (others stand on it) that reaches over the starts of two columns or more of the first row of figures
    below it, with no other header cells under it to make it a group's header, is split at the word nearest
    to where each column's figures end, each part placed where its words start."""
    lines: dict[int, list[tuple[float, float, float, str]]] = {}
    for piece in pieces:
        lines.setdefault(round(piece[0] / 2), []).append(piece)
    figure_rows = sorted((y, sorted((x, x + _CHAR_EM * size * len(t)) for _, x, size, t in ln if is_figure(t)))
                         for y, ln in lines.items() if sum(is_figure(t) for *_, t in ln) >= 2)
    out = []
    for piece in pieces:
        y, x, size, text = piece
        key, words, end = round(y / 2), text.split(" "), x + _CHAR_EM * size * len(text)
        below = next(((ry, cols) for ry, cols in reversed(figure_rows) if ry < key), None)
        # (lines are keyed by half units of their height: a header within four text lines of its figures)
        if below is None or len(words) < 2 or is_figure(text) or len(lines[key]) < 2 or 2 * (key - below[0]) > 4 * size:
            out.append(piece)
            continue
        starts = [c for c in below[1] if x < c[0] < end or c[0] <= x < c[1]]
        under = [p for ly, ln in lines.items() if key > ly > below[0] for p in ln if x <= p[1] < end]
        if len(starts) < 2 or len(under) >= 2:
            out.append(piece)
            continue
        at = [x + _CHAR_EM * size * (len(" ".join(words[:k])) + 1) for k in range(1, len(words))]
        cuts = sorted({min(range(1, len(words)), key=lambda k: abs(at[k - 1] - col[1])) for col in starts[:-1]})
        for a, b in zip([0, *cuts], [*cuts, len(words)]):
            out.append((y, at[a - 1] if a else x, size, " ".join(words[a:b])))
    return out


def _spaced_text(node) -> str:
    parts: list[str] = []
    for child in node.children:
        if child.name is None:  # a string
            parts.append(str(child))
        elif "_" in (child.get("class") or []) and not child.get_text():
            parts.append("\x00")  # a spacer: decided below, once the words on both sides are known
        else:
            parts.append(_spaced_text(child))
    def spacer(m: re.Match[str]) -> str:
        return m.group(1) + (" " if _parts_syllables(m.group(1), m.group(2)) else "") + m.group(2)

    return _SPACER_RE.sub(spacer, "".join(parts))


def _parts_syllables(left: str, right: str) -> bool:
    if not left or not right or left.isascii() and right.isascii():
        return False
    return not is_syllable((left + right).lower()) and is_syllable(left.lower()) and is_syllable(right.lower())


_CHAR_EM = 0.5  # a character's guessed width, in font heights (pdftohtml and pdf2htmlEX write no piece's end)


def _laid_out(pieces: list[tuple[float, float, float, str]]) -> str:
    from ingest.loaders.pdf import positioned_text

    # a piece's end is not written down: about half a font height per character
    return positioned_text([{"x0": x, "x1": x + _CHAR_EM * size * len(text), "y": y, "h": size, "text": text,
                             "apart": True} for y, x, size, text in pieces], measured=False)


def _cell_text(cell) -> str:  # noqa: ANN001 - a bs4 Tag
    """A table cell's text as a browser shows it: its paragraphs and lines apart, but inline pieces joined as
    they stand, so that a figure Word split over two spans ("<span>1.</span><span>874</span>") stays 1.874."""
    for tag in cell.find_all(["br", *_BLOCKS]):
        tag.insert_after(" ")
    return " ".join(cell.get_text().split())
