"""Identifiers, signers and named departments: "quyết định số mấy", "theo QCVN nào" and "mã số VILAS bao nhiêu"
answered by the identifier of the kind asked (never a count, nor the report's own number); a signer whose role
stands above the recipients' list ("Nơi nhận: GIÁM ĐỐC … (Đã ký)"); a figure asked of "Phòng Điện" read from that
department's row, not from the centre's total; a "So sánh (%)" ratio never given as the rise asked; a
result measured against the plan "của cả năm" in a half year's report; an earlier period's total "(2019-2021)"
never answering a year outside it; a kind listed in a group row's brackets never taken for that row; and a rate of
something never a percent said of another."""

from __future__ import annotations

import pytest

YEAR_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ NAM
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 215/BC-TTKT

BÁO CÁO
Kết quả hoạt động năm 2024 của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Hà Nam

I. KẾT QUẢ HOẠT ĐỘNG NĂM 2024

1. Năng lực kỹ thuật

Năm 2024, Trung tâm được Tổng cục Tiêu chuẩn Đo lường Chất lượng chỉ định bổ sung lĩnh vực kiểm định taximet điện tử tại Quyết định số 1523/QĐ-TĐC ngày 14/7/2024. Ngày 22/8/2024, Văn phòng Công nhận Chất lượng ban hành Quyết định số 1268/QĐ-VPCNCL công nhận mở rộng phạm vi phòng thử nghiệm của Trung tâm (mã số VILAS 687), nâng tổng số phép thử được công nhận VILAS lên 214 phép thử.

2. Thử nghiệm

Năm 2024, Trung tâm thử nghiệm 5.063 mẫu, tăng 11,5% so với năm 2023 (4.541 mẫu). Hồ sơ công bố hợp quy được tiếp nhận gồm: 21 hồ sơ thép làm cốt bê tông theo QCVN 7:2019/BKHCN, 11 hồ sơ thiết bị điện, điện tử theo QCVN 4:2009/BKHCN và 08 hồ sơ mũ bảo hiểm cho người đi mô tô, xe máy theo QCVN 2:2021/BKHCN.

Bảng 1. Số mẫu thử nghiệm theo phòng
Phòng | Lĩnh vực | Năm 2023 | Năm 2024
Phòng Hóa | Xăng dầu, phân bón, nước | 2.386 | 2.611
Phòng Cơ | Thép xây dựng, xi măng | 1.452 | 1.590
Phòng Điện | Thiết bị điện, điện tử | 703 | 862
Tổng cộng | - | 4.541 | 5.063

Bảng 2. Kết quả kiểm định theo lĩnh vực
TT | Lĩnh vực | Đơn vị tính | Năm 2023 | Năm 2024
1 | Công tơ điện | chiếc | 18.415 | 19.032
2 | Đồng hồ đo nước | chiếc | 6.210 | 6.874
3 | PTĐ trong lĩnh vực y tế (huyết áp kế, PTĐ điện tim, điện não) | chiếc | 2.985 | 3.116

3. Doanh thu

Năm 2024, tổng doanh thu của Trung tâm đạt 23.476,8 triệu đồng. Tổng doanh thu của giai đoạn trước (2019-2021) chỉ đạt 48.316,4 triệu đồng.

Trên đây là báo cáo kết quả hoạt động năm 2024 của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Hà Nam./.
Nơi nhận: GIÁM ĐỐC
- Sở KH&CN tỉnh Hà Nam;
- Chi cục TĐC Hà Nam;
- Lưu: VT, HCTH.
(Đã ký)
Lâm Thành Nghĩa
"""

HALF_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẮC GIANG
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 174/BC-TĐC

BÁO CÁO
Sơ kết công tác 6 tháng đầu năm 2023 và phương hướng 6 tháng cuối năm 2023

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2023

1. Công tác đo lường

Kết quả, 6 tháng đầu năm 2023 Chi cục đã kiểm định 29.340 PTĐ các loại, đạt 52,4% kế hoạch năm (kế hoạch năm 2023 là 56.000 PTĐ), tăng 8,9% so với cùng kỳ năm 2022 (26.943 PTĐ). Trung tâm Kỹ thuật đã thử nghiệm 594 mẫu sản phẩm, hàng hóa, tăng 6,7% so với cùng kỳ.

Bảng 1. Kết quả kiểm định PTĐ 6 tháng đầu năm 2023 so với cùng kỳ
TT | Tên PTĐ | 6 tháng 2022 | 6 tháng 2023 | So sánh (%)
1 | Công tơ điện | 13.905 | 14.732 | 105,9
2 | Đồng hồ đo nước lạnh | 3.562 | 4.016 | 112,7
3 | Cột đo xăng dầu | 642 | 689 | 107,3
- | Tổng cộng | 26.943 | 29.340 | 108,9

2. Công tác thanh tra, kiểm tra

6 tháng đầu năm 2023, Chi cục đã kiểm tra 127 cơ sở sản xuất, kinh doanh, phát hiện 12 cơ sở vi phạm. Tổng số tiền xử phạt vi phạm hành chính là 186,5 triệu đồng, đã nộp vào ngân sách nhà nước 100%.
"""


@pytest.fixture(scope="module")
def year_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt_hanam_2024.txt": YEAR_REPORT})
    yield service
    service.close()


@pytest.fixture(scope="module")
def half_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"chicuc_bacgiang_6t2023.txt": HALF_REPORT})
    yield service
    service.close()


