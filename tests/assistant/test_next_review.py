"""A year's figure that only the next year's review states ("Năm 2023" column of a 2024 report) when the
asked year's reports do not; a list of figures hanging from its lead line ("Tạp chí điện tử Vietq.vn …
Kết quả năm 2024:" above "Lượt truy cập: 18.426.700 lượt")."""

from __future__ import annotations

import pytest

from ingest.splitter import is_heading
from answer_values import number as _number

TTTT_2024 = """TỔNG CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
TRUNG TÂM THÔNG TIN - TRUYỀN THÔNG
Số: 12/BC-TTTT
Hà Nội, ngày 10 tháng 01 năm 2025
BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2024 của Trung tâm Thông tin - Truyền thông

1. Xuất bản Tạp chí
Năm 2024, Tạp chí xuất bản 26 số với 712 bài viết.
Tạp chí điện tử
Tạp chí điện tử Vietq.vn tiếp tục giữ vững vị trí kênh thông tin chuyên ngành về chất lượng. Kết quả năm 2024:
Số tin, bài đăng tải: 9.865 tin, bài
Sản phẩm video, podcast: 412 sản phẩm
Lượt truy cập: 18.426.700 lượt
Lượt theo dõi trên mạng xã hội: 236.500 lượt
Cổng thông tin điện tử của Tổng cục vận hành thông suốt, an toàn.
Lượt truy cập Cổng thông tin: 1.386.420 lượt
Tin, bài đăng tải: 1.472 tin, bài

2. Một số chỉ tiêu chủ yếu
TT | Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024 | Kế hoạch 2025
1 | Bản in Tạp chí phát hành | bản | 57.600 | 62.400 | 60.000
2 | Lượt truy cập Cổng thông tin điện tử | lượt | 1.196.850 | 1.386.420 | 1.500.000
"""

CHI_CUC_2023 = """UBND TỈNH LONG AN
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 398/BC-CCTĐC
Long An, ngày 28 tháng 12 năm 2023
BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2023 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Long An

1. Tham mưu ban hành văn bản
Tham mưu Sở KH&CN trình UBND tỉnh ban hành 03 văn bản; ban hành theo thẩm quyền 14 văn bản hướng dẫn.
2. Kiểm định
Năm 2023, Chi cục đã kiểm định 15.872 phương tiện đo, tăng 9,6% so với năm 2022.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"tttt_2024.txt": TTTT_2024, "chicuc_longan_2023.txt": CHI_CUC_2023})
    yield service
    service.close()


def test_last_years_figure_as_the_next_review_states_it(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2023 Tạp chí TCĐLCL in và phát hành bao nhiêu bản?")
    assert _number(a) == 57600, a.answer  # the 2024 review's "Năm 2023" column; the 2023 review is another unit's


def test_the_next_reviews_figure_must_count_what_is_asked(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2023 Cổng thông tin điện tử của Tổng cục đăng bao nhiêu tin, bài?")
    assert a.abstained, a.answer  # only 2024's 1.472 tin, bài; 1.196.850 counts lượt truy cập


def test_a_list_item_is_read_with_its_lead_line(svc) -> None:  # noqa: ANN001
    a = svc.ask("Trang Vietq.vn của Trung tâm có bao nhiêu lượt người truy cập trong năm 2024?")
    assert _number(a) == 18426700, a.answer  # not the Cổng thông tin's 1.386.420


def test_an_item_of_a_list_of_figures_is_no_heading() -> None:
    assert not is_heading("Lượt truy cập: 18.426.700 lượt", "Lượt theo dõi trên mạng xã hội: 236.500 lượt trong năm")
    assert is_heading("Tạp chí điện tử", "Tạp chí điện tử Vietq.vn tiếp tục giữ vững vị trí kênh thông tin chuyên ngành")


