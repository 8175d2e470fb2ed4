"""A period's review (one column a year), a quarter's report whose figures stand both in its table and in its text,
a budget ("dự toán") asked as the plan, a rate stated against another year than the one asked, and a level raised
"từ … lên …": each answered from the figure the question means."""

from __future__ import annotations

import pytest

PERIOD = """Báo cáo tổng kết công tác tiêu chuẩn đo lường chất lượng giai đoạn 2016 - 2020 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Bình Phước

I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2016 - 2020

Bảng 1. Kết quả thực hiện các chỉ tiêu chủ yếu giai đoạn 2016 - 2020

TT | Chỉ tiêu | ĐVT | 2016 | 2017 | 2018 | 2019 | 2020 | Tổng 5 năm
1 | Phương tiện đo được kiểm định | PTĐ | 67.592 | 73.093 | 79.139 | 83.718 | 83.065 | 386.607
2 | Doanh nghiệp được hướng dẫn cấp mới mã số mã vạch | doanh nghiệp | 72 | 85 | 97 | 104 | 118 | 476

Chi cục đã hướng dẫn, tiếp nhận hồ sơ đề nghị cấp mới mã số mã vạch cho 476 doanh nghiệp, trong đó năm 2020 là 118 doanh nghiệp, tăng 13,5% so với năm 2019.

Giai đoạn 2016 - 2020, các huyện, thị xã, thành phố trang bị bổ sung 40 chiếc cân đối chứng, nâng tổng số cân đối chứng tại các chợ trên địa bàn tỉnh từ 102 chiếc (cuối năm 2015) lên 142 chiếc (cuối năm 2020).
"""

