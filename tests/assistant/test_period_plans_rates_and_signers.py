"""Plans of a period and of the year, rates said of something else, and a signer written around the recipient
list: "đạt bao nhiêu phần trăm kế hoạch năm" is the rate "kế hoạch năm" follows, not "kế hoạch 6 tháng"'s, nor
the rate of one kind of revenue when the total is asked; "còn phải … mới đủ kế hoạch năm 2024" is measured against
the year's plan; a "6 tháng đầu năm 2023 KH" column is a plan, no result of that half-year; "bằng bao nhiêu % so
với năm 2021" and "tỷ lệ … trên tổng số …" are never a rate of the plan or the estimate; a whole year asked is
never a quarter's figure; next year's takings asked as done are not its target; a group's line between a header
and its rows leaves the rows under that header; "CHI CỤC TRƯỞNG" over the recipient list, the name under it;
"kiểm định bao nhiêu cột đo" is not "kiểm tra kỹ thuật đo lường 112 cột đo"."""

from __future__ import annotations

import pytest

HALF_YEAR_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NAM
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 96/BC-TTKT

BÁO CÁO
Sơ kết công tác 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm 2024

1. Kiểm định phương tiện đo

Trong 6 tháng đầu năm 2024, Trung tâm đã thực hiện kiểm định 21.386 phương tiện đo (PTĐ) các loại, đạt 106,9% kế hoạch 6 tháng (20.000 PTĐ) và bằng 50,9% kế hoạch năm 2024 (42.000 PTĐ).

Bảng 1. Kết quả kiểm định 6 tháng đầu năm 2024
TT | Nội dung | ĐVT | 6 tháng đầu năm 2023 KH | 6 tháng đầu năm 2023 TH | 6 tháng đầu năm 2024 KH | 6 tháng đầu năm 2024 TH | TH 2024/ TH 2023 (%)
1 | Kiểm định phương tiện đo | PTĐ | 18.500 | 19.742 | 20.000 | 21.386 | 108,3
1.1 | Đồng hồ đo nước lạnh | chiếc | 3.600 | 3.912 | 3.800 | 4.205 | 107,5

Trung tâm phối hợp với Chi cục tham gia 3 đợt kiểm tra, kiểm tra kỹ thuật đo lường 112 cột đo xăng dầu tại 38 cửa hàng.

Bảng 2. Kiểm định theo loại phương tiện đo 6 tháng đầu năm 2024
TT | Loại PTĐ | ĐVT | 6 tháng đầu năm 2023 | 6 tháng đầu năm 2024
1 | Cột đo xăng dầu | cột | 402 | 436
2 | Cân ô tô | chiếc | 58 | 64

Lấy 35 mẫu xăng dầu để thử nghiệm, phát hiện 5 mẫu không đạt trị số octan.

2. Doanh thu

Tổng doanh thu 6 tháng đầu năm 2024 ước đạt 6.284,5 triệu đồng, bằng 104,7% kế hoạch 6 tháng (6.000 triệu đồng) và đạt 50,3% kế hoạch năm (12,5 tỷ đồng).

b) Tồn tại, hạn chế: Doanh thu thử nghiệm mới đạt 47,0% kế hoạch năm (4,2 tỷ đồng).
"""

YEAR_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH SƠN LA
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 198/BC-TĐC

BÁO CÁO
Tổng kết công tác năm 2021, phương hướng nhiệm vụ năm 2022

1. Kiểm định

Bảng 1. Một số chỉ tiêu chủ yếu năm 2021 so với năm 2020
Nội dung | ĐVT | Năm 2020 | Năm 2021 | So sánh (%)
Kiểm định phương tiện đo
- Đồng hồ đo nước lạnh | chiếc | 2.846 | 3.372 | 118,5
- Cân các loại | chiếc | 1.052 | 1.208 | 114,8

2. Thu phí

Tổng thu phí, lệ phí và dịch vụ kỹ thuật năm 2021 của Chi cục đạt 2.118,2 triệu đồng, bằng 105,9% dự toán được giao.

3. Kiểm tra

Năm 2021, Chi cục kiểm tra 146 cơ sở sản xuất, kinh doanh, đạt 76,8% kế hoạch năm (190 cơ sở); phát hiện 14 cơ sở vi phạm.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022
- Phấn đấu tổng thu phí, lệ phí và dịch vụ kỹ thuật đạt 3.600 triệu đồng.

Trên đây là báo cáo tổng kết công tác năm 2021 của Chi cục./.

CHI CỤC TRƯỞNG

Nơi nhận:

- Như trên;
- Lãnh đạo Sở KH&CN;
- Lưu: VT, QLTCCL.

Lò Văn Thắng
"""

