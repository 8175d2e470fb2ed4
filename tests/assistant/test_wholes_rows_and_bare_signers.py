"""Wholes a question names, rows that state a twofold total, and a signer whose role is lost: "Trong 7 cơ sở vi
phạm, bao nhiêu …" asks a part no larger than 7, told where 7 is; a row "Kiểm định, hiệu chuẩn phương tiện đo,
chuẩn đo lường | … | 183.916" is the total "tổng cộng bao nhiêu phương tiện đo, chuẩn đo lường" asks, not a sum of
two figures; a name alone under the recipient list ("- Lưu: VT.\\nPhạm Văn Thắng") signed the report; a worked rate
is rounded half up, as a reader rounds it (10 / 160 = 6,25% is 6,3% to the one place the report writes)."""

from __future__ import annotations

import pytest

from assistant.models import Turn

CENTRE_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LONG AN
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 88/BC-TTKT

BÁO CÁO
Tổng kết hoạt động năm 2022

1. Kiểm định, hiệu chuẩn

Bảng 1. Kết quả thực hiện các chỉ tiêu năm 2022
TT | Chỉ tiêu | ĐVT | Thực hiện 2022 | Kế hoạch 2022
1 | Kiểm định, hiệu chuẩn phương tiện đo, chuẩn đo lường | phương tiện đo | 48.615 | 50.000
2 | Thử nghiệm mẫu | mẫu | 2.140 | 2.000

Trung tâm hiện duy trì 142 chuẩn đo lường các loại và được chỉ định kiểm định 46 loại phương tiện đo.

Thử nghiệm phân bón: Trung tâm lấy 160 mẫu phân bón để thử nghiệm, trong đó 10 mẫu không đạt chỉ tiêu hàm lượng đạm; số mẫu thử nghiệm đạt 107,0% kế hoạch năm.

2. Kiểm tra xăng dầu

Bảng 2. Kết quả kiểm tra theo nhóm hàng năm 2022
TT | Nhóm hàng | Số cơ sở kiểm tra | Số cơ sở vi phạm | Tỷ lệ đạt (%)
1 | Xăng dầu Vi phạm về đo lường: 4 cơ sở; vi phạm về chất lượng: 3 cơ sở | 86 | 7 | 91,9
2 | Khí dầu mỏ hóa lỏng | 24 | 1 | 95,8

Kiểm tra hàng đóng gói sẵn: Chi cục kiểm tra 12 cơ sở, phát hiện 2 cơ sở vi phạm về ghi nhãn và 5 cơ sở vi phạm về chất lượng hàng hóa.