QUARTER = """Báo cáo kết quả công tác quý III và 9 tháng năm 2024 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Quảng Bình

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Công tác đo lường

Trong quý III năm 2024, Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh (sau đây gọi là Trung tâm Kỹ thuật) đã kiểm định 10.673 PTĐ các loại, trong đó công tơ điện 7.214 chiếc, đồng hồ nước lạnh 2.163 chiếc.

Lũy kế 9 tháng năm 2024, Trung tâm Kỹ thuật đã kiểm định tổng số 29.255 PTĐ, đạt 73,1% kế hoạch năm (kế hoạch năm 2024 là 40.000 PTĐ).

2. Tài chính

Tổng thu phí, dịch vụ kỹ thuật trong quý III đạt 1.386,4 triệu đồng; lũy kế 9 tháng đạt 3.842,7 triệu đồng, bằng 73,9% dự toán năm (5,2 tỷ đồng) và tăng 9,5% so với cùng kỳ năm 2023.

Bảng 1. Kết quả thực hiện một số chỉ tiêu chủ yếu quý III và 9 tháng năm 2024

TT | Nội dung | ĐVT | Kế hoạch năm 2024 | Thực hiện năm 2024 Quý III | Thực hiện năm 2024 Lũy kế 9 tháng | Cùng kỳ 9 tháng năm 2023 | Tỷ lệ (%) So với KH năm | Tỷ lệ (%) So với cùng kỳ
1 | Kiểm định phương tiện đo (PTĐ) | PTĐ | 40.000 | 10.673 | 29.255 | 27.185 | 73,1 | 107,6
2 | Thu phí, dịch vụ kỹ thuật | triệu đồng | 5.200,0 | 1.386,4 | 3.842,7 | 3.510,2 | 73,9 | 109,5
3 | Kiểm định máy đo độ ẩm hạt | chiếc | - | 14 | 38 | - | - | -
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"chicuc_binhphuoc_2016_2020.txt": PERIOD, "chicuc_quangbinh_q3_2024.txt": QUARTER})
    yield service
    service.close()


def test_two_years_of_a_period_review_are_read_from_their_columns(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Số phương tiện đo Chi cục TĐC Bình Phước kiểm định năm 2019 nhiều hơn năm 2016 bao nhiêu?")
    assert answer.value.number == 16126 and "83.718 - 67.592 = 16.126" in answer.answer, answer.answer


def test_a_rate_against_another_year_is_no_answer_and_the_rounding_asked_holds(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Số doanh nghiệp được Chi cục TĐC Bình Phước hướng dẫn cấp mới mã số mã vạch năm 2020 tăng bao "
                     "nhiêu phần trăm so với năm 2016 (làm tròn một chữ số thập phân)?")
    assert answer.value.number == pytest.approx(63.9), answer.answer  # (118 - 72) / 72, not "tăng 13,5% so với năm 2019"


def test_a_level_raised_from_one_figure_to_another_is_the_later(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Đến cuối năm 2020, các chợ trên địa bàn tỉnh Bình Phước có tổng cộng bao nhiêu chiếc cân đối chứng?")
    assert answer.value.number == 142, answer.answer


def test_a_quarters_figure_in_its_table_and_its_text_is_answered(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Quý III năm 2024, Trung tâm Kỹ thuật TĐC Quảng Bình kiểm định được bao nhiêu phương tiện đo?")
    assert not answer.abstained and answer.value.number == 10673, answer.answer
    assert answer.value.unit == "PTĐ"  # not "PTĐ các" (of "PTĐ các loại")


def test_a_share_of_the_budget_is_the_plan_column_not_the_year_before(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Lũy kế 9 tháng năm 2024, tổng thu phí, dịch vụ kỹ thuật đạt bao nhiêu % dự toán năm?")
    assert answer.value.number == pytest.approx(73.9), answer.answer


def test_what_the_plan_still_wants_when_the_plan_is_named_long_before(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Để hoàn thành kế hoạch kiểm định năm 2024, trong 3 tháng cuối năm Trung tâm Kỹ thuật TĐC Quảng Bình "
                     "còn phải kiểm định thêm bao nhiêu PTĐ?")
    assert answer.value.number == 10745 and "40.000 - 29.255 = 10.745" in answer.answer, answer.answer


def test_the_first_half_of_a_nine_months_report_is_worked_from_its_quarter(svc) -> None:  # noqa: ANN001
    """"Theo báo cáo quý III/2024" names the source; the time asked is the first half: 29.255 - 10.673."""
    answer = svc.ask("Theo báo cáo quý III/2024 của Chi cục TĐC Quảng Bình, 6 tháng đầu năm 2024 Trung tâm Kỹ thuật đã "
                     "kiểm định được bao nhiêu PTĐ?")
    assert answer.value is not None and answer.value.number == 18582, answer.answer
    assert "29.255 - 10.673 = 18.582" in answer.answer


@pytest.mark.parametrize(("question", "value"), [
    ("Kế hoạch năm 2024 của Trung tâm Kỹ thuật TĐC Quảng Bình là kiểm định bao nhiêu PTĐ?", 40000),
    ("Kế hoạch năm 2024 của Trung tâm Kỹ thuật TĐC Quảng Bình là kiểm định bao nhiêu máy đo độ ẩm hạt?", None),
])
def test_a_plan_is_read_from_the_plan_column_and_an_empty_plan_cell_has_none(svc, question: str, value) -> None:  # noqa: ANN001
    answer = svc.ask(question)
    if value is None:
        assert answer.abstained, answer.answer  # not the "14" or "38" done
    else:
        assert answer.value is not None and answer.value.number == value, answer.answer


def test_a_source_named_by_its_nine_months_is_not_the_period_asked(svc) -> None:  # noqa: ANN001
    """"Theo báo cáo 9 tháng 2024, … 6 tháng đầu năm 2024 …": not the nine months' 3.842,7, but 3.842,7 - 1.386,4."""
    answer = svc.ask("Theo báo cáo 9 tháng 2024 của Chi cục TĐC Quảng Bình, tổng thu phí, dịch vụ kỹ thuật 6 tháng đầu năm "
                     "2024 là bao nhiêu triệu đồng?")
    assert answer.value is None or answer.value.number != 3842.7, answer.answer
    assert answer.value is not None and answer.value.number == pytest.approx(2456.3), answer.answer
