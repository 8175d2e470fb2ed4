"""Reading a figure in its context: table captions and change columns, other years written before a
figure, plans measured against, negations, relative years in follow-ups, units no report is of."""

from __future__ import annotations

import pytest

from assistant.answerer import _period
from assistant.models import Turn
from assistant.question import analyze, question_unit, resolve_followup
from assistant.reasoning import plan as plan_arithmetic

REPORT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ GIANG
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG

BÁO CÁO
Kết quả công tác năm 2025 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Hà Giang

I. KẾT QUẢ NĂM 2025

1. Quản lý đo lường

Trong năm 2025, Chi cục đã kiểm định 7.310 phương tiện đo (PTĐ), tăng 8,2% so với năm 2024, đạt 104,4% kế hoạch năm 2025 (7.000 PTĐ).

Bảng 1. Số PTĐ được kiểm định theo loại (đơn vị: chiếc)

STT | Loại PTĐ | Năm 2024 | Năm 2025 | Tăng/giảm
1 | Công tơ điện | 4.120 | 4.480 | +360
2 | Cân bàn | 905 | 861 | -44
3 | Máy đo điện tim | 38 | 52 | +14

Bảng 2. Số hồ sơ công bố hợp quy theo nhóm sản phẩm

Nhóm sản phẩm | Năm 2024 | Năm 2025
Thép làm cốt bê tông | 64 | 71
Đồ chơi trẻ em | 19 | 26

2. Hồ sơ thủ tục hành chính

Chi cục đã tiếp nhận 240 hồ sơ đăng ký hoạt động thử nghiệm, kiểm định, chứng nhận, giám định (năm 2024 là 198 hồ sơ); trả lại 17 hồ sơ do không đáp ứng điều kiện theo quy định. Tỷ lệ hồ sơ nộp trực tuyến chiếm 71,5% (năm 2024 tỷ lệ này là 52,3%).

3. Kiểm tra chất lượng

Lấy 48 mẫu xăng dầu để thử nghiệm, kết quả có 3 mẫu không đạt chỉ tiêu trị số octan.

Phối hợp với ban quản lý các chợ kiểm tra 640 chiếc cân tại 21 chợ, phát hiện 12 chiếc cân không đạt yêu cầu về đo lường.

Toàn tỉnh duy trì 40 cân đối chứng; năm 2025 trang bị thêm 06 cân đối chứng cho các chợ tại các huyện Yên Minh,
Đồng Văn và Mèo Vạc.

4. Thanh tra, kiểm tra

Về đo lường, kiểm tra 30 cơ sở, phát hiện 7 cơ sở vi phạm; Chi cục đã ban hành 6 quyết định xử phạt vi phạm hành chính với tổng số tiền 42,5 triệu đồng. Về chất lượng hàng hóa, Chi cục đã xử phạt 4 cơ sở với tổng số tiền 61 triệu đồng.

Bảng 3. Phương tiện đo được kiểm định trên địa bàn (số liệu của các tổ chức kiểm định)

TT  Loại phương tiện đo      Đơn vị  Năm 2024  Năm 2025
-------------------------------------------------------
1   Đồng hồ nước lạnh        chiếc      2.150     2.618
2   Taximet                  chiếc        210       185
3   Cột đo xăng dầu          cột          402       437

5. Tổ chức bộ máy

Chi cục có 6 kiểm định viên đo lường; trong năm cử 2 kiểm định viên đi đào tạo bổ sung.

Kinh phí được giao năm 2025 là 3,8 tỷ đồng, trong đó kinh phí tự chủ 2,9 tỷ đồng, phần còn lại từ nguồn sự
nghiệp khoa học và công nghệ.

Tiếp nhận và giải quyết 178 hồ sơ thủ tục hành chính, 100% hồ sơ đúng hạn; trong đó 152 hồ sơ được nộp qua
dịch vụ công trực tuyến.

Cán bộ của Chi cục đã công bố 14 bài báo khoa học, trong đó 4 bài trên tạp chí quốc tế.

6. Giám định và phê duyệt mẫu

