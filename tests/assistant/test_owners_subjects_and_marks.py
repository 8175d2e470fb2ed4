"""Whose a figure is, what a thematic report is about, the ends of a span, and footnote marks on figures:

* a thematic report's title ("Báo cáo kết quả kiểm tra … trong kinh doanh xăng dầu năm 2019") says what every
  figure of it is about, so "15 PTĐ không đạt nêu trên" answers "… trong đợt kiểm tra xăng dầu … bao nhiêu
  PTĐ không đạt?";
* "Quyết định thành lập đoàn … được ký ngày nào?" asks a document's date; "… kết thúc vào ngày nào?" the
  end of a span "từ ngày … đến ngày …", "… bắt đầu …" its start;
* "riêng Chi cục …" picks the row's "Thực hiện Chi cục" cell, not its "Trung tâm" or "Tổng";
* in a Sở's report on all its units, a figure its sentence gives to the Trung tâm does not answer a question
  about the Chi cục (in a Chi cục's own report, its Trung tâm's work is the Chi cục's);
* a footnote's reference set against a figure ("58[2] hồ sơ") leaves the figure and its unit whole;
* "6 tháng đầu năm" asked of a sentence giving two periods' figures ("6 tháng đầu năm kiểm định 1.987 PTĐ;
  9 tháng đầu năm kiểm định 3.054 PTĐ") is the figure after its own period;
* "Chỉ tiêu … năm 2024 mà Chi cục đặt ra" is a plan, which a "Kế hoạch năm 2024" column says;
* "quý II" asked is the figure said of that quarter ("(Quý I: 4.108 PTĐ; Quý II: 4.809 PTĐ)"), never another
  quarter's, and a quarter nothing is said of is the half's less the other quarter's ("125 lượt … Riêng Quý
  II đã kiểm tra 74 lượt": quý I is 125 - 74).
"""

from __future__ import annotations

import pytest

from answer_values import number as _number

THEMATIC = """UBND TỈNH ĐỒNG THÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG Độc lập - Tự do - Hạnh phúc
Số: 112/BC-TĐC Đồng Tháp, ngày 10 tháng 12 năm 2019
BÁO CÁO
Kết quả kiểm tra nhà nước về đo lường, chất lượng trong kinh doanh xăng dầu năm 2019

I. TỔ CHỨC THỰC HIỆN
Đợt 1: Chi cục trưởng ban hành Quyết định số 86/QĐ-TĐC ngày 18/3/2019 thành lập Đoàn kiểm tra gồm 07 thành viên. Đoàn tiến hành kiểm tra từ ngày 25/3/2019 đến ngày 24/5/2019 tại 08 huyện.
Đợt 2: Quyết định số 215/QĐ-TĐC ngày 12/8/2019 thành lập Đoàn kiểm tra gồm 06 thành viên. Đoàn tiến hành kiểm tra từ ngày 19/8/2019 đến ngày 18/10/2019 tại 12 huyện.

II. KẾT QUẢ
Một số vụ việc điển hình: ngày 16/4/2019, Đoàn kiểm tra đợt 1 phát hiện tại một cửa hàng 02 cột đo có sai số vượt giới hạn cho phép.
Các cột đo được kiểm tra về sai số, dấu kiểm định, niêm phong. 09 cột đo có sai số vượt quá giới hạn cho phép; 04 cột đo có chứng chỉ kiểm định đã hết hiệu lực; 02 cột đo có dấu niêm phong không còn nguyên vẹn. 15 PTĐ không đạt nêu trên thuộc 11 CHXD.
Trên địa bàn tỉnh có 436 cửa hàng bán lẻ đang hoạt động.
"""

SO_REPORT = """UBND TỈNH TRÀ VINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ Độc lập - Tự do - Hạnh phúc
Số: 1876/BC-SKHCN Trà Vinh, ngày 18 tháng 12 năm 2023
BÁO CÁO
Tổng kết hoạt động khoa học và công nghệ năm 2023

1. Tiêu chuẩn đo lường chất lượng
Năm 2023, Chi cục TĐC tiếp nhận và xử lý 58[2] hồ sơ công bố hợp quy (năm 2022: 46 hồ sơ). Chi cục TĐC đã kiểm định 4.128 phương tiện đo (PTĐ), đạt 103,2% kế hoạch. Tiến độ thực hiện trong năm: 6 tháng đầu năm kiểm định 1.987 PTĐ; 9 tháng đầu năm kiểm định 3.054 PTĐ.

2. Trung tâm Ứng dụng tiến bộ KH&CN
Năm 2023, kết quả kiểm định PTĐ của Trung tâm chỉ đạt 98,1% kế hoạch (kế hoạch: 3.950 PTĐ).

[2] Bao gồm 06 hồ sơ công bố lại do thay đổi quy chuẩn kỹ thuật áp dụng.

Bảng 3. Một số chỉ tiêu chủ yếu năm 2024
TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2023 | Kế hoạch năm 2024
1 | Kiểm định phương tiện đo | PTĐ | 4.128 | 4.300
2 | Kiểm tra cơ sở sản xuất, kinh doanh | cơ sở | 126 | 130
"""

