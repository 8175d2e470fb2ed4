"""PDF pages back to paragraphs: wrapped lines joined, running footers dropped, lists and tables kept."""

from __future__ import annotations

from ingest.pipeline import DocumentReader
from ingest.reflow import (
    columns_to_cells, drop_page_numbers, fold_centred_rows, fold_wrapped_rows, hard_wrapped, join_indented, ocr_table_bars, page_continues, part_glued_words, reflow,
    spaced_rows, stacked_cells, strip_running_lines, tabbed_rows,
)


def test_wrapped_lines_join_but_items_headings_and_table_rows_stay() -> None:
    page = "\n".join([
        "1. Công tác quản lý đo lường",
        "Trong năm 2020, Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Thanh Hóa và các tổ chức",
        "kiểm định được chỉ định đã kiểm định 48.652 phương tiện đo (PTĐ) nhóm 2, tăng 9,6% so với",
        "năm 2019; hiệu chuẩn 3.870 PTĐ.",
        "- Chi cục đã chủ trì, phối hợp với Cục Quản lý thị trường tỉnh và Phòng Cảnh sát kinh tế",
        "Công an tỉnh thành lập 6 đoàn kiểm tra về đo lường.",
        "STT Loại PTĐ Năm 2019 (chiếc) Năm 2020 (chiếc)",
        "1 Công tơ điện 1 pha 28.960 31.540",
        "2 Công tơ điện 3 pha 1.954 2.186",
    ])
    lines = reflow(page).split("\n")
    assert lines[0] == "1. Công tác quản lý đo lường"
    assert lines[1].endswith("hiệu chuẩn 3.870 PTĐ.") and "các tổ chức kiểm định" in lines[1]
    assert lines[2].startswith("- Chi cục") and lines[2].endswith("Công an tỉnh thành lập 6 đoàn kiểm tra về đo lường.")
    assert lines[-2:] == ["1 Công tơ điện 1 pha 28.960 31.540", "2 Công tơ điện 3 pha 1.954 2.186"]


def test_a_line_opening_with_the_abbreviation_of_the_words_before_it_goes_on_their_sentence() -> None:
    """pdftotext wraps "… 52.318 phương tiện đo" / "(PTĐ), đạt …": the gloss is mid-sentence, not a new line;
    a "(1) …" item, a heading's gloss and a line after a full stop keep their own lines."""
    page = "\n".join([
        "Lũy kế 9 tháng đầu năm 2025, Trung tâm đã kiểm định 52.318 phương tiện đo",
        "(PTĐ), đạt 74,7% kế hoạch năm (70.000 PTĐ), tăng 7,0% so với cùng kỳ năm 2024.",
        "Chi cục đã tổ chức 02 lớp tập huấn về đánh giá sự phù hợp",
        "(ĐGSPH) cho 85 lượt doanh nghiệp.",
        "Trung tâm hoàn thành kế hoạch năm.",
        "(Số liệu tính đến ngày 15/9/2025), kèm theo phụ lục.",
        "2. Công tác thử nghiệm",
        "(TN) trong kỳ:",
        "(1) Kiểm định công tơ điện",
    ])
    lines = reflow(page).split("\n")
    assert lines[0] == ("Lũy kế 9 tháng đầu năm 2025, Trung tâm đã kiểm định 52.318 phương tiện đo (PTĐ), đạt 74,7% "
                        "kế hoạch năm (70.000 PTĐ), tăng 7,0% so với cùng kỳ năm 2024.")
    assert lines[1] == "Chi cục đã tổ chức 02 lớp tập huấn về đánh giá sự phù hợp (ĐGSPH) cho 85 lượt doanh nghiệp."
    assert lines[2:] == ["Trung tâm hoàn thành kế hoạch năm.", "(Số liệu tính đến ngày 15/9/2025), kèm theo phụ lục.",
                         "2. Công tác thử nghiệm", "(TN) trong kỳ:", "(1) Kiểm định công tơ điện"]


def test_a_document_number_wrapped_after_its_issuers_hyphen_is_one_code() -> None:
    """"Nghị định số 74/2018/NĐ-" over "CP": the code has no space; a hyphen between words keeps its space."""
    page = "\n".join([
        "hệ thống văn bản về kiểm tra chuyên ngành có nhiều thay đổi (Nghị định số 74/2018/NĐ-",
        "CP, Nghị định số 119/2017/NĐ-CP), đòi hỏi cán bộ thường xuyên cập nhật, theo Quyết định số 35/QĐ-",
        "SKHCN ngày 22/01/2018; giai đoạn 2016 -",
        "2020 của tỉnh, trong đó có nhiều huyện miền núi xa trung tâm và các xã khó khăn.",
    ])
    text = reflow(page)
    assert "(Nghị định số 74/2018/NĐ-CP, Nghị định" in text and "Quyết định số 35/QĐ-SKHCN ngày" in text
    assert "giai đoạn 2016 - 2020 của tỉnh" in text


def test_running_footers_go_and_page_numbers_as_such_go_but_bare_numbers_stay() -> None:
    bodies = ["Chi cục đã kiểm tra 312 cơ sở.", "Kiểm định 4.327 cân.", "Lấy 96 mẫu.", "Cấp 57 giấy chứng nhận."]
    heads = ["Tiêu chuẩn", "Đo lường", "Chất lượng", "Năng suất"]
    pages = [f"Báo cáo tổng kết năm 2020\n{h}\n{b}\n{i}\nTrang {i}/4" for i, (h, b) in enumerate(zip(heads, bodies), 1)]
    out = strip_running_lines(pages)
    assert all("Trang" not in p and "Báo cáo tổng kết" not in p for p in out)
    assert out[1].split("\n") == ["Đo lường", "Kiểm định 4.327 cân.", "2"]  # a lone number may be a table's figure
    two = strip_running_lines(pages[:2])  # too few pages to call a line "running": only page numbers go
    assert two[0].split("\n") == ["Báo cáo tổng kết năm 2020", "Tiêu chuẩn", "Chi cục đã kiểm tra 312 cơ sở.", "1"]


