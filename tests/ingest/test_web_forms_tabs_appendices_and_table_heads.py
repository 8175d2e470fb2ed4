"""A report filed in a web form and saved from the browser (its figures and text are the values of the page's
controls, not its markup's text), MkDocs Material's content tabs and task lists, lists of a report's appendices (a
table of contents, a documentation page's links to its appendix pages) that are no appendix headings, an e-office
record's "Trích yếu" as the report's title, and a PDF table whose header and first rows come a cell per line (a
dashboard exported to PDF)."""

from __future__ import annotations

from pathlib import Path

from ingest.loaders.html import HtmlLoader
from ingest.metadata import official_title
from ingest.reflow import stacked_heads
from ingest.splitter import SentenceSplitter

FORM_PAGE = """<!DOCTYPE html><html><head><title>Chi tiết báo cáo - Hệ thống thông tin báo cáo</title></head><body>
<nav class="navbar"><form><input type="search" name="q" placeholder="Tìm kiếm"><button>Tìm</button></form></nav>
<form method="post" action="/BaoCao/Luu/1375">
<input type="hidden" name="__RequestVerificationToken" value="CfDJ8N2x">
<input type="hidden" name="GiaTriCu" value="148">
<div class="form-group"><label for="KyBaoCao">Kỳ báo cáo</label>
<select id="KyBaoCao" class="form-select"><option value="1">Quý I</option>
<option value="6" selected>6 tháng đầu năm 2023</option></select></div>
<div class="form-group"><label for="SoPTD">Số PTĐ được kiểm định</label>
<input type="text" id="SoPTD" class="form-control" value="12.846" readonly></div>
<div class="form-group"><label for="SoMau">Số mẫu kiểm tra</label>
<input type="number" id="SoMau" class="form-control" value="184"></div>
<div class="form-group"><label for="TyLe">Tỷ lệ so với kế hoạch (%)</label>
<input type="number" id="TyLe" class="form-control" value="54.2" step="0.1"></div>
<div class="d-none" id="banNhap">Bản nháp ngày 28/6: kiểm định 12.486 PTĐ.</div>
<div class="d-none d-md-block">Chi cục Tiêu chuẩn Đo lường Chất lượng Sóc Trăng</div>
<div class="form-group"><label for="TienPhat">Số tiền xử phạt (đồng)</label>
<input type="text" id="TienPhat" class="form-control" placeholder="VD: 1.250"></div>
<div class="form-group"><label>Trạng thái</label>
<label><input type="radio" name="tt" checked> Đã duyệt</label> <label><input type="radio" name="tt"> Chờ duyệt</label></div>
<div class="form-group"><label for="KetQua">Kết quả thực hiện</label>
<textarea id="KetQua" class="form-control" rows="4">Kiểm định 12.846 PTĐ, đạt 53,5% kế hoạch năm.
Kiểm tra 184 mẫu xăng dầu, phát hiện 3 mẫu không đạt.</textarea></div>
<table class="table"><thead><tr><th>Huyện, thị xã</th><th>Kế hoạch</th><th>Thực hiện</th></tr></thead>
<tbody><tr><td>Mỹ Xuyên</td><td><input class="form-control" value="1.200"></td>
<td><input class="form-control" value="1.315" readonly></td></tr></tbody></table>
<button type="submit" class="btn btn-primary">Lưu</button>
</form>
<div class="modal fade" id="modalGui" role="dialog" aria-hidden="true"><div class="modal-body">Bạn có chắc chắn muốn gửi
báo cáo số 138/BC-TĐC?</div></div></body></html>"""


def _text(tmp_path: Path, html: str) -> str:
    page = tmp_path / "bao-cao.html"
    page.write_text(html, encoding="utf-8")
    return HtmlLoader().load(page).pages[0].text


