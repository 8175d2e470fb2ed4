"""A quarter's review and a year's review with their plans: the quarter a review's title reviews is not the one its
plan is for, and a plan's section names its quarter; a month asked of a quarter's review is not stated; a plan asked
is never a result told without a target's words; the verb asked picks its figure among a sentence's doings; a
station's part of a whole is not the whole; a target named "Chỉ tiêu …" and "số đã thực hiện" work as a difference
in the target's unit; an average's count is the whole a list opens, its amount keeps its scale; "cơ quan" is no
"cơ sở"; two doings before "bao nhiêu" are the parts of a sum."""

from __future__ import annotations

import pytest

from assistant.reasoning import plan

QUARTER = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ YÊN
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/BC-TĐC
Phú Yên, ngày 28 tháng 3 năm 2025
BÁO CÁO
Kết quả thực hiện nhiệm vụ quý I năm 2025 và phương hướng, nhiệm vụ quý II năm 2025
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I NĂM 2025
1. Kiểm định phương tiện đo
Trong quý I/2025, Trung tâm Kỹ thuật TĐC trực thuộc Chi cục đã kiểm định 3.162 PTĐ, đạt 25,3% kế hoạch năm (12.500 PTĐ), tăng 9,8% so với cùng kỳ năm 2024 (2.880 PTĐ).
2. Kiểm tra nhà nước
Kiểm tra hàng hóa phục vụ Tết Nguyên đán: kiểm tra 11 cơ sở kinh doanh đồ chơi trẻ em; kiểm tra 2.340 sản phẩm đồ chơi trẻ em, tạm giữ 136 sản phẩm không có dấu hợp quy CR; xử phạt 02 cơ sở với số tiền 15,0 triệu đồng.
3. Mã số mã vạch
Chi cục hướng dẫn 14 doanh nghiệp lập hồ sơ đăng ký sử dụng mã số mã vạch (cùng kỳ năm 2024: 9 doanh nghiệp).
II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2025
1. Kiểm định, hiệu chuẩn: phấn đấu kiểm định 3.600 PTĐ, hiệu chuẩn 240 chuẩn đo lường và PTĐ.
2. Tổ chức 02 cuộc kiểm tra nhà nước về chất lượng xăng dầu và vàng trang sức.
"""

YEAR = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KON TUM
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 212/BC-TĐC
Kon Tum, ngày 16 tháng 12 năm 2024
BÁO CÁO
Kết quả công tác tiêu chuẩn, đo lường, chất lượng năm 2024 và kế hoạch năm 2025
I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Kiểm định phương tiện đo
Năm 2024, tổng số PTĐ Chi cục đã kiểm định: 10.313 PTĐ, đạt 109,4% kế hoạch năm; so với năm 2023 tăng 15,1%.
Trong tổng số PTĐ đã kiểm định, Trạm Kiểm định đo lường thuộc Chi cục thực hiện kiểm định tại hiện trường 6.742 PTĐ, số còn lại được kiểm định tại phòng kiểm định của Chi cục.
Số PTĐ không đạt yêu cầu kiểm định: 217 PTĐ.
2. Năng suất chất lượng
Chi cục đã hỗ trợ 14 doanh nghiệp áp dụng hệ thống quản lý và công cụ cải tiến năng suất, chất lượng, gồm: 05 doanh nghiệp áp dụng TCVN ISO 9001:2015, 03 doanh nghiệp áp dụng TCVN ISO 22000:2018, 04 doanh nghiệp áp dụng 5S và 02 doanh nghiệp áp dụng Kaizen; tổng kinh phí hỗ trợ từ ngân sách của tỉnh là 735 triệu đồng.
3. Mã số mã vạch
Trung tâm hướng dẫn 23 tổ chức, doanh nghiệp thủ tục cấp mã số mã vạch (năm 2023: 16 tổ chức, doanh nghiệp).
Bảng 1. Kết quả thực hiện các chỉ tiêu kế hoạch năm 2024
TT | Chỉ tiêu | ĐVT | Kế hoạch 2024 | Thực hiện 2024 | Tỷ lệ (%)
1 | Kiểm định, hiệu chuẩn PTĐ | PTĐ | 9.400 | 10.313 | 109,7
2 | Kiểm tra áp dụng ISO 9001 tại cơ quan hành chính | cơ quan | 20 | 24 | 120,0
II. KẾ HOẠCH CÔNG TÁC NĂM 2025
1. Các chỉ tiêu chủ yếu
- Kiểm định PTĐ: 10.800 PTĐ; hiệu chuẩn PTĐ: 180 PTĐ.
- Năm 2025, Chi cục được giao kiểm tra nhà nước về đo lường, chất lượng tại 160 cơ sở.
"""