Tổ chức 18 lớp tập huấn nghiệp vụ, bằng 75% kế hoạch năm (24 lớp).

Giám định 120 lô thép nhập khẩu (3.450 tấn). Tiếp nhận 35 hồ sơ đề nghị thử nghiệm phê duyệt mẫu.

Về mã số mã vạch, đã thẩm xét 315 hồ sơ xin đăng ký sử dụng mã doanh nghiệp; đánh giá 12 hồ sơ tham dự giải thưởng.

Kiểm tra 40 cửa hàng kinh doanh xăng dầu; phát hiện 5 cửa hàng xăng dầu có cột đo hết hiệu lực kiểm định.

Kiểm định 2.300 phương tiện đo nhóm 2 cho các cơ sở y tế. Số PTĐ không đạt yêu cầu kiểm định là 45 chiếc.


Lãnh đạo Chi cục gồm: ông Vũ Đình Khang - Chi cục trưởng; bà Lò Thị Mai - Phó Chi cục trưởng.

Nơi nhận:
- Sở KH&CN (để b/c);
- Lưu: VT.

KT. CHI CỤC TRƯỞNG
PHÓ CHI CỤC TRƯỞNG

(Đã ký)

Lò Thị Mai
"""


@pytest.fixture(scope="module")
def svc(service_over):  # noqa: ANN001, ANN201
    service = service_over({"chicuc_hagiang_2025.txt": REPORT})
    yield service
    service.close()


@pytest.mark.parametrize("question, number", [
    ("Năm 2025 Chi cục Hà Giang kiểm định tổng cộng bao nhiêu phương tiện đo?", 7310),  # not a plan: "đạt … kế hoạch"
    ("Năm 2025 kiểm định bao nhiêu chiếc máy đo điện tim?", 52),  # the caption's "(đơn vị: chiếc)"
    ("Năm 2025 có bao nhiêu chiếc cân bàn được kiểm định?", 861),  # not the "Tăng/giảm" column's -44
    ("Năm 2025 có bao nhiêu cái cân bàn được kiểm định?", 861),
    ("Năm 2025 kiểm tra ở chợ phát hiện bao nhiêu cái cân sai về đo lường?", 12),  # "cái" counts what "chiếc" does
    ("Cùng kỳ năm 2024 kiểm định bao nhiêu chiếc công tơ điện?", 4120),  # a column naming the past year
    ("Riêng nhóm đồ chơi trẻ em, năm 2025 có bao nhiêu hồ sơ công bố hợp quy?", 26),  # "Số hồ sơ …" caption
    ("Năm 2025 có bao nhiêu hồ sơ đăng ký bị trả về vì không đủ điều kiện?", 17),  # another negated word
    ("Năm 2025 Chi cục lấy bao nhiêu mẫu xăng dầu để thử nghiệm?", 48),  # not the 3 samples that failed
    ("Tỷ lệ hồ sơ nộp online năm 2025 là bao nhiêu?", 71.5),  # "online" is "trực tuyến" (synonyms.tsv)
    ("Năm 2025 trên địa bàn kiểm định bao nhiêu chiếc đồng hồ nước lạnh?", 2618),  # a table laid out with spaces
    ("Chi cục Hà Giang có bao nhiêu KĐV đo lường?", 6),  # no report defines KĐV: its initials spell "kiểm định viên"
    ("Năm 2025 phần kinh phí từ nguồn sự nghiệp khoa học và công nghệ là bao nhiêu?", 0.9),  # 3,8 - 2,9 tỷ đồng
    ("Năm 2025 Chi cục xử lý tổng cộng bao nhiêu bộ hồ sơ thủ tục hành chính?", 178),  # its part "152 hồ sơ" no rival
    ("Chi cục có mấy bài báo đăng trên tạp chí quốc tế?", 4),  # "4 bài" is a part of "14 bài báo"
    ("Tổng khối lượng thép nhập khẩu được giám định năm 2025 là bao nhiêu?", 3450),  # tonnes, not the 120 lots
    ("Năm 2025 Chi cục nhận bao nhiêu bộ hồ sơ xin thử nghiệm phê duyệt mẫu?", 35),  # "xin" asked, "đề nghị" written
    ("Năm 2025 đã thẩm xét bao nhiêu hồ sơ đăng ký mã số mã vạch?", 315),  # "đăng ký" on both sides: as written
    ("Năm 2025 Chi cục kiểm tra bao nhiêu cây xăng?", 40),  # not the 5 found at fault
    ("Năm 2025 trong số mẫu xăng dầu đã lấy, bao nhiêu mẫu đạt yêu cầu?", 45),  # 48 - 3: "lấy 48 mẫu" says no verdict
    ("Năm 2025 có bao nhiêu phương tiện đo nhóm 2 cho cơ sở y tế được kiểm định đạt yêu cầu?", 2255),  # 2.300 - 45
])
def test_figures_read_in_their_context(svc, question: str, number: float) -> None:  # noqa: ANN001
    a = svc.ask(question)
    assert not a.abstained and a.value is not None and a.value.number == number, a.answer


def test_a_sum_of_two_fines_each_written_as_a_total(svc) -> None:  # noqa: ANN001
    """"với tổng số tiền …" is how any fine is written; the second part borrows the first one's noun."""
    a = svc.ask("Cộng cả tiền phạt về đo lường lẫn về chất lượng hàng hóa, năm 2025 Chi cục đã xử phạt tổng cộng bao nhiêu tiền?")
    assert a.value is not None and a.value.number == 103.5, a.answer
    assert plan_arithmetic("Cộng cả tiền phạt về đo lường lẫn về chất lượng hàng hóa thì được bao nhiêu?",
                           "number").parts == ["tiền phạt về đo lường", "tiền phạt về chất lượng hàng hóa"]
    assert plan_arithmetic("Cộng số cơ sở được kiểm tra với số cơ sở được khảo sát năm 2025 thì được bao nhiêu?",
                           "number").parts == ["số cơ sở được kiểm tra", "số cơ sở được khảo sát"]


