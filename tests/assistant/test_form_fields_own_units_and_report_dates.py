"""A report read from a web form's fields: "Người ký:" names the signer and "Chức vụ:" the post; a field's label
gives its unit in brackets ("Tổng số tiền xử phạt (đồng): 46500000"); "đề ngày tháng năm nào?" asks a date; in a
unit's own report, a figure its sentence gives to another unit after setting the unit asked aside ("Bên cạnh hoạt
động của Chi cục, Trung tâm Kỹ thuật … đã kiểm định 3.216 PTĐ") is not the unit's own; where a table has a row of the
thing a rate is asked of, a sentence naming none of its words is another thing's rate; a column counting "PTĐ kiểm định" counts PTĐ;
the plan of a year is no cell of that year's review that only names the year; one service's count (kiểm định) is
no answer about another (hiệu chuẩn)."""

from __future__ import annotations

import pytest

FORM_REPORT = """Chi tiết báo cáo Đã duyệt
SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH SÓC TRĂNG
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 138/BC-TĐC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sóc Trăng, ngày 30 tháng 6 năm 2023
Trích yếu nội dung: BÁO CÁO Sơ kết công tác tiêu chuẩn đo lường chất lượng 6 tháng đầu năm 2023
2. Kiểm tra nhà nước, xử lý vi phạm (Chi cục)
Số cơ sở được kiểm tra: 68
Số quyết định xử phạt: 9
Tổng số tiền xử phạt (đồng): 46500000
Kinh phí hỗ trợ năng suất chất lượng (đồng): 287500000
Kết quả thực hiện
Trong 6 tháng đầu năm 2023, Chi cục đã thành lập 06 đoàn kiểm tra, kiểm tra 68 cơ sở sản xuất, kinh doanh.
- Ngày 27/6/2023, Chi cục trưởng Lâm Quốc Thịnh chủ trì Hội nghị sơ kết công tác 6 tháng đầu năm 2023.
Nơi nhận
- Sở Khoa học và Công nghệ tỉnh Sóc Trăng;
- Lưu: VT, HCTH.
Hình thức ký: KT. CHI CỤC TRƯỞNG
Chức vụ: Phó Chi cục trưởng
Người ký: Huỳnh Thị Ngọc Diễm
"""

