"""The date a report is signed: its letterhead's place-and-date line, not a date its text cites."""

from __future__ import annotations

import pytest

REPORT = """UBND TỈNH HẢI HÀ
SỞ KHOA HỌC VÀ CÔNG NGHỆ
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 203/BC-TĐC
Hải Hà, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2023

Thực hiện Công văn số 1042/SKHCN-VP ngày 10/11/2023 của Sở Khoa học và Công nghệ về việc xây dựng báo cáo tổng kết năm 2023, Chi cục báo cáo như sau:

Năm 2023, Chi cục đã kiểm tra 47 cơ sở sản xuất, kinh doanh. Hội thảo về chuyển đổi số được tổ chức ngày 19/9/2023.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"haiha_2023.txt": REPORT})
    yield service
    service.close()


@pytest.mark.parametrize("question", [
    "Báo cáo tổng kết năm 2023 của Chi cục Hải Hà đề ngày bao nhiêu?",
    "Báo cáo kết quả năm 2023 của Chi cục được ký ban hành ngày nào?",
])
def test_a_reports_own_date_is_its_place_and_date_line(svc, question: str) -> None:  # noqa: ANN001
    a = svc.ask(question)
    assert not a.abstained and a.value is not None and a.value.text.endswith("15/12/2023"), a.answer


def test_a_date_the_report_cites_answers_questions_about_that_document(svc) -> None:  # noqa: ANN001
    a = svc.ask("Công văn số 1042/SKHCN-VP của Sở Khoa học và Công nghệ đề ngày nào?")
    assert a.value is not None and a.value.text.endswith("10/11/2023"), a.answer
