"""Figures read from tables by their row and column; counter words; money asked without diacritics."""

from __future__ import annotations


import pytest

REPORT = """Báo cáo kết quả hoạt động năm 2022 của Trung tâm Kỹ thuật 7

I. KẾT QUẢ NĂM 2022

Kết quả thực hiện các chỉ tiêu chủ yếu như sau:

TT | Chỉ tiêu | Đơn vị tính | Kế hoạch 2022 | Thực hiện 2022 | Tỷ lệ so với kế hoạch (%)
1 | Tổng doanh thu | tỷ đồng | 80,0 | 85,6 | 107,0
2 | Số hợp đồng dịch vụ ký mới | hợp đồng | 5.500 | 6.027 | 109,6
3 | Giá trị đầu tư trang thiết bị | tỷ đồng | 35,0 | 32,4 | 92,6

Số phương tiện đo được kiểm định theo loại:
STT Loại phương tiện đo Năm 2021 (chiếc) Năm 2022 (chiếc)
1 Công tơ điện 1 pha 28.960 31.540
2 Huyết áp kế 95 212
3 Đồng hồ đo nước lạnh 8.102 8.914

Trung tâm đã nộp ngân sách nhà nước 9,84 tỷ đồng. Tính đến ngày 31/12/2022, tổng số viên chức và người lao động của Trung tâm là 312 người, trong đó có 8 tiến sĩ.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt7_2022.txt": REPORT})
    yield service
    service.close()


@pytest.mark.parametrize("question, number", [
    ("Năm 2022 Trung tâm Kỹ thuật 7 ký được bao nhiêu hợp đồng dịch vụ mới?", 6027),
    ("Chỉ tiêu kế hoạch số hợp đồng dịch vụ ký mới năm 2022 là bao nhiêu?", 5500),  # the plan column when asked
    ("Năm 2022 kiểm định bao nhiêu huyết áp kế?", 212),  # not the row number 2, not 2021's 95
    ("Năm 2022 kiểm định bao nhiêu chiếc đồng hồ đo nước lạnh?", 8914),
    ("Cuối năm 2022 Trung tâm có bao nhiêu viên chức và người lao động?", 312),  # "tổng số … là 312 người"
    ("nam 2022 trung tam nop ngan sach bao nhieu tien", 9.84),  # "tien" is money, however accents are restored
])
def test_table_cells_counters_and_money(svc, question: str, number: float) -> None:  # noqa: ANN001
    a = svc.ask(question)
    assert not a.abstained and a.value is not None and a.value.number == number, a.answer


def test_a_table_percentage_is_cited_with_its_whole_row(svc) -> None:  # noqa: ANN001
    a = svc.ask("Giá trị đầu tư trang thiết bị năm 2022 đạt bao nhiêu phần trăm kế hoạch?")
    assert a.value is not None and a.value.number == 92.6, a.answer
    assert "Giá trị đầu tư trang thiết bị | tỷ đồng | 35,0 | 32,4 | 92,6" in a.citations[0].quote


@pytest.mark.parametrize("question", ["Năm 2022 Trung tâm có bao nhiêu viên chức nữ?",
                                      "Năm 2022 Trung tâm có bao nhiêu viên chức?"])  # 312 counts more than that
def test_a_count_of_more_than_was_asked_is_not_the_answer(svc, question: str) -> None:  # noqa: ANN001
    a = svc.ask(question)
    assert a.abstained or (a.value is not None and a.value.number != 312), a.answer


# PDF tables as pypdf reads them: cells parted by single spaces, header words glued to years, and a
# two-line header's second line read last ("… Tỷ lệ2024/2023 (%)Năm 2023 Năm 2024")
PDF_TEXT = """Báo cáo kết quả thực hiện nhiệm vụ năm 2024 của Chi cục Tiêu chuẩn Đo lường Chất lượng Hải Hà

Năm 2024, Chi cục đã hoàn thành các chỉ tiêu được giao trong bối cảnh còn nhiều khó khăn,
đặc biệt là trong công tác kiểm tra đo lường, chất lượng và hỗ trợ doanh nghiệp trên địa bàn.
Kết quả thực hiện các chỉ tiêu chủ yếu của Chi cục trong năm được tổng hợp tại các bảng sau.

Bảng 1. Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2024
Chỉ tiêu Đơn vị tính Kế hoạch2024 Thực hiện2024 Tỷ lệ (%)
Học viên được đào tạo, tập huấn người 400 213 53,3
Thử nghiệm mẫu hàng hóa mẫu 3.200 2.871 89,7
Hiệu chuẩn chuẩn đo lường, PTĐ chuẩn, PTĐ 150 162 108,0

