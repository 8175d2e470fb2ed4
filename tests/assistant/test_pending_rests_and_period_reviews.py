"""Rests, changes and years as new reports write them:

* "còn bao nhiêu … chưa giải ngân" is the whole less what is done of it: the done figure said right after the
  whole ("dự toán … 4.826 triệu đồng; … đã giải ngân 2.145 triệu đồng"), or the whole its share names
  ("đã giải ngân … 2.071 triệu đồng, đạt 47,2% dự toán được giao" → the 4.386 triệu đồng of the estimate);
* a figure written with three decimals keeps them in the working ("5,214 - 4,673 = 0,541");
* "So với năm 2022, … tăng thêm bao nhiêu cơ sở?" works the change from the earlier figure its sentence
  gives, also past a footnote mark ("4.318 phương tiện đo các loại[3], … (3.909 phương tiện đo)");
* "Số PTĐ … tăng bao nhiêu so với …" counts PTĐ;
* a period review ("Báo cáo tổng kết … giai đoạn 2016–2020") answers for each year of its period;
* "(6 tháng đầu năm 2017: 5.231 PTĐ)" gives that period's figure.
"""

from __future__ import annotations

import pytest

from answer_values import number as _number
from assistant.question import question_unit

YEAR_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẾN TRE
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 281/BC-TĐC
Bến Tre, ngày 15 tháng 12 năm 2023
BÁO CÁO
Kết quả công tác tiêu chuẩn đo lường chất lượng năm 2023

1. Kiểm tra nhà nước
Năm 2023, Chi cục đã chủ trì 06 đoàn kiểm tra; tổng số cơ sở được kiểm tra là 148 cơ sở (năm 2022: 132 cơ sở), phát hiện 21 cơ sở vi phạm.

2. Kiểm định phương tiện đo
Trong năm, Chi cục đã thực hiện kiểm định 4.318 phương tiện đo các loại[3], đạt 50,8% kế hoạch năm (8.500 phương tiện đo) và tăng 10,5% so với cùng kỳ năm 2022 (3.909 phương tiện đo).

3. Công tác tài chính
Tổng dự toán ngân sách năm 2023 được giao là 4.826 triệu đồng; đến ngày 15/12/2023 đã giải ngân 2.145 triệu đồng.
Kinh phí hỗ trợ doanh nghiệp năm 2023 được giao là 5,214 tỷ đồng (kinh phí tự chủ 3,086 tỷ đồng). Đến ngày 15/12/2023, Chi cục đã chi hỗ trợ
4,673 tỷ đồng, đạt 89,6% dự toán.

4. Công tác tổ chức
Dự toán chi thường xuyên năm 2023 được UBND tỉnh giao cho Trung tâm là 4.386 triệu đồng, trong đó kinh phí thực hiện chế độ tự chủ 3.120 triệu đồng.
Tổng số công chức, viên chức của Chi cục là 24 người.

5. Thanh toán
Tổng kinh phí chi thường xuyên đã giải ngân đến ngày 30/11/2023 là 2.071 triệu đồng, đạt 47,2% dự toán được giao.

CHI CỤC TRƯỞNG
(Đã ký)
Nguyễn Văn An
"""

PERIOD_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÒA BÌNH
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 09/BC-TĐC
Hòa Bình, ngày 18 tháng 01 năm 2021
BÁO CÁO
Tổng kết công tác tiêu chuẩn đo lường chất lượng giai đoạn 2016–2020 và phương hướng, nhiệm vụ giai đoạn 2021–2025

1. Công tác đo lường
Giai đoạn 2016–2020, Trung tâm đã kiểm định tổng cộng 61.110 PTĐ. Cụ thể: năm 2016 kiểm định 10.872 PTĐ; năm 2017 kiểm định 11.506 PTĐ; năm 2018 kiểm định 12.450 PTĐ; năm 2019 kiểm định 13.318 PTĐ; năm 2020 kiểm định 12.964 PTĐ.

2. Công bố hợp chuẩn, hợp quy
Chi cục tiếp nhận hồ sơ công bố hợp quy tăng dần qua các năm, cao nhất là năm 2019 với 58 hồ sơ (năm 2018: 46 hồ sơ).

3. Năm 2020
Năm 2020, do dịch Covid-19, Trung tâm tạm dừng kiểm định tại cơ sở từ ngày 01/4/2020 đến ngày 22/4/2020. Trong năm 2020,
Chi cục tổ chức 05 lớp tập huấn; kinh phí năm 2020 được giao 3.950 triệu đồng.

CHI CỤC TRƯỞNG
(Đã ký)
Bùi Văn Hải
"""

