"""Workings and tables as new reports write them:

* a sum of parts each written with its own fuller unit ("15 tổ chức chứng nhận và 02 tổ chức công nhận"), or of
  two doings ("cấp mới … và tái chứng nhận …"), is added up, not answered by one of its parts;
* "không nộp trực tuyến" is the whole minus the part that did ("63 hồ sơ, trong đó 54 hồ sơ nộp trực tuyến");
* a header written on two rows with its merged cells left empty ("Năm 2019 | -" over "Kế hoạch | Thực hiện")
  names each column by both rows, so "năm 2018" and "thực hiện so với kế hoạch" find their cells;
* a number whose digit groups are parted by no-break or thin spaces ("2 145 triệu đồng") reads whole.
"""

from __future__ import annotations

import pytest

from answer_values import number as _number

REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ YÊN
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 305/BC-TĐC
Phú Yên, ngày 16 tháng 12 năm 2019
BÁO CÁO
Kết quả công tác tiêu chuẩn đo lường chất lượng năm 2019

1. Hoạt động đánh giá sự phù hợp
Năm 2019, Chi cục đã hướng dẫn 15 tổ chức chứng nhận và 02 tổ chức công nhận thực hiện đánh giá trực tuyến.
Trong lĩnh vực chứng nhận hệ thống quản lý, Trung tâm đã cấp mới 214 giấy chứng nhận và tái chứng nhận 163 giấy chứng nhận.

2. Cải cách hành chính
Trong năm, Chi cục đã tiếp nhận 63 hồ sơ TTHC, trong đó 54 hồ sơ nộp trực tuyến.
Tổng kinh phí ngân sách nhà nước giao cho Chi cục năm 2019 là 2\u00a0145 triệu đồng.

3. Kiểm định phương tiện đo
Bảng 1. Kết quả kiểm định phương tiện đo năm 2019
TT | Loại phương tiện đo | Đơn vị tính | Năm 2019 | - | Năm 2018 | Tỷ lệ TH/KH (%)
- | - | - | Kế hoạch | Thực hiện | Thực hiện | -
1 | Công tơ điện xoay chiều 1 pha | chiếc | 18.000 | 19.264 | 17.105 | 107,0
2 | Công tơ điện xoay chiều 3 pha | chiếc | 900 | 1.032 | 874 | 114,7
3 | Cột đo xăng dầu | cột | 1.350 | 1.418 | 1.296 | 105,0
4 | Taximet | chiếc | - | 96 | - | -

4. Trung tâm Kỹ thuật
Trung tâm hiện được chỉ định kiểm định 24 loại phương tiện đo (PTĐ) thuộc Danh mục PTĐ nhóm 2.
Năm 2019, Trung tâm đã kiểm định 30.412 PTĐ, đạt 106,7% kế hoạch năm.

CHI CỤC TRƯỞNG
(Đã ký)
Lê Văn Bình
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"phuyen_2019.txt": REPORT})
    yield service
    service.close()


