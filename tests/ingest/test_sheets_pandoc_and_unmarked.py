"""Reports written in a spreadsheet, in pandoc's Markdown, and typed without diacritics:

* a Google Sheets page ("Publish to web") loses the program's column letters and row numbers; a row that holds
  one paragraph, title or heading is a line of its own, and each run of rows between them a table with its
  own header; rows that all merge the same columns are cells side by side, not a header spanning columns;
* pandoc's Markdown reads without its marks: a backslash at a line's end (a hard break), "\\ " (a no-break
  space), any escaped punctuation ("\\%", "\\$"), bracketed spans ("[…]{.underline}"), bold across lines;
* a report typed without diacritics is dated, titled and given its year by the same rules, read folded;
* an e-mail saved as text loses its header block (the subject stays); a letterhead typed in two columns
  splits where the right column starts, even with a narrow gap there.
"""

from __future__ import annotations

from pathlib import Path

from ingest.loaders.html import HtmlLoader
from ingest.loaders.text import TextLoader, mail_headers
from ingest.markdown import markdown_to_text
from ingest.metadata import extract_metadata, typed_without_diacritics
from ingest.tables import Cell, grid_lines


def _th(text: str, cls: str = "row-headers-background") -> str:
    return f'<th class="{cls}"><div class="row-header-wrapper">{text}</div></th>'


def _sheet(rows: list[str]) -> str:
    letters = "".join(f'<th class="column-headers-background">{c}</th>' for c in "ABCDE")
    body = "".join(f"<tr>{_th(str(n))}{row}</tr>" for n, row in enumerate(rows, 1))
    freeze = '<tr><th class="freezebar-cell"></th>' + '<td class="freezebar-cell"></td>' * 5 + "</tr>"
    return (f'<html><body><div id="sheets-viewport"><table class="waffle"><thead><tr><th class="row-header"></th>'
            f"{letters}</tr></thead><tbody>{freeze}{body}</tbody></table></div>"
            '<div id="sheet-menu"><span>Báo cáo</span></div></body></html>')


SHEET = _sheet([
    '<td colspan="2">SỞ KH&amp;CN HÀ GIANG</td><td colspan="3">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td>',
    '<td colspan="2">TRUNG TÂM KỸ THUẬT TĐC</td><td colspan="3">Độc lập - Tự do - Hạnh phúc</td>',
    '<td colspan="2">Số: 127/BC-TTKT</td><td colspan="3">Hà Giang, ngày 05 tháng 10 năm 2021</td>',
    '<td colspan="5">BÁO CÁO</td>',
    '<td colspan="5">1. Công tác kiểm định</td>',
    '<td colspan="5">Trong quý III/2021, Trung tâm đã kiểm định, hiệu chuẩn được 3.118 PTĐ các loại (quý II/2021: '
    '4.889 PTĐ); lũy kế 9 tháng năm 2021 đạt 11.709 PTĐ, bằng 81,7% kế hoạch năm.</td>',
    '<td colspan="5">Bảng 1. Kết quả kiểm định</td>',
    '<td>STT</td><td>Loại PTĐ</td><td>ĐVT</td><td>Quý III/2021</td><td>9 tháng 2021</td>',
    '<td>A</td><td>KIỂM ĐỊNH</td><td></td><td></td><td></td>',
    '<td>1</td><td>Công tơ điện 1 pha</td><td>chiếc</td><td>1.420</td><td>5.386</td>',
    '<td colspan="5">Cân các loại</td>',
    '<td>2</td><td>Cân bàn</td><td>chiếc</td><td>412</td><td>1.584</td>',
    '<td colspan="5">2. Công tác thử nghiệm</td>',
])


def test_a_published_sheet_reads_as_paragraphs_and_tables(tmp_path: Path) -> None:
    page = tmp_path / "bc.html"
    page.write_text(SHEET, encoding="utf-8")
    lines = HtmlLoader().load(page).pages[0].text.split("\n")
    assert "A | B | C | D | E" not in lines and not any(line.startswith(("1 | SỞ", "6 | Trong")) for line in lines)
    assert lines[:3] == ["SỞ KH&CN HÀ GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "TRUNG TÂM KỸ THUẬT TĐC | Độc lập - Tự do - Hạnh phúc",
                         "Số: 127/BC-TTKT | Hà Giang, ngày 05 tháng 10 năm 2021"]
    assert "BÁO CÁO" in lines and "1. Công tác kiểm định" in lines and "2. Công tác thử nghiệm" in lines
    assert any(line.startswith("Trong quý III/2021, Trung tâm") and " | " not in line for line in lines)
    at = lines.index("Bảng 1. Kết quả kiểm định")
    assert lines[at + 1] == "STT | Loại PTĐ | ĐVT | Quý III/2021 | 9 tháng 2021"
    assert "1 | Công tơ điện 1 pha | chiếc | 1.420 | 5.386" in lines[at + 2:]
    # a short label between two rows of the table is the table's own group row, the table goes on after it
    assert lines.index("2 | Cân bàn | chiếc | 412 | 1.584") > lines.index("Cân các loại") > at


