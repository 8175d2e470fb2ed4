"""Reports whose figures sit beside other periods' and other units':

* a 9-month review states the months' figure, the first half's inside it ("trong đó 6 tháng đầu năm …"),
  last year's same period in a bracket, even listed ("(9 tháng năm 2020: kiểm tra 61 cơ sở, …, xử phạt
  75,0 triệu đồng)"), and next quarter's target ("phấn đấu …"): a change against last year is worked from
  the bracket, the whole year is not answered by the months', a total stated with its breakdown is the sum
  of its parts, and a share "chiếm 62,5%" belongs to the piece before it;
* a review of several years says "giảm từ 12,4% năm 2017 xuống 8,1% năm 2021": each rate is its year's;
* a technical centre's report is asked about as "QUATEST 2" while its letterhead says "Trung tâm Kỹ thuật
  Tiêu chuẩn Đo lường Chất lượng 2"; a part "chiếm 40,7% tổng số mẫu" is no rival of the total, and "(không
  tính hợp chuẩn)" asks the part that leaves that kind out;
* a quarter's report recalls last year's total: "năm 2022" asked is that total, not last year's quarter column;
  "tăng bao nhiêu … so với cùng kỳ" is worked from "(quý I/2022: 5,71 tỷ đồng)", and a place the report never
  names ("tại Cần Thơ") has no figure;
* a follow-up "Cộng cả … nữa thì tổng cộng …?" adds the item it names to the figure just given;
* a note printed after the last section ("[1] Đến ngày 20/12/2019, …") is no figure of that section's plans.
"""

from __future__ import annotations

import pytest

from answer_values import number as _number
from assistant.models import Turn

NINE_MONTHS = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 28 tháng 9 năm 2021

BÁO CÁO
Kết quả công tác 9 tháng đầu năm 2021 và nhiệm vụ 3 tháng cuối năm 2021 của Chi cục TĐC tỉnh Hà Nam

I. KẾT QUẢ THỰC HIỆN
1. Kiểm định phương tiện đo
Trong 9 tháng đầu năm 2021, Trung tâm Kỹ thuật đã kiểm định được 5.120 phương tiện đo (PTĐ), đạt 71,1% kế \
hoạch năm (7.200 PTĐ), bằng 96,8% so với cùng kỳ năm 2020 (5.289 PTĐ); trong đó 6 tháng đầu năm kiểm định \
3.040 PTĐ, riêng quý III kiểm định 2.080 PTĐ.

| STT | Loại PTĐ | Kế hoạch năm 2021 | Thực hiện 9 tháng năm 2021 | Cùng kỳ năm 2020 |
|---|---|---|---|---|
| 1 | Công tơ điện | 4.000 | 2.950 | 3.010 |
| 2 | Đồng hồ đo nước lạnh | 1.600 | 1.215 | 1.188 |
| 3 | Cân các loại | 1.600 | 955 | 1.091 |

2. Thanh tra, kiểm tra
Tổng cộng 9 tháng, Chi cục đã xử phạt vi phạm hành chính 14 lượt cơ sở với tổng số tiền 82,5 triệu đồng \
(lĩnh vực chất lượng 57,0 triệu đồng; lĩnh vực đo lường 25,5 triệu đồng), tăng 10,0% so với cùng kỳ năm 2020 \
(9 tháng năm 2020: kiểm tra 61 cơ sở, 12 cơ sở vi phạm, xử phạt 75,0 triệu đồng).

3. Cải cách hành chính
Chi cục tiếp nhận và giải quyết 64 hồ sơ thủ tục hành chính (TTHC), 100% hồ sơ được giải quyết đúng hạn, trong \
đó 40 hồ sơ được tiếp nhận trực tuyến mức độ 3, chiếm 62,5%.

