"""Quarter reports, markets and units a row gives: "doanh thu từ hoạt động hiệu chuẩn" is that service's row, not
the total revenue; a "Tỷ lệ so KH (%)" cell answers "9 tháng … đạt bao nhiêu % kế hoạch" of a table whose header
holds "Lũy kế 9 tháng"; a row "Số tiền xử phạt (triệu đồng)" counts in triệu đồng; "Trong quý III, …" is no
figure of quý II; "(năm 2021 kiểm tra …, tỷ lệ không đạt 8,3%)" is 2021's rate; a market's row is only that
market's ("Chợ Cái Khế" is not "Chợ Cái Răng"); a "Tổng cộng" row whose unit cell is empty counts what the rows
are kinds of; a "Kế hoạch năm 2025" cell is the plan for 2025."""

from __future__ import annotations

import pytest

QUARTER_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BÌNH PHƯỚC
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 301/BC-TĐC

BÁO CÁO
Kết quả công tác quý III và 9 tháng năm 2024

1. Kiểm định phương tiện đo

Quý III/2024, Chi cục đã kiểm định 4.215 PTĐ các loại; lũy kế 9 tháng năm 2024 kiểm định 12.630 PTĐ, đạt 70,2% kế hoạch năm (18.000 PTĐ).

Trong quý III, Trạm Kiểm định đo lường khu vực Đồng Xoài (đơn vị trực thuộc Chi cục) đã thực hiện kiểm định 1.184 PTĐ, chủ yếu là cân ô tô và cột đo xăng dầu.

Bảng 1. Kết quả kiểm định phương tiện đo quý III và 9 tháng năm 2024
TT | Loại phương tiện đo | ĐVT | Kế hoạch năm 2024 | Quý III/2024 | Lũy kế 9 tháng | Tỷ lệ so KH (%)
1 | Cột đo xăng dầu | cột | 2.400 | 612 | 1.836 | 76,5
2 | Đồng hồ đo nước lạnh | chiếc | 6.000 | 1.650 | 4.320 | 72,0
3 | Cân ô tô | chiếc | 400 | 118 | 296 | 74,0
- | Tổng cộng | - | 18.000 | 4.215 | 12.630 | 70,2

2. Doanh thu

Tổng doanh thu 9 tháng năm 2024 của Chi cục đạt 6,84 tỷ đồng, bằng 71,3% kế hoạch năm.

Bảng 2. Doanh thu theo hoạt động (triệu đồng)
TT | Hoạt động | 9 tháng năm 2024
1 | Kiểm định phương tiện đo | 4.912,6
2 | Hiệu chuẩn phương tiện đo | 1.318,4
3 | Thử nghiệm mẫu | 609,0
- | Tổng doanh thu | 6.840,0

3. Thanh tra, kiểm tra

Kết quả xử lý vi phạm trong quý III: Chi cục trưởng đã ban hành 4 quyết định xử phạt vi phạm hành chính với tổng số tiền phạt là 52,5 triệu đồng, trong đó 2 cửa hàng xăng dầu bị xử phạt 40,0 triệu đồng.

Bảng 3. Kết quả xử lý vi phạm
Nội dung | Quý III/2024 | 9 tháng năm 2024
Số quyết định xử phạt | 4 | 11
Số tiền xử phạt (triệu đồng) | 52,5 | 148,0

4. Kế hoạch quý IV năm 2024

Phấn đấu kiểm định khoảng 5.400 PTĐ trong quý IV.
"""

MARKET_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH VĨNH LONG
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 212/BC-TĐC

BÁO CÁO
Kết quả công tác năm 2022 và kế hoạch năm 2023

1. Kiểm tra cân tại chợ

Năm 2022, Chi cục đã kiểm tra 512 chiếc cân tại 3 chợ, phát hiện 31 chiếc cân không đạt yêu cầu về đo lường, chiếm tỷ lệ 6,1% (năm 2021 kiểm tra 468 chiếc cân tại 3 chợ, tỷ lệ không đạt 9,4%).

Bảng 1. Kết quả kiểm tra cân tại chợ năm 2022
TT | Tên chợ | Số cân được kiểm tra (chiếc) | Số cân đạt (chiếc) | Số cân không đạt (chiếc)
1 | Chợ Cái Răng | 186 | 174 | 12
2 | Chợ Long Hồ | 204 | 193 | 11
3 | Chợ Vũng Liêm | 122 | 114 | 8
- | Tổng cộng | 512 | 481 | 31

2. Kế hoạch năm 2023

Năm 2023, Chi cục mở rộng kiểm tra cân tại Chợ Cái Khế và Chợ Trà Ôn.

Bảng 2. Chỉ tiêu chủ yếu
TT | Chỉ tiêu | Năm 2021 | Năm 2022 | Kế hoạch năm 2023
1 | Kiểm tra cân tại chợ (chiếc) | 468 | 512 | 600
2 | Hướng dẫn doanh nghiệp (lượt) | 38 | 45 | 50
3 | Doanh nghiệp đang sử dụng mã số mã vạch | 583 | 649 | 700
"""