@pytest.fixture(scope="module")
def svc(service_beside_real_report):  # noqa: ANN001, ANN201
    service = service_beside_real_report({"bc_quy1_2025_tdc_phuyen.txt": QUARTER, "bc_2024_tdc_kontum.txt": YEAR})
    yield service
    service.close()


def test_the_plans_quarter_is_not_the_reviewed_one_and_its_section_names_it(svc) -> None:  # noqa: ANN001
    done = svc.ask("Quý II/2025 Chi cục TĐC Phú Yên đã kiểm định được bao nhiêu phương tiện đo?")
    assert done.abstained  # the quý I review's figures (3.162, its "cùng kỳ" 2.880) are none of quý II
    planned = svc.ask("Theo kế hoạch, quý II/2025 Chi cục TĐC Phú Yên phấn đấu kiểm định bao nhiêu phương tiện đo?")
    assert not planned.abstained and planned.value.number == 3600


def test_a_month_asked_of_a_quarters_review_is_not_stated(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Riêng trong tháng 3/2025, Chi cục TĐC Phú Yên kiểm định được bao nhiêu phương tiện đo?")
    assert answer.abstained


def test_the_verb_asked_picks_its_figure_among_the_sentences_doings(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Trong đợt kiểm tra hàng hóa phục vụ Tết 2025, Chi cục TĐC Phú Yên đã tạm giữ bao nhiêu sản phẩm "
                     "đồ chơi trẻ em?")
    assert not answer.abstained and answer.value.number == 136


def test_a_plan_asked_is_no_result_told_without_a_targets_words(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Kế hoạch năm 2024 của Chi cục TĐC Kon Tum đặt ra hướng dẫn bao nhiêu tổ chức, doanh nghiệp về mã "
                     "số mã vạch?")
    assert answer.abstained
    assigned = svc.ask("Năm 2025 Chi cục TĐC Kon Tum được giao kiểm tra nhà nước tại bao nhiêu cơ sở?")
    assert not assigned.abstained and assigned.value.number == 160  # a target told in its own words stays


def test_another_nouns_plan_row_is_no_plan_of_what_is_counted(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Kế hoạch năm 2024 của Chi cục TĐC Kon Tum đặt ra chỉ tiêu kiểm tra bao nhiêu cơ sở?")
    assert answer.abstained  # "cơ quan" is no "cơ sở"


def test_a_target_against_what_was_done_is_worked_in_its_unit(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Chỉ tiêu kiểm định phương tiện đo năm 2025 của Chi cục TĐC Kon Tum cao hơn số đã thực hiện năm 2024 "
                     "bao nhiêu?")
    assert not answer.abstained and answer.value.number == 487  # 10.800 - 10.313, not the station's 6.742
    assert "10.313" in answer.answer and answer.value.unit == "PTĐ"


def test_an_average_takes_the_whole_a_list_opens_and_the_amounts_scale(svc) -> None:  # noqa: ANN001
    answer = svc.ask("Năm 2024, bình quân mỗi doanh nghiệp được Chi cục TĐC Kon Tum hỗ trợ nâng cao năng suất, chất lượng "
                     "nhận được bao nhiêu kinh phí?")
    assert not answer.abstained and answer.value.number == 52.5 and answer.value.unit == "triệu đồng"
    assert "735 / 14" in answer.answer


def test_two_doings_before_the_question_word_are_the_parts_of_a_sum() -> None:
    worked = plan("Tổng cộng trong 9 tháng đầu năm 2025, Trung tâm đã kiểm định và hiệu chuẩn bao nhiêu phương tiện đo, "
                  "chuẩn đo lường?", "reasoning")
    assert worked is not None and worked.op == "sum" and worked.parts == ["kiểm định", "hiệu chuẩn"]
