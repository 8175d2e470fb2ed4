"""Figures that a sentence, a table or a question frames: what a sentence first sets aside ("Ngoài các cuộc kiểm
tra do Chi cục chủ trì, …") is not what follows it; a province's stock ("toàn tỉnh có 155 cơ quan") is not what the
unit did there; a table row of "the other kinds" is not the things asked; a form's note under a table's header
does not part the header from its rows; "gộp hai lĩnh vực A và B, …" adds two parts, an item's own comma kept;
a unit going on after its comma names what it counts; "bao nhiêu cột đo được kiểm định" counts a doing; a
follow-up naming another period replaces the period asked before; a form's hint under the signer's role
("(Ký, ghi rõ họ tên, đóng dấu)") leaves the role and the name."""

from __future__ import annotations

import pytest

from assistant.candidates import _counted_in_caption, _header
from assistant.models import Turn
from assistant.question import resolve_followup
from assistant.reasoning import plan

HALF_YEAR = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÒA BÌNH
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 141/BC-TĐC
Hòa Bình, ngày 08 tháng 7 năm 2024
BÁO CÁO
Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Hòa Bình
I. KẾT QUẢ THỰC HIỆN
1. Kiểm định phương tiện đo
Trong 6 tháng đầu năm 2024, Chi cục đã kiểm định, hiệu chuẩn 7.412 PTĐ, đạt 52,9% kế hoạch năm và tăng 9,1% so với cùng kỳ năm 2023 (6.794 PTĐ).
Bảng 1. Kết quả kiểm định, hiệu chuẩn phương tiện đo 6 tháng đầu năm 2024
TT | Nội dung | ĐVT | KH năm 2024 | TH 6 tháng 2024 | Tỷ lệ so KH (%)
1 | Cân các loại | chiếc | 5.600 | 3.020 | 53,9
2 | Cột đo xăng dầu | cột | 900 | 466 | 51,8
3 | PTĐ khác (taximet, áp kế) | chiếc | 520 | 214 | 41,2
- | Tổng cộng | PTĐ | 14.000 | 7.412 | 52,9
Chi cục đã kiểm tra đo lường đối với 19 cơ sở kinh doanh xăng dầu với 47 cột đo, phát hiện 02 cơ sở vi phạm. Trung tâm đã kiểm định 466 cột đo xăng dầu trên địa bàn toàn tỉnh.
2. Kiểm tra nhà nước
Trong 6 tháng đầu năm, Chi cục đã tổ chức 03 cuộc kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa tại 52 cơ sở sản xuất, kinh doanh; phát hiện 06 cơ sở vi phạm.
Ngoài các cuộc kiểm tra do Chi cục chủ trì, Chi cục đã cử công chức phối hợp với Đội Quản lý thị trường số 1 kiểm tra 11 cơ sở kinh doanh mũ bảo hiểm.
Bảng 2. Kết quả kiểm tra 6 tháng đầu năm 2024
TT | Đối tượng kiểm tra | Số cơ sở kiểm tra | Số cơ sở vi phạm | Số tiền phạt (đồng)
1 | Đo lường, chất lượng xăng dầu | 19 | 2 | 31.500.000
2 | Vàng trang sức, mỹ nghệ | 14 | 3 | 18.000.000
3 | Phân bón | 19 | 1 | 7.500.000
- | Tổng cộng | 52 | 6 | 57.000.000
3. Áp dụng hệ thống quản lý chất lượng
Về áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trong cơ quan hành chính nhà nước, Chi cục đã kiểm tra việc duy trì, cải tiến hệ thống tại 23 cơ quan. Đến nay, toàn tỉnh có 148 cơ quan, đơn vị hành chính nhà nước áp dụng TCVN ISO 9001:2015.
4. Mã số mã vạch
Chi cục hướng dẫn 17 doanh nghiệp, hợp tác xã lập hồ sơ đăng ký cấp mới mã số mã vạch (cùng kỳ năm 2023: 12 doanh nghiệp) và 05 doanh nghiệp làm thủ tục cấp lại, thay đổi thông tin.
"""

FORM = """Biểu mẫu số 01/TĐC-ĐP
BÁO CÁO
Kết quả công tác tiêu chuẩn, đo lường, chất lượng năm 2022 của Chi cục TĐC tỉnh Yên Bái
Biểu số 01. KẾT QUẢ KIỂM ĐỊNH PHƯƠNG TIỆN ĐO NĂM 2022
Đơn vị tính: PTĐ
TT | Lĩnh vực/loại PTĐ | Kế hoạch năm 2022 | Thực hiện năm 2022 | Thực hiện năm 2021 | Ghi chú
(Hướng dẫn: ghi số PTĐ đã được cấp chứng chỉ kiểm định, kể cả PTĐ không đạt; ví dụ: 1.250)
1 | Cân bàn, cân đĩa | 2.900 | 3.114 | 2.870 | -
2 | Đồng hồ nước lạnh | 3.800 | 4.126 | 3.655 | Của các đơn vị cấp nước
3 | Taximet | 40 | 52 | 35 | -
- | Tổng số | 6.740 | 7.292 | 6.560 | -
Nơi nhận: - Tổng cục TĐC (b/c); - Lưu: VT, HCTH. | CHI CỤC TRƯỞNG (Ký, ghi rõ họ tên, đóng dấu) (Đã ký) Hoàng Văn Sơn
"""


@pytest.fixture(scope="module")
def svc(service_beside_real_report):  # noqa: ANN001, ANN201
    service = service_beside_real_report({"bc_6thang_2024_tdc_hoabinh.txt": HALF_YEAR, "bieumau_2022_tdc_yenbai.txt": FORM})
    yield service
    service.close()


def test_a_figure_after_what_its_sentence_sets_aside_is_something_else(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Nửa đầu năm 2024, các cuộc kiểm tra nhà nước do Chi cục TĐC Hòa Bình tổ chức đã kiểm tra bao nhiêu "
                     "cơ sở sản xuất, kinh doanh?")
    assert not answer.abstained and answer.value.number == 52


def test_the_provinces_stock_is_not_what_the_unit_did_there(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Tính đến giữa năm 2024, tỉnh Hòa Bình có bao nhiêu cơ quan hành chính nhà nước đang áp dụng hệ thống "
                     "quản lý chất lượng ISO 9001?")
    assert not answer.abstained and answer.value.number == 148


def test_the_remainder_to_the_plan_is_the_total_rows_not_the_other_kinds(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Sau 6 tháng đầu năm 2024, số phương tiện đo Chi cục TĐC Hòa Bình đã kiểm định, hiệu chuẩn còn thiếu "
                     "bao nhiêu so với kế hoạch của cả năm?")
    assert not answer.abstained and answer.value.number == 14000 - 7412


def test_two_counted_parts_add_up_an_items_own_comma_kept(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Tính gộp hai lĩnh vực xăng dầu và vàng trang sức, mỹ nghệ, số tiền phạt qua kiểm tra của Chi cục TĐC "
                     "Hòa Bình trong 6 tháng đầu năm 2024 là bao nhiêu?")
    assert not answer.abstained and answer.value.number == 31_500_000 + 18_000_000
    assert plan("Tính gộp hai lĩnh vực xăng dầu và vàng trang sức, mỹ nghệ, số tiền phạt là bao nhiêu?", "number").parts == [
        "xăng dầu", "vàng trang sức, mỹ nghệ"]


def test_a_unit_going_on_after_its_comma_names_what_it_counts(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Trong 6 tháng đầu năm 2024 Chi cục TĐC Hòa Bình đã hướng dẫn bao nhiêu doanh nghiệp, hợp tác xã làm "
                     "hồ sơ xin cấp mới mã số mã vạch?")
    assert not answer.abstained and answer.value.number == 17


def test_a_doing_said_of_the_things_counted(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Chi cục TĐC Hòa Bình cho biết trong 6 tháng đầu năm 2024 có bao nhiêu cột đo xăng dầu được kiểm định?")
    assert not answer.abstained and answer.value.number == 466


def test_a_forms_note_under_the_header_does_not_part_it_from_its_rows(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2022 Chi cục TĐC Yên Bái kiểm định bao nhiêu đồng hồ nước lạnh?")
    assert not answer.abstained and answer.value.number == 4126


def test_a_taxi_meter_in_other_words_is_the_taximet_row(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2022 Chi cục TĐC Yên Bái kiểm định được bao nhiêu đồng hồ tính tiền taxi?")
    assert not answer.abstained and answer.value.number == 52


def test_a_forms_signing_hint_under_the_role_leaves_the_signer(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Ai là người ký báo cáo năm 2022 của Chi cục TĐC Yên Bái với cương vị Chi cục trưởng?")
    assert not answer.abstained and "Hoàng Văn Sơn" in answer.answer


def test_a_follow_up_naming_another_period_asks_that_period(svc) -> None:  # noqa: ANN001
    history = [Turn(role="user", content="Nửa đầu năm 2024 Chi cục TĐC Hòa Bình kiểm định, hiệu chuẩn được bao nhiêu phương tiện đo?"),
               Turn(role="assistant", content="Trong 6 tháng đầu năm 2024, Chi cục đã kiểm định, hiệu chuẩn 7.412 PTĐ.")]
    question = "Thế còn cả năm 2023 thì Chi cục kiểm định, hiệu chuẩn được bao nhiêu?"
    resolved = resolve_followup(question, history)
    assert "Nửa đầu năm" not in resolved and "Cả năm" in resolved
    answer = svc.ask(question, history=history)
    assert answer.abstained  # (only the same half of 2023 is given: "cùng kỳ năm 2023 (6.794 PTĐ)")


def test_a_columns_count_after_its_years_names_its_unit() -> None:
    assert _counted_in_caption("Năm 2023 Số cơ sở kiểm tra") == "cơ sở kiểm tra"


def test_a_row_without_its_empty_note_cell_keeps_its_columns() -> None:
    head, _ = _header(["TT | Chỉ tiêu | Kế hoạch năm 2022 | Thực hiện năm 2022 | Thực hiện năm 2021 | Ghi chú"],
                      ["1", "Tổng doanh thu", "1.450", "1.612,4", "1.468,5"])
    assert head[-1] == "Thực hiện năm 2021"