HALF_YEAR_REPORT = """TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG QUẢNG TRỊ
Số: 87/BC-TTKT
Quảng Trị, ngày 28 tháng 6 năm 2018
BÁO CÁO
Kết quả công tác 6 tháng đầu năm 2018

1. Kiểm định, hiệu chuẩn
Lũy kế 6 tháng đầu năm 2018, Trung tâm đã kiểm định, hiệu chuẩn 5.874 PTĐ, đạt 52,3% kế hoạch năm và tăng 12,3% so với cùng kỳ năm 2017 (6 tháng đầu năm 2017: 5.231 PTĐ).

GIÁM ĐỐC
(Đã ký)
Hoàng Văn Lâm
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"bentre_2023.txt": YEAR_REPORT})
    yield service
    service.close()


def test_the_rest_not_yet_disbursed_is_the_whole_less_what_is_done_after_it(svc) -> None:  # noqa: ANN001
    a = svc.ask("Tính đến 15/12/2023, dự toán ngân sách năm 2023 của Chi cục còn bao nhiêu chưa giải ngân?")
    assert not a.abstained and _number(a) == 2681, a.answer


def test_three_decimals_are_kept_in_the_working(svc) -> None:  # noqa: ANN001
    a = svc.ask("Đến ngày 15/12/2023, kinh phí hỗ trợ doanh nghiệp còn bao nhiêu chưa chi hỗ trợ?")
    assert not a.abstained and _number(a) == pytest.approx(0.541), a.answer
    assert "5,214 - 4,673 = 0,541" in (a.working or ""), a.working


def test_the_whole_a_stated_share_names_is_found_elsewhere(svc) -> None:  # noqa: ANN001
    a = svc.ask("Đến 30/11/2023, dự toán chi thường xuyên năm 2023 còn lại bao nhiêu chưa giải ngân?")
    assert not a.abstained and _number(a) == 2315, a.answer


def test_a_change_asked_against_an_earlier_year_is_worked(svc) -> None:  # noqa: ANN001
    a = svc.ask("So với năm 2022, số cơ sở được kiểm tra năm 2023 tăng thêm bao nhiêu cơ sở?")
    assert not a.abstained and _number(a) == 16, a.answer


def test_the_earlier_figure_is_found_past_a_footnote_mark(svc) -> None:  # noqa: ANN001
    a = svc.ask("So với năm 2022, số phương tiện đo được kiểm định năm 2023 tăng thêm bao nhiêu chiếc?")
    assert not a.abstained and _number(a) == 409, a.answer


def test_the_counted_thing_named_after_so_when_bao_nhieu_names_none() -> None:
    assert question_unit("Số PTĐ được kiểm định 6 tháng đầu năm 2020 tăng bao nhiêu so với cùng kỳ năm 2019?") == "PTĐ"
    assert question_unit("Năm 2019 kiểm định bao nhiêu công tơ điện?") == "công tơ điện"


@pytest.fixture(scope="module")
def period_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"hoabinh_2016_2020.txt": PERIOD_REPORT})
    yield service
    service.close()


def test_a_period_review_answers_for_a_year_of_its_period(period_svc) -> None:  # noqa: ANN001
    a = period_svc.ask("Năm 2017 Trung tâm của Chi cục TĐC Hòa Bình kiểm định bao nhiêu PTĐ?")
    assert not a.abstained and _number(a) == 11506, a.answer
    a = period_svc.ask("Năm 2018 Chi cục TĐC Hòa Bình tiếp nhận bao nhiêu hồ sơ công bố hợp quy?")
    assert not a.abstained and _number(a) == 46, a.answer
    a = period_svc.ask("Năm 2014 Chi cục TĐC Hòa Bình kiểm định bao nhiêu PTĐ?")  # before its period
    assert a.abstained, a.answer


@pytest.fixture(scope="module")
def half_year_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"quangtri_6thang_2018.txt": HALF_YEAR_REPORT})
    yield service
    service.close()


def test_an_earlier_period_figure_in_brackets_answers_for_that_period(half_year_svc) -> None:  # noqa: ANN001
    a = half_year_svc.ask("6 tháng đầu năm 2017 Trung tâm Kỹ thuật Quảng Trị đã kiểm định, hiệu chuẩn bao nhiêu PTĐ?")
    assert not a.abstained and _number(a) == 5231, a.answer
