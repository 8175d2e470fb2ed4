"""Follow-ups about the figure just given: its change against the earlier figure its own sentence states,
and its rate against the plan in that sentence."""

from __future__ import annotations

import pytest

from assistant.models import Turn

REPORT = """Báo cáo kết quả công tác 6 tháng đầu năm 2025 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Yên Bái

1. Kiểm định phương tiện đo

Trong 6 tháng đầu năm 2025, các tổ chức được chỉ định đã kiểm định 28.415 PTĐ các loại, tăng 8,6% so với năm 2024 và bằng 103,3% kế hoạch năm (kế hoạch 27.500 PTĐ).

2. Thanh tra, kiểm tra

Chi cục đã kiểm tra 64 cơ sở, phát hiện 19 cơ sở vi phạm, đề nghị xử phạt với tổng số tiền 92,5 triệu đồng (cùng kỳ năm 2024: 81,0 triệu đồng).

3. Kinh phí

Năm 2025, Chi cục được giao 9,85 tỷ đồng cho Đề án 996; đến ngày 30/6/2025 đã giải ngân 9,12 tỷ đồng.

4. Công bố hợp quy

Chi cục đã tiếp nhận 214 hồ sơ đăng ký công bố hợp quy (cùng kỳ năm 2024: 187 hồ sơ); đồng thời tiếp nhận 538 hồ sơ đăng ký kiểm tra chất lượng hàng hóa nhập khẩu.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"chicuc_yenbai_6t2025.txt": REPORT})
    yield service
    service.close()


def _after(question: str, answer: str) -> list[Turn]:
    return [Turn("user", question), Turn("assistant", answer)]


def test_a_change_from_the_earlier_figure_beside_the_one_just_given(svc) -> None:  # noqa: ANN001
    history = _after("6 tháng đầu năm 2025 Chi cục Yên Bái tiếp nhận bao nhiêu hồ sơ công bố hợp quy?",
                     "Chi cục đã tiếp nhận 214 hồ sơ đăng ký công bố hợp quy.")
    a = svc.ask("So với cùng kỳ năm ngoái thì nhiều hơn bao nhiêu hồ sơ?", history=history)
    assert a.value is not None and a.value.number == 27 and "214 - 187" in a.answer  # not 538 - 214


def test_a_rate_of_change_worked_when_none_is_stated(svc) -> None:  # noqa: ANN001
    history = _after("6 tháng đầu năm 2025 Chi cục Yên Bái đề nghị xử phạt bao nhiêu tiền?",
                     "Tổng số tiền đề nghị xử phạt 6 tháng đầu năm 2025 là 92,5 triệu đồng.")
    a = svc.ask("So với cùng kỳ năm ngoái thì tăng bao nhiêu phần trăm?", history=history)
    assert a.value is not None and a.value.number == pytest.approx(14.2, abs=0.01)
    a = svc.ask("So với cùng kỳ thì tăng thêm bao nhiêu triệu?", history=history)
    assert a.value is not None and a.value.number == pytest.approx(11.5) and "triệu triệu" not in a.answer


def test_the_rate_against_the_plan_in_the_sentence_of_the_figure_just_given(svc) -> None:  # noqa: ANN001
    history = _after("6 tháng đầu năm 2025 ở Yên Bái kiểm định được bao nhiêu phương tiện đo?",
                     "Các tổ chức đã kiểm định 28.415 PTĐ các loại.")
    a = svc.ask("Con số đó đạt bao nhiêu phần trăm so với kế hoạch đề ra?", history=history)
    assert a.value is not None and a.value.number == 103.3  # not "tăng 8,6% so với năm 2024"


def test_the_rest_of_a_whole_and_a_part_just_given(svc) -> None:  # noqa: ANN001
    history = _after("Kinh phí Đề án 996 năm 2025 Chi cục Yên Bái được giao bao nhiêu và đã giải ngân được bao nhiêu?",
                     "Năm 2025 Chi cục được giao 9,85 tỷ đồng cho Đề án 996; đã giải ngân 9,12 tỷ đồng.")
    a = svc.ask("Vậy số kinh phí chưa giải ngân còn lại là bao nhiêu?", history=history)
    assert a.value is not None and a.value.number == pytest.approx(0.73) and "9,85 - 9,12" in a.answer
