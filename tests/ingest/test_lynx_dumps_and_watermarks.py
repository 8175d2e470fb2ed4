"""A web page saved with ``lynx -dump`` reads without its link numbers ("21.585 [26]PTĐ") and its closing list of
links, while a text with no such list keeps its brackets; a table whose full columns a single space parts
("Doanh nghiệp 47") is split where the other rows start their cells; a PDF's watermark, drawn large and slanted
across the page (as pdfmake's ``watermark`` draws it), is no text of the report, while a landscape table drawn
at 90° still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import DocumentReader

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

LYNX = """   [1]Bỏ qua điều hướng | [2]English

   [3]Trang chủ » [4]Tin tức - Sự kiện

   Năm 2024, Trung tâm Kỹ thuật đã kiểm định 21.585 [5]PTĐ, đạt 107,9% kế
   hoạch năm; qua kiểm tra đã phát hiện [6]21 cơ sở vi phạm.

                          Bảng 3. Một số chỉ tiêu chủ yếu
   TT          Chỉ tiêu          Đơn vị tính  Thực hiện 2023 Thực hiện 2024 Kế hoạch 2025
   1  Kiểm định PTĐ              PTĐ          19.423         21.585         22.000
   2  Hiệu chuẩn PTĐ             PTĐ          1.108          1.247          1.300
   3  Kiểm tra nhà nước          Lượt cơ sở   163            186            180
   4  Cấp mới mã số mã vạch      Doanh nghiệp 47             58             60
   5  Doanh thu dịch vụ kỹ thuật Triệu đồng   4.315,8        4.872,6        5.200

References

   1. https://skhcn.example.gov.vn/#noi-dung
   2. https://skhcn.example.gov.vn/en/
   3. https://skhcn.example.gov.vn/
   4. https://skhcn.example.gov.vn/tin-tuc
   5. https://skhcn.example.gov.vn/tin-tuc/ptd
  6. mailto:?subject=Tin bai
"""

FOOTNOTED = """Năm 2024, Chi cục đã kiểm tra 186 lượt cơ sở [1] và phát hiện 21 cơ sở vi phạm.

[1] Gồm 9 đoàn theo kế hoạch và 2 đoàn đột xuất.
"""


def test_lynx_link_numbers_and_list_go(tmp_path: Path) -> None:
    path = tmp_path / "tayninh_2024_lynx.txt"
    path.write_text(LYNX, encoding="utf-8")
    text = DocumentReader().read(path).text
    assert "kiểm định 21.585 PTĐ, đạt 107,9%" in text
    assert "phát hiện 21 cơ sở vi phạm" in text
    assert "[5]" not in text and "[6]" not in text and "https://" not in text and "References" not in text
    assert "TT | Chỉ tiêu | Đơn vị tính | Thực hiện 2023 | Thực hiện 2024 | Kế hoạch 2025" in text
    assert "4 | Cấp mới mã số mã vạch | Doanh nghiệp | 47 | 58 | 60" in text
    assert "5 | Doanh thu dịch vụ kỹ thuật | Triệu đồng | 4.315,8 | 4.872,6 | 5.200" in text


def test_a_text_without_a_link_list_keeps_its_brackets(tmp_path: Path) -> None:
    path = tmp_path / "bao_cao.txt"
    path.write_text(FOOTNOTED, encoding="utf-8")
    text = DocumentReader().read(path).text
    assert "186 lượt cơ sở [1]" in text and "[1] Gồm 9 đoàn" in text


def _watermarked_pdf(path: Path) -> Path:
    """Two pages of body text, each with "CHI CỤC TĐC KHÁNH HÒA" drawn large at 55° over it, and a short line
    drawn at 90° (a landscape table's cell) on the second."""
    if not FONT.exists():
        pytest.skip(f"{FONT} is missing (apt-get install fonts-dejavu-core)")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    c = canvas.Canvas(str(path), pagesize=A4)
    pages = [["Năm 2023, Chi cục tiếp nhận 57 hồ sơ công bố hợp chuẩn và 138 hồ sơ công bố hợp quy;",
              "các sản phẩm công bố hợp quy chủ yếu là vật liệu xây dựng, thức ăn chăn nuôi và phân bón."],
             ["Trung tâm đã kiểm định 41.287 phương tiện đo, đạt 108,7% kế hoạch năm."]]
    for k, lines in enumerate(pages):
        c.setFont("DejaVuSans", 11)
        y = 780
        for line in lines:
            c.drawString(60, y, line)
            y -= 16
        if k == 1:
            c.saveState()
            c.translate(500, 300)
            c.rotate(90)
            c.drawString(0, 0, "Huyện Vạn Ninh 2.781")
            c.restoreState()
        c.saveState()
        c.setFillColorRGB(0.1, 0.3, 0.5, alpha=0.1)
        c.translate(300, 420)
        c.rotate(55)
        c.setFont("DejaVuSans", 54)
        c.drawCentredString(0, 0, "CHI CỤC TĐC KHÁNH HÒA")
        c.restoreState()
        c.showPage()
    c.save()
    return path


def test_a_slanted_watermark_is_no_text(tmp_path: Path) -> None:
    text = DocumentReader().read(_watermarked_pdf(tmp_path / "khanhhoa_2023.pdf")).text
    assert "CHI CỤC TĐC" not in text and "KHÁNH HÒA" not in text
    assert "vật liệu xây dựng, thức ăn chăn nuôi" in text
    assert "kiểm định 41.287 phương tiện đo" in text
    assert "Huyện Vạn Ninh 2.781" in text  # text drawn at 90° is the report's
