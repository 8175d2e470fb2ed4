"""Tables of Word and HTML files with merged cells: each figure under its whole column header."""

from __future__ import annotations

from pathlib import Path

from ingest.loaders.docx import DocxLoader
from ingest.loaders.html import HtmlLoader
from ingest.tables import Cell, table_lines


def _html_lines(folder: Path, body: str) -> list[str]:
    """The lines the HTML loader reads from a page with this body."""
    path = folder / "page.html"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return HtmlLoader().load(path).pages[0].text.split("\n")


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
    lines = _html_lines(tmp_path,
        "<p>Bảng 1</p><table>"
        "<tr><th rowspan='2'>TT</th><th rowspan='2'>Đơn vị</th><th colspan='2'>Kiểm định PTĐ (lượt)</th></tr>"
        "<tr><th>9 tháng 2018</th><th>9 tháng 2019</th></tr>"
        "<tr><td>1</td><td>QUATEST 1</td><td>120.500</td><td>131.020</td></tr>"
        "</table>")
    assert "TT | Đơn vị | Kiểm định PTĐ (lượt) 9 tháng 2018 | Kiểm định PTĐ (lượt) 9 tháng 2019" in lines
    assert "1 | QUATEST 1 | 120.500 | 131.020" in lines


def test_a_title_and_a_unit_row_across_a_form_stand_above_its_header() -> None:
    rows = [
        [Cell("Biểu số 04/TĐC – KẾT QUẢ THU PHÍ", colspan=5)],
        [Cell("Đơn vị tính: triệu đồng", colspan=5)],
        [Cell("STT"), Cell("Nội dung thu"), Cell("Kế hoạch năm 2023"), Cell("Thực hiện", colspan=2)],
        [Cell("", continued=True), Cell("", continued=True), Cell("", continued=True), Cell("Quý III"), Cell("Lũy kế")],
        [Cell("A"), Cell("B"), Cell("1"), Cell("2"), Cell("3=2/1")],
        [Cell("1"), Cell("Phí kiểm định"), Cell("1.450,0"), Cell("398,6"), Cell("1.152,3")],
    ]
    assert table_lines(rows) == [
        "Biểu số 04/TĐC – KẾT QUẢ THU PHÍ",
        "Đơn vị tính: triệu đồng",
        "STT | Nội dung thu | Kế hoạch năm 2023 | Thực hiện Quý III | Thực hiện Lũy kế",
        "1 | Phí kiểm định | 1.450,0 | 398,6 | 1.152,3",  # the row numbering the columns goes
    ]


def test_a_row_of_figures_is_no_column_numbering() -> None:
    rows = [[Cell("TT"), Cell("Chỉ tiêu"), Cell("Quý I"), Cell("Quý II")],
            [Cell("1"), Cell("Cơ sở vi phạm"), Cell("2"), Cell("3")],
            [Cell("2"), Cell("Mẫu không đạt"), Cell("5"), Cell("9")]]
    assert table_lines(rows)[1:] == ["1 | Cơ sở vi phạm | 2 | 3", "2 | Mẫu không đạt | 5 | 9"]


def test_a_web_grid_with_its_header_body_and_totals_in_three_tables(tmp_path: Path) -> None:
    lines = _html_lines(tmp_path,  # Ant Design's fixed header: the header, the body and the summary each a <table>
        "<p>Bảng 1. Kiểm định</p><div class='ant-table'>"
        "<div class='ant-table-header'><table><thead>"
        "<tr><th rowspan='2'>TT</th><th rowspan='2'>Loại PTĐ</th><th colspan='2'>Thực hiện 6 tháng 2024</th>"
        "<th class='ant-table-cell-scrollbar' rowspan='2'></th></tr>"
        "<tr><th>Tổng số</th><th>Đạt yêu cầu</th></tr></thead></table></div>"
        "<div class='ant-table-body'><table><tbody>"
        "<tr class='ant-table-measure-row'><td></td><td></td><td></td><td></td></tr>"
        "<tr><td>1</td><td>Công tơ điện 3 pha</td><td>2.135</td><td>2.118</td></tr></tbody></table></div>"
        "<div class='ant-table-summary'><table><tfoot><tr><td colspan='2'>Tổng cộng</td><td>36.234</td>"
        "<td>35.720</td></tr></tfoot></table></div></div>"
        "<div><span class='ant-statistic-content-value'>5.955,6</span><span>triệu đồng</span></div>"
        "<div><span>Người lập</span><span>Nguyễn Thị Thu Hà</span></div>"
        "<p>diện tích 25 m<sup>2</sup>, Ki<b>ểm</b> định 1.<span>874</span> chiếc</p>")
    assert "TT | Loại PTĐ | Thực hiện 6 tháng 2024 Tổng số | Thực hiện 6 tháng 2024 Đạt yêu cầu" in lines
    assert "1 | Công tơ điện 3 pha | 2.135 | 2.118" in lines
    assert "Tổng cộng | - | 36.234 | 35.720" in lines
    # pieces a browser's styles part are parted; a word, a figure or a power split over pieces stay whole
    assert "5.955,6 triệu đồng" in lines and "Người lập Nguyễn Thị Thu Hà" in lines
    assert "diện tích 25 m2, Kiểm định 1.874 chiếc" in lines


def test_tables_with_text_between_stay_apart(tmp_path: Path) -> None:
    lines = _html_lines(tmp_path,
        "<table><tr><th>TT</th><th>Chỉ tiêu</th></tr></table><p>Ghi chú: bảng trống.</p>"
        "<table><tr><td>1</td><td>Kiểm định</td><td>1.234</td></tr></table>")
    assert lines == ["TT | Chỉ tiêu", "Ghi chú: bảng trống.", "1 | Kiểm định | 1.234"]
