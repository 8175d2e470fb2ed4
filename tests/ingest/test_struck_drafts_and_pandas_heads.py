"""A draft printed to PDF with its tracked changes shown ("All Markup"): a deleted figure stays in the text layer,
drawn with a line through it right before the figure replacing it, and must not be read ("1.9872.010"); a
pandas table in a notebook exported to HTML names its index in a header row of its own, under a blank corner; a
fixed-width table pasted into a plain-text e-mail writes its header over two lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders.html import HtmlLoader
from ingest.loaders.pdf import PdfLoader
from ingest.reflow import columns_to_cells

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _markup_pdf(path: Path) -> Path:
    """One page as Word prints a draft with "All Markup": struck deletions right before their insertions, a
    struck table row, a rule drawn low across a title, a dotted connector to a comment, a table's ruled rows."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    c = canvas.Canvas(str(path), pagesize=A4)
    size = 11

    def write(x: float, y: float, pieces: list[tuple[str, str]]) -> None:
        """Words left to right in one text object, as Word writes a line; "del" pieces red and struck, "ins"
        pieces blue and underlined (the lines drawn after the text)."""
        line = c.beginText(x, y)
        line.setFont("DejaVuSans", size)
        marks = []
        for kind, text in pieces:
            width = pdfmetrics.stringWidth(text, "DejaVuSans", size)
            line.setFillColorRGB(*({"del": (0.75, 0, 0), "ins": (0.18, 0.36, 0.66)}.get(kind, (0, 0, 0))))
            line.textOut(text)
            marks.append((kind, x, width))
            x += width
        c.drawText(line)
        for kind, x, width in marks:
            if kind == "del":
                c.setStrokeColorRGB(0.75, 0, 0)
                c.setLineWidth(0.6)
                c.line(x, y + 0.3 * size, x + width, y + 0.3 * size)
            elif kind == "ins":
                c.setStrokeColorRGB(0.18, 0.36, 0.66)
                c.setLineWidth(0.6)
                c.line(x, y - 1.5, x + width, y - 1.5)

    c.setFont("DejaVuSans", 12)
    c.drawString(90, 780, "Tổng kết công tác năm 2023 và kế hoạch năm 2024")
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.6)
    c.line(150, 782, 330, 782)  # a rule set too close under the title: across its letters' feet, no strike
    write(72, 740, [("", "Năm 2023, Trung tâm đã kiểm định "), ("del", "18.952"), ("ins", "18.975"),
                    ("", " PTĐ, đạt "), ("del", "105,3"), ("ins", "105,4"), ("", "% kế hoạch năm.")])
    write(72, 722, [("", "Bản tin TBT đã cung cấp 1.126 tin cảnh báo. "),
                    ("del", "Ngoài ra, Trung tâm đã hiệu chuẩn 2.350 PTĐ.")])
    c.setDash(1, 2)  # a dotted connector to the comment balloon, through a line of text
    c.line(72, 706 + 0.3 * size, 560, 706 + 0.3 * size)
    c.setDash()
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DejaVuSans", size)
    c.drawString(72, 706, "Chi cục đã kiểm tra 58 cửa hàng kinh doanh xăng dầu.")
    rows = [["TT", "Huyện", "Kế hoạch", "Thực hiện"], ["1", "Huyện Yên Khánh", "1.900", None],
            ["2", "Huyện Kim Sơn", "2.000", "2.175"], ["3", "Các khu công nghiệp", "-", "1.164"]]
    xs = [72, 110, 300, 400, 500]
    y = 660
    for i, row in enumerate(rows):
        c.setStrokeColorRGB(0, 0, 0)
        c.line(xs[0], y + 14, xs[-1], y + 14)  # each row ruled above
        for j, cell in enumerate(row):
            if cell is None:
                write(xs[j] + 4, y, [("del", "1.987"), ("ins", "2.010")])
            elif i == 3:  # a deleted row: every cell struck
                write(xs[j] + 4, y, [("del", cell)])
            else:
                c.setFillColorRGB(0, 0, 0)
                c.setFont("DejaVuSans", size)
                c.drawString(xs[j] + 4, y, cell)
        y -= 18
    c.line(xs[0], y + 14, xs[-1], y + 14)
    c.showPage()
    c.save()
    return path