Kết quả kiểm định phương tiện đo được tổng hợp tại Bảng 2.
Bảng 2. Kết quả kiểm định phương tiện đo năm 2023 - 2024
TT Nội dung Đơn vị tính Kết quả thực hiện Tỷ lệ2024/2023 (%)Năm 2023 Năm 2024
1 Công tơ điện 1 pha, 3 pha chiếc 29.874 32.650 109,3
2 Cân các loại chiếc 3.952 3.706 93,8
"""


def test_the_columns_of_a_pdf_tables_header_are_read_in_the_rows_order() -> None:
    from assistant.candidates import _figure_columns

    assert _figure_columns("Chỉ tiêu Đơn vị tính Kế hoạch2021 Thực hiện2021 Tỷ lệ (%)", ["150", "162", "108,0"]) == [
        "Kế hoạch 2021", "Thực hiện 2021", "Tỷ lệ (%)"]  # 150 = 100·162/108 too: the header's place holds
    assert _figure_columns("TT Nội dung Đơn vị tính Kết quả thực hiện Tỷ lệ2024/2023 (%)Năm 2023 Năm 2024",
                           ["29.874", "32.650", "109,3"]) == ["Năm 2023", "Năm 2024", "Tỷ lệ 2024/2023 (%)"]
    assert _figure_columns("Trong năm đã kiểm tra các cơ sở sau", ["12", "15"]) is None


@pytest.fixture(scope="module")
def pdf_svc(make_service, tmp_path_factory):  # noqa: ANN001, ANN201
    from tests.conftest import PdfFactory

    folder = tmp_path_factory.mktemp("pdf")
    PdfFactory(folder).text("haiha_2024.pdf", [PDF_TEXT.split("\n")])
    service = make_service(llm="none", chroma_url=None)
    assert service.ingest([folder]).ok
    yield service
    service.close()


@pytest.mark.parametrize("question, number", [
    ("Chỉ tiêu kế hoạch năm 2024 về số mẫu cần thử nghiệm là bao nhiêu?", 3200),  # the plan column when asked
    ("Năm 2024 thực tế thử nghiệm được bao nhiêu mẫu hàng hóa?", 2871),
    ("Năm 2024 hiệu chuẩn PTĐ hoàn thành bao nhiêu phần trăm kế hoạch?", 108.0),  # the ratio column, not a plan figure
    ("Năm 2024 kiểm định bao nhiêu chiếc công tơ điện?", 32650),  # the 2024 column, not the ratio read before it
    ("Năm 2024 số cân được kiểm định giảm bao nhiêu chiếc so với năm 2023?", 246),  # worked from the row
])
def test_a_pdf_tables_cells_answer_by_their_columns(pdf_svc, question: str, number: float) -> None:  # noqa: ANN001
    a = pdf_svc.ask(question)
    assert not a.abstained and a.value is not None and a.value.number == number, a.answer


def test_a_fall_asked_of_a_row_that_rose_is_refused(pdf_svc) -> None:  # noqa: ANN001
    a = pdf_svc.ask("Năm 2024 số công tơ điện được kiểm định giảm bao nhiêu chiếc so với năm 2023?")
    assert a.abstained, a.answer


SCHEMES = """Báo cáo kết quả công tác năm 2022 của Văn phòng Công nhận Chất lượng

Năm 2022, Văn phòng đã đình chỉ hiệu lực công nhận đối với 17 tổ chức vi phạm quy định.

