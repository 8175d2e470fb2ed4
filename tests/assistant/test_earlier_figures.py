"""Changes worked from the earlier figure a sentence writes beside the current one, past other brackets
("23.418 phương tiện đo (PTĐ), đạt 55,8% kế hoạch (kế hoạch năm là 42.000 PTĐ), tăng 8,6% so với năm 2023
(21.564 PTĐ)"), in a counter ("(401 chiếc)" of taximet), asked without the earlier year ("ít hơn năm trước");
and a year's result as the next review writes it after the figure ("cao hơn mức 89,1% của năm 2023")
rather than the plan the previous review set for it."""

from __future__ import annotations

import pytest
from answer_values import number as _number

REVIEW_2024 = """CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TỈNH ĐỒNG SƠN
BÁO CÁO Kết quả thực hiện nhiệm vụ năm 2024

1. Đo lường

Năm 2024, Chi cục đã thực hiện kiểm định, hiệu chuẩn 23.418 phương tiện đo (PTĐ), đạt 55,8% kế hoạch năm (kế hoạch năm là 42.000 PTĐ), tăng 8,6% so với năm 2023 (21.564 PTĐ).

Kiểm định 276 taximet, giảm 31,2% so với năm 2023 (401 chiếc) do nhiều doanh nghiệp chuyển sang xe công nghệ.

2. Đào tạo

Chi cục đã tổ chức 14 lớp tập huấn về đo lường (kế hoạch năm là 12 lớp), thu hút 1.326 lượt người tham dự (năm 2023: 1.104 lượt người).

3. Thủ tục hành chính

Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt 94,8%, cao hơn mức 89,1% của năm 2023.
"""

REVIEW_2022 = """CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TỈNH ĐỒNG SƠN
BÁO CÁO Kết quả thực hiện nhiệm vụ năm 2022 và phương hướng năm 2023

Năm 2022, Chi cục đã kiểm định, hiệu chuẩn 19.870 phương tiện đo.

Phương hướng năm 2023: phấn đấu tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt 95%.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"dongson_2024.txt": REVIEW_2024, "dongson_2022.txt": REVIEW_2022})
    yield service
    service.close()


def test_a_change_against_the_year_before_past_other_brackets(svc) -> None:  # noqa: ANN001
    a = svc.ask("Lượng PTĐ được kiểm định, hiệu chuẩn năm 2024 nhiều hơn năm trước bao nhiêu chiếc?")
    assert _number(a) == 1854 and "23.418 - 21.564 = 1.854" in (a.working or ""), a.answer
    a = svc.ask("Năm 2024 Chi cục Đồng Sơn kiểm định ít hơn năm trước bao nhiêu chiếc taximet?")
    assert _number(a) == 125 and "401 - 276 = 125" in (a.working or ""), a.answer  # "(401 chiếc)" counts taximet


def test_a_figure_after_a_bracketed_plan_is_no_plan(svc) -> None:  # noqa: ANN001
    a = svc.ask("Lượt người dự tập huấn năm 2024 nhiều hơn năm 2023 bao nhiêu?")
    assert _number(a) == 222, a.answer  # 1.326 - 1.104: "(kế hoạch năm là 12 lớp)" is the 14 lớp's plan


def test_a_years_result_as_the_next_review_writes_it(svc) -> None:  # noqa: ANN001
    a = svc.ask("Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn năm 2023 là bao nhiêu?")
    assert _number(a) == 89.1 and a.year == 2023, a.answer  # not the 95% the 2022 review set as 2023's target
