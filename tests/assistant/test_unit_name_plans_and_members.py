"""A unit's name that spells out one of the field's abbreviations ("Viện Đo lường Việt Nam": ĐLVN), a plan for
next year set in this year's review while another unit's report is of that year, a rate column measured
against the plan beside a plan column, a follow-up's rate read from the row of the figure just given, a sum
of the members a bracket names ("sau đại học (tiến sĩ và thạc sĩ)"), and a table repeating its header."""

from __future__ import annotations

import pytest

from assistant.candidates import _repeated_caption
from assistant.models import Turn
from assistant.question import analyze
from assistant.reasoning import plan
from answer_values import number as _number

VIEN = """TỔNG CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
VIỆN ĐO LƯỜNG VIỆT NAM
Số: 12/BC-VĐL
Hà Nội, ngày 08 tháng 01 năm 2021
BÁO CÁO
Tổng kết công tác năm 2020 và kế hoạch năm 2021

1. Hiệu chuẩn, kiểm định phương tiện đo
Năm 2020, Viện đã hiệu chuẩn, kiểm định tổng số 29.624 phương tiện đo (PTĐ) các loại. Trong đó: hiệu chuẩn 21.358 PTĐ, kiểm định 8.266 PTĐ.
Bảng 1. Kết quả hiệu chuẩn, kiểm định năm 2020 theo lĩnh vực
Đơn vị tính: phương tiện đo
TT | Lĩnh vực đo | Thực hiện năm 2019 | Kế hoạch | Năm 2020 Thực hiện | Tỷ lệ so với KH (%)
1 | Độ dài | 3.215 | 3.000 | 3.148 | 104,9
2 | Lưu lượng | 1.458 | 1.400 | 1.326 | 94,7
- | Tổng cộng | 4.673 | 4.400 | 4.474 | 101,7

2. Nhân lực
Tổng số viên chức của Viện là 312 người. Về trình độ chuyên môn: 21 tiến sĩ, 96 thạc sĩ, 158 kỹ sư, cử nhân và 37 người có trình độ khác.

3. Kế hoạch năm 2021
Bảng 3. Một số chỉ tiêu chủ yếu kế hoạch năm 2021
TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2020 | Kế hoạch năm 2021
1 | Thử nghiệm mẫu | mẫu | 1.264 | 1.300
2 | Hiệu chuẩn, kiểm định PTĐ | PTĐ | 29.624 | 32.000
"""

CHI_CUC = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ NAM
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Hà Nam, ngày 15 tháng 12 năm 2021
BÁO CÁO
Tổng kết công tác năm 2021
Năm 2021, Chi cục thực hiện các mục tiêu của Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025; kiểm tra 10 cơ sở kinh doanh xăng dầu.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"vdl_2020.txt": VIEN, "chicuc_hanam_2021.txt": CHI_CUC})
    yield service
    service.close()


def test_a_unit_name_spelling_out_an_abbreviation_is_no_word_each_figure_must_repeat(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2020 Viện Đo lường Việt Nam đã hiệu chuẩn, kiểm định tổng cộng bao nhiêu phương tiện đo?")
    assert _number(a) == 29624, a.answer


def test_next_years_plan_is_read_from_this_years_review(svc) -> None:  # noqa: ANN001
    a = svc.ask("Chỉ tiêu hiệu chuẩn, kiểm định PTĐ theo kế hoạch năm 2021 là bao nhiêu?")
    assert _number(a) == 32000, a.answer


def test_a_rate_against_the_plan_is_no_plan_and_follows_the_row_just_given(svc) -> None:  # noqa: ANN001
    history = [Turn(role="user", content="Lĩnh vực lưu lượng năm 2020 Viện thực hiện được bao nhiêu PTĐ?"),
               Turn(role="assistant", content="Lĩnh vực lưu lượng thực hiện 1.326 phương tiện đo (năm 2019: 1.458).")]
    a = svc.ask("Đạt bao nhiêu % so với kế hoạch?", history=history)
    assert _number(a) == 94.7, a.answer


def test_the_members_a_bracket_names_are_added(svc) -> None:  # noqa: ANN001
    q = "Viện có tổng cộng bao nhiêu người có trình độ sau đại học (tiến sĩ và thạc sĩ)?"
    assert analyze(q, followup=False).follow == ""  # the question's own bracket, no follow-up's context
    assert analyze(q).follow == "tiến sĩ và thạc sĩ"  # (as ``resolve_followup`` writes a follow-up's context)
    p = plan(q, "number")
    assert p.parts == ["tiến sĩ", "thạc sĩ"] and p.shared_weight < 0.5
    a = svc.ask(q)
    assert _number(a) == 117, a.answer


def test_a_header_repeated_after_a_page_break_takes_the_caption_of_its_first_showing() -> None:
    head = ["TT", "Lĩnh vực đo", "Năm 2019", "Năm 2020"]
    lines = ["Bảng 1. Kết quả kiểm định năm 2020", "Đơn vị tính: phương tiện đo", " | ".join(head),
             "1 | Độ dài | 3.215 | 3.148", "", " | ".join(head)]
    assert _repeated_caption(lines, head) == "Bảng 1. Kết quả kiểm định năm 2020\nĐơn vị tính: phương tiện đo"  # (a line each)
    assert _repeated_caption(lines[2:], head) is None