def test_parts_with_their_own_fuller_unit_are_added(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2019 có tổng cộng bao nhiêu tổ chức (chứng nhận và công nhận) được hướng dẫn đánh giá trực tuyến?")
    assert not a.abstained and _number(a) == 17, a.answer


def test_two_doings_are_added(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2019 Trung tâm cấp mới và tái chứng nhận tổng cộng bao nhiêu giấy chứng nhận?")
    assert not a.abstained and _number(a) == 377, a.answer


def test_not_done_online_is_the_whole_minus_the_online_part(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2019 có bao nhiêu hồ sơ TTHC không nộp trực tuyến?")
    assert not a.abstained and _number(a) == 9, a.answer


def test_a_two_row_header_names_each_column_by_both_rows(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2018 kiểm định được bao nhiêu cột đo xăng dầu?")
    assert not a.abstained and _number(a) == 1296, a.answer
    a = svc.ask("Tỷ lệ thực hiện so với kế hoạch của chỉ tiêu kiểm định công tơ điện 3 pha năm 2019 là bao nhiêu?")
    assert not a.abstained and _number(a) == 114.7, a.answer
    a = svc.ask("Năm 2019 kiểm định được bao nhiêu chiếc taximet?")  # a row with empty cells: not its row number
    assert not a.abstained and _number(a) == 96, a.answer


def test_digit_groups_parted_by_a_no_break_space_read_whole(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2019 Chi cục được giao tổng kinh phí ngân sách nhà nước là bao nhiêu?")
    assert not a.abstained and _number(a) == 2145, a.answer
    assert "2\u202f145" in a.citations[0].quote  # the report's grouping, as one narrow no-break space


def test_sum_plans_of_new_shapes() -> None:
    from assistant.reasoning import plan

    p = plan("Cộng tiền phạt của hai nhóm xăng dầu và khí dầu mỏ hóa lỏng (LPG) năm 2023 được bao nhiêu?", "number")
    assert p is not None and p.op == "sum" and p.parts == ["tiền phạt xăng dầu", "tiền phạt khí dầu mỏ hóa lỏng (LPG)"]
    p = plan("Cộng tất cả các loại cân (cân phân tích, kỹ thuật; cân bàn, đĩa; cân ô tô) thì năm 2022 kiểm định "
             "bao nhiêu chiếc?", "number")
    assert p is not None and p.parts == ["cân phân tích, kỹ thuật", "cân bàn, đĩa", "cân ô tô"]
    p = plan("Năm 2022 Chi cục Lâm Đồng chủ trì và tham gia tất cả bao nhiêu cuộc thanh tra, kiểm tra?", "number")
    assert p is not None and p.parts == ["chủ trì", "tham gia"]
    # a name is no pair of doings
    assert plan("Năm 2019 Vụ Đánh giá Hợp chuẩn và Hợp quy nhận tổng cộng bao nhiêu bộ hồ sơ?", "number") is None


def test_a_header_repeated_over_a_page_break_keeps_its_units_line() -> None:
    from assistant.candidates import _header

    lines = ["TT | Loại phương tiện đo | Năm 2017 | Năm 2018 | 2018/2017", "(chiếc) | (chiếc) | (%)",
             "11 | Áp kế | 64 | 75 | 117,2"]
    head, _ = _header(lines, ["12", "Taximet", "93", "86", "92,5"])
    assert head == ["TT", "Loại phương tiện đo", "Năm 2017 (chiếc)", "Năm 2018 (chiếc)", "2018/2017 (%)"]


def test_the_reports_own_number_is_its_letterhead_number(svc) -> None:  # noqa: ANN001
    a = svc.ask("Số hiệu của văn bản báo cáo này là gì?")
    assert not a.abstained and "305/BC-TĐC" in a.answer, a.answer
    assert "305/BC-TĐC" in a.citations[0].quote


def test_kinds_of_a_thing_are_no_count_of_it(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2019 Trung tâm kiểm định được tổng cộng bao nhiêu phương tiện đo?")
    assert not a.abstained and _number(a) == 30412, a.answer


def test_a_total_row_without_its_unit_cell_keeps_its_columns() -> None:
    from assistant.candidates import _header

    lines = ["TT | Loại phương tiện đo | ĐVT | Kế hoạch 2019 | Thực hiện 2019 | Thực hiện 2018 | TH/KH 2019 (%)",
             "10 | PTĐ khác | chiếc | 90 | 189 | 110 | 210,0"]
    head, _ = _header(lines, ["-", "Tổng cộng", "50.000", "52.846", "48.310", "105,7"])
    assert head == ["TT", "Loại phương tiện đo", "Kế hoạch 2019", "Thực hiện 2019", "Thực hiện 2018", "TH/KH 2019 (%)"]


def test_a_table_read_on_after_a_blank_line_keeps_its_header() -> None:
    from assistant.candidates import _header

    # (the rows before a page's or a chunk's break, then a blank line, then the row asked)
    lines = ["STT | Tên phương tiện đo | ĐVT | Tháng 10/2022 | Lũy kế 10 tháng 2022 | Kế hoạch năm 2022",
             "A | B | C | (1) | (2) | (3)",
             "5 | Công tơ điện 3 pha | chiếc | 186 | 1.932 | 2.200", "", ""]
    head, _ = _header(lines, ["9", "Huyết áp kế", "chiếc", "27", "295", "300"])
    assert head[-2:] == ["Lũy kế 10 tháng 2022", "Kế hoạch năm 2022"], head
