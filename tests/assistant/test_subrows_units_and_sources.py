"""Tables with rows under rows, units and places a report only mentions, and questions that name their source:

* a financial table lists "- | Chứng nhận | tỷ đồng | …" under "1 | Tổng doanh thu | …" and "1.2 | Cân ô tô"
  under "1 | Kiểm định PTĐ": a sub-row is the part of its parent's thing ("doanh thu mảng chứng nhận"), while the
  table's "- | Tổng cộng" at the foot is no part of the row above it;
* a part named by its full term ("121 GCN hệ thống quản lý chất lượng (HTQLCL)") answers the abbreviation asked;
* a centre's report mentions "Chi cục TĐC Quảng Nam" only as a partner: a figure asked of that Chi cục is not
  the centre's own; the Công ty Điện lực Yên Bái is no "huyện Lục Yên"; "Huyết áp kế" is no "áp kế";
* "Theo bảng kết quả kiểm định, hiệu chuẩn PTĐ …, … kiểm định bao nhiêu …": the source names both services,
  the question one of them;
* a directorate's review gives each centre its figure in one sentence ("QUATEST 1 đã kiểm định … 82.540 PTĐ, …;
  QUATEST 3 115.890 PTĐ") beside their joint total, lists its units' revenue in a table whose "Đơn vị" column
  names the units (its unit of measure is the caption's "Đơn vị tính: triệu đồng"), and states last year's
  figure in a row: "giảm bao nhiêu so với cùng kỳ năm trước" and "thấp hơn … bao nhiêu" are worked as sizes;
* a table whose caption gives a unit per column ("Đơn vị tính: lượt PTĐ; mẫu") counts each column in the unit its
  bracket names, and a change worked along a row takes the other year's cell under the same words; a row of
  another unit is none of the centre's figures;
* a plan asked ("kế hoạch năm 2023 kiểm định bao nhiêu taximet") is never a figure the text says was done ("… và
  đã kiểm định 06 taximet đầu tiên").
"""

from __future__ import annotations

import pytest

from answer_values import number as _number

CENTRE = """TỔNG CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG 2
Đà Nẵng, ngày 24 tháng 12 năm 2020

BÁO CÁO
Tổng kết hoạt động năm 2020 và kế hoạch năm 2021

1. Chứng nhận
Năm 2020, Trung tâm đã đánh giá và cấp 150 GCN hệ thống quản lý (năm 2019: 131 GCN), trong đó 112 GCN hệ \
thống quản lý chất lượng (HTQLCL) phù hợp TCVN ISO 9001:2015, 38 GCN hệ thống quản lý môi trường phù hợp \
TCVN ISO 14001:2015.

2. Kiểm định, hiệu chuẩn phương tiện đo
Bảng 1. Kết quả kiểm định, hiệu chuẩn PTĐ năm 2019 và năm 2020
Đơn vị tính: PTĐ
TT | Loại phương tiện đo | Năm 2019 Kiểm định | Năm 2019 Hiệu chuẩn | Năm 2020 Kiểm định | Năm 2020 Hiệu chuẩn
1 | Công tơ điện | 21.430 | - | 23.118 | -
2 | Cân ô tô | 412 | 57 | 436 | 61
3 | Huyết áp kế | 290 | 12 | 318 | 15

Trung tâm đã phối hợp với Chi cục TĐC Quảng Nam tổ chức 3 khóa đào tạo kiểm định viên đo lường cho 74 học viên.

3. Tài chính
Bảng 2. Kết quả thực hiện các chỉ tiêu tài chính năm 2020
TT | Chỉ tiêu | ĐVT | Năm 2020 Kế hoạch | Năm 2020 Thực hiện | So sánh (%) TH/KH
1 | Tổng doanh thu | tỷ đồng | 96,00 | 101,40 | 105,6
- | Thử nghiệm | tỷ đồng | 52,00 | 55,10 | 106,0
- | Chứng nhận | tỷ đồng | 14,00 | 15,82 | 113,0
- | Kiểm định, hiệu chuẩn | tỷ đồng | 30,00 | 30,48 | 101,6
2 | Nộp ngân sách nhà nước | tỷ đồng | 9,50 | 9,86 | 103,8
3 | Đào tạo, tư vấn | tỷ đồng | 2,00 | 2,37 | 118,5
- | Tổng cộng các khoản thu khác | tỷ đồng | 4,00 | 4,50 | 112,5
"""

PROVINCE = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Bái, ngày 18 tháng 12 năm 2020

BÁO CÁO
Tổng kết công tác năm 2020 của Chi cục TĐC tỉnh Yên Bái

1. Kiểm định phương tiện đo
Năm 2020, toàn tỉnh đã kiểm định 21.905 phương tiện đo (PTĐ), trong đó Phòng thí nghiệm đo lường của Công ty \
Điện lực Yên Bái kiểm định 9.120 công tơ điện.

