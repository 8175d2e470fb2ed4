"""Two figures of one report that the question's words meet alike: the words each figure says alone decide
("xử lý 21 cơ sở vi phạm với hình thức cảnh cáo 03 cơ sở"), two cells of one row keep the table's order unless
their columns tell them apart ("TH/KH (%)" for "đạt bao nhiêu phần trăm kế hoạch"), and two figures of prose
that nothing tells apart give no answer rather than a guess; a part and the whole it is out of ("2.017 … trên tổng
số 4.884") are no tie. A period's months ("9 tháng") are no figure the question gives, and "còn phải … nữa" of a
plan is not answered by the plan itself."""

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
Triển khai cổng tiếp nhận yêu cầu trực tuyến: trong kỳ đã tiếp nhận 2.017 yêu cầu dịch vụ qua cổng trực tuyến trên tổng số 4.884 yêu cầu.

3. Công tác kiểm tra 9 tháng
Bảng 2. Kết quả kiểm tra 9 tháng năm 2023
TT | Lĩnh vực | Số cơ sở được kiểm tra (cơ sở) Quý III | Số cơ sở được kiểm tra (cơ sở) Lũy kế 9 tháng | Số cơ sở vi phạm (cơ sở)
1 | Vàng trang sức | 12 | 26 | 4
2 | Kinh doanh xăng dầu | 4 | 9 | 2
Tổng doanh thu năm 2023 của Trung tâm đạt 85,6 tỷ đồng. Doanh thu từ hoạt động thử nghiệm đạt 38,4 tỷ đồng.
UBND tỉnh ban hành Kế hoạch kiểm tra năm 2023 với tổng số 180 cơ sở dự kiến được kiểm tra.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"phuyen_2023.txt": PHU_YEN})
    yield service
    service.close()


def test_the_words_a_figure_says_alone_settle_a_tie(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2023 có bao nhiêu cơ sở bị xử lý theo hình thức cảnh cáo?")
    assert not a.abstained and _number(a) == 3, a.answer


def test_a_column_abbreviation_settles_two_cells_of_a_row(svc) -> None:  # noqa: ANN001
    a = svc.ask("Kiểm định đồng hồ đo nước lạnh năm 2023 đạt bao nhiêu phần trăm kế hoạch?")
    assert not a.abstained and _number(a) == 109.5, a.answer
    a = svc.ask("Kiểm định cân ô tô năm 2023 bằng bao nhiêu phần trăm so với cùng kỳ?")
    assert not a.abstained and _number(a) == 106.9, a.answer


def test_two_figures_of_prose_nothing_tells_apart_give_no_answer(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2023 đoàn liên ngành kiểm tra bao nhiêu cửa hàng xăng dầu?")
    assert a.abstained, a.answer  # 36 in the north, 29 in the south: neither is the number asked


def test_a_part_and_the_whole_it_is_out_of_are_no_tie(svc) -> None:  # noqa: ANN001
    a = svc.ask("Có bao nhiêu yêu cầu dịch vụ không được tiếp nhận qua cổng trực tuyến trong kỳ?")
    assert not a.abstained and _number(a) == 2867, a.answer  # 4.884 - 2.017


def test_the_months_of_a_period_are_no_given_figure(svc) -> None:  # noqa: ANN001
    a = svc.ask("Lũy kế 9 tháng năm 2023 có bao nhiêu cơ sở kinh doanh xăng dầu được kiểm tra?")
    assert not a.abstained and _number(a) == 9, a.answer


def test_what_a_plan_still_wants_is_not_the_plan(svc) -> None:  # noqa: ANN001
    a = svc.ask("Theo kế hoạch kiểm tra năm 2023, Chi cục còn phải kiểm tra bao nhiêu cơ sở nữa?")
    assert a.abstained or _number(a) != 180, a.answer


def test_a_total_asked_is_the_figure_its_sentence_calls_the_total(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2023 Trung tâm thu về tổng cộng bao nhiêu tỷ đồng doanh thu?")
    assert not a.abstained and _number(a) == 85.6, a.answer  # (in the unit written: tỷ đồng)
