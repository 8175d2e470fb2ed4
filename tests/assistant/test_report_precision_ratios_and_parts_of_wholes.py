"""Rates and parts read the way a report means them: a worked percentage given to the places the report writes
its own ("tăng 9,1%": one), a ratio asked as "bằng bao nhiêu phần trăm" (the row's "So sánh (%)" cell, or
later over earlier), a signed "+5,0" change cell, a part left out at the question's head ("Không tính Trạm
…,"), the whole a sentence calls "Tổng doanh thu" never answering a part the question names, the same amount
written in tỷ and in triệu, a column's "lấy" and a row's "cho người đi mô tô, xe máy" read as the question
says them, a share never taken for a change, and the nine months' report asked for its first half."""

from __future__ import annotations

import pytest

from assistant.models import Turn

NINE_MONTHS = """Báo cáo kết quả công tác 9 tháng đầu năm 2023 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Phú Yên

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2023

1. Công tác đo lường

Lũy kế 9 tháng đầu năm 2023, Trung tâm Kỹ thuật trực thuộc Chi cục đã kiểm định 24.630 PTĐ, đạt 71,2% kế hoạch năm, tăng 6,4% so với cùng kỳ năm 2022; trong đó Trạm Kiểm định Sông Cầu thực hiện 3.915 PTĐ tại thị xã Sông Cầu và huyện Đồng Xuân. Riêng trong quý III/2023, Trung tâm đã kiểm định 9.218 PTĐ các loại.

Chi cục đã cung cấp 38 TCVN cho 9 doanh nghiệp (riêng quý III cung cấp 14 TCVN cho 4 doanh nghiệp).

Bảng 1. Kết quả kiểm định phương tiện đo 9 tháng năm 2023 so với cùng kỳ
TT | Loại PTĐ | Đơn vị tính | 9 tháng 2022 | 9 tháng 2023 | Tăng/giảm (%)
1 | Công tơ điện 1 pha, 3 pha | chiếc | 14.210 | 15.204 | +7,0
2 | Đồng hồ đo nước lạnh | chiếc | 5.126 | 5.537 | +8,0
3 | Cân các loại | chiếc | 2.480 | 2.604 | +5,0
- | Tổng cộng | PTĐ | 23.150 | 24.630 | +6,4

2. Công tác thanh tra, kiểm tra

Tổng số cơ sở được kiểm tra là 96 cơ sở; đã lấy 74 mẫu để thử nghiệm, phát hiện 9 mẫu không đạt chất lượng; tổng số tiền xử phạt 128.500.000 đồng.

Bảng 2. Kết quả kiểm tra nhà nước về chất lượng hàng hóa 9 tháng năm 2023
TT | Nhóm hàng hóa | Số cơ sở kiểm tra | Số mẫu lấy | Số mẫu không đạt | Số tiền xử phạt (đồng)
1 | Xăng dầu | 41 | 33 | 4 | 71.000.000
2 | Mũ bảo hiểm cho người đi mô tô, xe máy | 19 | 12 | 2 | 16.500.000
3 | Phân bón | 36 | 29 | 3 | 41.000.000
- | Tổng | 96 | 74 | 9 | 128.500.000

3. Công tác quản lý chất lượng

Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia của tỉnh được thành lập theo Quyết định số 2117/QĐ-UBND ngày 12/7/2023 của UBND tỉnh.
"""

