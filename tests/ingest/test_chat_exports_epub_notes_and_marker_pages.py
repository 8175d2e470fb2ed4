"""A report posted in a chat export (Telegram Desktop's messages.html): its tables typed with tabs are rows, a table
of contents' tabs are spaces, and its own letterhead, far down the page, gives its title; an EPUB chapter's notes
(<aside epub:type="footnote">) are the report's text; a Markdown file of the marker converter: its page separators
and the page number above them go, a table carried over a page break (its first row read as a header) is under its
header again, "m<sup>3</sup>" is cubic metres, "$\\geq$ 95" a sign, and a figure split at a line end is whole."""

from __future__ import annotations

from pathlib import Path

from ingest.loaders.html import HtmlLoader
from ingest.markdown import markdown_to_text
from ingest.metadata import official_title
from ingest.pipeline import DocumentReader

CHAT_ROOT = Path(__file__).parents[2] / "eval/data/newdocs71/reports"

_MESSAGE = ('<div class="message default clearfix" id="message{n}"><div class="body"><div class="pull_right date details" '
            'title="28.03.2025 16:{n:02d}:05 UTC+07:00">16:{n:02d}</div><div class="from_name">Huỳnh Tấn Lực</div>'
            '<div class="text">{text}</div></div></div>')
_CHATTER = "Mọi người gửi số liệu nháp lên nhóm này để chị ghép nhé, hạn chót là sáng thứ Tư tuần này. " * 3
CHAT = ('<html><head><title>Exported Data</title></head><body><div class="page_wrap"><div class="page_header">'
        '<div class="text bold">Chi cục TĐC Phú Yên - Tổng hợp báo cáo</div></div><div class="history">'
        + "".join(_MESSAGE.format(n=n, text=_CHATTER) for n in range(1, 12))
        + _MESSAGE.format(n=40, text="SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ YÊN<br>CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG<br>"
                          "Số: 45/BC-TĐC<br>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>"
                          "Phú Yên, ngày 28 tháng 3 năm 2025<br>BÁO CÁO<br>Kết quả thực hiện nhiệm vụ quý I năm 2025<br>"
                          "Thực hiện Công văn số 318/SKHCN-VP ngày 14/3/2025 của Sở Khoa học và Công nghệ, Chi cục báo "
                          "cáo kết quả quý I năm 2025 như sau:<br>I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I NĂM 2025<br>"
                          "Bảng 1. Kết quả kiểm định PTĐ theo loại<br>TT&#x09;Loại phương tiện đo&#x09;Quý I/2024&#x09;"
                          "Quý I/2025<br>1&#x09;Cột đo xăng dầu&#x09;412&#x09;468<br>2&#x09;Công tơ điện 1 pha&#x09;1.530"
                          "&#x09;1.702<br>MỤC LỤC<br>I. KẾT QUẢ&#x09;2<br>II. PHƯƠNG HƯỚNG&#x09;5")
        + "</div></div></body></html>")

EPUB = """<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Bao cao 2021</title>
</head><body class="calibre"><p class="block_3">Năm 2023, Trung tâm đã kiểm định 14.862&#160;PTĐ<a class="text_7"
epub:type="noteref" href="#note_2" id="back_2">2</a>, đạt 110,1% kế hoạch.</p>
<aside epub:type="footnote" id="note_2"><p class="block_20"><a href="#back_2">2</a>. Trong đó có 2.316 PTĐ được kiểm định
lưu động tại hiện trường.</p></aside>
<aside class="sidebar"><p>Tin liên quan: Chi cục TĐC Quảng Trị kiểm định 9.874 PTĐ</p></aside></body></html>
"""

MARKER = """{0}------------------------------------------------

Bảng 1. Kết quả kiểm định phương tiện đo

| TT | Loại PTĐ | ĐVT | 6 tháng 2021 | 6 tháng 2022 | So sánh (%) |
|----|----------|-----|--------------|--------------|-------------|
| 1 | Cân ô tô | Chiếc | 31 | 37 | 119,4 |
| 7 | Áp kế | Chiếc | 241 | 263 | 109,1 |

<sup>1</sup> Kế hoạch số 12/KH-TĐC ngày 14/01/2022 của Chi cục TĐC Hòa Bình.

2

{1}------------------------------------------------

| 8 | Huyết áp kế | Chiếc | 187 | 214 | 114,4 |
|---|-------------|-------|-----|-----|-------|
| 9 | Taximet | Chiếc | 44 | 29 | 65,9 |

Chi cục đã kiểm định 21 xitéc với tổng dung tích 247 m<sup>3</sup>, ban hành 06 quyết định xử phạt với tổng số tiền phạt 86.500.
000 đồng; trị số octan không đạt mức quy định $\\geq$ 95 theo QCVN 01:2020/BKHCN.
"""


def _chat(tmp_path: Path) -> str:
    path = tmp_path / "messages.html"
    path.write_text(CHAT, encoding="utf-8")
    return HtmlLoader().load(path).pages[0].text


def test_a_chat_messages_tabbed_table_is_rows_and_a_contents_tabs_are_spaces(tmp_path: Path) -> None:
    lines = _chat(tmp_path).split("\n")
    assert "TT | Loại phương tiện đo | Quý I/2024 | Quý I/2025" in lines
    assert "2 | Công tơ điện 1 pha | 1.530 | 1.702" in lines
    assert "I. KẾT QUẢ 2" in lines and not any("KẾT QUẢ |" in line for line in lines)


def test_a_report_posted_far_down_a_chat_has_its_own_title(tmp_path: Path) -> None:
    text = _chat(tmp_path)
    assert text.index("CỘNG HÒA XÃ HỘI") > 3000  # (past the first 3,000 characters of messages)
    assert official_title(text) == "BÁO CÁO Kết quả thực hiện nhiệm vụ quý I năm 2025"


def test_the_real_chat_exports_title_is_the_reports_subject() -> None:
    doc = DocumentReader().read(CHAT_ROOT / "telegram-export-nhom-chicuc-tdc-phuyen-quy1-2025.html")
    assert doc.title.startswith("BÁO CÁO Kết quả thực hiện nhiệm vụ quý I năm 2025")


def test_an_epub_chapters_footnotes_are_the_reports_text_and_a_sidebar_is_not(tmp_path: Path) -> None:
    path = tmp_path / "index_split_001.xhtml"
    path.write_text(EPUB, encoding="utf-8")
    text = HtmlLoader().load(path).pages[0].text
    assert "Trong đó có 2.316 PTĐ được kiểm định lưu động tại hiện trường." in text
    assert "9.874" not in text


def test_marker_pages_go_and_a_carried_table_keeps_its_header() -> None:
    lines = markdown_to_text(MARKER).split("\n")
    assert not any("------" in line for line in lines) and "2" not in lines
    header = "TT | Loại PTĐ | ĐVT | 6 tháng 2021 | 6 tháng 2022 | So sánh (%)"
    assert lines.count(header) == 2 and lines[lines.index("8 | Huyết áp kế | Chiếc | 187 | 214 | 114,4") - 1] == header


def test_marker_units_signs_and_a_figure_split_at_a_line_end() -> None:
    text = markdown_to_text(MARKER)
    assert "247 m3," in text and "m[3]" not in text
    assert "86.500.000 đồng" in text
    assert "mức quy định ≥ 95 theo" in text and "geq" not in text
