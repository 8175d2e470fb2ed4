"""Who a figure is of, which span it covers, and reports set inside other pages:

* a question naming "Chi cục TĐC Hòa Bình" is met by the figures of that Chi cục's report (its letterhead
  says "CHI CỤC"), though the sentence only says "năm 2018 kiểm định 12.450 PTĐ"; another numbered centre's
  figure ("QUATEST 1 kiểm định … 12.045 PTĐ") does not tie with it;
* "cả giai đoạn 2016–2020" asks the whole span: the "Cả giai đoạn" column or the span's total, answered as
  "Giai đoạn 2016–2020: …", not the 2016 nor the 2020 column;
* a header whose year columns are bare years ("TT | Chủng loại | ĐVT | 2016 | … | 2020 | Cả giai đoạn") heads
  its rows;
* "Tăng bao nhiêu phần trăm so với năm trước?" after a question about 2018 is the rate said after that year's
  figure ("năm 2018 kiểm định 12.450 PTĐ, tăng 8,2% so với năm 2017");
* every figure of a bracket opened by an earlier year ("(năm 2023: kiểm tra 152 cơ sở, phát hiện 21 cơ sở vi
  phạm)") is of that year;
* of the cells of one row that the question's words do not tell apart, the "Tổng" column;
* a note saying all the question asks ("Trong số 2.407 cân … có 1.286 chiếc được kiểm định miễn phí tại các
  chợ") wins over a row saying part of it;
* a report published below a long news article (its letterhead further than 4.000 characters down) is the
  unit's own report for routing.
"""

from __future__ import annotations

import pytest

from answer_values import number as _number

PERIOD_REPORT = """UBND TỈNH HÒA BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ Độc lập - Tự do - Hạnh phúc
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 09/BC-TĐC Hòa Bình, ngày 18 tháng 01 năm 2021
BÁO CÁO
Tổng kết công tác tiêu chuẩn đo lường chất lượng giai đoạn 2016–2020

1. Kiểm định phương tiện đo
Trung tâm KT TĐC được chỉ định kiểm định 26 loại phương tiện đo (PTĐ). Giai đoạn 2016–2020, Trung tâm đã kiểm định tổng cộng 61.110 PTĐ, đạt 111,1% chỉ tiêu Kế hoạch 2016–2020 (55.000 PTĐ). Cụ thể: năm 2016 kiểm định 10.872 PTĐ; năm 2017 kiểm định 11.506 PTĐ, tăng 5,8% so với năm 2016; năm 2018 kiểm định 12.450 PTĐ, tăng 8,2% so với năm 2017; năm 2019 kiểm định 13.318 PTĐ; năm 2020 kiểm định 12.964 PTĐ.
Bên cạnh Trung tâm KT TĐC, trên địa bàn tỉnh còn có QUATEST 1 được chỉ định kiểm định công tơ điện. Riêng năm 2018, QUATEST 1 kiểm định trên địa bàn tỉnh 12.045 PTĐ, chủ yếu là công tơ điện.

Bảng 1. Kết quả kiểm định PTĐ theo chủng loại
TT | Chủng loại PTĐ | ĐVT | 2016 | 2017 | 2018 | 2019 | 2020 | Cả giai đoạn
1 | Công tơ điện xoay chiều 1 pha | chiếc | 5.120 | 5.430 | 5.872 | 6.314 | 6.108 | 28.844
2 | Huyết áp kế | chiếc | 168 | 182 | 207 | 226 | 264 | 1.047
3 | Taximet | chiếc | 62 | 75 | 81 | 94 | 71 | 383

CHI CỤC TRƯỞNG
(Đã ký)
Bùi Văn Hải
"""

