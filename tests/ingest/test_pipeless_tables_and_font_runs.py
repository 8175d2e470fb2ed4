"""A Markdown table written without its outer pipes, as GFM allows and html2text writes it ("STT| Loại| Quý
III" over "---|---|---"), reads as any pipe table, the lines html2text wraps a long row at (no hard break at
their end) joined back into that row; a PDF that draws every accented letter in a run of its own font, each run
its own text object (wkhtmltopdf's Qt: "Ki" "ể" "m"), reads in whole words and lines."""

from __future__ import annotations

from pathlib import Path

from ingest.markdown import markdown_to_text
from ingest.pipeline import DocumentReader

HTML2TEXT = """**Bảng 2. Kết quả kiểm định phương tiện đo**

STT| Loại phương tiện đo| Quý III/2024| 9 tháng năm 2024| Kế hoạch năm 2024
của Trung tâm  
---|---|---|---|---  
1| Công tơ điện xoay chiều| 4.120| 12.655| 16.000  
2| Cân các loại (cân ô tô, cân bàn, cân đĩa, cân đồng hồ lò xo, cân treo)| 3.964|
11.526| 15.500  
**Tổng cộng**| **8.084**| **24.181**| **31.500**  

Trong quý III/2024, Trung tâm đã kiểm định 8.084 PTĐ.
"""


def test_a_table_without_outer_pipes_reads_row_by_row() -> None:
    lines = markdown_to_text(HTML2TEXT).splitlines()
    assert "STT | Loại phương tiện đo | Quý III/2024 | 9 tháng năm 2024 | Kế hoạch năm 2024 của Trung tâm" in lines
    assert "1 | Công tơ điện xoay chiều | 4.120 | 12.655 | 16.000" in lines
    # the row html2text wrapped after "3.964|" is one row again, and the next row stays its own
    assert "2 | Cân các loại (cân ô tô, cân bàn, cân đĩa, cân đồng hồ lò xo, cân treo) | 3.964 | 11.526 | 15.500" in lines
    assert "Tổng cộng | 8.084 | 24.181 | 31.500" in lines
    assert "Trong quý III/2024, Trung tâm đã kiểm định 8.084 PTĐ." in lines


def test_rows_without_hard_breaks_are_not_joined() -> None:
    # a GFM table typed by hand ends no row with two spaces: each line is a row
    text = "Chỉ tiêu| 2023| 2024\n---|---|---\nKiểm định PTĐ| 19.423| 21.585\nHiệu chuẩn PTĐ| 1.108| 1.247\n"
    lines = markdown_to_text(text).splitlines()
    assert "Kiểm định PTĐ | 19.423 | 21.585" in lines
    assert "Hiệu chuẩn PTĐ | 1.108 | 1.247" in lines


WKHTMLTOPDF = Path(__file__).parents[2] / "eval/data/newdocs87/reports/QuangBinh_tongket2022_wkhtmltopdf.pdf"


def test_a_pdf_drawn_a_font_run_at_a_time_reads_in_whole_words() -> None:
    text = DocumentReader().read(WKHTMLTOPDF).text
    assert " ể " not in text and " ị " not in text and "ph ươ ng" not in text
    assert "Kiểm định khoảng 38,5 nghìn phương tiện đo, vượt khoảng 5% kế hoạch năm." in text
    assert "Kiểm tra 223 cơ sở; xử phạt trên 0,25 tỷ đồng." in text  # (runs of a bold figure joined to their line)
