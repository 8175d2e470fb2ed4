"""A follow-up setting the figure just asked (a plan) against another one named by its year ("So với số thực hiện
năm 2025 thì phải kiểm định thêm bao nhiêu PTĐ nữa?"): the difference of the two, worked from cited figures."""

from __future__ import annotations

import pytest

from assistant.models import Turn
from assistant.question import resolve_followup

REPORT = """Báo cáo tổng kết công tác năm 2025 và phương hướng, nhiệm vụ năm 2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Hà Tĩnh

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025

1. Công tác đo lường

Năm 2025, Trung tâm Kỹ thuật TĐC đã kiểm định 31.208 phương tiện đo (PTĐ), đạt 104,0% kế hoạch năm (kế hoạch 30.000 PTĐ), tăng 6,1% so với năm 2024 (29.414 PTĐ).

2. Công tác thanh tra, kiểm tra

Chi cục đã chủ trì kiểm tra 126 cơ sở sản xuất, kinh doanh, phát hiện 17 cơ sở vi phạm, xử phạt 96,5 triệu đồng.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

1. Kiểm định 33.500 PTĐ các loại; đầu tư thêm 02 chuẩn đo lường.

2. Kiểm tra 140 cơ sở sản xuất, kinh doanh về đo lường, chất lượng.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"chicuc_hatinh_2025.txt": REPORT})
    yield service
    service.close()


def _after(question: str, answer: str) -> list[Turn]:
    return [Turn("user", question), Turn("assistant", answer)]


@pytest.mark.parametrize(("first", "said", "follow_up", "value", "working"), [
    ("Kế hoạch năm 2026 kiểm định bao nhiêu phương tiện đo?", "Năm 2026 kế hoạch kiểm định 33.500 PTĐ.",
     "So với số thực hiện năm 2025 thì phải kiểm định thêm bao nhiêu PTĐ nữa?", 2292, "33.500 - 31.208 = 2.292"),
    ("Kế hoạch năm 2026 của Chi cục là kiểm tra bao nhiêu cơ sở?", "Năm 2026 Chi cục kiểm tra 140 cơ sở.",
     "Như vậy nhiều hơn số thực hiện năm 2025 bao nhiêu cơ sở?", 14, "140 - 126 = 14"),
])
def test_plan_set_against_a_year_done(svc, first: str, said: str, follow_up: str, value: float,  # noqa: ANN001
                                      working: str) -> None:
    answer = svc.ask(follow_up, history=_after(first, said))
    assert not answer.abstained, answer.answer
    assert answer.value.number == value and working in answer.answer


@pytest.mark.parametrize("follow_up", [
    "So với năm 2024 thì tăng bao nhiêu?",  # an earlier time alone: worked from the figure just given
    "So với số thực hiện năm 2025 thì tăng bao nhiêu phần trăm?",  # a rate: the answerer's own rate rules
    "Còn năm 2024 thì sao?",
])
def test_other_follow_ups_are_not_turned_into_a_difference(follow_up: str) -> None:
    history = _after("Năm 2025 kiểm định bao nhiêu phương tiện đo?", "Năm 2025 kiểm định 31.208 PTĐ.")
    assert "nhiều hơn" not in resolve_followup(follow_up, history)


def test_the_difference_question_keeps_the_earlier_subject_and_the_asked_unit() -> None:
    history = _after("Kế hoạch kiểm định năm 2026 của Trung tâm là bao nhiêu PTĐ?", "33.500 PTĐ.")
    asked = resolve_followup("So với số thực hiện năm 2025 thì nhiều hơn bao nhiêu?", history)
    assert asked.startswith("Kế hoạch kiểm định năm 2026 của Trung tâm PTĐ nhiều hơn thực hiện năm 2025")
    assert asked.endswith("bao nhiêu PTĐ?")


TABLE_REPORT = """Báo cáo tổng kết công tác năm 2025 của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh Phú Thọ

1. Kết quả thực hiện các chỉ tiêu

Bảng 1. Kết quả năm 2025 và kế hoạch năm 2026
TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Kế hoạch năm 2026 | So với năm 2024 (%)
1 | Kiểm định PTĐ | phương tiện | 68.207 | 72.000 | 105,6
2 | Thử nghiệm mẫu | mẫu | 9.457 | 9.883 | 98,2

2. Tài chính

Doanh thu năm 2025 của Trung tâm đạt 548,7 tỷ đồng, tăng 6,2% so với năm 2024.

3. Nhiệm vụ năm 2026

Tổng doanh thu phấn đấu đạt 580.000.000.000 đồng.
"""


@pytest.fixture(scope="module")
def table_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt_phutho_2025.txt": TABLE_REPORT})
    yield service
    service.close()


def test_a_plan_cell_set_against_its_rows_year_done(table_svc) -> None:  # noqa: ANN001
    """The plan just given and the year done sit in one row: their difference, not two other figures of the two
    years ("9.883 - 9.457" of another row)."""
    history = _after("Chỉ tiêu kiểm định phương tiện đo năm 2026 của Trung tâm là bao nhiêu?",
                     "Theo Bảng 1, kế hoạch năm 2026 là kiểm định 72.000 phương tiện.")
    answer = table_svc.ask("So với số đã làm năm 2025 thì năm tới phải kiểm định thêm bao nhiêu phương tiện nữa?",
                           history=history)
    assert not answer.abstained, answer.answer
    assert answer.value.number == 3793 and "72.000 - 68.207 = 3.793" in answer.answer


def test_an_amount_written_in_full_is_worked_in_the_scale_asked(table_svc) -> None:  # noqa: ANN001
    history = _after("Kế hoạch doanh thu năm 2026 của Trung tâm là bao nhiêu?",
                     "Trung tâm phấn đấu tổng doanh thu năm 2026 đạt 580.000.000.000 đồng (580 tỷ đồng).")
    answer = table_svc.ask("Như vậy cao hơn doanh thu thực hiện năm 2025 bao nhiêu tỷ đồng?", history=history)
    assert not answer.abstained, answer.answer
    assert answer.value.number == 31.3 and "580 - 548,7 = 31,3" in answer.answer
