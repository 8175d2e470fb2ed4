"""Reports as staff export them, and questions as staff ask them:

* a table pasted from an English-locale Excel sheet ("1,482,650" thousands, "16.2" decimals) in a report whose
  prose writes figures the Vietnamese way: its cells are read in their own notation, and a change along its
  row is worked in the scale its caption gives ("bao nhiêu nghìn đồng");
* a Markdown export's front matter gives the title, which tells a quarter's review from a year's;
* a page Word saved as HTML has its first line, the letterhead ("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), as its <title>:
  the report's own title ("Kết quả hoạt động 6 tháng đầu năm …") tells its period, so a six-month figure is
  no other period's;
* "Cả năm 2023 …" asks the whole year, no topic word a passage must repeat;
* a station's figure "trong tổng số nêu trên" is a part of the total before it, not a rival that ties it;
* a company's figure ("Phòng thử nghiệm điện của Công ty Điện lực … đã kiểm định 57.340 công tơ điện") is not the
  unit's, and the thing named right before its count ("công tơ điện là 31.540 chiếc") is what it counts;
* a department's or station's row of a table ("Phòng Kiểm định …", "Trạm Kiểm định …") is a part of the unit's
  figure, not the answer to a question about the unit, and one station's row is no answer about another;
* a quarter's review titled "Kết quả … quý II và phương hướng, nhiệm vụ quý III năm 2022" is of 2022.
"""

from __future__ import annotations

import pytest

from answer_values import number as _number

HUE = """UBND TỈNH THỪA THIÊN HUẾ
SỞ KHOA HỌC VÀ CÔNG NGHỆ
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thừa Thiên Huế, ngày 15 tháng 12 năm 2023

BÁO CÁO
Tổng kết công tác năm 2023 và phương hướng, nhiệm vụ năm 2024

1. Kiểm định phương tiện đo
Năm 2023, Chi cục (thông qua Trung tâm Kỹ thuật TĐC trực thuộc) đã kiểm định tổng số 57.433 PTĐ, đạt 104,0% \
kế hoạch năm (55.202 PTĐ), tăng 8,7% so với năm 2022 (52.832 PTĐ). Trạm Kiểm định thị xã Hương Thủy thực \
hiện 6.284 PTĐ trong tổng số nêu trên.

2. Thu sự nghiệp
Tổng thu phí, lệ phí và dịch vụ kỹ thuật năm 2023 đạt 3.841,2 triệu đồng, bằng 106,7% dự toán được giao.

Bảng 4. Doanh thu dịch vụ kỹ thuật năm 2023 (Đơn vị tính: nghìn đồng)
| Dịch vụ | Số lượng | Doanh thu 2023 | Doanh thu 2022 | Tỷ trọng (%) | Tỷ lệ 2023/2022 (%) |
|---|---:|---:|---:|---:|---:|
| Kiểm định công tơ điện | 32,957 | 1,482,650 | 1,370,300 | 38.6 | 108.2 |
| Kiểm định đồng hồ nước | 12,450 | 622,500 | 569,000 | 16.2 | 109.4 |
| Kiểm định cột đo xăng dầu | 856 | 513,600 | 487,200 | 13.4 | 105.4 |
"""

CAN_THO = """SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ CẦN THƠ
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Cần Thơ, ngày 20 tháng 12 năm 2019

BÁO CÁO
Tổng kết công tác năm 2019 và phương hướng, nhiệm vụ năm 2020

1. Kiểm định phương tiện đo
Năm 2019, Trung tâm Kỹ thuật trực thuộc Chi cục đã kiểm định 48.652 phương tiện đo (PTĐ). Trong đó, công tơ điện \
là 31.540 chiếc (gồm 28.417 công tơ 1 pha và 3.123 công tơ 3 pha), đồng hồ nước lạnh 9.876 chiếc.
Ngoài ra, trên địa bàn thành phố, Phòng thử nghiệm điện của Công ty Điện lực thành phố Cần Thơ đã kiểm định \
57.340 công tơ điện phục vụ lắp đặt mới và thay thế định kỳ.

Bảng 2. Kết quả kiểm định theo đơn vị thực hiện năm 2019 (chiếc)
| Đơn vị thực hiện | Công tơ điện | Đồng hồ nước | Cân | Cộng |
|---|---:|---:|---:|---:|
| Phòng Kiểm định Đo lường (trụ sở Trung tâm) | 25.240 | 8.105 | 3.148 | 36.493 |
| Trạm Kiểm định Thốt Nốt | 6.300 | 1.771 | 1.067 | 9.138 |
| Tổng cộng toàn Trung tâm | 31.540 | 9.876 | 4.215 | 45.631 |
"""

