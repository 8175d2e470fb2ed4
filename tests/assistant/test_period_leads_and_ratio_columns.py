"""Three ways a report says what a figure is without saying it in the figure's sentence:

* a ratio column that names its base ("So sánh (%) TH/KH năm") answers "đạt bao nhiêu % kế hoạch năm" —
  it is a ratio, not a change, when the question asks against that base;
* a lead line that opens the lines below it on another year ("6 tháng đầu năm 2024:" in a panel of the
  previous period's figures) makes them that year's, not the report's;
* a column that says what it counts ("Số cơ sở được kiểm tra Năm 2025") gives its cells that unit, and a
  "Số cơ sở vi phạm" column's cell is no answer to how many were checked.
"""

from __future__ import annotations

import pytest

from answer_values import number as _number

BAC_GIANG = """SỞ KHOA HỌC VÀ CÔNG NGHỆ BẮC GIANG
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 88/BC-TTKT
Bắc Giang, ngày 04 tháng 7 năm 2025
BÁO CÁO
Sơ kết công tác 6 tháng đầu năm 2025

1. Công tác kiểm định phương tiện đo
Trong 6 tháng đầu năm 2025, Trung tâm đã kiểm định 28.410 phương tiện đo (PTĐ), đạt 47,4% kế hoạch năm.
Một số nhóm PTĐ giảm so với cùng kỳ như cân bàn (đạt 91,5% so với cùng kỳ), taximet (93,0%) và PTĐ độ ẩm hạt (78,0%).
Bảng 1. Kết quả kiểm định phương tiện đo 6 tháng đầu năm 2025
TT | Loại phương tiện đo | Đơn vị tính | Kế hoạch năm 2025 | Thực hiện 6 tháng đầu năm 2025 | Cùng kỳ năm 2024 | So sánh (%) TH/KH năm | So sánh (%) TH/cùng kỳ
1 | Công tơ điện xoay chiều 1 pha | chiếc | 30.000 | 14.120 | 13.050 | 47,1 | 108,2
2 | Cân bàn | chiếc | 2.600 | 1.103 | 1.205 | 42,4 | 91,5
3 | Taximet | chiếc | 500 | 240 | 258 | 48,0 | 93,0

2. Công tác kiểm tra
Trong 6 tháng, Trung tâm phối hợp kiểm tra 97 cơ sở, phát hiện 9 cơ sở vi phạm.
Bảng 2. Kết quả phối hợp kiểm tra theo lĩnh vực
TT | Lĩnh vực | Số cơ sở vi phạm Năm 2025 | Số cơ sở được kiểm tra Năm 2025 | Số cơ sở được kiểm tra Năm 2024
1 | Xăng dầu | 3 | 41 | 37
2 | Vàng trang sức | 2 | 19 | 22

3. Tài chính
Tổng doanh thu 6 tháng đầu năm 2025 đạt 4.812,5 triệu đồng. Trung tâm đã nộp ngân sách nhà nước 352,7 triệu đồng.
Tổng chi hoạt động 6 tháng là 3.950,2 triệu đồng.

GIÁM ĐỐC
(Đã ký)
Trần Văn Hùng

Số liệu kỳ trước (tham khảo): 6 tháng đầu năm 2024 và cả năm 2024
6 tháng đầu năm 2024:
Kiểm định 26.930 PTĐ; thử nghiệm 1.022 mẫu.
Doanh thu 4.100,5 triệu đồng; nộp ngân sách nhà nước 341,2 triệu đồng.
Cả năm 2024:
Kiểm định 58.200 PTĐ; thử nghiệm 2.310 mẫu.
Doanh thu 9.420,0 triệu đồng; nộp ngân sách nhà nước 698,4 triệu đồng.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"bacgiang_6t_2025.txt": BAC_GIANG})
    yield service
    service.close()


def test_a_ratio_column_naming_the_plan_answers_a_percent_of_the_plan(svc) -> None:  # noqa: ANN001
    a = svc.ask("Kiểm định cân bàn 6 tháng đầu năm 2025 đạt bao nhiêu % kế hoạch năm?")
    assert not a.abstained and _number(a) == 42.4, a.answer


def test_a_lead_line_of_another_year_makes_the_lines_below_it_that_years(svc) -> None:  # noqa: ANN001
    a = svc.ask("Nộp ngân sách nhà nước 6 tháng đầu năm 2025 được bao nhiêu?")
    assert not a.abstained and _number(a) == 352.7, a.answer


def test_a_column_says_what_its_cells_count(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2025 đã kiểm tra bao nhiêu cơ sở xăng dầu?")
    assert not a.abstained and _number(a) == 41, a.answer


def test_a_follow_up_for_another_period_asks_the_same_thing(svc) -> None:  # noqa: ANN001
    from assistant.models import Turn

    history = [Turn(role="user", content="6 tháng đầu năm nay Trung tâm kiểm định được bao nhiêu phương tiện đo?"),
               Turn(role="assistant", content="Năm 2025: 28.410 phương tiện đo.")]
    a = svc.ask("Cả năm ngoái thì được bao nhiêu?", history)
    assert not a.abstained and _number(a) == 58_200, a.answer


def test_kh_is_the_plan(svc) -> None:  # noqa: ANN001
    """"KH năm 2025 giao …" asks the plan (the "Kế hoạch năm 2025" cell), not what was done; "Sở KH&CN" is no plan."""
    from assistant.question import analyze

    a = svc.ask("Theo KH năm 2025, Trung tâm được giao kiểm định bao nhiêu công tơ điện xoay chiều 1 pha?")
    assert not a.abstained and _number(a) == 30_000, a.answer
    assert not analyze("Sở KH&CN đã ban hành bao nhiêu quyết định năm 2025?").plan
    assert not analyze("Chi cục đạt bao nhiêu % KH năm 2025?").plan  # a result against its plan
