"""Figures made of periods, plans still to reach, and shares that are no change: "Tổng doanh thu 6 tháng đầu năm
2023 (quý I và quý II)" adds the two quarters' cells of the total row when no half-year figure is written; "Theo
báo cáo tháng 5/2024, từ nay đến cuối năm còn phải kiểm định thêm bao nhiêu PTĐ" is the year's plan less what is
done so far (the "Lũy kế 5 tháng" figure, not the month's); "tỷ lệ mẫu không đạt yêu cầu chiếm 3,5%" is no
rise of the samples tested; "9 tháng đầu năm 2024" asks the "9 tháng 2024 Lũy kế" cell, not the quarter's
beside it."""

from __future__ import annotations

import pytest

YEAR_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NAM ĐỊNH
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 12/BC-TTKT

BÁO CÁO
Tổng kết hoạt động năm 2023 và kế hoạch năm 2024

1. Thử nghiệm

Năm 2023, Phòng Thử nghiệm đã tiếp nhận và thử nghiệm 1.250 mẫu (năm 2022: 1.100 mẫu). Tỷ lệ mẫu có chỉ tiêu không đạt yêu cầu chiếm 3,5% tổng số mẫu.

2. Doanh thu

Tổng doanh thu năm 2023 của Trung tâm đạt 9,80 tỷ đồng, bằng 104,3% kế hoạch. Quý IV là quý có doanh thu cao nhất với 3.010 triệu đồng.

Phụ lục: Doanh thu theo quý năm 2023 (triệu đồng)
TT | Hoạt động | Quý I | Quý II | Quý III | Quý IV | Cả năm
1 | Kiểm định | 1.120 | 1.340 | 1.410 | 1.730 | 5.600
2 | Thử nghiệm | 760 | 880 | 1.280 | 1.280 | 4.200
- | Tổng cộng | 1.880 | 2.220 | 2.690 | 3.010 | 9.800

Trên đây là báo cáo tổng kết hoạt động năm 2023 của Trung tâm./.
"""

MONTH_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 41/BC-TĐC

BÁO CÁO
Kết quả công tác tháng 5 năm 2024

1. Công tác đo lường

Trong tháng 5/2024, Trung tâm Kỹ thuật trực thuộc Chi cục đã kiểm định 2.351 PTĐ các loại. Lũy kế 5 tháng đầu năm 2024, Trung tâm đã kiểm định 10.862 PTĐ, đạt 41,8% kế hoạch năm (26.000 PTĐ).

Bảng 1. Kết quả kiểm định tháng 5 năm 2024
TT | Loại PTĐ | ĐVT | Tháng 5/2024 | Lũy kế 5 tháng | Cùng kỳ 2023 | KH năm 2024 | % KH
1 | Công tơ điện | chiếc | 1.204 | 5.890 | 5.120 | 14.000 | 42,1
2 | Đồng hồ nước | chiếc | 410 | 1.960 | 2.080 | 5.000 | 39,2

Trên đây là báo cáo kết quả công tác tháng 5 năm 2024 của Chi cục./.
"""


NINE_MONTHS_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HẢI DƯƠNG
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 215/BC-TĐC

BÁO CÁO
Kết quả công tác 9 tháng đầu năm 2024, nhiệm vụ trọng tâm quý IV năm 2024

Bảng 1. Kết quả kiểm định phương tiện đo 9 tháng đầu năm 2024
STT | Loại phương tiện đo | ĐVT | Kế hoạch năm 2024 | 9 tháng 2023 Quý III | 9 tháng 2023 Lũy kế | 9 tháng 2024 Quý III | 9 tháng 2024 Lũy kế
1 | Công tơ điện 1 pha | chiếc | 38.000 | 9.650 | 27.420 | 10.460 | 29.870
2 | Công tơ điện 3 pha | chiếc | 4.500 | 1.020 | 3.105 | 1.185 | 3.412
3 | Đồng hồ đo nước lạnh | chiếc | 12.000 | 2.640 | 7.915 | 3.120 | 8.846

Trên đây là báo cáo kết quả công tác 9 tháng đầu năm 2024 của Chi cục./.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt_namdinh_2023.txt": YEAR_REPORT, "tdc_tayninh_thang5_2024.txt": MONTH_REPORT,
                            "tdc_haiduong_9thang_2024.txt": NINE_MONTHS_REPORT})
    yield service
    service.close()


def test_a_half_year_named_by_its_quarters_adds_the_total_rows_cells(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Tổng doanh thu 6 tháng đầu năm 2023 (quý I và quý II) của Trung tâm Kỹ thuật TĐC Nam Định là bao "
                     "nhiêu triệu đồng?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 4100, answer.answer  # 1.880 + 2.220 (not a row's cells, nor the year's 9.800)
    assert "1.880" in answer.answer and "2.220" in answer.answer


def test_what_is_left_of_the_plan_is_measured_from_the_months_so_far(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Theo báo cáo tháng 5/2024 của Chi cục TĐC Tây Ninh, từ nay đến cuối năm còn phải kiểm định thêm "
                     "bao nhiêu PTĐ nữa để hoàn thành kế hoạch năm 2024?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 15138, answer.answer  # 26.000 - 10.862 (not less the month's 2.351)


def test_a_table_rows_plan_is_measured_from_its_cumulative_column(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Theo báo cáo tháng 5/2024, Chi cục TĐC Tây Ninh còn phải kiểm định thêm bao nhiêu đồng hồ nước nữa "
                     "để hoàn thành kế hoạch năm 2024?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 3040, answer.answer  # 5.000 - 1.960 (not 5.000 - 410 of May alone)


def test_a_share_of_failed_samples_is_no_rise_of_the_samples(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Số mẫu thử nghiệm năm 2023 của Trung tâm Kỹ thuật TĐC Nam Định tăng bao nhiêu phần trăm so với "
                     "năm 2022?")
    assert answer.value is None or answer.value.number == 13.6, answer.answer  # (not the 3,5% that failed)


def test_a_span_asked_is_the_cumulative_cell_not_the_quarters(svc) -> None:  # noqa: ANN001
    answer = svc.ask("9 tháng đầu năm 2024 Chi cục TĐC Hải Dương kiểm định được bao nhiêu đồng hồ đo nước lạnh?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 8846, answer.answer  # (not quý III's 3.120)
    answer = svc.ask("Tổng số công tơ điện (cả 1 pha và 3 pha) Chi cục TĐC Hải Dương kiểm định trong 9 tháng đầu năm "
                     "2024 là bao nhiêu?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 33282, answer.answer  # 29.870 + 3.412 (not the quarter's, nor 2023's)