@pytest.mark.skipif(not FONT.exists(), reason="DejaVu Sans is not installed")
def test_a_drafts_struck_out_text_is_no_text(tmp_path: Path) -> None:
    text = "\n".join(p.text for p in PdfLoader().load(_markup_pdf(tmp_path / "du_thao.pdf")).pages)
    assert "18.975 PTĐ, đạt 105,4% kế hoạch năm" in text  # the inserted figures, alone
    assert "18.952" not in text and "105,3" not in text
    assert "2.350" not in text and "1.126 tin cảnh báo" in text  # a deleted sentence is gone, its neighbour stays
    assert "Yên Khánh" in text and "2.010" in text and "1.987" not in text
    assert "1.164" not in text and "Các khu công nghiệp" not in text  # the deleted row
    assert "Huyện Kim Sơn" in text and "2.175" in text  # ruled rows are no struck rows
    assert "Tổng kết công tác năm 2023 và kế hoạch năm 2024" in text  # a rule low across a title strikes nothing
    assert "Chi cục đã kiểm tra 58 cửa hàng kinh doanh xăng dầu." in text  # nor a dotted connector


PANDAS_TABLES = """<html><body>
<div class="jp-RenderedHTMLCommon jp-OutputArea-output"><table border="1" class="dataframe">
<thead><tr style="text-align: right;"><th></th><th>Kế hoạch năm</th><th>Thực hiện 6 tháng</th><th>Tỷ lệ so KH (%)</th></tr>
<tr><th>Địa bàn</th><th></th><th></th><th></th></tr></thead>
<tbody><tr><th>TP. Tân An</th><td>4200.0</td><td>2318.0</td><td>55.19</td></tr>
<tr><th>Bến Lức</th><td>3600.0</td><td>1905.0</td><td>52.92</td></tr></tbody></table></div>
<table id="T_1d2a8"><caption>Doanh thu dịch vụ kỹ thuật (triệu đồng)</caption>
<thead><tr><th class="blank level0"> </th><th class="col_heading level0 col0">Kế hoạch năm 2024</th>
<th class="col_heading level0 col1">Thực hiện 6 tháng</th><th class="col_heading level0 col2">Tỷ lệ (%)</th></tr>
<tr><th class="index_name level0">Lĩnh vực</th><th class="blank col0"> </th><th class="blank col1"> </th>
<th class="blank col2"> </th></tr></thead>
<tbody><tr><th class="row_heading level0 row0">Kiểm định PTĐ</th><td>5.600,0</td><td>2.874,5</td><td>51,3</td></tr>
<tr><th class="row_heading level0 row1">Hiệu chuẩn</th><td>1.350,0</td><td>612,3</td><td>45,4</td></tr></tbody></table>
<table><tr><th></th><th>Năm 2022</th><th>Năm 2023</th></tr><tr><th>Ghi chú</th><td>x</td><td></td></tr>
<tr><td>PTĐ</td><td>1.200</td><td>1.300</td></tr></table>
</body></html>"""


def test_a_pandas_tables_index_name_heads_its_first_column(tmp_path: Path) -> None:
    path = tmp_path / "so_ket.html"
    path.write_text(PANDAS_TABLES, encoding="utf-8")
    lines = [ln.strip() for p in HtmlLoader().load(path).pages for ln in p.text.split("\n") if ln.strip()]
    assert "Địa bàn | Kế hoạch năm | Thực hiện 6 tháng | Tỷ lệ so KH (%)" in lines
    assert "TP. Tân An | 4200.0 | 2318.0 | 55.19" in lines
    assert "Lĩnh vực | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%)" in lines
    assert "Hiệu chuẩn | 1.350,0 | 612,3 | 45,4" in lines
    assert not any(ln.startswith("Ghi chú | Năm 2022") for ln in lines)  # a row with a cell of its own is no index name


def test_a_fixed_width_header_over_two_lines_joins_its_columns() -> None:
    table = "\n".join([
        " TT  Nhóm hàng hóa            Số cơ sở  kiểm tra  Cơ sở vi   Tiền phạt",
        "                              Quý III   9 tháng   phạm (9T)  (tr.đồng)",
        " 1   Xăng dầu                       21        48          4      52,00",
        " 2   Vàng trang sức, mỹ nghệ         0        14          2      17,50",
        " 3   Đồ chơi trẻ em                 12        12          1       6,00",
    ])
    assert columns_to_cells(table).split("\n") == [
        "TT | Nhóm hàng hóa | Số cơ sở Quý III | kiểm tra 9 tháng | Cơ sở vi phạm (9T) | Tiền phạt (tr.đồng)",
        "1 | Xăng dầu | 21 | 48 | 4 | 52,00",
        "2 | Vàng trang sức, mỹ nghệ | 0 | 14 | 2 | 17,50",
        "3 | Đồ chơi trẻ em | 12 | 12 | 1 | 6,00",
    ]