def test_a_filled_in_form_reads_as_the_values_its_controls_show(tmp_path: Path) -> None:
    text = _text(tmp_path, FORM_PAGE)
    lines = text.split("\n")
    assert "Số PTĐ được kiểm định: 12.846" in lines  # a text box's value, its label naming it
    assert "Số mẫu kiểm tra: 184" in lines  # a number box's raw value
    assert "Tỷ lệ so với kế hoạch (%): 54,2" in lines  # its decimal point is a machine's: 54,2 not 542
    assert "Chi cục Tiêu chuẩn Đo lường Chất lượng Sóc Trăng" in lines  # hidden on a phone only
    assert "12.486" not in text  # a draft the page keeps hidden (Bootstrap's d-none)
    assert "Kỳ báo cáo: 6 tháng đầu năm 2023" in lines  # the option chosen, not "Quý I"
    assert "Kiểm tra 184 mẫu xăng dầu, phát hiện 3 mẫu không đạt." in lines  # a textarea, line by line
    assert "Mỹ Xuyên | 1.200 | 1.315" in lines  # a grid of inputs is a table
    assert "☒ Đã duyệt ☐ Chờ duyệt" in text
    assert "Số tiền xử phạt (đồng)" in lines  # an empty field: its label alone, not its placeholder's example
    for unseen in ("1.250", "148", "CfDJ8N2x", "Quý I", "Tìm kiếm", "Lưu", "Bạn có chắc"):
        assert unseen not in text  # placeholders, hidden inputs, other options, a search box, buttons, a closed dialog


SPHINX_PAGE = """<html><body><div role="main"><section id="bao-cao">
<h1>Báo cáo công tác 9 tháng đầu năm 2024</h1>
<section id="i"><h2>I. Kết quả thực hiện nhiệm vụ</h2>
<section id="1"><h3>1. Công tác tham mưu</h3>
<p>Chi cục đã tham mưu ban hành 17 văn bản. Danh mục chi tiết được trình bày tại các phụ lục:</p>
<div class="toctree-wrapper compound"><ul>
<li class="toctree-l1"><a class="reference internal" href="phu-luc-1.html">Phụ lục: Danh mục văn bản đã tham mưu ban hành</a></li>
<li class="toctree-l1"><a class="reference internal" href="phu-luc-2.html">Phụ lục: Danh sách cơ sở vi phạm 9 tháng 2024</a></li>
</ul></div></section>
<section id="2"><h3>2. Công tác tiêu chuẩn</h3><p>Chi cục đã cung cấp 312 tiêu chuẩn quốc gia.</p></section>
</section>
<section id="ii"><h2>II. Tồn tại, hạn chế</h2><p>Nhân lực còn thiếu.</p></section>
</section></div></body></html>"""


def test_a_list_of_appendices_heads_no_section(tmp_path: Path) -> None:
    text = _text(tmp_path, SPHINX_PAGE)
    assert "Phụ lục: Danh mục văn bản đã tham mưu ban hành\nPhụ lục: Danh sách cơ sở vi phạm 9 tháng 2024" in text
    blocks = SentenceSplitter().blocks(text)
    sections = {text[b.start : b.end]: b.section for b in blocks}
    assert sections["Chi cục đã cung cấp 312 tiêu chuẩn quốc gia."] == "I. Kết quả thực hiện nhiệm vụ › 2. Công tác tiêu chuẩn"
    assert sections["Nhân lực còn thiếu."] == "II. Tồn tại, hạn chế"


def test_an_appendix_after_the_signature_still_heads_its_own_section() -> None:
    text = ("I. KẾT QUẢ\nKiểm định 1.204 PTĐ.\nCHI CỤC TRƯỞNG\nNguyễn Văn An\n"
            "Phụ lục 1. Kết quả kiểm định phương tiện đo năm 2020\nĐơn vị tính: chiếc\nTT | Nhóm | Số lượng\n1 | Cân | 104")
    blocks = SentenceSplitter().blocks(text)
    assert blocks[-1].section == "Phụ lục 1. Kết quả kiểm định phương tiện đo năm 2020"