Bảng 1. Kết quả kiểm định PTĐ năm 2020
TT | Loại PTĐ | Đơn vị tính | Kế hoạch | Thực hiện
1 | Kiểm định PTĐ | chiếc | 20.000 | 21.905
1.1 | Công tơ điện | chiếc | 12.000 | 12.870
1.2 | Cột đo xăng dầu | cột | 380 | 402
2 | Hiệu chuẩn PTĐ | chiếc | 150 | 163
2.1 | Công tơ điện | chiếc | 90 | 104
2.2 | Cột đo xăng dầu | cột | 25 | 31
"""


DIRECTORATE = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
TỔNG CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Hà Nội, ngày 12 tháng 7 năm 2018

BÁO CÁO
Sơ kết công tác 6 tháng đầu năm 2018

1. Đo lường
Tổng số PTĐ được kiểm định, hiệu chuẩn tại 03 Trung tâm Kỹ thuật (QUATEST 1, QUATEST 2, QUATEST 3) là 201.330 PTĐ. QUATEST 1 đã kiểm định, hiệu chuẩn 71.200 PTĐ, thử nghiệm 15.400 mẫu; QUATEST 2 33.910 PTĐ; QUATEST 3 96.220 PTĐ.

2. Kiểm tra
Bảng 1. Kết quả kiểm tra 6 tháng đầu năm 2018
TT | Nội dung | Đơn vị tính | Thực hiện 6 tháng 2018 | Cùng kỳ 2017
1 | Cơ sở được kiểm tra | cơ sở | 377 | 352
2 | Cơ sở vi phạm | cơ sở | 49 | 58

3. Kiểm định, thử nghiệm của các đơn vị
Bảng 3. Kết quả kiểm định PTĐ và thử nghiệm của các đơn vị sự nghiệp
Đơn vị tính: lượt PTĐ; mẫu
TT | Đơn vị | Kiểm định PTĐ (lượt) 6 tháng 2017 | Kiểm định PTĐ (lượt) 6 tháng 2018 | Thử nghiệm (mẫu) 6 tháng 2017 | Thử nghiệm (mẫu) 6 tháng 2018
1 | Viện Đo lường Việt Nam | 18.240 | 19.915 | 830 | 912
2 | Trung tâm Kỹ thuật 2 (QUATEST 2) | 31.460 | 33.910 | 12.075 | 13.308

4. Doanh thu
Bảng 2. Doanh thu của các đơn vị sự nghiệp 6 tháng đầu năm 2018
Đơn vị tính: triệu đồng
TT | Đơn vị | Kế hoạch năm 2018 | Thực hiện 6 tháng 2018 | Cùng kỳ 2017
1 | Viện Đo lường Việt Nam | 86.000 | 41.370 | 43.020
2 | Trung tâm Năng suất Việt Nam | 39.000 | 17.240 | 15.980
- | Tổng cộng | 125.000 | 58.610 | 59.000
"""


NINE_MONTHS = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 25 tháng 9 năm 2023

BÁO CÁO
Kết quả công tác 9 tháng đầu năm 2023 của Chi cục TĐC tỉnh Ninh Bình

