"""A year-end report's trend table, a programme's period, a campaign's total, the unit a question names:

* a table whose header gives each of five years a column ("2019 | 2020 | 2021 | 2022 | 2023") answers for the
  earlier years too, read in that year's column, when no report of the year is held;
* "Chương trình … giai đoạn 2021–2025" names a running programme: the report of a year inside the period
  answers (no report "of 2021, 2025" is needed);
* "tổng cộng bao nhiêu cơ sở" is the whole ("… đã kiểm tra 115 cơ sở"), not the part the next sentence gives
  ("Trong đó, 03 đoàn … của Chi cục kiểm tra 71 cơ sở");
* the unit a question names ("Trung tâm Kỹ thuật TĐC Bắc Giang") picks its reports; its words do not search
  them (they would find the letterhead, not the row "8 | Taximet | …").
"""

from __future__ import annotations

import pytest

from answer_values import number as _number

TREND = """SỞ KH&CN TỈNH BẮC GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG | Độc lập - Tự do - Hạnh phúc
Số: 07/BC-TTKT | Bắc Giang, ngày 12 tháng 01 năm 2024
BÁO CÁO
Tổng kết hoạt động năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023
Năm 2023, Trung tâm được Sở KH&CN giao kế hoạch tại Quyết định số 18/QĐ-SKHCN ngày 16/1/2023. Trung tâm đã hoàn thành vượt mức 08/08 chỉ tiêu chủ yếu được giao, kết quả kiểm định, hiệu chuẩn, thử nghiệm đều tăng so với năm 2022.
2. Hoạt động kiểm định, hiệu chuẩn phương tiện đo
a) Kiểm định phương tiện đo
Năm 2023, Trung tâm đã kiểm định 46.927 PTĐ, đạt 109,1% kế hoạch năm (kế hoạch: 43.000 PTĐ).
Công tơ điện tiếp tục là nhóm PTĐ có số lượng kiểm định lớn nhất, chủ yếu phục vụ Công ty Điện lực thay thế định kỳ. Đồng hồ đo nước, cân thông dụng và huyết áp kế đều vượt kế hoạch.
Trung tâm đã cử 06 kiểm định viên phối hợp với Chi cục kiểm tra đo lường tại 64 cửa hàng kinh doanh xăng dầu.
Bảng 2. Kết quả kiểm định phương tiện đo năm 2023 theo nhóm PTĐ
TT | Nhóm phương tiện đo | ĐVT | Kế hoạch | Thực hiện | Không đạt | Tỷ lệ TH/KH (%)
1 | Công tơ điện xoay chiều 1 pha | chiếc | 30.200 | 33.214 | 486 | 110,0
7 | Huyết áp kế | chiếc | 650 | 704 | 9 | 108,3
8 | Taximet | chiếc | 180 | 146 | 2 | 81,1
Riêng nhóm Taximet chỉ đạt 81,1% kế hoạch do 02 hãng taxi trên địa bàn chuyển sang sử dụng ứng dụng gọi xe công nghệ.

II. KẾT QUẢ GIAI ĐOẠN 2019-2023
Bảng 3. Kết quả hoạt động của Trung tâm giai đoạn 2019-2023
TT | Chỉ tiêu | ĐVT | 2019 | 2020 | 2021 | 2022 | 2023 | Tăng/giảm 2023 so với 2022 (%)
1 | Kiểm định phương tiện đo | PTĐ | 35.412 | 33.870 | 36.905 | 41.530 | 46.927 | 13,0
3 | Thử nghiệm mẫu | mẫu | 3.126 | 2.874 | 3.058 | 3.967 | 4.512 | 13,7
"""