YEAR_REPORT = """UBND TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ Độc lập - Tự do - Hạnh phúc
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 28/BC-TĐC An Giang, ngày 15 tháng 01 năm 2024
BÁO CÁO
Kết quả công tác tiêu chuẩn đo lường chất lượng năm 2023

1. Thanh tra, kiểm tra
Năm 2023, Chi cục kiểm tra 178 cơ sở sản xuất, kinh doanh. Phát hiện 16 cơ sở vi phạm (năm 2022: kiểm tra 152 cơ sở, phát hiện 21 cơ sở vi phạm), đã xử phạt 214,5 triệu đồng.

2. Thử nghiệm
Bảng 2. Kết quả thử nghiệm mẫu năm 2023
STT | Lĩnh vực thử nghiệm | ĐVT | Năm 2022 | Kế hoạch 2023 | Thực hiện Phục vụ quản lý nhà nước | Thực hiện Dịch vụ theo yêu cầu | Thực hiện Tổng
1 | Xăng dầu | mẫu | 298 | 300 | 48 | 275 | 323
2 | Phân bón | mẫu | 186 | 200 | 24 | 171 | 195

3. Kiểm định
Bảng 3. Kết quả kiểm định năm 2023
STT | Phương tiện đo | ĐVT | Kế hoạch | Thực hiện
1 | Cân đồng hồ lò xo (*) | chiếc | 4.000 | 4.142
2 | Cân bàn | chiếc | 900 | 935
(*) Trong số 4.142 cân đồng hồ lò xo được kiểm định có 1.286 chiếc được kiểm định miễn phí tại các chợ theo Kế hoạch số 45/KH-SKHCN ngày 10/3/2023.

CHI CỤC TRƯỞNG
(Đã ký)
Lê Hoàng Phúc
"""


@pytest.fixture(scope="module")
def period_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"hoabinh_2016_2020.txt": PERIOD_REPORT, "angiang_2023.txt": YEAR_REPORT})
    yield service
    service.close()


def test_the_chi_cuc_named_is_the_issuer_of_its_report(period_svc) -> None:  # noqa: ANN001
    a = period_svc.ask("Năm 2018 Trung tâm KT TĐC thuộc Chi cục TĐC Hòa Bình kiểm định bao nhiêu phương tiện đo?")
    assert not a.abstained and _number(a) == 12450, a.answer


def test_a_span_asked_is_answered_as_that_span(period_svc) -> None:  # noqa: ANN001
    a = period_svc.ask("Cả giai đoạn 2016–2020, Trung tâm KT TĐC của Chi cục Hòa Bình đã kiểm định tổng cộng bao nhiêu PTĐ?")
    assert not a.abstained and _number(a) == 61110, a.answer
    assert a.answer.startswith("Giai đoạn 2016–2020"), a.answer


def test_bare_year_columns_head_their_rows_and_the_span_column_answers_the_span(period_svc) -> None:  # noqa: ANN001
    a = period_svc.ask("Cả giai đoạn 2016-2020 Chi cục TĐC Hòa Bình kiểm định bao nhiêu huyết áp kế?")
    assert not a.abstained and _number(a) == 1047, a.answer
    a = period_svc.ask("Năm 2019 Chi cục TĐC Hòa Bình kiểm định bao nhiêu huyết áp kế?")
    assert not a.abstained and _number(a) == 226, a.answer


def test_a_rate_follow_up_is_the_rate_said_after_the_years_figure(period_svc) -> None:  # noqa: ANN001
    from assistant.models import Turn

    history = [Turn(role="user", content="Năm 2018 Trung tâm KT TĐC Hòa Bình kiểm định được bao nhiêu PTĐ?"),
               Turn(role="assistant", content="Năm 2018 Trung tâm KT TĐC kiểm định 12.450 PTĐ.")]
    a = period_svc.ask("Tăng bao nhiêu phần trăm so với năm trước?", history)
    assert not a.abstained and _number(a) == pytest.approx(8.2), a.answer


def test_every_figure_of_a_bracket_opened_by_an_earlier_year_is_of_that_year(period_svc) -> None:  # noqa: ANN001
    a = period_svc.ask("Năm 2023 Chi cục TĐC An Giang phát hiện bao nhiêu cơ sở vi phạm?")
    assert not a.abstained and _number(a) == 16, a.answer


def test_the_total_column_of_cells_the_question_does_not_tell_apart(period_svc) -> None:  # noqa: ANN001
    a = period_svc.ask("Năm 2023 Chi cục TĐC An Giang thử nghiệm tổng cộng bao nhiêu mẫu phân bón?")
    assert not a.abstained and _number(a) == 195, a.answer
    a = period_svc.ask("Năm 2023 Chi cục TĐC An Giang thử nghiệm bao nhiêu mẫu phân bón theo dịch vụ theo yêu cầu?")
    assert not a.abstained and _number(a) == 171, a.answer


def test_a_note_saying_all_that_is_asked_wins_over_a_row_saying_part(period_svc) -> None:  # noqa: ANN001
    a = period_svc.ask("Năm 2023 có bao nhiêu cân đồng hồ lò xo được Chi cục TĐC An Giang kiểm định miễn phí tại các chợ?")
    assert not a.abstained and _number(a) == 1286, a.answer


ARTICLE_FILLER = ("Tại hội nghị, các đại biểu đã thảo luận về định hướng phát triển hoạt động tiêu chuẩn, đo lường, "
                  "chất lượng trong thời gian tới, nhấn mạnh vai trò của doanh nghiệp và cơ quan quản lý. ")

