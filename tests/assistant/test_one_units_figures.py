"""Several units' reports in one store: a change between two years is worked from one unit's figures (the
earlier year's column of the row that repeats the prose total, the next year's estimate its review plans),
not from another unit's report of the other year; two abbreviations side by side ("156 TCVN và 23 QCVN")
are told apart when the asked unit starts with one; "cơ sở sản xuất, kinh doanh" is one thing counted."""

from __future__ import annotations

import pytest
from answer_values import number as _number

DONG_GIANG_2021 = """CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TỈNH ĐÔNG GIANG
BÁO CÁO Tổng kết công tác năm 2021 và phương hướng nhiệm vụ năm 2022

1. Đo lường

Năm 2021, Chi cục đã phối hợp với các tổ chức kiểm định được chỉ định trên địa bàn thực hiện kiểm định 38.742 phương tiện đo (PTĐ), đạt 107,2% kế hoạch và tăng 10,3% so với năm 2020. Kết quả cụ thể như sau:

Bảng 1. Kết quả kiểm định phương tiện đo năm 2021
TT | Loại phương tiện đo | Kế hoạch năm 2021 | Thực hiện năm 2021 | Thực hiện năm 2020 | Tỷ lệ so với KH (%)
1 | Cân ô tô | 180 | 196 | 171 | 108,9
2 | Công tơ điện | 20.000 | 21.930 | 19.874 | 109,7
3 | Đồng hồ nước lạnh | 15.950 | 16.616 | 15.072 | 104,2
- | Tổng cộng | 36.130 | 38.742 | 35.117 | 107,2

2. Tiêu chuẩn

Chi cục thường xuyên cập nhật, phổ biến 156 TCVN và 23 QCVN mới ban hành tới các sở, ngành và doanh nghiệp.

3. Kiểm tra

Năm 2021, Chi cục thành lập 05 đoàn kiểm tra, trong đó 02 đoàn liên ngành, kiểm tra 214 cơ sở sản xuất, kinh doanh, đạt 107% kế hoạch năm.

4. Tài chính

Tổng kinh phí được giao năm 2021 là 3.126 triệu đồng. Dự toán kinh phí năm 2022 là 3.380 triệu đồng, trong đó kinh phí thực hiện chế độ tự chủ 2.460 triệu đồng.
"""

TAY_SON_2020 = """CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TỈNH TÂY SƠN
BÁO CÁO Tổng kết công tác năm 2020

1. Đo lường

Năm 2020, Trung tâm Kỹ thuật của Chi cục đã kiểm định 18.642 phương tiện đo các loại, đạt 103,6% kế hoạch năm.

2. Kiểm tra

Năm 2020, Chi cục kiểm tra 96 cơ sở kinh doanh xăng dầu, phát hiện 4 cơ sở vi phạm.
"""

THANH_SON_2022 = """CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TỈNH THANH SƠN
BÁO CÁO Tổng kết công tác năm 2022 và kế hoạch năm 2023

Năm 2022, Chi cục hỗ trợ 6 doanh nghiệp nâng cao năng suất chất lượng với tổng kinh phí 595 triệu đồng.

Kế hoạch năm 2023: hỗ trợ 8 doanh nghiệp nâng cao năng suất chất lượng, kinh phí 800 triệu đồng.
"""

THANH_SON_2023 = """CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TỈNH THANH SƠN
BÁO CÁO Tổng kết công tác năm 2023

Năm 2023, Chi cục hỗ trợ 7 doanh nghiệp nâng cao năng suất chất lượng với tổng kinh phí 724 triệu đồng, đạt 90,5% kinh phí kế hoạch.
"""

NAM_SON_2023 = """CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TỈNH NAM SƠN
BÁO CÁO Kết quả công tác năm 2023

Dự toán ngân sách năm 2023 được giao là 4.186 triệu đồng (năm 2022: 3.950 triệu đồng).
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"donggiang_2021.txt": DONG_GIANG_2021, "tayson_2020.txt": TAY_SON_2020,
                            "namson_2023.txt": NAM_SON_2023})
    yield service
    service.close()


@pytest.fixture(scope="module")
def svc_two_years(service_over):  # noqa: ANN001, ANN201
    service = service_over({"thanhson_2022.txt": THANH_SON_2022, "thanhson_2023.txt": THANH_SON_2023,
                            "tayson_2020.txt": TAY_SON_2020})
    yield service
    service.close()


def test_the_earlier_year_from_the_row_that_repeats_the_total(svc) -> None:  # noqa: ANN001
    a = svc.ask("Số PTĐ kiểm định năm 2021 nhiều hơn năm 2020 bao nhiêu chiếc?")
    assert _number(a) == 3625 and "38.742 - 35.117" in (a.working or ""), a.answer  # not Tây Sơn's 18.642
    assert {c.source.rsplit("/", 1)[-1] for c in a.citations} == {"donggiang_2021.txt"}, a.citations
    assert any("35.117" in c.quote for c in a.citations), a.citations  # the operands worked are the ones cited


def test_the_next_year_as_the_review_plans_it(svc) -> None:  # noqa: ANN001
    a = svc.ask("Dự toán kinh phí năm 2022 cao hơn kinh phí được giao năm 2021 bao nhiêu triệu đồng?")
    assert _number(a) == 254, a.answer  # 3.380 - 3.126, not Nam Sơn's 2023 figure


def test_an_abbreviation_heading_the_unit_is_the_thing_counted(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2021 Chi cục TĐC Đông Giang đã cập nhật, phổ biến bao nhiêu TCVN mới ban hành?")
    assert _number(a) == 156, a.answer  # not "23 QCVN mới ban hành"


def test_a_twofold_activity_is_one_count_not_a_sum(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2021 các đoàn kiểm tra của Chi cục đã kiểm tra tổng cộng bao nhiêu cơ sở sản xuất, kinh doanh?")
    assert _number(a) == 214 and not a.working, a.answer  # not 214 + 96


def test_each_years_own_review_gives_its_result_not_the_plan_before_it(svc_two_years) -> None:  # noqa: ANN001
    a = svc_two_years.ask("Kinh phí hỗ trợ doanh nghiệp nâng cao năng suất chất lượng năm 2023 của Chi cục Thanh Sơn nhiều hơn "
                "năm 2022 bao nhiêu triệu đồng?")
    assert _number(a) == 129, a.answer  # 724 - 595, not the 2022 review's plan of 800