@pytest.mark.parametrize("question, name", [
    ("Ai là Chi cục trưởng Chi cục TCĐLCL tỉnh Hà Giang?", "Vũ Đình Khang"),  # the role written after the name
    ("Ai là người ký báo cáo năm 2025 của Chi cục Hà Giang?", "Lò Thị Mai"),  # under "PHÓ CHI CỤC TRƯỞNG (Đã ký)"
])
def test_people_by_their_role(svc, question: str, name: str) -> None:  # noqa: ANN001
    a = svc.ask(question)
    assert not a.abstained and a.answer.startswith(name), a.answer


def test_how_far_past_the_plan(svc) -> None:  # noqa: ANN001
    """"vượt kế hoạch bao nhiêu": the figure done minus the plan its clause states (7.310 - 7.000)."""
    a = svc.ask("Năm 2025 Chi cục kiểm định vượt kế hoạch bao nhiêu phương tiện đo?")
    assert a.value is not None and a.value.number == 310, a.answer
    assert "7.310 - 7.000 = 310" in a.answer, a.answer
    a = svc.ask("Muốn hoàn thành kế hoạch năm 2025, trong quý IV Chi cục còn phải tổ chức thêm bao nhiêu lớp tập huấn?")
    assert a.value is not None and a.value.number == 6, a.answer  # 24 - 18: what the plan still wants


def test_a_change_in_percent_of_two_years_asked_before(svc) -> None:  # noqa: ANN001
    """"Vậy mức tăng là bao nhiêu phần trăm?" after a question about two years: their change, not a sum because
    the previous question said "tổng cộng"."""
    history = [Turn("user", "Năm 2025 và năm 2024 Chi cục kiểm định tổng cộng bao nhiêu chiếc công tơ điện?"),
               Turn("assistant", "Năm 2025: 4.480 chiếc; năm 2024: 4.120 chiếc.")]
    a = svc.ask("Vậy mức tăng là bao nhiêu phần trăm?", history=history)
    assert a.value is not None and a.value.number == 8.7, a.answer  # (4.480 - 4.120) / 4.120 × 100 = 8,74%
    assert analyze("Vậy mức tăng là bao nhiêu phần trăm (năm 2025 và 2024 kiểm định tổng cộng)?").op == "compare_years"


