"""Dates of events: the one written with the question's own name of the event ("Ngày Đo lường Thế giới", not
"Ngày Tiêu chuẩn Thế giới"), the one a follow-up's own verb is written with ("có hiệu lực", not "thông
qua"), a document's date told by the document ("Quyết định … ngày 12/5/2023 ban hành Danh mục …"), "hôm
nào" as a date asked, a report's own date line rather than a web page's "Thứ Sáu, 20/12/2024", and a
news page whose headings and byline are no passages worth reading first."""

from __future__ import annotations

import pytest

from assistant.models import Turn

UY_BAN = """ỦY BAN TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG QUỐC GIA
Số: 88/BC-UBTCĐLCL
Hà Nội, ngày 20 tháng 12 năm 2025
BÁO CÁO
Tổng kết công tác năm 2025

1. Thể chế
Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) đã được Quốc hội khóa XV thông qua tại Kỳ họp thứ 9 ngày 18/6/2025 và có hiệu lực thi hành từ ngày 01/01/2026.
Ủy ban đã tham mưu trình Ủy ban nhân dân thành phố ban hành Kế hoạch số 1846/KH-UBND ngày 21/4/2025 về thực hiện Chương trình năng suất giai đoạn 2025 - 2030 và Quyết định số 1124/QĐ-UBND ngày 12/5/2025 ban hành Danh mục sản phẩm, hàng hóa trọng điểm cần kiểm tra chất lượng năm 2025.

2. Sự kiện
Tổ chức Lễ kỷ niệm Ngày Tiêu chuẩn Thế giới 14/10/2025;
Ngày 20/5/2025, Ủy ban đã tổ chức Lễ kỷ niệm Ngày Đo lường Thế giới với chủ đề đo lường cho mọi thời đại.
Lễ trao giải được tổ chức vào ngày 20 tháng 11 năm 2025 tại Hà Nội, với 92 doanh nghiệp đạt Giải thưởng Chất lượng Quốc gia.
"""

PORTAL = """Thứ Sáu, 20/12/2024
Trang chủ | Giới thiệu | Tin tức
Chi cục TCĐLCL tổng kết công tác năm 2024
(KHCN Bến Tre) - Sáng ngày 18/12/2024, Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Bến Tre tổ chức Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.
SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẾN TRE CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG Số: 301/BC-TĐC
Bến Tre, ngày 16 tháng 12 năm 2024
BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2024

1. Công tác tiêu chuẩn

Chi cục hướng dẫn 12 doanh nghiệp công bố hợp chuẩn.

2. Công tác đo lường

Chi cục kiểm định 24.816 phương tiện đo trong năm 2024.

3. Công tác chất lượng

Chi cục kiểm tra 58 cửa hàng xăng dầu.

Minh Thư (tổng hợp)
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"uybantcdlcl_2025.txt": UY_BAN, "chicuc_bentre_2024.txt": PORTAL})
    yield service
    service.close()


def _date(a) -> str | None:  # noqa: ANN001
    return a.value.text if a.value is not None else None


def test_the_date_written_with_the_events_own_name(svc) -> None:  # noqa: ANN001
    a = svc.ask("Ủy ban tổ chức lễ kỷ niệm Ngày Đo lường Thế giới năm 2025 vào ngày nào?")
    assert "20/5/2025" in (_date(a) or ""), a.answer  # not "Ngày Tiêu chuẩn Thế giới 14/10/2025"


def test_hom_nao_asks_a_date(svc) -> None:  # noqa: ANN001
    a = svc.ask("Lễ trao Giải thưởng Chất lượng Quốc gia năm 2025 được tổ chức hôm nào?")
    assert "20/11/2025" in (_date(a) or ""), a.answer


def test_a_follow_up_asks_the_date_its_own_verb_is_written_with(svc) -> None:  # noqa: ANN001
    history = [Turn("user", "Luật Tiêu chuẩn và Quy chuẩn kỹ thuật sửa đổi được Quốc hội thông qua khi nào?"),
               Turn("assistant", "Luật được Quốc hội thông qua ngày 18/6/2025.")]
    a = svc.ask("Luật này bắt đầu có hiệu lực từ khi nào?", history=history)
    assert "01/01/2026" in (_date(a) or ""), a.answer


def test_a_documents_date_is_told_by_what_the_document_is(svc) -> None:  # noqa: ANN001
    a = svc.ask("Danh mục hàng hóa trọng điểm phải kiểm tra chất lượng năm 2025 được ban hành ngày nào?")
    assert "12/5/2025" in (_date(a) or ""), a.answer  # not the Kế hoạch's 21/4/2025 before it


def test_a_reports_own_date_is_its_date_line_not_the_pages_weekday(svc) -> None:  # noqa: ANN001
    a = svc.ask("Báo cáo tổng kết năm 2024 của Chi cục TCĐLCL Bến Tre đề ngày bao nhiêu?")
    assert "16/12/2024" in (_date(a) or ""), a.answer  # not "Thứ Sáu, 20/12/2024"


def test_headings_and_a_byline_do_not_crowd_out_the_passage(svc) -> None:  # noqa: ANN001
    a = svc.ask("Chi cục Bến Tre họp tổng kết công tác năm 2024 vào ngày nào?")
    assert "18/12/2024" in (_date(a) or ""), a.answer


KHANH = """UBND TỈNH KHÁNH HÒA
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 145/BC-TĐC
Khánh Hòa, ngày 12 tháng 12 năm 2024
BÁO CÁO
Tổng kết công tác năm 2024

