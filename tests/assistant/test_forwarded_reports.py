"""A report that arrives inside an e-mail (its letterhead below the mail's headers and the forwarder's
note) is found by the unit its letterhead names and titled by its own "BÁO CÁO" line; a figure that a
sentence recalls from last year "(cùng kỳ năm 2023: 15 hồ sơ)" does not answer a question that names no
year, and does answer one that asks for "cùng kỳ năm 2023"; a count written after an abbreviation ("Tổng cục TCĐLCL 19 hồ sơ") is a count; "hồ sơ đăng ký công
bố hợp quy" is what "bộ hồ sơ công bố hợp quy" asks for; a group's row of a table is no header; a total
asked is the level a stock was raised to, not what was added to it; the next quarter's tasks are no
result of this one."""

from __future__ import annotations

import pytest

from assistant.candidates import _header
from answer_values import number as _number

MAIL = """Subject: Fwd: BC ket qua thuc hien nhiem vu quy I/2024 - Chi cuc TDC
From: Lê Minh Tâm <lmtam.skhcn@kienhoa.gov.vn>
Date: 29/03/2024 08:17
To: Phòng Quản lý chuyên ngành <pqlcn.skhcn@kienhoa.gov.vn>

Kính gửi anh/chị,

Em chuyển báo cáo quý I của Chi cục TĐC để anh/chị tổng hợp vào báo cáo
chung của Sở. Lưu ý: số công tơ điện kiểm định trong báo cáo chưa bao gồm
công tơ do Điện lực tự kiểm định, Chi cục sẽ bổ sung sau khi có số liệu.
File Word có số, ký nằm trong thư gốc bên dưới. Anh/chị cần thêm số liệu
chi tiết về từng huyện thì báo em, em sẽ liên hệ Phòng Hành chính - Tổng
hợp của Chi cục để gửi bổ sung trong tuần này.

Trân trọng,
Tâm

---------- Forwarded message ---------
From: Chi cục TĐC <chicuctdc.skhcn@kienhoa.gov.vn>
Date: Thu, Mar 28, 2024 at 4:42 PM
Subject: BC ket qua thuc hien nhiem vu quy I/2024
To: Lê Minh Tâm <lmtam.skhcn@kienhoa.gov.vn>

> UBND TỈNH KIÊN HÒA                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
> SỞ KHOA HỌC VÀ CÔNG NGHỆ                        Độc lập - Tự do - Hạnh phúc
> CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
> Số: 41/BC-TĐC                      Kiên Hòa, ngày 28 tháng 3 năm 2024
>
> BÁO CÁO
> Kết quả thực hiện nhiệm vụ quý I năm 2024
>
> Trong quý I năm 2024, Chi cục đã thực hiện kiểm định 4.872 phương tiện
> đo (PTĐ) các loại, đạt 27,3% kế hoạch năm.
> Chi cục tiếp nhận, thẩm định và chuyển Tổng cục TCĐLCL 19 hồ sơ đăng ký
> cấp mới mã số mã vạch (cùng kỳ năm 2023: 15 hồ sơ).
> Hướng dẫn 14 cơ sở xây dựng, công bố tiêu chuẩn cơ sở (TCCS) cho sản phẩm
> tham gia Chương trình Mỗi xã một sản phẩm (OCOP).
>
> III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2024
> - Hướng dẫn 10 cơ sở OCOP xây dựng, công bố TCCS.
> - Kiểm tra đo lường tại 40 cửa hàng xăng dầu.
"""

OTHER = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LÂM SƠN
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
BÁO CÁO Kết quả thực hiện nhiệm vụ quý I năm 2024

Trong quý I năm 2024, Chi cục Lâm Sơn đã kiểm định 6.105 phương tiện đo các loại.

Trong đợt kiểm tra chợ, Chi cục bàn giao thêm 6 cân đối chứng cho Ban quản lý các chợ, nâng tổng số cân đối chứng tại các chợ trên địa bàn tỉnh lên 74 cân.

Chi cục tiếp nhận 52 hồ sơ đăng ký công bố hợp quy. Đã giải quyết 47 hồ sơ, trong đó ban hành thông báo tiếp nhận hồ sơ công bố hợp quy đối với 44 hồ sơ, trả lại 3 hồ sơ do thành phần hồ sơ không đầy đủ.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"Fwd_BC_quy_I_2024.txt": MAIL, "lamson_quy1_2024.txt": OTHER})
    yield service
    service.close()


