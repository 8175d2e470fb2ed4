"""Markdown from a PDF converter or a portal, read as plain text (ingest.markdown)."""

from __future__ import annotations

from pathlib import Path

from ingest.markdown import looks_like_markdown, markdown_to_text
from ingest.pipeline import DocumentReader

# as pymupdf4llm writes a PDF printed from Word: a running header and a footer whose page number field
# was lost, both between the paragraphs of every page; a table whose wrapped cells carry <br>
CONVERTED = """Báo cáo tổng kết năm 2024 - Chi cục TCĐLCL Phú Thọ

# **BÁO CÁO Tổng kết công tác năm 2024**

Năm 2024, Chi cục đã kiểm định **4.094** phương tiện đo\\* (PTĐ), tăng 12,5% so với năm 2023.

![](_page_0_Picture_2.jpeg)

Trang

Báo cáo tổng kết năm 2024 - Chi cục TCĐLCL Phú Thọ

|TT|Loại phương tiện<br>đo|Kế hoạch năm<br>2024|Thực hiện|
|---|---|---|---|
|1|Cân đồng hồ lò<br>xo|1.200|1.350|
||**Tổng cộng**||**1.350**|

Trang

Báo cáo tổng kết năm 2024 - Chi cục TCĐLCL Phú Thọ

Kiểm tra 37 cơ sở[^1], xem [Cổng thông tin](https://skhcn.phutho.gov.vn "Sở KH&amp;CN").

[^1]: Trong đó 12 cửa hàng xăng dầu.

-----

Trang
"""


def test_a_converted_pdf_reads_as_its_words_rows_and_notes() -> None:
    assert markdown_to_text(CONVERTED).split("\n") == [
        "", "BÁO CÁO Tổng kết công tác năm 2024", "",
        "Năm 2024, Chi cục đã kiểm định 4.094 phương tiện đo* (PTĐ), tăng 12,5% so với năm 2023.", "", "", "", "", "",
        "TT | Loại phương tiện đo | Kế hoạch năm 2024 | Thực hiện",
        "1 | Cân đồng hồ lò xo | 1.200 | 1.350",
        "- | Tổng cộng | - | 1.350",
        "", "", "",
        "Kiểm tra 37 cơ sở[1], xem Cổng thông tin.",
        "[1] Trong đó 12 cửa hàng xăng dầu.", "", "", "", "", "",  # (the note follows the paragraph citing it)
    ]


def test_emphasis_escapes_and_inline_html() -> None:
    text = "***Chú ý:*** tăng _15,9%_ so với ~~năm 2022~~, `QCVN 7:2019`, H<sub>2</sub>O, 10<sup>3</sup> &nbsp;m\\_3 a<br>b"
    assert markdown_to_text(text).split("\n") == ["Chú ý: tăng 15,9% so với năm 2022, QCVN 7:2019, H2O, 10[3] \xa0m_3 a", "b"]


def test_what_is_not_markdown_stays() -> None:
    """A row of underscores (a signature line), a lone asterisk note, a snake_case name and a sentence
    repeated twice are text, not marks."""
    text = "Ký tên: ________\n(*) Số liệu ước\nfile bao_cao_2024\nKhông có vi phạm\nKhông có vi phạm"
    assert markdown_to_text(text) == text


def test_a_repeated_sentence_is_no_running_line() -> None:
    """Three times the same sentence with its final period is the report's text, not a page's header."""
    text = "\n".join(["Không phát hiện vi phạm."] * 3 + ["Chi cục TCĐLCL Phú Thọ báo cáo"] * 3)
    assert markdown_to_text(text).split("\n") == ["Không phát hiện vi phạm."] * 3


def test_a_delimiter_row_with_short_aligned_cells_goes() -> None:
    """GFM asks one dash a cell: "|:--:|:---|--:|" is a delimiter row, not a row of the table."""
    table = "| TT | Loại PTĐ | Kế hoạch 2020 |\n|:--:|:---|--:|\n| 1 | Công tơ điện | 21.000 |"
    assert markdown_to_text(table).split("\n") == ["TT | Loại PTĐ | Kế hoạch 2020", "1 | Công tơ điện | 21.000"]
    assert looks_like_markdown(table + "\n| 2 | Cân | 60 |")
    # a plain text table's row of empty "-" cells does not make it Markdown
    assert not looks_like_markdown("| TT | Nội dung | Số lượng |\n| - | - | - |\n| 1 | Cân | 12 |\n| 2 | Công tơ | 30 |")


def test_a_text_file_in_markdown_is_told_from_plain_text() -> None:
    table = "| TT | Nội dung | Số lượng |\n|---|---|---:|\n| 1 | Cân | 12 |\n| 2 | Công tơ | 30 |"
    assert looks_like_markdown(table)
    assert looks_like_markdown("**1.** a\n**2.** b\n## Mục\n[x](http://a.vn)\n![](p.png)")
    # a letter's "|" table without a delimiter row, and underscores of a signature line
    assert not looks_like_markdown("TT | Nội dung | Số lượng\n1 | Cân | 12\n2 | Công tơ | 30\n" + "______\n" * 6)


def test_a_markdown_txt_and_a_md_file_are_read_without_marks(tmp_path: Path) -> None:
    (tmp_path / "r.md").write_text(CONVERTED, encoding="utf-8")
    (tmp_path / "r.txt").write_text(CONVERTED, encoding="utf-8")
    for name in ("r.md", "r.txt"):
        doc = DocumentReader().read(tmp_path / name)
        assert "**" not in doc.text and "<br>" not in doc.text and "Trang" not in doc.text
        assert "1 | Cân đồng hồ lò xo | 1.200 | 1.350" in doc.text
        assert doc.title == "BÁO CÁO Tổng kết công tác năm 2024"
