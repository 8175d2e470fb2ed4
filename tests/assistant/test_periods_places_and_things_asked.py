"""What a figure is of, read from more than its own words: a budget ("dự toán") is money, so its remainder is worked;
those at fault and a part of them are no count of all checked, and a group's extreme is that group's figure when the
group is the one asked; entering for an award is not winning it (and a sentence naming no award counts something
else); the period a paragraph opens on scopes its sentences (and a bracket's period only its own figures);
the result a change is measured against is no unit, and "mức thực hiện năm 2022" set against a plan is the plan's
thing done that year; "tại hai thành phố A và B" adds the two places' figures."""

from __future__ import annotations

import pytest

from assistant.answerer import ExtractiveAnswerer
from assistant.question import analyze
from assistant.reasoning import plan

QUANG_TRI = """SỞ KHOA HỌC VÀ CÔNG NGHỆ QUẢNG TRỊ
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
BÁO CÁO tổng kết công tác năm 2024 và kế hoạch năm 2025 của Chi cục TĐC Quảng Trị
1. Công tác tham mưu
Chi cục đã tham mưu Sở trình UBND tỉnh ban hành 02 quyết định về quản lý đo lường trên địa bàn tỉnh Quảng Trị.
2. Kiến nghị
Đề nghị Sở KH&CN Quảng Trị báo cáo UBND tỉnh Quảng Trị bố trí kinh phí cho Chi cục TĐC Quảng Trị đầu tư thiết bị kiểm định phương tiện đo.
3. Kiểm định, hiệu chuẩn PTĐ
Năm 2024, Chi cục đã kiểm định 14.862 PTĐ, đạt 110,1% kế hoạch năm (kế hoạch giao 13.500 PTĐ), tăng 12,5% so với năm 2023 (13.215 PTĐ).
4. Kinh phí
Dự toán ngân sách năm 2024 giao cho Chi cục là 2.934 triệu đồng; đến ngày báo cáo đã giải ngân 2.871 triệu đồng, đạt 97,9% dự toán.
"""

VINH_LONG = """BÁO CÁO KẾT QUẢ CÔNG TÁC NĂM 2023 - CHI CỤC TĐC VĨNH LONG
Năm 2023, Chi cục chủ trì thực hiện 14 cuộc kiểm tra tại 89 cơ sở sản xuất, kinh doanh.
Lĩnh vực xăng dầu có số cơ sở được kiểm tra nhiều nhất (38 cơ sở, 42,7%), tiếp theo là vàng trang sức (12 cơ sở).
Trong 15 cơ sở vi phạm có 07 cơ sở kinh doanh xăng dầu (sai số cột đo vượt giới hạn cho phép).
Xăng dầu: kiểm tra 46 cửa hàng, lấy 52 mẫu xăng, dầu điêzen để thử nghiệm các chỉ tiêu chất lượng.
Vàng trang sức: kiểm tra 12 cơ sở, lấy 24 mẫu vàng thử nghiệm hàm lượng.
Mũ bảo hiểm: kiểm tra 2.140 chiếc tại 21 cơ sở kinh doanh, phát hiện 86 chiếc không có dấu hợp quy.
Tỉnh có 02 doanh nghiệp được hướng dẫn lập hồ sơ đăng ký tham dự Giải thưởng Chất lượng Quốc gia năm 2023.
"""

LONG_AN = """BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2024 - CHI CỤC TĐC LONG AN
1. Kiểm định phương tiện đo
Trong 6 tháng đầu năm 2024, trên địa bàn tỉnh đã kiểm định tổng cộng 12.846 PTĐ, đạt 52,4% kế hoạch năm 2024 (24.500 PTĐ).
Số liệu chính thức của huyện Đức Hòa sau khi đối chiếu là 2.139 PTĐ; các huyện còn lại gồm Tân Hưng, Vĩnh Hưng, Mộc Hóa.
2. Kiểm tra nhà nước
Xăng dầu: 03 cuộc kiểm tra tại 64 cửa hàng xăng dầu; lấy 42 mẫu xăng, dầu điêzen để thử nghiệm chất lượng.
Vàng trang sức: kiểm tra 18 cơ sở; lấy 06 mẫu thử nghiệm hàm lượng vàng, kết quả các mẫu đều đạt.
Bảng 1. Kết quả kiểm tra 6 tháng đầu năm
TT | Chỉ tiêu | 6 tháng 2023 | 6 tháng 2024 | So sánh (%)
1 | Số cơ sở được kiểm tra | 96 | 112 | 116,7
2 | Số mẫu lấy thử nghiệm khi kiểm tra | 64 | 75 | 117,2
3. Dịch vụ kỹ thuật
Doanh thu dịch vụ kỹ thuật (triệu đồng)
Lĩnh vực | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%)
Kiểm định PTĐ | 5.600,0 | 2.874,5 | 51,3
Hiệu chuẩn | 1.350,0 | 612,3 | 45,4
"""

