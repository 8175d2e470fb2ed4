"""A report sent as the text of an e-mail, and a newsletter's summary box:

* the report pasted into a mail under the mail's subject and a covering note, its letterhead without the
  national motto ("UBND TỈNH BÌNH ĐỊNH / … / Số: 412/BC-TĐC"): the question naming "Chi cục TĐC Bình Định" is
  about this report's unit, whose name its letterhead gives, not a unit it only mentions; the draft the mail
  quotes below it, with other figures, is no part of it;
* a summary box lists its figures after bullet glyphs on one line ("■ 12.486 PTĐ … ■ Gần 2.000 mẫu …"): each
  is a figure of its own, and the rounded one ("gần 2.000 mẫu") is the exact figure the text states
  ("1.968 mẫu"), not a rival that leaves the question unanswered.
"""

from __future__ import annotations

import pytest

from answer_values import number as _number

NOTE = ("Phòng Quản lý TĐC xin gửi lại Văn phòng Sở báo cáo kết quả hoạt động quý III, 9 tháng đầu năm 2023 "
        "và phương hướng, nhiệm vụ quý IV/2023 của Chi cục (bản đã được lãnh đạo Chi cục duyệt). Bản này thay "
        "thế bản dự thảo Phòng đã gửi ngày 04/10/2023; một số số liệu về kiểm định phương tiện đo, thử nghiệm "
        "mẫu, xử phạt vi phạm hành chính và thu sự nghiệp đã được điều chỉnh lại cho khớp với sổ theo dõi.")
BODY = [
    "1. Kiểm định phương tiện đo",
    "Trong quý III/2023, Trung tâm Kỹ thuật TĐC đã kiểm định 16.725 phương tiện đo (PTĐ) các loại, tăng",
    "8,7% so với cùng kỳ năm 2022 (15.392 PTĐ).",
    "2. Thử nghiệm",
    "Trong quý III/2023, Trung tâm Kỹ thuật TĐC đã thử nghiệm 1.284 mẫu các loại.",
    "II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2023",
    "2. Dự kiến một số chỉ tiêu chủ yếu năm 2024",
    "- Kiểm định khoảng 63.500 PTĐ; thử nghiệm 5.400 mẫu;",
    "- Kiểm tra nhà nước về đo lường, chất lượng tại khoảng 160 cơ sở.",
] + [f"- Nhiệm vụ {k}: tiếp tục thực hiện các nội dung của kế hoạch công tác năm 2023 đã được phê duyệt." for k in range(24)] + [
    "", "Nơi nhận:", "- Sở KH&CN (b/c);", "- Lưu: VT.", "KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "Trần Thị Minh Thu", "",
    "Trân trọng,", "--", "Nguyễn Văn Hùng", "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Bình Định", ""]
MAIL = "\n".join(
    ["From: Phòng QL TĐC <pqltdc.cctdc@binhdinh.gov.vn>", "To: Văn phòng Sở KH&CN <vp.skhcn@binhdinh.gov.vn>",
     "Date: Thu, 05 Oct 2023 16:42:10 +0700", "Subject: V/v báo cáo kết quả hoạt động quý III/2023",
     "In-Reply-To: <CAJ7p2qV8k3TdcBD@binhdinh.gov.vn>", "", "Kính gửi: Văn phòng Sở Khoa học và Công nghệ", "",
     NOTE, "", NOTE, "", "UBND TỈNH BÌNH ĐỊNH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "",
     "Số: 412/BC-TĐC                    Bình Định, ngày 05 tháng 10 năm 2023", "", "BÁO CÁO",
     "Kết quả hoạt động quý III, 9 tháng đầu năm 2023 và phương hướng, nhiệm vụ quý IV/2023", "", *BODY,
     "Vào 14:05 Th 4, 4 thg 10, 2023 Phòng QL TĐC <pqltdc.cctdc@binhdinh.gov.vn> đã viết:"]
    + [f"> Dự thảo: Trung tâm Kỹ thuật TĐC đã thử nghiệm 1.263 mẫu các loại, kiểm định 61.000 PTĐ (dòng {k})." for k in range(12)])

OTHER = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ YÊN
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Yên, ngày 06 tháng 10 năm 2023

BÁO CÁO
Kết quả hoạt động 9 tháng đầu năm 2023

Trong 9 tháng đầu năm 2023, Trung tâm Kỹ thuật TĐC tỉnh Phú Yên đã kiểm định 12.340 phương tiện đo (PTĐ), thử \
nghiệm 2.150 mẫu. Năm 2024, Chi cục dự kiến kiểm định 17.000 PTĐ.
"""

NEWSLETTER = """SỞ KHOA HỌC VÀ CÔNG NGHỆ NGHỆ AN
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 14 tháng 12 năm 2018

BẢN TIN TỔNG KẾT
Kết quả hoạt động năm 2018 và phương hướng, nhiệm vụ năm 2019

SỐ LIỆU NỔI BẬT NĂM 2018
■ 12.486 PTĐ được kiểm định, vượt kế hoạch năm ■ Gần 2.000 mẫu được thử nghiệm tại Trung tâm Kỹ thuật ■ 386,5 \
triệu đồng tiền xử phạt vi phạm hành chính ■ 27 doanh nghiệp được hỗ trợ áp dụng HTQLCL

1. Công tác đo lường
Trung tâm Kỹ thuật TĐC đã kiểm định 12.486 phương tiện đo (PTĐ) các loại, vượt 4,1% kế hoạch năm.

2. Hoạt động dịch vụ kỹ thuật
Năm 2018, Trung tâm đã thử nghiệm 1.968 mẫu với 6.412 chỉ tiêu (năm 2017 là 1.745 mẫu), gồm 842 mẫu vật liệu \
xây dựng và 1.126 mẫu khác.
"""


@pytest.fixture(scope="module")
def service(service_over):  # noqa: ANN001, ANN201
    svc = service_over({"Email_BaoCao_QuyIII_2023_BinhDinh.txt": MAIL, "BC_9thang_2023_PhuYen.txt": OTHER,
                        "BanTin_2018_NgheAn.txt": NEWSLETTER})
    yield svc
    svc.close()


@pytest.mark.parametrize(("question", "value"), [
    ("Năm 2024 Chi cục TĐC Bình Định dự kiến kiểm định bao nhiêu PTĐ?", 63500),
    ("Quý III/2023 Trung tâm Kỹ thuật TĐC Bình Định thử nghiệm được bao nhiêu mẫu?", 1284),
    ("Năm 2018 Trung tâm Kỹ thuật TĐC Nghệ An thử nghiệm được bao nhiêu mẫu?", 1968),
    ("Năm 2018 Chi cục TĐC Nghệ An hỗ trợ bao nhiêu doanh nghiệp áp dụng HTQLCL?", 27),
])
def test_a_mailed_report_and_a_summary_box_answer_with_the_reports_own_figures(service, question: str, value: float) -> None:  # noqa: ANN001
    a = service.ask(question)
    assert not a.abstained, a.answer
    assert _number(a) == pytest.approx(value), a.answer


def test_the_draft_a_mail_quotes_is_no_part_of_the_report(service) -> None:  # noqa: ANN001
    text = "\n".join(p.text for p in service.search("Dự thảo thử nghiệm 1.263 mẫu kiểm định 61.000 PTĐ", top_k=20))
    assert "1.263" not in text and "61.000" not in text