NEWS_PAGE = ("Trang chủ › Kinh tế › Khoa học - Công nghệ\n"
             "Hội nghị tổng kết công tác tiêu chuẩn đo lường chất lượng năm 2024\n"
             "Thứ Sáu, 20/12/2024 15:32\n"
             "Chiều 19/12, Chi cục TĐC tỉnh tổ chức hội nghị tổng kết công tác năm 2024.\n"
             + "\n".join(ARTICLE_FILLER for _ in range(30)) + "\n"
             "Toàn văn báo cáo tóm tắt\n"
             "UBND TỈNH PHÚ YÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "SỞ KHOA HỌC VÀ CÔNG NGHỆ Độc lập - Tự do - Hạnh phúc\n"
             "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\n"
             "Số: 215/BC-TĐC Phú Yên, ngày 16 tháng 12 năm 2024\n"
             "BÁO CÁO TÓM TẮT\n"
             "Kết quả công tác tiêu chuẩn, đo lường, chất lượng năm 2024\n"
             "1. Kiểm định\n"
             "Trung tâm Kỹ thuật đã kiểm định 9.468 phương tiện đo (PTĐ), đạt 105,2% kế hoạch năm.\n")

OTHER_REPORT = """UBND TỈNH KHÁNH HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 301/BC-TĐC Khánh Hòa, ngày 12 tháng 12 năm 2024
BÁO CÁO
Kết quả công tác tiêu chuẩn đo lường chất lượng năm 2024
1. Kiểm định
Trung tâm Kỹ thuật đã kiểm định 12.730 phương tiện đo (PTĐ), đạt 101,8% kế hoạch năm.
"""


@pytest.fixture(scope="module")
def news_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"tin_hoi_nghi_2024.txt": NEWS_PAGE, "khanhhoa_2024.txt": OTHER_REPORT})
    yield service
    service.close()


def test_a_report_below_a_long_article_is_its_units_own(news_svc) -> None:  # noqa: ANN001
    assert len(NEWS_PAGE.split("UBND TỈNH PHÚ YÊN")[0]) > 4000
    a = news_svc.ask("Năm 2024 Trung tâm Kỹ thuật của Chi cục TĐC Phú Yên kiểm định bao nhiêu phương tiện đo?")
    assert not a.abstained and _number(a) == 9468, a.answer


HALF_AND_YEAR = """UBND TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 215/BC-TĐC Phú Thọ, ngày 16 tháng 12 năm 2024
BÁO CÁO
Kết quả công tác tiêu chuẩn đo lường chất lượng năm 2024

1. Kiểm tra xăng dầu
Trong 6 tháng đầu năm 2024, Chi cục đã kiểm tra 31 cơ sở kinh doanh xăng dầu; lũy kế cả năm kiểm tra 64 cơ sở kinh doanh xăng dầu, phát hiện 5 cơ sở vi phạm.

2. Thử nghiệm
Theo Kế hoạch, năm 2024 Chi cục lấy 120 mẫu xăng, dầu để thử nghiệm chất lượng. Đoàn đã lấy 126 mẫu xăng, dầu (kế hoạch 120 mẫu, đạt 105,0%; năm 2023: 112 mẫu).

3. Kiểm định
Trung tâm Kỹ thuật được chỉ định kiểm định 26 loại phương tiện đo (PTĐ) thuộc Danh mục PTĐ nhóm 2. Năm 2024 Trung tâm kiểm định 12.964 PTĐ2, giảm 2,7% so với năm 2023.
2 Số liệu chính thức đến hết ngày 15/12/2024.

Bảng 1. Kết quả kiểm định năm 2024 (Results of verification)
TT /No. | Loại PTĐ /Type | ĐVT /Unit | Kế hoạch 2024 /Plan | Thực hiện 2024 /Actual
1 | Đồng hồ đo nước lạnh | chiếc | 3.500 | 4.094
2 | Cột đo xăng dầu | cột | 850 | 912
"""


@pytest.fixture(scope="module")
def half_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"phutho_2024.txt": HALF_AND_YEAR})
    yield service
    service.close()


def test_the_late_half_is_the_year_less_the_first_half(half_svc) -> None:  # noqa: ANN001
    a = half_svc.ask("Trong 6 tháng cuối năm 2024, Chi cục TĐC Phú Thọ kiểm tra bao nhiêu cơ sở kinh doanh xăng dầu?")
    assert not a.abstained and _number(a) == 33, a.answer
    assert "64 - 31 = 33" in (a.working or ""), a.working


