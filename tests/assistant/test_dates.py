"""Which date answers: the one the asked act is written with, and the amending document's, not the amended one's."""

from __future__ import annotations

import pytest

REPORT = """Báo cáo tổng kết năm 2023 của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Hà Nam

1. Chỉ định

Ngày 28/6/2023, Tổng cục TCĐLCL ban hành Quyết định số 1187/QĐ-TĐC điều chỉnh, bổ sung lĩnh vực được chỉ định kiểm định cho Trung tâm đối với 04 loại phương tiện đo.

2. Văn bản

Thông tư số 04/2022/TT-BKHCN ngày 28/4/2022 sửa đổi, bổ sung một số điều của Thông tư số 23/2013/TT-BKHCN ngày 26/9/2013 quy định về đo lường đối với phương tiện đo nhóm 2 được Trung tâm phổ biến tới các cơ sở.

3. Kiến nghị

Đề nghị Tổng cục TCĐLCL sớm xem xét chỉ định bổ sung lĩnh vực kiểm định cho Trung tâm theo hồ sơ đã nộp ngày 22/11/2023.
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"ttkt_hanam_2023.txt": REPORT})
    yield service
    service.close()


def test_the_date_of_the_act_asked_not_of_a_submission(svc) -> None:  # noqa: ANN001
    a = svc.ask("Quyết định của Tổng cục bổ sung lĩnh vực chỉ định kiểm định cho Trung tâm Hà Nam được ban hành ngày nào?")
    assert a.value is not None and a.value.text.endswith("28/6/2023")


def test_the_amending_document_s_date(svc) -> None:  # noqa: ANN001
    a = svc.ask("Thông tư sửa đổi Thông tư 23/2013/TT-BKHCN về phương tiện đo nhóm 2 được ký ngày nào?")
    assert a.value is not None and a.value.text.endswith("28/4/2022")  # not 23/2013's own 26/9/2013
