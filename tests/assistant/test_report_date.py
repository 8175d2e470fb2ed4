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


# a digitally signed report as the PDF loader reads it: the signing software's stamp first
SIGNED = """Người ký: Chi cục Tiêu chuẩn Đo lường Chất lượng
Email: tdc@kontum.gov.vn
Cơ quan: Tỉnh Kon Tum
Thời gian ký: 16.01.2023 08:42:17 +07:00
UBND TỈNH KON TUM
SỞ KHOA HỌC VÀ CÔNG NGHỆ
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 09/BC-TĐC
Kon Tum, ngày 13 tháng 01 năm 2023

BÁO CÁO
Tổng kết công tác năm 2022 của Chi cục Tiêu chuẩn Đo lường Chất lượng Kon Tum

Năm 2022, Chi cục đã kiểm tra 52 cơ sở kinh doanh xăng dầu trên địa bàn tỉnh Kon Tum.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"haiha_2023.txt": REPORT, "kontum_2022.txt": SIGNED})
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


def test_a_digital_signature_is_dated_by_its_stamp(svc) -> None:  # noqa: ANN001
    """"được ký số ngày nào": the stamp's "Thời gian ký: 16.01.2023" (a date written with dots); the report's own
    date is still its place-and-date line."""
    a = svc.ask("Báo cáo tổng kết năm 2022 của Chi cục Kon Tum được ký số ngày nào?")
    assert not a.abstained and a.value is not None and a.value.text.endswith("16/01/2023"), a.answer
    a = svc.ask("Báo cáo tổng kết năm 2022 của Chi cục Kon Tum đề ngày bao nhiêu?")
    assert not a.abstained and a.value is not None and a.value.text.endswith("13/01/2023"), a.answer