OWN_REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ QUẢNG TRỊ
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
BÁO CÁO tổng kết công tác năm 2024 và kế hoạch năm 2025
3. Công tác quản lý đo lường
Năm 2024, Chi cục đã kiểm định 14.862 PTĐ, đạt 110,1% kế hoạch năm (kế hoạch giao 13.500 PTĐ), tăng 12,5% so với năm 2023 (13.215 PTĐ).
Bên cạnh hoạt động của Chi cục, Trung tâm Kỹ thuật TĐC Quảng Trị (đơn vị sự nghiệp trực thuộc Sở KH&CN) năm 2024 đã kiểm định 3.216 PTĐ (chủ yếu là công tơ điện và đồng hồ đo nước), hiệu chuẩn 1.874 PTĐ, thử nghiệm 1.362 mẫu.
Trong đó, riêng Chi nhánh Hải Lăng của Trung tâm kiểm định 1.215 PTĐ, chủ yếu là cân ô tô và công tơ điện.
"""


DASHBOARD = """BÁO CÁO ĐIỀU HÀNH HOẠT ĐỘNG TĐC NĂM 2023 - SỞ KHOA HỌC VÀ CÔNG NGHỆ VĨNH LONG
Số PTĐ được kiểm định năm 2023 là 12.853, tăng 6,3% so với năm 2022 (12.096) và vượt 7,1% so với mục tiêu (12.000).
Trung tâm đã kiểm định 23.718 PTĐ các loại, đạt 107,8% kế hoạch năm (kế hoạch 22.000 PTĐ).
Kiểm định PTĐ theo địa bàn
Huyện/Thị xã/Thành phố | Kế hoạch | Thực hiện | Tỷ lệ (%)
Thành phố Vĩnh Long | 3.200 | 3.514 | 109,8
Huyện Vũng Liêm | 1.400 | 1.538 | 109,9
Huyện Trà Ôn | 1.200 | 1.268 | 105,7
Tổng | 12.000 | 12.853 | 107,1
Kết quả kiểm định theo loại phương tiện đo
Loại phương tiện đo | Kế hoạch | Thực hiện | Tỷ lệ (%)
Công tơ điện xoay chiều 1 pha, 3 pha | 5.000 | 5.362 | 107,2
Cân ô tô | 100 | 104 | 104,0
Chỉ tiêu chủ yếu 11 tháng năm 2023 các tỉnh khu vực ĐBSCL
Tỉnh/thành phố | PTĐ kiểm định | Cuộc kiểm tra
Vĩnh Long | 11.429 | 13
Trà Vinh | 9.847 | 11
Một số chỉ tiêu chủ yếu năm 2023 so với năm 2022
Chỉ tiêu | ĐVT | Năm 2022 | Năm 2023 | So sánh (%)
Thử nghiệm mẫu sản phẩm, hàng hóa | mẫu | 914 | 986 | 107,9
"""


@pytest.fixture(scope="module")
def svc(service_beside_real_report):  # noqa: ANN001, ANN201
    service = service_beside_real_report({"bao_cao_6thang_2023_soctrang.txt": FORM_REPORT,
                                          "tong_ket_2024_quangtri.txt": OWN_REPORT,
                                          "bao_cao_dieu_hanh_2023_vinhlong.txt": DASHBOARD})
    yield service
    service.close()


def test_a_forms_signer_field_and_post_field(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Ai là người ký báo cáo sơ kết 6 tháng đầu năm 2023 của Chi cục TĐC Sóc Trăng, với chức vụ gì?")
    assert not answer.abstained and "Huỳnh Thị Ngọc Diễm" in answer.answer and "Phó Chi cục trưởng" in answer.answer


def test_a_fields_unit_is_the_bracket_of_its_label(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Tổng số tiền phạt vi phạm hành chính mà Chi cục TĐC Sóc Trăng đã xử phạt trong 6 tháng đầu năm 2023 là bao nhiêu?")
    assert not answer.abstained and answer.value.number == 46500000


def test_ngay_thang_nam_nao_asks_the_reports_date(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Báo cáo số 138/BC-TĐC của Chi cục TĐC Sóc Trăng về kết quả 6 tháng đầu năm 2023 đề ngày tháng năm nào?")
    assert not answer.abstained and "30/6/2023" in answer.answer


def test_another_units_figure_beside_the_asked_units_own(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Trong năm 2024, Chi cục TĐC Quảng Trị đã kiểm định tổng cộng bao nhiêu phương tiện đo?")
    assert not answer.abstained and answer.value.number == 14862
    centre = svc.ask("Năm 2024 Trung tâm Kỹ thuật TĐC Quảng Trị kiểm định được bao nhiêu phương tiện đo?")
    assert not centre.abstained and centre.value.number == 3216


def test_a_things_row_over_a_sentence_of_all_things(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2023, kiểm định công tơ điện ở Vĩnh Long đạt bao nhiêu phần trăm kế hoạch?")
    assert not answer.abstained and answer.value.number == 107.2  # not 107,8% of every kind


def test_a_column_named_by_what_it_counts(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Theo báo cáo của Sở KH&CN Vĩnh Long, Chi cục TĐC Trà Vinh kiểm định được bao nhiêu phương tiện đo trong 11 tháng năm 2023?")
    assert not answer.abstained and answer.value.number == 9847


def test_the_years_plan_is_no_cell_of_the_years_own_column(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Kế hoạch năm 2023 về số mẫu thử nghiệm ở Vĩnh Long là bao nhiêu mẫu?")
    assert answer.abstained  # "Năm 2023 | 986" is what was done


def test_another_services_count_is_no_answer(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2024 Chi nhánh Hải Lăng của Trung tâm Kỹ thuật TĐC Quảng Trị hiệu chuẩn được bao nhiêu phương tiện đo?")
    assert answer.abstained  # it verified 1.215; how many it calibrated is not said