QUARTER_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HẢI DƯƠNG
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 215/BC-TĐC

BÁO CÁO
Kết quả công tác 9 tháng đầu năm 2024

Quý III/2024, Trung tâm đã kiểm định 16.981 PTĐ, tăng 10,6% so với quý III/2023 (15.356 PTĐ).
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt_quangnam_6thang_2024.txt": HALF_YEAR_REPORT, "tdc_sonla_2021.txt": YEAR_REPORT,
                            "tdc_haiduong_9thang_2024.txt": QUARTER_REPORT})
    yield service
    service.close()


def test_the_rate_of_the_years_plan_not_the_half_years(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Tổng doanh thu 6 tháng đầu năm 2024 của Trung tâm Kỹ thuật TĐC Quảng Nam đạt bao nhiêu phần trăm "
                     "kế hoạch năm?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 50.3, answer.answer  # (not 104,7% of the 6-month plan, nor testing's 47,0%)


def test_what_is_left_of_the_years_plan_after_the_half_years_plan_is_written(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Theo báo cáo sơ kết 6 tháng đầu năm 2024, Trung tâm Kỹ thuật TĐC Quảng Nam còn phải kiểm định "
                     "thêm bao nhiêu PTĐ nữa mới đủ kế hoạch năm 2024?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 20614, answer.answer  # 42.000 - 21.386


def test_a_half_years_plan_column_is_no_result(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Số đồng hồ đo nước lạnh Trung tâm Kỹ thuật TĐC Quảng Nam kiểm định 6 tháng đầu năm 2024 bằng bao "
                     "nhiêu phần trăm so với cùng kỳ năm 2023?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 107.5, answer.answer  # (not 3.800 / 3.600 of the plan columns)


def test_a_rate_against_a_year_is_no_rate_of_the_estimate(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Số cân các loại được Chi cục TĐC Sơn La kiểm định năm 2021 bằng bao nhiêu % so với năm 2020?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 114.8, answer.answer  # (not "bằng 105,9% dự toán")


def test_a_rate_over_a_whole_is_no_rate_of_the_plan(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2021, tỷ lệ cơ sở vi phạm trên tổng số cơ sở được Chi cục TĐC Sơn La kiểm tra là bao nhiêu "
                     "phần trăm?")
    assert answer.value is None or answer.value.number == 9.6, answer.answer  # 14 / 146 (never 76,8% of the plan)


def test_a_whole_year_asked_is_never_a_quarters_figure(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Cả năm 2023 Chi cục TĐC Hải Dương kiểm định được bao nhiêu PTĐ?")
    assert answer.abstained, answer.answer  # (15.356 PTĐ is quý III/2023's)


def test_next_years_takings_asked_as_done_are_not_its_target(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2022 Chi cục TĐC Sơn La thu phí, lệ phí và dịch vụ kỹ thuật được bao nhiêu?")
    assert answer.abstained, answer.answer  # (3.600 triệu đồng is what it aims at)


def test_rows_under_a_group_line_keep_their_header(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2020 Chi cục TĐC Sơn La kiểm định bao nhiêu đồng hồ đo nước lạnh?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 2846, answer.answer


def test_a_role_over_the_recipient_list_and_the_name_under_it(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Chi cục trưởng Chi cục TĐC Sơn La ký báo cáo tổng kết năm 2021 là ai?")
    assert not answer.abstained, answer.answer
    assert "Lò Văn Thắng" in answer.answer and "Chi cục trưởng" in answer.answer


def test_the_doing_counted_is_the_one_before_the_question_word(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Trong 6 tháng đầu năm 2024, Trung tâm Kỹ thuật TĐC Quảng Nam kiểm định bao nhiêu cột đo xăng dầu?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 436, answer.answer  # (not the 112 checked with the Chi cục)
    answer = svc.ask("Khi kiểm tra xăng dầu 6 tháng đầu năm 2024, Trung tâm Kỹ thuật TĐC Quảng Nam phát hiện mấy mẫu "
                     "không đạt trị số octan?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 5, answer.answer  # ("Khi kiểm tra …" frames, "thử nghiệm" before 5 is no rival)