1. Kiểm định
Bảng 1. Kết quả kiểm định phương tiện đo
TT | Loại phương tiện đo | Năm 2023 (thực hiện) | Năm 2024 Kế hoạch | Năm 2024 Thực hiện | Tỷ lệ TH/KH (%)
1 | Cân các loại | 9.870 | 9.500 | 10.412 | 109,6
2 | Đồng hồ đo nước lạnh | 10.105 | 9.800 | 11.036 | 112,6

2. Dịch vụ
Doanh thu dịch vụ kỹ thuật của Trung tâm đạt 4,26 tỷ đồng, tăng 8,7% so với năm 2023.
Chi cục đã tiếp nhận 1.931 hồ sơ đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu thuộc trách nhiệm quản lý của Sở Khoa học và Công nghệ tỉnh Khánh Hòa (năm 2023: 1.652 hồ sơ), trong đó 1.820 hồ sơ nộp trực tuyến.
"""


@pytest.fixture(scope="module")
def khanh(service_over):  # noqa: ANN001, ANN201
    service = service_over({"chicuc_khanhhoa_2024.txt": KHANH})
    yield service
    service.close()


def test_a_follow_up_rate_of_change_is_worked_from_the_figure_just_given(khanh) -> None:  # noqa: ANN001
    history = [Turn("user", "Năm 2024 Chi cục Khánh Hòa tiếp nhận bao nhiêu hồ sơ đăng ký kiểm tra nhà nước hàng nhập khẩu?"),
               Turn("assistant", "Năm 2024 Chi cục tiếp nhận 1.931 hồ sơ.")]
    a = khanh.ask("So với năm trước thì số hồ sơ đó tăng bao nhiêu phần trăm?", history=history)
    assert a.value is not None and a.value.number == 16.9, a.answer  # (1.931 - 1.652) / 1.652 = 16,89%, the earlier figure
    # written a long way after the figure, not "tăng 8,7%" of another sentence


def test_a_follow_up_rate_of_change_of_a_table_cell(khanh) -> None:  # noqa: ANN001
    history = [Turn("user", "Chi cục Khánh Hòa kiểm định bao nhiêu đồng hồ nước năm 2024?"),
               Turn("assistant", "Năm 2024 Chi cục kiểm định 11.036 đồng hồ đo nước lạnh.")]
    a = khanh.ask("Vậy so với năm 2023 thì tăng bao nhiêu phần trăm?", history=history)
    assert a.value is not None and a.value.number == 9.2, a.answer  # 9,21%: the row's 2023 cell, 10.105
