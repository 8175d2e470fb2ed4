"""Web pages as report tools write them, and a presentation exported to PDF: a tab set (Bootstrap, Quarto's
``panel-tabset``) whose panels each open with their tab's label, a wiki's "[sửa | sửa mã nguồn]" links and screen-only
furniture left out, and the title block a page's own content opens with (Quarto's ``title-block-header``, a wiki's
page title bar) kept, while the site's header goes; a slide title PowerPoint draws a word at a time read as one line."""

from __future__ import annotations

from pathlib import Path

from ingest.loaders.html import HtmlLoader

QUARTO = """<!DOCTYPE html><html><head><title>Báo cáo sơ kết 6 tháng đầu năm 2025</title></head><body>
<header id="quarto-header" class="headroom fixed-top"><nav class="navbar">Trang chủ | Báo cáo</nav></header>
<main class="content" id="quarto-document-content">
<header id="title-block-header" class="quarto-title-block default">
<div class="quarto-title"><h1 class="title">Báo cáo sơ kết công tác 6 tháng đầu năm 2025</h1></div>
<div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Published</div>
<div class="quarto-title-meta-contents"><p class="date">20/06/2025</p></div></div></div>
</header>
<p>Kết quả kiểm tra theo lĩnh vực:</p>
<div class="panel-tabset">
<ul class="nav nav-tabs" role="tablist">
<li class="nav-item" role="presentation"><a class="nav-link active" id="tabset-1-1-tab" role="tab" aria-controls="tabset-1-1" href="">6 tháng 2025</a></li>
<li class="nav-item" role="presentation"><a class="nav-link" id="tabset-1-2-tab" role="tab" aria-controls="tabset-1-2" href="">Cả năm 2024</a></li>
</ul>
<div class="tab-content">
<div id="tabset-1-1" class="tab-pane active" role="tabpanel" aria-labelledby="tabset-1-1-tab">
<table><tr><th>Lĩnh vực</th><th>Số cơ sở kiểm tra</th></tr><tr><td>Xăng dầu</td><td>38</td></tr></table></div>
<div id="tabset-1-2" class="tab-pane" role="tabpanel" aria-labelledby="tabset-1-2-tab">
<table><tr><th>Lĩnh vực</th><th>Số cơ sở kiểm tra</th></tr><tr><td>Xăng dầu</td><td>86</td></tr></table></div>
</div></div>
</main></body></html>"""

WIKI = """<!DOCTYPE html><html class="client-nojs"><head><title>Báo cáo năm 2021 – Wiki nội bộ</title></head><body>
<a class="mw-jump-link" href="#bodyContent">Bước tới nội dung</a>
<header class="vector-header mw-header"><span>Wiki nội bộ Chi cục TĐC Lai Châu</span></header>
<main id="content" class="mw-body" role="main">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">Báo cáo tổng kết công tác năm 2021 và kế hoạch năm 2022</span></h1></header>
<div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<h2><span class="mw-headline" id="Ket_qua">I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2021</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="?action=edit&amp;section=1">sửa</a><span class="mw-editsection-divider"> | </span><a href="?action=edit&amp;section=1">sửa mã nguồn</a><span class="mw-editsection-bracket">]</span></span></h2>
<p>Năm 2021, Trung tâm Kỹ thuật đã kiểm định 6.842 PTĐ.<sup class="noprint Inline-Template Template-Fact">[<i>cần dẫn nguồn</i>]</sup></p>
</div></div></main></body></html>"""


def _text(tmp_path: Path, name: str, html: str) -> tuple[str, str | None]:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    doc = HtmlLoader().load(path)
    return doc.pages[0].text, doc.title


def test_each_tab_panel_opens_with_its_tabs_label(tmp_path: Path) -> None:
    text, _ = _text(tmp_path, "quarto.html", QUARTO)
    lines = text.split("\n")
    first, second = lines.index("6 tháng 2025"), lines.index("Cả năm 2024")
    assert lines[first + 2] == "Xăng dầu | 38" and lines[second + 2] == "Xăng dầu | 86"
    assert "6 tháng 2025 Cả năm 2024" not in text  # the row of tabs, read together, is gone


def test_the_title_block_of_the_pages_own_content_is_kept_the_sites_header_not(tmp_path: Path) -> None:
    text, title = _text(tmp_path, "quarto.html", QUARTO)
    assert text.startswith("Báo cáo sơ kết công tác 6 tháng đầu năm 2025") and "20/06/2025" in text
    assert "Trang chủ" not in text
    assert title == "Báo cáo sơ kết công tác 6 tháng đầu năm 2025"


def test_a_wikis_edit_links_and_screen_furniture_are_left_out(tmp_path: Path) -> None:
    text, title = _text(tmp_path, "wiki.html", WIKI)
    assert "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2021" in text.split("\n")
    assert "sửa mã nguồn" not in text and "cần dẫn nguồn" not in text and "Bước tới nội dung" not in text
    assert "Wiki nội bộ" not in text
    assert title == "Báo cáo tổng kết công tác năm 2021 và kế hoạch năm 2022"


def test_a_slide_title_drawn_a_word_at_a_time_reads_as_one_line(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import landscape, A5
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from ingest.loaders.pdf import PdfLoader

    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    path = tmp_path / "slides.pdf"
    pdf = canvas.Canvas(str(path), pagesize=landscape(A5))
    x = 40.0
    for word in ["KẾT", "QUẢ", "NỔI", "BẬT", "NĂM", "2023"]:  # PowerPoint's export: one text object a word, no spaces
        pdf.setFont("DejaVu", 24)
        pdf.drawString(x, 330, word)
        x += pdfmetrics.stringWidth(word, "DejaVu", 24) + 0.3 * 24
    pdf.setFont("DejaVu", 12)
    for i, row in enumerate(["Xăng dầu", "Vàng", "Phân bón"]):  # a table's cells, a gutter apart, stay apart
        pdf.drawString(40, 250 - 20 * i, row)
        pdf.drawString(240, 250 - 20 * i, str(38 + i))
    pdf.showPage()
    pdf.save()
    text = PdfLoader().load(path).pages[0].text
    assert "KẾT QUẢ NỔI BẬT NĂM 2023" in text.split("\n")
    assert "Xăng dầu 38" not in text