FORMS = """UBND TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG Độc lập - Tự do - Hạnh phúc
Số: 15/BC-TĐC An Giang, ngày 10 tháng 01 năm 2018
BÁO CÁO
Thống kê kết quả hoạt động tiêu chuẩn đo lường chất lượng năm 2017

Biểu 03/TK-TĐC
Đơn vị báo cáo: Chi cục TĐC An Giang - Đơn vị nhận báo cáo: Tổng cục TĐC
KẾT QUẢ KIỂM ĐỊNH PHƯƠNG TIỆN ĐO NĂM 2017
STT | Tên phương tiện đo | ĐVT | Năm 2016 | Năm 2017 Kế hoạch | Năm 2017 Thực hiện Chi cục | Năm 2017 Thực hiện Trung tâm | Năm 2017 Thực hiện Tổng
1 | Cân bàn | chiếc | 1.036 | 1.100 | 612 | 498 | 1.110
2 | Cân đĩa | chiếc | 884 | 900 | 431 | 455 | 886
"""


HALF_YEAR = """UBND TỈNH CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG Độc lập - Tự do - Hạnh phúc
Số: 87/BC-TĐC Cà Mau, ngày 20 tháng 6 năm 2018
BÁO CÁO
Sơ kết công tác tiêu chuẩn đo lường chất lượng 6 tháng đầu năm 2018

1. Kiểm định
Trung tâm Kỹ thuật đã kiểm định 8.917 PTĐ các loại (Quý I: 4.108 PTĐ; Quý II: 4.809 PTĐ), đạt 48,2% kế hoạch năm (18.500 PTĐ).

2. Thanh tra, kiểm tra
Trong 6 tháng đầu năm 2018, Chi cục đã thanh tra, kiểm tra 125 lượt cơ sở, đạt 48,1% kế hoạch năm (260 lượt cơ sở). Riêng Quý II đã kiểm tra 74 lượt cơ sở do triển khai đồng thời 02 đoàn kiểm tra liên ngành.
"""


