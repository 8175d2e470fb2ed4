"""Table headers read from where a PDF's strings stand: a header's wrapped last words set evenly apart, a header
word that looks like a row's number ("vi" of "vi phạm"), a header's last line standing right over the next row's
unit cell; and a page whose table rows end in a note column of words."""

from __future__ import annotations

from pathlib import Path

from ingest.loaders.pdf import positioned_text
from ingest.pipeline import DocumentReader


def _placed(x0: float, x1: float, y: float, text: str) -> dict:
    return {"x0": x0, "x1": x1, "y": y, "h": 11.0, "text": text}


def _line(y: float, cells: list[tuple[float, float, str]]) -> list[dict]:
    return [_placed(x0, x1, y, text) for x0, x1, text in cells]


def test_a_headers_wrapped_last_words_set_evenly_apart_stay_in_their_columns() -> None:
    # LibreOffice's header "Kế hoạch 2020 | Thực hiện 2020 | So với kế hoạch (%)" under "Năm 2020": its third line
    # "hoạch  hiện  hoạch  2019" has even gaps, as a justified line of prose has, but each two font heights wide
    strings = _line(-100, [(10, 24, "TT"), (64, 160, "Loại phương tiện đo"), (198, 230, "Đơn vị"), (294, 341, "Năm 2020"),
                           (413, 438, "Thực")])
    strings += _line(-112.7, [(204, 223, "tính"), (257, 270, "Kế"), (305, 330, "Thực"), (350, 393, "So với kế"),
                              (415, 435, "hiện")])
    strings += _line(-125.4, [(250, 278, "hoạch"), (307, 327, "hiện"), (357, 385, "hoạch"), (414, 436, "2019")])
    strings += _line(-138.1, [(252, 274, "2020"), (307, 329, "2020"), (362, 378, "(%)")])
    strings += _line(-152, [(10, 16, "1"), (34, 150, "Công tơ điện 1 pha"), (200, 222, "chiếc"), (250, 280, "18.000"),
                            (300, 330, "19.842"), (360, 385, "110,2"), (410, 438, "18.615")])
    lines = positioned_text(strings).split("\n")
    assert len(lines) == 2, lines
    head = lines[0].split(" | ")
    assert "Kế hoạch 2020" in head and "So với kế hoạch (%)" in head and "Thực hiện 2019" in head, lines
    assert lines[1] == "1 | Công tơ điện 1 pha | chiếc | 18.000 | 19.842 | 110,2 | 18.615"


def test_a_chart_axis_of_years_set_evenly_apart_stays_one_line_of_text() -> None:
    strings = _line(-100, [(20, 42, "2020"), (100, 122, "2021"), (180, 202, "2022"), (260, 282, "2023")])
    assert positioned_text(strings) == "2020 2021 2022 2023"


def test_vi_of_vi_pham_in_a_headers_second_line_is_no_row_number() -> None:
    strings = _line(-100, [(10, 22, "TT"), (50, 130, "Lĩnh vực kiểm tra"), (200, 212, "Số"), (240, 280, "Số cơ sở"),
                           (300, 340, "Số cơ sở"), (360, 400, "Tiền phạt")])
    strings += _line(-112.7, [(200, 215, "đợt"), (240, 278, "kiểm tra"), (300, 338, "vi phạm"), (355, 405, "(triệu đồng)")])
    strings += _line(-126, [(12, 18, "1"), (50, 100, "Xăng dầu"), (204, 210, "3"), (255, 266, "64"), (316, 322, "5"),
                            (370, 390, "47,5")])
    strings += _line(-139, [(12, 18, "2"), (50, 100, "Phân bón"), (204, 210, "1"), (255, 266, "18"), (316, 322, "2"),
                            (370, 390, "23,0")])
    assert positioned_text(strings).split("\n") == [
        "TT | Lĩnh vực kiểm tra | Số đợt | Số cơ sở kiểm tra | Số cơ sở vi phạm | Tiền phạt (triệu đồng)",
        "1 | Xăng dầu | 3 | 64 | 5 | 47,5",
        "2 | Phân bón | 1 | 18 | 2 | 23,0"]


