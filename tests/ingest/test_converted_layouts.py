"""What converters do to a report's layout: a PDF-to-Word converter glues a word to the figure after it
("đạt50,3%") and indents tab-aligned rows with leading tabs, their header's unit wrapped onto a line of its own;
docling writes a two-level header as two rows, each spanning cell repeated under its columns; an OCR text layer
reads a table's rules as "|" and misreads a row's last cell ("112/1"), while its rows still stand in cells."""

from __future__ import annotations

from pathlib import Path

from ingest.markdown import markdown_to_text
from ingest.normalize import normalize_text
from ingest.pipeline import DocumentReader
from ingest.reflow import columns_to_cells

DATA = Path(__file__).parents[2] / "eval/data"


def test_a_word_glued_to_its_figure_is_parted_and_a_footnote_mark_stays() -> None:
    assert normalize_text("Doanh thu đạt50,3% kế hoạch năm, tăng14,4%; tổ chức 4 lớp với186 lượt") == \
        "Doanh thu đạt 50,3% kế hoạch năm, tăng 14,4%; tổ chức 4 lớp với 186 lượt"
    assert normalize_text("phát hiện 18 cơ sở vi phạm3, chiếm 13,8%") == "phát hiện 18 cơ sở vi phạm3, chiếm 13,8%"
    assert normalize_text("bể 50 m3, ISO9001, Điều5") == "bể 50 m3, ISO9001, Điều5"


def test_tab_indented_rows_lose_their_indent_and_a_wrapped_header_unit_joins_its_cell() -> None:
    text = ("Bảng 2. Kết quả thử nghiệm theo lĩnh vực\n"
            "\t\t\t\tTT\tLĩnh vực thử nghiệm\tSố mẫu\tSố chỉ tiêu\tDoanh thu\n"
            "\t\t\t\t\t\t\t\t(triệu đồng)\n"
            "\t\t\t\t1\tXăng dầu\t214\t1.284\t318,6\n"
            "\t\t\t\t2\tPhân bón\t187\t935\t402,3\n"
            "\t\t\t\t\tTổng cộng\t401\t2.219\t720,9\n")
    lines = columns_to_cells(text).split("\n")
    assert "TT | Lĩnh vực thử nghiệm | Số mẫu | Số chỉ tiêu | Doanh thu (triệu đồng)" in lines
    assert "2 | Phân bón | 187 | 935 | 402,3" in lines
    assert "- | Tổng cộng | 401 | 2.219 | 720,9" in lines  # (its own empty number cell stays)


def test_a_group_line_under_a_header_is_no_wrapped_cell() -> None:
    text = ("TT\tNội dung\tNăm 2021\tNăm 2022\n"
            "\tII. Đo lường\n"
            "1\tKiểm định\t1.200\t1.350\n"
            "2\tHiệu chuẩn\t310\t365\n"
            "3\tThử nghiệm\t95\t120\n")
    out = columns_to_cells(text)
    assert "Nội dung II. Đo lường" not in out and "II. Đo lường" in out
    assert "1 | Kiểm định | 1.200 | 1.350" in out.split("\n")


def test_a_docling_two_row_header_reads_as_one_row_naming_both_levels() -> None:
    md = ("| STT | Loại PTĐ | Kế hoạch năm 2024 | 9 tháng 2023 | 9 tháng 2023 | 9 tháng 2024 | 9 tháng 2024 |\n"
          "|-----|----------|-------------------|--------------|--------------|--------------|--------------|\n"
          "| STT | Loại PTĐ | Kế hoạch năm 2024 | Quý III | Lũy kế | Quý III | Lũy kế |\n"
          "| 1 | Công tơ điện 1 pha | 38.000 | 9.650 | 27.420 | 10.460 | 29.870 |\n")
    lines = markdown_to_text(md).split("\n")
    assert lines[0] == ("STT | Loại PTĐ | Kế hoạch năm 2024 | 9 tháng 2023 Quý III | 9 tháng 2023 Lũy kế | "
                        "9 tháng 2024 Quý III | 9 tháng 2024 Lũy kế")
    assert lines[1] == "1 | Công tơ điện 1 pha | 38.000 | 9.650 | 27.420 | 10.460 | 29.870"
    plain = "| TT | Nội dung | Năm 2023 |\n|---|---|---|\n| Ghi chú | Số liệu | ước |\n| 1 | Kiểm định | 1.200 |\n"
    assert markdown_to_text(plain).split("\n")[:2] == ["TT | Nội dung | Năm 2023", "Ghi chú | Số liệu | ước"]


def test_an_ocr_text_layer_keeps_its_table_rows_in_cells_under_their_header() -> None:
    doc = DocumentReader().read(DATA / "newdocs65/reports/vinh-long-tong-ket-2022-scan-ocr.pdf")
    lines = [" ".join(line.split()) for line in doc.text.split("\n")]
    assert "Nội dung | ĐVT | Năm 2021 | Năm 2022 | So sánh (%)" in lines  # (the rule read as "|" gone)
    assert "- Công tơ điện 3 pha | chiếc | 1.265 | 1.418 | 112/1" in lines  # (its last cell misread)
    assert "- Đồng hồ đo nước lạnh | chiếc | 2.846 | 3.372 | ° i85" in lines
    assert "- Taximet | chiếc | 56 | 64 | 114,3" in lines
