"""Plan or result, part or total: a table whose year cell spans "Kế hoạch | Thực hiện" (Word's merged header, pypdf's
"KH TH" under "Năm 2023 Năm 2024"), a target asked in the question ("Chỉ tiêu kế hoạch năm 2024 … là bao
nhiêu"), a quarter's target beside the year's, a share beside a rate of the plan, and money beside the
meters a question counts ("đồng hồ nước" is no "đồng")."""

from __future__ import annotations

import pytest
from answer_values import number as _number

VIEN = """TỔNG CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
TRUNG TÂM NĂNG SUẤT MIỀN TRUNG
Số: 77/BC-TTNS
Đà Nẵng, ngày 18 tháng 12 năm 2024
BÁO CÁO
Tổng kết công tác năm 2024 của Trung tâm Năng suất miền Trung

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024

1. Đào tạo và tư vấn
Kết quả đào tạo, tư vấn năm 2024 tại Bảng 1.
Bảng 1. Kết quả đào tạo, tư vấn
Nhóm | Chỉ tiêu | Đơn vị | Năm 2023 | Năm 2024 Kế hoạch | Năm 2024 Thực hiện
Đào tạo | Chuyên gia năng suất được cấp chứng chỉ | người | 41 | 55 | 63
Tư vấn | Doanh nghiệp được tư vấn trực tiếp | doanh nghiệp | 188 | 210 | 236

2. Tài chính
Năm 2024, tổng doanh thu từ hoạt động dịch vụ tư vấn, đào tạo của Trung tâm là 21,6 tỷ đồng, tăng 11,2% so với năm 2023 (19,4 tỷ đồng) và bằng 104,3% kế hoạch năm. Trong cơ cấu nguồn thu dịch vụ, thu từ tư vấn chiếm 63,8%, thu từ đào tạo chiếm 30,2%, còn lại là thu từ các dịch vụ khác.

3. Đo lường
Trung tâm đã kiểm định, hiệu chuẩn 14.386 phương tiện đo (PTĐ), đạt 79,9% kế hoạch năm (kế hoạch năm 2024 là 18.000 PTĐ). Phấn đấu kiểm định, hiệu chuẩn 3.800 PTĐ trong quý IV.
"""

CHI_CUC = """UBND TỈNH QUẢNG TRỊ
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 301/BC-TĐC
Quảng Trị, ngày 16 tháng 12 năm 2024
BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2024 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Quảng Trị

I. KẾT QUẢ

Phụ lục: Kết quả thực hiện các chỉ tiêu
TT | Chỉ tiêu | ĐVT | Năm 2023 KH | Năm 2023 TH | Năm 2024 KH | Năm 2024 TH
1 | Kiểm định xitéc ô tô | xitéc | 70 | 84 | 90 | 97
2 | Tập huấn nghiệp vụ tiêu chuẩn đo lường chất lượng | lượt người | 260 | 291 | 300 | 335

Bảng 2. Kết quả kiểm định phương tiện đo theo nhóm
TT | Nhóm phương tiện đo | Đơn vị tính | Năm 2023 | Năm 2024
1 | Công tơ điện xoay chiều 1 pha, 3 pha | chiếc | 9.215 | 9.842
2 | Đồng hồ đo nước lạnh có cơ cấu điện tử và cơ khí | chiếc | 4.108 | 4.530
- | Tổng cộng | chiếc | 13.323 | 14.372

Tổng nguồn thu từ hoạt động dịch vụ kỹ thuật (kiểm định, hiệu chuẩn, thử nghiệm) năm 2024 đạt 4,27 tỷ đồng, tăng so với cùng kỳ năm 2023 (3,84 tỷ đồng). Chi cục kiểm tra 58 cửa hàng xăng dầu.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttns_mientrung_2024.txt": VIEN, "chicuc_quangtri_2024.txt": CHI_CUC})
    yield service
    service.close()


def test_a_year_cell_over_plan_and_result(svc) -> None:  # noqa: ANN001
    a = svc.ask("Trong năm 2024 Trung tâm Năng suất miền Trung đã cấp chứng chỉ cho bao nhiêu chuyên gia năng suất?")
    assert _number(a) == 63, a.answer  # "Năm 2024 Thực hiện", not "Năm 2024 Kế hoạch"
    a = svc.ask("Kế hoạch năm 2024 giao cho Trung tâm Năng suất miền Trung bao nhiêu doanh nghiệp được tư vấn trực tiếp?")
    assert _number(a) == 210, a.answer


def test_last_years_result_beside_last_years_plan(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2023 Chi cục Quảng Trị thực tế tập huấn được bao nhiêu lượt người?")
    assert _number(a) == 291, a.answer  # "Năm 2023 TH", not "Năm 2023 KH"
    a = svc.ask("Năm 2024 Chi cục Quảng Trị kiểm định được bao nhiêu xitéc ô tô?")
    assert _number(a) == 97, a.answer


def test_a_target_asked_is_the_years_target(svc) -> None:  # noqa: ANN001
    a = svc.ask("Chỉ tiêu kế hoạch năm 2024 giao cho Trung tâm Năng suất miền Trung về kiểm định, hiệu chuẩn là bao nhiêu PTĐ?")
    assert _number(a) == 18000, a.answer  # not the 14.386 done, nor the quarter's 3.800


def test_a_rate_of_the_plan_is_no_share(svc) -> None:  # noqa: ANN001
    a = svc.ask("Nguồn thu dịch vụ năm 2024 của Trung tâm Năng suất miền Trung đạt bao nhiêu phần trăm kế hoạch năm?")
    assert _number(a) == 104.3, a.answer  # not "chiếm 63,8%"


def test_money_is_not_what_a_count_of_meters_counts(svc) -> None:  # noqa: ANN001
    a = svc.ask("Số đồng hồ nước được Chi cục Quảng Trị kiểm định trong năm 2024 nhiều hơn cùng kỳ năm trước bao nhiêu chiếc?")
    assert _number(a) != 430_000_000, a.answer  # "4,27 tỷ đồng … (3,84 tỷ đồng)" counts money, not đồng hồ


def test_a_total_row_answers_for_the_table_not_for_a_row_the_question_names(svc) -> None:  # noqa: ANN001
    a = svc.ask("Theo báo cáo năm 2024 của Chi cục Quảng Trị, trong năm 2024 có bao nhiêu chiếc đồng hồ nước được kiểm định?")
    assert _number(a) == 4530, a.answer  # the row, not "- | Tổng cộng | chiếc | … | 14.372"
    a = svc.ask("Năm 2024 Chi cục Quảng Trị kiểm định tổng cộng bao nhiêu chiếc phương tiện đo?")
    assert _number(a) == 14372, a.answer
