"""Answering on a report the answerer was never tuned on: a provincial sub-department's year review,
written here, with the constructions the bundled reports lack (numbered outline, implied remainders,
planned targets next to results, money with scales, last year's figure in brackets)."""

from __future__ import annotations


import pytest

REPORT = """Báo cáo tổng kết công tác năm 2020 và phương hướng, nhiệm vụ năm 2021 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Hà Tĩnh

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2020

1. Công tác quản lý đo lường

Trong năm 2020, Chi cục đã kiểm định 9.840 phương tiện đo, tăng 6,2% so với năm 2019 (9.265 phương tiện đo); số phương tiện đo được kiểm định vượt 3,1% kế hoạch.

2. Công tác tiêu chuẩn hóa

Chi cục tiếp nhận 84 hồ sơ công bố hợp chuẩn, hợp quy, trong đó có 59 hồ sơ công bố hợp quy, còn lại là hồ sơ công bố hợp chuẩn.

3. Công tác thanh tra, kiểm tra

Chi cục đã kiểm tra 46 cơ sở kinh doanh xăng dầu, xử phạt 12 cơ sở vi phạm với tổng số tiền 73,5 triệu đồng. Nguồn thu từ hoạt động dịch vụ kỹ thuật đạt 2,8 tỷ đồng.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021

1. Kiểm định khoảng 10.500 phương tiện đo các loại; phấn đấu nguồn thu dịch vụ kỹ thuật đạt 3,2 tỷ đồng.

2. Tổ chức 8 lớp tập huấn cho khoảng 400 học viên.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"hatinh_2020.txt": REPORT})
    yield service
    service.close()


def ask(svc, q: str):  # noqa: ANN001, ANN201
    return svc.ask(q)


def test_implied_remainder_is_computed_with_its_working(svc) -> None:  # noqa: ANN001
    a = ask(svc, "Năm 2020 Chi cục tiếp nhận bao nhiêu hồ sơ công bố hợp chuẩn?")
    assert not a.abstained and a.value is not None and a.value.number == 25
    assert a.working and "84 - 59 = 25" in a.working


def test_result_not_the_target_for_next_year(svc) -> None:  # noqa: ANN001
    a = ask(svc, "Năm 2020 nguồn thu dịch vụ kỹ thuật của Chi cục đạt bao nhiêu?")
    assert a.value is not None and a.value.number == 2.8 and a.value.unit == "tỷ đồng"


def test_target_for_next_year_is_found_under_the_plan_heading(svc) -> None:  # noqa: ANN001
    a = ask(svc, "Kế hoạch năm 2021 kiểm định bao nhiêu phương tiện đo?")
    assert a.value is not None and a.value.number == 10500
    assert "2021" in (a.citations[0].section or "")


def test_last_year_figure_is_read_from_this_report(svc) -> None:  # noqa: ANN001
    a = ask(svc, "Năm 2019 Chi cục kiểm định bao nhiêu phương tiện đo?")
    assert a.value is not None and a.value.number == 9265


def test_rise_over_last_year_is_not_the_plan_overshoot(svc) -> None:  # noqa: ANN001
    a = ask(svc, "Số phương tiện đo được kiểm định năm 2020 tăng bao nhiêu phần trăm so với năm trước?")
    assert a.value is not None and a.value.number == 6.2


def test_a_fine_is_an_amount_of_money(svc) -> None:  # noqa: ANN001
    a = ask(svc, "Năm 2020 Chi cục xử phạt tổng cộng bao nhiêu?")
    assert a.value is not None and a.value.number == 73.5 and a.value.unit == "triệu đồng"


def test_results_of_a_year_without_report_are_not_taken_from_the_plan(svc) -> None:  # noqa: ANN001
    a = ask(svc, "Năm 2021 Chi cục thực tế đã kiểm định được bao nhiêu phương tiện đo?")
    assert a.abstained
