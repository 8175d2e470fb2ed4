"""A part of a whole a sentence names ("146 mẫu …, trong đó có 58 mẫu xăng dầu"; "Trong tổng số đồng hồ … có 4.318
chiếc do …"), a figure of another technical service (kiểm định for hiệu chuẩn), a follow-up that stays with the
report its previous answer came from (also when that report abbreviates what the answer spelt out), a unit's
kind alone ("Trung tâm Kỹ thuật") that names no report, "đạt" asking a result (never the previous review's plan
for that year), an abbreviation inside a routed unit name ("Chi cục TĐC Nam Định") that is no topic, and a
signer whose role stands in capitals beside "Nơi nhận" ("CHI CỤC TRƯỞNG (Đã ký và đóng dấu) Vũ Đức Thịnh")."""

from __future__ import annotations

import pytest

from assistant.models import Turn
from assistant.routing import short_names
from answer_values import number as _number

DONG_NAI = """UBND TỈNH ĐỒNG NAI
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 415/BC-SKHCN
Đồng Nai, ngày 20 tháng 12 năm 2023
BÁO CÁO
Tổng kết công tác tiêu chuẩn đo lường chất lượng năm 2023

1. Công tác đo lường
Năm 2023, Trung tâm Kỹ thuật đã kiểm định 19.338 phương tiện đo (PTĐ).
Bảng 1. Kết quả kiểm định PTĐ năm 2023
TT | Loại PTĐ | Kế hoạch 2023 | Thực hiện 2023 | Thực hiện 2022
1 | Cột đo xăng dầu | 3.600 | 3.912 | 3.587
2 | Đồng hồ đo nước lạnh | 8.500 | 9.126 | 7.804
Trong tổng số đồng hồ đo nước lạnh được kiểm định có 4.318 chiếc do Công ty Cổ phần Cấp nước Đồng Nai gửi kiểm định ban đầu.
Ngoài ra, Trung tâm đã hiệu chuẩn 2.846 phương tiện đo, chuẩn đo lường (năm 2022 hiệu chuẩn 2.519 phương tiện đo). Tổng doanh thu từ hoạt động dịch vụ kỹ thuật của Trung tâm năm 2023 đạt 21,7 tỷ đồng.

2. Công tác kiểm tra
Trong quá trình kiểm tra, đoàn kiểm tra đã lấy 146 mẫu sản phẩm, hàng hóa gửi thử nghiệm, trong đó có 58 mẫu xăng dầu; kết quả có 9 mẫu không phù hợp tiêu chuẩn công bố áp dụng.
"""

QUATEST = """TỔNG CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
TRUNG TÂM KỸ THUẬT
TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG 3
Số: 88/BC-KT3
TP. Hồ Chí Minh, ngày 26 tháng 12 năm 2022
BÁO CÁO
Tổng kết hoạt động năm 2022 và kế hoạch năm 2023

1. Kết quả năm 2022
Trong năm 2022, Trung tâm đã kiểm định, hiệu chuẩn, thử nghiệm tổng cộng 183.916 phương tiện đo, chuẩn đo lường; hiệu chuẩn 62.408 phương tiện đo, chuẩn đo lường cho các doanh nghiệp.

2. Kế hoạch năm 2023
Bảng 3. Các chỉ tiêu chủ yếu
TT | Chỉ tiêu | Đơn vị tính | Thực hiện 2022 | Kế hoạch 2023
1 | Tổng doanh thu | tỷ đồng | 352,74 | 370,00
2 | Nộp ngân sách nhà nước | tỷ đồng | 31,08 | 32,50
"""

NAM_DINH = """  ------------------------------------------------------------------
  SỞ KHOA HỌC VÀ CÔNG NGHỆ NAM ĐỊNH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  CHI CỤC TIÊU CHUẨN ĐO LƯỜNG          Độc lập - Tự do - Hạnh phúc
  CHẤT LƯỢNG
  ------------------------------------------------------------------

BÁO CÁO

Tổng kết công tác năm 2017 và phương hướng, nhiệm vụ năm 2018

Năm 2017, Chi cục (Trung tâm Kỹ thuật) và các tổ chức được chỉ định đã
kiểm định tổng số 69.396 phương tiện đo (PTĐ), đạt 108,1% kế hoạch năm
(kế hoạch 64.200 PTĐ), tăng 11,9% so với năm 2016.

  TT   Nội dung                           Đơn vị tính   Kế hoạch   Thực hiện   Năm 2016
  ---- ---------------------------------- ------------- ---------- ----------- ----------
  1    Hiệu chuẩn phương tiện đo          phương tiện   1.100      1.245       1.087
  2    Thử nghiệm mẫu hàng hóa            mẫu           800        856         772

  : Bảng 2. Kết quả hiệu chuẩn, thử nghiệm năm 2017

  ---------------------------------------------------------------
  TT   Nội dung, thời      Số cơ sở   Tiền phạt   Ghi chú
       gian kiểm tra       đã kiểm    (triệu
                           tra        đồng)
  ---- ------------------- ---------- ----------- ---------------
  1    Kiểm tra chất       32         18,0        Phối hợp Phòng
       lượng khí dầu mỏ                           Cảnh sát PCCC
       hóa lỏng (LPG)
       đóng chai

  2    Kiểm tra mũ bảo     38         9,0         Tạm giữ 146
       hiểm                                       mũ
  ---------------------------------------------------------------

  : Bảng 3. Kết quả thanh tra, kiểm tra năm 2017

Nơi nhận: - Sở KH&CN Nam Định (để b/c); - Lưu: VT, HCTH. | CHI CỤC TRƯỞNG (Đã ký và đóng dấu) Vũ Đức Thịnh
"""