def test_a_forwarded_report_is_found_by_its_letterhead_and_titled_by_it(svc) -> None:  # noqa: ANN001
    a = svc.ask("Quý I/2024 Chi cục TĐC Kiên Hòa kiểm định được bao nhiêu phương tiện đo?")
    assert _number(a) == 4872, a.answer
    docs = {d.title: d.year for d in svc.docs()}
    assert docs.get("BÁO CÁO Kết quả thực hiện nhiệm vụ quý I năm 2024") == 2024, docs


def test_a_figure_recalled_from_last_year_does_not_answer_when_no_year_is_asked(svc) -> None:  # noqa: ANN001
    a = svc.ask("Chi cục Kiên Hòa thẩm định và gửi lên Tổng cục bao nhiêu hồ sơ xin cấp mới mã số mã vạch?")
    assert _number(a) == 19, a.answer
    a = svc.ask("Theo báo cáo quý I năm 2024, cùng kỳ năm 2023 Chi cục Kiên Hòa đã chuyển Tổng cục bao nhiêu hồ sơ cấp mới mã số mã vạch?")
    assert _number(a) == 15, a.answer


def test_a_registration_file_is_the_file_asked_for(svc) -> None:  # noqa: ANN001
    a = svc.ask("Chi cục Lâm Sơn nhận được bao nhiêu bộ hồ sơ công bố hợp quy?")
    assert _number(a) == 52, a.answer


def test_a_group_row_under_the_header_is_no_header() -> None:
    lines = ["Bảng 1. Một số chỉ tiêu chủ yếu quý I năm 2024",
             "STT | Chỉ tiêu | Đơn vị tính | Quý I/2023 | Quý I/2024",
             "I | Kiểm định phương tiện đo | - | - | -",
             "1 | Cân các loại | chiếc | 2.046 | 2.315"]
    head, caption = _header(lines, ["4", "Công tơ điện", "chiếc", "402", "386"])
    assert head == ["STT", "Chỉ tiêu", "Đơn vị tính", "Quý I/2023", "Quý I/2024"]
    assert caption.startswith("Bảng 1.")


def test_a_total_asked_is_the_level_raised_to_not_the_addition(svc) -> None:  # noqa: ANN001
    a = svc.ask("Sau đợt kiểm tra chợ, tổng số cân đối chứng ở các chợ của tỉnh Lâm Sơn là bao nhiêu?")
    assert _number(a) == 74, a.answer
    a = svc.ask("Trong đợt kiểm tra chợ, Chi cục Lâm Sơn bàn giao thêm bao nhiêu cân đối chứng?")
    assert _number(a) == 6, a.answer


def test_the_next_quarters_tasks_are_no_result_of_this_quarter(svc) -> None:  # noqa: ANN001
    a = svc.ask("chi cuc kien hoa huong dan bao nhieu co so OCOP xay dung TCCS trong quy 1/2024?")
    assert _number(a) == 14, a.answer


SHARES = """CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TỈNH BÌNH SƠN
BÁO CÁO Kết quả thực hiện nhiệm vụ năm 2021

7. Công tác cải cách thủ tục hành chính
Năm 2021, Chi cục tiếp nhận 2.067 hồ sơ TTHC, đã giải quyết 2.033 hồ sơ. Số hồ sơ tiếp nhận qua dịch vụ công trực tuyến mức độ 3, 4 là 1.930 hồ sơ, chiếm 93,37% tổng số hồ sơ. Hiện Chi cục đang thực hiện 28 TTHC thuộc thẩm quyền, 100% TTHC được cung cấp dịch vụ công trực tuyến mức độ 3, 4.
"""


def test_a_share_asked_of_files_is_no_share_of_procedures(service_over) -> None:  # noqa: ANN001
    """"Bao nhiêu phần trăm hồ sơ …": "93,37% tổng số hồ sơ", not "100% TTHC được cung cấp …"."""
    service = service_over({"binhson_2021.txt": SHARES})
    try:
        a = service.ask("Bao nhiêu phần trăm hồ sơ thủ tục hành chính của Chi cục Bình Sơn năm 2021 được nhận qua dịch vụ "
                        "công trực tuyến mức độ 3, 4?")
        assert a.value is not None and a.value.number == 93.37, a.answer
    finally:
        service.close()
