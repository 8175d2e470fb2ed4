"""Chunking: sentences that survive Vietnamese abbreviations and numbers, section headings, photo
captions kept apart, exact offsets into the normalised text, PDF pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import DocumentReader
from ingest.splitter import SentenceSplitter, is_caption, split_sentences

ROOT = Path(__file__).resolve().parents[2]
R2021 = ROOT / "data" / "reports" / "000_a13a535d0f93ab91.txt"
R2016 = ROOT / "data" / "reports" / "002_ab2e45aba8c90e35.txt"


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hội thảo tại TP. Hồ Chí Minh vào ngày 26/3/2021 đã thành công.",
        "Sản lượng đạt 6.946.305,937 tấn, tăng 15,9% so với năm 2015.",
        "Kiểm tra 1.641 mẫu, khảo sát 659 mẫu.",
        "Theo PGS. TS. Nguyễn Văn A, kết quả tốt.",
        "Ông Trần Văn Vinh - Tổng cục trưởng phát biểu.",
    ],
)
def test_sentences_are_not_cut_inside(sentence: str) -> None:
    assert _sentences(sentence + " Câu sau.") == [sentence, "Câu sau."]


def test_sentence_spans_are_offsets() -> None:
    text = "Câu một. Câu hai? Câu ba!\nDòng mới không dấu chấm"
    spans = split_sentences(text, offset=100)
    assert [text[s - 100 : e - 100] for s, e in spans] == ["Câu một.", "Câu hai?", "Câu ba!", "Dòng mới không dấu chấm"]


@pytest.fixture(scope="module")
def reports() -> dict[str, tuple[str, list]]:
    out = {}
    for path in (R2021, R2016):
        doc = DocumentReader().read(path)
        out[path.name] = (doc.text, SentenceSplitter().split(doc.text, doc.page_starts, title=doc.title))
    return out


def test_chunks_are_exact_slices_within_size(reports) -> None:  # noqa: ANN001
    for text, chunks in reports.values():
        assert chunks
        for c in chunks:
            assert text[c.start : c.end] == c.text
            assert len(c.text) <= 700
            assert c.text == c.text.strip() and c.page is None


def test_no_text_is_lost(reports) -> None:  # noqa: ANN001
    for text, chunks in reports.values():
        covered = bytearray(len(text))
        for c in chunks:
            covered[c.start : c.end] = b"\x01" * (c.end - c.start)
        lost = "".join(ch for ch, k in zip(text, covered) if not k and not ch.isspace())
        assert lost == ""


def test_2021_section_headings_become_chunk_sections(reports) -> None:  # noqa: ANN001
    text, chunks = reports[R2021.name]
    sections = {c.section for c in chunks}
    assert {
        "Triển khai hiệu quả, đồng bộ hệ thống TCVN, QCVN",
        "Hoạt động đo lường nhanh chóng, kịp thời góp phần nâng cao chất lượng",
        "Hoạt động hợp tác quốc tế - tiếp tục hoàn thành xuất sắc vai trò trung tâm",
        "10 nhiệm vụ trọng tâm trong năm 2022",
    } <= sections
    number = next(c for c in chunks if "trình công bố 389 TCVN" in c.text)
    assert number.section == "Triển khai hiệu quả, đồng bộ hệ thống TCVN, QCVN"
    heading = text.index("Hoạt động đo lường nhanh chóng")
    assert any(c.start == heading for c in chunks)  # the heading opens its section's first chunk


def test_photo_captions_are_their_own_flagged_chunks(reports) -> None:  # noqa: ANN001
    captions_2021 = {c.text for c in reports[R2021.name][1] if c.is_caption}
    captions_2016 = {c.text for c in reports[R2016.name][1] if c.is_caption}
    assert "Toàn cảnh Hội nghị." in captions_2021
    assert "Phó Tổng cục trưởng phụ trách Tổng cục TCĐLCL Hà Minh Hiệp phát biểu chỉ đạo tại Hội nghị." in captions_2021
    assert "Tổng cục trưởng Trần Văn Vinh phát biểu khai mạc Hội nghị. Ảnh HT" in captions_2016
    assert any(t.endswith("của Tổng cục TCĐLCL. Ảnh HT") for t in captions_2016)
    for _, chunks in reports.values():
        for c in chunks:
            if not c.is_caption:
                assert "Ảnh HT" not in c.text and "Toàn cảnh Hội nghị." not in c.text


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Toàn cảnh Hội nghị.", True),
        ("Quang cảnh buổi lễ", True),
        ("Bộ trưởng tham dự Hội nghị. Ảnh HT", True),
        ("Các đại biểu chụp ảnh lưu niệm (Ảnh: Minh Anh)", True),
        ("Trong năm 2021, Tổng cục đã trình công bố 389 TCVN; tiếp nhận 39 dự thảo QCVN.", False),
        ("Triển khai hiệu quả, đồng bộ hệ thống TCVN, QCVN", False),
        ("(Đã ký)", False),  # a signature block's mark, no photo's caption
        ("(Đã ký và đóng dấu)", False),
    ],
)
def test_is_caption(line: str, caption: bool) -> None:
    assert is_caption(line) is caption


WRAPPED = (
    "Điều 3. Cơ quan đăng ký kinh doanh\n"
    "Cơ quan đăng ký kinh doanh được tổ chức ở tỉnh, thành phố trực thuộc Trung ương và ở\n"
    "huyện, quận, thị xã, thành phố thuộc tỉnh (sau đây gọi chung là cấp huyện), bao gồm các\n"
    "Phòng đăng ký kinh doanh trong Sở Kế hoạch và Đầu tư (sau đây gọi chung là Phòng\n"
    "đăng ký kinh doanh cấp tỉnh) và Phòng đăng ký kinh doanh cấp huyện theo Nghị định số\n"
    "86/2002/NĐ-CP của Chính phủ.\n"
    "Điều 4. Nhiệm vụ của Phòng đăng ký kinh doanh cấp tỉnh\n"
    "Trực tiếp nhận hồ sơ đăng ký kinh doanh, xem xét tính hợp lệ của hồ sơ và cấp\n"
    "hoặc từ chối cấp Giấy chứng nhận đăng ký kinh doanh cho doanh nghiệp."
)


def test_lines_wrapped_by_a_pdf_are_one_paragraph() -> None:
    # each wrapped line alone would look like a heading or (with "đăng ký", "nhận") a photo caption
    splitter = SentenceSplitter()
    kinds = [(b.kind, WRAPPED[b.start : b.end].split("\n")[0][:20]) for b in splitter.blocks(WRAPPED)]
    assert kinds == [
        ("heading", "Điều 3. Cơ quan đăng"), ("body", "Cơ quan đăng ký kinh"),
        ("heading", "Điều 4. Nhiệm vụ của"), ("body", "Trực tiếp nhận hồ sơ"),
    ]
    chunks = splitter.split(WRAPPED)
    assert not any(c.is_caption for c in chunks)
    body = next(c for c in chunks if "86/2002/NĐ-CP" in c.text)
    assert body.section == "Điều 3. Cơ quan đăng ký kinh doanh" and WRAPPED[body.start : body.end] == body.text
    assert "tổ chức ở tỉnh" in body.text  # the whole wrapped sentence, across its lines


def test_pdf_pages_on_chunks() -> None:
    page1 = "Trang một. " + "Nội dung trang một rất dài. " * 30
    page2 = "Trang hai. " + "Nội dung trang hai. " * 5
    text = page1.strip() + "\n\n" + page2.strip()
    chunks = SentenceSplitter(chunk_chars=300).split(text, page_starts=[0, len(page1.strip()) + 2])
    assert {c.page for c in chunks if "trang một" in c.text} == {1}
    assert {c.page for c in chunks if "trang hai" in c.text} == {2}


def test_overlong_sentence_is_cut_at_clause_boundaries() -> None:
    sentence = "; ".join(f"kiểm định {i} phương tiện đo tại đơn vị số {i}" for i in range(60)) + "."
    chunks = SentenceSplitter(chunk_chars=300).split(sentence)
    assert len(chunks) > 5 and all(len(c.text) <= 300 for c in chunks)
    assert all(sentence[c.start : c.end] == c.text for c in chunks)


def test_chunk_size_is_validated() -> None:
    with pytest.raises(ValueError):
        SentenceSplitter(chunk_chars=50)


def test_numbered_outline_gives_section_paths() -> None:
    from ingest.splitter import PATH_SEP, SentenceSplitter, outline_level

    text = ("Báo cáo năm 2019\n\nI. KẾT QUẢ NĂM 2019\n\n1. Công tác đo lường\n\nĐã kiểm định 836 cột đo xăng dầu trong năm.\n\n"
            "a) Kiểm tra nhà nước\n\nĐã kiểm tra 126 cơ sở kinh doanh xăng dầu.\n\nII. NHIỆM VỤ NĂM 2020\n\n"
            "1. Kiểm định khoảng 19.500 phương tiện đo các loại; phấn đấu thu 4,5 tỷ đồng.\n\n"
            "2. Tổ chức 14 lớp đào tạo cho khoảng 750 học viên.\n")
    sections = {c.text.split("\n")[-1][:20]: c.section for c in SentenceSplitter().split(text)}
    by_text = {c.section for c in SentenceSplitter().split(text)}
    assert f"I. KẾT QUẢ NĂM 2019{PATH_SEP}1. Công tác đo lường{PATH_SEP}a) Kiểm tra nhà nước" in by_text
    # numbered sentences under "II." are list items of that section, not headings of their own
    plan = [c for c in SentenceSplitter().split(text) if "19.500" in c.text]
    assert plan and plan[0].section == "II. NHIỆM VỤ NĂM 2020", sections
    assert outline_level("2.1. Đo lường") == 3 and outline_level("2. Kiểm định 19.500 PTĐ; hiệu chuẩn 3 chuẩn.") is None


def test_numbered_lines_outside_an_outline_stay_body_text() -> None:
    from ingest.splitter import SentenceSplitter

    text = "Chương III\n\nĐiều 7. Tên doanh nghiệp\n\n1. Doanh nghiệp phải có tên riêng\n\nTên doanh nghiệp phải viết được bằng tiếng Việt và có thể kèm theo chữ số.\n"
    assert {c.section for c in SentenceSplitter().split(text)} <= {None, "Chương III", "Điều 7. Tên doanh nghiệp"}


def test_parts_tables_and_unit_lines_in_the_outline() -> None:
    """An upper-case part title over numbered headings ("PHẦN THỨ HAI / PHƯƠNG HƯỚNG … NĂM 2020") opens a
    section of its own; table rows, rows of figures and "Đơn vị tính" lines are never headings; a
    signature's "PHÓ CHI CỤC TRƯỞNG" is no part."""
    from ingest.splitter import PATH_SEP, SentenceSplitter

    text = ("I. KẾT QUẢ NĂM 2019\n\n1. Tài chính\n\nBảng 1. Doanh thu theo lĩnh vực\nĐơn vị tính: triệu đồng\n"
            "TT | Lĩnh vực | Năm 2018 | Năm 2019\n1 | Thử nghiệm | 248.315 | 236.904\n"
            "2 Kiểm định 171.482 158.267\nTổng doanh thu cả năm của Trung tâm đạt 395.171 triệu đồng.\n\n"
            "PHẦN THỨ HAI\nPHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020\n1. Một số chỉ tiêu chủ yếu\n"
            "Kiểm tra 55 cửa hàng xăng dầu; kiểm tra 130 mẫu hàng đóng gói sẵn.\n\n"
            "KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG\n(Đã ký)\nLò Thị Mai\n")
    chunks = SentenceSplitter().split(text)
    section_of = {n: next(c.section for c in chunks if n in c.text) for n in ("236.904", "158.267", "55 cửa hàng", "Lò Thị Mai")}
    assert section_of["236.904"] == section_of["158.267"] == f"I. KẾT QUẢ NĂM 2019{PATH_SEP}1. Tài chính"
    assert section_of["55 cửa hàng"] == f"PHẦN THỨ HAI PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020{PATH_SEP}1. Một số chỉ tiêu chủ yếu"
    assert "TRƯỞNG" not in (section_of["Lò Thị Mai"] or "")


