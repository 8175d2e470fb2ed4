"""Tables of Word and HTML files with merged cells: each figure under its whole column header."""

from __future__ import annotations

from pathlib import Path

from ingest.loaders.docx import DocxLoader
from ingest.loaders.html import HtmlLoader
from ingest.tables import Cell, table_lines


def test_a_plain_table_keeps_its_non_empty_cells_in_order() -> None:
    rows = [[Cell("TT"), Cell("Chỉ tiêu"), Cell("Năm 2023")], [Cell("1"), Cell("Hồ sơ"), Cell("")]]
    assert table_lines(rows) == ["TT | Chỉ tiêu | Năm 2023", "1 | Hồ sơ"]


def test_a_row_of_figures_keeps_its_empty_cells_before_the_last_one() -> None:
    rows = [[Cell("TT"), Cell("Loại phương tiện đo"), Cell("Năm 2020"), Cell("Năm 2021"), Cell("Ghi chú")],
            [Cell("1"), Cell("Cân ô tô"), Cell("171"), Cell("196"), Cell("")],
            [Cell(""), Cell("Tổng cộng"), Cell("35.117"), Cell("38.742"), Cell("")],
            [Cell(""), Cell("Ghi chú chung"), Cell(""), Cell(""), Cell("")]]
    assert table_lines(rows)[1:] == ["1 | Cân ô tô | 171 | 196", "- | Tổng cộng | 35.117 | 38.742", "Ghi chú chung"]


def test_a_header_spanning_two_columns_names_each_of_them() -> None:
    rows = [
        [Cell("TT", rowspan=2), Cell("Loại PTĐ", rowspan=2), Cell("Số lượng", colspan=2), Cell("Ghi chú", rowspan=2)],
        [Cell("Năm 2022"), Cell("Năm 2023")],
        [Cell("1"), Cell("Công tơ điện"), Cell("21.486"), Cell("23.915"), Cell("")],
        [Cell("Cộng", colspan=2), Cell("47.735"), Cell("52.318"), Cell("")],
    ]
    assert table_lines(rows) == [
        "TT | Loại PTĐ | Số lượng Năm 2022 | Số lượng Năm 2023 | Ghi chú",
        "1 | Công tơ điện | 21.486 | 23.915 | -",  # an empty "Ghi chú" keeps the figures in their columns
        "Cộng | - | 47.735 | 52.318 | -",
    ]


def test_a_section_row_across_the_table_is_not_a_second_header() -> None:
    rows = [
        [Cell("TT"), Cell("Chỉ tiêu"), Cell("Năm 2022"), Cell("Năm 2023")],
        [Cell("I"), Cell("Đo lường", colspan=3)],
        [Cell("1"), Cell("Kiểm định PTĐ"), Cell("26.210"), Cell("28.415")],
    ]
    assert table_lines(rows) == ["TT | Chỉ tiêu | Năm 2022 | Năm 2023", "I | Đo lường", "1 | Kiểm định PTĐ | 26.210 | 28.415"]


def test_a_group_label_merged_down_goes_with_each_of_its_rows() -> None:
    rows = [
        [Cell("Lĩnh vực"), Cell("Đối tượng"), Cell("Số cơ sở")],
        [Cell("Đo lường", rowspan=2), Cell("Xăng dầu"), Cell("42")],
        [Cell("Cân tại chợ"), Cell("21")],
    ]
    assert table_lines(rows)[1:] == ["Đo lường | Xăng dầu | 42", "Đo lường | Cân tại chợ | 21"]


def test_a_word_table_with_merged_cells(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("Bảng 1. Kết quả phê duyệt mẫu")
    t = doc.add_table(rows=4, cols=5)
    for r, row in enumerate([["TT", "Loại PTĐ", "Số quyết định", "", "Ghi chú"], ["", "", "Năm 2021", "Năm 2022", ""],
                             ["1", "Công tơ điện", "236", "281", "PTĐ nhóm 2"], ["2", "Taximet", "23", "17", ""]]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    t.cell(0, 2).merge(t.cell(0, 3)).text = "Số quyết định"  # gridSpan
    for c in (0, 1, 4):  # vMerge down the two header rows
        keep = t.cell(0, c).text
        t.cell(0, c).merge(t.cell(1, c)).text = keep
    path = tmp_path / "bang.docx"
    doc.save(str(path))
    lines = DocxLoader().load(path).pages[0].text.split("\n")
    assert "TT | Loại PTĐ | Số quyết định Năm 2021 | Số quyết định Năm 2022 | Ghi chú" in lines
    assert "2 | Taximet | 23 | 17 | -" in lines


def test_an_html_table_with_colspan_and_rowspan(tmp_path: Path) -> None:
    path = tmp_path / "bang.html"
    path.write_text(
        "<html><body><p>Bảng 1</p><table>"
        "<tr><th rowspan='2'>TT</th><th rowspan='2'>Đơn vị</th><th colspan='2'>Kiểm định PTĐ (lượt)</th></tr>"
        "<tr><th>9 tháng 2018</th><th>9 tháng 2019</th></tr>"
        "<tr><td>1</td><td>QUATEST 1</td><td>120.500</td><td>131.020</td></tr>"
        "</table></body></html>", encoding="utf-8")
    lines = HtmlLoader().load(path).pages[0].text.split("\n")
    assert "TT | Đơn vị | Kiểm định PTĐ (lượt) 9 tháng 2018 | Kiểm định PTĐ (lượt) 9 tháng 2019" in lines
    assert "1 | QUATEST 1 | 120.500 | 131.020" in lines
