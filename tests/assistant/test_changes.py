"""Changes asked against another year: worked from both years' figures when no change is stated."""

from __future__ import annotations

import pytest

from assistant.models import Turn

REPORT = """TỔNG CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
VĂN PHÒNG CÔNG NHẬN CHẤT LƯỢNG

BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2022

1. Đào tạo
Văn phòng đã tổ chức 23 khóa đào tạo (kế hoạch 20 khóa) với 1.384 lượt học viên là cán bộ của các phòng thí nghiệm (năm 2021: 17 khóa, 962 lượt học viên).

2. Tài chính
Văn phòng đã nộp ngân sách nhà nước 5.127 triệu đồng (năm 2021 là 4.612 triệu đồng). Thu nhập bình quân của viên chức đạt 14,8 triệu đồng/người/tháng (năm 2021: 15,6 triệu đồng/người/tháng). Nguồn thu năm 2022 đạt 18,74 tỷ đồng, bằng 93,7% kế hoạch được giao; năm 2023 phấn đấu đạt 20,5 tỷ đồng, tăng 9,4% so với năm 2022.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"boa_2022.txt": REPORT})
    yield service
    service.close()


@pytest.mark.parametrize("question, number", [
    # no change is stated: the two years' figures, the earlier one in the bracket "(năm 2021: 17 khóa, 962 …)"
    ("Số lượt học viên của Văn phòng Công nhận Chất lượng năm 2022 tăng bao nhiêu phần trăm so với năm 2021?", 43.9),  # 43,87%, as the report writes "93,7%"
    ("Khoản nộp ngân sách nhà nước năm 2022 nhiều hơn năm 2021 bao nhiêu?", 515),  # "khoản" frames, asks nothing
    ("Thu nhập bình quân năm 2022 giảm bao nhiêu so với năm 2021?", 0.8),  # a fall is answered by its size
])
def test_a_change_no_report_states_is_worked_from_both_years(svc, question: str, number: float) -> None:  # noqa: ANN001
    a = svc.ask(question)
    assert not a.abstained and a.value is not None and a.value.number == number, a.answer


def test_a_rise_asked_of_a_fall_is_refused(svc) -> None:  # noqa: ANN001
    a = svc.ask("Thu nhập bình quân năm 2022 tăng bao nhiêu so với năm 2021?")
    assert a.abstained, a.answer


def test_a_follow_up_asks_the_change_of_the_figure_just_given(svc) -> None:  # noqa: ANN001
    history = [Turn("user", "Năm 2022 Văn phòng đào tạo được bao nhiêu lượt học viên?"),
               Turn("assistant", "Năm 2022, Văn phòng đào tạo 1.384 lượt học viên.")]
    a = svc.ask("So với năm 2021 thì nhiều hơn bao nhiêu?", history=history)
    assert not a.abstained and a.value is not None and a.value.number == 422, a.answer
    history[1] = Turn("assistant", "Năm 2022, Văn phòng tổ chức 23 khóa đào tạo.")
    other = svc.ask("So với năm 2021 thì nhiều hơn bao nhiêu?", history=history)
    assert other.abstained or (other.value is not None and other.value.number == 6), other.answer


def test_a_change_measured_against_the_year_asked_is_not_that_years_figure(svc) -> None:  # noqa: ANN001
    # "tăng 9,4% so với năm 2022" is the 2023 target measured against 2022, not a figure of 2022
    a = svc.ask("Nguồn thu năm 2022 đạt bao nhiêu phần trăm kế hoạch?")
    assert a.value is not None and a.value.number == 93.7, a.answer


def test_a_stated_average_answers_an_average_question(svc) -> None:  # noqa: ANN001
    a = svc.ask("Bình quân mỗi tháng một viên chức của Văn phòng có thu nhập bao nhiêu trong năm 2022?")
    assert not a.abstained and a.value is not None and a.value.number == 14.8, a.answer


def test_a_follow_ups_percent_change_counts_what_the_previous_answer_counted(svc) -> None:  # noqa: ANN001
    history = [Turn("user", "Năm 2022 Văn phòng đào tạo được bao nhiêu lượt học viên?"),
               Turn("assistant", "Năm 2022, Văn phòng đào tạo 1.384 lượt học viên.")]
    a = svc.ask("Vậy số đó tăng bao nhiêu phần trăm so với năm trước?", history=history)
    assert not a.abstained and a.value is not None and a.value.number == 43.9, a.answer


def test_a_shortfall_asked_of_a_rise_is_refused(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2022 số lượt học viên của Văn phòng hụt đi bao nhiêu so với năm 2021?")
    assert a.abstained, a.answer  # 1.384 against 962: a rise


FINES = """Báo cáo sơ kết 6 tháng đầu năm 2024 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Hải Hà