def test_an_appendix_after_the_signature_is_a_section_of_its_own() -> None:
    """"Phụ lục: …" after the last part ("B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025") is not inside it: its rows
    are no plans for 2025."""
    from ingest.splitter import SentenceSplitter

    text = ("A. KẾT QUẢ NĂM 2024\n\nI. ĐO LƯỜNG\n\nĐã kiểm định 41.862 phương tiện đo.\n\n"
            "B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n\nI. CHỈ TIÊU\n\nKiểm định 43.000 phương tiện đo.\n\n"
            "Phụ lục: Kết quả thực hiện các chỉ tiêu năm 2024\n"
            "TT | Chỉ tiêu | ĐVT | Năm 2024\n1 | Kiểm định xitéc ô tô | xitéc | 118\n")
    chunks = SentenceSplitter().split(text)
    assert next(c.section for c in chunks if "118" in c.text) == "Phụ lục: Kết quả thực hiện các chỉ tiêu năm 2024"
    assert "2025" in next(c.section for c in chunks if "43.000" in c.text)


def test_a_signers_name_stays_with_the_signature_block() -> None:
    """"GIÁM ĐỐC / (Đã ký) / Phạm Văn Thắng" and what follows it: the name is no heading of what follows, so
    the role, the mark and the name are one chunk (a question "Ai ký …?" reads them together)."""
    text = ("Trên đây là báo cáo sơ kết 6 tháng đầu năm 2024 của Trung tâm./.\nNơi nhận:\n- Sở KH&CN;\n- Lưu: VT.\n"
            "GIÁM ĐỐC\n(Đã ký)\nPhạm Văn Thắng\nSố liệu kỳ trước (tham khảo): 6 tháng đầu năm 2023 và cả năm 2023\n")
    chunks = SentenceSplitter().split(text)
    signed = [c for c in chunks if "Phạm Văn Thắng" in c.text]
    assert signed and all("(Đã ký)" in c.text and not c.is_caption for c in signed)
    assert all("Phạm Văn Thắng" not in (c.section or "") for c in chunks)


