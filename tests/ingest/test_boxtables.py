"""Tables drawn with box characters or as an ASCII grid, read as lines of cells."""

from __future__ import annotations

from ingest.boxtables import box_tables

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


def test_text_without_drawn_tables_is_left_as_it_is() -> None:
    text = "Kiểm định 1.264 mẫu | đạt 98%\n+ thêm 3 mẫu\n|"
    assert box_tables(text) == text
