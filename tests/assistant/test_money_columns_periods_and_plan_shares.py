"""A column naming its own money unit holds money whatever its row counts; a quarter named right after a figure is that
figure's; "sau 9 tháng", "kế hoạch cả năm" say when and which plan, not what, and "hoàn thành bao nhiêu phần trăm kế hoạch" is
the share a report writes "bằng 75,6% kế hoạch năm"."""

from __future__ import annotations

import pytest

QUARTER = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐẮK NÔNG
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 87/BC-TĐC
Đắk Nông, ngày 04 tháng 10 năm 2024
BÁO CÁO
Kết quả hoạt động tiêu chuẩn, đo lường, chất lượng quý III và 9 tháng năm 2024
1. Kiểm định phương tiện đo
Trong quý, Chi cục kiểm định 4.198 phương tiện đo (PTĐ), lũy kế 9 tháng đạt 12.471 PTĐ, bằng 75,6% kế hoạch năm. Trạm Kiểm định phương tiện đo Đắk Mil (trực thuộc Chi cục) kiểm định 386 PTĐ trong quý III, lũy kế 9 tháng đạt 1.068 PTĐ.
2. Dịch vụ và tài chính
Doanh thu dịch vụ kỹ thuật quý III đạt 1.046,5 triệu đồng; lũy kế 9 tháng đạt 2.918,4 triệu đồng, tăng 8,0% so với cùng kỳ năm 2023.
3. Kiểm tra, xử lý vi phạm
Phối hợp kiểm tra 22 cơ sở kinh doanh phân bón; lấy 15 mẫu phân bón để thử nghiệm, kết quả 02 mẫu không đạt chỉ tiêu hàm lượng đạm. Kiểm tra đồ chơi trẻ em tại 11 cơ sở kinh doanh, không phát hiện vi phạm.
Tổng hợp quý III: 06 cơ sở vi phạm, ban hành 06 quyết định xử phạt vi phạm hành chính, tổng số tiền phạt 27.250.000 đồng. Lũy kế 9 tháng có 12 cơ sở vi phạm, tổng số tiền xử phạt 86.750.000 đồng, tăng 18,3% so với cùng kỳ năm 2023.
Biểu 01. Kết quả kiểm định và doanh thu theo loại phương tiện đo
TT | Nội dung | ĐVT | Kế hoạch năm 2024 | Thực hiện 9 tháng năm 2024 | Doanh thu 9 tháng năm 2024 (đồng)
1 | Công tơ điện 1 pha, 3 pha | cái | 11.500 | 8.732 | 578.070.000
2 | Cột đo xăng dầu | cột | 480 | 402 | 619.200.000
"""

@pytest.fixture(scope="module")
def svc(service_beside_real_report):  # noqa: ANN001, ANN201
    service = service_beside_real_report({"bc_quy3_2024_tdc_daknong.txt": QUARTER})
    yield service
    service.close()


def test_a_column_naming_its_money_unit_holds_money_whatever_its_row_counts(svc) -> None:  # noqa: ANN001
    money = svc.ask("Doanh thu 9 tháng năm 2024 của Chi cục TĐC Đắk Nông từ kiểm định cột đo xăng dầu là bao nhiêu đồng?")
    assert not money.abstained and money.value.number == 619200000 and money.value.unit == "đồng"
    count = svc.ask("9 tháng năm 2024 Chi cục TĐC Đắk Nông đã kiểm định bao nhiêu cột đo xăng dầu?")
    assert not count.abstained and count.value.number == 402


def test_a_quarter_named_right_after_a_figure_is_that_figures(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Trong quý II năm 2024, Chi cục TĐC Đắk Nông kiểm định được bao nhiêu phương tiện đo?")
    assert answer.abstained  # "386 PTĐ trong quý III" is the station's quý III figure


def test_after_six_months_and_the_whole_years_plan_say_when_not_what(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Sau 9 tháng năm 2024, Chi cục TĐC Đắk Nông đã hoàn thành bao nhiêu phần trăm kế hoạch cả năm về "
                     "kiểm định phương tiện đo?")
    assert not answer.abstained and answer.value.number == 75.6