def test_last_year_keeps_the_unit_asked_about() -> None:
    history = [Turn("user", "Tổng số tiền xử phạt VPHC của Chi cục Hải Phòng năm 2024 là bao nhiêu?"),
               Turn("assistant", "Năm 2024: 214,5 triệu đồng.")]
    resolved = resolve_followup("Thế năm trước đó thì phạt được bao nhiêu?", history)
    assert "năm 2023" in resolved and "Hải Phòng" in resolved, resolved


def test_a_list_asked_is_the_sentence_that_names_its_items(svc) -> None:  # noqa: ANN001
    """"ở những huyện nào": the sentence listing the districts after "các huyện", not the section's bullets
    (its last line, wrapped in the text file, is joined back to it)."""
    a = svc.ask("Năm 2025 chợ ở những huyện nào được bổ sung cân đối chứng?")
    assert not a.abstained and all(h in a.answer for h in ("Yên Minh", "Đồng Văn", "Mèo Vạc")), a.answer


def test_a_period_the_review_does_not_cover_is_not_answered(svc) -> None:  # noqa: ANN001
    """A year-end review gives no figure for the first six months, however well the figure fits otherwise."""
    a = svc.ask("6 tháng đầu năm 2025 Chi cục Hà Giang kiểm định được bao nhiêu phương tiện đo?")
    assert a.abstained, a.answer
    assert [_period(t) for t in ("Sơ kết 6 tháng đầu năm 2023", "nửa đầu năm", "9 tháng 2024", "quý III", "cả năm 2022",
                                 "Báo cáo tổng kết năm 2023")] == ["6 tháng", "6 tháng", "9 tháng", "quý", "year", None]