Qua kiểm tra đo lường, chất lượng, Chi cục đã xử phạt 7 cơ sở, tổng số tiền phạt là 96,5 triệu đồng (cùng kỳ năm 2023: xử phạt 5 cơ sở với số tiền 61 triệu đồng).

Chi cục đã hỗ trợ 38 doanh nghiệp, hợp tác xã triển khai truy xuất nguồn gốc với mức hỗ trợ 20 triệu đồng/đơn vị.
"""


@pytest.fixture(scope="module")
def fines(service_over):  # noqa: ANN001, ANN201
    service = service_over({"haiha_6t2024.txt": FINES})
    yield service
    service.close()


def test_tong_so_tien_names_an_amount_not_a_sum_of_the_topics_listed(fines) -> None:  # noqa: ANN001
    a = fines.ask("Tổng số tiền XPVPHC qua kiểm tra đo lường, chất lượng 6 tháng đầu năm 2024 của Chi cục là bao nhiêu?")
    assert not a.abstained and a.value is not None and a.value.number == 96.5, a.answer  # not 96,5 + 61


def test_a_rate_is_no_total(fines) -> None:  # noqa: ANN001
    a = fines.ask("Tổng số tiền hỗ trợ truy xuất nguồn gốc cho doanh nghiệp năm 2024 là bao nhiêu?")
    assert a.abstained or (a.value is not None and a.value.number != 20), a.answer  # 20 triệu đồng/đơn vị is a rate
    per_unit = fines.ask("Mỗi doanh nghiệp được hỗ trợ truy xuất nguồn gốc bao nhiêu tiền năm 2024?")
    assert per_unit.value is not None and per_unit.value.number == 20, per_unit.answer


SHARES = """Báo cáo sơ kết 6 tháng đầu năm 2024 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Hải Hà

Trung tâm Kỹ thuật đã kiểm định 6.418 phương tiện đo (PTĐ) các loại, đạt 58,3% kế hoạch năm, tăng 9,7% so với cùng kỳ năm 2023. Số PTĐ không đạt yêu cầu kỹ thuật đo lường là 137 chiếc, chiếm 2,1% tổng số PTĐ được kiểm định, chủ yếu là công tơ điện. Hồ sơ nộp trực tuyến chiếm 87,6% tổng số hồ sơ tiếp nhận.
"""


def test_a_share_asked_is_the_share_of_that_subject(service_over) -> None:  # noqa: ANN001
    svc = service_over({"haiha_shares_6t2024.txt": SHARES})
    try:
        a = svc.ask("Công tơ điện chiếm bao nhiêu phần trăm tổng số phương tiện đo được kiểm định 6 tháng đầu năm 2024?")
        # not 2,1% (the share of PTĐ that failed), 9,7% (a change) or 58,3% (of the plan)
        assert a.value is None or a.value.number not in (2.1, 9.7, 58.3), a.answer
        b = svc.ask("Hồ sơ nộp trực tuyến chiếm bao nhiêu phần trăm tổng số hồ sơ tiếp nhận 6 tháng đầu năm 2024?")
        assert b.value is not None and b.value.number == 87.6, b.answer
    finally:
        svc.close()
