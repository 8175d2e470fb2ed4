"""Reports written with tools whose files hold more or less than the reader sees: a Logseq page (blocks, properties,
references by id, struck-out figures, schedules), a reveal.js deck (speaker notes are said, a hidden slide is not
shown), a Sphinx page (footnotes listed in an ``aside``, a ``sidebar`` box of key figures, permalink glyphs, numbered
items whose text is a paragraph) and a Word document numbered by ``numbering.xml`` ("I.", "1.", "2.1." shown, not
typed)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

from ingest.loaders.docx import DocxLoader
from ingest.loaders.html import HtmlLoader
from ingest.loaders.text import TextLoader

LOGSEQ = """title:: Báo cáo tổng kết công tác năm 2022
tags:: baocao, TĐC, 2022
so-van-ban:: 96/BC-TĐC

- Số: 96/BC-TĐC
- ## I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2022
\t- Đặc điểm tình hình
\t  collapsed:: true
\t\t- Chi cục được giao 10 biên chế công chức.
\t- Thử nghiệm: Trung tâm đã thử nghiệm ~~1.245~~ 1.254 mẫu, doanh thu ==3.126,4 triệu đồng==.
\t  id:: 6388a4d2-91f3-4c6b-b8e7-2d5a0c4f1e63
\t- Kết quả theo từng nhóm hàng:
\t\t- Xăng dầu #xăng-dầu: kiểm tra 62 cửa hàng tại [[Thành phố Bắc Kạn]].
\t\t  logseq.order-list-type:: number
\t\t- Vàng trang sức #[[vàng]]: kiểm tra 09 cơ sở.
\t\t  logseq.order-list-type:: number
\t- DONE Tập huấn cho 85 đại biểu [[2022]]
\t- {{query (and [[2022]] (task DONE))}}
- ## II. PHƯƠNG HƯỚNG NĂM 2023
\t- Căn cứ: ((6388a4d2-91f3-4c6b-b8e7-2d5a0c4f1e63))
\t- {{embed ((6388a4d2-91f3-4c6b-b8e7-2d5a0c4f1e63))}}
\t- LATER Hoàn thành kiểm tra xăng dầu đợt 1 năm 2023
\t  SCHEDULED: <2023-03-31 Fri>
- **Nơi nhận:**
\t- Tổng cục TĐC (b/c);
\t- Lưu: VT, HCTH.
"""

REVEAL = """<!DOCTYPE html><html><head><title>Tổng kết 2023</title></head><body><div class="reveal"><div class="slides">
<section><h2>Kiểm tra nhà nước</h2><ul><li class="fragment">Kiểm tra 312 cơ sở</li></ul>
<aside class="notes">Số trên slide là số tạm tính; số chính thức cả năm là 6.127 triệu đồng, đạt 111,4% kế hoạch.</aside></section>
<section data-visibility="hidden"><h2>[DỰ THẢO] Số liệu bản ngày 01/12/2023</h2><p>Kiểm tra 296 cơ sở.</p></section>
</div></div></body></html>"""

SPHINX = """<!DOCTYPE html><html><head><title>Báo cáo 9 tháng 2024 — Sổ tay báo cáo</title></head><body>
<div role="main" class="document"><div itemprop="articleBody">
<section id="ket-qua"><h1>I. Kết quả 9 tháng năm 2024<a class="headerlink" href="#ket-qua" title="Link to this heading">\uf0c1</a></h1>
<aside class="sidebar"><p class="sidebar-title">Số liệu chính 9 tháng 2024</p>
<p>Doanh thu dịch vụ kỹ thuật: 3.486 triệu đồng (tạm tính)</p></aside>
<p>Chi cục ban hành 15 quyết định xử phạt với tổng số tiền 214.750.000 đồng <a class="footnote-reference brackets" href="#xuphat" id="id1" role="doc-noteref"><span class="fn-bracket">[</span>1<span class="fn-bracket">]</span></a>, tăng 57,3%.</p>
<aside class="topic"><p class="topic-title">Chỉ tiêu chủ yếu quý IV năm 2024</p>
<ul class="simple"><li><p>Kiểm định tối thiểu 4.500 PTĐ.</p></li></ul></aside>
<ol class="arabic simple"><li><p>Đề nghị Tổng cục hỗ trợ đào tạo kiểm định viên.</p></li><li><p>Đề nghị Sở bố trí kinh phí.</p></li></ol>
<aside class="footnote-list brackets"><aside class="footnote brackets" id="xuphat" role="doc-footnote">
<span class="label"><span class="fn-bracket">[</span><a role="doc-backlink" href="#id1">1</a><span class="fn-bracket">]</span></span>
<p>Trong đó, 02 quyết định do Chủ tịch Ủy ban nhân dân tỉnh ban hành với tổng số tiền 95.000.000 đồng.</p></aside></aside>
</section></div></div>
<footer>© Copyright 2024. Built with Sphinx using a theme provided by Read the Docs.</footer></body></html>"""

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NUMBERING = f"""<w:abstractNum {_W} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%2."/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading3"/><w:lvlText w:val="%2.%3."/></w:lvl>
</w:abstractNum>"""


def _logseq(tmp_path: Path) -> str:
    path = tmp_path / "BacKan_tongket2022_logseq.md"
    path.write_text(LOGSEQ, encoding="utf-8")
    return TextLoader().load(path).pages[0].text


def _html(tmp_path: Path, html: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return HtmlLoader().load(path).pages[0].text


def test_a_logseq_page_reads_as_its_blocks_without_properties_or_widgets(tmp_path: Path) -> None:
    text = _logseq(tmp_path)
    assert "::" not in text and "{{" not in text and "collapsed" not in text and "#" not in text
    assert "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2022" in text.split("\n")
    assert "Chi cục được giao 10 biên chế công chức." in text.split("\n")
    assert "Tập huấn cho 85 đại biểu" in text.split("\n")  # the task's marker and its year tag gone


def test_a_struck_figure_goes_and_a_highlight_stays_without_its_marks(tmp_path: Path) -> None:
    text = _logseq(tmp_path)
    assert "thử nghiệm 1.254 mẫu, doanh thu 3.126,4 triệu đồng." in text and "1.245" not in text


def test_a_block_reference_and_an_embed_read_as_the_block_they_cite(tmp_path: Path) -> None:
    text = _logseq(tmp_path)
    assert "Căn cứ: Thử nghiệm: Trung tâm đã thử nghiệm 1.254 mẫu" in text
    assert text.count("doanh thu 3.126,4 triệu đồng") == 3  # the block, its reference, its embed
    assert "6388a4d2" not in text


def test_tags_links_numbered_blocks_schedules_and_list_items(tmp_path: Path) -> None:
    lines = _logseq(tmp_path).split("\n")
    assert "1. Xăng dầu: kiểm tra 62 cửa hàng tại Thành phố Bắc Kạn." in lines
    assert "2. Vàng trang sức: kiểm tra 09 cơ sở." in lines
    assert "Hoàn thành kiểm tra xăng dầu đợt 1 năm 2023 (thời hạn: 31/3/2023)" in lines
    assert lines[lines.index("Nơi nhận:") + 1] == "- Tổng cục TĐC (b/c);"


def test_a_markdown_file_without_logseq_signs_is_read_as_markdown(tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    path.write_text("# Báo cáo\n\n- Kiểm tra ~~12~~ cơ sở.\n- id: không phải thuộc tính\n", encoding="utf-8")
    assert "Kiểm tra 12 cơ sở." in TextLoader().load(path).pages[0].text


def test_a_slides_speaker_notes_are_read_and_a_hidden_slide_is_not(tmp_path: Path) -> None:
    text = _html(tmp_path, REVEAL)
    assert "số chính thức cả năm là 6.127 triệu đồng, đạt 111,4% kế hoạch" in text
    assert "296" not in text and "DỰ THẢO" not in text


def test_a_sphinx_pages_footnotes_sidebar_topic_and_numbered_items(tmp_path: Path) -> None:
    text = _html(tmp_path, SPHINX)
    lines = text.split("\n")
    assert "I. Kết quả 9 tháng năm 2024" in lines  # the permalink's icon glyph gone
    assert "Doanh thu dịch vụ kỹ thuật: 3.486 triệu đồng (tạm tính)" in lines
    assert "Chỉ tiêu chủ yếu quý IV năm 2024" in lines and "Kiểm định tối thiểu 4.500 PTĐ." in lines  # a topic box
    assert "tổng số tiền 214.750.000 đồng [1], tăng 57,3%." in text
    assert "[1] Trong đó, 02 quyết định do Chủ tịch Ủy ban nhân dân tỉnh ban hành với tổng số tiền 95.000.000 đồng." in lines
    assert "1. Đề nghị Tổng cục hỗ trợ đào tạo kiểm định viên." in lines and "2. Đề nghị Sở bố trí kinh phí." in lines
    assert "Read the Docs" not in text


def test_word_numbering_shows_the_numbers_of_headings_and_lists(tmp_path: Path) -> None:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING))
    numbering.append(parse_xml(f'<w:num {_W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        props = document.styles[name].element.get_or_add_pPr()
        level = int(name[-1]) - 1
        props.append(parse_xml(f'<w:numPr {_W}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    document.add_heading("KẾT QUẢ THỰC HIỆN NHIỆM VỤ", level=1)
    document.add_heading("Công tác tham mưu", level=2)
    document.add_paragraph("Ban hành 74 văn bản.")
    document.add_heading("Công tác đo lường", level=2)
    document.add_heading("Kiểm định phương tiện đo", level=3)
    document.add_heading("Xăng dầu", level=3)
    document.add_heading("TỒN TẠI, HẠN CHẾ", level=1)
    document.add_heading("Tồn tại", level=2)
    document.add_paragraph("Đề nghị thứ nhất", style="List Number")
    document.add_paragraph("Đề nghị thứ hai", style="List Number")
    document.add_paragraph("Một ý gạch đầu dòng", style="List Bullet")
    path = tmp_path / "numbered.docx"
    document.save(str(path))
    lines = DocxLoader().load(path).pages[0].text.split("\n")
    for line in ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "1. Công tác tham mưu", "Ban hành 74 văn bản.", "2. Công tác đo lường",
                 "2.1. Kiểm định phương tiện đo", "2.2. Xăng dầu", "II. TỒN TẠI, HẠN CHẾ", "1. Tồn tại",
                 "1. Đề nghị thứ nhất", "2. Đề nghị thứ hai", "Một ý gạch đầu dòng"):
        assert line in lines, line