PROGRAMME = """UBND TỈNH BÌNH PHƯỚC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ | Độc lập - Tự do - Hạnh phúc
Số: 412/BC-SKHCN | Bình Phước, ngày 15 tháng 12 năm 2023
BÁO CÁO
Kết quả thực hiện Chương trình nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp tỉnh Bình Phước giai đoạn 2021-2025, năm 2023

Thực hiện Quyết định số 2156/QĐ-UBND ngày 20/10/2021 của UBND tỉnh ban hành Chương trình nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp tỉnh Bình Phước giai đoạn 2021-2025 (sau đây gọi là Chương trình), Sở KH&CN báo cáo như sau.
Năm 2023, Sở KH&CN đã hỗ trợ 27 doanh nghiệp áp dụng hệ thống quản lý tiên tiến.
"""

CAMPAIGN = """SỞ KHOA HỌC VÀ CÔNG NGHỆ NAM ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG Độc lập - Tự do - Hạnh phúc
Số: 46/BC-TĐC Nam Định, ngày 01 tháng 3 năm 2024
BÁO CÁO
Kết quả kiểm tra nhà nước về đo lường, chất lượng hàng hóa dịp Tết Nguyên đán Giáp Thìn 2024

1. Kết quả chung
Từ ngày 15/12/2023 đến ngày 20/02/2024, các đoàn kiểm tra đã kiểm tra 115 cơ sở sản xuất, kinh doanh, đạt 115,0% kế hoạch (kế hoạch: 100 cơ sở). Trong đó, 03 đoàn kiểm tra của Chi cục TĐC kiểm tra 71 cơ sở; Đoàn liên ngành kiểm tra 44 cơ sở.
Lũy kế cả năm 2023, Chi cục TĐC đã kiểm tra 287 cơ sở.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"bacgiang_ttkt_2023.txt": TREND, "binhphuoc_nscl_2023.txt": PROGRAMME,
                            "namdinh_tet_2024.txt": CAMPAIGN})
    yield service
    service.close()


@pytest.mark.parametrize(("year", "value"), [(2021, 3058), (2020, 2874)])
def test_an_earlier_year_from_a_trend_tables_column(svc, year: int, value: int) -> None:  # noqa: ANN001
    a = svc.ask(f"Năm {year} Trung tâm Kỹ thuật TĐC Bắc Giang thử nghiệm bao nhiêu mẫu?")
    assert not a.abstained and _number(a) == value, a.answer


def test_a_programmes_period_is_its_name(svc) -> None:  # noqa: ANN001
    a = svc.ask("UBND tỉnh Bình Phước ban hành Chương trình nâng cao năng suất và chất lượng giai đoạn 2021–2025 "
                "theo quyết định ký ngày nào?")
    assert not a.abstained and "20/10/2021" in a.answer, a.answer


def test_the_whole_not_the_part_the_next_sentence_gives(svc) -> None:  # noqa: ANN001
    a = svc.ask("Dịp Tết Giáp Thìn 2024, Chi cục TĐC tỉnh Nam Định đã kiểm tra tổng cộng bao nhiêu cơ sở sản xuất, kinh doanh?")
    assert not a.abstained and _number(a) == 115, a.answer
    a = svc.ask("Dịp Tết Giáp Thìn 2024, riêng các đoàn của Chi cục TĐC Nam Định kiểm tra bao nhiêu cơ sở?")
    assert not a.abstained and _number(a) == 71, a.answer


def test_the_named_units_words_do_not_search_for_its_letterhead() -> None:
    from assistant.question import analyze, searched
    from assistant.routing import ReportRouter

    identities = {"bg": ("Tổng kết hoạt động năm 2023 và kế hoạch năm 2024", TREND[:400], 2023),
                  "bp": ("Kết quả thực hiện Chương trình nâng cao năng suất", PROGRAMME[:400], 2023)}
    q = "Việc kiểm định taximet năm 2023 của Trung tâm Kỹ thuật TĐC Bắc Giang đạt bao nhiêu % kế hoạch?"
    route = ReportRouter().route(q, identities)
    assert route.doc_ids == ["bg"] and route.said == ["Trung tâm Kỹ thuật TĐC Bắc Giang"], route
    a = analyze(q)
    a.unit_said = route.said
    assert searched(a) == "Việc kiểm định taximet năm 2023 của đạt bao nhiêu % kế hoạch?"