def test_what_the_plan_says_is_no_result_of_the_year(half_svc) -> None:  # noqa: ANN001
    a = half_svc.ask("Số mẫu xăng, dầu Chi cục TĐC Phú Thọ lấy thử nghiệm năm 2024 nhiều hơn năm 2023 bao nhiêu mẫu?")
    assert not a.abstained and _number(a) == 14, a.answer


def test_the_asked_unit_itself_beats_a_count_of_its_kinds(half_svc) -> None:  # noqa: ANN001
    # (and a footnote's mark glued to the abbreviation, "12.964 PTĐ2", still counts PTĐ)
    a = half_svc.ask("Năm 2024 Trung tâm Kỹ thuật của Chi cục TĐC Phú Thọ kiểm định được bao nhiêu PTĐ?")
    assert not a.abstained and _number(a) == 12964, a.answer


def test_a_bilingual_header_names_its_index_and_unit_columns(half_svc) -> None:  # noqa: ANN001
    a = half_svc.ask("Năm 2024 Chi cục TĐC Phú Thọ kiểm định bao nhiêu đồng hồ đo nước lạnh?")
    assert not a.abstained and _number(a) == 4094, a.answer
    assert a.value.unit == "chiếc", a.value


BILINGUAL_AND_ROUNDED = """UBND TỈNH BÌNH PHƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 08/BC-TTKT Bình Phước, ngày 06 tháng 01 năm 2023
BÁO CÁO
Kết quả hoạt động năm 2022

1. Khách hàng
Trong năm 2022, Trung tâm đã phục vụ hơn 1.300 khách hàng là tổ chức, cá nhân.

[EN] In 2022 the Centre served 1,327 customers, of which 39.8% were enterprises from other provinces.

2. Doanh thu
Tổng doanh thu năm 2022 của Trung tâm đạt 12.486,7 triệu đồng. Lũy kế 9 tháng đầu năm, doanh thu đạt 8.912,5 triệu đồng.

3. Kiểm định
Trong lĩnh vực đo lường, Trung tâm Kỹ thuật TĐC đã kiểm định gần 9.500 phương tiện đo (PTĐ), tăng so với năm 2021.
Theo số liệu chính thức, Trung tâm Kỹ thuật TĐC đã kiểm định 9.468 phương tiện đo (PTĐ), tăng 8,7% so với năm 2021 (8.710 PTĐ).
Số liệu trong bài viết có làm tròn; số liệu trong báo cáo là số liệu chính thức.
"""


@pytest.fixture(scope="module")
def bilingual_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"binhphuoc_2022.txt": BILINGUAL_AND_ROUNDED})
    yield service
    service.close()


def test_english_sentences_give_no_figures_read_the_vietnamese_way(bilingual_svc) -> None:  # noqa: ANN001
    # "1,327 customers" is no 1,327; the rounded Vietnamese figure never answers "chính xác"
    a = bilingual_svc.ask("Trong năm 2022 Trung tâm Kỹ thuật TĐC Bình Phước đã phục vụ chính xác bao nhiêu khách hàng?")
    assert a.abstained, a.answer


def test_a_rounded_figure_gives_way_to_the_exact_one(bilingual_svc) -> None:  # noqa: ANN001
    a = bilingual_svc.ask("Năm 2022 Trung tâm Kỹ thuật TĐC Bình Phước kiểm định nhiều hơn năm 2021 bao nhiêu phương tiện đo?")
    assert not a.abstained and _number(a) == 758, a.answer
    a = bilingual_svc.ask("Năm 2022 Trung tâm Kỹ thuật TĐC Bình Phước đã kiểm định bao nhiêu PTĐ?")
    assert not a.abstained and _number(a) == 9468, a.answer
    a = bilingual_svc.ask("Theo số liệu chính thức trong báo cáo của Trung tâm Kỹ thuật TĐC Bình Phước (không phải số làm "
                          "tròn), năm 2022 Trung tâm đã kiểm định bao nhiêu phương tiện đo?")
    assert not a.abstained and _number(a) == 9468, a.answer


def test_the_last_three_months_are_the_year_less_its_first_nine(bilingual_svc) -> None:  # noqa: ANN001
    a = bilingual_svc.ask("Ba tháng cuối năm 2022 Trung tâm Kỹ thuật TĐC Bình Phước thu được bao nhiêu triệu đồng doanh thu?")
    assert not a.abstained and _number(a) == pytest.approx(3574.2), a.answer
