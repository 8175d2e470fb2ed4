"""Question analysis and arithmetic plans: the wording rules, without a store."""

from __future__ import annotations

import pytest

from assistant.question import analyze, money_unit, reference_years, resolve_followup
from assistant.models import Turn
from assistant.reasoning import plan


def test_including_one_kind_is_a_lookup_not_a_sum() -> None:
    assert plan("Có bao nhiêu cơ sở bị thanh tra trong năm 2016, tính cả thanh tra đột xuất?", "number") is None


def test_ca_a_lan_b_is_a_sum_of_two_parts() -> None:
    p = plan("Cộng cả tổ chức thử nghiệm lẫn tổ chức chứng nhận, năm 2016 cấp đăng ký cho mấy tổ chức?", "number")
    assert p is not None and p.op == "sum" and p.parts == ["tổ chức thử nghiệm", "tổ chức chứng nhận"]


def test_sum_parts_do_not_keep_the_question_words() -> None:
    p = plan("Số mẫu không đạt, tính cả mẫu kiểm tra và mẫu khảo sát là bao nhiêu?", "number")
    assert p is not None and p.parts == ["mẫu kiểm tra", "mẫu khảo sát"]


def test_a_whole_year_is_no_part_of_a_sum() -> None:
    """ "Tính cả năm 2025" is the whole year's figure, and a year is never a part to add."""
    assert plan("Tính cả năm 2025, Sở KH&CN Quảng Ngãi kiểm định tổng cộng bao nhiêu công tơ điện?", "number") is None
    assert plan("Gộp cả năm 2025 và Sở KH&CN Quảng Ngãi, kiểm định tổng cộng bao nhiêu công tơ?", "number") is None


def test_no_difference_between_equal_figures_is_a_rise_or_a_fall() -> None:
    from assistant.answerer import _wrong_direction

    assert _wrong_direction("Chỉ tiêu doanh thu năm 2023 cao hơn doanh thu năm 2022 bao nhiêu tỷ đồng?", 0)
    assert _wrong_direction("Năm 2023 giảm bao nhiêu hồ sơ?", 0)
    assert not _wrong_direction("Chỉ tiêu doanh thu năm 2023 cao hơn doanh thu năm 2022 bao nhiêu tỷ đồng?", 6.4)
    assert _wrong_direction("Năm 2023 thấp hơn năm 2022 bao nhiêu?", 6.4)
    assert not _wrong_direction("Chênh lệch giữa hai năm là bao nhiêu?", 0)


def test_average_without_a_verb() -> None:
    p = plan("số học viên trung bình mỗi lớp tập huấn năm 2019", "number")
    assert p is not None and p.op == "average" and p.count_unit == "lớp tập huấn"


def test_other_kinds_besides_one_is_a_remainder() -> None:
    p = plan("Ngoài công tơ điện, Chi cục kiểm định bao nhiêu phương tiện đo loại khác năm 2019?", "number")
    assert p is not None and p.op == "remainder" and p.parts == ["công tơ điện"]


@pytest.mark.parametrize(("q", "years"), [
    ("Thông tư 24/2013 quy định về kiểm định ban hành ngày nào?", []),
    ("Năm 2021 số mẫu tăng bao nhiêu so với năm 2020?", [2021]),
    ("Số phương tiện đo tăng bao nhiêu % so với năm 2018?", [2019]),
    ("Năm 2016 có bao nhiêu tổ chức?", [2016]),
])
def test_years_asked(q: str, years: list[int]) -> None:
    assert analyze(q).years == years


def test_reference_years() -> None:
    assert reference_years("tăng 19% so với cùng kỳ năm 2020") == {2020}
    assert reference_years("Năm 2021 có bao nhiêu?") == set()


def test_compared_year_in_a_follow_up_keeps_the_conversation_year() -> None:
    hist = [Turn("user", "Năm 2021 Tổng cục phê duyệt bao nhiêu mẫu phương tiện đo?"), Turn("assistant", "4.094 mẫu")]
    q = resolve_followup("So với năm 2020 thì con số này tăng bao nhiêu phần trăm?", hist)
    assert "2021" in q and analyze(q).years == [2021]


@pytest.mark.parametrize(("q", "unit"), [
    ("Cửa hàng Phước An bị phạt bao nhiêu tiền?", "đồng"),
    ("Đợt thanh tra xử phạt tổng cộng bao nhiêu?", "đồng"),
    ("Dự án có tổng mức đầu tư bao nhiêu tỷ đồng?", "đồng"),
    ("Bao nhiêu cơ sở bị phạt?", "cơ sở"),
])
def test_money_questions_want_dong(q: str, unit: str) -> None:
    assert analyze(q).unit == unit


def test_money_unit_keeps_other_units() -> None:
    assert money_unit("bao nhiêu hồ sơ", "hồ sơ") == "hồ sơ"