def test_a_sentence_running_on_to_the_next_page_is_one_sentence() -> None:
    assert page_continues("Chi cục đã phối hợp với Phòng Cảnh sát kinh tế", "Công an tỉnh thành lập 6 đoàn.")
    assert not page_continues("… hoàn thành kế hoạch.", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2021")
    assert not page_continues("… như sau:", "- Kiểm định 4.327 cân")


def test_a_real_pdf_reads_as_paragraphs(pdf_factory) -> None:  # noqa: ANN001
    path = pdf_factory.text("wrapped.pdf", [
        ["BÁO CÁO TỔNG KẾT NĂM 2020", "Chi cục đã kiểm tra 312 cơ sở, trong đó có 146 cửa hàng kinh doanh xăng",
         "dầu và 58 cơ sở kinh doanh khí dầu mỏ hóa lỏng (LPG), phát hiện 23 cơ sở vi phạm.",
         "Chi cục phối hợp với Phòng Cảnh sát kinh tế", "", "Trang 1/3"],
        ["Công an tỉnh thành lập 6 đoàn kiểm tra.", "", "Trang 2/3"],
        ["- Kiểm định 4.327 cân các loại.", "", "Trang 3/3"],
    ])
    text = DocumentReader().read(path).text
    assert "146 cửa hàng kinh doanh xăng dầu và 58 cơ sở" in text
    assert "Phòng Cảnh sát kinh tế Công an tỉnh thành lập 6 đoàn" in text
    assert "Trang" not in text
    assert "\n- Kiểm định 4.327 cân các loại." in text


def test_a_table_under_a_wide_caption_keeps_its_rows() -> None:
    """Each line is judged as printed: once a wide caption line joined the next, the joined paragraph was
    always 'wide' and swallowed the whole table."""
    page = "\n".join([
        "Bảng 1. Kết quả kiểm định phương tiện đo nhóm 2 trên địa bàn tỉnh theo từng loại phương tiện",
        "Đơn vị tính: chiếc",
        "STT Loại phương tiện đo Năm 2022 Năm 2023",
        "1 Công tơ điện 61.245 68.930",
        "2 Cân ô tô 412 447",
    ])
    lines = reflow(page).split("\n")
    assert "STT Loại phương tiện đo Năm 2022 Năm 2023" in lines
    assert lines[-2:] == ["1 Công tơ điện 61.245 68.930", "2 Cân ô tô 412 447"]


def test_a_table_laid_out_with_spaces_becomes_rows_of_cells() -> None:
    text = "\n".join([
        "Bảng 1. Kết quả kiểm định",
        "TT  Nội dung                     Đơn vị  Năm 2021  Năm 2022",
        "-----------------------------------------------------------",
        "1   Tổng số PTĐ được kiểm định   chiếc     35.214    38.460",
        "2   Taximet (đồng hồ tính tiền)  chiếc        318       296",
        "\tGhi chú: số liệu  của các tổ chức kiểm định.",
        "Đoạn văn  có hai khoảng trắng nhưng không phải bảng.",
        "STT | Loại | 2023 | 2024",  # drawn with pipes already: left as it is
    ])
    assert columns_to_cells(text).split("\n") == [
        "Bảng 1. Kết quả kiểm định",
        "TT | Nội dung | Đơn vị | Năm 2021 | Năm 2022",
        "1 | Tổng số PTĐ được kiểm định | chiếc | 35.214 | 38.460",
        "2 | Taximet (đồng hồ tính tiền) | chiếc | 318 | 296",
        "\tGhi chú: số liệu  của các tổ chức kiểm định.",
        "Đoạn văn  có hai khoảng trắng nhưng không phải bảng.",
        "STT | Loại | 2023 | 2024",
    ]


def test_text_copied_out_of_a_pdf_viewer_is_rejoined() -> None:
    wrapped = ("Trong năm 2023, Chi cục đã phối hợp với các cơ quan chức năng tổ chức kiểm tra\n"
               "chất lượng hàng hóa tại 126 cơ sở sản xuất, kinh doanh trên địa bàn tỉnh, phát\n\n"
               "Trang 2/5\n\n"
               "hiện 14 cơ sở vi phạm về ghi nhãn hàng hóa và đã xử lý theo quy định của pháp luật.\n"
               "Kết quả kiểm tra được báo cáo đầy đủ cho Sở Khoa học và Công nghệ theo đúng thời hạn.\n"
               "Chi cục cũng tổ chức tập huấn cho các doanh nghiệp về nhãn hàng hóa và mã số mã vạch.")
    assert hard_wrapped(wrapped)
    out = reflow(drop_page_numbers(wrapped), by_width=hard_wrapped(wrapped)).split("\n")
    assert out[0].endswith("phát hiện 14 cơ sở vi phạm về ghi nhãn hàng hóa và đã xử lý theo quy định của pháp luật.")
    assert "Trang" not in "".join(out)
    paragraphs = "Dòng thứ nhất là một đoạn văn dài, không xuống dòng giữa chừng: " + "x " * 80 + "\nDòng thứ hai."
    assert not hard_wrapped(paragraphs)
    assert reflow(paragraphs, by_width=False) == paragraphs  # a line per paragraph: nothing to join


def test_an_indented_block_wrapped_mid_name_is_joined() -> None:
    text = ("  Hội đồng đề xuất xét tặng giải cho 02 doanh nghiệp là Công ty TNHH Trà\n"
            "  Cầu Đất Xanh.\n"
            "  - Mục mới vẫn là một dòng riêng\n"
            "Dòng không thụt lề\n"
            "Dòng khác")
    assert join_indented(text).split("\n") == [
        "  Hội đồng đề xuất xét tặng giải cho 02 doanh nghiệp là Công ty TNHH Trà Cầu Đất Xanh.",
        "  - Mục mới vẫn là một dòng riêng", "Dòng không thụt lề", "Dòng khác"]


def test_a_row_of_figures_is_not_joined_to_its_header() -> None:
    page = "TT Nội dung Đơn vị tính Kết quả thực hiện năm 2023 và năm 2024 theo từng nhóm\n1 Công tơ điện chiếc 29.874 32.650"
    assert reflow(page).split("\n")[1] == "1 Công tơ điện chiếc 29.874 32.650"


TABLE_CELLS = [
    "Bảng 1. Kết quả kiểm định theo lĩnh vực",
    "TT", "Lĩnh vực", "Đơn vị tính", "Năm 2022", "Năm 2023", "So sánh", "(%)",
    "1", "Công tơ điện 1 pha, 3 pha chiếc", "21.486", "23.915", "111,3",
    "2", "Cân các loại (cân bàn, cân ô tô...)", "chiếc", "6.513", "6.942", "106,6",
    "3", "Taximet chiếc", "817", "652", "79,8",
    "Tổng cộng", "PTĐ", "28.816", "31.509", "109,3",
    "Ghi chú: số liệu năm 2023 là số ước thực hiện.",
]


def test_a_table_read_one_cell_per_line_becomes_rows_of_cells() -> None:
    lines = stacked_cells("\n".join(TABLE_CELLS)).split("\n")
    assert lines == [
        "Bảng 1. Kết quả kiểm định theo lĩnh vực",
        "TT | Lĩnh vực | Đơn vị tính | Năm 2022 | Năm 2023 | So sánh (%)",  # "(%)" wrapped under "So sánh"
        "1 | Công tơ điện 1 pha, 3 pha | chiếc | 21.486 | 23.915 | 111,3",  # the unit parted from the label
        "2 | Cân các loại (cân bàn, cân ô tô...) | chiếc | 6.513 | 6.942 | 106,6",
        "3 | Taximet | chiếc | 817 | 652 | 79,8",  # the next row's number "3" is no fourth figure
        "- | Tổng cộng | PTĐ | 28.816 | 31.509 | 109,3",
        "Ghi chú: số liệu năm 2023 là số ước thực hiện.",
    ]


def test_figures_on_lines_of_their_own_without_a_header_stay_as_they_are() -> None:
    text = "Kết quả như sau:\nKiểm định\n4.327\n5.120\nHiệu chuẩn\n1.020\n1.310\nhết."
    assert stacked_cells(text) == text


def test_a_real_pdf_table_drawn_cell_by_cell(pdf_factory) -> None:  # noqa: ANN001
    prose = ["Năm 2023, Chi cục đã phối hợp với các tổ chức kiểm định được chỉ định trên địa bàn tỉnh",
             "thực hiện kiểm định các loại phương tiện đo nhóm 2 phục vụ quản lý nhà nước về đo lường,",
             "bảo đảm quyền lợi của người tiêu dùng và doanh nghiệp; kết quả kiểm định theo từng lĩnh",
             "vực được tổng hợp tại Bảng 1 dưới đây, trong đó phần lớn các lĩnh vực đều tăng so với",
             "năm 2022, riêng taximet giảm do nhu cầu của thị trường thu hẹp trong năm."]
    path = pdf_factory.text("bang.pdf", [[*prose, *TABLE_CELLS]])
    text = DocumentReader().read(path).text
    assert "\n3 | Taximet | chiếc | 817 | 652 | 79,8\n" in text
    assert "TT | Lĩnh vực | Đơn vị tính | Năm 2022 | Năm 2023 | So sánh (%)" in text


SPACED_TABLE = [
    "Bảng 1. Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2022",
    "Chỉ tiêu Đơn vị tính Kế hoạch2022 Thực hiện2022 So với năm2021 (%)",
    "1. Số khách hàng có giao dịch khách hàng 14.000 15.276 108,3",
    "2. Phép thử được công nhận mới, mở rộng phép thử 120 146 121,7",
    "3. Tổng doanh thu tỷ đồng 520,0 548,7 112,4",
    "- Thu từ thử nghiệm tỷ đồng 215,0 231,6 110,5",
    "4. Hướng dẫn áp dụng TCVN lượt doanh nghiệp 80 64 80,0",
    "5. Thu nhập bình quân của người lao động triệu đồng/người/tháng 16,5 17,2 103,6",
    "Ghi chú: số liệu năm 2022 là số ước thực hiện.",
]


def test_a_table_read_one_row_per_line_with_single_spaces_becomes_rows_of_cells() -> None:
    lines = spaced_rows("\n".join(SPACED_TABLE)).split("\n")
    assert lines == [
        "Bảng 1. Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2022",
        # each header cell opens on a capital; a year glued to its word ("Kế hoạch2022") is parted
        "Chỉ tiêu | Đơn vị tính | Kế hoạch 2022 | Thực hiện 2022 | So với năm 2021 (%)",
        "1. Số khách hàng có giao dịch | khách hàng | 14.000 | 15.276 | 108,3",  # the label's own noun again
        "2. Phép thử được công nhận mới, mở rộng | phép thử | 120 | 146 | 121,7",
        "3. Tổng doanh thu | tỷ đồng | 520,0 | 548,7 | 112,4",  # a scaled unit is one unit
        "- Thu từ thử nghiệm | tỷ đồng | 215,0 | 231,6 | 110,5",
        "4. Hướng dẫn áp dụng TCVN | lượt doanh nghiệp | 80 | 64 | 80,0",
        "5. Thu nhập bình quân của người lao động | triệu đồng/người/tháng | 16,5 | 17,2 | 103,6",
        "Ghi chú: số liệu năm 2022 là số ước thực hiện.",
    ]


def test_a_spaced_table_without_a_unit_column_and_one_whose_header_does_not_fit() -> None:
    staff = "Trình độ chuyên môn Năm 2021(người) Năm 2022(người)\nTiến sĩ 19 21\nĐại học 395 389\nTổng cộng 414 410"
    assert spaced_rows(staff).split("\n") == [
        "Trình độ chuyên môn | Năm 2021 (người) | Năm 2022 (người)", "Tiến sĩ | 19 | 21", "Đại học | 395 | 389",
        "Tổng cộng | 414 | 410"]
    # three figure columns under a header of two cells: not read as a table (the lines stay as they are)
    odd = "Trình độ Năm 2022\nTiến sĩ 19 21 3\nĐại học 395 389 4"
    assert spaced_rows(odd) == odd
    prose = "Kết quả như sau\nNăm 2022 kiểm định 4.327 5.120\nhết."  # one figure row is no table
    assert spaced_rows(prose) == prose


def test_a_real_pdf_table_drawn_row_by_row(pdf_factory) -> None:  # noqa: ANN001
    path = pdf_factory.text("chi_tieu.pdf", [["Kết quả thực hiện các chỉ tiêu chủ yếu được tổng hợp tại Bảng 1.",
                                             *SPACED_TABLE]])
    text = DocumentReader().read(path).text
    assert "\n3. Tổng doanh thu | tỷ đồng | 520,0 | 548,7 | 112,4\n" in text
    assert "Chỉ tiêu | Đơn vị tính | Kế hoạch 2022 | Thực hiện 2022 | So với năm 2021 (%)" in text


GROUPED_CELLS = [  # a table of groups ("A", "B"), continued on the next page under its header repeated
    "Bảng 1. Một số chỉ tiêu chủ yếu năm 2024 so với năm 2023",
    "TT", "Chỉ tiêu", "Đơn vị", "Năm 2023", "Năm 2024", "Tăng/giảm", "(%)",
    "A", "Cấp và quản lý mã số mã vạch",
    "1", "Hồ sơ đăng ký sử dụng MSMV tiếp nhận hồ sơ", "6.604", "7.218", "9,3",
    "2", "Mã số rút gọn GTIN-8 cấp mới mã", "241", "215", "-10,8",
]
GROUPED_NEXT_PAGE = [
    "TT", "Chỉ tiêu", "Đơn vị", "Năm 2023", "Năm 2024", "Tăng/giảm", "(%)",
    "3", "Doanh nghiệp thành viên (lũy kế) doanh nghiệp", "53.939", "58.436", "8,3",
    "B", "Thu phí",
    "4", "Phí cấp mã triệu đồng", "8.614", "9.864", "14,5",
]


def test_a_table_of_groups_keeps_every_row_under_its_header() -> None:
    first = stacked_cells("\n".join(GROUPED_CELLS)).split("\n")
    assert first[1:] == [
        "TT | Chỉ tiêu | Đơn vị | Năm 2023 | Năm 2024 | Tăng/giảm (%)",
        "A | Cấp và quản lý mã số mã vạch",  # a group's row: fewer cells, never taken for the header
        "1 | Hồ sơ đăng ký sử dụng MSMV tiếp nhận | hồ sơ | 6.604 | 7.218 | 9,3",  # the unit repeats the label's noun
        "2 | Mã số rút gọn GTIN-8 cấp mới | mã | 241 | 215 | -10,8",
    ]
    # the next page: one row, then a group and its rows: still one table
    assert stacked_cells("\n".join(GROUPED_NEXT_PAGE)).split("\n")[1:] == [
        "3 | Doanh nghiệp thành viên (lũy kế) | doanh nghiệp | 53.939 | 58.436 | 8,3",
        "B | Thu phí",
        "4 | Phí cấp mã | triệu đồng | 8.614 | 9.864 | 14,5",
    ]


def test_a_figure_ending_a_page_does_not_run_into_the_next_pages_header() -> None:
    assert not page_continues("… doanh nghiệp\n1.032\n947\n-8,2", "TT\nChỉ tiêu\nĐơn vị")
    # a header cell's second line "(%)" is no row's label
    lines = ["Khu vực", "Doanh nghiệp thành viên", "(doanh nghiệp)", "Tỷ trọng", "(%)",
             "Miền Bắc", "24.871", "42,56", "Miền Nam", "26.623", "45,56"]
    assert stacked_cells("\n".join(reflow("\n".join(lines)).split("\n"))).split("\n") == [
        "Khu vực | Doanh nghiệp thành viên (doanh nghiệp) | Tỷ trọng (%)", "Miền Bắc | 24.871 | 42,56",
        "Miền Nam | 26.623 | 45,56"]


def test_a_spaced_table_under_a_two_level_header_run_into_its_lead_in_line() -> None:
    """pypdf's text of an fpdf2 appendix: the "(Kèm theo …)" line and the header on one line, the header's
    second line ("KH TH KH TH" under "Năm 2023 | Năm 2024") last, group rows ("II …") between the rows and
    the note under the table run into the last row."""
    text = "\n".join([
        "Phụ lục: Kết quả thực hiện các chỉ tiêu năm 2024",
        "(Kèm theo Báo cáo số 215/BC-TĐC ngày 16/12/2024) TT Chỉ tiêu ĐVT Năm 2023 Năm 2024 TH 2024/TH2023 (%)KH TH KH TH",
        "I Tiêu chuẩn, đo lường",
        "1 Hiệu chuẩn phương tiện đo cho doanh nghiệp PTĐ 600 655 700 768 117,3",
        "2 Kiểm định xitéc ô tô xitéc 80 96 110 118 122,9",
        "II Tài chính",
        "3 Nộp ngân sách nhà nước triệu đồng 900 986,4 1.000 1.124,7 114,0 Ghi chú: KH - kế hoạch; TH - thực hiện.",
        "Người lập biểu",
    ])
    assert spaced_rows(text).split("\n") == [
        "Phụ lục: Kết quả thực hiện các chỉ tiêu năm 2024",
        "(Kèm theo Báo cáo số 215/BC-TĐC ngày 16/12/2024)",
        "TT | Chỉ tiêu | ĐVT | Năm 2023 KH | Năm 2023 TH | Năm 2024 KH | Năm 2024 TH | TH 2024/TH 2023 (%)",
        "I | Tiêu chuẩn, đo lường",
        "1 | Hiệu chuẩn phương tiện đo cho doanh nghiệp | PTĐ | 600 | 655 | 700 | 768 | 117,3",
        "2 | Kiểm định xitéc ô tô | xitéc | 80 | 96 | 110 | 118 | 122,9",
        "II | Tài chính",
        "3 | Nộp ngân sách nhà nước | triệu đồng | 900 | 986,4 | 1.000 | 1.124,7 | 114,0",
        "Ghi chú: KH - kế hoạch; TH - thực hiện.",
        "Người lập biểu",
    ]
    # sub-columns that do not repeat evenly under the year cells: the header is not read so
    odd = "TT Chỉ tiêu ĐVT Năm 2023 Năm 2024 KH TH TH KH\n1 Mẫu thử mẫu 1 2 3 4\n2 Hồ sơ hồ sơ 5 6 7 8"
    assert spaced_rows(odd) == odd


def test_words_a_pdf_ran_together_are_parted_only_where_the_document_writes_them_apart() -> None:
    pages = ["Tiếp nhận hồ sơ về chất lượng hànghóa nhập khẩu; đào tạo chấtlượng.",
             "Hàng hóa nhập khẩu và chất lượng sản phẩm; kiểm định 118 xitéc."]
    assert part_glued_words(pages) == [
        "Tiếp nhận hồ sơ về chất lượng hàng hóa nhập khẩu; đào tạo chất lượng.", pages[1]]
    # "xitéc" is one word: nothing in the document writes "xi téc"
    assert part_glued_words(["Kiểm định 118 xitéc ô tô."]) == ["Kiểm định 118 xitéc ô tô."]


def test_tab_separated_rows_keep_their_empty_cells() -> None:
    """Word's "Save as Plain Text": an empty cell between two tabs keeps its column ("-"), a leading tab is
    the empty "TT" cell of a total row, and empty cells past the header's last column go."""
    text = "\n".join([
        "TT\tChỉ tiêu\tThực hiện năm 2022\tKế hoạch năm 2023\tThực hiện năm 2023",
        "1\tTổng doanh thu\t248,9\t262,0\t270,2",
        "1.1\tThử nghiệm\t121,5\t\t133,8\t\t",
        "\tTổng cộng\t248,9\t262,0\t270,2",
    ])
    assert columns_to_cells(text).split("\n") == [
        "TT | Chỉ tiêu | Thực hiện năm 2022 | Kế hoạch năm 2023 | Thực hiện năm 2023",
        "1 | Tổng doanh thu | 248,9 | 262,0 | 270,2",
        "1.1 | Thử nghiệm | 121,5 | - | 133,8",
        "- | Tổng cộng | 248,9 | 262,0 | 270,2",
    ]
    prose = "\tĐoạn văn thụt đầu dòng bằng một tab.\n\tMột đoạn nữa."
    assert columns_to_cells(prose) == prose


# a table with a "Ghi chú" column under a column-number row, as pypdf reads a reportlab table cell by cell:
# header cells wrapped ("Thực hiện" over "2023"), a remark run into a row's last figure or on lines of its own
NOTED_CELLS = [
    "Bảng 1. Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2024",
    "TT", "Lĩnh vực / Chỉ tiêu", "Đơn vị tính", "Thực hiện", "2023", "Kế hoạch", "2024", "Thực hiện", "2024",
    "So với KH (%)", "Ghi chú", "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)",
    "1", "Thử nghiệm mẫu phân bón, hóa chất mẫu", "1.734", "1.800", "1.962", "109,0 trong đó 312 mẫu phân bón",
    "2", "Thử nghiệm mẫu xăng dầu, khí dầu mỏ hóa lỏng (LPG) mẫu", "1.208", "1.250", "1.193", "95,4",
    "Giảm do 02 thương nhân", "tự thử nghiệm",
    "3", "Kiểm định cột đo nhiên liệu tại cửa hàng xăng dầu cột", "1.657", "1.700", "1.846", "108,6",
    "Nguồn: Phòng Kế hoạch - Tổng hợp.",
]


def test_a_table_with_a_remarks_column_keeps_each_remark_in_its_row() -> None:
    lines = stacked_cells("\n".join(NOTED_CELLS)).split("\n")
    assert lines == [
        "Bảng 1. Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2024",
        # the column numbers go; a year completes the plan or result cell it wrapped from
        "TT | Lĩnh vực / Chỉ tiêu | Đơn vị tính | Thực hiện 2023 | Kế hoạch 2024 | Thực hiện 2024 | So với KH (%) | Ghi chú",
        "1 | Thử nghiệm mẫu phân bón, hóa chất | mẫu | 1.734 | 1.800 | 1.962 | 109,0 | trong đó 312 mẫu phân bón",
        "2 | Thử nghiệm mẫu xăng dầu, khí dầu mỏ hóa lỏng (LPG) | mẫu | 1.208 | 1.250 | 1.193 | 95,4 | Giảm do 02 thương nhân tự thử nghiệm",
        "3 | Kiểm định cột đo nhiên liệu tại cửa hàng xăng dầu | cột | 1.657 | 1.700 | 1.846 | 108,6 | -",
        "Nguồn: Phòng Kế hoạch - Tổng hợp.",
    ]


def test_a_continued_table_under_its_repeated_header_is_read_too() -> None:
    cells = ["(tiếp theo)", *NOTED_CELLS[1:]]
    lines = stacked_cells("\n".join(cells)).split("\n")
    assert lines[0] == "(tiếp theo)"  # no header cell
    assert lines[1].startswith("TT | Lĩnh vực / Chỉ tiêu | ")


# ``pdftotext -layout`` of a ruled table: a two-line header, labels and units wrapped under their columns,
# a blank line between rows
LAYOUT_TABLE = """              Bảng 1. Kết quả một số chỉ tiêu chủ yếu năm 2025
 TT                  Chỉ tiêu                    Đơn vị      Năm           Năm       So sánh
                                                             2024          2025           (%)

 1     Số lượng phương tiện đo được          triệu chiếc           6,42       6,91         107,6
       kiểm định, hiệu chuẩn trên
       toàn quốc

 3     Số doanh nghiệp được cấp mới              doanh            7.212      7.935         110,0
       mã số mã vạch                             nghiệp

 6     Số lượt người được đào tạo, bồi       lượt người       18.650        21.304         114,2
       dưỡng nghiệp vụ tiêu chuẩn,
       đo lường, chất lượng

Ghi chú: Số liệu năm 2025 là số ước thực hiện đến ngày 31/12/2025.
                                      7"""


def test_a_laid_out_table_whose_cells_wrap_becomes_rows_of_cells() -> None:
    lines = columns_to_cells(fold_wrapped_rows(LAYOUT_TABLE)).split("\n")
    assert lines[1:5] == [
        "TT | Chỉ tiêu | Đơn vị | Năm 2024 | Năm 2025 | So sánh (%)",
        "1 | Số lượng phương tiện đo được kiểm định, hiệu chuẩn trên toàn quốc | triệu chiếc | 6,42 | 6,91 | 107,6",
        "3 | Số doanh nghiệp được cấp mới mã số mã vạch | doanh nghiệp | 7.212 | 7.935 | 110,0",
        "6 | Số lượt người được đào tạo, bồi dưỡng nghiệp vụ tiêu chuẩn, đo lường, chất lượng | lượt người | 18.650 | 21.304 | 114,2",
    ]
    assert lines[5:7] == ["", "Ghi chú: Số liệu năm 2025 là số ước thực hiện đến ngày 31/12/2025."]  # the note stays prose


def test_prose_and_a_table_that_does_not_wrap_are_left_to_columns_to_cells() -> None:
    plain = "\n".join([
        "STT  Loại phương tiện đo     Năm 2021  Năm 2022",
        " 1   Công tơ điện              12.560    14.402",
        " 2   Taximet                    1.326     1.205",
        "     Tổng cộng                 13.886    15.607",
        "",
        "      b) Quản lý đo lường trong kinh doanh xăng dầu   và tại chợ",
    ])
    assert fold_wrapped_rows(plain) == plain


def test_a_laid_out_text_file_is_read_with_its_table(tmp_path) -> None:  # noqa: ANN001
    prose = ("Năm 2025, Ủy ban đã triển khai đầy đủ các nhiệm vụ được giao; kết quả một số chỉ tiêu chủ yếu "
             "được tổng hợp tại Bảng 1 dưới đây.")
    path = tmp_path / "bao_cao_2025.txt"
    path.write_text(prose + "\n\n" + LAYOUT_TABLE + "\n", encoding="utf-8")
    text = DocumentReader().read(path).text
    assert "\n3 | Số doanh nghiệp được cấp mới mã số mã vạch | doanh nghiệp | 7.212 | 7.935 | 110,0\n" in text
    assert "TT | Chỉ tiêu | Đơn vị | Năm 2024 | Năm 2025 | So sánh (%)" in text


RAW_TABLE = """Một số chỉ tiêu năm 2022 được tổng hợp tại Bảng 1 dưới đây.
Bảng 1. Một số chỉ tiêu hoạt động chủ yếu năm 2022 so với năm 2021
TT

Chỉ tiêu

ĐVT

Năm

Năm

Tăng/giảm

2021

2022

(%)

1

Mẫu phân bón

mẫu

864

1.057

22,3

2

Kiểm định xitéc ô tô

xitéc

318

347

9,1

10 Giấy chứng nhận hợp quy

giấy

127

154

21,3

Ghi chú: dấu (-) là giảm.
"""


def test_a_raw_pdftotext_table_one_cell_per_line_becomes_rows_of_cells(tmp_path) -> None:  # noqa: ANN001
    """``pdftotext`` without ``-layout`` gives a cell per line, each followed by a blank line, and a two-line
    header row by row ("Năm", "Năm", "Tăng/giảm" then "2021", "2022", "(%)"); a row's number may run into
    its label ("10 Giấy chứng nhận hợp quy")."""
    f = tmp_path / "raw.txt"
    f.write_text(RAW_TABLE, encoding="utf-8")
    lines = DocumentReader().read(f).text.split("\n")
    at = lines.index("TT | Chỉ tiêu | ĐVT | Năm 2021 | Năm 2022 | Tăng/giảm (%)")
    assert lines[at + 1 : at + 4] == [
        "1 | Mẫu phân bón | mẫu | 864 | 1.057 | 22,3",
        "2 | Kiểm định xitéc ô tô | xitéc | 318 | 347 | 9,1",
        "10 | Giấy chứng nhận hợp quy | giấy | 127 | 154 | 21,3",
    ]
    assert "Ghi chú: dấu (-) là giảm." in lines


def test_short_paragraphs_between_blank_lines_are_not_a_table() -> None:
    from ingest.reflow import close_cell_gaps

    text = "BÁO CÁO\n\nKết quả năm 2022\n\nI. ĐẶC ĐIỂM\n\nTrung tâm có 52 người.\n\nII. KẾT QUẢ\n"
    assert close_cell_gaps(text) == text  # fewer than eight cells in a row


def test_a_word_hyphenated_at_the_wrap_is_joined_whole() -> None:
    """OCR and hyphenating typesetters break a word at the line's end ("lườ-" / "ng"); a hyphen after a space
    or a figure joins two words and stays."""
    text = ("Công văn của Tổng cục Tiêu chuẩn Đo lườ-\nng Chất lượng về việc báo cáo kết quả hoạt động năm 2024 của\n"
            "các đơn vị trực thuộc trong giai đoạn 2021-\n2025 và tình hình kinh tế -\nxã hội của tỉnh.")
    assert reflow(text) == ("Công văn của Tổng cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả hoạt động năm 2024 "
                            "của các đơn vị trực thuộc trong giai đoạn 2021- 2025 và tình hình kinh tế - xã hội của tỉnh.")


def test_a_lower_case_word_is_no_heading_of_its_own() -> None:
    """"điều kiện", "phần vốn" open no article ("Điều 5") or part ("Phần II"): the wrapped line goes on."""
    text = ("Chi cục trả lại 5 hồ sơ do không đáp ứng đầy đủ các yêu cầu của tổ chức và cá nhân về\n"
            "điều kiện theo quy định.\nĐiều 5. Hiệu lực thi hành")
    assert reflow(text).split("\n") == [
        "Chi cục trả lại 5 hồ sơ do không đáp ứng đầy đủ các yêu cầu của tổ chức và cá nhân về điều kiện theo quy định.",
        "Điều 5. Hiệu lực thi hành"]


def test_bare_numbers_counting_up_with_the_pages_are_page_numbers() -> None:
    pages = ["Báo cáo\nNội dung trang một.", "2\nNội dung trang hai.", "3\nNội dung trang ba.", "Bảng\n5\n4"]
    assert strip_running_lines(pages) == ["Báo cáo\nNội dung trang một.", "Nội dung trang hai.", "Nội dung trang ba.", "Bảng\n5"]
    assert strip_running_lines(pages[:3]) == pages[:3]  # two numbered pages are no proof


def test_ocr_misread_table_bars_become_cells() -> None:
    """Tesseract reads some "|" of a ruled table as "]", "!" or "l" and loses others in runs of spaces."""
    text = ("Biểu 01. MỘT SỐ CHỈ TIÊU\n| TT  |    Chỉ tiêu |  ĐVT  Năm 2023     Năm 2024\n"
            "1 l Mẫu thử nghiệm   |    mẫu | 1.186  | 1.342\n2  |  Phương tiện đo được hiệu chuẩn ] phương tiện     624     711\n"
            "3  ! Lượt cân đối chứng  ] lượt | 2.870  | 3.105\nGhi chú: l và ] trong câu thường không đổi.")
    assert ocr_table_bars(text).split("\n") == [
        "Biểu 01. MỘT SỐ CHỈ TIÊU", "TT | Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024", "1 | Mẫu thử nghiệm | mẫu | 1.186 | 1.342",
        "2 | Phương tiện đo được hiệu chuẩn | phương tiện | 624 | 711", "3 | Lượt cân đối chứng | lượt | 2.870 | 3.105",
        "Ghi chú: l và ] trong câu thường không đổi."]
    markdown = "| TT | Chỉ tiêu | Số |\n|---|---|---|\n| 1 | Mẫu | 12 |\n| 2 | Hồ sơ | 7 |"
    assert ocr_table_bars(markdown) == markdown  # a table without misread bars is left as it is


def test_a_browsers_print_header_and_footer_go_from_every_page() -> None:
    """Chrome's "Save as PDF": the print date and time, the page title, the URL and "2/5" stacked at each
    page's top (in pypdf's order), the date line and the counter without a letter; the sentence they cut
    through reads as one."""
    stack = ["15/08/2024, 10:42", "Sơ kết công tác 6 tháng đầu năm 2024 của Chi cục TCĐLCL",
             "https://skhcn.quangnam.gov.vn/tin-tuc/so-ket-6-thang-2024.html"]
    bodies = ["Chi cục đã tham mưu ban hành Kế hoạch số 1520/KH-UBND triển khai Chương trình quốc gia \"Nâng cao năng suất dựa trên",
              "nền tảng khoa học, công nghệ\" trên địa bàn tỉnh năm 2024.\nChi cục tiếp nhận 52 hồ sơ.",
              "Kiểm tra 38 cửa hàng xăng dầu.", "Thu 86,5 triệu đồng."]
    pages = ["\n".join(stack + [f"{i}/4", body]) for i, body in enumerate(bodies, 1)]
    out = strip_running_lines(pages)
    assert out[0] == bodies[0] and out[3] == bodies[3]
    text = reflow("\n".join(out))
    assert "dựa trên nền tảng khoa học" in text and "15/08/2024" not in text and "2/4" not in text
    dated = ["30/6/2024\n" + body if i < 3 else body for i, body in enumerate(bodies)]  # not on every page: stays
    assert strip_running_lines(dated)[0].startswith("30/6/2024\n")


def test_a_header_cell_wrapped_after_an_open_bracket_or_before_its_year_is_one_cell() -> None:
    """"Cùng kỳ" over "2023" and "Đạt (%" over "KH năm)" are two header cells, not four; a "Tổng cộng" row
    has no unit to part from its label."""
    head = ["TT", "Loại PTĐ", "ĐVT", "Cùng kỳ", "2023", "6 tháng 2024", "So với cùng kỳ", "(%)", "Kế hoạch năm 2024",
            "Đạt (%", "KH năm)"]
    rows = ["1", "Cân bàn chiếc", "842", "915", "108,7", "1.800", "50,8",
            "2", "Taximet chiếc", "64", "40", "62,5", "120", "33,3",
            "Tổng cộng", "906", "955", "105,4", "1.920", "49,7"]
    lines = stacked_cells("\n".join(["Bảng 1. Kết quả kiểm định", *head, *rows, "Nguồn thu đạt 2,87 tỷ đồng."])).split("\n")
    assert lines[1] == ("TT | Loại PTĐ | ĐVT | Cùng kỳ 2023 | 6 tháng 2024 | So với cùng kỳ (%) | Kế hoạch năm 2024 | "
                        "Đạt (% KH năm)")
    assert lines[2] == "1 | Cân bàn | chiếc | 842 | 915 | 108,7 | 1.800 | 50,8"
    assert lines[4] == "- | Tổng cộng | - | 906 | 955 | 105,4 | 1.920 | 49,7"


def test_lines_of_a_paragraph_broken_where_a_reader_would_not_stop_are_joined() -> None:
    """A bracket still open at a ":" ("(năm 2021:" then "42.676 PTĐ)"), a long line ending in ";" before a
    lower-case line, a period's second year ("nhiệm kỳ 2020" then "- 2025"), a clause broken before its
    figure ("Chi cục tiếp nhận" then "32 hồ sơ"): each is one paragraph. A list after ":" and items ending
    in ";" stay apart."""
    text = "\n".join([
        "Trung tâm Kỹ thuật đã thực hiện kiểm định, hiệu chuẩn 48.736 PTĐ các loại (năm 2021:",
        "42.676 PTĐ), tăng 14,2% so với năm 2021 và bằng 107,6% kế hoạch năm của Chi cục Đà Nẵng.",
        "Năm 2022, tình hình kinh tế - xã hội của thành phố từng bước phục hồi sau đại dịch Covid-19;",
        "hoạt động sản xuất, kinh doanh, du lịch và vận tải hành khách dần trở lại trạng thái bình thường.",
        "Năm 2021 là năm đầu thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ VII, nhiệm kỳ 2020",
        "- 2025, đồng thời là năm dịch bệnh Covid-19 diễn biến hết sức phức tạp trên địa bàn tỉnh nhà.",
        "Trong quý I năm 2024, Chi cục tiếp nhận",
        "32 hồ sơ TTHC thuộc lĩnh vực tiêu chuẩn đo lường chất lượng (cùng kỳ năm 2023: 26 hồ sơ).",
        "Chi cục đã xây dựng, ban hành và triển khai các kế hoạch công tác năm 2024, cụ thể như sau:",
        "- Kế hoạch số 05/KH-TĐC ngày 08/01/2024 về kiểm tra nhà nước về đo lường, chất lượng năm 2024;",
        "- Kế hoạch số 07/KH-TĐC ngày 11/01/2024 về kiểm tra đo lường, chất lượng xăng dầu dịp Tết.",
    ])
    lines = reflow(text).split("\n")
    assert lines[0].endswith("(năm 2021: 42.676 PTĐ), tăng 14,2% so với năm 2021 và bằng 107,6% kế hoạch năm của Chi cục Đà Nẵng.")
    assert "Covid-19; hoạt động sản xuất" in lines[1]
    assert "nhiệm kỳ 2020 - 2025, đồng thời" in lines[2]
    assert "Chi cục tiếp nhận 32 hồ sơ TTHC" in lines[3]
    assert lines[4].endswith("cụ thể như sau:") and lines[5].startswith("- Kế hoạch số 05") and lines[6].startswith("- Kế hoạch số 07")


def test_a_group_row_pasted_from_a_spreadsheet_stays_in_its_table() -> None:
    text = "\n".join([
        "STT\tChỉ tiêu\tĐơn vị tính\tQuý I/2023\tQuý I/2024",
        "I\tKiểm định phương tiện đo\t\t\t",
        "1\tCân các loại\tchiếc\t2.046\t2.315",
        "2\tCột đo xăng dầu\tcột\t597\t684",
        "II\tDịch vụ kỹ thuật khác\t\t\t",
        "3\tHiệu chuẩn PTĐ\tchiếc\t143\t176",
    ])
    assert columns_to_cells(text).split("\n") == [
        "STT | Chỉ tiêu | Đơn vị tính | Quý I/2023 | Quý I/2024",
        "I | Kiểm định phương tiện đo | - | - | -",
        "1 | Cân các loại | chiếc | 2.046 | 2.315",
        "2 | Cột đo xăng dầu | cột | 597 | 684",
        "II | Dịch vụ kỹ thuật khác | - | - | -",
        "3 | Hiệu chuẩn PTĐ | chiếc | 143 | 176",
    ]


def _justify(words: str, width: int = 76) -> str:
    """A line as antiword justifies it: the words spread to ``width`` by runs of spaces differing by one."""
    parts = words.split()
    gaps, extra = divmod(width - sum(map(len, parts)), len(parts) - 1)
    return "".join(w + " " * (gaps + (k < extra)) for k, w in enumerate(parts[:-1])) + parts[-1]


ANTIWORD = "\n".join([
    _justify("Trung tâm Kỹ thuật kiểm định tổng số 12.486 phương tiện đo"),
    _justify("(PTĐ), đạt 104,1% kế hoạch (12.000 PTĐ), tăng 14,8% so"),
    _justify("với năm 2018; trong đó 318 PTĐ không đạt, chiếm 2,5%"),
    "PTĐ được kiểm định. Kết quả như sau:",
]) + """
|STT |Loại phương|Thực hiện |Thực hiện |
|    |tiện đo    |năm 2019  |năm 2018  |
|1   |Công tơ    |8.924     |7.615     |
|    |điện xoay  |          |          |
|    |chiều 1    |          |          |
|    |pha        |          |          |
|2   |Cột đo     |563       |498       |
|    |xăng dầu   |          |          |
|    |Tổng cộng  |12.486    |10.881    |
"""


def test_antiword_tables_fold_their_wrapped_cells_and_justified_prose_stays_prose() -> None:
    """antiword draws a Word table with bars, each cell wrapping onto lines below with an empty first
    cell, and pads justified lines with even runs of spaces, which are no table columns."""
    from ingest.reflow import columns_to_cells, fold_bar_rows

    folded = fold_bar_rows(ANTIWORD)
    assert "STT | Loại phương tiện đo | Thực hiện năm 2019 | Thực hiện năm 2018" in folded
    assert "2 | Cột đo xăng dầu | 563 | 498" in folded and "- | Tổng cộng | 12.486 | 10.881" in folded
    prose = columns_to_cells(ANTIWORD.split("|STT")[0])
    assert " | " not in prose


def test_a_short_numbered_heading_keeps_its_line_above_its_paragraph() -> None:
    text = "\n".join([
        "     a) Kiểm tra nhà nước về chất lượng, đo lường, nhãn hàng hóa",
        "     Thực hiện Kế hoạch kiểm tra năm 2018 được Giám đốc Sở phê duyệt tại Quyết định số 09/QĐ-KHCN",
        "ngày 15/01/2018, Chi cục đã tổ chức 07 đợt kiểm tra theo kế hoạch và 02 đợt kiểm tra đột xuất.",
        "     b) Kiểm tra đo lường xăng dầu tại các cửa hàng bán lẻ trên địa bàn các huyện, thành phố của",
        "     tỉnh trong năm",
    ])
    lines = join_indented(text).split("\n")
    assert lines[0].strip() == "a) Kiểm tra nhà nước về chất lượng, đo lường, nhãn hàng hóa"
    assert lines[1].strip().startswith("Thực hiện Kế hoạch")
    assert lines[-1].strip().endswith("của tỉnh trong năm")  # a heading wrapped to a lower-case line goes on


def test_a_row_number_one_space_from_its_label_is_a_cell() -> None:
    page = "\n".join([
        " TT   Loại phương tiện đo                    Năm 2017        Năm 2018    2018/2017",
        "  9   Huyết áp kế                                 141             168        119,1",
        " 10 Phương tiện đo điện tim, điện não              21              27        128,6",
        " 11 Áp kế (lò hơi, bình chịu áp lực)               64              75        117,2",
    ])
    rows = columns_to_cells(page).split("\n")
    assert rows[2] == "10 | Phương tiện đo điện tim, điện não | 21 | 27 | 128,6"
    assert rows[3].startswith("11 | Áp kế")


def test_empty_cells_among_a_laid_out_rows_figures_still_make_a_row() -> None:
    page = "\n".join([
        "  2   Khí dầu mỏ hóa lỏng (LPG)               22       2        -        -      15,0",
        "  3   Mũ bảo hiểm cho người đi mô tô,         28       3      10        2       12,0",
        "      xe máy",
        "  4   Đồ chơi trẻ em                          31       5        -        -      21,5",
    ])
    rows = columns_to_cells(fold_wrapped_rows(page)).split("\n")
    assert rows[0] == "2 | Khí dầu mỏ hóa lỏng (LPG) | 22 | 2 | - | - | 15,0"
    assert rows[1] == "3 | Mũ bảo hiểm cho người đi mô tô, xe máy | 28 | 3 | 10 | 2 | 12,0"


def test_stacked_table_whose_narrow_number_column_wraps_stt_and_whose_header_cells_end_in_years() -> None:
    """A narrow first column wraps its header "STT" as "ST" then "T"; "Kế hoạch" then "2023" is a header
    cell wrapped before its year, not a row of figures 2023 and 1 (the first row's number)."""
    cells = ["Bảng 5. Chỉ tiêu chủ yếu năm 2023", "ST", "T", "Chỉ tiêu", "Đơn vị tính", "Thực hiện", "2022",
             "Kế hoạch", "2023",
             "1", "Kiểm định phương tiện đo", "PTĐ", "4.749", "5.000",
             "2", "Thử nghiệm mẫu", "mẫu", "487", "500",
             "3", "Thu dịch vụ kỹ thuật", "triệu đồng", "2.846", "3.000",
             "Các nhiệm vụ trọng tâm năm 2023 như sau:"]
    assert stacked_cells("\n".join(cells)).split("\n") == [
        "Bảng 5. Chỉ tiêu chủ yếu năm 2023",
        "STT | Chỉ tiêu | Đơn vị tính | Thực hiện 2022 | Kế hoạch 2023",
        "1 | Kiểm định phương tiện đo | PTĐ | 4.749 | 5.000",
        "2 | Thử nghiệm mẫu | mẫu | 487 | 500",
        "3 | Thu dịch vụ kỹ thuật | triệu đồng | 2.846 | 3.000",
        "Các nhiệm vụ trọng tâm năm 2023 như sau:",
    ]


def test_catdoc_tables_tabbed_rows_parted_by_blank_lines_become_rows_of_cells() -> None:
    # catdoc's text of a Word table: cells parted by tabs, a blank line after each row, a long row wrapped
    # at its width (mid-cell: "(phương" / "tiện)"; at a tab: "… vi phạm" / "Số mẫu …"), a header over two rows
    text = "\n".join([
        "Bảng 1. Kết quả kiểm định", "",
        "TT\tLoại phương tiện đo\tSố lượng kiểm định (phương", "tiện)\tTỷ lệ 2016/2015 (%)", "", "", "",
        "Năm 2015\tNăm 2016", "",
        "\t1\tCân ô tô\t14\t17\t121,4", "",
        "2\tTaximet\t36\t28\t77,8", "",
        "\tTổng cộng\t50\t45\t90,0", "", "",
        "Số phương tiện đo không đạt là 214 phương tiện.",
    ])
    lines = tabbed_rows(text).split("\n")
    assert lines[2] == ("TT | Loại phương tiện đo | Số lượng kiểm định (phương tiện) Năm 2015 | "
                        "Số lượng kiểm định (phương tiện) Năm 2016 | Tỷ lệ 2016/2015 (%)")
    assert lines[3:6] == ["1 | Cân ô tô | 14 | 17 | 121,4", "2 | Taximet | 36 | 28 | 77,8", "- | Tổng cộng | 50 | 45 | 90,0"]
    assert lines[-1] == "Số phương tiện đo không đạt là 214 phương tiện."
    wrapped_at_a_tab = "\n".join([
        "TT\tNhóm hàng hóa\tSố cơ sở vi phạm", "Số mẫu không đạt\tTiền phạt", "(triệu đồng)", "",
        "1\tXăng dầu\t3\t2\t15,0", "", "2\tPhân bón\t2\t3\t12,0", ""])
    assert tabbed_rows(wrapped_at_a_tab).split("\n")[:3] == [
        "TT | Nhóm hàng hóa | Số cơ sở vi phạm | Số mẫu không đạt | Tiền phạt (triệu đồng)",
        "1 | Xăng dầu | 3 | 2 | 15,0", "2 | Phân bón | 2 | 3 | 12,0"]


def test_tabbed_rows_line_by_line_and_tabbed_letterheads_are_left_alone() -> None:
    one_per_line = "TT\tChỉ tiêu\tKế hoạch\n1\tKiểm định\t10.000\n2\tHiệu chuẩn\t250\n3\tThử nghiệm\t600\n4\tDoanh thu\t1.700\n"
    assert tabbed_rows(one_per_line) == one_per_line  # (columns_to_cells reads those)
    letterhead = "Số: 152/BC-TĐC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNơi nhận:\tCHI CỤC TRƯỞNG\n\n- Lưu: VT.\tNông Văn Thịnh\n"
    assert tabbed_rows(letterhead) == letterhead


def test_a_names_capital_inside_a_pdf_word_starts_the_next_word() -> None:
    texts = part_glued_words(["1 | Thành phốQuảng Ngãi | 46", "3 | Huyện BìnhSơn | 38 và ĐứcPhổ", "VietGAP, iPhone, NGhIệP"])
    assert texts == ["1 | Thành phố Quảng Ngãi | 46", "3 | Huyện Bình Sơn | 38 và Đức Phổ", "VietGAP, iPhone, NGhIệP"]


def test_a_footer_read_as_cells_on_some_pages_and_as_one_line_on_others_goes() -> None:
    pages = [f"Nội dung trang {n} về kiểm định.\nChi cục TCĐLCL Quảng Ngãi Trang {n}/5" for n in (1, 2, 3)]
    pages += [f"Nội dung trang {n} về kiểm định.\nChi cục TCĐLCL Quảng Ngãi | Trang {n}/5" for n in (4, 5)]
    assert all("Trang" not in p for p in strip_running_lines(pages))


def test_a_short_numbered_heading_ending_on_an_open_word_keeps_its_line() -> None:
    """"1. Kết quả đạt được" ends on "được", a word a wrapped sentence often breaks after; a numbered heading
    that short is a line of its own all the same. A wide numbered item wrapped after "được" goes on."""
    wide = "Năm 2023, Chi cục đã tổ chức kiểm tra chất lượng xăng dầu tại 46 cửa hàng bán lẻ trên địa bàn tỉnh"
    text = "\n".join([
        wide,
        "và lấy 92 mẫu gửi thử nghiệm theo kế hoạch đã được phê duyệt của Sở Khoa học và Công nghệ.",
        "1. Kết quả đạt được",
        "Năm 2023, Chi cục đã hoàn thành và hoàn thành vượt mức hầu hết các chỉ tiêu được giao trong năm.",
        "2. Chi cục đã tổ chức kiểm tra 38 cơ sở kinh doanh mũ bảo hiểm, đồ chơi trẻ em và đã phát hiện được",
        "Năm cơ sở vi phạm về nhãn hàng hóa.",
    ])
    lines = reflow(text).split("\n")
    assert "1. Kết quả đạt được" in lines
    assert lines[-1].endswith("đã phát hiện được Năm cơ sở vi phạm về nhãn hàng hóa.")


def test_word_table_cells_written_by_docx2txt_are_read_as_rows() -> None:
    """docx2txt writes a Word table a cell per line, a blank line after each and more where cells are empty
    (merged), and may write the later rows without blank lines; a row's label may be longer than a header's."""
    from ingest.reflow import close_cell_gaps, stacked_cells

    text = "\n".join([
        "Bảng 1. Kết quả tiếp nhận hồ sơ công bố hợp chuẩn, hợp quy quý I năm 2025", "",
        "TT", "", "Nhóm sản phẩm, hàng hóa", "", "Công bố hợp quy", "(hồ sơ)", "", "Công bố hợp chuẩn", "(hồ sơ)", "",
        "Tổng số (hồ sơ)", "", "", "", "1", "", "Vật liệu xây dựng (xi măng, gạch, đá ốp lát, cát nghiền)", "",
        "21", "3", "24", "2", "Thép làm cốt bê tông", "5", "0", "5", "3", "Đồ chơi trẻ em", "2", "0", "2", "",
        "So với cùng kỳ năm 2024 (38 hồ sơ), số hồ sơ công bố tăng 21,1%.",
    ])
    lines = stacked_cells(close_cell_gaps(text)).split("\n")
    assert lines[2:6] == [
        "TT | Nhóm sản phẩm, hàng hóa | Công bố hợp quy (hồ sơ) | Công bố hợp chuẩn (hồ sơ) | Tổng số (hồ sơ)",
        "1 | Vật liệu xây dựng (xi măng, gạch, đá ốp lát, cát nghiền) | 21 | 3 | 24",
        "2 | Thép làm cốt bê tông | 5 | 0 | 5",
        "3 | Đồ chơi trẻ em | 2 | 0 | 2",
    ]
    assert lines[-1].startswith("So với cùng kỳ năm 2024")


def test_a_libreoffice_text_table_with_a_two_row_header_and_an_unnumbered_total() -> None:
    """LibreOffice's "Text" export writes each cell on a line; the lower header row's cells merged down from
    above are blank lines (collapsed to one), and a total row's empty number cell is a blank line too."""
    text = "\n".join([
        "Bảng 1. Kết quả kiểm định phương tiện đo năm 2018",
        "TT", "Loại phương tiện đo", "Đơn vị tính", "Năm 2018", "Năm 2017", "(cùng kỳ)", "Tỷ lệ (%)", "",
        "Kế hoạch", "Thực hiện", "", "TH/KH", "TH 2018/", "TH 2017",
        "1", "Công tơ điện xoay chiều 1 pha", "chiếc", "9.000", "9.846", "8.512", "109,4", "115,7",
        "2", "Đồng hồ nước lạnh", "chiếc", "4.500", "5.128", "4.093", "114,0", "125,3",
        "", "Cộng", "PTĐ", "13.500", "14.974", "12.605", "110,9", "118,8",
        "Một số loại PTĐ không đạt kế hoạch đề ra do nhu cầu của khách hàng giảm.",
    ])
    lines = stacked_cells(text).split("\n")
    assert ("TT | Loại phương tiện đo | Đơn vị tính | Năm 2018 Kế hoạch | Năm 2018 Thực hiện | Năm 2017 (cùng kỳ) | "
            "Tỷ lệ (%) TH/KH | Tỷ lệ (%) TH 2018/ TH 2017") in lines
    assert "2 | Đồng hồ nước lạnh | chiếc | 4.500 | 5.128 | 4.093 | 114,0 | 125,3" in lines
    assert "- | Cộng | PTĐ | 13.500 | 14.974 | 12.605 | 110,9 | 118,8" in lines


def test_one_group_of_lower_header_cells_is_shared_by_the_cells_above() -> None:
    text = "\n".join([
        "TT", "Lĩnh vực kiểm tra", "Số cơ sở được kiểm tra", "Số cơ sở vi phạm", "",
        "Năm 2018", "Năm 2017", "Năm 2018", "Năm 2017",
        "1", "Xăng dầu", "48", "52", "5", "7",
        "2", "Vàng trang sức, mỹ nghệ", "17", "15", "2", "3",
    ])
    lines = stacked_cells(text).split("\n")
    assert lines[0] == ("TT | Lĩnh vực kiểm tra | Số cơ sở được kiểm tra Năm 2018 | Số cơ sở được kiểm tra Năm 2017 | "
                        "Số cơ sở vi phạm Năm 2018 | Số cơ sở vi phạm Năm 2017")
    assert lines[1] == "1 | Xăng dầu | 48 | 52 | 5 | 7"


CENTRED = """\
     Bảng 3. Kết quả kiểm định, hiệu chuẩn năm 2019
                                              Năm
                                                            Năm 2019             So sánh (%)
                                              2018
 TT            Chỉ tiêu            ĐVT
                                              Thực       Kế         Thực                2019/201
                                                                              TH/KH
                                              hiện      hoạch       hiện                   8
  1    Kiểm định công tơ điện     chiếc       12.410     13.000     13.562      104,3      109,3
       Hiệu chuẩn phương tiện
  2                               chiếc        2.118      2.200      2.305      104,8      108,8
       đo
                                   triệu
       Doanh thu dịch vụ kỹ       đồng/
  3                                              904        950      1.021      107,5      112,9
       thuật                      người/
                                  tháng
     4. Các hoạt động khác
"""


def test_a_laid_out_table_with_cells_centred_on_their_rows() -> None:
    """pdftotext -layout of a table whose cells sit in the middle of their rows: a wrapped label has lines
    above its figures as well as below, the header's cells wrap and "Năm 2019" heads two columns. Each row
    is read whole, and the heading below the table stays out of its last row."""
    lines = columns_to_cells(fold_wrapped_rows(fold_centred_rows(CENTRED))).split("\n")
    assert "TT | Chỉ tiêu | ĐVT | Năm 2018 Thực hiện | Năm 2019 Kế hoạch | Năm 2019 Thực hiện | " \
           "So sánh (%) TH/KH | So sánh (%) 2019/2018" in lines
    assert "1 | Kiểm định công tơ điện | chiếc | 12.410 | 13.000 | 13.562 | 104,3 | 109,3" in lines
    assert "2 | Hiệu chuẩn phương tiện đo | chiếc | 2.118 | 2.200 | 2.305 | 104,8 | 108,8" in lines
    assert "3 | Doanh thu dịch vụ kỹ thuật | triệu đồng/ người/ tháng | 904 | 950 | 1.021 | 107,5 | 112,9" in lines
    assert "     4. Các hoạt động khác" in lines


def test_a_laid_out_table_with_cells_wrapping_below_is_left_to_fold_wrapped_rows() -> None:
    """A table whose wrapped cells only run below their row's figures is not a centred one."""
    text = """\
  TT   Nội dung                           Kế hoạch   Thực hiện   Năm 2018
  1    Hiệu chuẩn phương tiện đo          1.100      1.245       1.087
       và chuẩn đo lường
  2    Thử nghiệm mẫu hàng hóa            800        856         772
  3    Kiểm định công tơ điện             9.000      9.412       8.806
"""
    assert fold_centred_rows(text) == text


def test_stacked_table_whose_quarter_header_cells_wrap_before_their_quarter() -> None:
    """A narrow column's header "Quý I/2023" wraps as "Quý" then "I/2023": one cell, not two, so the first
    row is not glued to the header's last lines (as "I/2024 Kế hoạch năm 2024 Kiểm định")."""
    cells = ["Bảng 2. Doanh thu quý I/2024 theo lĩnh vực (triệu đồng)", "Lĩnh vực", "Quý", "I/2023", "Quý", "I/2024",
             "Kế hoạch", "năm 2024",
             "Kiểm định", "1.098,6", "1.253,2", "5.400",
             "Thử nghiệm", "287,9", "312,4", "1.350",
             "Tổng cộng", "1.612,8", "1.846,5", "8.000",
             "7. Công tác tổ chức, cán bộ"]
    assert stacked_cells("\n".join(cells)).split("\n") == [
        "Bảng 2. Doanh thu quý I/2024 theo lĩnh vực (triệu đồng)",
        "Lĩnh vực | Quý I/2023 | Quý I/2024 | Kế hoạch năm 2024",
        "Kiểm định | 1.098,6 | 1.253,2 | 5.400",
        "Thử nghiệm | 287,9 | 312,4 | 1.350",
        "Tổng cộng | 1.612,8 | 1.846,5 | 8.000",
        "7. Công tác tổ chức, cán bộ",
    ]


def test_a_stacked_header_of_half_year_columns_is_not_read_as_wrapped_prose() -> None:
    """A header given a cell per line, "Tên PTĐ" then "6 tháng" then "2022": the short lines are cells, not a
    sentence wrapped before its figure ("Tên PTĐ 6 tháng 2022" was one cell, and "TT" was written twice)."""
    page = "\n".join([
        "Trong tổng số PTĐ đã kiểm định, công tơ điện 1 pha chiếm tỷ trọng lớn nhất, tiếp đến là đồng hồ đo",
        "nước lạnh và cân đồng hồ lò xo; kết quả kiểm định chi tiết theo từng loại PTĐ như Bảng 1 dưới đây.",
        "Bảng 1. Kết quả kiểm định PTĐ 6 tháng đầu năm 2023 so với cùng kỳ",
        "TT", "Tên PTĐ", "6 tháng", "2022", "6 tháng", "2023", "So sánh", "(%)",
        "1", "Công tơ điện 1 pha", "14.250", "15.480", "108,6",
        "2", "Công tơ điện 3 pha", "1.120", "1.265", "112,9",
        "3", "Đồng hồ đo nước lạnh", "4.860", "5.312", "109,3",
    ])
    lines = stacked_cells(reflow(page)).split("\n")
    assert "TT | Tên PTĐ | 6 tháng 2022 | 6 tháng 2023 | So sánh (%)" in lines, lines
    assert "2 | Công tơ điện 3 pha | 1.120 | 1.265 | 112,9" in lines, lines


def _aligned_table(header_lines: list[str], blank_between: bool) -> str:
    rows = ["1   Cột đo xăng dầu          cột     3.600      964       2.786",
            "2   Đồng hồ đo nước lạnh     chiếc   9.000      2.318     6.745",
            "3   Cân ô tô                 chiếc   520        141       398",
            "    Tổng cộng                        13.120     3.423     9.929"]
    body = ("\n\n" if blank_between else "\n").join(rows)
    return "Bảng 1. Kết quả kiểm định\n\n" + "\n".join(header_lines) + "\n" + body + "\n\nNhư vậy, khối lượng tăng.\n"


def test_a_total_row_leaving_its_number_and_unit_empty_keeps_its_figures_in_their_columns(tmp_path) -> None:  # noqa: ANN001
    """A space-aligned table's "Tổng cộng" row has no row number and no unit: its figures stay under "Kế hoạch",
    "Quý III" and "Lũy kế", not under the label and unit columns (whether the header wraps or not)."""
    one_line = ["TT  Loại phương tiện đo      ĐVT     Kế hoạch   Quý III   Lũy kế"]
    wrapped = ["TT  Loại phương tiện đo      ĐVT     Kế hoạch   Quý III   Lũy kế",
               "                                     năm 2023   /2023     9 tháng"]
    for n, (header, apart) in enumerate(((one_line, False), (wrapped, False), (one_line, True))):
        path = tmp_path / f"bang{n}.txt"
        path.write_text(_aligned_table(header, apart), encoding="utf-8")
        lines = DocumentReader().read(path).text.split("\n")
        assert "- | Tổng cộng | - | 13.120 | 3.423 | 9.929" in lines, lines


def test_a_sideways_tables_cells_one_per_line_stay_apart_from_its_caption_and_each_other() -> None:
    """A landscape table drawn turned on a portrait page reads a cell per line: its bracketed caption line does not
    run on into the header's "TT", nor does a header cell "Cả năm" into "Kế hoạch"; "Kế hoạch năm" then "2023"
    is one cell wrapped."""
    page = "\n".join([
        "Phụ lục 2: Doanh thu theo quý năm 2023 (triệu đồng)",
        " (Kèm theo Báo cáo số 09/BC-TTKT ngày 12/01/2024 của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng)",
        " TT", " Hoạt động", " Quý I", " Quý II", " Cả năm", " Kế hoạch", " % KH",
        "1", "Kiểm định", "1.845", "2.312", "4.157", "4.000", "103,9",
        "2", "Hiệu chuẩn", "412", "538", "950", "1.000", "95,0",
    ])
    lines = [ln.strip() for ln in reflow(page).split("\n")]
    assert lines[1].endswith("Đo lường Chất lượng)") and lines[2] == "TT"
    assert "Cả năm" in lines and "Kế hoạch" in lines
    table = stacked_cells(reflow(page))
    assert "TT | Hoạt động | Quý I | Quý II | Cả năm | Kế hoạch | % KH" in table, table
    assert "1 | Kiểm định | 1.845 | 2.312 | 4.157 | 4.000 | 103,9" in table, table
    assert reflow("Kế hoạch năm\n2023") == "Kế hoạch năm 2023"