def test_a_headers_last_line_over_the_rows_unit_cell_does_not_open_the_row() -> None:
    # "tính" (of "Đơn vị tính") stands right over the first row's unit "chiếc", in lower case: no label of that
    # row running on, which starts far left of it ("Công tơ điện 1 pha")
    strings = _line(-100, [(7, 21, "TT"), (68, 164, "Loại phương tiện đo"), (214, 245, "Đơn vị"), (270, 305, "6 tháng"),
                           (335, 370, "6 tháng"), (392, 447, "So với cùng")])
    strings += _line(-112.6, [(220, 239, "tính"), (277, 299, "2024"), (342, 364, "2025"), (403, 436, "kỳ (%)")])
    strings += _line(-125.8, [(11, 17, "1"), (34, 118, "Công tơ điện 1 pha"), (218, 241, "chiếc"), (275, 300, "9.860"),
                              (338, 368, "11.245"), (407, 432, "114,0")])
    strings += _line(-138.9, [(11, 17, "2"), (34, 118, "Công tơ điện 3 pha"), (218, 241, "chiếc"), (275, 300, "1.120"),
                              (340, 365, "1.306"), (407, 432, "116,6")])
    assert positioned_text(strings).split("\n") == [
        "TT | Loại phương tiện đo | Đơn vị tính | 6 tháng 2024 | 6 tháng 2025 | So với cùng kỳ (%)",
        "1 | Công tơ điện 1 pha | chiếc | 9.860 | 11.245 | 114,0",
        "2 | Công tơ điện 3 pha | chiếc | 1.120 | 1.306 | 116,6"]


def test_a_pdf_table_whose_rows_end_in_a_note_column_is_read_by_its_cells(pdf_factory, tmp_path: Path) -> None:  # noqa: ANN001
    """reportlab's grid table with a "Ghi chú" column of words: the plain extraction writes "1 Xăng dầu 3 64 5 47,5
    Lấy 42 mẫu xăng dầu thử nghiệm", a row whose last cell is words; the page is read from where its strings stand."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph, Table

    pdf_factory.text("warm.pdf", [["x"]])  # (registers the font)
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=9, leading=11)
    head = ["TT", "Lĩnh vực kiểm tra", "Số đợt", "Số cơ sở kiểm tra", "Số cơ sở vi phạm", "Tiền phạt (triệu đồng)", "Ghi chú"]
    rows = [[Paragraph(h, cell) for h in head],
            ["1", Paragraph("Xăng dầu", cell), "3", "64", "5", "47,5", Paragraph("Lấy 42 mẫu xăng dầu thử nghiệm", cell)],
            ["2", Paragraph("Vàng trang sức, mỹ nghệ", cell), "1", "22", "3", "16,0", Paragraph("Kiểm tra đo lường, ghi nhãn", cell)],
            ["3", Paragraph("Phân bón", cell), "1", "18", "2", "23,0", Paragraph("Phối hợp Chi cục Trồng trọt và BVTV", cell)],
            ["4", Paragraph("Đo lường tại chợ", cell), "2", "20", "3", "4,5", Paragraph("Cân không đạt yêu cầu", cell)],
            ["", "Tổng cộng", "7", "124", "13", "91,0", ""]]
    table = Table(rows, colWidths=[25, 110, 35, 50, 50, 55, 120])
    table.setStyle([("FONT", (0, 0), (-1, -1), "DejaVuSans", 9), ("ALIGN", (2, 1), (5, -1), "RIGHT"),
                    ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    path = tmp_path / "noted.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("DejaVuSans", 11)
    c.drawString(60, 780, "Bảng 2. Kết quả kiểm tra theo lĩnh vực năm 2020")
    table.wrapOn(c, 500, 700)
    table.drawOn(c, 50, 560)
    c.showPage()
    c.save()
    lines = DocumentReader().read(path).text.split("\n")
    assert "3 | Phân bón | 1 | 18 | 2 | 23,0 | Phối hợp Chi cục Trồng trọt và BVTV" in lines, lines
    assert any(line.startswith("TT | Lĩnh vực kiểm tra | Số đợt") for line in lines), lines


def test_plain_rows_ending_in_a_note_mark_the_page_as_a_table_to_read_by_position() -> None:
    # LibreOffice Writer's table as pypdf's plain extraction writes it: each row's cells run together with spaces,
    # the note column's words last (and a wrapped label or note on a line of its own)
    from ingest.loaders.pdf import _spaced_rows

    plain = "\n".join([
        "Bảng 2. Kết quả kiểm tra theo lĩnh vực năm 2020",
        "TT Lĩnh vực kiểm tra Số đợt",
        "1 Xăng dầu 3 64 5 47,5 Lấy 42 mẫu xăng dầu thử nghiệm",
        "2 Vàng trang sức, mỹ nghệ",
        "1 22 3 16,0 Kiểm tra đo lường, ghi nhãn",
        "5 Phân bón 1 18 2 23,0 Phối hợp Chi cục",
        "Chi cục đã kiểm định 43.593 phương tiện đo (PTĐ), đạt 107,9% kế hoạch năm."])
    assert _spaced_rows(plain)
    prose = "Năm 2020 Chi cục kiểm tra 183 cơ sở, phát hiện 19 cơ sở vi phạm.\nĐã lấy 42 mẫu xăng dầu."
    assert not _spaced_rows(prose)
