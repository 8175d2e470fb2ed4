"""Report metadata: stable ids, titles (stated, inferred, official documents), the year under
review, publication date and author."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import (extract_date, extract_metadata, extract_title, extract_year, official_title, usable_author,
                             usable_title)
from ingest.pipeline import DocumentReader, doc_id_for

ROOT = Path(__file__).resolve().parents[2]
R2021 = ROOT / "data" / "reports" / "000_a13a535d0f93ab91.txt"
R2016 = ROOT / "data" / "reports" / "002_ab2e45aba8c90e35.txt"


def test_doc_ids_are_stable_readable_slugs() -> None:
    assert doc_id_for(R2021) == "000-a13a535d0f93ab91"
    assert doc_id_for(Path("/x/Báo cáo Tổng kết 2021 (bản cuối).pdf")) == "bao-cao-tong-ket-2021-ban-cuoi"
    assert doc_id_for(Path("/other/folder/Báo cáo Tổng kết 2021 (bản cuối).pdf")) == "bao-cao-tong-ket-2021-ban-cuoi"
    assert len(doc_id_for(Path("ĐĐĐ.txt"))) >= 3
    assert doc_id_for(Path("!!!.txt")) == doc_id_for(Path("!!!.txt")) != ""


def test_2021_report_metadata() -> None:
    doc = DocumentReader().read(R2021)
    assert doc.title == ("Khối cơ quan Tổng cục TCĐLCL: Hoàn thành tốt nhiệm vụ, góp phần thực hiện thắng lợi "
                         "mục tiêu phát triển KT-XH")
    assert doc.year == 2021  # not 2022, the year of the plans it lists
    assert doc.date == "2021-12-28"  # "Ngày viết: Thứ Ba, Tháng Mười Hai 28, 2021"
    assert doc.author == "Trương Vân"


def test_2016_report_metadata_title_inferred_year_under_review() -> None:
    doc = DocumentReader().read(R2016)
    # no title line (it opens with a photo caption): inferred from the "tổng kết công tác năm" phrase
    assert doc.title == "Hội nghị Tổng kết Công tác năm 2016 và Phương hướng nhiệm vụ năm 2017 của Tổng cục TCĐLCL"
    assert doc.year == 2016  # it talks about the 2017 plans at length
    assert doc.date is None and doc.author is None


def test_overrides_win(tmp_path: Path) -> None:
    doc = DocumentReader().read(R2016, year=2017, title="Báo cáo khác")
    assert (doc.year, doc.title) == (2017, "Báo cáo khác")


def test_year_without_a_review_phrase() -> None:
    text = (
        "Trong năm 2019, đơn vị đã kiểm định 120 phương tiện đo. Kết thúc năm 2019 với nhiều thành tích.\n"
        "Phương hướng nhiệm vụ năm 2020: tiếp tục đẩy mạnh. Kế hoạch năm 2020 gồm 5 nội dung. Nhiệm vụ năm 2020 khác."
    )
    assert extract_year(text) == 2019  # plan years count little
    # never after the publication date: then the publication year
    assert extract_year("Năm 2023 đã làm được nhiều việc. Năm 2023 là năm bản lề.", date="2022-12-01") == 2022
    assert extract_year("Không có năm nào.", date="2022-12-01") == 2022


def test_full_dates_of_cited_documents_do_not_decide_the_year() -> None:
    text = (
        "Hà Nội, ngày 02 tháng 4 năm 2004\nNGHỊ ĐỊNH\nCăn cứ Luật Doanh nghiệp ngày 12 tháng 6 năm 1999;\n"
        "thay thế Nghị định số 02/2000/NĐ-CP ngày 03 tháng 02 năm 2000 và Thông tư ngày 0 7 tháng 6 năm 2000."
    )
    assert extract_date(text) == "2004-04-02"
    assert extract_year(text, extract_date(text)) == 2004


def test_review_phrase_wins() -> None:
    assert extract_year("Hội nghị tổng kết công tác năm 2018, phương hướng năm 2019. Năm 2019 sẽ …") == 2018
    assert extract_year("Báo cáo kết quả thực hiện nhiệm vụ năm 2015.") == 2015
    # "thực hiện nhiệm vụ": two words between "kết quả" and the year; comparisons with 2022 outnumber it
    compared = " ".join(["tăng 5% so với năm 2022."] * 6)
    assert extract_year(f"BÁO CÁO Kết quả thực hiện nhiệm vụ năm 2023 và phương hướng, nhiệm vụ năm 2024. {compared}",
                        "2023-12-15") == 2023
    assert extract_year(f"Sơ kết công tác 9 tháng đầu năm 2019. {compared}") == 2019


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Người viết: A - Ngày viết: Thứ Ba, Tháng Mười Hai 28, 2021 | 16:41", "2021-12-28"),
        ("Hà Nội, ngày 20 tháng 02 năm 2006\nThông tư", "2006-02-20"),
        ("Đăng ngày: 05/01/2017 08:00\nNội dung", "2017-01-05"),
        ("Ngày 28/12, Tổng cục tổ chức Hội nghị.", None),  # no year: not a publication date
    ],
)
def test_publication_dates(text: str, iso: str | None) -> None:
    assert extract_date(text) == iso


def test_author_bylines() -> None:
    assert extract_metadata("Tiêu đề bài\n\nTác giả bài viết: Nguyễn Văn A | 10:00\nNội dung.", "x").author == "Nguyễn Văn A"


def test_title_from_first_heading_line_else_first_sentence() -> None:
    assert extract_title("Hoạt động đo lường năm 2021\n\nNội dung dài hơn nhiều so với tiêu đề ở trên.", "f") == (
        "Hoạt động đo lường năm 2021"
    )
    body = "Toàn cảnh Hội nghị.\nNgày 6/1, Tổng cục đã tổ chức hội nghị triển khai nhiệm vụ với sự tham gia của nhiều đơn vị. Sau đó…"
    assert extract_title(body, "f") == "Ngày 6/1, Tổng cục đã tổ chức hội nghị triển khai nhiệm vụ với…"
    assert extract_title("", "fallback-name") == "fallback-name"


def test_official_document_title() -> None:
    text = (
        "Chính phủ cộng hòa xã hội chủ nghĩa việt nam\nĐộc lập - Tự do - Hạnh phúc\nSố: 109/2004/NĐ-CP\n\n"
        "Hà nội, ngày 02 tháng 4 năm 2004\n\nNGHỊ ĐỊNH CỦA CHÍNH PHỦ\nVề đăng ký kinh doanh\n\nCHÍNH PHỦ\n\nCăn cứ Luật …;"
    )
    assert extract_title(text, "f") == "NGHỊ ĐỊNH CỦA CHÍNH PHỦ Về đăng ký kinh doanh"


@pytest.mark.parametrize(
    ("title", "usable"),
    [
        ("www.luatvietnam.com.vn", None),
        ("http://tcvn.gov.vn/bai-viet", None),
        ("ND109veDKKD_dacotrenmucPTDNN&V_.doc", None),
        ("Microsoft Word - BC tong ket 2021.docx", None),
        ("Untitled", None),
        ("123", None),
        ("Báo cáo tổng kết năm 2021", "Báo cáo tổng kết năm 2021"),
        ("Microsoft Word - Báo cáo tổng kết", "Báo cáo tổng kết"),
        ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", None),  # Word's <title> of a saved page: its first line, the letterhead
        ("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", None),
        ("Sở Khoa học và Công nghệ: kết quả năm 2023", "Sở Khoa học và Công nghệ: kết quả năm 2023"),
    ],
)
def test_file_metadata_titles_are_checked(title: str, usable: str | None) -> None:
    assert usable_title(title) == usable


@pytest.mark.parametrize(("author", "usable"), [
    ("python-docx", None), ("Microsoft Office User", None), ("Administrator", None), ("", None),
    ("Phòng HCTH", "Phòng HCTH"), ("Trần Văn Vinh", "Trần Văn Vinh"),
])
def test_file_metadata_authors_are_checked(author: str, usable: str | None) -> None:
    assert usable_author(author) == usable


def test_a_quarters_review_is_of_its_year_and_a_letterhead_below_a_mail_gives_the_title() -> None:
    text = ("Subject: Fwd: BC quy I/2024\nFrom: Lê Minh Tâm\n\nKính gửi anh/chị,\nEm chuyển báo cáo quý I.\n\n"
            "---------- Forwarded message ---------\nFrom: Chi cục TĐC\n\n"
            "UBND TỈNH KIÊN HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ KHOA HỌC VÀ CÔNG NGHỆ Độc lập - Tự do - Hạnh phúc\n"
            "Số: 41/BC-TĐC Kiên Hòa, ngày 28 tháng 3 năm 2024\n\nBÁO CÁO\nKết quả thực hiện nhiệm vụ quý I năm 2024\n\n"
            "Chi cục chuyển 19 hồ sơ (cùng kỳ năm 2023: 15 hồ sơ; năm 2023: 64 hồ sơ), tăng so với cùng kỳ năm 2023.")
    assert extract_year(text, "2024-03-28") == 2024
    assert extract_title(text, "fallback") == "BÁO CÁO Kết quả thực hiện nhiệm vụ quý I năm 2024"


def test_a_title_whose_lines_are_parted_by_blank_lines_is_read_whole() -> None:
    # catdoc writes a blank line after each paragraph; a rule under the title is no part of it
    text = ("CHI CỤC TIÊU CHUẨN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nBÁO CÁO\n\n"
            "Tổng kết công tác năm 2016\n\nvà phương hướng, nhiệm vụ năm 2017\n\n_______________\n\nKính gửi: Tổng cục.\n")
    assert extract_title(text, "x") == "BÁO CÁO Tổng kết công tác năm 2016 và phương hướng, nhiệm vụ năm 2017"


def test_the_year_an_official_subject_line_names_wins_over_years_counted_in_the_text() -> None:
    # a thematic report comparing every figure with the year before: "năm 2018" is written more often
    text = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nCHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\nSố: 412/BC-TĐC\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐồng Tháp, ngày 16 tháng 12 năm 2019\n"
            "BÁO CÁO\nKết quả kiểm tra nhà nước về đo lường, chất lượng trong kinh doanh xăng dầu năm 2019 Thực hiện "
            "Kế hoạch số 25/KH-TĐC ngày 15/01/2019 của Chi cục, Chi cục báo cáo kết quả như sau:\n"
            + "".join(f"Chỉ tiêu {i}: {10 + i} cửa hàng (năm 2018: {8 + i} cửa hàng).\n" for i in range(6)))
    md = extract_metadata(text, fallback_title="x")
    assert md.year == 2019
    assert md.title == "BÁO CÁO Kết quả kiểm tra nhà nước về đo lường, chất lượng trong kinh doanh xăng dầu năm 2019"
    period = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHòa Bình, ngày 18 tháng 01 năm 2021\nBÁO CÁO\n"
              "Tổng kết công tác tiêu chuẩn đo lường chất lượng giai đoạn 2016–2020 và phương hướng, nhiệm vụ giai đoạn "
              "2021–2025\nNăm 2016 kiểm định 10.872 PTĐ; năm 2017 kiểm định 11.506 PTĐ, tăng so với năm 2016.\n")
    assert extract_metadata(period, fallback_title="x").year == 2020  # a period review: its last year
    plan = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nngày 20 tháng 12 năm 2021\nBÁO CÁO\n"
            "Tổng kết công tác năm 2021 và phương hướng, nhiệm vụ năm 2022\nNăm 2022 phấn đấu …\n")
    assert extract_metadata(plan, fallback_title="x").year == 2021


@pytest.mark.parametrize(("title", "year"), [
    ("BÁO CÁO\nKết quả kiểm tra nhà nước về đo lường, chất lượng hàng hóa dịp Tết Nguyên đán Giáp Thìn 2024", 2024),
    ("BÁO CÁO\nKết quả công tác tiêu chuẩn đo lường chất lượng tháng 10/2022", 2022),
    ("BÁO CÁO\nKết quả triển khai Nghị định 119/2017/NĐ-CP và QCVN 1:2022/BKHCN", None)])
def test_a_title_year_written_without_nam(title: str, year: int | None) -> None:
    # a campaign over the turn of the year ("từ ngày 15/12/2023 đến ngày 20/02/2024"), its report dated in March:
    # the title's year, not the one its dates say most; a document's number or a standard's code is no year
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNam Định, ngày 01 tháng 3 năm 2024\n"
            f"{title}\nĐợt kiểm tra từ ngày 15/12/2023 đến ngày 20/02/2024. Năm 2023 đã kiểm tra 287 cơ sở; năm 2023 "
            "phạt 412 triệu đồng; năm 2023 lấy 150 mẫu.\n")
    got = extract_year(text, extract_date(text))
    assert got == year if year else got == 2023


def test_a_subject_in_capitals_ends_before_a_line_in_sentence_case() -> None:
    # a slide deck's title slide: the conference and the speaker under the report's title, with no blank line
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBÁO CÁO\n"
            "TỔNG KẾT CÔNG TÁC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\nNĂM 2020, TRIỂN KHAI NHIỆM VỤ NĂM 2021\n"
            "Hội nghị tổng kết công tác năm 2020 của Chi cục TĐC tỉnh Điện Biên, ngày 08 tháng 01 năm 2021\n"
            "Báo cáo viên: Lò Văn Thắng - Chi cục trưởng\n")
    assert official_title(text) == ("BÁO CÁO TỔNG KẾT CÔNG TÁC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG NĂM 2020, "
                                    "TRIỂN KHAI NHIỆM VỤ NĂM 2021")
    # a subject in sentence case still runs on over its lines
    assert official_title("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBÁO CÁO\nTổng kết công tác năm 2016\n"
                          "và phương hướng nhiệm vụ năm 2017\n\nThực hiện Kế hoạch số 12/KH-TĐC …") == (
        "BÁO CÁO Tổng kết công tác năm 2016 và phương hướng nhiệm vụ năm 2017")