Trên đây là báo cáo tổng kết hoạt động năm 2022 của Trung tâm./.
Nơi nhận:
- Sở KH&CN (để b/c);
- Chi cục TĐC;
- Lưu: VT, HCTH.
Nguyễn Hữu Phước
"""


@pytest.fixture(scope="module")
def centre_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt_longan_2022.txt": CENTRE_REPORT})
    yield service
    service.close()


def test_a_row_naming_both_kinds_is_their_stated_total(centre_svc) -> None:  # noqa: ANN001
    answer = centre_svc.ask("Năm 2022 Trung tâm đã kiểm định, hiệu chuẩn tổng cộng bao nhiêu phương tiện đo, chuẩn đo "
                            "lường?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 48615, answer.answer  # (not 48.615 + the 142 standards it keeps)


def test_a_part_of_a_named_whole_is_no_larger_and_told_beside_it(centre_svc) -> None:  # noqa: ANN001
    answer = centre_svc.ask("Trong 7 cơ sở xăng dầu vi phạm năm 2022, bao nhiêu cơ sở vi phạm về chất lượng?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 3, answer.answer  # (not the row's 86 checked, nor 5 of prepackaged goods)


def test_a_bare_name_under_the_recipient_list_signed(centre_svc) -> None:  # noqa: ANN001
    answer = centre_svc.ask("Ai ký báo cáo tổng kết năm 2022 của Trung tâm Kỹ thuật TĐC Long An?")
    assert not answer.abstained, answer.answer
    assert "Nguyễn Hữu Phước" in answer.answer


def test_a_worked_rate_is_rounded_half_up(centre_svc) -> None:  # noqa: ANN001
    answer = centre_svc.ask("Tỷ lệ mẫu phân bón không đạt trên tổng số mẫu Trung tâm lấy thử nghiệm năm 2022 là bao nhiêu "
                            "phần trăm?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 6.3, answer.answer  # (not 6,2: round() of the float 6,25)


MONTH_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 77/BC-TĐC

BÁO CÁO
Kết quả công tác tháng 5 năm 2024

1. Công tác đo lường

Tháng 5/2024, Trung tâm Kỹ thuật trực thuộc Chi cục đã kiểm định 2.351 PTĐ các loại. Lũy kế 5 tháng đầu năm 2024, Trung tâm đã kiểm định 10.862 PTĐ, đạt 41,8% kế hoạch năm, tăng 9,2% so với cùng kỳ năm 2023 (9.947 PTĐ).

Công ty Điện lực Tây Ninh tự kiểm định 8.420 công tơ điện (không tính vào số liệu của Chi cục).

Bảng 1. Một số chỉ tiêu chủ yếu
TT | Nội dung | ĐVT | Tháng 5 | Lũy kế 5 tháng | Cùng kỳ 2023 (lũy kế 5 tháng) | KH năm 2024 | % KH
1 | Kiểm định phương tiện đo | PTĐ | 2.351 | 10.862 | 9.947 | 26.000 | 41,8
2 | Doanh thu dịch vụ kỹ thuật | triệu đồng | 512,4 | 2.286,7 | 2.148,6 | 5.600 | 40,8

2. Kiểm tra vàng trang sức

Theo Quyết định số 112/QĐ-TĐC, Đoàn kiểm tra gồm đại diện Chi cục và Quản lý thị trường, do ông Trần Minh Khoa, Phó Chi cục trưởng, làm Trưởng đoàn. Trong đợt kiểm tra năm 2024, Đoàn kiểm tra của Chi cục lấy 38 mẫu vàng để thử nghiệm; kết quả 33 mẫu đạt, 05 mẫu không đạt, chiếm tỷ lệ 13,2% tổng số mẫu. Các mẫu không đạt có hàm lượng vàng thấp hơn công bố từ 0,4% đến 0,9%.

Kinh phí kiểm tra năm 2024 là 268,0 triệu đồng (bao gồm chi phí mua mẫu, thử nghiệm mẫu và công tác phí).
"""


@pytest.fixture(scope="module")
def month_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"chicuc_tayninh_thang5_2024.txt": MONTH_REPORT})
    yield service
    service.close()


def test_a_single_month_asked_is_no_cumulative_figure(month_svc) -> None:  # noqa: ANN001
    answer = month_svc.ask("Riêng tháng 5 năm 2023, Chi cục TĐC Tây Ninh kiểm định được bao nhiêu PTĐ?")
    assert answer.abstained, answer.answer  # (9.947 is the first five months of 2023, not May)
    answer = month_svc.ask("Tháng 5 năm 2024, Chi cục TĐC Tây Ninh kiểm định được bao nhiêu phương tiện đo?")
    assert not answer.abstained and answer.value.number == 2351, answer.answer


