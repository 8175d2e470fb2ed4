"""Table rows read for what they are: a total row whose label stands in the index column ("Cộng kiểm định | - |
- | PTĐ | 38.262"), a "Số đợt" column that counts đợt whatever its row names, a row naming the asked part over
the whole a sentence states ("Tổng doanh thu … 7,34 tỷ đồng"), an abbreviation in brackets naming its row
("Cột đo khí dầu mỏ hóa lỏng (LPG)"), and a sum that never adds one figure to itself where a table restates it."""

from __future__ import annotations

import pytest

YEAR_REPORT = """Báo cáo tổng kết công tác năm 2024 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Long An

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024

1. Công tác đo lường

Năm 2024, Chi cục đã kiểm định tổng cộng 41.286 phương tiện đo (PTĐ), đạt 110,1% kế hoạch năm.

Bảng 1. Một số kết quả chủ yếu năm 2024
STT | Lĩnh vực | Chỉ tiêu | Đơn vị tính | Thực hiện Năm 2023 | Thực hiện Năm 2024 | Kế hoạch năm 2024
1 | Kiểm định phương tiện đo | Công tơ điện 1 pha | chiếc | 23.120 | 24.850 | 22.000
2 | Kiểm định phương tiện đo | Đồng hồ đo nước lạnh | chiếc | 8.740 | 9.630 | 8.500
3 | Kiểm định phương tiện đo | Cân các loại | chiếc | 1.802 | 1.865 | 1.800
Cộng kiểm định | - | - | PTĐ | 38.262 | 41.286 | 37.500

2. Công tác kiểm tra

Bảng 2. Kết quả kiểm tra theo lĩnh vực năm 2024
TT | Lĩnh vực kiểm tra | Số đợt | Số cơ sở kiểm tra | Số cơ sở vi phạm | Ghi chú
1 | Xăng dầu | 3 | 64 | 5 | Lấy 42 mẫu xăng dầu thử nghiệm
2 | Mũ bảo hiểm cho người đi mô tô, xe máy | 1 | 28 | 2 | Tạm giữ 85 chiếc mũ không dấu CR

Đối với mũ bảo hiểm, Đoàn kiểm tra đã tạm giữ 85 chiếc mũ không có dấu hợp quy CR tại 02 cơ sở kinh doanh.
"""

HALF_REPORT = """Báo cáo kết quả hoạt động 6 tháng đầu năm 2025 của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Bình Định

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2025

1. Kiểm định phương tiện đo

Kiểm định cột đo xăng dầu: Trung tâm đã kiểm định 648 cột đo xăng dầu tại 213 cửa hàng xăng dầu trên địa bàn 11 huyện, thị xã, thành phố.

Bảng 2. Kết quả kiểm định phương tiện đo theo chủng loại
TT | Loại phương tiện đo | Đơn vị tính | 6 tháng 2024 | 6 tháng 2025 | So với cùng kỳ (%)
1 | Công tơ điện 1 pha | chiếc | 9.860 | 11.245 | 114,0
4 | Cột đo xăng dầu | cột | 612 | 648 | 105,9
5 | Cột đo khí dầu mỏ hóa lỏng (LPG) | cột | 18 | 22 | 122,2

2. Kết quả thực hiện nhiệm vụ tài chính

Tổng doanh thu hoạt động dịch vụ sự nghiệp công 6 tháng đầu năm 2025 của Trung tâm ước đạt 7,34 tỷ đồng, tăng 10,3% so với cùng kỳ năm 2024 (6,66 tỷ đồng).

Bảng 1. Doanh thu theo lĩnh vực hoạt động (triệu đồng)
TT | Lĩnh vực hoạt động | 6 tháng 2024 | KH năm 2025 | 6 tháng 2025 | % so với cùng kỳ | % so với KH
1 | Kiểm định phương tiện đo | 3.215,6 | 7.200 | 3.648,2 | 113,5 | 50,7
2 | Hiệu chuẩn chuẩn đo lường, phương tiện đo | 1.084,3 | 2.500 | 1.236,9 | 114,1 | 49,5
3 | Thử nghiệm | 2.361,1 | 5.700 | 2.458,9 | 104,1 | 43,1
- | Tổng cộng | 6.661,0 | 15.400 | 7.344,0 | 110,3 | 47,7
"""


@pytest.fixture(scope="module")
def year_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"chicuc_longan_2024.txt": YEAR_REPORT})
    yield service
    service.close()


@pytest.fixture(scope="module")
def half_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt_binhdinh_6t2025.txt": HALF_REPORT})
    yield service
    service.close()


def test_the_total_asked_is_the_total_row_labelled_in_its_index_column(year_svc) -> None:  # noqa: ANN001
    answer = year_svc.ask("Năm 2023 Chi cục TĐC Long An kiểm định được tổng cộng bao nhiêu phương tiện đo?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 38262, answer.answer


def test_a_count_of_dot_column_is_no_count_of_the_things_its_row_names(year_svc) -> None:  # noqa: ANN001
    answer = year_svc.ask("Đợt kiểm tra mũ bảo hiểm năm 2024 của Chi cục TĐC Long An đã tạm giữ bao nhiêu chiếc mũ?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 85, answer.answer


def test_the_row_naming_the_asked_part_answers_over_the_whole_in_a_sentence(half_svc) -> None:  # noqa: ANN001
    answer = half_svc.ask("Doanh thu hiệu chuẩn 6 tháng đầu năm 2025 của Trung tâm Kỹ thuật TĐC Bình Định là bao nhiêu "
                          "triệu đồng?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 1236.9, answer.answer


def test_an_abbreviation_in_brackets_names_its_row(half_svc) -> None:  # noqa: ANN001
    answer = half_svc.ask("6 tháng đầu năm 2025 Trung tâm Kỹ thuật TĐC Bình Định kiểm định bao nhiêu cột đo LPG?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 22, answer.answer


def test_a_sum_never_adds_a_figure_to_its_restatement(half_svc) -> None:  # noqa: ANN001
    answer = half_svc.ask("6 tháng đầu năm 2025, Trung tâm Kỹ thuật TĐC Bình Định kiểm định tổng cộng bao nhiêu cột đo "
                          "nhiên liệu, tính cả cột đo xăng dầu và cột đo LPG?")
    assert "648 + 648" not in answer.answer, answer.answer
    assert answer.abstained or answer.value.number == 670, answer.answer
