"""A rate of change asked of one thing ("tổng số tiền xử phạt … tăng bao nhiêu phần trăm so với cùng kỳ năm 2020")
is never a rate the report states of another ("18.642 phương tiện đo …, tăng 12,3% so với cùng kỳ"), nor a share of
the plan ("đạt 58,0% kế hoạch"), nor a ratio of a count to an amount: it is worked from the two amounts, the earlier
one read from the bracket right after its year ("So với cùng kỳ năm 2020 (…, xử phạt 89,0 triệu đồng)") or from a
table row its label names ("Cùng kỳ năm 2020 | … | 89,0")."""

from __future__ import annotations

import pytest

HEAD = """Báo cáo kết quả công tác 6 tháng đầu năm 2021 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Phú Thọ

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2021

1. Công tác đo lường

Sáu tháng đầu năm 2021, Chi cục đã kiểm định được 18.642 phương tiện đo (PTĐ), tăng 12,3% so với cùng kỳ năm 2020.

2. Công tác thanh tra, kiểm tra

Thực hiện Kế hoạch kiểm tra năm 2021, 6 tháng đầu năm Chi cục đã kiểm tra 87 cơ sở sản xuất, kinh doanh, đạt 58,0% kế hoạch năm; phát hiện 11 cơ sở vi phạm, ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền 124,5 triệu đồng.
"""
PROSE = HEAD + """
So với cùng kỳ năm 2020 (kiểm tra 64 cơ sở, 7 cơ sở vi phạm, xử phạt 89,0 triệu đồng), số cơ sở được kiểm tra và số tiền xử phạt đều tăng.
"""
TABLE = HEAD + """
Bảng 1. Kết quả kiểm tra

Kỳ | Số cơ sở kiểm tra | Số cơ sở vi phạm | Số tiền xử phạt (triệu đồng)
Cùng kỳ năm 2020 | 64 | 7 | 89,0
6 tháng đầu năm 2021 | 87 | 11 | 124,5
"""
QUESTION = "6 tháng đầu năm 2021, tổng số tiền xử phạt của Chi cục tăng bao nhiêu phần trăm so với cùng kỳ năm 2020?"


@pytest.mark.parametrize("report", [PROSE, TABLE], ids=["bracket-after-the-year", "table-row"])
def test_the_rate_asked_is_worked_from_the_amounts_of_the_two_years(service_over, report: str) -> None:  # noqa: ANN001
    service = service_over({"chicuc_phutho_6t2021.txt": report})
    try:
        answer = service.ask(QUESTION)
    finally:
        service.close()
    assert not answer.abstained, answer.answer
    assert answer.value.number == pytest.approx(39.89, abs=0.01), answer.answer
    assert "124,5" in answer.working and "89" in answer.working


def test_with_no_earlier_amount_the_answer_says_so_rather_than_another_rate(service_over) -> None:  # noqa: ANN001
    service = service_over({"chicuc_phutho_6t2021.txt": HEAD})
    try:
        answer = service.ask(QUESTION)
    finally:
        service.close()
    assert answer.abstained, answer.answer


def test_a_fall_is_worked_as_the_larger_less_the_smaller(service_over) -> None:  # noqa: ANN001
    report = PROSE.replace("xử phạt 89,0 triệu đồng", "xử phạt 291,0 triệu đồng").replace("đều tăng", "đều giảm")
    service = service_over({"chicuc_phutho_6t2021.txt": report})
    try:
        answer = service.ask("6 tháng đầu năm 2021, tổng số tiền xử phạt của Chi cục giảm bao nhiêu so với cùng kỳ năm 2020?")
    finally:
        service.close()
    assert answer.value is not None and answer.value.number == pytest.approx(166.5), answer.answer
    assert "291 - 124,5 = 166,5" in answer.answer