def test_a_change_on_the_same_period_is_worked_from_the_reports_own_period_column(month_svc) -> None:  # noqa: ANN001
    answer = month_svc.ask("Doanh thu dịch vụ kỹ thuật 5 tháng đầu năm 2024 của Chi cục TĐC Tây Ninh tăng bao nhiêu phần "
                           "trăm so với cùng kỳ năm 2023?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 6.4, answer.answer  # (2.286,7 - 2.148,6) / 2.148,6; not the "% KH" cell 40,8


def test_a_figure_left_out_of_the_units_own_is_not_its(month_svc) -> None:  # noqa: ANN001
    answer = month_svc.ask("Năm 2024 Chi cục TĐC Tây Ninh kiểm định được bao nhiêu công tơ điện?")
    assert answer.value is None or answer.value.number != 8420, answer.answer


def test_a_share_written_after_its_count_and_whole_is_the_rate_asked(month_svc) -> None:  # noqa: ANN001
    answer = month_svc.ask("Tỷ lệ mẫu vàng không đạt trong đợt kiểm tra năm 2024 của Chi cục TĐC Tây Ninh là bao nhiêu "
                           "phần trăm?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 13.2, answer.answer  # (not the 0,4% spread of gold content)


def test_a_part_singled_out_is_not_the_whole_that_includes_it(month_svc) -> None:  # noqa: ANN001
    answer = month_svc.ask("Riêng chi phí thử nghiệm mẫu vàng năm 2024 của Chi cục TĐC Tây Ninh là bao nhiêu tiền?")
    assert answer.abstained, answer.answer  # (268,0 triệu đồng holds it with other costs)


def test_the_part_a_person_plays_later_in_the_sentence_is_their_role(month_svc) -> None:  # noqa: ANN001
    answer = month_svc.ask("Ai là Trưởng đoàn kiểm tra vàng trang sức năm 2024 của Chi cục TĐC Tây Ninh?")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("Trần Minh Khoa (Trưởng đoàn)"), answer.answer  # (not "Phó Chi cục trưởng")


APPENDIX_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THÁI BÌNH
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 09/BC-TTKT

BÁO CÁO
Tổng kết hoạt động năm 2023

1. Kiểm tra xăng dầu

Đợt 1: Quyết định số 86/QĐ-TĐC ngày 18/3/2023 thành lập Đoàn kiểm tra do ông Nguyễn Văn Thành, Phó Giám đốc, làm Trưởng đoàn; Đoàn kiểm tra 24 cửa hàng.
Đợt 2: Quyết định số 215/QĐ-TĐC ngày 12/8/2023 thành lập Đoàn kiểm tra do bà Phạm Thị Ngọc Hân, Trưởng phòng Đo lường, làm Trưởng đoàn; Đoàn kiểm tra 31 cửa hàng.

2. Kiểm tra vàng trang sức

Căn cứ Quyết định số 112/QĐ-TTKT ngày 20/4/2023 của Giám đốc Trung tâm về việc kiểm tra vàng trang sức năm 2023 (đợt 1) và Quyết định số 389/QĐ-TTKT ngày 22/9/2023 của Giám đốc Trung tâm về việc kiểm tra vàng trang sức năm 2023 (đợt 2), Trung tâm đã phối hợp kiểm tra 16 cơ sở kinh doanh vàng trang sức, mỹ nghệ.

Phụ lục 2: Doanh thu theo quý năm 2023 (triệu đồng)
(Kèm theo Báo cáo số 09/BC-TTKT ngày 12/01/2024)
TT | Hoạt động | Quý I | Quý II | Quý III | Quý IV | Cả năm
1 | Kiểm định | 1.845 | 2.312 | 2.506 | 2.987 | 9.650
2 | Thử nghiệm | 1.126 | 1.402 | 1.588 | 1.734 | 5.850
- | Tổng cộng | 2.971 | 3.714 | 4.094 | 4.721 | 15.500
"""


@pytest.fixture(scope="module")
def appendix_svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt_thaibinh_2023.txt": APPENDIX_REPORT})
    yield service
    service.close()


def test_an_appendix_caption_gives_its_tables_money_unit(appendix_svc) -> None:  # noqa: ANN001
    answer = appendix_svc.ask("Doanh thu từ hoạt động thử nghiệm của Trung tâm Kỹ thuật TĐC Thái Bình trong quý III/2023 là "
                              "bao nhiêu?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 1588 and "triệu đồng" in answer.value.text, answer.answer


def test_a_follow_up_naming_a_round_asks_that_rounds_person(appendix_svc) -> None:  # noqa: ANN001
    history = [Turn(role="user", content="Đợt 1 kiểm tra xăng dầu năm 2023 của Trung tâm ai làm trưởng đoàn?"),
               Turn(role="assistant", content="Nguyễn Văn Thành (Trưởng đoàn)")]
    answer = appendix_svc.ask("Còn đợt 2 thì ai làm trưởng đoàn?", history=history)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("Phạm Thị Ngọc Hân"), answer.answer


def test_a_round_asked_dates_the_decision_its_own_words_give_that_round(appendix_svc) -> None:  # noqa: ANN001
    answer = appendix_svc.ask("Quyết định của Giám đốc Trung tâm về việc kiểm tra vàng trang sức đợt 1 năm 2023 được ban "
                              "hành ngày nào?")
    assert not answer.abstained, answer.answer
    assert "20/4/2023" in answer.answer.split("—")[0], answer.answer  # (not 22/9/2023, after the "(đợt 1)" mark)
