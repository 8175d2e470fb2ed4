"""A table's column named more closely in brackets under the caption's unit, a table's total row asked for
"chung của tất cả", a thing named with what it is about ("chuẩn quốc gia về độ ẩm") that the report writes
about another, a project period begun by the report's year (running, not planned), a date after a lead-in
("Nâng cao năng lực: Ngày …"), a row named under its group's cell ("Khối lượng | Cân ô tô"), and a figure at a table row's end that takes no unit from the next row."""

from __future__ import annotations

import pytest
from answer_values import number as _number

REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ YÊN
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 77/BC-TTKT
Phú Yên, ngày 20 tháng 12 năm 2022
BÁO CÁO
Tổng kết công tác năm 2022

1. Chuẩn đo lường
Năm 2022, Bộ trưởng Bộ Khoa học và Công nghệ đã phê duyệt chuẩn quốc gia về độ cứng Brinell tại Quyết định số 812/QĐ-BKHCN ngày 14/4/2022.
Nâng cao năng lực thử nghiệm: Ngày 09/8/2022, Văn phòng Công nhận Chất lượng đã đánh giá giám sát kết hợp đánh giá mở rộng phòng thử nghiệm của Trung tâm.
Ngày 21/10/2022, Văn phòng Công nhận Chất lượng đã đánh giá giám sát hệ thống quản lý của phòng hiệu chuẩn.

2. Đầu tư và kinh phí
Dự án "Tăng cường tiềm lực kiểm định của Trung tâm giai đoạn 2021 - 2023" có tổng mức đầu tư 9,8 tỷ đồng.
Dự án "Nâng cấp phòng hiệu chuẩn" có tổng mức đầu tư 4,1 tỷ đồng.
Bảng 2. Tình hình thực hiện dự toán kinh phí năm 2022
Đơn vị tính: triệu đồng
TT | Nguồn kinh phí | Dự toán được giao | Thực hiện (giải ngân) | Tỷ lệ (%)
1 | Kinh phí chi thường xuyên | 6.450 | 6.212 | 96,3
2 | Kinh phí sự nghiệp khoa học | 1.820 | 1.405 | 77,2
3 | Vốn đầu tư phát triển | 5.000 | 3.930 | 78,6
- | Tổng cộng | 13.270 | 11.547 | 87,0

3. Kiểm định
Bảng 4. Kết quả kiểm định theo lĩnh vực 6 tháng đầu năm 2022
TT | Lĩnh vực | Loại phương tiện đo | ĐVT | Thực hiện 6 tháng năm 2021 | Thực hiện 6 tháng năm 2022
1 | Khối lượng | Cân ô tô | Chiếc | 128 | 142
2 | Dung tích - Lưu lượng | Xitec ô tô | Chiếc | 81 | 96
Bảng 3. Kết quả kiểm định năm 2022
7 Huyết áp kế 900 1.035 862 115,0 120,1
8 Taximet 1.200 986 1.248 82,2 79,0
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt_phuyen_2022.txt": REPORT})
    yield service
    service.close()


def test_a_bracket_in_a_column_header_names_the_column_not_the_unit(svc) -> None:  # noqa: ANN001
    a = svc.ask("Vốn đầu tư phát triển năm 2022 đã giải ngân được bao nhiêu triệu đồng?")
    assert _number(a) == 3930 and "triệu đồng" in a.answer, a.answer  # the "Thực hiện (giải ngân)" cell, in the caption's triệu đồng


def test_the_whole_asked_is_the_total_row(svc) -> None:  # noqa: ANN001
    a = svc.ask("Theo Bảng 2, tỷ lệ thực hiện chung của tất cả các nguồn kinh phí năm 2022 là bao nhiêu phần trăm?")
    assert _number(a) == 87.0, a.answer  # not one source's 96,3%


def test_a_thing_about_something_else_is_not_answered(svc) -> None:  # noqa: ANN001
    a = svc.ask("Chuẩn quốc gia về độ ẩm được phê duyệt vào ngày nào?")
    assert a.abstained, a.answer  # the report approves the Brinell hardness standard, not a humidity one
    a = svc.ask("Chuẩn quốc gia về độ cứng Brinell được phê duyệt vào ngày nào?")
    assert not a.abstained and "14/4/2022" in a.answer, a.answer


def test_a_project_period_begun_by_the_reports_year_is_no_plan(svc) -> None:  # noqa: ANN001
    a = svc.ask("Dự án tăng cường tiềm lực kiểm định của Trung tâm có tổng mức đầu tư bao nhiêu?")
    assert _number(a) == 9.8 and "tỷ đồng" in a.answer, a.answer


def test_a_date_after_a_lead_in_dates_the_piece_after_its_comma(svc) -> None:  # noqa: ANN001
    a = svc.ask("Văn phòng Công nhận Chất lượng đánh giá giám sát kết hợp mở rộng phòng thử nghiệm của Trung tâm vào ngày nào?")
    assert "09/8/2022" in a.answer, a.answer


def test_a_figure_ending_a_row_takes_no_unit_from_the_next_row(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2022 kiểm định được bao nhiêu taximet?")
    assert _number(a) != 120.1, a.answer  # "… 120,1" then the next line "8 Taximet …": 120,1 is no taximet count


def test_a_row_is_named_by_its_own_cell_not_its_groups(svc) -> None:  # noqa: ANN001
    a = svc.ask("Số cân ô tô được kiểm định trong 6 tháng đầu năm 2022 là bao nhiêu chiếc?")
    assert _number(a) == 142, a.answer  # "Khối lượng | Cân ô tô", not "Dung tích - Lưu lượng | Xitec ô tô"