MKDOCS_TABS = """<html><body><input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">
<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search"><label class="md-overlay" for="__drawer"></label>
<article class="md-content__inner md-typeset">
<div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked="checked" id="__tabbed_1_1" name="__tabbed_1" type="radio" /><input id="__tabbed_1_2" name="__tabbed_1" type="radio" /><div class="tabbed-labels"><label for="__tabbed_1_1">Năm 2024</label><label for="__tabbed_1_2">Năm 2023</label></div>
<div class="tabbed-content">
<div class="tabbed-block"><table><thead><tr><th>Chỉ tiêu</th><th>Số lượng</th></tr></thead>
<tbody><tr><td>PTĐ được kiểm định</td><td>12.846</td></tr></tbody></table></div>
<div class="tabbed-block"><table><thead><tr><th>Chỉ tiêu</th><th>Số lượng</th></tr></thead>
<tbody><tr><td>PTĐ được kiểm định</td><td>11.902</td></tr></tbody></table></div>
</div></div>
<div class="tabbed-set" data-tabs="2:2"><input checked="checked" id="__tabbed_2_1" name="__tabbed_2" type="radio" /><label for="__tabbed_2_1">Trung tâm</label><div class="tabbed-content">
<p>Thử nghiệm 1.284 mẫu.</p></div>
<input id="__tabbed_2_2" name="__tabbed_2" type="radio" /><label for="__tabbed_2_2">Chi cục</label><div class="tabbed-content">
<p>Kiểm tra 186 cơ sở.</p></div></div>
<ul class="task-list"><li class="task-list-item"><input type="checkbox" disabled checked/> Hoàn thành kiểm tra xăng dầu</li>
<li class="task-list-item"><label class="task-list-control"><input type="checkbox" disabled/><span class="task-list-indicator"></span></label> Tập huấn ISO 9001</li></ul>
</article></body></html>"""


def test_content_tabs_each_open_with_their_own_label(tmp_path: Path) -> None:
    text = _text(tmp_path, MKDOCS_TABS)
    assert text.split("\n") == [
        "Năm 2024", "Chỉ tiêu | Số lượng", "PTĐ được kiểm định | 12.846",
        "Năm 2023", "Chỉ tiêu | Số lượng", "PTĐ được kiểm định | 11.902",
        "Trung tâm", "Thử nghiệm 1.284 mẫu.", "Chi cục", "Kiểm tra 186 cơ sở.",
        "☒ Hoàn thành kiểm tra xăng dầu", "☐ Tập huấn ISO 9001",  # a task list's state: done or not
    ]  # (the theme's menu and search toggles, and the tabs' radio buttons, are no answers ticked)


def test_an_e_office_records_summary_field_is_the_reports_title() -> None:
    text = ("Chi tiết báo cáo Đã duyệt\nTrang chủ\nSỐ KHOA HỌC VÀ CÔNG NGHỆ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nTrích yếu nội dung: BÁO CÁO Sơ kết công tác 6 tháng đầu năm 2023\n"
            "Kỳ báo cáo: 6 tháng đầu năm 2023\nKế hoạch kiểm định năm 2023 (PTĐ): 23700\nSố PTĐ được hiệu chuẩn: 624")
    assert official_title(text) == "BÁO CÁO Sơ kết công tác 6 tháng đầu năm 2023"
    # (a form's field opening on a document type is no title: "Kế hoạch kiểm định năm 2023 (PTĐ): 23700")
    assert official_title(text.replace("Trích yếu nội dung: ", "")) != "Kế hoạch kiểm định năm 2023 (PTĐ): 23700"


def test_a_tables_head_read_a_cell_per_line_is_joined_into_rows() -> None:
    text = "\n".join([
        "Kiểm định PTĐ theo địa bàn", "Huyện/Thị xã/Thành phố", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)",
        "Thành phố Vĩnh Long", "3.200", "3.514", "109,8",
        "Thị xã Bình Minh | 1.150 | 1.206 | 104,9", "Huyện Long Hồ | 1.650 | 1.792 | 108,6",
        "Đồng hồ nước lạnh | 3.406 | 3.652 | 107,2 Huyết áp kế | 1.128 | 1.175 | 104,2",
        "Tổng | 12.000 | 12.853 | 107,1",
    ])
    assert stacked_heads(text).split("\n") == [
        "Kiểm định PTĐ theo địa bàn", "Huyện/Thị xã/Thành phố | Kế hoạch | Thực hiện | Tỷ lệ (%)",
        "Thành phố Vĩnh Long | 3.200 | 3.514 | 109,8",
        "Thị xã Bình Minh | 1.150 | 1.206 | 104,9", "Huyện Long Hồ | 1.650 | 1.792 | 108,6",
        "Đồng hồ nước lạnh | 3.406 | 3.652 | 107,2", "Huyết áp kế | 1.128 | 1.175 | 104,2",  # two rows read as one
        "Tổng | 12.000 | 12.853 | 107,1",
    ]
    prose = "Kết quả như sau:\nNăm 2023\nKiểm định\nTổng số | 12.853 | PTĐ"
    assert stacked_heads(prose) == prose  # lines that are no row of the table's shape stay
