"""A follow-up asking what is still short of the year's plan ("So với kế hoạch năm thì còn thiếu bao nhiêu?")
works it from the row of the figure just asked, even when the row has a quarter's column beside the period's;
a rate whose own words say another thing done to the same records ("100% hồ sơ được giải quyết đúng hạn") does
not answer a rate of records received online; a list item's number at the head of its line is no figure; the
edition of a standard ("TCVN ISO 9001:2015") is no year; a company's own department's figure ("Phòng kiểm định
của Công ty Điện lực …") is no figure of the centre the question names."""

from __future__ import annotations

import pytest

from assistant.models import Turn

BINH_THUAN = """TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TỈNH BÌNH THUẬN
BÁO CÁO KẾT QUẢ HOẠT ĐỘNG QUÝ III VÀ 9 THÁNG NĂM 2025
1. Tài chính, doanh thu dịch vụ
Tổng doanh thu dịch vụ kỹ thuật 9 tháng năm 2025 đạt 3.736,0 triệu đồng, bằng 76,2% kế hoạch năm, tăng 8,7% so với cùng kỳ; riêng quý III đạt 1.303,0 triệu đồng.
Bảng 3. Doanh thu dịch vụ kỹ thuật theo lĩnh vực (đơn vị tính: triệu đồng)
TT | Lĩnh vực dịch vụ | Kế hoạch năm 2025 | Năm 2025 Quý III | Năm 2025 9 tháng | Cùng kỳ 9 tháng 2024 | % so KH năm
1 | Kiểm định | 2.850 | 768,4 | 2.214,6 | 2.031,2 | 77,7
2 | Hiệu chuẩn | 1.250 | 356,2 | 956,3 | 901,5 | 76,5
Tổng cộng | - | 4.900 | 1.303,0 | 3.736,0 | 3.437,4 | 76,2
2. Kiểm định phương tiện đo
Trong 9 tháng năm 2025 Phòng kiểm định của Công ty Điện lực Bình Thuận (tổ chức kiểm định được chỉ định) đã kiểm định 21.460 công tơ điện các loại.
Trung tâm kiểm định 14.318 PTĐ, gồm cân, đồng hồ nước và cột đo xăng dầu.
3. Nhiệm vụ quý IV năm 2025
1. Phấn đấu kiểm định 4.300 PTĐ trong quý IV để hoàn thành kế hoạch năm 2025.
2. Phối hợp với Chi cục triển khai kế hoạch kiểm tra chất lượng xăng dầu, hàng đóng gói sẵn dịp cuối năm và Tết Nguyên đán Bính Ngọ 2026.
3. Khởi công dự án tăng cường tiềm lực thử nghiệm; hoàn thành mở rộng phạm vi công nhận VILAS thêm 4 phép thử phân bón.
4. Tổng kết hoạt động năm 2025, xây dựng kế hoạch năm 2026 trình Sở phê duyệt trước ngày 15/12/2025.
"""

YEN_BAI = """CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TỈNH YÊN BÁI
BÁO CÁO SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM 2025
1. Cải cách hành chính
Chi cục hiện giải quyết 18 thủ tục hành chính thuộc thẩm quyền. 6 tháng đầu năm 2025, Chi cục tiếp nhận và giải quyết 41 hồ sơ thủ tục hành chính (cùng kỳ năm 2024: 33 hồ sơ), 100% hồ sơ được giải quyết đúng và trước hạn; trong đó 37 hồ sơ được tiếp nhận trực tuyến toàn trình, đạt tỷ lệ 90,2%.
2. Áp dụng hệ thống quản lý chất lượng
Bảng 4. Tình hình áp dụng HTQLCL theo TCVN ISO 9001:2015 tại các cơ quan hành chính
TT | Cơ quan, đơn vị | Tổng số cơ quan | Đã công bố HTQLCL phù hợp TCVN ISO 9001:2015 Số lượng | Đã công bố HTQLCL phù hợp TCVN ISO 9001:2015 Tỷ lệ (%)
1 | Sở, ban, ngành cấp tỉnh | 21 | 21 | 100
2 | UBND xã, phường, thị trấn | 139 | 137 | 98,6
"""


@pytest.fixture(scope="module")
def svc(service_beside_real_report):  # noqa: ANN001, ANN201
    service = service_beside_real_report({"quy3_2025_ttkt_binhthuan.txt": BINH_THUAN,
                                          "so_ket_6thang_2025_yenbai.txt": YEN_BAI})
    yield service
    service.close()


def test_a_followup_shortfall_reads_the_row_of_the_figure_just_asked(svc) -> None:  # noqa: ANN001
    history = [Turn(role="user", content="Doanh thu dịch vụ 9 tháng 2025 của Trung tâm Kỹ thuật TĐC Bình Thuận là bao nhiêu?"),
               Turn(role="assistant", content="Tổng doanh thu dịch vụ kỹ thuật 9 tháng năm 2025 đạt 3.736,0 triệu đồng.")]
    answer = svc.ask("Vậy so với kế hoạch năm thì còn thiếu bao nhiêu nữa?", history=history)
    assert not answer.abstained, answer.answer
    assert answer.value.number == 1164, answer.answer  # 4.900 - 3.736,0 (the 9 months', not the quarter's 1.303,0)


def test_a_rate_of_another_thing_done_to_the_records_is_not_the_rate_asked(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến toàn trình tại Chi cục TĐC Yên Bái "
                     "6 tháng đầu năm 2025 là bao nhiêu?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 90.2, answer.answer  # not "100% hồ sơ được giải quyết đúng và trước hạn"


def test_a_list_items_number_is_no_figure(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Kế hoạch kiểm định phương tiện đo năm 2026 của Trung tâm KT TĐC Bình Thuận là bao nhiêu?")
    assert answer.abstained, answer.answer  # never "3" of the item "3. Khởi công dự án …" after "… Bính Ngọ 2026."


def test_a_standards_edition_is_no_year(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Tỷ lệ UBND xã, phường, thị trấn ở Yên Bái đã công bố HTQLCL phù hợp TCVN ISO 9001:2015 năm 2025 là bao nhiêu?")
    assert not answer.abstained, answer.answer
    assert answer.value.number == 98.6, answer.answer
    assert "2015" not in answer.answer.split("—")[0], answer.answer  # the answer's year is the report's, not 2015


def test_a_companys_department_did_not_do_the_centres_work(svc) -> None:  # noqa: ANN001
    answer = svc.ask("9 tháng năm 2025, Trung tâm Kỹ thuật TĐC Bình Thuận kiểm định được bao nhiêu công tơ điện?")
    assert answer.abstained, answer.answer  # 21.460 were the power company's
