"""A table row short of the header's label cells (its group label spans several rows, a total's label spans the
label columns) still reads its figures under the header's last columns; a column "Kiểm định PTĐ (…) Năm 2023"
counts PTĐ; a place asked that the figure's sentence only lists with others ("thành phố Nam Định và các huyện
Hải Hậu, Giao Thủy") is not answered with their joint figure, a "thành phố" below the province included, while
an address ("Phường Bần Yên Nhân, thị xã Mỹ Hào") lists nothing."""

from __future__ import annotations

import pytest

KHANH_HOA = """BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2023 - CHI CỤC TĐC TỈNH KHÁNH HÒA
1. Kiểm định phương tiện đo
Bảng 1. Kết quả kiểm định phương tiện đo của Trung tâm năm 2023 theo loại phương tiện đo
TT | Lĩnh vực | Phương tiện đo | Năm 2022 | Kế hoạch 2023 | Thực hiện 2023 | TH/KH (%)
1 | Khối lượng | Cân phân tích, cân kỹ thuật | 412 | 450 | 468 | 104,0
2 | Cân bàn, cân đĩa | 3.105 | 3.300 | 3.512 | 106,4
3 | Cân đồng hồ lò xo | 5.830 | 6.000 | 6.947 | 115,8
4 | Áp suất | Huyết áp kế | 1.046 | 1.100 | 1.218 | 110,7
TỔNG CỘNG (Trung tâm) | 10.393 | 10.850 | 12.145 | 111,9
2. Kết quả theo địa bàn
Bảng 2. Kết quả theo địa bàn cấp huyện năm 2023
TT | Địa bàn | Kiểm định PTĐ (Trung tâm Kỹ thuật TĐC) Năm 2022 | Kiểm định PTĐ (Trung tâm Kỹ thuật TĐC) Năm 2023 | Số cơ sở kiểm tra
1 | Thành phố Nha Trang | 15.842 | 17.906 | 78
2 | Thị xã Ninh Hòa | 5.027 | 5.614 | 27
3 | Huyện Vạn Ninh | 2.466 | 2.781 | 14
3. Xử lý vi phạm
Ngày 26/10/2022, Chi cục trưởng đã ban hành Quyết định số 32/QĐ-XPHC xử phạt Cửa hàng gas Hoàng Long (Phường Bần Yên Nhân, thị xã Ninh Hòa).
Công ty Cổ phần Cấp thoát nước Khánh Hòa kiểm định 12.606 đồng hồ nước trong năm 2023.
"""

NAM_DINH = """BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2025 - CHI CỤC TĐC TỈNH NAM ĐỊNH
2. Kiểm tra xăng dầu
Trong 6 tháng đầu năm 2025, Chi cục đã kiểm tra về đo lường tại 38 cửa hàng kinh doanh xăng dầu với 142 cột đo nhiên liệu trên địa bàn thành phố Nam Định và các huyện Hải Hậu, Giao Thủy, Nghĩa Hưng, Ý Yên.
"""


@pytest.fixture(scope="module")
def svc(service_beside_real_report):  # noqa: ANN001, ANN201
    service = service_beside_real_report({"tong_ket_2023_khanhhoa.txt": KHANH_HOA,
                                          "so_ket_6thang_2025_namdinh.txt": NAM_DINH})
    yield service
    service.close()


def test_a_row_under_a_spanned_group_label_reads_its_column(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2023 Trung tâm Kỹ thuật TĐC Khánh Hòa kiểm định được bao nhiêu cân đồng hồ lò xo?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 6947, answer.answer  # not row 1's 468, nor the row's 2022 or plan figure


def test_a_column_named_by_its_work_counts_ptd(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2023, trên địa bàn thị xã Ninh Hòa, Trung tâm Kỹ thuật TĐC đã kiểm định bao nhiêu phương tiện đo?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 5614, answer.answer


def test_a_place_only_listed_with_others_is_not_answered(svc) -> None:  # noqa: ANN001
    answer = svc.ask("6 tháng đầu năm 2025, Chi cục TĐC Nam Định đã kiểm tra đo lường bao nhiêu cửa hàng xăng dầu ở huyện Hải Hậu?")
    assert answer.abstained, answer.answer  # 38 is the city's and four districts' together


def test_a_city_below_the_province_the_figure_never_places(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2023, Công ty Cổ phần Cấp thoát nước Khánh Hòa đã kiểm định bao nhiêu đồng hồ nước "
                     "trên địa bàn thành phố Cam Ranh?")
    assert answer.abstained, answer.answer  # 12.606 is the company's for the whole province


def test_an_address_lists_no_places(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Quyết định xử phạt Cửa hàng gas Hoàng Long (thị xã Ninh Hòa) được ban hành ngày nào?")
    assert not answer.abstained, answer.answer
    assert "26/10/2022" in answer.answer, answer.answer