HAU_GIANG = """SỞ KHOA HỌC VÀ CÔNG NGHỆ HẬU GIANG
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Vị Thanh, ngày 17 tháng 12 năm 2021
BÁO CÁO
Tổng kết công tác năm 2021
Năm 2021 Trung tâm Kỹ thuật đã kiểm định 37.975 phương tiện đo (PTĐ), đạt 99,9% kế hoạch năm; hiệu chuẩn 1.386 PTĐ, chuẩn đo lường (năm 2020: 1.152), tăng 20,3%; thử nghiệm 412 mẫu sản phẩm, hàng hóa (năm 2020: 455 mẫu).
Nơi nhận: - Tổng cục TCĐLCL (b/c); - Lưu: VT, HCTH. | CHI CỤC TRƯỞNG Lê Hoàng Phúc
"""

VINH_LONG = """SỞ KHOA HỌC VÀ CÔNG NGHỆ VĨNH LONG
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Vĩnh Long, ngày 24 tháng 12 năm 2020
BÁO CÁO
Tổng kết công tác năm 2020
Năm 2020, Chi cục đã hiệu chuẩn 598 phương tiện đo và kiểm định 20.112 phương tiện đo các loại.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"dongnai_2023.txt": DONG_NAI, "quatest3_2022.txt": QUATEST, "namdinh_2017.txt": NAM_DINH,
                            "haugiang_2021.txt": HAU_GIANG, "vinhlong_2020.txt": VINH_LONG})
    yield service
    service.close()


def test_the_whole_before_a_part_naming_a_kind_not_asked(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2023 đoàn kiểm tra lấy bao nhiêu mẫu sản phẩm, hàng hóa để gửi thử nghiệm?")
    assert _number(a) == 146, a.answer


def test_a_figure_among_all_of_a_kind_is_a_part(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2023 kiểm định được bao nhiêu đồng hồ đo nước lạnh?")
    assert _number(a) == 9126, a.answer


def test_a_figure_of_another_service_is_no_answer(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2017 Chi cục TĐC Nam Định hiệu chuẩn được bao nhiêu phương tiện đo?")
    assert _number(a) != 69396, a.answer


def test_an_abbreviation_in_a_routed_unit_name_is_no_topic(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2017 Chi cục TĐC Nam Định đã kiểm định tổng cộng bao nhiêu phương tiện đo?")
    assert _number(a) == 69396, a.answer


def test_pandoc_multiline_table_row_answers(svc) -> None:  # noqa: ANN001
    a = svc.ask("Đợt kiểm tra khí dầu mỏ hóa lỏng (LPG) đóng chai năm 2017 xử phạt tổng cộng bao nhiêu tiền?")
    assert _number(a) == 18.0, a.answer


def test_followup_stays_with_the_report_of_the_previous_answer(svc) -> None:  # noqa: ANN001
    history = [Turn("user", "Năm 2023 Trung tâm Kỹ thuật hiệu chuẩn bao nhiêu phương tiện đo?"),
               Turn("assistant", "Năm 2023 Trung tâm Kỹ thuật đã hiệu chuẩn 2.846 phương tiện đo, chuẩn đo lường.")]
    a = svc.ask("Còn năm trước thì sao?", history)
    assert _number(a) == 2519, a.answer
    assert "2.519" in a.citations[0].quote


def test_followup_reads_the_earlier_figure_beside_an_abbreviated_one(svc) -> None:  # noqa: ANN001
    history = [Turn("user", "Năm 2021 hiệu chuẩn được bao nhiêu phương tiện đo?"),
               Turn("assistant", "Năm 2021 Trung tâm Kỹ thuật hiệu chuẩn 1.386 phương tiện đo, chuẩn đo lường, tăng 20,3%.")]
    a = svc.ask("Còn năm trước thì sao?", history)
    assert _number(a) == 1152, a.answer


def test_a_unit_kind_alone_routes_to_no_report(svc) -> None:  # noqa: ANN001
    assert "ttkt" not in short_names(QUATEST[:300])
    a = svc.ask("Doanh thu dịch vụ kỹ thuật của Trung tâm Kỹ thuật năm 2023 đạt bao nhiêu?")
    assert _number(a) == 21.7, a.answer


def test_a_result_asked_is_never_the_previous_reviews_plan(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2023 tổng doanh thu của QUATEST 3 đạt bao nhiêu tỷ đồng?")
    assert a.abstained and _number(a) != 370, a.answer


@pytest.mark.parametrize("question,name", [
    ("Ai là người ký báo cáo tổng kết năm 2017 của Chi cục TĐC Nam Định?", "Vũ Đức Thịnh"),
    ("Ai ký báo cáo tổng kết năm 2021 của Chi cục TĐC Hậu Giang?", "Lê Hoàng Phúc"),
])
def test_signer_beside_the_recipients(svc, question: str, name: str) -> None:  # noqa: ANN001
    a = svc.ask(question)
    assert not a.abstained and a.answer.startswith(name), a.answer


def test_previous_figure_with_nothing_written_after_it_is_no_anchor() -> None:
    from assistant.answerer import _anchor
    from assistant.question import analyze

    a = analyze("Còn năm trước thì sao?")
    a.previous, a.previous_heads = {31466.0}, {31466.0: "cong"}
    assert _anchor("Năm 2018 đã kiểm định tổng số 31.466.", a) is None  # (no unit, no table row: no crash either)
    assert _anchor("Năm 2018 đã kiểm định 31.466 công tơ điện.", a) is not None
    a.previous_heads = {31466.0: "phuong"}
    assert _anchor("Năm 2018 đã kiểm định 31.466 PTĐ.", a) is not None  # the abbreviation of "phương tiện đo"
