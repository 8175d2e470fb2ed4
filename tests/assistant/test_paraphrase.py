"""Questions in other words than the report's: money rows of a "tỷ đồng" table, staff counted in người,
synonyms and framing words, changes against an earlier figure written beside the current one, shares
of a negated part, sums of two named parts."""

from __future__ import annotations

import pytest

from assistant.models import Turn
from answer_values import number as _number

REPORT = """Báo cáo tổng kết công tác năm 2022 của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Bắc Sơn

1. Kiểm định, hiệu chuẩn

Năm 2022, Trung tâm đã kiểm định 24.615 phương tiện đo (PTĐ), đạt 112,4% kế hoạch năm (kế hoạch 21.900 PTĐ) và tăng 8,7% so với năm 2021 (22.645 PTĐ); trong đó số PTĐ đạt yêu cầu được cấp dấu, tem kiểm định là 24.187 chiếc, không đạt 428 chiếc.

Trung tâm được giao giữ 38 chuẩn đo lường quốc gia, tăng 02 chuẩn so với năm 2021 (36 chuẩn). Năm 2022, Trung tâm tham gia 14 chương trình so sánh quốc tế.

2. Hàng hóa nhập khẩu

Trong năm đã hoàn thành xử lý 12.651 hồ sơ kiểm tra chất lượng hàng nhập khẩu, trong đó 12.589 hồ sơ có kết quả đánh giá phù hợp, 62 hồ sơ không phù hợp với quy chuẩn kỹ thuật tương ứng.

Tiếp nhận 64 hồ sơ công bố hợp chuẩn, hợp quy; trong đó đã ban hành thông báo tiếp nhận 58 hồ sơ, trả lại 6 hồ sơ do chưa đầy đủ thành phần.

Kết quả lấy mẫu: lấy 153 mẫu hàng hóa, 21 mẫu không đạt (năm 2021: lấy 131 mẫu, 19 mẫu không đạt).

3. Chứng nhận

Năm 2022, Trung tâm đã cấp 1.528 giấy chứng nhận hợp quy cho sản phẩm, hàng hóa, trong đó cấp mới 1.102 giấy chứng nhận; cấp 214 giấy chứng nhận hợp chuẩn.

4. Thanh tra, kiểm tra

Đã xử phạt vi phạm hành chính 11 cơ sở với tổng số tiền 268,4 triệu đồng (năm 2021: 301,2 triệu đồng).

Trong năm, Trung tâm đã cử 86 lượt viên chức tham gia các khóa đào tạo, bồi dưỡng nghiệp vụ.

5. Kết quả tài chính

Bảng 1. Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2022
Chỉ tiêu | Đơn vị tính | Kế hoạch 2022 | Thực hiện 2022 | So với năm 2021 (%)
1. Tổng doanh thu | tỷ đồng | 520,0 | 548,7 | 112,4
2. Nộp ngân sách nhà nước | tỷ đồng | 45,0 | 49,9 | 106,2
3. Chi đào tạo, bồi dưỡng nguồn nhân lực | triệu đồng | 2.500 | 2.846 | 104,1
4. Thu nhập bình quân của người lao động | triệu đồng/người/tháng | 16,5 | 17,2 | 103,6

Bảng 2. Cơ cấu nhân lực theo trình độ chuyên môn
Trình độ chuyên môn | Năm 2021 (người) | Năm 2022 (người)
Tiến sĩ | 19 | 21
Đại học | 395 | 389
Tổng cộng | 414 | 410
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt_bacson_2022.txt": REPORT})
    yield service
    service.close()


def test_money_asked_in_any_words_is_read_from_a_ty_dong_row(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2022 Trung tâm Bắc Sơn đã nộp NSNN bao nhiêu tiền?")
    assert _number(a) == 49.9 and a.value.unit == "tỷ đồng"  # the "Thực hiện 2022" cell, in its column's unit
    a = svc.ask("Năm 2022 Trung tâm Bắc Sơn được giao chỉ tiêu doanh thu là bao nhiêu?")
    assert _number(a) == 520.0  # a target asked: the "Kế hoạch 2022" cell
    a = svc.ask("Kinh phí Trung tâm Bắc Sơn chi cho đào tạo, bồi dưỡng cán bộ năm 2022 là bao nhiêu triệu?")
    assert _number(a) == 2846


def test_a_change_of_a_row_in_a_ty_dong_column_is_worked_in_ty() -> None:
    from assistant.answerer import _change_worked
    from assistant.candidates import Candidate, Clause
    from assistant.models import Passage

    p = Passage(chunk_id="c", doc_id="d", title="t", year=2022, source="s", section=None, page=None, start=0, end=1,
                score=1.0, text="x")
    clause = Clause(p, 0, 0, 1, "x", 0, 1, "x")
    late = Candidate(clause, "number", 236.904e9, "236.904 triệu", 0, 1, unit="đồng")
    early = Candidate(clause, "number", 248.315e9, "248.315 triệu", 0, 1, unit="đồng")
    assert _change_worked(late, early, "đồng") == (11411.0, "triệu đồng", "248.315 - 236.904 = 11.411")


def test_staff_asked_as_nhan_su_are_counted_in_nguoi(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2021 Trung tâm Bắc Sơn có bao nhiêu nhân sự có trình độ đại học?")
    assert _number(a) == 395


def test_synonyms_and_framing_words(svc) -> None:  # noqa: ANN001
    a = svc.ask("Thu nhập trung bình của nhân viên Trung tâm Bắc Sơn năm 2022 bằng bao nhiêu phần trăm năm 2021?")
    assert _number(a) == 103.6  # "trung bình" is "bình quân", "nhân viên" is "người lao động"
    a = svc.ask("Tính đến cuối năm 2022, Trung tâm Bắc Sơn hiện quản lý bao nhiêu chuẩn quốc gia?")
    assert _number(a) == 38  # "chuẩn quốc gia" is "chuẩn đo lường quốc gia"; "hiện", "cuối năm" frame the question


def test_a_part_after_trong_do_counts_its_wholes_kind(svc) -> None:  # noqa: ANN001
    a = svc.ask("Trung tâm Bắc Sơn đã ra thông báo tiếp nhận cho bao nhiêu hồ sơ công bố hợp chuẩn, hợp quy năm 2022?")
    assert _number(a) == 58
    a = svc.ask("Có bao nhiêu hồ sơ hàng nhập khẩu bị kết luận không đạt quy chuẩn tại Trung tâm Bắc Sơn năm 2022?")
    assert _number(a) == 62  # "62 hồ sơ không phù hợp …": the thing counted ends where the verdict starts


def test_a_change_against_the_year_before_uses_the_earlier_figure_written_beside(svc) -> None:  # noqa: ANN001
    a = svc.ask("Tiền phạt vi phạm hành chính năm 2022 của Trung tâm Bắc Sơn giảm bao nhiêu so với năm trước?")
    assert _number(a) == 32.8 and not a.abstained
    assert "301,2 - 268,4 = 32,8" in (a.working or "")  # a fall: the larger less the smaller


def test_the_year_before_in_a_follow_up_is_the_figure_the_answer_sentence_gives(svc) -> None:  # noqa: ANN001
    history = [Turn("user", "Trung tâm Bắc Sơn hiện giữ bao nhiêu chuẩn đo lường quốc gia?"),
               Turn("assistant", "Năm 2022, Trung tâm được giao giữ 38 chuẩn đo lường quốc gia.")]
    a = svc.ask("Còn năm trước đó thì con số này là bao nhiêu?", history=history)
    assert _number(a) == 36  # "(36 chuẩn)" after "so với năm 2021"; no 2021 report is indexed
    history = [Turn("user", "Năm 2022 Trung tâm Bắc Sơn kiểm định bao nhiêu PTĐ?"),
               Turn("assistant", "Năm 2022 Trung tâm đã kiểm định 24.615 phương tiện đo (PTĐ).")]
    a = svc.ask("Thế năm trước đó thì kiểm định được bao nhiêu chiếc?", history=history)
    assert _number(a) == 22645


def test_a_share_of_a_negated_part(svc) -> None:  # noqa: ANN001
    a = svc.ask("Tỷ lệ phương tiện đo không đạt khi kiểm định năm 2022 tại Trung tâm Bắc Sơn là bao nhiêu phần trăm?")
    assert _number(a) == 1.7  # 1,74%: 428 of the 24.615 broken down, not of the 24.187 that passed nor "đạt 112,4%"
    a = svc.ask("Năm 2021, tỷ lệ mẫu hàng hóa không đạt của Trung tâm Bắc Sơn là bao nhiêu phần trăm?")
    assert _number(a) == 14.5  # 19 / 131, both in the bracket of 2021


def test_a_sum_of_two_named_parts_before_a_comma(svc) -> None:  # noqa: ANN001
    a = svc.ask("Cộng cả hợp quy và hợp chuẩn, năm 2022 Trung tâm Bắc Sơn đã cấp tổng cộng bao nhiêu giấy chứng nhận?")
    assert _number(a) == 1742  # 1.528 + 214, not the 1.102 of them newly issued