def test_a_value_shown_as_a_card_or_badge_is_no_heading() -> None:
    """A web page's statistic cards and badges ("Đạt 48,3% KH năm", "4.872,9 triệu đồng") above a table or a
    paragraph are values, not section headings: the table stays with its caption and keeps its section."""
    from ingest.splitter import is_heading

    body = "Trong 6 tháng đầu năm, Trung tâm đã kiểm định 36.234 phương tiện đo các loại trên địa bàn tỉnh."
    for line in ("Đạt 48,3% KH năm", "Tăng 9,9% so với cùng kỳ", "4.872,9 triệu đồng"):
        assert not is_heading(line, body), line
    for line in ("Kết quả năm 2023", "Thực hiện Nghị định 105/2016/NĐ-CP", "Doanh thu 6 tháng đầu năm"):
        assert is_heading(line, body), line
    text = ("1. Công tác kiểm định phương tiện đo\n" + body + "\nBảng 1. Kết quả kiểm định 6 tháng đầu năm 2024\n"
            "Đạt 48,3% KH năm\nTT | Loại phương tiện đo | Kế hoạch năm 2024 | Thực hiện\n1 | Cân ô tô | 180 | 96\n")
    chunks = SentenceSplitter().split(text)
    row = next(c for c in chunks if "Cân ô tô" in c.text)
    assert "48,3%" not in (row.section or "") and "Bảng 1." in row.text


