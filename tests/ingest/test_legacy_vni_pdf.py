"""A report typed in VNI fonts and printed to PDF on a machine without them: pypdf reads the VNI codes
("Baùo caùo"), the pipeline repairs them. Its letterhead sets the date in the right column over two lines,
beside the document's number; its table's header cells wrap over four lines, the last naming years; a
row's label and unit wrap onto a second line; its closing lists "Nơi nhận" retyped in Unicode beside the
signer still in VNI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PdfFactory
from ingest.legacy_tables import encode_legacy
from ingest.pipeline import DocumentReader

PROSE = [
    "Thực hiện Công văn số 2346/TĐC-VP ngày 25/10/2016 của Tổng cục về việc báo cáo tổng kết công tác năm",
    "2016, Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Đắk Nông báo cáo kết quả thực hiện nhiệm vụ năm",
    "2016 và phương hướng, nhiệm vụ năm 2017 như sau. Trung tâm Kỹ thuật của Chi cục đã kiểm định",
    "phương tiện đo các loại, thử nghiệm mẫu hàng hóa theo yêu cầu của khách hàng và hỗ trợ doanh nghiệp.",
]


def _vni_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    PdfFactory(path.parent)  # registers DejaVu Sans for the retyped lines (or skips without it)
    c = canvas.Canvas(str(path), pagesize=A4)

    def vni(x: float, y: float, text: str, size: float = 11, centred: bool = False) -> None:
        c.setFont("Helvetica", size)  # the fallback font draws the VNI codes as Latin-1 letters
        (c.drawCentredString if centred else c.drawString)(x, y, encode_legacy(text, "vni"))

    def uni(x: float, y: float, text: str) -> None:
        c.setFont("DejaVuSans", 11)
        c.drawString(x, y, text)

    head = [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG", "Độc lập - Tự do - Hạnh phúc"),
            ("CHẤT LƯỢNG", "Đắk Nông, ngày 16 tháng 12 năm"),
            ("Số: 196/BC-TĐC", "2016")]
    y = 800
    for left, right in head:
        vni(150, y, left, centred=True)
        vni(420, y, right, centred=True)
        y -= 14
    vni(297, y - 20, "BÁO CÁO", size=13, centred=True)
    y -= 56
    for line in PROSE * 3:
        vni(50, y, line, size=10)
        y -= 14
    c.showPage()

    cols = [50, 75, 250, 320, 390, 450]
    y = 800
    for line in PROSE:
        vni(50, y, line, size=10)
        y -= 14
    y -= 10
    header = [["TT", "Chỉ tiêu", "Đơn vị", "Thực", "Kế", "KH 2017"],
              [None, None, "tính", "hiện", "hoạch", "so với"],
              [None, None, None, "năm", "năm", "TH 2016"],
              [None, None, None, "2016", "2017", "(%)"]]
    for cells in header:
        for x, cell in zip(cols, cells):
            if cell:
                vni(x, y, cell, size=10)
        y -= 11.7
    rows = [["1", "Kiểm định phương tiện đo", "PTĐ", "16.589", "17.200", "103,7"],
            ["2", "Doanh thu dịch vụ kỹ thuật", "triệu", "2.417", "2.600", "107,6"],
            [None, "của Trung tâm", "đồng", None, None, None],
            ["3", "Kiểm tra cơ sở sản xuất", "cơ sở", "167", "170", "101,8"],
            ["4", "Doanh nghiệp được hướng dẫn", "doanh", "14", "15", "107,1"],
            [None, "đăng ký mã số mã vạch", "nghiệp", None, None, None],
            ["5", "Lớp tập huấn, đào tạo", "lớp", "4", "5", "125,0"]]
    for cells in rows:
        y -= 1 if cells[0] else 0
        for x, cell in zip(cols, cells):
            if cell:
                vni(x, y, cell, size=10)
        y -= 12.2
    y -= 20
    for line in PROSE:
        vni(50, y, line, size=10)
        y -= 14
    y -= 20
    closing = [("Nơi nhận:", "CHI CỤC TRƯỞNG"), ("- Sở KH&CN tỉnh Đắk Nông (b/c);", "(Đã ký)"),
               ("- UBND tỉnh Đắk Nông (b/c);", None), ("- Lưu: VT, HCTH.", "Trần Minh Hòa")]
    for left, right in closing:
        uni(50, y, left)  # retyped in Unicode by another hand
        if right:
            vni(400, y, right)
        y -= 14
    c.showPage()
    c.save()
    return path


@pytest.fixture(scope="module")
def report(tmp_path_factory):  # noqa: ANN201
    path = _vni_pdf(tmp_path_factory.mktemp("vni") / "bc_2016_daknong.pdf")
    return DocumentReader().read(path)


def test_the_vni_codes_are_repaired(report) -> None:  # noqa: ANN001
    assert report.encoding == "vni"
    assert "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Đắk Nông" in report.text
    assert "ñ" not in report.text and "Ñ" not in report.text


def test_the_letterhead_date_wrapped_beside_the_number_reads_whole(report) -> None:  # noqa: ANN001
    assert "Đắk Nông, ngày 16 tháng 12 năm 2016" in report.text
    assert (report.year, report.date) == (2016, "2016-12-16")


def test_a_header_wrapped_over_four_lines_reads_as_one_row_of_whole_names(report) -> None:  # noqa: ANN001
    # (its last line names years: no row of figures, but the end of the header's cells)
    assert "TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2016 | Kế hoạch năm 2017 | KH 2017 so với TH 2016 (%)" in report.text
    assert "1 | Kiểm định phương tiện đo | PTĐ | 16.589 | 17.200 | 103,7" in report.text


def test_a_wrapped_label_and_unit_stay_with_their_row_not_the_next(report) -> None:  # noqa: ANN001
    # the next row's unit in lower case ("cơ sở", "lớp") is no label running on from the line above
    lines = report.text.split("\n")
    assert "2 | Doanh thu dịch vụ kỹ thuật của Trung tâm | triệu đồng | 2.417 | 2.600 | 107,6" in lines
    assert "3 | Kiểm tra cơ sở sản xuất | cơ sở | 167 | 170 | 101,8" in lines
    assert "4 | Doanh nghiệp được hướng dẫn đăng ký mã số mã vạch | doanh nghiệp | 14 | 15 | 107,1" in lines
    assert "5 | Lớp tập huấn, đào tạo | lớp | 4 | 5 | 125,0" in lines


def test_a_closing_retyped_in_unicode_beside_a_vni_signer_reads_right_in_both(report) -> None:  # noqa: ANN001
    assert "- Sở KH&CN tỉnh Đắk Nông (b/c);" in report.text  # not "Nơng": "Nông" alone reads as VNI too
    assert "- UBND tỉnh Đắk Nông (b/c);" in report.text
    assert "CHI CỤC TRƯỞNG" in report.text and "Trần Minh Hòa" in report.text
