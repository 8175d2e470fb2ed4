"""Figures qualified by their own words: a part singled out ("riêng …"), one group's extreme ("… cao nhất"),
a change where a share is asked, a date that opens its sentence, a plan written further on in the sentence,
opposites said without a negation, a sentence that opens on another year, a place the figure never names,
and an amount worked in the scale the question asks."""

from __future__ import annotations

import pytest
from answer_values import number as _number

REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÒA BÌNH
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 301/BC-TĐC
Hòa Bình, ngày 12 tháng 12 năm 2022
BÁO CÁO
Tổng kết công tác năm 2022

1. Kiểm định phương tiện đo
Năm 2022, Chi cục đã kiểm định 31.540 phương tiện đo (PTĐ), đạt 104,2% kế hoạch năm và tăng 6,1% so với năm 2021. Các nhóm PTĐ đều vượt kế hoạch; riêng công tơ điện chỉ đạt 91,3% kế hoạch do điện lực tự kiểm định một phần.
Cả năm 2021, Chi cục kiểm định được 29.726 phương tiện đo; 9 tháng đầu năm 2021 kiểm định được 21.480 phương tiện đo.

2. Thử nghiệm
Năm 2022, Chi cục thử nghiệm 1.920 mẫu, đạt 96,0% kế hoạch năm (kế hoạch 2.000 mẫu), giảm 3,1% so với năm 2021 (1.981 mẫu). Số mẫu không đạt yêu cầu là 86 mẫu, chiếm 4,5% tổng số mẫu thử nghiệm. Nhóm phân bón có tỷ lệ mẫu không đạt cao nhất (11,2%).
Ngày 14/9/2022, Văn phòng Công nhận Chất lượng ban hành quyết định công nhận lại phòng thử nghiệm của Chi cục với 96 phép thử.

3. Kiểm tra nhà nước
Chi cục kiểm tra 212 cơ sở, phát hiện 19 cơ sở vi phạm, chiếm 9,0% số cơ sở được kiểm tra; so với năm 2021, số cơ sở được kiểm tra tăng 14,6%. Dịp Ngày Đo lường Việt Nam, Chi cục kiểm tra miễn phí 836 chiếc cân tại các chợ, phát hiện 41 chiếc cân có sai số vượt quá giới hạn cho phép.

4. Năng suất chất lượng và kinh phí
Năm 2022 Chi cục hỗ trợ 11 doanh nghiệp áp dụng công cụ cải tiến năng suất với tổng kinh phí 480 triệu đồng (kế hoạch: 14 doanh nghiệp). Dự án đầu tư thiết bị thử nghiệm có tổng mức đầu tư 5,2 tỷ đồng; lũy kế giải ngân đến 30/11/2022 là 3.460 triệu đồng.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"chicuc_hoabinh_2022.txt": REPORT})
    yield service
    service.close()


def test_a_part_singled_out_is_no_answer_for_the_whole(svc) -> None:  # noqa: ANN001
    a = svc.ask("Số PTĐ kiểm định năm 2022 đạt bao nhiêu % kế hoạch?")
    assert _number(a) == 104.2, a.answer  # not "riêng công tơ điện chỉ đạt 91,3%"


def test_one_groups_extreme_is_no_answer_for_the_rate(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2022 tỷ lệ mẫu không đạt là bao nhiêu phần trăm?")
    assert _number(a) == 4.5, a.answer  # not the "cao nhất" group's 11,2%


def test_a_change_is_no_share(svc) -> None:  # noqa: ANN001
    a = svc.ask("Tỷ lệ cơ sở vi phạm trên số cơ sở được kiểm tra năm 2022 là bao nhiêu?")
    assert _number(a) == 9.0, a.answer  # not "tăng 14,6%"


def test_a_date_opening_its_sentence_dates_what_follows(svc) -> None:  # noqa: ANN001
    a = svc.ask("Văn phòng Công nhận Chất lượng ra quyết định công nhận lại phòng thử nghiệm vào ngày nào?")
    assert a.value is not None and a.value.text.endswith("14/9/2022"), a.answer


def test_a_plan_written_after_another_units_figure_is_the_figures_plan(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2022 số doanh nghiệp được hỗ trợ năng suất còn thiếu bao nhiêu so với kế hoạch?")
    assert _number(a) == 3, a.answer  # 14 - 11, past "480 triệu đồng"


def test_a_bracketed_figure_is_not_the_whole_of_a_later_part(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2022 có bao nhiêu mẫu thử nghiệm đạt yêu cầu?")
    assert _number(a) == 1834, a.answer  # 1.920 - 86, not the plan's 2.000 nor 2021's 1.981


def test_an_opposite_said_without_negation_is_worked_from_the_whole(svc) -> None:  # noqa: ANN001
    a = svc.ask("Trong đợt kiểm tra cân miễn phí, có bao nhiêu chiếc cân có sai số nằm trong giới hạn cho phép?")
    assert _number(a) == 795, a.answer  # 836 - 41


def test_a_sentence_opening_on_another_year_is_that_years(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2022 Chi cục kiểm định bao nhiêu phương tiện đo?")
    assert _number(a) == 31540, a.answer
    a = svc.ask("Cả năm 2021 Chi cục kiểm định được bao nhiêu phương tiện đo?")
    assert _number(a) == 29726, a.answer  # not the 9 months' 21.480
    assert "2021" in a.answer.split(":")[0], a.answer


def test_a_place_the_figure_never_names_is_not_answered(svc) -> None:  # noqa: ANN001
    a = svc.ask("Huyện Lạc Sơn có bao nhiêu cơ sở bị kiểm tra năm 2022?")
    assert a.abstained, a.answer


def test_an_amount_is_worked_in_the_scale_asked(svc) -> None:  # noqa: ANN001
    a = svc.ask("Đến 30/11/2022 dự án đầu tư thiết bị còn bao nhiêu triệu đồng chưa giải ngân?")
    assert _number(a) == 1740, a.answer  # 5.200 - 3.460, in triệu as asked
