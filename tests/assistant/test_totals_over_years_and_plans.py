"""Totals over years, plans of a later year and periods worked from others: "tổng … trong cả 3 năm 2022-2024" added
from each year's figure (a table row of the years, a sentence listing them, the latest year's own sentence beside a
row of the years); "năm 2022 và năm 2023" added, never one year's figure; a bracketed plan said of another service;
a count a note leaves out ("chưa bao gồm 318 mẫu …"); next year's plan against this year's result; the first half
worked from the nine months' and the third quarter's cells of one row; a follow-up asking only "kế hoạch năm 2025";
"máy đo huyết áp" read as the "Huyết áp kế" row; one year "bằng bao nhiêu phần trăm" of another."""

from __future__ import annotations

import pytest

from assistant.models import Turn

PERIOD_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THÁI NGUYÊN
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 41/BC-TTKT

BÁO CÁO
Tổng hợp kết quả hoạt động giai đoạn 2022-2024

Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Thái Nguyên (sau đây gọi là Trung tâm) báo cáo kết quả hoạt động ba năm 2022-2024 như sau:

1. Thử nghiệm

Tổng số mẫu thử nghiệm: năm 2022 là 4.087 mẫu; năm 2023 là 4.541 mẫu, tăng 11,1% so với năm 2022; năm 2024 là 5.063 mẫu, tăng 11,5% so với năm 2023.

Ghi chú: Số mẫu năm 2024 nêu trên chưa bao gồm 318 mẫu thử nghiệm thành thạo và so sánh liên phòng mà Trung tâm tham gia với các tổ chức cung cấp chương trình.

2. Doanh thu

Bảng 3. Doanh thu theo năm (triệu đồng)
TT | Nguồn thu | Năm 2022 | Năm 2023 | Năm 2024
1 | Kiểm định PTĐ | 9.845,6 | 10.712,4 | 11.936,2
2 | Thử nghiệm | 8.796,9 | 10.102,9 | 11.540,6
- | Tổng cộng | 18.642,5 | 20.815,3 | 23.476,8

Tổng doanh thu của giai đoạn trước (2019-2021) chỉ đạt 48.316,4 triệu đồng.
"""

NINE_MONTHS_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ YÊN
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 96/BC-TTKT

BÁO CÁO
Kết quả hoạt động quý III và 9 tháng đầu năm 2025

Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Phú Yên (sau đây gọi là Trung tâm) báo cáo kết quả hoạt động quý III và 9 tháng đầu năm 2025 như sau:

1. Kiểm định phương tiện đo

Quý III/2025, Trung tâm đã kiểm định 8.642 PTĐ các loại; lũy kế 9 tháng năm 2025 kiểm định 24.815 PTĐ, đạt 77,5% kế hoạch năm (32.000 PTĐ).

2. Doanh thu

Doanh thu quý III đạt khoảng 3,46 tỷ đồng; lũy kế 9 tháng đạt 9,87 tỷ đồng.

Bảng 1. Kết quả thực hiện các chỉ tiêu
TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Quý III/2025 | Lũy kế 9 tháng 2025 | Cùng kỳ 2024 (9 tháng) | % KH
1 | Kiểm định phương tiện đo | PTĐ | 32.000 | 8.642 | 24.815 | 22.964 | 77,5
2 | Doanh thu | triệu đồng | 14.000 | 3.462,5 | 9.874,3 | 9.118,6 | 70,5
"""

YEAR_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐẮK LẮK
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 188/BC-TTKT

BÁO CÁO
Tổng kết hoạt động năm 2024 và kế hoạch năm 2025

Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Đắk Lắk (sau đây gọi là Trung tâm) báo cáo kết quả hoạt động năm 2024 và kế hoạch năm 2025 như sau:

Trung tâm là tổ chức được chỉ định kiểm định 21 lĩnh vực phương tiện đo nhóm 2.

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024

Năm 2024, Trung tâm đã kiểm định 68.215 phương tiện đo (PTĐ) các loại, đạt 103,4% kế hoạch năm (kế hoạch 66.000 PTĐ) và tăng 9,5% so với năm 2023 (62.276 PTĐ).

