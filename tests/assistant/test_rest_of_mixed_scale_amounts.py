""""Tổng kinh phí 1,45 tỷ đồng, trong đó ngân sách tỉnh 980 triệu đồng, phần còn lại do doanh nghiệp đối ứng": the
rest is worked in the smaller scale (1.450 - 980 = 470 triệu đồng) and answers a question naming it by the words
only the rest is said with ("đối ứng"), though the whole is said of the same "doanh nghiệp"."""

from __future__ import annotations

import pytest

REPORT = """Báo cáo tổng kết công tác năm 2024 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Tây Ninh

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024

1. Năng suất chất lượng

Năm 2024, Chi cục đã hỗ trợ 12 doanh nghiệp xây dựng, áp dụng hệ thống quản lý và công cụ cải tiến năng suất với tổng kinh phí hỗ trợ 1,45 tỷ đồng, trong đó kinh phí ngân sách tỉnh 980 triệu đồng, phần còn lại do doanh nghiệp đối ứng.

2. Công tác thanh tra, kiểm tra

Chi cục đã kiểm tra 142 cơ sở sản xuất, kinh doanh, phát hiện 19 cơ sở vi phạm, xử phạt 186,5 triệu đồng.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"chicuc_tayninh_2024.txt": REPORT})
    yield service
    service.close()


def test_the_rest_named_by_its_own_words_is_worked_in_the_smaller_scale(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Trong kinh phí hỗ trợ nâng cao năng suất năm 2024, phần doanh nghiệp đối ứng là bao nhiêu "
                     "triệu đồng?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 470e6 or answer.value.number == 470, answer.value
    assert "1.450 - 980 = 470" in answer.answer and "470 triệu đồng" in answer.answer


def test_the_whole_and_the_part_stated_still_answer_their_own_questions(svc) -> None:  # noqa: ANN001
    whole = svc.ask("Năm 2024 tổng kinh phí hỗ trợ doanh nghiệp nâng cao năng suất là bao nhiêu?")
    part = svc.ask("Năm 2024 kinh phí ngân sách tỉnh hỗ trợ nâng cao năng suất là bao nhiêu triệu đồng?")
    assert "1,45 tỷ đồng" in whole.answer and whole.working is None, whole.answer
    assert "980 triệu đồng" in part.answer and part.working is None, part.answer

