"""A count asked ("bao nhiêu PTĐ") is never met by a cell of a money column, even when its row is named
after the work counted ("Kiểm định phương tiện đo | 4.826,4 | 6.300" in a "triệu đồng" table)."""

from __future__ import annotations

import pytest

REPORT = """Báo cáo kết quả hoạt động 9 tháng đầu năm 2025 của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Kon Tum

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2025

1. Công tác kiểm định phương tiện đo

Lũy kế 9 tháng đầu năm 2025, Trung tâm đã kiểm định 52.318 phương tiện đo (PTĐ), đạt 74,7% kế hoạch năm (70.000 PTĐ), tăng 7,0% so với cùng kỳ năm 2024 (48.905 PTĐ).

2. Doanh thu

Bảng 2. Doanh thu theo lĩnh vực 9 tháng đầu năm 2025
Đơn vị tính: triệu đồng

TT | Lĩnh vực | 9 tháng 2025 | 9 tháng 2024 | Kế hoạch năm 2025 | Tỷ lệ so với KH (%)
1 | Kiểm định phương tiện đo | 4.826,4 | 4.512,7 | 6.300 | 76,6
2 | Thử nghiệm | 2.310,2 | 2.105,0 | 3.400 | 67,9
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt_kontum_9t2025.txt": REPORT})
    yield service
    service.close()


def test_what_the_plan_still_wants_is_counted_in_the_things_asked(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Theo báo cáo 9 tháng 2025, Trung tâm còn phải kiểm định thêm bao nhiêu PTĐ nữa để hoàn thành "
                     "kế hoạch năm?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 17682 and "70.000 - 52.318 = 17.682" in answer.answer


def test_money_is_still_read_from_the_money_column(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Doanh thu kiểm định phương tiện đo 9 tháng năm 2025 là bao nhiêu triệu đồng?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 4826.4


def test_a_caption_ending_on_its_money_unit_gives_the_cells_their_unit(service_over) -> None:  # noqa: ANN001
    report = REPORT.replace("Bảng 2. Doanh thu theo lĩnh vực 9 tháng đầu năm 2025\nĐơn vị tính: triệu đồng\n",
                            "Bảng 2. Doanh thu theo lĩnh vực 9 tháng đầu năm 2025 (triệu đồng)\n")
    service = service_over({"ttkt_kontum_9t2025.txt": report})
    try:
        money = service.ask("Doanh thu thử nghiệm 9 tháng năm 2025 là bao nhiêu triệu đồng?")
        count = service.ask("Theo báo cáo 9 tháng 2025, Trung tâm còn phải kiểm định thêm bao nhiêu PTĐ nữa để hoàn "
                            "thành kế hoạch năm?")
    finally:
        service.close()
    assert not money.abstained and money.value.number == 2310.2, money.answer
    assert money.value.unit == "triệu đồng" or "triệu đồng" in money.answer
    assert count.value is not None and count.value.number == 17682, count.answer

