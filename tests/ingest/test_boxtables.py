"""Tables drawn with box characters or as an ASCII grid, read as lines of cells."""

from __future__ import annotations

from ingest.boxtables import box_tables, dashed_tables

W3M = """Bảng 1. Số phương tiện đo

┌────┬──────────────┬─────────────────────┐
│    │              │   Số lượng (chiếc)  │
│ TT │  Loại PTĐ    ├──────────┬──────────┤
│    │              │ Kế hoạch │ Thực     │
│    │              │          │ hiện     │
├────┼──────────────┼──────────┼──────────┤
│ 1  │ Cân ô tô     │ 120      │ 94       │
├────┼──────────────┼──────────┼──────────┤
│ 2  │ Công tơ điện │ 32.000   │ 24.518   │
│    │ 1 pha        │          │          │
├────┴──────────────┼──────────┼──────────┤
│ Cộng              │ 32.120   │ 24.612   │
└───────────────────┴──────────┴──────────┘
Như vậy, …"""

GRID = """+-----+------------------+--------+
| STT | Chỉ tiêu         | Năm    |
|     |                  | 2023   |
+=====+==================+========+
| 1   | Mẫu thử nghiệm   | 1.264  |
+-----+------------------+--------+
| 2   | Dự thảo ĐLVN     | -      |
+-----+------------------+--------+"""


def test_a_box_drawn_table_reads_as_rows_with_their_spanning_header_and_wrapped_cells() -> None:
    lines = box_tables(W3M).split("\n")
    assert "TT | Loại PTĐ | Số lượng (chiếc) Kế hoạch | Số lượng (chiếc) Thực hiện" in lines
    assert "2 | Công tơ điện 1 pha | 32.000 | 24.518" in lines
    assert "Cộng | - | 32.120 | 24.612" in lines
    assert lines[0] == "Bảng 1. Số phương tiện đo" and lines[-1] == "Như vậy, …"


def test_an_ascii_grid_table_reads_as_rows_and_a_dash_cell_stays() -> None:
    lines = [ln for ln in box_tables(GRID).split("\n") if ln]
    assert lines == ["STT | Chỉ tiêu | Năm 2023", "1 | Mẫu thử nghiệm | 1.264", "2 | Dự thảo ĐLVN | -"]


def test_an_ascii_grid_without_rules_between_its_rows_reads_a_row_per_numbered_line() -> None:
    """A grid ruled only around its header and its foot holds every body row in one box; a row's label wraps
    onto a line of words alone, the header's cells onto a second line."""
    grid = """+----+---------------------+----------+---------+
| TT | Loại phương tiện    | Kế hoạch | Quý III |
|    | đo                  | năm 2023 |   /2023 |
+----+---------------------+----------+---------+
| 1  | Công tơ điện        |   42.000 |  11.860 |
| 2  | Cột đo nhiên liệu   |    1.350 |     312 |
|    | (cột đo xăng dầu)   |          |         |
| 3  | Cân các loại        |    3.200 |     846 |
+----+---------------------+----------+---------+
| Tổng cộng                |   46.550 |  13.018 |
+----+---------------------+----------+---------+"""
    lines = [ln for ln in box_tables(grid).split("\n") if ln]
    assert lines == ["TT | Loại phương tiện đo | Kế hoạch năm 2023 | Quý III/2023", "1 | Công tơ điện | 42.000 | 11.860",
                     "2 | Cột đo nhiên liệu (cột đo xăng dầu) | 1.350 | 312", "3 | Cân các loại | 3.200 | 846",
                     "Tổng cộng | - | 46.550 | 13.018"]


def test_text_without_drawn_tables_is_left_as_it_is() -> None:
    text = "Kiểm định 1.264 mẫu | đạt 98%\n+ thêm 3 mẫu\n|"
    assert box_tables(text) == text


# pandoc -t plain: a multiline table (rows parted by blank lines, cells wrapped in their columns) and a simple one
MULTILINE = """Kết quả từng đợt tại Bảng 3.

  ---------------------------------------------------------------
  TT   Nội dung, thời      Số cơ sở   Tiền phạt   Ghi chú
       gian kiểm tra       đã kiểm    (triệu
                           tra        đồng)
  ---- ------------------- ---------- ----------- ---------------
  1    Kiểm tra đo lường,  45         27,5        Lấy 22 mẫu
       chất lượng xăng                            xăng dầu
       dầu đợt 1

  2    Kiểm tra mũ bảo     38         9,0         Tạm giữ 146
       hiểm                                       mũ

       Cộng                83         36,5        
  ---------------------------------------------------------------

  : Bảng 3. Kết quả thanh tra, kiểm tra năm 2017
"""

SIMPLE = """
  TT   Nội dung thu                           KH 2017   TH 2017 Năm 2016   TH/KH (%)
  ---- ------------------------------------ --------- --------- ---------- -----------
  1    Phí kiểm định phương tiện đo           1.450,0   1.586,4 1.402,7    109,4
  2    Thu khác                                  40,0      46,8 37,2       117,0
       Tổng cộng                              1.490,0   1.633,2 1.439,9    109,6

  : Bảng 5. Kết quả thu phí
"""


def test_pandoc_multiline_table_reads_a_row_per_blank_line_parted_group() -> None:
    lines = dashed_tables(MULTILINE).split("\n")
    assert "TT | Nội dung, thời gian kiểm tra | Số cơ sở đã kiểm tra | Tiền phạt (triệu đồng) | Ghi chú" in lines
    assert "1 | Kiểm tra đo lường, chất lượng xăng dầu đợt 1 | 45 | 27,5 | Lấy 22 mẫu xăng dầu" in lines
    assert "2 | Kiểm tra mũ bảo hiểm | 38 | 9,0 | Tạm giữ 146 mũ" in lines
    assert "- | Cộng | 83 | 36,5" in lines
    assert not any(set(ln.strip()) == {"-"} for ln in lines)  # the rules go
    assert "Kết quả từng đợt tại Bảng 3." in lines and "  : Bảng 3. Kết quả thanh tra, kiểm tra năm 2017" in lines


def test_pandoc_simple_table_parts_columns_one_space_apart_by_the_column_rule() -> None:
    lines = dashed_tables(SIMPLE).split("\n")
    assert "TT | Nội dung thu | KH 2017 | TH 2017 | Năm 2016 | TH/KH (%)" in lines
    assert "1 | Phí kiểm định phương tiện đo | 1.450,0 | 1.586,4 | 1.402,7 | 109,4" in lines
    assert "- | Tổng cộng | 1.490,0 | 1.633,2 | 1.439,9 | 109,6" in lines


def test_dashed_lines_that_are_no_table_stay() -> None:
    text = "Tiêu đề\n----------\nĐoạn văn có 12 hồ sơ.\n\n-- ghi chú --\n"
    assert dashed_tables(text) == text