Bảng 1. Kết quả kiểm định năm 2024 và kế hoạch năm 2025
TT | Lĩnh vực | Tên PTĐ | Đơn vị tính | Năm 2023 | Năm 2024 | So sánh 2024/2023 (%) | Kế hoạch năm 2025
1 | Kiểm định | Công tơ điện 1 pha | chiếc | 35.420 | 38.915 | 109,9 | 40.000
2 | Kiểm định | Huyết áp kế | chiếc | 1.284 | 1.530 | 119,2 | 1.600
3 | Hiệu chuẩn | Hiệu chuẩn PTĐ, chuẩn đo lường | chiếc | 1.842 | 2.107 | 114,4 | 2.250
4 | Kiểm định | Đồng hồ đo nước lạnh | chiếc | 12.740 | 14.268 | 112,0 | 15.000
- | Kiểm định | Cộng kiểm định | PTĐ | 62.276 | 68.215 | 109,5 | 70.500

II. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KẾ HOẠCH NĂM 2025

Năm 2025, Trung tâm Kỹ thuật phấn đấu thực hiện các chỉ tiêu:
- Kiểm định 70.500 PTĐ; hiệu chuẩn 2.250 PTĐ, chuẩn đo lường; thử nghiệm 2.300 mẫu sản phẩm, hàng hóa.
"""

HALF_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẮC GIANG
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 174/BC-TĐC

BÁO CÁO
Sơ kết công tác 6 tháng đầu năm 2023 và phương hướng 6 tháng cuối năm 2023

1. Công tác đo lường

Kết quả, 6 tháng đầu năm 2023 Chi cục đã kiểm định 29.340 PTĐ các loại, đạt 52,4% kế hoạch năm (kế hoạch năm 2023 là 56.000 PTĐ), tăng 8,9% so với cùng kỳ năm 2022 (26.943 PTĐ).

Về hiệu chuẩn: Trung tâm Kỹ thuật đã hiệu chuẩn 1.386 PTĐ, chuẩn đo lường cho các doanh nghiệp trong các khu công nghiệp (cùng kỳ năm 2022 là 1.214).
"""


@pytest.fixture(scope="module")
def period_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt_thainguyen_2022_2024.txt": PERIOD_REPORT})
    yield service
    service.close()


@pytest.fixture(scope="module")
def nine_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt_phuyen_9t2025.txt": NINE_MONTHS_REPORT})
    yield service
    service.close()


@pytest.fixture(scope="module")
def year_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt_daklak_2024.txt": YEAR_REPORT, "chicuc_bacgiang_6t2023.txt": HALF_REPORT})
    yield service
    service.close()