II. NHIỆM VỤ 3 THÁNG CUỐI NĂM 2021
Trung tâm Kỹ thuật phấn đấu kiểm định khoảng 2.100 công tơ điện.
"""

YEARS = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Thọ, ngày 20 tháng 12 năm 2021

BÁO CÁO
Tổng kết công tác năm 2021 của Chi cục TĐC tỉnh Phú Thọ

Qua 5 năm triển khai kiểm tra đo lường trong kinh doanh xăng dầu, tỷ lệ cơ sở vi phạm qua kiểm tra giảm từ \
12,4% năm 2017 xuống 8,1% năm 2021.
"""

CENTRE = """TỔNG CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN
ĐO LƯỜNG CHẤT LƯỢNG 2
Đà Nẵng, ngày 26 tháng 12 năm 2019

BÁO CÁO
Tổng kết hoạt động năm 2019 và kế hoạch năm 2020

1. Thử nghiệm
Năm 2019, Trung tâm đã tiếp nhận và thử nghiệm 20.150 mẫu, đạt 105,2% kế hoạch (KH: 19.150 mẫu), tăng 6,4% so \
với năm 2018 (18.937 mẫu).
Hai phòng thử nghiệm Hóa và Vi sinh thực hiện 8.210 mẫu, chiếm 40,7% tổng số mẫu của Trung tâm.

2. Chứng nhận
Năm 2019, Trung tâm tiếp nhận 48 hồ sơ công bố hợp chuẩn, hợp quy, trong đó 35 hồ sơ công bố hợp quy và 13 hồ sơ \
công bố hợp chuẩn.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020
Phấn đấu thử nghiệm 21.000 mẫu, doanh thu đạt 140 tỷ đồng.

[1] Đến ngày 20/12/2019, khách hàng đã thanh toán 35,2 tỷ đồng phí thử nghiệm của năm 2019.
"""

QUARTER = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long An, ngày 06 tháng 4 năm 2023

BÁO CÁO
Kết quả hoạt động quý I năm 2023 của Chi cục TĐC tỉnh Long An

Năm 2022, Trung tâm Kỹ thuật TĐC đã kiểm định tổng cộng 61.300 PTĐ, đạt 102,2% kế hoạch năm 2022.

| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2023 | Thực hiện quý I/2022 | Thực hiện quý I/2023 |
|---|---|---|---|---|---|
| 1 | Kiểm định phương tiện đo | PTĐ | 64.000 | 13.870 | 15.020 |
| 2 | Thử nghiệm mẫu | mẫu | 2.100 | 488 | 517 |