QUARTER = """Báo cáo tình hình thực hiện nhiệm vụ quý I năm 2024 của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Trà Vinh

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I/2024

1. Công tác kiểm định

Trong quý I/2024, Trung tâm đã kiểm định 8.412 PTĐ, bằng 109,6% so với cùng kỳ năm 2023 (7.675 PTĐ). Khách hàng: năm 2023 có 964 khách hàng ký hợp đồng; quý I/2024 có 1.082 khách hàng ký hợp đồng. Kết quả khảo sát cho thấy 97,3% khách hàng hài lòng với chất lượng dịch vụ.

Năm 2024 Trung tâm triển khai các dịch vụ mới sau:
- 07 phép thử mới, gồm:
+ Nước mắm (04 phép thử): hàm lượng nitơ tổng, nitơ axit amin, histamin, muối;
+ Xăng dầu (03 phép thử): hàm lượng etanol, trị số octan, nhiệt độ chớp cháy.

Phụ lục: Kết quả kiểm định quý I/2024
TT | Loại PTĐ | Quý I/2023 | Quý I/2024 | So sánh (%)
1 | Công tơ điện 1 pha | 5.210 | 5.840 | 112,1
2 | Công tơ điện 3 pha | 436 | 402 | 92,2
3 | Huyết áp kế | 318 | 361 | 113,5

2. Công tác tài chính

Tổng doanh thu quý I/2024 đạt 1.624,8 triệu đồng, tăng 12,7% so với cùng kỳ năm 2023 (1.441,6 triệu đồng).

Bảng 2. Doanh thu theo lĩnh vực (triệu đồng)
Lĩnh vực | Quý I/2023 | Quý I/2024
Kiểm định | 1.012,4 | 1.130,9
Thử nghiệm | 302,7 | 331,2
Hiệu chuẩn | 126,5 | 162,7
Tổng cộng | 1.441,6 | 1.624,8

3. Kết quả các năm trước

Năm 2023, tổng doanh thu hoạt động dịch vụ của Trung tâm đạt 6,43 tỷ đồng, tăng 8,8% so với năm 2022.

Bảng 3. Doanh thu các năm (triệu đồng)
Nguồn thu | Năm 2022 | Năm 2023
Dịch vụ kỹ thuật | 5.409,2 | 5.892,1
Dịch vụ khác | 500,5 | 534,3
Tổng cộng | 5.909,7 | 6.426,4
"""


@pytest.fixture(scope="module")
def nine_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"chicuc_phuyen_9t2023.txt": NINE_MONTHS})
    yield service
    service.close()


@pytest.fixture(scope="module")
def quarter_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt_travinh_q1_2024.txt": QUARTER})
    yield service
    service.close()


