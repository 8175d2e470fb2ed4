"""A table cell with a remark in brackets ("1.418 (tăng 14,7%)") is the year's figure, and words the field writes
two ways ("bãi bỏ" / "hủy bỏ", "biểu quyết" / "bỏ phiếu") or abbreviates ("NK", "IEC") find each other."""

from __future__ import annotations

import pytest
from answer_values import number as _number

VU = """TỔNG CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
VỤ TIÊU CHUẨN
Số: 418/BC-VTC
Hà Nội, ngày 23 tháng 12 năm 2024
BÁO CÁO
Tổng kết công tác năm 2024

1. Kết quả chủ yếu
Bảng 1. Một số chỉ tiêu chủ yếu
Nhóm | Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm 2024 | Kế hoạch 2025
Tiêu chuẩn quốc gia | TCVN bị hủy bỏ | TCVN | 173 | 214 | 230
Hợp tác quốc tế | Ý kiến góp ý dự thảo tiêu chuẩn ISO, IEC | ý kiến | 1.236 | 1.418 (tăng 14,7%) | 1.500

2. Hợp tác quốc tế
Trong năm 2024, Vụ đã tham gia bỏ phiếu 2.367 lượt đối với các dự thảo tiêu chuẩn quốc tế DIS, FDIS, CDV. Trong số TCVN được công bố có 201 TCVN chấp nhận tiêu chuẩn IEC.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"vu_tieu_chuan_2024.txt": VU})
    yield service
    service.close()


def test_a_cell_with_a_remark_in_brackets_is_the_years_figure(svc) -> None:  # noqa: ANN001
    a = svc.ask("Vụ Tiêu chuẩn đã gửi bao nhiêu ý kiến góp ý cho các dự thảo tiêu chuẩn ISO, IEC trong năm 2024?")
    assert _number(a) == 1418, a.answer  # not 2023's 1.236, the only plain figure of the row


def test_words_written_two_ways_find_each_other(svc) -> None:  # noqa: ANN001
    a = svc.ask("Trong năm 2024 có bao nhiêu TCVN đã bị bãi bỏ?")
    assert _number(a) == 214, a.answer  # "TCVN bị hủy bỏ"
    a = svc.ask("Năm 2024 Vụ Tiêu chuẩn đã thực hiện bao nhiêu lượt biểu quyết đối với các dự thảo DIS, FDIS, CDV?")
    assert _number(a) == 2367, a.answer  # "tham gia bỏ phiếu 2.367 lượt"