def test_a_grid_without_text_rows_reads_as_before() -> None:
    rows = [[Cell("STT"), Cell("Chỉ tiêu"), Cell("2020"), Cell("2021")],
            [Cell("1"), Cell("Kiểm định PTĐ"), Cell("10.798"), Cell("11.709")]]
    assert grid_lines(rows) == ["STT | Chỉ tiêu | 2020 | 2021", "1 | Kiểm định PTĐ | 10.798 | 11.709"]
    # a paragraph in a row of its own splits any grid, not only a sheet's
    long = "Ghi chú: " + "số liệu tháng 9 là số ước thực hiện, " * 8
    assert grid_lines(rows + [[Cell(long, 4)]])[-1] == long.strip()


PANDOC = r"""**BÁO CÁO**\
**Kết quả giải quyết thủ tục hành chính lĩnh vực
tiêu chuẩn đo lường chất lượng năm 2022**

[Độc lập - Tự do - Hạnh phúc]{.underline}

# I. KẾT QUẢ {#ket-qua}

Tỷ lệ đúng hạn đạt 98,6\%, thu phí 31,6 triệu đồng (khoảng 1.350 US\$); vượt\ (đạt 110%).

**KT. CHI CỤC TRƯỞNG**\
**PHÓ CHI CỤC TRƯỞNG**\
\
*(Đã ký)*\
\
**Hoàng Thị Minh Tâm**
"""


def test_pandoc_markdown_reads_without_its_marks() -> None:
    lines = [line for line in markdown_to_text(PANDOC).split("\n") if line.strip()]
    assert lines[:3] == ["BÁO CÁO", "Kết quả giải quyết thủ tục hành chính lĩnh vực",
                         "tiêu chuẩn đo lường chất lượng năm 2022"]
    assert "Độc lập - Tự do - Hạnh phúc" in lines and "I. KẾT QUẢ" in lines
    assert "Tỷ lệ đúng hạn đạt 98,6%, thu phí 31,6 triệu đồng (khoảng 1.350 US$); vượt (đạt 110%)." in lines
    assert lines[-4:] == ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "(Đã ký)", "Hoàng Thị Minh Tâm"]
    assert not any("\\" in line or "**" in line or "{" in line for line in lines)


UNMARKED = """SO KHOA HOC VA CONG NGHE BAC LIEU   CONG HOA XA HOI CHU NGHIA VIET NAM
  CHI CUC TIEU CHUAN DO LUONG          Doc lap - Tu do - Hanh phuc
So: 96/BC-TDC                       Bac Lieu, ngay 03 thang 7 nam 2019

                              BAO CAO
   Ket qua kiem tra chat luong xang dau 6 thang dau nam 2019

""" + "Trong 6 thang dau nam 2019, Chi cuc da kiem tra 72 cua hang xang dau, lay 108 mau xang dau de thu nghiem. " * 30


def test_a_report_typed_without_diacritics_gets_its_title_year_and_date() -> None:
    assert typed_without_diacritics(UNMARKED)
    assert not typed_without_diacritics("Trong 6 tháng đầu năm 2019, Chi cục đã kiểm tra 72 cửa hàng. " * 40)
    md = extract_metadata(UNMARKED, "x")
    assert (md.year, md.date, md.accentless) == (2019, "2019-07-03", True)
    assert md.title.startswith("BAO CAO Ket qua kiem tra chat luong xang dau")


def test_a_saved_mail_loses_its_headers_and_its_letterhead_splits_in_two(tmp_path: Path) -> None:
    mail = ("From: Tran Thi Thu Trang <tttrang.tdc@baclieu.gov.vn>\nTo: Ho Minh Tri <hmtri@baclieu.gov.vn>\n"
            "Subject: Bao cao ket qua kiem tra xang dau\n  6 thang dau nam 2019\nDate: Wed, 3 Jul 2019 08:47:15 +0700\n"
            "Content-Type: text/plain; charset=us-ascii\n\nKinh gui Chi cuc truong,\n\n" + UNMARKED)
    assert mail_headers(mail).startswith("Bao cao ket qua kiem tra xang dau 6 thang dau nam 2019\n\nKinh gui")
    assert mail_headers("From: a\nTo: b\n\ntext") == "From: a\nTo: b\n\ntext"  # two fields: no mail header block
    assert mail_headers("Kết quả: 5 mẫu\nSubject: x\n") == "Kết quả: 5 mẫu\nSubject: x\n"
    f = tmp_path / "mail.txt"
    f.write_text(mail, encoding="ascii")
    lines = [line.strip() for line in TextLoader().load(f).pages[0].text.split("\n")]
    assert not any(line.startswith(("From:", "To:", "Date:", "Content-Type")) for line in lines)
    assert lines.index("SO KHOA HOC VA CONG NGHE BAC LIEU") < lines.index("CHI CUC TIEU CHUAN DO LUONG") \
        < lines.index("CONG HOA XA HOI CHU NGHIA VIET NAM") < lines.index("Doc lap - Tu do - Hanh phuc")
