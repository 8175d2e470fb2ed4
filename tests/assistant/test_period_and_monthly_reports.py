"""Two report shapes whose time frame is not one year:

* a period's review ("tổng kết 5 năm … giai đoạn 2018–2022", filed as 2022) whose appendix has a column a
  year: a change "năm 2022 … so với năm 2018" is worked from the same row's two columns, though no report
  of 2018 exists;
* a monthly report ("tháng 11 năm 2022") whose figures are that month's and the months so far ("lũy kế 11
  tháng"): "11 tháng năm 2022" asks the latter, and another month ("tháng 10") is not answered by this one's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answer_values import number as _number
from assistant.settings import BUNDLED_REPORTS

PERIOD = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 15 tháng 3 năm 2023

BÁO CÁO
Tổng kết 5 năm thi hành Luật Đo lường giai đoạn 2018-2022

Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Ninh Thuận báo cáo kết quả thi hành Luật Đo lường giai đoạn
2018-2022 như sau. Số lượng phương tiện đo được kiểm định tăng dần qua các năm, trừ năm 2020 do ảnh hưởng
của dịch Covid-19. Số liệu chi tiết từng năm tại Phụ lục 1.

PHỤ LỤC 1. SỐ LIỆU THI HÀNH LUẬT ĐO LƯỜNG GIAI ĐOẠN 2018-2022

| STT | Chỉ tiêu | ĐVT | Năm 2018 | Năm 2019 | Năm 2020 | Năm 2021 | Năm 2022 | Cả giai đoạn |
|---|---|---|---|---|---|---|---|---|
| 1 | Công tơ điện | chiếc | 24.150 | 26.420 | 22.815 | 25.306 | 28.742 | 127.433 |
| 2 | Đồng hồ đo nước lạnh | chiếc | 6.218 | 6.905 | 7.340 | 7.812 | 8.465 | 36.740 |
| 3 | Cột đo nhiên liệu | cột | 412 | 436 | 451 | 468 | 489 | 2.256 |
"""

MONTHLY = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Trà Vinh, ngày 25 tháng 11 năm 2022

BÁO CÁO
Kết quả hoạt động tháng 11 năm 2022 và nhiệm vụ tháng 12 năm 2022

I. KẾT QUẢ HOẠT ĐỘNG
1. Hàng rào kỹ thuật trong thương mại (TBT)
Trong tháng, Điểm TBT tỉnh Trà Vinh cập nhật và gửi 35 tin cảnh báo TBT đến các doanh nghiệp; lũy kế
11 tháng năm 2022 đã gửi 386 tin cảnh báo, tăng 12,5% so với cùng kỳ năm 2021.
2. Mã số mã vạch
Trong tháng 11/2022, Chi cục hướng dẫn 03 doanh nghiệp lập hồ sơ đăng ký sử dụng mã số mã vạch; lũy kế
11 tháng năm 2022 đã hướng dẫn 29 doanh nghiệp.

II. NHIỆM VỤ THÁNG 12 NĂM 2022
Tiếp tục hướng dẫn doanh nghiệp đăng ký sử dụng mã số mã vạch, cập nhật tin cảnh báo TBT.
"""


@pytest.fixture(scope="module")
def service(service_over):  # noqa: ANN001, ANN201
    files = {"BC_2021.txt": next(Path(BUNDLED_REPORTS).glob("*.txt")).read_text(encoding="utf-8"),
             "BC_TongKet5Nam_2018-2022_NinhThuan.md": PERIOD,
             "BC_Thang11_2022_TraVinh.txt": MONTHLY}
    svc = service_over(files)
    yield svc
    svc.close()


def test_a_change_since_a_year_of_the_period_is_worked_from_its_column(service) -> None:  # noqa: ANN001
    answer = service.ask("Số công tơ điện kiểm định năm 2022 ở Ninh Thuận tăng bao nhiêu chiếc so với năm 2018?")
    assert not answer.abstained, answer.answer
    assert _number(answer) == 4592
    assert "28.742 - 24.150" in answer.answer


@pytest.mark.parametrize(("question", "value"), [
    ("11 tháng năm 2022 Điểm TBT tỉnh Trà Vinh gửi bao nhiêu tin cảnh báo?", 386),
    ("Lũy kế 11 tháng năm 2022, Chi cục TĐC Trà Vinh hướng dẫn bao nhiêu doanh nghiệp đăng ký mã số mã vạch?", 29),
    ("Trong tháng 11/2022, Chi cục TĐC Trà Vinh hướng dẫn bao nhiêu doanh nghiệp đăng ký mã số mã vạch?", 3),
])
def test_the_months_so_far_and_the_month_itself_are_told_apart(service, question: str, value: int) -> None:  # noqa: ANN001
    answer = service.ask(question)
    assert not answer.abstained, answer.answer
    assert _number(answer) == value


def test_another_month_is_not_answered_by_this_months_figure(service) -> None:  # noqa: ANN001
    answer = service.ask("Riêng tháng 10/2022, Chi cục TĐC Trà Vinh hướng dẫn bao nhiêu doanh nghiệp đăng ký mã số mã vạch?")
    assert answer.abstained, answer.answer
