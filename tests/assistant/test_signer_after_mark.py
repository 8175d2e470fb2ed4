"""The signer of a report whose signature block reads "GIÁM ĐỐC / (Đã ký) / Phạm Văn Thắng" with more text after
it (a web page's panel, an appendix): the mark is no photo caption and the name no heading, so the block is
read whole and "Ai ký …?" is answered by the name under the role."""

from __future__ import annotations

import pytest

HAI_DUONG = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HẢI DƯƠNG
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 86/BC-TTKT
Hải Dương, ngày 05 tháng 7 năm 2024
BÁO CÁO
Sơ kết công tác 6 tháng đầu năm 2024

1. Công tác kiểm định
Trong 6 tháng đầu năm 2024, Trung tâm đã kiểm định 36.234 phương tiện đo (PTĐ) các loại. Trong 6 tháng, Trung tâm tuyển dụng 03 viên chức và ký mới 02 hợp đồng lao động.

Trên đây là báo cáo sơ kết 6 tháng đầu năm 2024 của Trung tâm./.
Nơi nhận:
- Sở KH&CN tỉnh Hải Dương (để b/c);
- Lưu: VT, HCTH.
GIÁM ĐỐC
(Đã ký)
Phạm Văn Thắng
Số liệu kỳ trước (tham khảo): 6 tháng đầu năm 2023 và cả năm 2023
Kiểm định 33.168 PTĐ; hiệu chuẩn 2.087 PTĐ, chuẩn; thử nghiệm 1.284 mẫu.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"haiduong_6t_2024.txt": HAI_DUONG})
    yield service
    service.close()


def test_the_signer_under_a_signed_mark_answers_who_signed(svc) -> None:  # noqa: ANN001
    a = svc.ask("Ai ký báo cáo sơ kết này?")
    assert not a.abstained and "Phạm Văn Thắng" in a.answer, a.answer