HAI_PHONG = """<html><head><meta charset="utf-8"><title>SỞ KHOA HỌC VÀ CÔNG NGHỆ</title></head><body>
<table><tr><td><p class=MsoNormal>SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ HẢI PHÒNG</p>
<p class=MsoNormal>TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG</p></td>
<td><p class=MsoNormal>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class=MsoNormal>Độc lập - Tự do - Hạnh phúc</p></td></tr>
<tr><td><p class=MsoNormal>Số: 186/BC-TTKT</p></td><td><p class=MsoNormal>Hải Phòng, ngày 28 tháng 6 năm 2024</p></td></tr></table>
<p class=MsoNormal align=center><b>BÁO CÁO</b></p>
<p class=MsoNormal align=center><b>Kết quả hoạt động 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2024</b></p>
<p class=MsoNormal>1. Hoạt động kiểm định</p>
<p class=MsoNormal>Trung tâm đã kiểm định 36.418 phương tiện đo (PTĐ), đạt 52,0% kế hoạch năm (70.000 PTĐ).<o:p></o:p></p>
<p class=MsoNormal>2. Tài chính</p>
<p class=MsoNormal>Trung tâm đã nộp ngân sách nhà nước 1.864,3 triệu đồng; trích lập Quỹ phát triển hoạt động sự
nghiệp 1.250,0 triệu đồng.<o:p></o:p></p>
</body></html>
"""

DAK_LAK = """---
title: "Báo cáo kết quả thực hiện nhiệm vụ quý II và phương hướng quý III năm 2022"
date: 2022-07-05
tags: [bao-cao, quy-II-2022, chi-cuc-TDC]
---

# CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TỈNH ĐẮK LẮK

Đắk Lắk, ngày 05 tháng 7 năm 2022

**BÁO CÁO**

**Kết quả thực hiện nhiệm vụ quý II và phương hướng, nhiệm vụ quý III năm 2022**

Số liệu cùng kỳ năm 2021 được lấy theo báo cáo quý II/2021 của Chi cục. Năm 2021 Chi cục kiểm định 51.200 PTĐ.

## 1. Kiểm định phương tiện đo

Trong quý II, Chi cục đã kiểm định **15.704** PTĐ[^1]. Lũy kế 6 tháng đầu năm, Chi cục đã kiểm định 27.608 PTĐ.

[^1]: Không kể 11.850 công tơ điện do Điện lực Đắk Lắk tự kiểm định.
"""


@pytest.fixture(scope="module")
def service(service_over):  # noqa: ANN001, ANN201
    svc = service_over({"BC_TongKet_2023_ThuaThienHue.md": HUE, "BC_TongKet_2019_CanTho.md": CAN_THO, "BC_6thang_2024_HaiPhong.htm": HAI_PHONG,
                        "BaoCao_QuyII_2022_DakLak.md": DAK_LAK})
    yield svc
    svc.close()


@pytest.mark.parametrize(("question", "value"), [
    ("Năm 2023 doanh thu từ kiểm định đồng hồ nước của Chi cục TĐC Thừa Thiên Huế là bao nhiêu nghìn đồng?", 622500),
    ("Kiểm định cột đo xăng dầu chiếm tỷ trọng bao nhiêu phần trăm doanh thu dịch vụ năm 2023 của TĐC Huế?", 13.4),
    ("So với năm 2022, doanh thu kiểm định công tơ điện năm 2023 của TĐC Thừa Thiên Huế tăng thêm bao nhiêu nghìn đồng?",
     112350),
    ("Cả năm 2023 Chi cục TĐC Thừa Thiên Huế kiểm định được bao nhiêu phương tiện đo?", 57433),
    ("Cả năm 2023 Chi cục TĐC Thừa Thiên Huế kiểm định được tổng cộng bao nhiêu phương tiện đo?", 57433),
    ("Sáu tháng đầu năm 2024 Trung tâm Kỹ thuật TĐC Hải Phòng đã nộp ngân sách nhà nước bao nhiêu tiền?", 1864.3),
])
def test_figures_of_sheets_saved_pages_and_whole_years(service, question: str, value: float) -> None:  # noqa: ANN001
    a = service.ask(question)
    assert not a.abstained, a.answer
    assert _number(a) == pytest.approx(value), a.answer


@pytest.mark.parametrize(("question", "value"), [
    ("Năm 2019 Chi cục TĐC Cần Thơ kiểm định được bao nhiêu công tơ điện?", 31540),
    ("can tho nam 2019 kiem dinh bao nhieu dong ho nuoc", 9876),
])
def test_a_companys_figure_and_a_departments_row_are_not_the_units(service, question: str, value: float) -> None:  # noqa: ANN001
    a = service.ask(question)
    assert _number(a) == pytest.approx(value), a.answer


def test_a_station_the_question_names_is_answered_by_its_own_row_only(service) -> None:  # noqa: ANN001
    a = service.ask("Năm 2019 Trạm Kiểm định Thốt Nốt kiểm định bao nhiêu đồng hồ nước?")
    assert _number(a) == pytest.approx(1771), a.answer
    a = service.ask("Năm 2019 Trạm Kiểm định Ô Môn của Chi cục TĐC Cần Thơ kiểm định bao nhiêu đồng hồ nước?")
    assert a.abstained, a.answer


def test_a_quarters_review_titled_with_the_next_quarters_plan_is_of_its_year(service) -> None:  # noqa: ANN001
    assert {d.source: d.year for d in service.docs()}["BaoCao_QuyII_2022_DakLak.md"] == 2022


def test_front_matter_and_saved_page_titles(service) -> None:  # noqa: ANN001
    titles = {d.source: d.title for d in service.docs()}
    assert titles["BaoCao_QuyII_2022_DakLak.md"] == "Báo cáo kết quả thực hiện nhiệm vụ quý II và phương hướng quý III năm 2022"
    assert "6 tháng đầu năm" in titles["BC_6thang_2024_HaiPhong.htm"], titles