def test_a_lead_line_starts_the_chunk_of_the_lines_it_leads() -> None:
    """"Cả năm 2023:" above its figures: when the chunk before is full, the lead line opens the next chunk too,
    so the figures under it are read with their year."""
    text = ("Số liệu kỳ trước (tham khảo)\nTrung tâm đã triển khai đồng bộ các nhiệm vụ chuyên môn được giao trong năm.\n"
            "Cả năm 2023:\nKiểm định 71.562 PTĐ; thử nghiệm 2.645 mẫu.\n"
            "Doanh thu 11.486,2 triệu đồng; nộp ngân sách nhà nước 812,6 triệu đồng.\n")
    chunks = SentenceSplitter(chunk_chars=180).split(text)  # (the first chunk is full with the lead line)
    assert len(chunks) == 2 and chunks[0].text.endswith("Cả năm 2023:")
    assert all(c.text.startswith("Cả năm 2023:") for c in chunks if "71.562" in c.text)


def test_a_tables_caption_and_unit_lines_open_the_chunk_of_its_rows() -> None:
    """"Bảng 3. Doanh thu …" and "Đơn vị tính: triệu đồng" above the rows: when the chunk before is full, both
    open the chunk of the rows too, so rows saying only "Thử nghiệm | 2.100,0" are found by "doanh thu"."""
    text = ("7. Tình hình tài chính\nTổng doanh thu năm 2022 của Trung tâm đạt 12.486,7 triệu đồng, bằng 113,5% kế "
            "hoạch, tăng 14,2% so với năm 2021.\nBảng 3. Doanh thu năm 2022 theo lĩnh vực\nĐơn vị tính: triệu đồng\n"
            "TT | Lĩnh vực | Kế hoạch 2022 | Thực hiện 2022\n1 | Kiểm định PTĐ | 6.200,0 | 7.035,8\n"
            "2 | Thử nghiệm | 2.100,0 | 2.264,9\n")
    chunks = SentenceSplitter(chunk_chars=260).split(text)  # (the caption fills the first chunk)
    rows = [c for c in chunks if "Thử nghiệm | 2.100,0" in c.text]
    assert rows and all(c.text.startswith("Bảng 3. Doanh thu năm 2022 theo lĩnh vực\nĐơn vị tính") for c in rows)
