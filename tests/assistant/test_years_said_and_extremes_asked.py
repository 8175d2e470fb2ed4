"""A sentence that opens on its year ("Năm 2022, tỉnh có 01 doanh nghiệp …") never answers for another year, and
an answer from the plan of a year-end review is labelled with the plan's year; a sentence naming the lowest does
not answer which is highest (the table does); "Trong tổng số PTĐ nêu trên, …" breaks down the whole the sentence
before states, and the whole is what "tổng cộng" asks."""

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


@pytest.fixture(scope="module")
def svc(service_beside_real_report):  # noqa: ANN001, ANN201
    service = service_beside_real_report({"tong_ket_2023_ninhbinh.txt": NINH_BINH,
                                          "bao_cao_9thang_2024_dienbien.txt": DIEN_BIEN})
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
