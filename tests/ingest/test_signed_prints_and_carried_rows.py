"""A signed report printed from a provincial e-office page: the browser's header and footer on every page (the
print time, the page's title, its address and "2/8"), the signing box and the receiving body's "ĐẾN" stamp drawn
over page 1 after its text, the page's title as the PDF's title; a table carried over a page break whose last
rows the plain extraction writes a cell per line; the first row's label wrapped above its figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders.pdf import positioned_text
from ingest.pipeline import DocumentReader

SIGNED = Path(__file__).parents[2] / "eval/data/newdocs70/reports/BC_6thang_2024_ChiCucTDC_BinhThuan_kyso_eoffice.pdf"


@pytest.fixture(scope="module")
def signed():  # noqa: ANN201
    return DocumentReader().read(SIGNED)


def test_the_browsers_header_and_footer_go_from_every_page(signed) -> None:  # noqa: ANN001
    lines = signed.text.split("\n")
    assert not any("qlvb.binhthuan.gov.vn" in line for line in lines)
    assert not any(line.strip() in {f"{n}/8" for n in range(1, 9)} or line.strip().startswith(tuple(f"{n}/8 " for n in range(1, 9)))
                   for line in lines)
    # (a sentence running over a page break is whole again: no "2/8 12/07/2024, 09:03 | Văn bản đến …" inside it)
    assert "số thông báo gửi doanh nghiệp tăng 18,2%." in signed.text
    assert sum("12/07/2024, 09:03" in line for line in lines) <= 1  # (page 1's, under the stamps, is no page's edge)


def test_the_received_stamp_goes_to_the_front_with_the_signing_box(signed) -> None:  # noqa: ANN001
    head = signed.text.split("\n")[:10]
    assert head[0].startswith("Ký bởi:") and any("Thời gian ký" in line for line in head)
    assert any("Số: 4587" in line for line in head)
    assert "Chuyển: P.KT - Đ/c Thanh" in head
    assert "Đ/c Thanh 12/07/2024" not in signed.text  # (no longer glued to the next page's print time)


def test_the_reports_subject_line_titles_it_not_the_browsers_page_title(signed) -> None:  # noqa: ANN001
    assert signed.title.startswith("BÁO CÁO Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024")
    assert signed.year == 2024


def test_a_tables_last_rows_carried_over_a_page_break_read_as_rows(signed) -> None:  # noqa: ANN001
    lines = signed.text.split("\n")
    assert "- | Tổng cộng | PTĐ | 18.500 | 9.864 | 8.917 | 53,3" in lines
    assert "- | Tổng cộng | 67 | 8 | 34 | 3 | 90.000.000" in lines
    assert "TT | Đối tượng kiểm tra | Số cơ sở kiểm tra | Số cơ sở vi phạm | Số mẫu thử nghiệm | Số mẫu không đạt | " \
           "Số tiền phạt (đồng)" in lines
    # the first row under the header keeps its whole label, wrapped above its figures
    assert ("5 | PTĐ khác (taximet, áp kế, tỷ trọng kế, phương tiện đo điện tim, điện não) | chiếc | 750 | 297 | 310 | 39,6"
            in lines)
    assert "PTĐ khác (taximet, áp kế," not in lines


def _placed(x0: float, x1: float, y: float, text: str) -> dict:
    return {"x0": x0, "x1": x1, "y": y, "h": 11.0, "text": text}


def test_the_first_rows_label_wrapped_above_its_figures_opens_that_row() -> None:
    strings = [_placed(10, 22, -100, "TT"), _placed(50, 120, -100, "Nội dung"), _placed(200, 240, -100, "KH năm 2024"),
               _placed(260, 300, -100, "TH 6 tháng"), _placed(320, 360, -100, "Tỷ lệ (%)")]
    strings += [_placed(50, 170, -118, "PTĐ khác (taximet, áp kế,")]
    strings += [_placed(12, 18, -131, "5"), _placed(50, 170, -131, "tỷ trọng kế, huyết áp kế)"), _placed(210, 232, -131, "750"),
                _placed(270, 292, -131, "297"), _placed(330, 352, -131, "39,6")]
    strings += [_placed(10, 60, -150, "Tổng cộng"), _placed(200, 235, -150, "18.500"), _placed(262, 295, -150, "9.864"),
                _placed(330, 352, -150, "53,3")]
    lines = positioned_text(strings).split("\n")
    assert lines[1] == "5 | PTĐ khác (taximet, áp kế, tỷ trọng kế, huyết áp kế) | 750 | 297 | 39,6", lines
