"""Figures read the Vietnamese way, and numbers that are part of a name are not figures."""

from __future__ import annotations

import pytest

from assistant.numbers import english_figures, find_quantities, parse_en_number, parse_vn_number
from assistant.question import analyze, question_unit


@pytest.mark.parametrize("text, figures", [
    ("QUATEST 3 phấn đấu đạt 450 tỷ đồng", ["450 tỷ"]),  # "QUATEST 3" is a name
    ("công bố 389 TCVN, áp dụng ISO 9001 cho 12 cơ quan", ["389", "12"]),
    ("mở rộng công nhận VILAS 004 thêm 126 phép thử", ["126"]),
    ("Xuất bản Tạp chí TCĐLCL 02 kỳ/1 tháng", ["02", "1"]),  # a count written with its leading zero
    ("Số PTĐ không đạt là 2.617 chiếc", ["2.617"]),
    ("chuyển Tổng cục TCĐLCL 19 hồ sơ đăng ký cấp mới; QUATEST 3 thử nghiệm", ["19"]),  # a count after a name
    ("TT Nội dung\n1 Công tơ điện chiếc 29.874 32.650\nđạt 1 Cúp vàng", ["29.874", "32.650", "1"]),  # a row number
])
def test_numbers_of_names_are_not_figures(text: str, figures: list[str]) -> None:
    assert [q.text for q in find_quantities(text) if q.kind == "number"] == figures


def test_vietnamese_number_forms() -> None:
    assert parse_vn_number("4.094") == 4094 and parse_vn_number("15,9") == 15.9


def test_a_sheet_in_english_notation_is_told_by_its_cells() -> None:
    """A sheet pasted from an English-locale Excel writes "1,482,650" and "16.2": read so, only where some cell
    says it beyond doubt and none says the Vietnamese way."""
    assert english_figures(["Kiểm định đồng hồ nước", "12,450", "622,500", "16.2", "109.4"])
    assert english_figures(["Công tơ điện", "32,957", "1,482,650"])
    assert not english_figures(["Công tơ điện", "12,450", "622,500"])  # (no cell tells: 12,45 the Vietnamese way)
    assert not english_figures(["Công tơ điện", "1.482.650", "16.2"])  # (a Vietnamese figure: "16.2" is a section)
    assert not english_figures(["Cân", "1.024", "94,1"])
    assert [q.value for q in find_quantities("12,450 | 622,500 | 16.2 | 109.4%", english=True)] == [12450, 622500, 16.2, 109.4]
    assert parse_en_number("1,482,650") == 1482650 and parse_en_number("1.482.650") is None


def test_what_a_question_counts() -> None:
    assert question_unit("bao nhiêu doanh nghiệp nâng cao năng suất") == "doanh nghiệp"  # a verb ends it
    assert question_unit("bao nhiêu tham luận") == "tham luận"  # … never as its first word
    assert question_unit("Theo bảng số liệu, số đồng hồ nước được kiểm định là bao nhiêu?") == "đồng hồ nước"
    assert analyze("Tổng khối lượng thép nhập khẩu được giám định là bao nhiêu?").unit == "khối lượng"
    assert analyze("Khối lượng công việc năm nay tăng bao nhiêu phần trăm?").unit != "khối lượng"


def test_dates_written_with_dots_or_dashes() -> None:
    """"16.01.2023" (a signature stamp's time) and "16-01-2023" are dates; "1.234.567" stays a number."""
    from assistant.numbers import date_text

    assert [(q.kind, q.text) for q in find_quantities("Thời gian ký: 16.01.2023 08:42:17")][0] == ("date", "16.01.2023")
    assert [q.kind for q in find_quantities("ngày 16-01-2023")] == ["date"]
    assert [(q.kind, q.value) for q in find_quantities("giá trị 1.234.567 đồng")] == [("number", 1234567.0)]
    assert date_text("16.01.2023") == "16/01/2023"