def test_a_decision_number_asked_is_that_decisions_identifier(year_svc) -> None:  # noqa: ANN001
    answer = year_svc.ask("Năm 2024 Trung tâm Kỹ thuật TĐC Hà Nam được chỉ định bổ sung lĩnh vực kiểm định taximet "
                          "điện tử tại quyết định số mấy?")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("Quyết định số 1523/QĐ-TĐC"), answer.answer


def test_another_documents_number_is_not_the_reports_own(year_svc) -> None:  # noqa: ANN001
    answer = year_svc.ask("Quyết định công nhận mở rộng phạm vi phòng thử nghiệm của Trung tâm Kỹ thuật TĐC Hà Nam "
                          "có số hiệu là gì?")
    assert "1268/QĐ-VPCNCL" in answer.answer and "215/BC-TTKT" not in answer.answer, answer.answer


def test_the_standard_asked_is_the_one_written_for_that_product(year_svc) -> None:  # noqa: ANN001
    answer = year_svc.ask("Hồ sơ công bố hợp quy mũ bảo hiểm được Trung tâm Kỹ thuật TĐC Hà Nam tiếp nhận năm 2024 "
                          "theo quy chuẩn nào?")
    assert answer.answer.startswith("QCVN 2:2021/BKHCN"), answer.answer


def test_an_accreditation_code_asked_is_the_code(year_svc) -> None:  # noqa: ANN001
    answer = year_svc.ask("Phòng thử nghiệm của Trung tâm Kỹ thuật TĐC Hà Nam mang mã số VILAS bao nhiêu?")
    assert answer.answer.startswith("VILAS 687"), answer.answer


def test_a_count_of_accredited_tests_stays_a_count(year_svc) -> None:  # noqa: ANN001
    answer = year_svc.ask("Đến cuối năm 2024, tổng số phép thử của Trung tâm Kỹ thuật TĐC Hà Nam được công nhận VILAS "
                          "là bao nhiêu?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 214, answer.answer


def test_the_signers_role_may_stand_above_the_recipients(year_svc) -> None:  # noqa: ANN001
    answer = year_svc.ask("Ai ký báo cáo kết quả hoạt động năm 2024 của Trung tâm Kỹ thuật TĐC Hà Nam?")
    assert answer.answer.startswith("Lâm Thành Nghĩa (Giám đốc)"), answer.answer


def test_a_named_departments_rise_is_worked_from_its_own_row(year_svc) -> None:  # noqa: ANN001
    # (862 - 703) / 703 = 22,6%: not the centre's stated "tăng 11,5%"
    answer = year_svc.ask("Số mẫu Phòng Điện thử nghiệm năm 2024 tăng bao nhiêu phần trăm so với năm 2023?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 22.6, answer.answer


def test_a_named_department_is_never_answered_by_the_total(year_svc) -> None:  # noqa: ANN001
    answer = year_svc.ask("Năm 2024 Phòng Cơ của Trung tâm Kỹ thuật TĐC Hà Nam thử nghiệm bao nhiêu mẫu?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 1590, answer.answer


def test_an_earlier_periods_total_does_not_answer_a_later_year(year_svc) -> None:  # noqa: ANN001
    answer = year_svc.ask("Doanh thu năm 2024 của Trung tâm Kỹ thuật TĐC Hà Nam là bao nhiêu?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 23476.8e6 or answer.value.number == 23476.8, answer.answer


def test_a_ratio_cell_is_no_rise(half_svc) -> None:  # noqa: ANN001
    # "So sánh (%)" 112,7 is 4.016 over 3.562: the rise is (4.016 - 3.562) / 3.562 = 12,746…%
    answer = half_svc.ask("Số đồng hồ đo nước lạnh Chi cục TĐC Bắc Giang kiểm định 6 tháng đầu năm 2023 tăng bao nhiêu "
                          "phần trăm so với cùng kỳ năm 2022?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 12.7, answer.answer
    assert "12,746%" in answer.answer, answer.answer  # (not "12,75% ≈ 12,7%", which reads as a wrong rounding)


def test_the_whole_year_of_a_plan_is_not_the_period_asked(half_svc) -> None:  # noqa: ANN001
    answer = half_svc.ask("Đến hết tháng 6/2023, Chi cục TĐC Bắc Giang đã thực hiện được bao nhiêu phần trăm kế hoạch "
                          "kiểm định PTĐ của cả năm 2023?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 52.4, answer.answer


def test_a_kind_listed_in_a_group_rows_brackets_is_not_that_rows_figure(year_svc) -> None:  # noqa: ANN001
    # "PTĐ trong lĩnh vực y tế (huyết áp kế, PTĐ điện tim, điện não)" counts them all: huyết áp kế alone is not said
    answer = year_svc.ask("Năm 2024 Trung tâm Kỹ thuật TĐC Hà Nam kiểm định bao nhiêu huyết áp kế?")
    assert answer.value is None or answer.value.number != 3116, answer.answer


def test_a_rate_of_something_is_never_a_percent_said_of_another(half_svc) -> None:  # noqa: ANN001
    # 12 / 127 = 9,449…%: not "đã nộp vào ngân sách nhà nước 100%", whose sentence names no cơ sở
    answer = half_svc.ask("6 tháng đầu năm 2023, tỷ lệ cơ sở vi phạm trên tổng số cơ sở được Chi cục TĐC Bắc Giang "
                          "kiểm tra là bao nhiêu phần trăm?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 9.4, answer.answer
    assert "9,449% ≈ 9,4%" in answer.answer, answer.answer  # (not "9,45% ≈ 9,4%")