1. Kiểm định phương tiện đo
Kế hoạch năm 2023, Chi cục kiểm định 1.600 PTĐ. Ngày 15/6/2023, Chi cục được bổ sung lĩnh vực kiểm định taximet theo Quyết định số 1128/QĐ-TĐC của Tổng cục và đã kiểm định 06 taximet đầu tiên trong quý III.
"""


@pytest.fixture(scope="module")
def service(service_over):  # noqa: ANN001, ANN201
    svc = service_over({"BC_2020_QUATEST2.txt": CENTRE, "BC_2020_YenBai.txt": PROVINCE,
                        "BC_6thang_2018_TCDLCL.txt": DIRECTORATE, "BC_9thang_2023_NinhBinh.txt": NINE_MONTHS})
    yield svc
    svc.close()


@pytest.mark.parametrize(("question", "value"), [
    ("Năm 2020 QUATEST 2 thu được bao nhiêu tỷ đồng doanh thu từ thử nghiệm?", 55.1),
    ("Doanh thu thử nghiệm năm 2020 của QUATEST 2 đạt bao nhiêu % kế hoạch?", 106.0),
    ("Theo bảng chỉ tiêu tài chính của QUATEST 2, doanh thu chứng nhận năm 2020 đạt bao nhiêu % so với kế hoạch?", 113.0),
])
def test_a_sub_row_is_a_part_of_its_parent_rows_thing(service, question: str, value: float) -> None:  # noqa: ANN001
    answer = service.ask(question)
    assert _number(answer) == value, answer.answer


@pytest.mark.parametrize(("question", "value"), [
    ("Năm 2020 Chi cục TĐC Yên Bái hiệu chuẩn bao nhiêu công tơ điện?", 104),
    ("Năm 2020 Chi cục TĐC Yên Bái kiểm định bao nhiêu cột đo xăng dầu?", 402),
])
def test_a_numbered_sub_row_is_a_part_of_the_row_its_number_extends(service, question: str, value: int) -> None:  # noqa: ANN001
    answer = service.ask(question)
    assert _number(answer) == value, answer.answer


def test_a_total_row_at_the_foot_is_no_part_of_the_row_above(service) -> None:  # noqa: ANN001
    answer = service.ask("Doanh thu đào tạo, tư vấn năm 2020 của QUATEST 2 đạt bao nhiêu % kế hoạch?")
    assert _number(answer) == 118.5, answer.answer


def test_a_part_named_by_its_full_term_answers_the_abbreviation(service) -> None:  # noqa: ANN001
    answer = service.ask("Năm 2020 QUATEST 2 cấp bao nhiêu giấy chứng nhận HTQLCL?")
    assert _number(answer) == 112, answer.answer


def test_a_unit_the_report_only_mentions_has_no_figure_of_the_reports_own(service) -> None:  # noqa: ANN001
    answer = service.ask("Năm 2020 Chi cục TĐC Quảng Nam kiểm định bao nhiêu cân ô tô?")
    assert answer.abstained, answer.answer
    # … while what the report says of it is answered
    answer = service.ask("Năm 2020 QUATEST 2 phối hợp với Chi cục TĐC Quảng Nam tổ chức bao nhiêu khóa đào tạo?")
    assert _number(answer) == 3, answer.answer


def test_a_district_is_not_found_inside_another_name(service) -> None:  # noqa: ANN001
    answer = service.ask("Năm 2020 Yên Bái kiểm định bao nhiêu công tơ điện tại huyện Lục Yên?")
    assert answer.abstained, answer.answer


def test_a_row_whose_first_word_names_another_thing_is_not_the_thing_asked(service) -> None:  # noqa: ANN001
    answer = service.ask("Năm 2020 QUATEST 2 kiểm định được bao nhiêu áp kế?")
    assert answer.abstained, answer.answer
    answer = service.ask("Năm 2020 QUATEST 2 kiểm định được bao nhiêu huyết áp kế?")
    assert _number(answer) == 318, answer.answer


@pytest.mark.parametrize(("service_asked", "value"), [("kiểm định", 436), ("hiệu chuẩn", 61)])
def test_a_source_naming_both_services_leaves_the_one_asked(service, service_asked: str, value: int) -> None:  # noqa: ANN001
    answer = service.ask(f"Theo bảng kết quả kiểm định, hiệu chuẩn PTĐ trong báo cáo năm 2020 của QUATEST 2, năm 2020 "
                         f"Trung tâm {service_asked} bao nhiêu cân ô tô?")
    assert _number(answer) == value, answer.answer


def test_a_figure_a_sentence_gives_another_centre_or_all_of_them_is_not_the_centres_asked(service) -> None:  # noqa: ANN001
    answer = service.ask("QUATEST 3 kiểm định, hiệu chuẩn được bao nhiêu phương tiện đo trong 6 tháng đầu năm 2018?")
    assert _number(answer) == 96220, answer.answer


def test_a_unit_column_naming_the_organisations_units_is_the_rows_label(service) -> None:  # noqa: ANN001
    answer = service.ask("Doanh thu 6 tháng đầu năm 2018 của Trung tâm Năng suất Việt Nam được bao nhiêu?")
    assert _number(answer) == 17240, answer.answer


def test_a_fall_against_the_same_period_of_last_year_is_worked_from_the_row(service) -> None:  # noqa: ANN001
    answer = service.ask("so co so vi pham 6 thang dau nam 2018 giam bao nhieu so voi cung ky nam truoc?")
    assert _number(answer) == 9, answer.answer


def test_a_lower_figure_asked_as_how_much_lower_is_a_size(service) -> None:  # noqa: ANN001
    answer = service.ask("Doanh thu 6 tháng đầu năm 2018 của Viện Đo lường Việt Nam thấp hơn cùng kỳ năm 2017 bao "
                         "nhiêu triệu đồng?")
    assert _number(answer) == 1650, answer.answer


def test_a_plan_asked_is_never_a_figure_said_done(service) -> None:  # noqa: ANN001
    answer = service.ask("ke hoach nam 2023 chi cuc TDC Ninh Binh kiem dinh bao nhieu taximet")
    assert answer.abstained, answer.answer
    answer = service.ask("Kế hoạch năm 2023 Chi cục TĐC Ninh Bình kiểm định bao nhiêu PTĐ?")
    assert _number(answer) == 1600, answer.answer


def test_a_change_along_a_row_takes_the_cell_under_the_same_words_in_its_own_unit(service) -> None:  # noqa: ANN001
    answer = service.ask("So với 6 tháng năm 2017, số mẫu thử nghiệm của QUATEST 2 trong 6 tháng năm 2018 tăng thêm bao "
                         "nhiêu mẫu?")
    assert _number(answer) == 1233, answer.answer
    assert "13.308 - 12.075" in answer.answer


def test_a_row_of_another_unit_is_no_figure_of_the_centre_asked(service) -> None:  # noqa: ANN001
    answer = service.ask("Doanh thu 6 tháng đầu năm 2018 của QUATEST 2 được bao nhiêu triệu đồng?")
    assert answer.abstained, answer.answer
