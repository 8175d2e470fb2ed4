"""Table rows read for what a question asks of them: a "Trong đó không đạt" column answers "bao nhiêu … không
đạt"; "Huyết áp kế" is no "áp kế"; a bare counter ("bao nhiêu chiếc") is no evidence that a figure counts
the thing named; "KH" asked of a "Kế hoạch 2023" column; a half-year review's figures are of the half-year asked; a change is worked from the year the later figure's
own sentence gives ("(năm 2021: 4.324 PTĐ)"); a report named by its own number is asked its own date."""

from __future__ import annotations

import pytest

HA_SON_2022 = """SỞ KHOA HỌC VÀ CÔNG NGHỆ HÀ SƠN
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 118/BC-TĐC
Hà Sơn, ngày 19 tháng 12 năm 2022
BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2022 và kế hoạch công tác năm 2023

Thực hiện Công văn số 2148/SKHCN-VP ngày 28/11/2022 của Sở Khoa học và Công nghệ, Chi cục báo cáo như sau.

1. Kiểm định phương tiện đo

Năm 2022, Chi cục đã kiểm định 4.749 phương tiện đo (PTĐ) các loại, đạt 110,4% kế hoạch năm (kế hoạch: 4.300 PTĐ), tăng 9,8% so với năm 2021 (năm 2021: 4.324 PTĐ; năm 2020: 3.986 PTĐ). Số PTĐ không đạt yêu cầu là 129 chiếc.

Bảng 1. Kết quả kiểm định phương tiện đo theo loại năm 2022
STT | Loại phương tiện đo | Năm 2021 (chiếc) | Năm 2022 (chiếc) | Trong đó không đạt
1 | Cân bàn, cân đĩa | 1.124 | 1.236 | 31
2 | Cân đồng hồ lò xo | 642 | 705 | 46
3 | Huyết áp kế | 268 | 311 | 9
4 | Áp kế | 155 | 183 | 4
- | Tổng cộng | 4.324 | 4.749 | 129

2. Chỉ tiêu năm 2023

Bảng 2. Chỉ tiêu chủ yếu năm 2023
STT | Chỉ tiêu | Đơn vị tính | Thực hiện 2022 | Kế hoạch 2023
1 | Kiểm định phương tiện đo | PTĐ | 4.749 | 5.000
2 | Thu dịch vụ kỹ thuật | triệu đồng | 2.846 | 3.000
"""

BEN_GIANG_6T_2021 = """SỞ KHOA HỌC VÀ CÔNG NGHỆ BẾN GIANG
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
BÁO CÁO
Sơ kết công tác 6 tháng đầu năm 2021, nhiệm vụ 6 tháng cuối năm 2021

1. Đo lường

Trong kỳ, Chi cục đã thực hiện kiểm định 4.318 phương tiện đo các loại, đạt 50,8% kế hoạch năm (8.500 phương tiện đo) và tăng 10,5% so với cùng kỳ năm 2020 (3.909 phương tiện đo). Trong đó, số phương tiện đo đạt yêu cầu là 4.198. Chi cục đã hiệu chuẩn 62 phương tiện đo cho các doanh nghiệp.

Tại các chợ, tổng số cân được kiểm tra là 356 chiếc (cùng kỳ năm 2020: 298 chiếc tại 11 chợ), phát hiện 3 chiếc sai số vượt mức cho phép.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"hason_2022.txt": HA_SON_2022, "bengiang_6t_2021.txt": BEN_GIANG_6T_2021})
    yield service
    service.close()


def _ask(svc, question: str):  # noqa: ANN001, ANN202
    return svc.ask(question)


def test_a_not_passed_column_answers_how_many_did_not_pass(svc) -> None:  # noqa: ANN001
    ans = _ask(svc, "Có bao nhiêu cân đồng hồ lò xo không đạt yêu cầu khi kiểm định năm 2022?")
    assert not ans.abstained and ans.value.number == 46


def test_a_row_whose_first_word_is_not_asked_counts_another_thing(svc) -> None:  # noqa: ANN001
    ans = _ask(svc, "Năm 2022 số áp kế được kiểm định là bao nhiêu chiếc?")
    assert not ans.abstained and ans.value.number == 183


def test_a_bare_counter_takes_last_years_column_not_another_reports_scales(svc) -> None:  # noqa: ANN001
    # the 2021 half-year review counts 356 scales "chiếc", no áp kế: the 2022 review's "Năm 2021" column answers
    ans = _ask(svc, "Năm 2021 số áp kế được kiểm định là bao nhiêu chiếc?")
    assert not ans.abstained and ans.value.number == 155


def test_kh_is_the_plan(svc) -> None:  # noqa: ANN001
    ans = _ask(svc, "KH năm 2023 đặt chỉ tiêu thu dịch vụ kỹ thuật bao nhiêu?")
    assert not ans.abstained and ans.value.number == 3000


def test_a_half_year_reviews_figures_are_of_the_half_year_asked(svc) -> None:  # noqa: ANN001
    ans = _ask(svc, "Sáu tháng đầu năm 2021, Chi cục đã kiểm định tổng cộng bao nhiêu phương tiện đo?")
    assert not ans.abstained and ans.value.number == 4318


def test_a_change_takes_the_earlier_year_its_own_sentence_gives(svc) -> None:  # noqa: ANN001
    ans = _ask(svc, "Số phương tiện đo được kiểm định năm 2022 tăng bao nhiêu PTĐ so với năm 2021?")
    assert not ans.abstained and ans.value.number == 425, ans.answer  # 4.749 - 4.324, not the other unit's 4.318
    same = _ask(svc, "So với cùng kỳ năm 2020, số phương tiện đo được kiểm định 6 tháng đầu năm 2021 tăng thêm bao nhiêu chiếc?")
    assert not same.abstained and same.value.number == 409, same.answer  # 4.318 - 3.909, not the scales' 298


def test_a_report_named_by_its_own_number_is_asked_its_date(svc) -> None:  # noqa: ANN001
    ans = _ask(svc, "Báo cáo tổng kết năm 2022 của Chi cục TĐC Hà Sơn (số 118/BC-TĐC) được ban hành ngày nào?")
    assert not ans.abstained and "19/12/2022" in ans.answer