Bảng 1. Số tổ chức được công nhận còn hiệu lực theo chương trình
TT | Chương trình công nhận | Năm 2021 | Năm 2022 | Trong đó công nhận lần đầu năm 2022
1 | VILAS (phòng thí nghiệm thử nghiệm, hiệu chuẩn) | 1.318 | 1.421 | 144
2 | VILAS Med (phòng xét nghiệm y tế) | 121 | 148 | 31
3 | VIAS (tổ chức giám định) | 59 | 65 | 8
"""


@pytest.fixture(scope="module")
def schemes(service_over):  # noqa: ANN001, ANN201
    service = service_over({"boa_2022.txt": SCHEMES})
    yield service
    service.close()


@pytest.mark.parametrize("question, number", [
    ("Năm 2022 có bao nhiêu PXN y tế được công nhận còn hiệu lực?", 148),  # the row label names what it counts
    ("Năm 2022 có bao nhiêu tổ chức giám định được công nhận?", 65),  # the whole, not its "Trong đó" part
    ("Năm 2022 có bao nhiêu tổ chức giám định được công nhận lần đầu?", 8),  # … unless the part is asked
])
def test_a_table_row_label_names_its_count_and_a_trong_do_column_is_a_part(schemes, question: str,
                                                                         number: float) -> None:  # noqa: ANN001
    a = schemes.ask(question)
    assert not a.abstained and a.value is not None and a.value.number == number, a.answer


def test_a_part_asked_of_the_previous_answer_is_no_larger_than_it(schemes) -> None:  # noqa: ANN001
    from assistant.models import Turn

    history = [Turn("user", "Năm 2022 Văn phòng đình chỉ hiệu lực công nhận của bao nhiêu tổ chức?"),
               Turn("assistant", "Năm 2022, Văn phòng đã đình chỉ hiệu lực công nhận đối với 17 tổ chức.")]
    a = schemes.ask("Trong số đó có bao nhiêu tổ chức thuộc chương trình VILAS Med?", history=history)
    # never the table's 148 (or 31) VILAS Med organisations: a part is no larger than the 17 it is part of
    assert a.abstained or (a.value is not None and a.value.number <= 17), a.answer
    before = schemes.ask("Có bao nhiêu tổ chức thuộc chương trình VILAS Med năm 2022?")
    assert before.value is not None and before.value.number == 148, before.answer  # asked on its own: the table


REVENUE = """Báo cáo tổng kết năm 2021 của Trung tâm Kỹ thuật 9

Bảng 1. Doanh thu theo lĩnh vực hoạt động giai đoạn 2020 - 2022
Đơn vị tính: triệu đồng
TT | Lĩnh vực | Năm 2020 | Năm 2021 | Kế hoạch 2022
1 | Thử nghiệm | 248.315 | 236.904 | 262.000
2 | Kiểm định, hiệu chuẩn đo lường | 171.482 | 158.267 | 175.000
"""


def test_a_year_column_of_the_reports_own_year_is_no_plan_whatever_its_caption_spans(service_over) -> None:  # noqa: ANN001
    svc = service_over({"ttkt9_2021.txt": REVENUE})
    try:
        a = svc.ask("Nguồn thu mảng kiểm định, hiệu chuẩn đo lường của Trung tâm Kỹ thuật 9 năm 2021 được bao nhiêu triệu?")
        assert not a.abstained and a.value is not None and a.value.number == 158267, a.answer
    finally:
        svc.close()


def test_a_hierarchical_row_number_is_no_figure(service_over) -> None:  # noqa: ANN001
    """"1.4 | Cân ô tô | …" is row 4 of group 1 (an annex numbered 1.1, 1.2 …), not the figure 1,4."""
    service = service_over({"phu_luc_2023.txt": (
        "Phụ lục 1. Kết quả kiểm định năm 2023 của Chi cục Tiêu chuẩn Đo lường Chất lượng Hải Hà\n\n"
        "1.1 | Công tơ điện 1 pha, 3 pha | chiếc | 15.000 | 16.734\n"
        "1.4 | Cân ô tô | chiếc | 60 | 64\n"
        "1.5 | Cột đo xăng dầu | cột | 1.100 | 1.163\n")})
    try:
        a = service.ask("Năm 2023 kiểm định được bao nhiêu cân ô tô?")
        assert a.abstained or a.value.number != 1.4, a.answer
    finally:
        service.close()


def test_a_part_that_shortens_its_wholes_unit_counts_the_same_thing(service_over) -> None:  # noqa: ANN001
    """"kiểm định 39.708 phương tiện đo …; trong đó có 428 phương tiện không đạt yêu cầu": the part's
    "phương tiện" is the whole's PTĐ, so "bao nhiêu PTĐ không đạt" is answered by 428, not by the whole."""
    service = service_over({"tong_ket_2022.txt": (
        "Báo cáo tổng kết năm 2022 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Sơn Hà\n\n"
        "Năm 2022, Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng và tổ chức được chỉ định trên địa bàn đã "
        "kiểm định 39.708 phương tiện đo, đạt 110,3% kế hoạch năm (36.000 phương tiện đo); trong đó có 428 "
        "phương tiện không đạt yêu cầu, chiếm 1,08%.\n")})
    try:
        a = service.ask("Có bao nhiêu PTĐ không đạt yêu cầu khi kiểm định trong năm 2022?")
        assert not a.abstained and a.value is not None and a.value.number == 428, a.answer
    finally:
        service.close()