YEAR_WITH_PERIODS = """UBND TỈNH KON TUM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG Độc lập - Tự do - Hạnh phúc
Số: 215/BC-TĐC Kon Tum, ngày 15 tháng 12 năm 2021
BÁO CÁO
Kết quả hoạt động tiêu chuẩn đo lường chất lượng năm 2021

1. Kiểm định
Kết quả, toàn tỉnh đã kiểm định được 28.363 PTĐ, đạt 105,1% kế hoạch. Trong đó, Trạm Kiểm định của Chi cục kiểm định 4.178 PTĐ, đạt 96,8% kế hoạch năm (6 tháng đầu năm: 1.962 PTĐ; 9 tháng: 3.105 PTĐ).
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"dongthap_xangdau_2019.txt": THEMATIC, "travinh_2023.txt": SO_REPORT,
                            "angiang_thongke_2017.txt": FORMS, "camau_6thang_2018.txt": HALF_YEAR,
                            "kontum_2021.txt": YEAR_WITH_PERIODS})
    yield service
    service.close()


def test_a_thematic_reports_title_says_what_each_figure_is_about(svc) -> None:  # noqa: ANN001
    a = svc.ask("Trong đợt kiểm tra xăng dầu năm 2019, Chi cục TĐC Đồng Tháp phát hiện bao nhiêu PTĐ không đạt?")
    assert not a.abstained and _number(a) == 15, a.answer


def test_a_decision_signed_is_a_documents_date(svc) -> None:  # noqa: ANN001
    a = svc.ask("Quyết định thành lập đoàn kiểm tra xăng dầu đợt 2 năm 2019 của Chi cục TĐC Đồng Tháp được ký ngày nào?")
    assert not a.abstained and "12/8/2019" in a.answer, a.answer


@pytest.mark.parametrize(("asked", "date"), [("bắt đầu kiểm tra từ ngày nào", "19/8/2019"),
                                             ("kết thúc kiểm tra vào ngày nào", "18/10/2019")])
def test_the_start_or_the_end_of_a_span(svc, asked: str, date: str) -> None:  # noqa: ANN001
    a = svc.ask(f"Đợt 2 năm 2019, đoàn của Chi cục TĐC Đồng Tháp tiến hành {asked}?")
    assert not a.abstained and date in a.answer, a.answer


def test_the_chi_cuc_singled_out_is_its_own_column(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2017, riêng Chi cục TĐC An Giang (không tính Trung tâm Kỹ thuật) kiểm định bao nhiêu cân bàn?")
    assert not a.abstained and _number(a) == 612, a.answer
    a = svc.ask("Năm 2017 Chi cục TĐC An Giang kiểm định tổng cộng bao nhiêu cân bàn?")
    assert not a.abstained and _number(a) == 1110, a.answer


def test_a_figure_of_another_unit_of_the_department(svc) -> None:  # noqa: ANN001
    a = svc.ask("Kết quả kiểm định PTĐ năm 2023 của Chi cục TĐC Trà Vinh đạt bao nhiêu phần trăm kế hoạch?")
    assert not a.abstained and _number(a) == pytest.approx(103.2), a.answer


def test_a_chi_cucs_centre_works_for_it(svc) -> None:  # noqa: ANN001
    a = svc.ask("6 tháng đầu năm 2018 Chi cục TĐC Cà Mau kiểm định được bao nhiêu PTĐ?")
    assert not a.abstained and _number(a) == 8917, a.answer


def test_a_footnote_mark_on_a_figure_keeps_its_unit(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2023 Chi cục TĐC Trà Vinh tiếp nhận bao nhiêu hồ sơ công bố hợp quy?")
    assert not a.abstained and _number(a) == 58 and "hồ sơ" in a.answer.split("—")[0], a.answer
    a = svc.ask("Số hồ sơ công bố hợp quy Chi cục TĐC Trà Vinh tiếp nhận năm 2023 nhiều hơn năm 2022 bao nhiêu hồ sơ?")
    assert not a.abstained and _number(a) == 12, a.answer


def test_a_quarter_asked_is_the_figure_said_of_it(svc) -> None:  # noqa: ANN001
    a = svc.ask("Quý II năm 2018 Trung tâm Kỹ thuật Cà Mau kiểm định bao nhiêu phương tiện đo?")
    assert not a.abstained and _number(a) == 4809, a.answer
    a = svc.ask("Quý II năm 2018 Trung tâm Kỹ thuật Cà Mau kiểm định nhiều hơn quý I bao nhiêu phương tiện đo?")
    assert not a.abstained and _number(a) == 701, a.answer


def test_a_quarter_nothing_is_said_of_is_the_half_less_the_other(svc) -> None:  # noqa: ANN001
    from assistant.models import Turn

    history = [Turn(role="user", content="Trong 6 tháng đầu năm 2018 Chi cục TĐC Cà Mau thanh tra, kiểm tra bao nhiêu lượt cơ sở?"),
               Turn(role="assistant", content="Chi cục TĐC Cà Mau đã thanh tra, kiểm tra 125 lượt cơ sở.")]
    a = svc.ask("Vậy riêng quý I kiểm tra được bao nhiêu lượt?", history)
    assert not a.abstained and _number(a) == 51 and "125 - 74" in a.answer, a.answer


@pytest.mark.parametrize(("period", "value"), [("6 tháng đầu năm", 1987), ("9 tháng đầu năm", 3054)])
def test_of_two_periods_in_one_sentence_the_one_before_the_figure(svc, period: str, value: int) -> None:  # noqa: ANN001
    a = svc.ask(f"{period} 2023 Chi cục TĐC tỉnh Trà Vinh kiểm định được bao nhiêu PTĐ?")
    assert not a.abstained and _number(a) == value, a.answer


def test_a_target_set_is_the_plan_column(svc) -> None:  # noqa: ANN001
    a = svc.ask("Chỉ tiêu kiểm định phương tiện đo năm 2024 mà Chi cục TĐC Trà Vinh đặt ra là bao nhiêu?")
    assert not a.abstained and _number(a) == 4300, a.answer


def test_a_period_said_after_the_years_figure_is_of_the_next_figure(svc) -> None:  # noqa: ANN001
    a = svc.ask("6 tháng đầu năm 2021 Trạm Kiểm định của Chi cục TĐC Kon Tum kiểm định được bao nhiêu PTĐ?")
    assert not a.abstained and _number(a) == 1962, a.answer
    a = svc.ask("Năm 2021 Trạm Kiểm định của Chi cục TĐC Kon Tum kiểm định được bao nhiêu PTĐ?")
    assert not a.abstained and _number(a) == 4178, a.answer