def test_a_total_over_a_span_is_added_from_a_row_of_its_years(period_svc) -> None:  # noqa: ANN001
    answer = period_svc.ask("Tổng doanh thu của Trung tâm Kỹ thuật TĐC Thái Nguyên trong cả 3 năm 2022-2024 là bao "
                            "nhiêu triệu đồng?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 62934.6, answer.answer  # (not the earlier period's 48.316,4)
    assert "18.642,5 + 20.815,3 + 23.476,8 = 62.934,6" in answer.working, answer.working


def test_two_years_added_are_never_one_years_figure(period_svc) -> None:  # noqa: ANN001
    answer = period_svc.ask("Tổng số mẫu thử nghiệm của Trung tâm Kỹ thuật TĐC Thái Nguyên năm 2022 và năm 2023 là "
                            "bao nhiêu?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 8628, answer.answer  # 4.087 + 4.541, each read where the sentence lists its year


def test_a_count_a_note_leaves_out_answers_what_it_counts(period_svc) -> None:  # noqa: ANN001
    # "chưa bao gồm 318 mẫu …": the figure is left out of another count, not denied
    answer = period_svc.ask("Năm 2024 Trung tâm tham gia thử nghiệm thành thạo và so sánh liên phòng với bao nhiêu mẫu?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 318, answer.answer


def test_a_bracketed_plan_of_another_service_is_not_the_plan_asked(year_svc) -> None:  # noqa: ANN001
    # "(kế hoạch năm 2023 là 56.000 PTĐ)" is the plan of the kiểm định the sentence counts, not of hiệu chuẩn
    answer = year_svc.ask("Kế hoạch hiệu chuẩn năm 2023 của Chi cục TĐC Bắc Giang là bao nhiêu PTĐ?")
    assert answer.value is None or answer.value.number != 56000, answer.answer


def test_next_years_plan_against_this_years_result(year_svc) -> None:  # noqa: ANN001
    answer = year_svc.ask("Theo kế hoạch năm 2025, Trung tâm Kỹ thuật TĐC Đắk Lắk phải kiểm định nhiều hơn năm 2024 "
                          "bao nhiêu PTĐ?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 2285, answer.answer  # 70.500 - 68.215 (not 68.215 - 66.000)


def test_a_follow_up_asking_only_the_plan_keeps_what_was_counted(year_svc) -> None:  # noqa: ANN001
    history = [Turn(role="user", content="Năm 2024 Trung tâm Kỹ thuật TĐC Đắk Lắk kiểm định tổng cộng bao nhiêu "
                                         "phương tiện đo?"),
               Turn(role="assistant", content="Năm 2024 Trung tâm Kỹ thuật TĐC Đắk Lắk kiểm định 68.215 PTĐ.")]
    answer = year_svc.ask("Thế kế hoạch năm 2025 là bao nhiêu?", history=history)
    assert not answer.abstained, answer.answer
    assert answer.value.number == 70500, answer.answer  # (not the hiệu chuẩn row's 2.250, nor one kind's 40.000)


def test_a_common_name_of_an_instrument_finds_its_row(year_svc) -> None:  # noqa: ANN001
    answer = year_svc.ask("Năm 2023 Trung tâm Kỹ thuật TĐC Đắk Lắk kiểm định bao nhiêu máy đo huyết áp?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 1284, answer.answer


def test_a_synonym_of_a_rows_name_does_not_make_it_another_things_row(year_svc) -> None:  # noqa: ANN001
    # "Huyết áp kế" (máy đo huyết áp) is no "áp kế"; "Đồng hồ đo nước" (đồng hồ nước) counts no money
    answer = year_svc.ask("Năm 2024 Trung tâm Kỹ thuật TĐC Đắk Lắk kiểm định bao nhiêu áp kế?")
    assert answer.value is None or answer.value.number != 1530, answer.answer
    answer = year_svc.ask("Năm 2024 Trung tâm Kỹ thuật TĐC Đắk Lắk thu được bao nhiêu tiền phí kiểm định?")
    assert answer.value is None or answer.value.number not in (14268, 12740, 15000), answer.answer


def test_fields_of_instruments_are_no_count_of_them(year_svc) -> None:  # noqa: ANN001
    answer = year_svc.ask("Năm 2024 Trung tâm Kỹ thuật TĐC Đắk Lắk kiểm định được bao nhiêu phương tiện đo?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 68215, answer.answer  # (not "21 lĩnh vực phương tiện đo")


def test_next_years_plan_is_not_what_was_done_that_year(year_svc) -> None:  # noqa: ANN001
    answer = year_svc.ask("Năm 2025 Trung tâm Kỹ thuật TĐC Đắk Lắk đã kiểm định được bao nhiêu PTĐ?")
    assert answer.value is None or answer.value.number != 70500, answer.answer


def test_one_year_as_a_percentage_of_another(year_svc) -> None:  # noqa: ANN001
    answer = year_svc.ask("Số máy đo huyết áp được Trung tâm Kỹ thuật TĐC Đắk Lắk kiểm định năm 2024 bằng bao nhiêu "
                          "phần trăm so với năm 2023?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 119.2, answer.answer


def test_the_first_half_is_worked_from_one_rows_cells(nine_svc) -> None:  # noqa: ANN001
    # 9.874,3 - 3.462,5: the row's "Quý III/2025" cell, not the "3,46 tỷ đồng" the text rounds it to
    answer = nine_svc.ask("Doanh thu 6 tháng đầu năm 2025 của Trung tâm Kỹ thuật TĐC Phú Yên là bao nhiêu triệu đồng?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 6411.8, answer.answer
