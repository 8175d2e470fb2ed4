"""A signer's name read in the right-hand column under the left one's lines is still the signature's; "phần không do / không
thuộc …" of a stated whole is the whole less the stated part; a field asked in words is met by its abbreviation in the
figure's clause; "số hiệu văn bản" asks the report's own number; a figure in a sentence opening on another quarter is no
answer for the quarter asked; a table giving a row a year lets a later report answer for that year; a signer is read under
the recipient list past a stamp's stray lines; "để đạt kế hoạch …, cần tăng thêm bao nhiêu … so với thực hiện năm trước" is
the plan less the result; "Tính cả Y, … tổng cộng bao nhiêu" asks the whole that includes Y, not Y added to something; a date opening its sentence
("Ngày 15/8/2024, … đã ký Quyết định …, có hiệu lực từ ngày 01/9/2024") is the date of what follows it."""

from __future__ import annotations

import pytest

REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ TĨNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG | Độc lập - Tự do - Hạnh phúc
Số: 87/BC-TĐC | Hà Tĩnh, ngày 04/01/2025
BÁO CÁO
Tổng kết công tác tiêu chuẩn, đo lường, chất lượng năm 2024
1. Kiểm tra, xử lý vi phạm
Năm 2024, Chi cục kiểm tra 64 cơ sở, phát hiện 19 cơ sở vi phạm, xử phạt với tổng số tiền 248,6 triệu đồng. Trong đó, Chi cục trưởng trực tiếp ban hành 14 quyết định xử phạt với số tiền 187,4 triệu đồng; 05 trường hợp vượt thẩm quyền được chuyển Chủ tịch UBND cấp huyện.
Ngày 15/8/2024, Ủy ban nhân dân tỉnh đã ký Quyết định số 19/2024/QĐ-UBND ban hành QCĐP 01:2024/HT về chất lượng nước sạch sinh hoạt, có hiệu lực từ ngày 01/9/2024.
2. Hàng rào kỹ thuật trong thương mại
Điểm TBT tỉnh đã thu thập, xử lý và thông báo 312 tin cảnh báo (năm 2023: 287 tin), gửi tới 145 doanh nghiệp; đăng tải 48 tin, bài trên Trang thông tin điện tử của Sở.
3. Kiểm định phương tiện đo
Năm 2024, Trung tâm Kỹ thuật đã kiểm định 6.842 PTĐ, đạt 105,3% kế hoạch. Tính chung toàn tỉnh (bao gồm cả công tơ điện do Công ty Điện lực Hà Tĩnh kiểm định), năm 2024 có 25.248 PTĐ được kiểm định. Riêng quý IV/2024, do mưa lũ kéo dài, Trung tâm chỉ kiểm định được 1.486 PTĐ, bằng 86,3% so với cùng kỳ năm 2023 (1.722 PTĐ).
4. Tổng hợp chỉ tiêu qua các năm
Tiêu đề | Kỳ báo cáo | Kiểm định PTĐ (PTĐ) | Doanh thu (triệu đồng)
Báo cáo tổng kết năm 2022 và kế hoạch năm 2023 | Năm 2022 | 5.518 | 3.208
Báo cáo tổng kết năm 2023 và kế hoạch năm 2024 | Năm 2023 | 5.742 | 3.873
Báo cáo tổng kết năm 2024 và kế hoạch năm 2025 | Năm 2024 | 6.842 | 4.642
Nơi nhận: | THỦ TRƯỞNG ĐƠN VỊ
- Tổng cục TCĐLCL; | (Ký, ghi rõ họ tên, đóng dấu)
- Sở KH&CN tỉnh Hà Tĩnh (b/c); | KT. CHI CỤC TRƯỞNG
- Lưu: VT, HCTH. | PHÓ CHI CỤC TRƯỞNG
Người lập biểu: Lê Thị Thu Hà
Điện thoại:
Email: | Đinh Xuân Trường
"""

# a scan's OCR: the stamp over the signer's title read as lines of its own
SCANNED = """SỞ KH&CN TUYÊN QUANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 215/BC-TĐC. Tuyên Quang, ngày 16 tháng 12 năm 2022
BÁO CÁO
Tổng kết công tác năm 2022 của Chi cục Tiêu chuẩn Đo lường Chất lượng Tuyên Quang
Năm 2022, Chi cục đã kiểm tra 163 cơ sở sản xuất, kinh doanh. Tổng doanh thu dịch vụ kỹ thuật năm 2022 đạt 2.456,8 triệu đồng, bằng 111,7% kế hoạch.
III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023
Tổng doanh thu kế hoạch năm 2023 là 2.650 triệu đồng, tăng 7,9% so với thực hiện năm 2022.
Nơi nhận:
- Tổng cục TCĐLCL (b/c);
- Lưu: VT, QLĐL. mi
CHI CỤC TIỆU CHUẨN ĐO LƯỜNG
- ‹lJ b2 v 2 CHẤT LƯỢNG tr :
_ Ma Thị Thanh Huyền.
"""


@pytest.fixture(scope="module")
def svc(service_beside_real_report):  # noqa: ANN001, ANN201
    service = service_beside_real_report({"bc_tong_ket_2024_tdc_hatinh.txt": REPORT,
                                          "bc_tong_ket_2022_tdc_tuyenquang_ocr.txt": SCANNED})
    yield service
    service.close()


def test_a_signer_in_the_right_hand_column_under_the_left_ones_lines(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Ai là người ký báo cáo tổng kết năm 2024 của Chi cục TĐC Hà Tĩnh?")
    assert not answer.abstained and "Đinh Xuân Trường" in answer.answer and "Lê Thị Thu Hà" not in answer.answer


def test_the_part_not_done_by_someone_is_the_whole_less_the_stated_part(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Trong tổng số tiền phạt năm 2024 của Chi cục TĐC Hà Tĩnh, phần không do Chi cục trưởng trực tiếp "
                     "ra quyết định xử phạt là bao nhiêu tiền?")
    assert not answer.abstained and answer.value.number == pytest.approx(61.2)


def test_a_field_asked_in_words_is_met_by_its_abbreviation_in_the_clause(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2024 Chi cục TĐC Hà Tĩnh đã thông báo bao nhiêu tin cảnh báo về hàng rào kỹ thuật trong thương mại?")
    assert not answer.abstained and answer.value.number == 312


def test_so_hieu_van_ban_asks_the_reports_own_number(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Báo cáo tổng kết năm 2024 của Chi cục TĐC Hà Tĩnh mang số hiệu văn bản nào?")
    assert not answer.abstained and "87/BC-TĐC" in answer.answer


def test_a_sentence_opening_on_another_quarter_answers_no_other(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Trong quý III năm 2024, Trung tâm Kỹ thuật TĐC Hà Tĩnh kiểm định được bao nhiêu phương tiện đo?")
    assert answer.abstained  # 1.486 is quý IV's, 1.722 the same quarter of 2023


def test_a_row_named_by_its_year_answers_for_that_year(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Doanh thu của Chi cục TĐC Hà Tĩnh năm 2022 là bao nhiêu triệu đồng?")
    assert not answer.abstained and answer.value.number == 3208


def test_a_signer_under_the_recipients_and_a_stamps_stray_lines(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Ai là người ký báo cáo tổng kết công tác năm 2022 của Chi cục TĐC Tuyên Quang?")
    assert not answer.abstained and "Ma Thị Thanh Huyền" in answer.answer


def test_a_plan_set_against_last_years_result_the_amount_asked_first(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Để đạt kế hoạch doanh thu năm 2023, Chi cục TĐC Tuyên Quang cần tăng thêm bao nhiêu triệu đồng so với "
                     "doanh thu thực hiện năm 2022?")
    assert not answer.abstained and answer.value.number == pytest.approx(193.2)


def test_tinh_ca_a_part_leading_the_question_asks_the_whole_that_includes_it(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Tính cả phần công tơ do Điện lực kiểm định, trên địa bàn tỉnh Hà Tĩnh năm 2024 có tổng cộng bao nhiêu "
                     "phương tiện đo được kiểm định?")
    assert not answer.abstained and answer.value.number == 25248


def test_a_date_opening_its_sentence_is_of_what_follows_it(svc) -> None:  # noqa: ANN001
    signed = svc.ask("UBND tỉnh Hà Tĩnh ký quyết định ban hành quy chuẩn kỹ thuật địa phương về chất lượng nước sạch sinh "
                     "hoạt vào ngày nào?")
    assert not signed.abstained and signed.value.text == "15/8/2024"
    effective = svc.ask("Quy chuẩn kỹ thuật địa phương về chất lượng nước sạch sinh hoạt của tỉnh Hà Tĩnh có hiệu lực từ ngày nào?")
    assert not effective.abstained and effective.value.text == "01/9/2024"