@pytest.fixture(scope="module")
def quarter_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"chicuc_binhphuoc_q3_2024.txt": QUARTER_REPORT})
    yield service
    service.close()


@pytest.fixture(scope="module")
def market_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"chicuc_vinhlong_2022.txt": MARKET_REPORT})
    yield service
    service.close()


def test_a_services_revenue_is_its_row_not_the_total(quarter_svc) -> None:  # noqa: ANN001
    answer = quarter_svc.ask("Doanh thu từ hoạt động hiệu chuẩn của Chi cục TĐC Bình Phước 9 tháng năm 2024 là bao nhiêu?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 1318.4, answer.answer  # (not the total 6,84 tỷ đồng)


def test_a_plan_ratio_cell_is_of_the_period_its_header_runs_to(quarter_svc) -> None:  # noqa: ANN001
    answer = quarter_svc.ask("Số cột đo xăng dầu Chi cục TĐC Bình Phước kiểm định 9 tháng năm 2024 đạt bao nhiêu % "
                             "kế hoạch năm?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 76.5, answer.answer  # (not the whole's 70,2%)


def test_a_rows_own_unit_in_brackets_scales_its_cells(quarter_svc) -> None:  # noqa: ANN001
    answer = quarter_svc.ask("Tổng số tiền xử phạt vi phạm hành chính trong quý III/2024 của Chi cục TĐC Bình Phước là "
                             "bao nhiêu?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 52.5, answer.answer


def test_a_quarter_opening_the_sentence_is_no_other_quarters(quarter_svc) -> None:  # noqa: ANN001
    answer = quarter_svc.ask("Quý II năm 2024 Chi cục TĐC Bình Phước kiểm định được bao nhiêu PTĐ?")
    assert answer.value is None or answer.value.number != 1184, answer.answer  # ("Trong quý III, Trạm …")


def test_a_total_row_with_an_empty_unit_cell_counts_the_kinds(quarter_svc) -> None:  # noqa: ANN001
    answer = quarter_svc.ask("Quý III năm 2024, Chi cục TĐC Bình Phước kiểm định được bao nhiêu phương tiện đo?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 4215, answer.answer  # (not one kind's row)


def test_a_bracket_opening_on_the_earlier_year_holds_its_rate(market_svc) -> None:  # noqa: ANN001
    answer = market_svc.ask("Tỷ lệ cân không đạt yêu cầu về đo lường tại các chợ ở Vĩnh Long năm 2022 là bao nhiêu?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 6.1, answer.answer  # (not 2021's 9,4%)


def test_a_markets_row_is_only_that_markets(market_svc) -> None:  # noqa: ANN001
    answer = market_svc.ask("Năm 2022 Chi cục kiểm tra bao nhiêu chiếc cân tại Chợ Long Hồ?")
    assert answer.value is None or answer.value.number == 204, answer.answer  # (never another market's row)
    answer = market_svc.ask("Năm 2022 Chi cục kiểm tra bao nhiêu chiếc cân tại Chợ Cái Khế?")
    assert answer.abstained, answer.answer  # (only planned for 2023; not Chợ Cái Răng's 186, nor all 512)


def test_a_plan_column_of_next_year_is_that_years_plan(market_svc) -> None:  # noqa: ANN001
    answer = market_svc.ask("Kế hoạch năm 2023 về hướng dẫn doanh nghiệp của Chi cục TĐC Vĩnh Long là bao nhiêu lượt?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 50, answer.answer


def test_a_change_between_year_ends_is_worked_from_the_row(market_svc) -> None:  # noqa: ANN001
    # ("cuối năm" is when, never the unit counted)
    answer = market_svc.ask("Đến cuối năm 2022, số doanh nghiệp đang sử dụng mã số mã vạch ở Vĩnh Long tăng thêm bao "
                            "nhiêu so với cuối năm 2021?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 66, answer.answer  # 649 - 583