def test_a_measure_asked_is_not_a_count(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2025 Chi cục lấy bao nhiêu lít xăng dầu để thử nghiệm?")  # the report counts samples
    assert a.abstained, a.answer


def test_a_table_figure_of_another_year_is_labelled_with_that_year(svc) -> None:  # noqa: ANN001
    a = svc.ask("Cùng kỳ năm 2024 kiểm định bao nhiêu chiếc công tơ điện?")
    assert a.answer.startswith("Năm 2024"), a.answer


def test_a_figure_written_after_another_year_does_not_answer(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2025 Chi cục tiếp nhận bao nhiêu hồ sơ đăng ký hoạt động kiểm định?")
    assert a.value is None or a.value.number != 198, a.answer


def test_last_year_in_a_follow_up(svc) -> None:  # noqa: ANN001
    history = [Turn("user", "Tỷ lệ hồ sơ nộp trực tuyến của Chi cục năm 2025 là bao nhiêu?"),
               Turn("assistant", "Năm 2025: 71,5%.")]
    a = svc.ask("Năm trước đó tỷ lệ này là bao nhiêu?", history=history)
    assert a.value is not None and a.value.number == 52.3, a.answer
    assert a.answer.startswith("Năm 2024"), a.answer


def test_a_part_of_the_previous_answer_is_not_that_answer(svc) -> None:  # noqa: ANN001
    history = [Turn("user", "Năm 2025 Chi cục tiếp nhận bao nhiêu hồ sơ đăng ký hoạt động?"),
               Turn("assistant", "Năm 2025: 240 hồ sơ đăng ký.")]
    a = svc.ask("Trong đó có bao nhiêu bộ bị trả về?", history=history)
    assert a.value is not None and a.value.number == 17, a.answer
    history = [Turn("user", "Năm 2025 kiểm định bao nhiêu chiếc cân bàn?"), Turn("assistant", "Năm 2025: 861 chiếc.")]
    a = svc.ask("Còn cùng kỳ năm 2024 thì sao?", history=history)  # "cùng kỳ" is when, not a new subject
    assert a.value is not None and a.value.number == 905, a.answer


@pytest.mark.parametrize("question", [
    "Năm 2025 Chi cục Hà Giang kiểm định nhiều hơn năm 2024 bao nhiêu chiếc công tơ điện?",
    "nam 2025 o ha giang kiem dinh cong to dien nhieu hon nam 2024 bao nhieu chiec",  # lower case, no diacritics
])
def test_two_years_of_one_table_row(svc, question: str) -> None:  # noqa: ANN001
    """2024 has no report of its own: its figure is the 2025 review's "Năm 2024" column, of the same row."""
    a = svc.ask(question)
    assert a.value is not None and a.value.number == 360, a.answer
    assert "4.480 - 4.120" in a.answer, a.answer


def test_a_unit_no_report_is_of_is_refused_by_name(svc) -> None:  # noqa: ANN001
    a = svc.ask("Năm 2025 Chi cục TCĐLCL tỉnh Cao Bằng kiểm định bao nhiêu phương tiện đo?")
    assert a.abstained and "Cao Bằng" in a.answer, a.answer
    for unit in ("Chi cục TCĐLCL tỉnh Hà Giang", "Chi cục TĐC Hà Giang"):  # the field's abbreviation is no name
        a = svc.ask(f"Năm 2025 {unit} kiểm định bao nhiêu phương tiện đo?")
        assert not a.abstained and a.value is not None and a.value.number == 7310, a.answer


def test_question_reading() -> None:
    assert analyze("Hồ sơ thử nghiệm chiếm tỷ trọng bao nhiêu trong tổng số hồ sơ năm 2025?").kind == "percent"
    assert analyze("năm 2018 tỷ lệ này là bao nhiêu?").years == [2018]  # "2018 tỷ" is not a sum of money
    assert analyze("Có mấy mẫu có hàm lượng thấp hơn công bố?").op is None  # a description, not a difference
    assert analyze("Năm 2025 số mẫu đạt nhiều hơn số mẫu không đạt bao nhiêu?").op == "diff"
    assert question_unit("bao nhiêu hồ sơ đăng ký lĩnh vực giám định") == "hồ sơ đăng ký"
    assert question_unit("bao nhiêu để hỗ trợ doanh nghiệp") is None
    assert question_unit("bao nhiêu huyết áp kế được kiểm định") == "huyết áp kế"  # "áp" of a name, not "áp dụng"
    assert question_unit("mấy doanh nghiệp áp dụng ISO 9001") == "doanh nghiệp"
    assert analyze("Ngân sách tỉnh đã bỏ ra bao nhiêu để hỗ trợ doanh nghiệp năm 2025?").unit == "đồng"
    previous = [Turn("user", "Năm 2019 Vụ tổ chức bao nhiêu khóa đào tạo?")]
    assert "năm 2018" in resolve_followup("Năm trước đó thì sao?", previous).lower()
    assert "năm 2020" in resolve_followup("Năm sau đó thì sao?", previous).lower()


@pytest.mark.parametrize(("question", "previous", "expected"), [
    ("Cả năm ngoái thì được bao nhiêu?", "6 tháng đầu năm nay Trung tâm kiểm định được bao nhiêu phương tiện đo?",
     "Cả năm 2024 Trung tâm kiểm định được bao nhiêu phương tiện đo?"),
    ("Cả năm 2016 thì sao?", "Năm 2021 trình công bố bao nhiêu TCVN?", "Cả năm 2016 trình công bố bao nhiêu TCVN?"),
    ("Còn 6 tháng đầu năm?", "Năm 2021 trình công bố bao nhiêu TCVN?", "6 tháng đầu năm 2021 trình công bố bao nhiêu TCVN?"),
])
def test_a_follow_up_for_another_period_swaps_the_period(question: str, previous: str, expected: str) -> None:
    """Another period of the same thing: the period is no new subject ("Cả" was taken for one)."""
    history = [Turn(role="user", content=previous), Turn(role="assistant", content="Năm 2025: 28.410 phương tiện đo.")]
    assert resolve_followup(question, history) == expected