def test_a_signed_change_cell_answers_the_change_asked(nine_svc) -> None:  # noqa: ANN001
    answer = nine_svc.ask("Số cân được kiểm định 9 tháng đầu năm 2023 ở Phú Yên tăng bao nhiêu % so với cùng kỳ?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 5.0, answer.answer


def test_a_part_left_out_at_the_head_is_taken_from_its_whole(nine_svc) -> None:  # noqa: ANN001
    answer = nine_svc.ask("Không tính Trạm Kiểm định Sông Cầu, 9 tháng đầu năm 2023 Trung tâm Kỹ thuật kiểm định bao nhiêu PTĐ?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 24630 - 3915, answer.answer


def test_the_first_half_of_a_nine_months_report_is_worked_from_its_quarter(nine_svc) -> None:  # noqa: ANN001
    answer = nine_svc.ask("Theo báo cáo 9 tháng năm 2023 của Chi cục TĐC Phú Yên, 6 tháng đầu năm 2023 đã kiểm định bao nhiêu PTĐ?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 24630 - 9218, answer.answer


def test_a_follow_up_singling_out_a_quarter_keeps_the_thing_asked(nine_svc) -> None:  # noqa: ANN001
    history = [Turn(role="user", content="9 tháng đầu năm 2023, Chi cục TĐC Phú Yên kiểm định được tổng cộng bao nhiêu phương tiện đo?"),
               Turn(role="assistant", content="9 tháng đầu năm 2023, Chi cục TĐC Phú Yên đã kiểm định 24.630 PTĐ.")]
    answer = nine_svc.ask("Còn riêng quý III thì được bao nhiêu?", history=history)
    assert not answer.abstained, answer.answer
    assert answer.value.number == 9218, answer.answer


def test_a_column_of_samples_taken_answers_how_many_were_taken(nine_svc) -> None:  # noqa: ANN001
    answer = nine_svc.ask("9 tháng đầu năm 2023 Chi cục TĐC Phú Yên lấy bao nhiêu mẫu phân bón trong các đợt kiểm tra nhà nước?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 29, answer.answer


def test_a_row_naming_whom_its_thing_serves_is_that_thing(nine_svc) -> None:  # noqa: ANN001
    answer = nine_svc.ask("Trong kiểm tra 9 tháng năm 2023, Chi cục TĐC Phú Yên xử phạt nhóm mũ bảo hiểm tổng cộng bao nhiêu đồng?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 16500000, answer.answer


def test_a_date_asked_of_the_decision_something_was_set_up_by(nine_svc) -> None:  # noqa: ANN001
    answer = nine_svc.ask("Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia của tỉnh Phú Yên được thành lập theo quyết định ngày nào?")
    assert not answer.abstained, answer.answer
    assert "12/7/2023" in answer.answer, answer.answer


def test_a_ratio_asked_is_the_rows_comparison_cell(quarter_svc) -> None:  # noqa: ANN001
    answer = quarter_svc.ask("So với quý I/2023, số công tơ điện 3 pha được kiểm định quý I/2024 ở Trà Vinh bằng bao nhiêu phần trăm?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 92.2, answer.answer


def test_a_ratio_is_read_for_the_row_the_question_names(quarter_svc) -> None:  # noqa: ANN001
    answer = quarter_svc.ask("So với quý I/2023, số huyết áp kế được kiểm định quý I/2024 ở Trà Vinh bằng bao nhiêu phần trăm?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 113.5, answer.answer


def test_a_worked_rate_has_the_places_the_report_writes(quarter_svc) -> None:  # noqa: ANN001
    # (331,2 - 302,7) / 302,7 = 9,415…%: the report writes "12,7%", "109,6%", so one place
    answer = quarter_svc.ask("Doanh thu thử nghiệm quý I/2024 của Trung tâm Kỹ thuật TĐC Trà Vinh tăng bao nhiêu phần trăm "
                             "so với cùng kỳ năm 2023?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 9.4, answer.answer  # not the whole's "tăng 12,7%"
    assert "9,42%" in answer.answer and "≈ 9,4%" in answer.answer, answer.answer


def test_a_share_is_no_change(quarter_svc) -> None:  # noqa: ANN001
    answer = quarter_svc.ask("Số khách hàng ký hợp đồng của Trung tâm Kỹ thuật TĐC Trà Vinh quý I/2024 tăng bao nhiêu phần trăm "
                             "so với năm 2023?")
    assert answer.value is None or answer.value.number != 97.3, answer.answer


def test_the_same_amount_in_trieu_is_told_more_exactly_than_in_ty(quarter_svc) -> None:  # noqa: ANN001
    answer = quarter_svc.ask("Tổng doanh thu năm 2023 của Trung tâm Kỹ thuật TĐC Trà Vinh là bao nhiêu triệu đồng?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 6426.4, answer.answer




def test_the_highest_fine_asked_is_no_total(nine_svc) -> None:  # noqa: ANN001
    # the table gives each group's total fine, never one decision's: "mức phạt cao nhất" is not stated
    history = [Turn(role="user", content="9 tháng năm 2023 Chi cục TĐC Phú Yên xử phạt nhóm xăng dầu tổng cộng bao nhiêu tiền?"),
               Turn(role="assistant", content="9 tháng năm 2023: 71.000.000 đồng.")]
    answer = nine_svc.ask("Còn đối với cơ sở kinh doanh phân bón thì mức phạt cao nhất là bao nhiêu?", history=history)
    assert answer.value is None or answer.value.number not in (128500000, 41000000), answer.answer