QUANG_NGAI = """BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ III VÀ 9 THÁNG NĂM 2023 - CHI CỤC TĐC QUẢNG NGÃI
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III VÀ 9 THÁNG NĂM 2023
4. Công tác kiểm tra, xử lý vi phạm hành chính
Trong 9 tháng năm 2023, Chi cục đã tổ chức 05 đoàn kiểm tra (quý III: 02 đoàn) tại 97 cơ sở sản xuất, kinh doanh (quý III: 41 cơ sở), đạt 80,8% kế hoạch năm (120 cơ sở); phát hiện 09 cơ sở vi phạm; ban hành 09 quyết định xử phạt vi phạm hành chính với tổng số tiền 86,5 triệu đồng, tăng 21,0% so với cùng kỳ năm 2022 (71,5 triệu đồng).
Riêng quý III năm 2023, qua kiểm tra phát hiện 04 cơ sở vi phạm về đo lường. Chi cục đã ban hành 04 quyết định xử phạt vi phạm hành chính với tổng số tiền 38,25 triệu đồng; các cơ sở đã nộp 32,25 triệu đồng vào ngân sách nhà nước.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2023
Tiếp tục kiểm tra xăng dầu, phấn đấu kiểm tra 23 cơ sở trong quý IV.
"""


@pytest.fixture(scope="module")
def svc(service_beside_real_report):  # noqa: ANN001, ANN201
    service = service_beside_real_report({"tong_ket_2024_quangtri.txt": QUANG_TRI, "bao_cao_2023_vinhlong.txt": VINH_LONG,
                                          "so_ket_6thang_2024_longan.txt": LONG_AN,
                                          "bao_cao_quy3_2023_quangngai.txt": QUANG_NGAI})
    yield service
    service.close()



def test_a_budget_not_yet_spent(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Chi cục TĐC Quảng Trị còn bao nhiêu dự toán ngân sách năm 2024 chưa giải ngân?")
    assert not answer.abstained and answer.value.number == 63  # 2.934 - 2.871 triệu đồng



def test_the_asked_groups_extreme_and_not_a_part_of_those_at_fault(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2023, Chi cục TĐC Vĩnh Long đã kiểm tra bao nhiêu cơ sở kinh doanh xăng dầu?")
    assert not answer.abstained and answer.value.number == 38  # not the 07 of the 15 at fault



def test_entering_for_an_award_is_not_winning_it(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2023 tỉnh Vĩnh Long có bao nhiêu doanh nghiệp đạt Giải thưởng Chất lượng Quốc gia?")
    assert answer.abstained, answer.answer



def test_the_period_a_paragraph_opens_on(svc) -> None:  # noqa: ANN001
    nine = svc.ask("9 tháng năm 2023 Chi cục TĐC Quảng Ngãi xử phạt vi phạm hành chính tổng cộng bao nhiêu tiền?")
    assert not nine.abstained and nine.value.number == 86.5
    quarter = svc.ask("Quý III năm 2023 Chi cục TĐC Quảng Ngãi xử phạt vi phạm hành chính tổng cộng bao nhiêu tiền?")
    assert not quarter.abstained and quarter.value.number == 38.25


def test_the_result_compared_with_is_no_unit() -> None:
    _, sub = ExtractiveAnswerer._per_year_question(None, analyze(  # noqa: SLF001 - the per-year question's analysis
        "Theo kế hoạch năm 2024, số phương tiện đo được kiểm định phải tăng thêm bao nhiêu so với kết quả thực hiện năm 2023?"))
    assert sub.unit == "phương tiện đo"  # not "kết quả thực hiện"


def test_the_level_done_compared_with_is_of_the_plans_subject() -> None:
    p = plan("Chỉ tiêu doanh thu dịch vụ kỹ thuật năm 2023 của Trung tâm Kỹ thuật TĐC Hà Nam cao hơn mức thực hiện năm "
             "2022 bao nhiêu triệu đồng?", "reasoning")
    assert p is not None and p.op == "diff"
    assert p.parts[1].startswith("mức thực hiện năm 2022") and "doanh thu dịch vụ kỹ thuật" in p.parts[1]


def test_places_of_one_kind_added_up() -> None:
    p = plan("Tổng số phương tiện đo mà Trung tâm Kỹ thuật TĐC kiểm định năm 2023 tại hai thành phố Ninh Bình và Tam "
             "Điệp là bao nhiêu?", "reasoning")
    assert p is not None and p.op == "sum"
    assert p.parts == ["phương tiện đo thành phố Ninh Bình", "phương tiện đo thành phố Tam Điệp"]
    assert "phương tiện đo" in p.shared and "năm 2023" in p.shared
