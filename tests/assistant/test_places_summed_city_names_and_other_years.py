"""A sum over two places the question names ("tại hai thành phố Ninh Bình và Tam Điệp") reads each place's own
row, the place filter taking any of them; "TP.HCM" as staff write it routes to the report of "Thành phố Hồ Chí
Minh"; a sentence opened by another year ("Sáu tháng đầu năm 2023, …", a related post's summary) gives no
figure of the year asked; a table row the question's words meet no better than the total row yields to it."""

from __future__ import annotations

import pytest

NINH_BINH = """BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2023 - CHI CỤC TĐC TỈNH NINH BÌNH
1. Kiểm định phương tiện đo
Kết quả kiểm định PTĐ của Trung tâm Kỹ thuật TĐC năm 2023 theo địa bàn các huyện, thành phố như sau:
STT | Địa bàn | Kế hoạch 2023 | Thực hiện 2023 | Tỷ lệ (%)
1 | Thành phố Ninh Bình | 4.800 | 5.126 | 106,8
2 | Thành phố Tam Điệp | 1.900 | 1.972 | 103,8
3 | Huyện Kim Sơn | 1.400 | 1.515 | 108,2
Tổng cộng | 8.100 | 8.613 | 106,3
"""

HCM = """CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH
Số: 1487/BC-TĐC
BÁO CÁO KẾT QUẢ HOẠT ĐỘNG QUÝ III VÀ 9 THÁNG NĂM 2024
Trong quý III/2024, Chi cục đã kiểm tra 48 cửa hàng bán lẻ xăng dầu với 287 cột đo nhiên liệu.
"""

TRA_VINH = """BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2024 - CHI CỤC TĐC TỈNH TRÀ VINH
1. Kiểm định phương tiện đo
Trong 6 tháng đầu năm 2024, Trung tâm đã kiểm định 9.847 phương tiện đo (PTĐ), tăng 10,3% so với cùng kỳ năm 2023 (8.926 PTĐ).
Bảng 1. Kết quả kiểm định 6 tháng đầu năm 2024
TT | Loại phương tiện đo | 6 tháng 2023 | Kế hoạch 2024 | 6 tháng 2024 | So kế hoạch (%)
1 | Cân phân tích, cân kỹ thuật | 96 | 220 | 118 | 53,6
2 | Phương tiện đo huyết áp | 512 | 1.100 | 548 | 49,8
- | Tổng cộng | 8.926 | 18.500 | 9.847 | 53,2
Bài viết liên quan
Sáu tháng đầu năm 2023, Trung tâm Kỹ thuật TĐC kiểm định 8.913 phương tiện đo; Chi cục xử phạt vi phạm hành chính 64.500.000 đồng.
"""


@pytest.fixture(scope="module")
def svc(service_beside_real_report):  # noqa: ANN001, ANN201
    service = service_beside_real_report({"tong_ket_2023_ninhbinh.txt": NINH_BINH, "quy3_2024_tphcm.txt": HCM,
                                          "so_ket_6thang_2024_travinh.txt": TRA_VINH})
    yield service
    service.close()


def test_a_sum_over_two_named_places_reads_each_row(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Tổng số phương tiện đo mà Trung tâm Kỹ thuật TĐC kiểm định năm 2023 tại hai thành phố Ninh Bình "
                     "và Tam Điệp là bao nhiêu?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 7098, answer.answer  # 5.126 + 1.972, not the plans 4.800 + 1.900


def test_tp_hcm_is_the_city_the_report_spells_out(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Báo cáo quý III và 9 tháng năm 2024 của Chi cục TĐC TP.HCM mang số hiệu văn bản nào?")
    assert "1487/BC-TĐC" in answer.answer, answer.answer


def test_a_sentence_of_another_year_is_no_figure_of_the_year_asked(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Trong 6 tháng đầu năm 2024, Trung tâm Kỹ thuật TĐC Trà Vinh đã kiểm định được bao nhiêu phương tiện đo?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 9847, answer.answer  # not the 2023 post's 8.913


def test_a_row_met_no_better_than_the_total_row_yields_to_it(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Số phương tiện đo Trung tâm Kỹ thuật TĐC Trà Vinh kiểm định trong 6 tháng đầu năm 2024 đạt bao "
                     "nhiêu phần trăm kế hoạch cả năm?")
    assert answer.abstained or answer.value.number == 53.2, answer.answer  # never the blood-pressure row's 49,8
