"""What is left: a rest the text names by its noun ("số mẫu còn lại"), and a whole minus the part done
when the part is also in a table."""

from __future__ import annotations

import pytest

REPORT = """Báo cáo tổng kết năm 2023 của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Lai Châu

1. Thử nghiệm

Năm 2023, Trung tâm đã tiếp nhận 3.846 mẫu thử nghiệm, tăng 12,6% so với năm 2022 (3.415 mẫu); đã hoàn thành thử nghiệm và trả kết quả cho khách hàng 3.712 mẫu với tổng số 18.957 chỉ tiêu, số mẫu còn lại đang được thực hiện và chuyển tiếp sang năm 2024.

2. Văn bản kỹ thuật

Theo kế hoạch năm 2023, Trung tâm được giao chủ trì xây dựng 24 quy trình. Đến ngày 30/11/2023, Trung tâm đã trình ban hành 19 quy trình, đạt 79,2% kế hoạch; ngoài ra, Trung tâm đã đề xuất hủy bỏ 07 quy trình không còn phù hợp.

Bảng 2. Chỉ tiêu kế hoạch năm 2024
TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2023 | Kế hoạch năm 2024
1 | Ban hành quy trình | văn bản | 19 | 26
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt_laichau_2023.txt": REPORT})
    yield service
    service.close()


def test_a_rest_named_by_its_noun(svc) -> None:  # noqa: ANN001
    a = svc.ask("Đến cuối năm 2023 Trung tâm Lai Châu còn bao nhiêu mẫu thử nghiệm chưa trả kết quả, phải chuyển sang năm 2024?")
    assert a.value is not None and a.value.number == 134 and "3.846 - 3.712" in a.answer


def test_the_part_done_is_no_rest(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2023 Trung tâm Lai Châu đã trả kết quả cho khách hàng bao nhiêu mẫu?")
    assert a.value is not None and a.value.number == 3712


def test_the_whole_minus_the_part_done(svc) -> None:  # noqa: ANN001
    a = svc.ask("So với kế hoạch năm 2023, Trung tâm Lai Châu còn bao nhiêu quy trình chưa được ban hành?")
    assert a.value is not None and a.value.number == 5  # 24 - 19, not 24 - 07 ("không còn phù hợp" is no opposite)


QUATEST = """TỔNG CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG 4
Số: 12/BC-TTKT4
Nha Trang, ngày 18 tháng 12 năm 2024
BÁO CÁO
Tổng kết năm 2024

1. Thử nghiệm
Trong năm 2024, Trung tâm đã tiếp nhận 14.862 mẫu thử nghiệm với 96.430 chỉ tiêu. Trung tâm đã hoàn thành và trả kết quả 14.517 mẫu, trong đó 14.205 mẫu được trả kết quả đúng hẹn, đạt tỷ lệ 97,85%; số mẫu còn lại chuyển tiếp sang năm 2025 do đang trong quá trình thử nghiệm.
"""


@pytest.fixture(scope="module")
def quatest(service_over):  # noqa: ANN001, ANN201
    service = service_over({"quatest4_2024.txt": QUATEST})
    yield service
    service.close()


def test_a_rest_of_the_wholes_own_noun_answers_only_a_rest_asked(quatest) -> None:  # noqa: ANN001
    a = quatest.ask("Năm 2024 Trung tâm đã thử nghiệm xong và trả kết quả được cho bao nhiêu mẫu?")
    assert a.value is not None and a.value.number == 14517, a.answer  # not "số mẫu còn lại": 14.517 - 14.205

