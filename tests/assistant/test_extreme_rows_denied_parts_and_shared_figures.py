"""Which row has the most or the least ("huyện nào phát hiện nhiều cân không đạt nhất?") is read from the table
column that counts it, over all its rows and never its total; a report's own sentence naming the extreme answers
instead; "không bị phát hiện vi phạm" is the whole less the violations, not an exception a sentence makes after
"không phát hiện vi phạm … nhưng có 2 cơ sở …"; a figure given for several named recipients together is no figure for
one of them singled out ("riêng các bệnh viện"); a clause opening on another year is that year's figure; a deck's
presenter is named over the post, a draft's signer after "(Dự thảo - chưa ký)"."""

from __future__ import annotations

import pytest

REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẾN TRE | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG | Độc lập - Tự do - Hạnh phúc
Số: 187/BC-TĐC | Bến Tre, ngày 05 tháng 10 năm 2024
BÁO CÁO
Công tác 9 tháng đầu năm 2024
1. Kiểm tra đo lường tại chợ
Bảng 2. Kết quả kiểm tra cân tại chợ theo huyện, thành phố (9 tháng 2024)
Huyện, thành phố | Số chợ kiểm tra | Số cân kiểm tra (chiếc) | Số cân không đạt (chiếc) | Số tiền xử phạt (triệu đồng)
Thành phố Bến Tre | 6 | 248 | 9 | 12,5
Châu Thành | 4 | 176 | 7 | 8,0
Chợ Lách | 3 | 121 | 5 | 31,5
Mỏ Cày Nam | 4 | 165 | 8 | 6,0
Ba Tri | 5 | 212 | 14 | 9,5
Thạnh Phú | 3 | 127 | 11 | 4,0
Toàn tỉnh | 25 | 1.049 | 54 | 71,5
2. Kiểm tra nhà nước về chất lượng
Bảng 3. Kết quả kiểm tra theo lĩnh vực
Lĩnh vực | Số cơ sở được kiểm tra | Số mẫu thử nghiệm | Số mẫu không đạt
Xăng dầu | 64 | 38 | 2
Phân bón | 15 | 10 | 3
Đồ chơi trẻ em | 26 | 12 | 1
Tổng cộng | 105 | 60 | 6
Kết quả thử nghiệm cho thấy mặt hàng phân bón có tỷ lệ mẫu không đạt cao nhất (03/10 mẫu không đạt chỉ tiêu hàm lượng đạm).
Tổng số cơ sở được kiểm tra là 105 cơ sở (cùng kỳ năm 2023: 98 cơ sở), phát hiện 09 cơ sở vi phạm, Chi cục đã lập biên bản xử phạt.
Chi cục đã kiểm tra lượng của hàng đóng gói sẵn đối với 18 mặt hàng tại 6 cơ sở sản xuất, kinh doanh, không phát hiện vi phạm về lượng nhưng có 2 cơ sở ghi nhãn định lượng chưa đúng quy định, đã được nhắc nhở.
3. Hiệu chuẩn, thử nghiệm
Bên cạnh kiểm định, Trung tâm Kỹ thuật đã hiệu chuẩn 153 phương tiện đo, chuẩn đo lường (cùng kỳ 2023: 137) cho các doanh nghiệp thủy điện, xây dựng và bệnh viện; thử nghiệm 64 mẫu sản phẩm.
Số đồng hồ nước được kiểm định tăng đều qua các năm: năm 2022 phục hồi, đạt 3.012 đồng hồ nước; năm 2023 đạt 3.862 đồng hồ nước và năm 2024 đạt 4.417 đồng hồ nước.
Nơi nhận: | CHI CỤC TRƯỞNG
- Lưu: VT. | Nguyễn Thanh Phong
"""

RESULTS = """CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG VĨNH LONG
BÁO CÁO kết quả công tác năm 2024
Trên địa bàn tỉnh hiện có 04 tổ chức được chỉ định kiểm định phương tiện đo đang hoạt động. Năm 2024, các tổ chức này đã kiểm định tổng số 52.614 PTĐ các loại, trong đó Công ty Điện lực kiểm định 30.120 công tơ điện. Riêng Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Vĩnh Long (đơn vị sự nghiệp trực thuộc Chi cục) đã kiểm định, hiệu chuẩn 18.622 PTĐ trên địa bàn tỉnh.
Năm 2024, Trung tâm Kỹ thuật đã kiểm định, hiệu chuẩn 18.622 PTĐ, tăng 10,2% so với năm 2023 (16.899 PTĐ) và đạt 77,6% kế hoạch năm 2024 (24.000 PTĐ).
Chi cục tiếp nhận 186 hồ sơ công bố hợp quy, 100% được xử lý đúng hạn.
Chi cục phối hợp với Đội Quản lý thị trường kiểm tra đột xuất 9 cơ sở kinh doanh đèn trung thu, đồ chơi trẻ em.
Bảng 1. Kết quả kiểm tra theo lĩnh vực năm 2024
Lĩnh vực | Cửa hàng xăng dầu được kiểm tra (cửa hàng) | Số cơ sở được kiểm tra | Số cơ sở vi phạm
Xăng dầu | 64 | 64 | 5
Đồ chơi trẻ em | - | 26 | 3
Mũ bảo hiểm | - | 21 | 2
Tổng cộng | 64 | 111 | 10
Bảng 2. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Năm 2023 | Năm 2024 | So sánh (%)
Hồ sơ công bố hợp quy được tiếp nhận | 164 | 186 | 113,4
"""

# a deck's last slide: the presenter's name alone on its line, the post on the next; a draft's signature cell
DECK = """Báo cáo tổng kết công tác năm 2023 - Chi cục TĐC Phú Thọ
Năm 2023 Chi cục kiểm tra 312 cơ sở, phát hiện 34 cơ sở vi phạm.
Trân trọng cảm ơn!
Hoàng Minh Tuấn
Chi cục trưởng
Chi cục Tiêu chuẩn Đo lường Chất lượng Phú Thọ
"""
DRAFT = """CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG HẢI DƯƠNG
BÁO CÁO sơ kết công tác 6 tháng đầu năm 2024
6 tháng đầu năm 2024 Chi cục kiểm tra 128 cơ sở.
Nơi nhận: - Sở Khoa học và Công nghệ (để b/c); - Lưu: VT, HCTH. | CHI CỤC TRƯỞNG (Dự thảo - chưa ký) Vũ Đức Thịnh
"""


@pytest.fixture(scope="module")
def svc(service_beside_real_report):  # noqa: ANN001, ANN201
    service = service_beside_real_report({"bc_9thang_2024_tdc_bentre.txt": REPORT, "trinh_chieu_tongket_2023_phutho.txt": DECK,
                                          "du_thao_so_ket_6thang_2024_haiduong.txt": DRAFT,
                                          "bc_ket_qua_2024_tdc_vinhlong.txt": RESULTS})
    yield service
    service.close()


def test_the_row_with_the_most_of_a_column_names_its_place(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Trong đợt kiểm tra cân tại chợ 9 tháng năm 2024 ở Bến Tre, huyện nào phát hiện nhiều cân không đạt nhất?")
    assert not answer.abstained and answer.answer.startswith("Ba Tri") and "Toàn tỉnh" not in answer.answer


def test_the_row_with_the_least_and_the_column_of_money(svc) -> None:  # noqa: ANN001
    least = svc.ask("9 tháng năm 2024, huyện nào ở Bến Tre có ít chợ được kiểm tra nhất?")
    assert not least.abstained and "Chợ Lách" in least.answer and "Thạnh Phú" in least.answer  # tied at 3
    most = svc.ask("Trong đợt kiểm tra cân tại chợ 9 tháng 2024 của Chi cục TĐC Bến Tre, địa phương nào bị xử phạt nhiều tiền nhất?")
    assert not most.abstained and most.answer.startswith("Chợ Lách")


def test_two_rows_asked_and_a_sentence_that_names_the_extreme(svc) -> None:  # noqa: ANN001
    two = svc.ask("Hai lĩnh vực nào có nhiều mẫu không đạt nhất trong 9 tháng năm 2024 ở Bến Tre?")
    assert not two.abstained and "Phân bón" in two.answer and "Xăng dầu" in two.answer and "Đồ chơi" not in two.answer
    said = svc.ask("Mặt hàng nào có tỷ lệ mẫu không đạt cao nhất trong 9 tháng năm 2024 ở Bến Tre?")
    assert not said.abstained and "phân bón" in said.answer.lower() and "%" not in said.answer.split("—")[0]


def test_not_found_at_fault_is_the_whole_less_those_found(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Trong số cơ sở được Chi cục TĐC Bến Tre kiểm tra 9 tháng năm 2024, có bao nhiêu cơ sở không bị phát "
                     "hiện vi phạm?")
    assert not answer.abstained and answer.value.number == 96


def test_a_figure_for_several_recipients_is_none_for_one_singled_out(svc) -> None:  # noqa: ANN001
    singled = svc.ask("9 tháng năm 2024 Trung tâm Kỹ thuật TĐC Bến Tre hiệu chuẩn bao nhiêu phương tiện đo cho riêng các bệnh viện?")
    assert singled.abstained
    whole = svc.ask("9 tháng năm 2024 Trung tâm Kỹ thuật TĐC Bến Tre hiệu chuẩn bao nhiêu phương tiện đo?")
    assert not whole.abstained and whole.value.number == 153


def test_a_clause_opening_on_another_year_is_that_years_figure(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2024 Bến Tre kiểm định được bao nhiêu đồng hồ nước?")
    assert not answer.abstained and answer.value.number == 4417


def test_a_presenter_named_over_the_post_and_a_draft_signers_cell(svc) -> None:  # noqa: ANN001
    presenter = svc.ask("Ai là người trình bày báo cáo tổng kết năm 2023 của Chi cục TĐC Phú Thọ và giữ chức vụ gì?")
    assert not presenter.abstained and "Hoàng Minh Tuấn" in presenter.answer and "Chi cục trưởng" in presenter.answer
    signer = svc.ask("Ai ký báo cáo sơ kết 6 tháng đầu năm 2024 của Chi cục TĐC Hải Dương?")
    assert not signer.abstained and "Vũ Đức Thịnh" in signer.answer


def test_those_a_sentence_points_back_to_are_named_by_the_sentence_before(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Tính chung tất cả các tổ chức kiểm định trên địa bàn tỉnh Vĩnh Long, năm 2024 đã kiểm định tổng cộng "
                     "bao nhiêu phương tiện đo?")
    assert not answer.abstained and answer.value.number == 52614


def test_a_share_of_the_items_is_no_ratio_to_another_year(svc) -> None:  # noqa: ANN001
    ratio = svc.ask("Số hồ sơ công bố hợp quy Chi cục TĐC Vĩnh Long tiếp nhận năm 2024 bằng bao nhiêu phần trăm so với năm 2023?")
    assert not ratio.abstained and ratio.value.number == pytest.approx(113.4)
