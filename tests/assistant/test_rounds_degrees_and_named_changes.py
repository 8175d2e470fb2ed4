"""A round of a campaign, staff by degree, things undone and changes of a named count: "đợt 2 … bao nhiêu cửa
hàng" is the second round's figure, not the first round's, the year's plan or both rounds'; "bao nhiêu người có
trình độ thạc sĩ" is the "05 thạc sĩ" of a list, not the staff's total; "thu hồi bao nhiêu giấy chứng nhận" is never
the count issued; "Số giấy chứng nhận … tăng bao nhiêu phần trăm so với năm 2023" is worked from that count's two
years, never another count's stated rise nor a "Thực hiện/Dự toán (%)" cell; "Kế hoạch năm 2025 … cao hơn kết quả
năm 2024 bao nhiêu" sets the plan against the result of the same thing; "áp dụng ISO 14001" is never the row of
another standard or system.""" 

from __future__ import annotations

import pytest

CAMPAIGN_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TUYÊN QUANG
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 58/BC-TĐC

BÁO CÁO
Kết quả kiểm tra nhà nước về đo lường, chất lượng khí dầu mỏ hóa lỏng (LPG) năm 2024

1. Kết quả chung

Thực hiện Kế hoạch số 07/KH-TĐC ngày 10/01/2024 của Chi cục, trong đó giao chỉ tiêu kiểm tra 45 cơ sở kinh doanh LPG trong năm 2024.

Năm 2024, qua 2 đợt kiểm tra, Chi cục đã kiểm tra 49 cơ sở kinh doanh LPG, đạt 108,9% kế hoạch năm và bằng 41,2% tổng số cơ sở trên địa bàn; kiểm tra 236 chai LPG, phát hiện 7 cơ sở vi phạm.

Trong đợt 1 (từ ngày 11/3/2024 đến ngày 05/4/2024), Đoàn đã kiểm tra 27 cơ sở với 131 chai LPG; phát hiện 4 cơ sở vi phạm.

Trong đợt 2 (từ ngày 09/9/2024 đến ngày 27/9/2024), Đoàn đã kiểm tra 22 cơ sở với 105 chai LPG; phát hiện 3 cơ sở vi phạm.

2. Công tác cấp giấy chứng nhận

Năm 2024, Chi cục đã cấp 318 giấy chứng nhận đủ điều kiện kinh doanh (năm 2023: 265 giấy chứng nhận). Tổng số hồ sơ thủ tục hành chính được giải quyết năm 2024 là 1.204 hồ sơ, tăng 6,4% so với năm 2023.

3. Tổ chức bộ máy

Tại thời điểm 31/12/2024, tổng số công chức và người lao động của Chi cục là 21 người, trong đó công chức là 15 người. Về trình độ chuyên môn: 02 tiến sĩ, 05 thạc sĩ, 12 đại học và 02 cao đẳng.

4. Tài chính

Bảng 2. Thu phí, lệ phí năm 2024 (triệu đồng)
TT | Nội dung | Dự toán năm 2024 | Thực hiện năm 2024 | Thực hiện năm 2023 | Thực hiện/Dự toán (%)
1 | Phí thẩm định cấp giấy chứng nhận | 1.200 | 1.302 | 1.110 | 108,5

5. Kế hoạch năm 2025

Năm 2024, Chi cục đã kiểm tra, thẩm định 1.952 lượt hồ sơ, đạt 104,4% kế hoạch năm.

Bảng 3. Chỉ tiêu chủ yếu
TT | Chỉ tiêu | Năm 2023 | Năm 2024 | Kế hoạch năm 2025
1 | Thẩm định hồ sơ (lượt) | 1.845 | 1.952 | 2.100
2 | Hướng dẫn doanh nghiệp (lượt) | 126 | 142 | 160

6. Năng suất chất lượng

Bảng 4. Doanh nghiệp được hỗ trợ áp dụng hệ thống quản lý
TT | Nội dung | Năm 2023 | Năm 2024
1 | Doanh nghiệp áp dụng ISO 9001 | 4 | 6
2 | Doanh nghiệp áp dụng HACCP | 2 | 3
- | Cộng | 6 | 9
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"chicuc_tuyenquang_lpg_2024.txt": CAMPAIGN_REPORT})
    yield service
    service.close()


def test_a_round_asked_is_that_rounds_figure(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Trong đợt 2 năm 2024, Chi cục TĐC Tuyên Quang kiểm tra bao nhiêu cơ sở kinh doanh LPG?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 22, answer.answer  # (not đợt 1's 27, both rounds' 49 nor the plan's 45)


def test_a_round_no_figure_is_given_for_is_not_the_years(svc) -> None:  # noqa: ANN001
    # each round's chai are given; the round's samples are not, and the year's figure is no round's
    answer = svc.ask("Trong đợt 1 năm 2024, Chi cục TĐC Tuyên Quang lấy bao nhiêu mẫu LPG để thử nghiệm?")
    assert answer.abstained, answer.answer


def test_people_counted_by_degree(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Chi cục TĐC Tuyên Quang hiện có bao nhiêu người có trình độ thạc sĩ?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 5, answer.answer  # (not the 21 người of the whole staff)


def test_things_undone_are_not_the_things_done(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2024 Chi cục TĐC Tuyên Quang đã thu hồi bao nhiêu giấy chứng nhận đủ điều kiện kinh doanh?")
    assert answer.abstained, answer.answer  # (318 were issued; none is said revoked)


def test_the_change_of_a_named_count_is_worked_from_its_years(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Số giấy chứng nhận đủ điều kiện kinh doanh do Chi cục TĐC Tuyên Quang cấp năm 2024 tăng bao "
                     "nhiêu phần trăm so với năm 2023?")
    assert not answer.abstained, answer.answer
    # (318 - 265) / 265: not the hồ sơ's stated "tăng 6,4%", nor the fee row's "Thực hiện/Dự toán (%)" 108,5
    assert answer.value.number == 20, answer.answer
    assert "318" in answer.working and "265" in answer.working, answer.working


def test_a_plan_against_last_years_result_of_the_same_thing(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Kế hoạch năm 2025 của Chi cục TĐC Tuyên Quang về số lượt thẩm định hồ sơ cao hơn kết quả năm "
                     "2024 bao nhiêu lượt?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 148, answer.answer  # 2.100 - 1.952 (not 2.100 - 142 of another row)


def test_a_standard_asked_by_its_code_is_only_that_standards_row(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2024 Chi cục TĐC Tuyên Quang hỗ trợ bao nhiêu doanh nghiệp áp dụng ISO 9001?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 6, answer.answer
    answer = svc.ask("Năm 2024 Chi cục TĐC Tuyên Quang hỗ trợ bao nhiêu doanh nghiệp áp dụng ISO 14001?")
    assert answer.value is None or answer.value.number not in (6, 3), answer.answer  # (not the ISO 9001 nor HACCP row)