@pytest.mark.parametrize("question, years", [
    ("Đến cuối tháng 11/2022, số PXN y tế còn hiệu lực là bao nhiêu?", [2022]),  # a month asked at
    ("Đến 30/6/2024, dự toán còn lại bao nhiêu chưa giải ngân?", [2024]),  # a day asked at
    ("Quyết định ngày 24/2/2021 chỉ định bao nhiêu tổ chức năm 2022?", [2022]),  # a document's date is no year asked
    ("Theo Thông tư 24/2013 có bao nhiêu phương tiện đo?", []),  # nor a document's number
])
def test_a_time_point_the_question_is_asked_at_gives_its_year(question: str, years: list[int]) -> None:
    assert analyze(question).years == years


def test_a_twofold_activity_after_tong_so_is_one_count_not_a_sum() -> None:
    # "kiểm định, hiệu chuẩn" names one activity: the total counted, not two figures to add
    assert plan("Tổng số PTĐ Trung tâm kiểm định, hiệu chuẩn năm 2022 là bao nhiêu?", "number") is None
    p = plan("Cộng cả số PTĐ kiểm định và số PTĐ hiệu chuẩn năm 2022 là bao nhiêu?", "number")
    assert p is not None and p.op == "sum"


@pytest.mark.parametrize(("prev", "follow", "resolved"), [
    # the previous question again, about the year before: no subject of its own in "thì con số là bao nhiêu"
    ("Năm 2024 Chi cục Quảng Ninh kiểm định được bao nhiêu PTĐ?", "Còn năm trước đó thì con số là bao nhiêu?",
     "Năm 2023 Chi cục Quảng Ninh kiểm định được bao nhiêu PTĐ?"),
    # typed without diacritics
    ("Tong so PTD Trung tam kiem dinh nam 2023 la bao nhieu?", "Con nam truoc thi duoc bao nhieu?",
     "Tong so PTD Trung tam kiem dinh nam 2022 la bao nhieu?"),
    ("Năm 2021 trình công bố bao nhiêu TCVN?", "Năm sau thì sao?", "Năm 2022 trình công bố bao nhiêu TCVN?"),
])
def test_a_follow_up_asking_the_same_of_another_year(prev: str, follow: str, resolved: str) -> None:
    assert resolve_followup(follow, [Turn("user", prev), Turn("assistant", "…")]) == resolved


def test_a_follow_up_with_a_subject_of_its_own_keeps_it() -> None:
    out = resolve_followup("Còn QCVN thì bao nhiêu?", [Turn("user", "Năm 2021 trình công bố bao nhiêu TCVN?"),
                                                        Turn("assistant", "389 TCVN.")])
    assert out.startswith("Còn QCVN thì bao nhiêu (")


def test_a_sentence_final_particle_is_no_part_of_the_unit() -> None:
    assert analyze("Thế đã trả kết quả cho khách được bao nhiêu mẫu rồi?").unit == "mẫu"


def test_parts_named_before_cong_lai_are_added() -> None:
    p = plan("Năm 2022, công tơ điện và đồng hồ đo nước lạnh cộng lại được cấp bao nhiêu quyết định phê duyệt mẫu?", "number")
    assert p is not None and p.op == "sum" and p.parts == ["công tơ điện", "đồng hồ đo nước lạnh"]


def test_ngay_may_asks_a_date_but_may_ngay_counts_days() -> None:
    assert analyze("Báo cáo tổng kết năm 2023 của Chi cục đề ngày mấy?").kind == "date"
    assert analyze("Đợt kiểm tra kéo dài mấy ngày?").kind == "number"


def test_a_cumulative_period_follow_up_takes_the_quarters_place() -> None:
    prev = "Quý III năm 2024, Trung tâm Kỹ thuật TĐC Hà Tĩnh kiểm định được bao nhiêu phương tiện đo?"
    resolved = resolve_followup("Còn lũy kế 9 tháng thì sao?", [Turn("user", prev), Turn("assistant", "10.673 PTĐ.")])
    assert resolved == "Lũy kế 9 tháng năm 2024, Trung tâm Kỹ thuật TĐC Hà Tĩnh kiểm định được bao nhiêu phương tiện đo?"


@pytest.mark.parametrize(("question", "spelt"), [
    ("Cả 5 năm 2016 - 2020, Chi cục kiểm định tổng cộng bao nhiêu công tơ điện một pha?", "công tơ điện 1 pha"),
    ("Năm 2023 kiểm định bao nhiêu công tơ điện ba pha?", "công tơ điện 3 pha"),
])
def test_a_meters_phases_are_spelt_as_reports_write_them(question: str, spelt: str) -> None:
    assert spelt in analyze(question).question


@pytest.mark.parametrize(("question", "unit"), [
    ("Số phương tiện đo Chi cục TĐC Đồng Nai kiểm định năm 2019 nhiều hơn năm 2016 bao nhiêu?", "phương tiện đo"),
    ("Năm 2024 có bao nhiêu phòng thử nghiệm được công nhận?", "phòng thử nghiệm"),
    ("Số mẫu Trung tâm Kỹ thuật TĐC Kiên Giang thử nghiệm tăng bao nhiêu mẫu?", "mẫu"),
])
def test_the_unit_stops_before_who_did_it(question: str, unit: str) -> None:
    assert analyze(question).unit == unit


