"""Figures read from tables by their row and column; counter words; money asked without diacritics."""

from __future__ import annotations


import pytest

REPORT = """Báo cáo kết quả hoạt động năm 2022 của Trung tâm Kỹ thuật 7

I. KẾT QUẢ NĂM 2022

Kết quả thực hiện các chỉ tiêu chủ yếu như sau:

TT | Chỉ tiêu | Đơn vị tính | Kế hoạch 2022 | Thực hiện 2022 | Tỷ lệ so với kế hoạch (%)
1 | Tổng doanh thu | tỷ đồng | 80,0 | 85,6 | 107,0
2 | Số hợp đồng dịch vụ ký mới | hợp đồng | 5.500 | 6.027 | 109,6
3 | Giá trị đầu tư trang thiết bị | tỷ đồng | 35,0 | 32,4 | 92,6

Số phương tiện đo được kiểm định theo loại:
STT Loại phương tiện đo Năm 2021 (chiếc) Năm 2022 (chiếc)
1 Công tơ điện 1 pha 28.960 31.540
2 Huyết áp kế 95 212
3 Đồng hồ đo nước lạnh 8.102 8.914

Trung tâm đã nộp ngân sách nhà nước 9,84 tỷ đồng. Tính đến ngày 31/12/2022, tổng số viên chức và người lao động của Trung tâm là 312 người, trong đó có 8 tiến sĩ.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt7_2022.txt": REPORT})
    yield service
    service.close()


@pytest.mark.parametrize("question, number", [
    ("Năm 2022 Trung tâm Kỹ thuật 7 ký được bao nhiêu hợp đồng dịch vụ mới?", 6027),
    ("Chỉ tiêu kế hoạch số hợp đồng dịch vụ ký mới năm 2022 là bao nhiêu?", 5500),  # the plan column when asked
    ("Năm 2022 kiểm định bao nhiêu huyết áp kế?", 212),  # not the row number 2, not 2021's 95
    ("Năm 2022 kiểm định bao nhiêu chiếc đồng hồ đo nước lạnh?", 8914),
    ("Cuối năm 2022 Trung tâm có bao nhiêu viên chức và người lao động?", 312),  # "tổng số … là 312 người"
    ("nam 2022 trung tam nop ngan sach bao nhieu tien", 9.84),  # "tien" is money, however accents are restored
])
def test_table_cells_counters_and_money(svc, question: str, number: float) -> None:  # noqa: ANN001
    a = svc.ask(question)
    assert not a.abstained and a.value is not None and a.value.number == number, a.answer


def test_a_table_percentage_is_cited_with_its_whole_row(svc) -> None:  # noqa: ANN001
    a = svc.ask("Giá trị đầu tư trang thiết bị năm 2022 đạt bao nhiêu phần trăm kế hoạch?")
    assert a.value is not None and a.value.number == 92.6, a.answer
    assert "Giá trị đầu tư trang thiết bị | tỷ đồng | 35,0 | 32,4 | 92,6" in a.citations[0].quote


@pytest.mark.parametrize("question", ["Năm 2022 Trung tâm có bao nhiêu viên chức nữ?",
                                      "Năm 2022 Trung tâm có bao nhiêu viên chức?"])  # 312 counts more than that
def test_a_count_of_more_than_was_asked_is_not_the_answer(svc, question: str) -> None:  # noqa: ANN001
    a = svc.ask(question)
    assert a.abstained or (a.value is not None and a.value.number != 312), a.answer
