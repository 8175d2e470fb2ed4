"""Reports as web pages and office exports write them: Markdown pipe tables, table cells that carry their
unit ("2.317 doanh nghiệp", "98 %"), a letterhead's date in italics; and the dates such reports give: of
the report itself (the unit asked for, not another unit's report), of one event among two in a clause, of
a plan told by its issuer and subject."""

from __future__ import annotations

import pytest

from assistant.question import analyze, question_unit
from answer_values import number as _number

CHI_CUC = """Trang chủ > Tin tức - Sự kiện > Hoạt động đơn vị

# Chi cục Tiêu chuẩn Đo lường Chất lượng Hòa Bình tổng kết năm 2024

UBND TỈNH HÒA BÌNH
**SỞ KHOA HỌC VÀ CÔNG NGHỆ**
**CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG**

Số: 88/BC-TĐC

*Hòa Bình, ngày 23 tháng 12 năm 2024*

## BÁO CÁO
## Kết quả thực hiện nhiệm vụ năm 2024

Căn cứ Kế hoạch số 05/KH-TĐC ngày 06/01/2024 của Chi cục Tiêu chuẩn Đo lường Chất lượng (sau đây gọi tắt là Chi cục) về thực hiện nhiệm vụ năm 2024, Chi cục báo cáo kết quả như sau (số liệu tính đến ngày 15/12/2024):

## I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

Năm 2024, Chi cục đã tiếp nhận 1.236 hồ sơ công bố hợp chuẩn, hợp quy, tăng 9,6% so với năm 2023 (1.128 hồ sơ), trong đó 1.171 hồ sơ công bố hợp quy và 65 hồ sơ công bố hợp chuẩn.

Chi cục ban hành Kế hoạch số 11/KH-TĐC ngày 20/01/2024 về kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa năm 2024 với 09 đoàn kiểm tra. Chi cục đã tham mưu Sở trình Ủy ban nhân dân tỉnh ban hành Kế hoạch số 48/KH-UBND ngày 24/02/2024 thực hiện Chương trình năng suất trên địa bàn tỉnh.

Tổ chức Lễ mít tinh hưởng ứng Ngày Đo lường Việt Nam ngày 19/01/2024 và Hội nghị hưởng ứng Ngày Tiêu chuẩn Thế giới ngày 14/10/2024.

**Bảng 1. Một số chỉ tiêu chủ yếu**

| TT | Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024 |
|----|----------------------------|-------|---------:|---------:|
| 1 | Công tơ điện 1 pha, 3 pha | chiếc | 27.416 | 28.905 |
| 2 | Điểm cân đối chứng tại chợ | điểm | 112 | 127 |
| 3 | Lượt người tham dự tập huấn | lượt người | 826 | 1.017 |
"""

TRUNG_TAM = """TỔNG CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
TRUNG TÂM THÔNG TIN VÀ CẢNH BÁO
Số: 412/BC-TTCB
Hà Nội, ngày 20 tháng 12 năm 2024
BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2024 của Trung tâm Thông tin và Cảnh báo

Năm 2024, Trung tâm phát hành 86 bản tin cảnh báo cho doanh nghiệp xuất khẩu.

Bảng 2. Kết quả thông tin, cảnh báo
Nội dung | Năm 2023 | Năm 2024 | Ghi chú
Doanh nghiệp đăng ký nhận tin cảnh báo qua thư điện tử | 2.317 doanh nghiệp | 2.968 doanh nghiệp | Tính đến 15/12
Tỷ lệ câu hỏi được trả lời đúng hạn | 96 % | 98 % | Thời hạn 05 ngày làm việc
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"chicuc_hoabinh_2024.txt": CHI_CUC, "trungtam_canhbao_2024.txt": TRUNG_TAM})
    yield service
    service.close()


def test_a_markdown_pipe_table_is_read_with_its_header(svc) -> None:  # noqa: ANN001
    a = svc.ask("Số công tơ điện được Chi cục Hòa Bình kiểm định trong năm 2023 là bao nhiêu chiếc?")
    assert _number(a) == 27416  # the "Năm 2023" column, not the row's number nor the "3" of "3 pha"
    a = svc.ask("Tính đến cuối năm 2024, các chợ ở Hòa Bình có tất cả bao nhiêu điểm cân đối chứng?")
    assert _number(a) == 127
    a = svc.ask("Hiện có bao nhiêu điểm cân đối chứng tại chợ ở Hòa Bình?")
    assert _number(a) == 127  # no year asked: the report's own year, not its "Năm 2023" column


def test_cells_that_carry_their_unit(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2024 có bao nhiêu doanh nghiệp đăng ký nhận tin cảnh báo qua email?")
    assert _number(a) == 2968 and a.value.unit == "doanh nghiệp"
    a = svc.ask("Tỷ lệ câu hỏi được trả lời đúng hạn năm 2024 là bao nhiêu?")
    assert _number(a) == 98


def test_the_whole_is_asked_when_it_names_every_item(svc) -> None:  # noqa: ANN001
    a = svc.ask("Trong năm 2024, Chi cục Hòa Bình nhận được tổng cộng bao nhiêu bộ hồ sơ công bố hợp quy, hợp chuẩn?")
    assert _number(a) == 1236  # not 1.171 + 1.236: the whole names both, its parts follow "trong đó"


def test_a_reports_own_date_is_that_of_the_unit_asked(svc) -> None:  # noqa: ANN001
    a = svc.ask("Báo cáo tổng kết năm 2024 của Chi cục Hòa Bình được ký ngày nào?")
    assert a.value is not None and a.value.text.endswith("23/12/2024"), a.answer  # "*Hòa Bình, ngày …*", not the centre's


def test_of_two_dates_in_a_clause_the_one_its_own_words_name(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2024, Chi cục Hòa Bình tổ chức hội nghị nhân Ngày Tiêu chuẩn Thế giới vào ngày nào?")
    assert a.value is not None and a.value.text.endswith("14/10/2024"), a.answer


def test_a_plan_is_told_by_its_issuer_and_subject(svc) -> None:  # noqa: ANN001
    a = svc.ask("Kế hoạch kiểm tra nhà nước về đo lường, chất lượng năm 2024 của Chi cục Hòa Bình đề ngày bao nhiêu?")
    assert a.value is not None and a.value.text.endswith("20/01/2024"), a.answer
    a = svc.ask("Kế hoạch thực hiện nhiệm vụ năm 2024 của Chi cục TĐC Hòa Bình được ký ban hành ngày nào?")
    assert a.value is not None and a.value.text.endswith("06/01/2024"), a.answer  # "… của Chi cục … về thực hiện nhiệm vụ"


def test_the_unit_asked_ends_at_a_number_and_a_name_holds_no_year() -> None:
    assert question_unit("kiểm định bao nhiêu đồng hồ nước 6 tháng đầu năm 2025") == "đồng hồ nước"
    assert analyze("Hội thảo về mã vạch 2D (GS1 Sunrise 2027) được tổ chức vào ngày nào?").years == []
    assert analyze("Nam 2021 co bao nhieu TCVN").years == [2021]
