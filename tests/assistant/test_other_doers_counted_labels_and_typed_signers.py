"""Whose figure, what it counts, and who signed, as a fanpage post of a report writes them: "…, trên địa bàn tỉnh
còn có Công ty Điện lực … kiểm định 18.640 công tơ điện và một số tổ chức … khác kiểm định 2.783 PTĐ" are other
bodies' figures, not the Chi cục's; "Công tơ điện 1 pha, 3 pha: 5.214 chiếc" counts the meters its label names;
"ở mức bao nhiêu phần trăm" asks a rate, "mức" is no word of the figure; "Chi cục trưởng (đã ký): Lê Đình Khôi"
is the signer."""

from __future__ import annotations

import pytest

POST = """Chi cục Tiêu chuẩn Đo lường Chất lượng Bình Phước
HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2023
Sáng ngày 10/01/2024, Chi cục TĐC tỉnh Bình Phước tổ chức Hội nghị tổng kết công tác năm 2023. Tại Hội nghị, ông Nguyễn Hữu Tài - Phó Chi cục trưởng đã trình bày Báo cáo tổng kết công tác năm 2023.
SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BÌNH PHƯỚC
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 256/BC-TĐC
BÁO CÁO
Tổng kết công tác năm 2023 và phương hướng, nhiệm vụ năm 2024

a) Kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo
Năm 2023, Chi cục đã thực hiện kiểm định 10.482 PTĐ, đạt 116,5% kế hoạch năm (kế hoạch 9.000 PTĐ), tăng 12,6% so với năm 2022 (9.309 PTĐ).
Kết quả kiểm định một số nhóm PTĐ chủ yếu của Chi cục như sau (so sánh với năm 2022):
Công tơ điện 1 pha, 3 pha: 5.214 chiếc (năm 2022: 4.870)
Đồng hồ đo nước lạnh: 2.146 chiếc (năm 2022: 1.985)
Ngoài số PTĐ do Chi cục kiểm định, trên địa bàn tỉnh còn có Công ty Điện lực Bình Phước (tổ chức được chỉ định) kiểm định 18.640 công tơ điện và một số tổ chức kiểm định được chỉ định khác kiểm định 2.783 PTĐ các loại; tổng số PTĐ được kiểm định trên địa bàn tỉnh năm 2023 là 31.905 PTĐ.
Về hiệu chuẩn, Chi cục đã hiệu chuẩn 412 PTĐ, chuẩn đo lường cho các tổ chức, doanh nghiệp, đạt 82,4% kế hoạch.
b) Kiểm tra đo lường
Chi cục đã phối hợp với Công ty Cấp thoát nước Bình Phước kiểm tra 36 điểm lắp đặt đồng hồ nước.
c) Đánh giá chung: Chi cục đã hoàn thành các nhiệm vụ được giao trong năm 2023.

Nơi nhận:
- Sở KH&CN;
- Lưu: VT, HCTH.
Chi cục trưởng (đã ký): Lê Đình Khôi
#TĐC_BìnhPhước #ĐoLường
"""


def test_another_bodys_figure_is_not_the_units_own(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Trong năm 2023, Chi cục TĐC Bình Phước đã kiểm định tổng cộng bao nhiêu phương tiện đo?")
    assert not answer.abstained and answer.value.number == 10482


def test_a_counter_counts_what_its_lines_label_names(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2023 Chi cục Tiêu chuẩn Đo lường Chất lượng Bình Phước kiểm định được bao nhiêu công tơ điện?")
    assert not answer.abstained and answer.value.number == 5214


def test_a_rate_asked_at_a_level_is_the_plans_rate(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2023, việc kiểm định phương tiện đo của Chi cục TĐC Bình Phước đạt kế hoạch ở mức bao nhiêu phần trăm?")
    assert not answer.abstained and answer.value.number == 116.5


def test_a_signer_typed_on_one_line_after_the_recipients(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Ai ký báo cáo tổng kết công tác năm 2023 của Chi cục TĐC Bình Phước?")
    assert not answer.abstained and "Lê Đình Khôi" in answer.answer


def test_a_company_the_unit_worked_with_leaves_the_figure_the_units(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2023 Chi cục TĐC Bình Phước đã kiểm tra bao nhiêu điểm lắp đặt đồng hồ nước?")
    assert not answer.abstained and answer.value.number == 36


QUARTER_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ NINH BÌNH
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 87/BC-TĐC

BÁO CÁO
Kết quả thực hiện nhiệm vụ quý III, 9 tháng năm 2024

a) Kiểm định phương tiện đo
Quý III/2024, Chi cục đã kiểm định 5.305 PTĐ; lũy kế 9 tháng năm 2024 kiểm định 14.268 PTĐ, trong đó có 13.992 PTĐ đạt yêu cầu, chiếm 98,1%, các PTĐ không đạt đã được thông báo cho chủ sở hữu; kiểm định đạt 79,3% kế hoạch năm (18.000 PTĐ).

Bảng 1. Kết quả kiểm định phương tiện đo quý III và 9 tháng năm 2024
TT | Loại phương tiện đo | Quý III/2024 | 9 tháng 2024 | Cùng kỳ 2023 | So sánh (%)
1 | Công tơ điện xoay chiều 1 pha | 3.205 | 8.247 | 7.596 | 108,6
2 | Huyết áp kế | 121 | 402 | 311 | 129,3
3 | Taximet | 96 | 217 | 168 | 129,2
- | Tổng cộng | 5.305 | 14.268 | 13.162 | 108,4

b) Doanh thu
Doanh thu dịch vụ kỹ thuật quý III/2024 đạt 1.400 triệu đồng; lũy kế 9 tháng đạt 3.512 triệu đồng, bằng 73,2% kế hoạch năm (4.800 triệu đồng) và tăng 6,9% so với cùng kỳ năm 2023.
"""


@pytest.fixture(scope="module")
def svc(service_beside_real_report):  # noqa: ANN001, ANN201
    service = service_beside_real_report({"facebook_tdc_binhphuoc_2023.txt": POST, "tdc_ninhbinh_quy3_2024.txt": QUARTER_REPORT})
    yield service
    service.close()


def test_the_share_that_meets_the_requirement_not_the_plans(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Tỷ lệ phương tiện đo đạt yêu cầu khi kiểm định tại Chi cục TĐC Ninh Bình trong 9 tháng năm 2024 "
                         "là bao nhiêu phần trăm?")
    assert not answer.abstained and answer.value.number == 98.1


def test_a_rate_against_the_same_period_of_the_year_before_is_the_comparison_column(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Số huyết áp kế Chi cục TĐC Ninh Bình kiểm định trong 9 tháng năm 2024 bằng bao nhiêu phần trăm "
                         "so với cùng kỳ năm trước?")
    assert not answer.abstained and answer.value.number == 129.3


def test_so_far_to_the_end_of_a_month_since_the_years_start(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Tính đến hết tháng 9/2024, Chi cục TĐC Ninh Bình đã kiểm định được tổng cộng bao nhiêu phương "
                         "tiện đo kể từ đầu năm?")
    assert not answer.abstained and answer.value.number == 14268
