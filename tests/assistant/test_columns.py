"""A table's columns and a sentence's own label: "So với 2022 (%)" is the report year's rate measured against
2022, not a 2022 figure; "9 tháng năm 2023" under a caption "so với cùng kỳ và kế hoạch năm" is what was done,
not the plan; "Số doanh nghiệp … là 14[2]" counts doanh nghiệp, and "[2]" is a footnote's mark, no figure;
"vượt kế hoạch bao nhiêu" is worked from a row's plan and result; a change asked is never a level."""

from __future__ import annotations

import pytest

from assistant.numbers import find_quantities
from answer_values import number as _number

THAI_NGUYEN = """UBND TỈNH THÁI NGUYÊN
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 186/BC-TĐC
Thái Nguyên, ngày 20 tháng 12 năm 2023
BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2023 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Thái Nguyên

1. Kiểm định phương tiện đo
Bảng 1. Kết quả kiểm định PTĐ năm 2023
TT | Loại PTĐ | ĐVT | Năm 2022 | Kế hoạch 2023 | Thực hiện 2023 | So với KH (%) | So với 2022 (%)
1 | Cân thương mại | chiếc | 3.412 | 3.500 | 3.687 | 105,3 | 108,1
2 | Đồng hồ đo nước lạnh | chiếc | 6.870 | 7.000 | 7.412 | 105,9 | 107,9

2. Năng suất chất lượng
Số doanh nghiệp được hỗ trợ áp dụng các công cụ cải tiến năng suất (5S, Kaizen, Lean) năm 2023 là 14[2] (năm 2022: 11 doanh nghiệp); ngoài ra, Chi cục đã hỗ trợ 3 doanh nghiệp xây dựng, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.
[2] Gồm: 8 doanh nghiệp áp dụng công cụ 5S, 4 doanh nghiệp áp dụng Kaizen và 2 doanh nghiệp áp dụng Lean.

3. Công bố hợp quy
Trong năm, Chi cục đã tiếp nhận 214 hồ sơ công bố hợp quy của 96 tổ chức, cá nhân.
"""

LONG_AN = """UBND TỈNH LONG AN
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 398/BC-CCTĐC
Long An, ngày 28 tháng 9 năm 2023
BÁO CÁO
Sơ kết kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2023 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Long An

1. Kiểm định phương tiện đo
Bảng 1. Kết quả kiểm định PTĐ 9 tháng đầu năm 2023 so với cùng kỳ và kế hoạch năm
TT | Loại phương tiện đo | Đơn vị tính | 9 tháng năm 2022 | 9 tháng năm 2023 | Kế hoạch năm 2023 | Tỷ lệ so với KH (%)
1 | Cột đo xăng dầu | cột | 1.984 | 2.146 | 2.400 | 89,4
2 | Công tơ điện | chiếc | 3.211 | 3.605 | 3.500 | 103,0
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"chicuc_thainguyen_2023.txt": THAI_NGUYEN, "chicuc_longan_9thang_2023.txt": LONG_AN})
    yield service
    service.close()


def test_a_rate_against_last_year_is_this_years_column(svc) -> None:  # noqa: ANN001
    a = svc.ask("So với năm 2022, số đồng hồ nước được Chi cục Thái Nguyên kiểm định năm 2023 bằng bao nhiêu phần trăm?")
    assert _number(a) == 107.9, a.answer  # "So với 2022 (%)", not "So với KH (%)"


def test_a_periods_result_is_no_plan_whatever_the_caption_says(svc) -> None:  # noqa: ANN001
    a = svc.ask("Chỉ tiêu kiểm định công tơ điện cả năm 2023 của Chi cục Long An là bao nhiêu chiếc?")
    assert _number(a) == 3500, a.answer  # "Kế hoạch năm 2023", not "9 tháng năm 2023"


def test_the_count_a_sentence_names_before_la(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2023 Chi cục Thái Nguyên hỗ trợ được mấy doanh nghiệp áp dụng công cụ cải tiến năng suất?")
    assert _number(a) == 14, a.answer  # not the 3 doanh nghiệp helped with ISO 9001, nor the mark [2]


def test_a_footnote_mark_is_no_figure() -> None:
    assert [(q.kind, q.value) for q in find_quantities("là 14[2] (năm 2022: 11 doanh nghiệp)")] == [
        ("number", 14.0), ("note", None), ("year", 2022.0), ("number", 11.0)]
    assert [q.kind for q in find_quantities("[2] Gồm: 8 doanh nghiệp")] == ["note", "number"]
    assert [q.value for q in find_quantities("mục [3] và 5")] == [3.0, 5.0]  # a bracketed figure apart stays one


def test_over_the_plan_is_worked_from_the_rows_plan_and_result(svc) -> None:  # noqa: ANN001
    a = svc.ask("Số cân thương mại Chi cục Thái Nguyên kiểm định năm 2023 vượt kế hoạch bao nhiêu chiếc?")
    assert _number(a) == 187, a.answer  # 3.687 - 3.500, not the plan's 3.500


def test_a_change_asked_is_no_level(svc) -> None:  # noqa: ANN001
    a = svc.ask("Số hồ sơ công bố hợp quy Chi cục Thái Nguyên tiếp nhận năm 2023 tăng thêm bao nhiêu hồ sơ?")
    assert a.abstained, a.answer  # 214 is how many, not how many more: no earlier figure is given
