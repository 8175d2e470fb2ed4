"""Routing by the unit a question names: two units' reviews of the same year, each answering for its own unit."""

from __future__ import annotations


import pytest

from assistant.routing import ReportRouter

CENTRE = """Trung tâm Kỹ thuật 5 tổng kết công tác năm 2018

Ngày 27/12/2018, Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 5 (QUATEST 5) tổ chức Hội nghị tổng kết công tác năm 2018.

Tổng doanh thu năm 2018 của Trung tâm đạt 96,4 tỷ đồng. Trung tâm đã kiểm định 41.250 phương tiện đo.
"""

BRANCH = """BÁO CÁO
Tổng kết công tác năm 2018 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Lâm Đồng

Năm 2018, Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Lâm Đồng đã kiểm định 6.320 phương tiện đo. Doanh thu dịch vụ kỹ thuật đạt 2,4 tỷ đồng.

II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2019
Kiểm định khoảng 7.000 phương tiện đo.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"quatest5_2018.txt": CENTRE, "lamdong_2018.txt": BRANCH})
    yield service
    service.close()


@pytest.mark.parametrize("question, number", [
    ("Năm 2018 QUATEST 5 kiểm định bao nhiêu phương tiện đo?", 41250),
    ("Trung tâm Kỹ thuật 5 kiểm định được bao nhiêu phương tiện đo năm 2018?", 41250),
    ("Năm 2018 Chi cục Lâm Đồng kiểm định bao nhiêu phương tiện đo?", 6320),
    ("Doanh thu năm 2018 của Trung tâm Kỹ thuật 5 là bao nhiêu?", 96.4),  # the name is not repeated by the passage
    ("nam 2018 quatest 5 kiem dinh bao nhieu phuong tien do", 41250),
])
def test_the_unit_named_picks_its_own_report(svc, question: str, number: float) -> None:  # noqa: ANN001
    a = svc.ask(question)
    assert not a.abstained and a.value is not None and a.value.number == number, a.answer
    assert a.value.number == number


def test_a_later_year_of_a_named_unit_reads_its_plans_not_another_units_report(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2019 Chi cục Lâm Đồng dự kiến kiểm định bao nhiêu phương tiện đo?")
    assert a.value is not None and a.value.number == 7000, a.answer


def test_a_year_the_named_unit_has_no_report_for_is_refused(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2015 QUATEST 5 kiểm định bao nhiêu phương tiện đo?")
    assert a.abstained and "QUATEST 5" in a.answer and "2015" in a.answer
    # the year before a review: only a figure the review states for that year would do, and it states none
    assert svc.ask("Năm 2017 QUATEST 5 kiểm định bao nhiêu phương tiện đo?").abstained


def test_names_are_proper_names_not_capitalised_common_words() -> None:
    r = ReportRouter()
    assert r.names("Năm 2023 Quảng Nam có bao nhiêu doanh nghiệp?") == ["Quảng Nam"]
    assert r.names("Trung tâm Kỹ thuật TCĐLCL 3 thử nghiệm bao nhiêu mẫu?") == ["Trung tâm Kỹ thuật TCĐLCL 3"]
    assert r.names("Năm 2021 Bộ KH&CN và Tổng cục TCĐLCL đã ban hành gì?") == []
    assert r.names("Giải thưởng Chất lượng Quốc gia năm 2016 trao cho mấy doanh nghiệp?") == []


def test_a_place_only_in_a_reports_opening_does_not_refuse_other_years() -> None:
    ids = {"a": ("QUATEST 3 tổng kết năm 2018", "Ngày 27/12/2018, tại Thành phố Hồ Chí Minh, QUATEST 3 …", 2018),
           "b": ("Tổng cục tổng kết năm 2021", "Ngày 28/12, Tổng cục TCĐLCL tổ chức hội nghị", 2021)}
    route = ReportRouter().route("Năm 2021 có bao nhiêu doanh nghiệp ở Hồ Chí Minh được cấp mã số?", ids)
    assert route.doc_ids == ["a"] and not route.strong  # weak: the answerer drops it for 2021
    strong = ReportRouter().route("QUATEST 3 năm 2021 thử nghiệm bao nhiêu mẫu?", ids)
    assert strong.doc_ids == ["a"] and strong.strong


def test_a_unit_named_with_its_kind_routes_by_its_place() -> None:
    """ "Sở KH&CN Quảng Ngãi" asked of a letterhead "TỈNH QUẢNG NGÃI / SỞ KHOA HỌC VÀ CÔNG NGHỆ" (the words in
    another order) routes by the place, and its name, abbreviation included, is supplied by the report."""
    ids = {"qn": ("Báo cáo TĐC năm 2025", "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 2846/BC", 2025),
           "ct": ("BÁO CÁO Kết quả năm 2022", "UBND THÀNH PHỐ CẦN THƠ\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nTRUNG TÂM KỸ THUẬT "
                  "TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG", 2022)}
    r = ReportRouter()
    qn = r.route("Năm 2026 Sở KH&CN Quảng Ngãi đặt chỉ tiêu kiểm định ít nhất bao nhiêu phương tiện đo?", ids)
    assert qn.doc_ids == ["qn"] and {"sở", "quảng", "ngãi", "§KH&CN"} <= qn.words
    ct = r.route("Năm 2022, Trung tâm Kỹ thuật TCĐLCL Cần Thơ nhận về bao nhiêu mẫu để thử nghiệm?", ids)
    assert ct.doc_ids == ["ct"] and {"cần", "thơ"} <= ct.words
    assert r.route("Sở KH&CN Hà Tĩnh có bao nhiêu công chức?", ids).doc_ids is None  # no report of that place


def test_the_kind_of_unit_written_before_a_place_is_its_letterheads_own() -> None:
    """ "Chi cục TĐC tỉnh Đồng Tháp": the place's "tỉnh" is part of the name the report supplies; "Chi cục", named
    as the owner of what is asked ("Trung tâm … thuộc Chi cục …"), is its issuer's kind when its letterhead says
    "CHI CỤC" (met, counting half, by any of its figures), and not when the report is the Sở's."""
    ids = {"dt": ("BÁO CÁO Kết quả kiểm tra xăng dầu năm 2019", "SỞ KHOA HỌC VÀ CÔNG NGHỆ\nCHI CỤC TIÊU CHUẨN\n"
                  "ĐO LƯỜNG CHẤT LƯỢNG\nSố: 412/BC-TĐC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐồng Tháp, ngày 16 tháng 12 "
                  "năm 2019", 2019),
           "bk": ("Báo cáo kết quả thực hiện nhiệm vụ KH&CN năm 2022", "UBND TỈNH BẮC KẠN\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n"
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBắc Kạn, ngày 12 tháng 12 năm 2022\nChi cục TĐC đã kiểm tra …", 2022)}
    r = ReportRouter()
    dt = r.route("Năm 2019 Chi cục TĐC tỉnh Đồng Tháp đã kiểm tra bao nhiêu cửa hàng xăng dầu?", ids)
    assert dt.doc_ids == ["dt"] and {"đồng", "tháp", "tỉnh"} <= dt.words and not dt.issuer  # the Chi cục asked
    dt = r.route("Năm 2019 Trung tâm Kỹ thuật thuộc Chi cục TĐC tỉnh Đồng Tháp kiểm định bao nhiêu cột đo?", ids)
    assert dt.doc_ids == ["dt"] and dt.issuer == {"chi", "cục"}  # the owner of what is asked
    bk = r.route("Trung tâm thuộc Chi cục TĐC Bắc Kạn tiếp nhận bao nhiêu hồ sơ công bố hợp quy năm 2022?", ids)
    assert bk.doc_ids == ["bk"] and not bk.issuer  # the Sở's report: "Chi cục" is one of its parts


ACCREDITATION = """TỔNG CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
VĂN PHÒNG CÔNG NHẬN CHẤT LƯỢNG
Số: 418/BC-VPCNCL

BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2022

Văn phòng Công nhận Chất lượng (sau đây gọi tắt là Văn phòng hoặc BoA) báo cáo kết quả năm 2022 như sau:

Văn phòng đã tổ chức 23 khóa đào tạo về công nhận cho các phòng thí nghiệm. Văn phòng đã tiếp nhận 1.126 hồ sơ đề nghị công nhận.
"""

BRANCH_2022 = """BÁO CÁO
Tổng kết công tác năm 2022 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Lâm Đồng

Năm 2022, Chi cục đã tổ chức 6 khóa đào tạo về đo lường cho doanh nghiệp. Chi cục đã tiếp nhận 214 hồ sơ công bố hợp quy.
"""


def test_short_names_are_a_letterheads_initials_and_the_aliases_a_report_declares() -> None:
    from assistant.routing import short_names

    names = short_names(ACCREDITATION)
    assert {"vpcncl", "boa"} <= names  # "VĂN PHÒNG CÔNG NHẬN CHẤT LƯỢNG"; "(… gọi tắt là Văn phòng hoặc BoA)"
    assert "cctcdlclct" in short_names("Chi cục Tiêu chuẩn Đo lường Chất lượng Cần Thơ báo cáo kết quả năm 2021")
    assert short_names("Năm 2021, các doanh nghiệp đã áp dụng TCVN ISO 9001.") == set()


@pytest.fixture(scope="module")
def two_units(service_over):  # noqa: ANN001, ANN201
    service = service_over({"boa_2022.txt": ACCREDITATION, "lamdong_2022.txt": BRANCH_2022})
    yield service
    service.close()


@pytest.mark.parametrize("question, number", [
    ("Năm 2022 BoA mở được mấy khóa đào tạo?", 23),  # the alias the report declares
    ("VPCNCL tổ chức bao nhiêu khóa đào tạo trong năm 2022?", 23),  # its letterhead's initials
    ("vpcncl nam 2022 to chuc bao nhieu khoa dao tao", 23),  # typed in lower case without diacritics
    ("Văn phòng Công nhận Chất lượng tổ chức bao nhiêu khóa đào tạo năm 2022?", 23),  # its name, by its initials
    ("Năm 2022 Chi cục Lâm Đồng tổ chức bao nhiêu khóa đào tạo?", 6),
])
def test_a_unit_called_by_its_short_name_is_answered_from_its_own_report(two_units, question: str,
                                                                         number: float) -> None:  # noqa: ANN001
    a = two_units.ask(question)
    assert not a.abstained and a.value is not None and a.value.number == number, a.answer


def test_an_abbreviation_in_brackets_after_the_units_name_is_its_short_name() -> None:
    from assistant.routing import short_names

    names = short_names("Viện Tiêu chuẩn Chất lượng Việt Nam (VSQI, sau đây gọi tắt là Viện) báo cáo như sau. "
                        "Giải thưởng Chất lượng Quốc gia (GTCLQG) được trao cho 3 doanh nghiệp.")
    assert "vsqi" in names and "gtclqg" not in names  # a prize is no unit


def test_a_place_named_is_never_answered_from_another_place_s_report(service_over) -> None:  # noqa: ANN001
    reports = {
        "binhdinh_2023.txt": "SỞ KHOA HỌC VÀ CÔNG NGHỆ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                             "TỈNH BÌNH ĐỊNH Độc lập - Tự do - Hạnh phúc\nCHI CỤC TIÊU CHUẨN ĐO LƯỜNG\nCHẤT LƯỢNG\n"
                             "Số: 12/BC-TĐC Bình Định, ngày 08 tháng 01 năm 2024\nBÁO CÁO\n"
                             "Kết quả thực hiện nhiệm vụ năm 2023\n"
                             "Năm 2023, 02 doanh nghiệp của tỉnh là Công ty Cổ phần Chế biến Lâm sản Nhơn Hòa và "
                             "Công ty TNHH Thủy sản Tam Quan được đề nghị trao Giải Bạc Chất lượng Quốc gia năm 2023.\n",
        "quangninh_2024.txt": "SỞ KHOA HỌC VÀ CÔNG NGHỆ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                              "TỈNH QUẢNG NINH Độc lập - Tự do - Hạnh phúc\nCHI CỤC TIÊU CHUẨN ĐO LƯỜNG\nCHẤT LƯỢNG\n"
                              "Số: 285/BC-TĐC Quảng Ninh, ngày 18 tháng 12 năm 2024\nBÁO CÁO\n"
                              "Kết quả thực hiện nhiệm vụ năm 2024\n"
                              "Năm 2024, Chi cục đã kiểm định 18.746 phương tiện đo các loại.\n",
    }
    svc = service_over(reports)
    try:
        q = "Những doanh nghiệp nào của Quảng Ninh nhận Giải Bạc Giải thưởng Chất lượng Quốc gia năm 2023?"
        a = svc.ask(q)
        assert "Nhơn Hòa" not in a.answer and a.abstained
        from assistant.question import analyze

        docs = svc.retriever.index.committed()
        years, doc_ids, refusal = svc.answerer._scope(analyze(q), docs, [2023, 2024], None, None)
        assert refusal and "Quảng Ninh" in refusal  # no report of Quảng Ninh for 2023: not Bình Định's 2023 review
    finally:
        svc.close()


CAO_BANG_2016 = """SỞ KHOA HỌC VÀ CÔNG NGHỆ CAO BẰNG
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
BÁO CÁO
Tổng kết công tác năm 2016
Chi cục Tiêu chuẩn Đo lường Chất lượng (sau đây gọi tắt là Chi cục) báo cáo như sau:
I. KHÁI QUÁT TÌNH HÌNH
Chi cục có 03 phòng và Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng (sau đây gọi là Trung tâm Kỹ thuật).
Năm 2016, Trung tâm Kỹ thuật thử nghiệm 684 mẫu.
"""

QUANG_NGAI_2023 = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NGÃI
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
BÁO CÁO
Tổng kết công tác năm 2023
I. KẾT QUẢ
""" + "Chi cục đã tham mưu ban hành các văn bản quản lý về tiêu chuẩn, đo lường, chất lượng trên địa bàn tỉnh. " * 24 + """
Năm 2023, Trung tâm Kỹ thuật đã thử nghiệm 1.532 mẫu, trong đó vật liệu xây dựng 642 mẫu.
"""


def test_a_unit_a_reports_body_introduces_is_not_the_unit_the_report_is_of(service_over) -> None:  # noqa: ANN001
    # Cao Bằng's body names its "Trung tâm Kỹ thuật" (an alias it declares): every branch has one, so a question
    # about the Trung tâm of 2023 is no question about Cao Bằng's unit, and Quảng Ngãi's 2023 report (which names
    # its Trung tâm only past its opening) answers it
    from assistant.routing import short_names
    from assistant.routing import _before_body

    assert "ttkt" not in short_names(_before_body(CAO_BANG_2016))
    # (nor, anywhere, is a unit's kind alone a name of it: the full name's initials still are)
    assert "ttkt" not in short_names(CAO_BANG_2016) and "ttkttcdlc" in short_names(CAO_BANG_2016)
    service = service_over({"caobang_2016.txt": CAO_BANG_2016, "quangngai_2023.txt": QUANG_NGAI_2023})
    try:
        answer = service.ask("Năm 2023 Trung tâm Kỹ thuật thử nghiệm được bao nhiêu mẫu?")
    finally:
        service.close()
    assert not answer.abstained and answer.value and answer.value.number == 1532


def test_a_letterheads_unit_name_wrapped_over_two_lines_is_its_short_name() -> None:
    from assistant.routing import short_names

    opening = ("BỘ KHOA HỌC VÀ CÔNG NGHỆ\nTỔNG CỤC TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG\nSố: 86/BC-TĐC\n"
               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBÁO CÁO\nTổng kết công tác năm 2018")
    assert "tctcdlcl" in short_names(opening)


def test_the_units_a_report_is_sent_to_are_not_its_own() -> None:
    ids = {"hn": ("BÁO CÁO Kết quả kiểm tra xăng dầu năm 2024", "SỞ KHOA HỌC VÀ CÔNG NGHỆ CHI CỤC TIÊU CHUẨN ĐO LƯỜNG "
                  "CHẤT LƯỢNG Số: 214/BC-TĐC\nBÁO CÁO\nKết quả kiểm tra năm 2024\nKính gửi:\n- Sở Khoa học và Công nghệ "
                  "tỉnh Hà Nam;\n- Tổng cục Tiêu chuẩn Đo lường Chất lượng.\nThực hiện Kế hoạch số 12/KH-TĐC …", 2024),
           "tc": ("BÁO CÁO Tổng kết công tác năm 2018", "BỘ KHOA HỌC VÀ CÔNG NGHỆ\nTỔNG CỤC TIÊU CHUẨN\nĐO LƯỜNG CHẤT "
                  "LƯỢNG\nSố: 86/BC-TĐC\nBÁO CÁO\nTổng kết công tác năm 2018", 2018)}
    route = ReportRouter().route("Năm 2018 Tổng cục Tiêu chuẩn Đo lường Chất lượng trình công bố bao nhiêu TCVN?", ids)
    assert route.doc_ids == ["tc"], route
