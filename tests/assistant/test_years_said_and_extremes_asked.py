"""A sentence that opens on its year ("Năm 2022, tỉnh có 01 doanh nghiệp …") never answers for another year, and
an answer from the plan of a year-end review is labelled with the plan's year; a sentence naming the lowest does
not answer which is highest (the table does); "Trong tổng số PTĐ nêu trên, …" breaks down the whole the sentence
before states, and the whole is what "tổng cộng" asks; "Tính chung cả A và B" adds them, each
from its official figure, not a provisional one ("số liệu tạm tính"); one kind of those a bracket lists after a
figure is not what the figure counts."""

from __future__ import annotations

import pytest

NINH_BINH = """BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2023 - CHI CỤC TĐC NINH BÌNH
1. Kiểm định phương tiện đo
Bảng 1. Kết quả kiểm định PTĐ theo địa bàn huyện, thành phố năm 2023
TT | Huyện, thành phố | Kế hoạch (PTĐ) | Thực hiện (PTĐ) | Tỷ lệ (%)
1 | Thành phố Ninh Bình | 4.800 | 5.126 | 106,8
2 | Huyện Hoa Lư | 1.800 | 1.893 | 105,2
3 | Huyện Nho Quan | 2.000 | 2.046 | 102,3
4 | Huyện Kim Sơn | 2.000 | 2.175 | 108,8
Tổng cộng | 10.600 | 11.240 | 106,0
Nhìn chung, các huyện, thành phố đều hoàn thành và vượt kế hoạch kiểm định; tỷ lệ thực hiện kế hoạch kiểm định thấp nhất là huyện Nho Quan (102,3%) do địa bàn rộng.
2. Năng suất chất lượng
Chi cục đã hướng dẫn 02 doanh nghiệp tham dự Giải thưởng Chất lượng quốc gia năm 2023, hiện đang chờ kết quả xét tặng. Năm 2022, tỉnh có 01 doanh nghiệp được tặng Giải Bạc Giải thưởng Chất lượng quốc gia.
II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024
Năm 2024, Chi cục phấn đấu kiểm tra ít nhất 135 cơ sở sản xuất, kinh doanh.
"""

DIEN_BIEN = """BÁO CÁO KẾT QUẢ CÔNG TÁC 9 THÁNG NĂM 2024 - CHI CỤC TĐC TỈNH ĐIỆN BIÊN
3. Công tác quản lý đo lường
Trong 9 tháng năm 2024, Chi cục đã tổ chức kiểm định được 12.967 PTĐ, đạt 78,6% kế hoạch năm (16.500 PTĐ). Trong tổng số PTĐ nêu trên, kiểm định lưu động tại 10 huyện, thị xã, thành phố là 4.128 PTĐ, kiểm định tại phòng thí nghiệm của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Điện Biên là 8.839 PTĐ.
"""


BAC_LIEU = """BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2023 - CHI CỤC TĐC TỈNH BẠC LIÊU
2. Công tác đo lường
Kết quả, trong năm đã kiểm định 17.011 PTĐ các loại, đạt 106,3% kế hoạch năm (kế hoạch 16.000 PTĐ); hiệu chuẩn 1.392 PTĐ và chuẩn đo lường (năm 2022: 1.215); thử nghiệm 318 mẫu sản phẩm, hàng hóa (xăng dầu, vàng trang sức, phân bón, nước sinh hoạt), năm 2022 là 276 mẫu.
Lưu ý: số liệu của huyện Phước Long tại Bảng 2 là số tạm tính do tổ chức kiểm định ngoài tỉnh báo cáo chậm; số liệu chính thức của huyện Phước Long sau khi đối chiếu là 2.139 PTĐ.
Lưu ý: số liệu tạm tính. Báo cáo nhanh số 201/BC-TĐC ngày 30/11/2023 của Chi cục đã nêu số liệu tạm tính đến hết tháng 11/2023: kiểm định 15.874 PTĐ, doanh thu dịch vụ kỹ thuật 4.217,5 triệu đồng.
Kết quả thực hiện kế hoạch kiểm định theo địa bàn được tổng hợp tại Bảng 2. Có 05/07 địa phương hoàn thành vượt kế hoạch; huyện Hòa Bình và huyện Hồng Dân chưa hoàn thành kế hoạch do một số cơ sở thu mua tôm tạm ngừng hoạt động.
3. Tồn tại
Một số địa phương chưa hoàn thành kế hoạch kiểm định. Nguyên nhân chủ yếu là kinh phí đầu tư cho trang thiết bị đo lường, thử nghiệm còn hạn chế; địa bàn rộng, giao thông đến một số xã vùng sâu của huyện Hồng Dân, Phước Long còn khó khăn.
"""


@pytest.fixture(scope="module")
def svc(service_beside_real_report):  # noqa: ANN001, ANN201
    service = service_beside_real_report({"tong_ket_2023_ninhbinh.txt": NINH_BINH,
                                          "bao_cao_9thang_2024_dienbien.txt": DIEN_BIEN,
                                          "tong_ket_2023_baclieu.txt": BAC_LIEU})
    yield service
    service.close()


def test_another_years_sentence_does_not_answer(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2023 tỉnh Ninh Bình có bao nhiêu doanh nghiệp đạt Giải thưởng Chất lượng quốc gia?")
    assert answer.abstained, answer.answer  # 2022's "01 doanh nghiệp", and 2023's entrants who won nothing yet


def test_a_plan_is_labelled_with_its_year(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2024, Chi cục TĐC Ninh Bình đặt mục tiêu kiểm tra ít nhất bao nhiêu cơ sở?")
    assert not answer.abstained and answer.value.number == 135
    assert answer.answer.startswith("Năm 2024"), answer.answer


def test_the_lowest_said_does_not_answer_the_highest(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2023, huyện, thành phố nào của Ninh Bình có tỷ lệ thực hiện kế hoạch kiểm định cao nhất?")
    assert "Kim Sơn" in answer.answer and "Nho Quan" not in answer.answer, answer.answer
    lowest = svc.ask("Năm 2023, huyện, thành phố nào của Ninh Bình có tỷ lệ thực hiện kế hoạch kiểm định thấp nhất?")
    assert "Nho Quan" in lowest.answer, lowest.answer


def test_the_whole_before_its_breakdown(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Trong 9 tháng năm 2024, Chi cục TĐC tỉnh Điện Biên đã kiểm định tổng cộng bao nhiêu phương tiện đo?")
    assert not answer.abstained and answer.value.number == 12967, answer.answer


def test_the_official_figure_not_the_provisional_and_both_added(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Tính chung cả kiểm định và hiệu chuẩn, năm 2023 Chi cục TĐC Bạc Liêu đã thực hiện cho bao nhiêu "
                     "phương tiện đo?")
    assert not answer.abstained and answer.value.number == 18403, answer.answer  # 17.011 + 1.392, not 15.874 + …
    official = svc.ask("Năm 2023 huyện Phước Long của Bạc Liêu kiểm định được bao nhiêu phương tiện đo?")
    assert not official.abstained and official.value.number == 2139, official.answer  # said official after "tạm tính"


def test_one_kind_of_those_listed_is_not_said(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2023 Chi cục TĐC Bạc Liêu đã lấy bao nhiêu mẫu phân bón để thử nghiệm?")
    assert answer.abstained, answer.answer  # 318 mẫu are of four kinds together
