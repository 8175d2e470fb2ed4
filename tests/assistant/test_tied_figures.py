"""Two figures of one report that the question's words meet alike: the words each figure says alone decide
("xử lý 21 cơ sở vi phạm với hình thức cảnh cáo 03 cơ sở"), two cells of one row keep the table's order unless
their columns tell them apart ("TH/KH (%)" for "đạt bao nhiêu phần trăm kế hoạch"), and two figures of prose
that nothing tells apart give no answer rather than a guess."""

from __future__ import annotations

import pytest

from answer_values import number as _number

PHU_YEN = """SỞ KHOA HỌC VÀ CÔNG NGHỆ PHÚ YÊN
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 301/BC-TĐC
Phú Yên, ngày 18 tháng 12 năm 2023
BÁO CÁO
Tổng kết công tác năm 2023

1. Công tác thanh tra, kiểm tra
Năm 2023, Chi cục kiểm tra 148 cơ sở, xử lý 21 cơ sở vi phạm với hình thức cảnh cáo 03 cơ sở, phạt tiền 18 cơ sở, tổng số tiền phạt 186,5 triệu đồng.
Đoàn kiểm tra liên ngành đã kiểm tra 36 cửa hàng xăng dầu ở phía bắc và 29 cửa hàng xăng dầu ở phía nam của tỉnh.

2. Công tác đo lường
Bảng 1. Kết quả kiểm định năm 2023
TT | Loại PTĐ | Kế hoạch năm 2023 | Thực hiện năm 2023 | Thực hiện năm 2022 | TH/KH (%) | TH/CK (%)
1 | Đồng hồ đo nước lạnh | 14.000 | 15.326 | 13.418 | 109,5 | 114,2
2 | Cân ô tô | 150 | 171 | 160 | 114,0 | 106,9
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"phuyen_2023.txt": PHU_YEN})
    yield service
    service.close()


def test_the_words_a_figure_says_alone_settle_a_tie(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2023 có bao nhiêu cơ sở vi phạm chỉ bị cảnh cáo?")
    assert not a.abstained and _number(a) == 3, a.answer


def test_a_column_abbreviation_settles_two_cells_of_a_row(svc) -> None:  # noqa: ANN001
    a = svc.ask("Kiểm định đồng hồ đo nước lạnh năm 2023 đạt bao nhiêu phần trăm kế hoạch?")
    assert not a.abstained and _number(a) == 109.5, a.answer
    a = svc.ask("Kiểm định cân ô tô năm 2023 bằng bao nhiêu phần trăm so với cùng kỳ?")
    assert not a.abstained and _number(a) == 106.9, a.answer


def test_two_figures_of_prose_nothing_tells_apart_give_no_answer(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2023 đoàn liên ngành kiểm tra bao nhiêu cửa hàng xăng dầu?")
    assert a.abstained, a.answer  # 36 in the north, 29 in the south: neither is the number asked
