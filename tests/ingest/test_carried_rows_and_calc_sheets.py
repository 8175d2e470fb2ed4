"""A table's last rows carried over to the next page, too few there for that page to read as a table, are split
into cells as the rows before the break are, and go on as that table's rows; a workbook LibreOffice Calc saved as
HTML is read as sheets (a letterhead merged over columns is written once per cell, not once per column), a cell's
comment reads after its figure, and what the page's own style sheet hides is not read; an Org-mode export's
planning line reads as dates and its headings' tags are no words of them."""

from __future__ import annotations

from pathlib import Path

from ingest.loaders.html import HtmlLoader
from ingest.pipeline import DocumentReader

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

ROWS = [("1", "Thành phố Ninh Bình", "4.800", "5.126", "106,8"), ("2", "Thành phố Tam Điệp", "1.900", "1.972", "103,8"),
        ("3", "Huyện Hoa Lư", "1.800", "1.893", "105,2"), ("4", "Huyện Gia Viễn", "2.100", "2.215", "105,5"),
        ("5", "Huyện Nho Quan", "2.000", "2.046", "102,3")]
CARRIED = [("6", "Huyện Kim Sơn", "2.000", "2.175", "108,8"), ("", "Tổng cộng", "14.600", "15.427", "105,7")]


def _carried_pdf(path: Path) -> Path:
    """Three pages under a running head: a table drawn cell by cell (as Writer prints one), its last row and its
    total row on the second page, then a sentence."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = (72, 100, 300, 380, 460)

    def row(y: float, cells: tuple[str, ...]) -> None:
        for x, text in zip(xs, cells):
            if text:
                c.drawString(x, y, text)

    c.setFont("DejaVuSans", 10)
    c.drawString(72, 800, "DỰ THẢO – KHÔNG PHÁT HÀNH")
    c.drawString(72, 770, "Kết quả kiểm định PTĐ của Trung tâm theo địa bàn huyện, thành phố năm 2023 như sau:")
    c.drawString(72, 750, "Bảng 1. Kết quả kiểm định PTĐ theo địa bàn huyện, thành phố năm 2023")
    row(730, ("TT", "Huyện, thành phố", "Kế hoạch (PTĐ)", "Thực hiện (PTĐ)", "Tỷ lệ (%)"))
    for i, cells in enumerate(ROWS):
        row(712 - 18 * i, cells)
    c.drawString(280, 60, "Trang 1/3")
    c.showPage()
    c.setFont("DejaVuSans", 10)
    c.drawString(72, 800, "DỰ THẢO – KHÔNG PHÁT HÀNH")
    for i, cells in enumerate(CARRIED):
        row(770 - 18 * i, cells)
    c.drawString(72, 720, "Nhìn chung, các huyện, thành phố đều hoàn thành và vượt kế hoạch kiểm định.")
    c.drawString(280, 60, "Trang 2/3")
    c.showPage()
    c.setFont("DejaVuSans", 10)
    c.drawString(72, 800, "DỰ THẢO – KHÔNG PHÁT HÀNH")
    c.drawString(72, 770, "Nơi nhận: Sở KH&CN; Lưu: VT.")
    c.drawString(280, 60, "Trang 3/3")
    c.save()
    return path


def test_rows_carried_to_the_next_page_go_on_as_the_tables_rows(tmp_path: Path) -> None:
    lines = DocumentReader().read(_carried_pdf(tmp_path / "carried.pdf")).text.split("\n")
    last = lines.index("5 | Huyện Nho Quan | 2.000 | 2.046 | 102,3")
    assert lines[last + 1] == "6 | Huyện Kim Sơn | 2.000 | 2.175 | 108,8", lines
    assert lines[last + 2].endswith("Tổng cộng | 14.600 | 15.427 | 105,7"), lines
    assert lines[last + 3].startswith("Nhìn chung"), lines


CALC = """<!DOCTYPE html>
<html><head><meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/>
<style type="text/css">
  body,div,table,thead,tbody,tfoot,tr,th,td,p { font-family:"Calibri"; font-size:x-small }
  a.comment-indicator:hover + comment { background:#ffd; position:absolute; display:block; border:1px solid black; }
  a.comment-indicator { background:red; display:inline-block; border:1px solid black; width:0.5em; height:0.5em; }
  comment { display:none; }
  .ban-nhap { display: none }
  .tab-pane { display: none }
  .tab-pane.active { display: block }
  @media print { .man-hinh { display: none } }
</style></head>
<body>
<hr><p><center><h1>Overview</h1><A HREF="#table0">Thuyết minh</A><br><A HREF="#table1">Biểu 02</A><br></center></p><hr>
<A NAME="table0"><h1>Sheet 1: <em>Thuyết minh</em></h1></A>
<table cellspacing="0" border="0">
<colgroup width="84"></colgroup><colgroup width="112"></colgroup><colgroup width="131"></colgroup>
<colgroup width="112"></colgroup><colgroup width="112"></colgroup>
<tr><td colspan=2 align="center">SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐIỆN BIÊN</td><td colspan=3 align="center">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr>
<tr><td colspan=2 align="center">Số: 168/BC-TĐC</td><td colspan=3 align="center">Điện Biên, ngày 30 tháng 9 năm 2024</td></tr>
<tr><td colspan=5 align="center"><b>BÁO CÁO</b></td></tr>
<tr><td colspan=5 align="left">Trong 9 tháng năm 2024, Chi cục đã kiểm tra 112 lượt cơ sở sản xuất, kinh doanh; ban hành 13 quyết định xử phạt vi phạm hành chính với tổng số tiền 91.000.000 đồng.</td></tr>
</table>
<p class="ban-nhap">Số liệu nháp: 95.500.000 đồng</p>
<p class="man-hinh">Xem bản in</p>
<div class="tab-pane">Biểu kèm theo có 6 nhóm hàng hóa.</div>
<hr>
<A NAME="table1"><h1>Sheet 2: <em>Biểu 02</em></h1></A>
<table cellspacing="0" border="0">
<tr><td>STT</td><td>Đối tượng kiểm tra</td><td>Số cơ sở được kiểm tra</td><td>Số cơ sở vi phạm</td><td>Số tiền xử phạt (đồng)</td></tr>
<tr><td>1</td><td>Xăng dầu</td><td sdval="35">35</td><td sdval="4">4</td><td sdval="52500000"><a class="comment-indicator"></a>
<comment>Chi cục TĐC:
<br>Trong đó 01 cửa hàng tại huyện Mường Chà bị phạt 22.500.000 đồng.</comment>52.500.000</td></tr>
<tr><td>2</td><td>Vàng trang sức</td><td sdval="11">11</td><td sdval="2">2</td><td sdval="17500000">17.500.000</td></tr>
</table>
</body></html>
"""


def test_a_calc_workbook_saved_as_html(tmp_path: Path) -> None:
    path = tmp_path / "bao_cao_9thang_2024.html"
    path.write_text(CALC, encoding="utf-8")
    text = "\n".join(p.text for p in HtmlLoader().load(path).pages)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    # the letterhead merged over 2 + 3 columns: each cell once, row by row
    assert "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐIỆN BIÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines, lines
    assert "Số: 168/BC-TĐC | Điện Biên, ngày 30 tháng 9 năm 2024" in lines, lines
    assert text.count("Số: 168/BC-TĐC") == 1
    # the cell's comment after its figure, in brackets
    row = next(line for line in lines if line.startswith("1 | Xăng dầu"))
    assert row.startswith("1 | Xăng dầu | 35 | 4 | 52.500.000 (Chi cục TĐC: Trong đó 01 cửa hàng"), row
    assert "22.500.000 đồng" in row
    # hidden by the page's style sheet: gone; shown again by another rule, or hidden only in print: kept
    assert "95.500.000" not in text
    assert "Biểu kèm theo có 6 nhóm hàng hóa." in text
    assert "Xem bản in" in text


ORG = """<!DOCTYPE html>
<html lang="vi"><head><meta name="generator" content="Org Mode" /><title>Báo cáo quý I năm 2025</title></head>
<body><div id="content" class="content">
<div id="outline-container-org1" class="outline-2">
<h2 id="org1"><span class="section-number-2">3.</span> Nhiệm vụ trọng tâm quý II năm 2025 <code>[2/5]</code></h2>
<div id="outline-container-org2" class="outline-3">
<h3 id="org2"><span class="section-number-3">3.1.</span> <span class="todo TODO">TODO</span> Kiểm tra xăng dầu quý II&#xa0;&#xa0;&#xa0;<span class="tag"><span class="kiemtra">kiemtra</span>&#xa0;<span class="xangdau">xangdau</span></span></h3>
<div class="outline-text-3" id="text-3-1">
<p><span class="timestamp-wrapper"><span class="timestamp-kwd">DEADLINE:</span> <span class="timestamp">&lt;2025-06-20 Fri&gt; </span> <span class="timestamp-kwd">SCHEDULED:</span> <span class="timestamp">&lt;2025-04-15 Tue&gt;</span></span></p>
<p>Kiểm tra đo lường, chất lượng xăng dầu tại 30 cửa hàng bán lẻ; lấy 30 mẫu thử nghiệm.</p>
</div></div></div></div></body></html>
"""


def test_an_org_export_s_task_marks(tmp_path: Path) -> None:
    path = tmp_path / "bao_cao_quy1_2025.html"
    path.write_text(ORG, encoding="utf-8")
    lines = [" ".join(line.split()) for line in "\n".join(p.text for p in HtmlLoader().load(path).pages).split("\n")]
    assert "3.1. TODO Kiểm tra xăng dầu quý II" in lines, lines  # its tags are no words of it
    assert "Thời hạn: 20/6/2025; Lịch thực hiện: 15/4/2025." in lines, lines  # dates, not a heading-like stamp