def test_a_follow_up_of_a_follow_up_reads_the_one_before_as_it_was_answered() -> None:
    history = [Turn("user", "Tháng 10/2023 Trung tâm Kỹ thuật TĐC Kiên Giang kiểm định được bao nhiêu cột đo xăng dầu?"),
               Turn("assistant", "Trong tháng 10/2023, Trung tâm kiểm định 238 cột đo xăng dầu."),
               Turn("user", "Còn lũy kế từ đầu năm đến hết tháng 10 thì được bao nhiêu?"),
               Turn("assistant", "Lũy kế 10 tháng năm 2023, Trung tâm kiểm định 2.214 cột đo xăng dầu.")]
    resolved = resolve_followup("Cùng kỳ năm 2022 thì con số đó là bao nhiêu?", history)
    assert "cột đo xăng dầu" in resolved and "2022" in resolved and "2023" not in resolved


@pytest.mark.parametrize(("question", "kind"), [
    ("Năm 2023 Trung tâm được chỉ định bổ sung lĩnh vực thử nghiệm tại quyết định số mấy?", "QĐ"),
    ("Quyết định phê duyệt số mấy?", "QĐ"),
    ("Quyết định điều chỉnh phạm vi chỉ định của Trung tâm năm 2025 có số hiệu là gì?", "QĐ"),
    ("Các mẫu xăng dầu không đạt được đánh giá theo QCVN nào?", "QCVN"),
    ("Mẫu phân bón không đạt được đánh giá theo quy chuẩn kỹ thuật quốc gia nào?", "QCVN"),
    ("Báo cáo quý I/2023 của Chi cục được lập theo biểu mẫu số mấy?", "*"),
    ("Phòng thử nghiệm của Trung tâm mang mã số VILAS bao nhiêu?", "VILAS"),
    ("Báo cáo tổng kết năm 2019 của Chi cục có số hiệu văn bản là gì?", "BC"),
    # not an identifier: a count, a list, a name that holds "Tiêu chuẩn", samples ("mẫu nào")
    ("Đến cuối năm 2017, tổng số phép thử được công nhận VILAS là bao nhiêu?", None),
    ("Phòng thử nghiệm ở Cần Thơ được công nhận VILAS bao nhiêu chỉ tiêu?", None),
    ("Năm 2022, việc kiện toàn tổ chức được thực hiện theo những nghị định nào?", None),
    ("Hai số đặc biệt của Tạp chí Tiêu chuẩn Đo lường Chất lượng năm 2024 là những số nào?", None),
    ("Năm 2021 lấy bao nhiêu mẫu xăng dầu, số mẫu nào không đạt?", None),
    ("Kế hoạch năm 2022 có tổng số bao nhiêu?", None),
])
def test_the_identifier_asked(question: str, kind: str | None) -> None:
    """"… số mấy / số hiệu / QCVN nào / mã số VILAS bao nhiêu": an identifier of that kind, read as text."""
    a = analyze(question)
    assert a.identifier == kind, question
    if kind:
        assert a.kind == "text", question


def test_another_year_asked_again_replaces_every_mention_of_the_year() -> None:
    prev = ("Theo Biểu 01 báo cáo tháng 10/2022 của Chi cục TĐC Hưng Yên, lũy kế 10 tháng 2022 kiểm định bao nhiêu "
            "đồng hồ đo nước lạnh?")
    resolved = resolve_followup("Cùng kỳ năm ngoái thì con số đó là bao nhiêu?", [Turn("user", prev), Turn("assistant", "6.918")])
    assert "2022" not in resolved and resolved.count("2021") == 2, resolved


@pytest.mark.parametrize(("follow", "resolved"), [
    ("Thế kế hoạch năm 2025 là bao nhiêu?",
     "Kế hoạch năm 2025 Trung tâm kiểm định tổng cộng bao nhiêu phương tiện đo?"),
    ("Vậy chỉ tiêu đề ra thì bao nhiêu?",
     "Chỉ tiêu đề ra năm 2024 Trung tâm kiểm định tổng cộng bao nhiêu phương tiện đo?"),
])
def test_a_follow_up_asking_only_the_plan_asks_the_same_of_the_plan(follow: str, resolved: str) -> None:
    prev = "Năm 2024 Trung tâm kiểm định tổng cộng bao nhiêu phương tiện đo?"
    assert resolve_followup(follow, [Turn("user", prev), Turn("assistant", "68.215 PTĐ")]) == resolved


@pytest.mark.parametrize("q", [
    "Số máy đo huyết áp được kiểm định năm 2024 bằng bao nhiêu phần trăm so với năm 2023?",
    "Năm 2024 số mẫu thử nghiệm bằng bao nhiêu % so với năm 2023?",
])
def test_one_year_as_a_share_of_another_is_compared_with_it(q: str) -> None:
    a = analyze(q)
    assert a.years == [2024] and a.compared == [2023], (a.years, a.compared)