Doanh thu dịch vụ kỹ thuật của Trung tâm trong quý I/2023 đạt 6,35 tỷ đồng (quý I/2022: 5,71 tỷ đồng), tăng 11,2% \
so với cùng kỳ.
"""


@pytest.fixture(scope="module")
def service(service_over):  # noqa: ANN001, ANN201
    svc = service_over({"BC_9thang_2021_HaNam.md": NINE_MONTHS, "BC_2021_PhuTho.txt": YEARS,
                        "BC_2019_QUATEST2.txt": CENTRE, "BC_QuyI_2023_LongAn.md": QUARTER})
    yield svc
    svc.close()


@pytest.mark.parametrize(("question", "value", "working"), [
    ("Số phương tiện đo kiểm định 9 tháng đầu năm 2021 ở Hà Nam ít hơn cùng kỳ năm 2020 bao nhiêu?", 169,
     "5.289 - 5.120"),
    ("Tiền xử phạt 9 tháng năm 2021 của Chi cục TĐC Hà Nam cao hơn cùng kỳ năm 2020 bao nhiêu triệu đồng?", 7.5,
     "82,5 - 75"),
])
def test_a_change_against_last_years_period_is_worked_from_the_bracket(service, question: str, value: float,  # noqa: ANN001
                                                                      working: str) -> None:
    answer = service.ask(question)
    assert _number(answer) == value, answer.answer
    assert working in answer.answer


def test_a_total_stated_with_its_breakdown_is_the_sum_asked(service) -> None:  # noqa: ANN001
    answer = service.ask("Tổng số tiền xử phạt vi phạm hành chính 9 tháng đầu năm 2021 của Chi cục TĐC Hà Nam, tính cả "
                         "lĩnh vực chất lượng và đo lường, là bao nhiêu?")
    assert _number(answer) == 82.5, answer.answer


def test_a_share_belongs_to_the_piece_before_it(service) -> None:  # noqa: ANN001
    answer = service.ask("Hồ sơ TTHC tiếp nhận trực tuyến mức độ 3 chiếm bao nhiêu phần trăm trong 9 tháng năm 2021 "
                         "ở Chi cục TĐC Hà Nam?")
    assert _number(answer) == 62.5, answer.answer


def test_the_whole_year_is_not_answered_by_the_months_nor_the_target(service) -> None:  # noqa: ANN001
    answer = service.ask("Cả năm 2021, Trung tâm Kỹ thuật ở Hà Nam đã kiểm định được bao nhiêu công tơ điện?")
    assert answer.abstained, answer.answer


def test_each_rate_of_a_fall_from_one_year_to_another_is_its_years(service) -> None:  # noqa: ANN001
    answer = service.ask("Tỷ lệ cơ sở kinh doanh xăng dầu vi phạm qua kiểm tra năm 2021 ở Phú Thọ là bao nhiêu phần trăm?")
    assert _number(answer) == 8.1, answer.answer


def test_quatest_and_its_number_name_the_centre_its_letterhead_spells_out(service) -> None:  # noqa: ANN001
    answer = service.ask("Năm 2019 QUATEST 2 đã thử nghiệm tổng cộng bao nhiêu mẫu?")
    assert _number(answer) == 20150, answer.answer


def test_a_part_left_out_by_the_question_is_not_counted(service) -> None:  # noqa: ANN001
    answer = service.ask("Năm 2019 QUATEST 2 tiếp nhận bao nhiêu hồ sơ công bố hợp quy (không tính hợp chuẩn)?")
    assert _number(answer) == 35, answer.answer


def test_last_years_total_recalled_by_a_quarters_report(service) -> None:  # noqa: ANN001
    answer = service.ask("Năm 2022 Trung tâm Kỹ thuật TĐC Long An kiểm định tổng cộng bao nhiêu phương tiện đo?")
    assert _number(answer) == 61300, answer.answer


def test_a_change_against_the_same_quarter_is_worked_from_the_bracket(service) -> None:  # noqa: ANN001
    answer = service.ask("Doanh thu dịch vụ kỹ thuật quý I/2023 của Trung tâm Kỹ thuật TĐC Long An tăng bao nhiêu tỷ đồng "
                         "so với cùng kỳ?")
    assert _number(answer) == 0.64, answer.answer
    assert "6,35 - 5,71" in answer.answer


def test_adding_one_more_item_to_the_figure_just_given(service) -> None:  # noqa: ANN001
    history = [Turn("user", "Trung tâm Kỹ thuật ở Hà Nam kiểm định bao nhiêu công tơ điện trong 9 tháng năm 2021?"),
               Turn("assistant", "Trong 9 tháng năm 2021, Trung tâm Kỹ thuật đã kiểm định 2.950 công tơ điện.")]
    answer = service.ask("Cộng cả đồng hồ đo nước lạnh nữa thì tổng cộng là bao nhiêu?", history)
    assert _number(answer) == 4165, answer.answer
    assert "2.950 + 1.215" in answer.answer


def test_a_place_the_report_never_names_has_no_figure(service) -> None:  # noqa: ANN001
    answer = service.ask("Năm 2022 Trung tâm Kỹ thuật TĐC Long An kiểm định tổng cộng bao nhiêu phương tiện đo tại Cần Thơ?")
    assert answer.abstained, answer.answer


def test_a_note_printed_at_the_end_is_not_under_the_plans_heading(service) -> None:  # noqa: ANN001
    answer = service.ask("Đến ngày 20/12/2019, khách hàng đã thanh toán cho QUATEST 2 bao nhiêu tỷ đồng phí thử nghiệm?")
    assert _number(answer) == 35.2, answer.answer
