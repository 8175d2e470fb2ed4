"""A report typed without diacritics (an old e-mail, a phone's keyboard) among reports typed with them:

* its year and unit come from its own words, read folded ("nam 2019", "Chi cuc … tinh Bac Lieu"), so a
  question naming "Chi cục TĐC tỉnh Bạc Liêu" is routed to it and not refused as an unknown unit;
* its passages are found by the question's words folded, read with their marks restored for the answerer's
  patterns, and quoted as the report writes them, without marks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answer_values import number as _number
from assistant.settings import BUNDLED_REPORTS

REPORT = """SO KHOA HOC VA CONG NGHE BAC LIEU     CONG HOA XA HOI CHU NGHIA VIET NAM
CHI CUC TIEU CHUAN DO LUONG CHAT LUONG    Doc lap - Tu do - Hanh phuc

So: 96/BC-TDC                          Bac Lieu, ngay 03 thang 7 nam 2019

BAO CAO
Ket qua kiem tra chat luong xang dau 6 thang dau nam 2019

Thuc hien Ke hoach so 12/KH-TDC ngay 15/01/2019 cua Chi cuc Tieu chuan Do luong Chat luong tinh Bac Lieu ve
kiem tra nha nuoc ve do luong, chat luong xang dau, Chi cuc bao cao ket qua 6 thang dau nam 2019 nhu sau:

I. KET QUA THUC HIEN
1. Kiem tra xang dau
Trong 6 thang dau nam 2019, Doan kiem tra cua Chi cuc da kiem tra 72 cua hang xang dau tren 7/7 huyen, thi xa,
thanh pho, dat 110,8% ke hoach 6 thang; tang 12,5% so voi cung ky nam 2018 (6 thang dau nam 2018: 64 cua hang).
Doan kiem tra da lay 108 mau xang dau de thu nghiem nhanh tai hien truong, trong do 26 mau duoc gui thu nghiem
tai QUATEST 3; ket qua co 8 mau khong dat chi tieu chat luong.
2. Xu ly vi pham
Chi cuc da ban hanh 14 quyet dinh xu phat vi pham hanh chinh voi tong so tien 214,5 trieu dong, da thu nop ngan
sach 198,0 trieu dong.
3. Kiem tra khi dau mo hoa long
Doan kiem tra da kiem tra dinh luong 186 chai khi dau mo hoa long tai 21 cua hang; phat hien 11 chai co luong
thieu vuot muc cho phep.

II. KE HOACH 6 THANG CUOI NAM 2019
1. Kiem tra 55 cua hang xang dau, lay it nhat 100 mau xang dau de thu nghiem.
2. To chuc 01 lop tap huan cho chu cua hang xang dau trong thang 9/2019.

Noi nhan:                                   KT. CHI CUC TRUONG
- Tong cuc TCDLCL;                          PHO CHI CUC TRUONG
- Luu: VT.                                  Nguyen Van Hai
""" + "\n".join(
    f"Ghi chu {i}: so lieu cua Doan kiem tra duoc tong hop tu bien ban kiem tra va phieu ket qua thu nghiem "
    f"cua tung dot kiem tra trong 6 thang dau nam 2019." for i in range(1, 9))


@pytest.fixture(scope="module")
def unmarked(service_over):  # noqa: ANN001, ANN201
    files = {"BC_2021.txt": next(Path(BUNDLED_REPORTS).glob("*.txt")).read_text(encoding="utf-8"),
             "BC_XangDau_6T_2019_BacLieu.txt": REPORT}
    svc = service_over(files)
    yield svc
    svc.close()


def test_its_year_comes_from_its_own_words(unmarked) -> None:  # noqa: ANN001
    years = {d.doc_id: d.year for d in unmarked.docs()}
    assert years["bc-xangdau-6t-2019-baclieu"] == 2019


@pytest.mark.parametrize(("question", "value"), [
    ("Trong 6 tháng đầu năm 2019, Chi cục TĐC tỉnh Bạc Liêu đã kiểm tra bao nhiêu cửa hàng xăng dầu?", 72),
    ("Chi cục TĐC tỉnh Bạc Liêu xử phạt tổng số tiền bao nhiêu triệu đồng trong 6 tháng đầu năm 2019?", 214.5),
])
def test_a_question_with_marks_is_answered_and_quoted_as_written(unmarked, question: str, value: float) -> None:  # noqa: ANN001
    answer = unmarked.ask(question)
    assert not answer.abstained, answer.answer
    assert _number(answer) == value
    quote = answer.citations[0].quote
    assert quote in REPORT.replace("\n", " ") or quote in REPORT  # the report's own words, without marks
    assert quote.isascii()


def test_a_unit_no_report_is_of_is_still_refused(unmarked) -> None:  # noqa: ANN001
    answer = unmarked.ask("Trong 6 tháng đầu năm 2019, Chi cục TĐC tỉnh Cà Mau đã kiểm tra bao nhiêu cửa hàng xăng dầu?")
    assert answer.abstained
