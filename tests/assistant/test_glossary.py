"""Abbreviations: the built-in list with its synonyms, and those no report defines, read from the
initials of the reports' own phrases."""

from __future__ import annotations

from pathlib import Path

from assistant.glossary import Glossary, InitialsIndex

TEXTS = [
    "Nộp ngân sách nhà nước 48,37 tỷ đồng. Phần còn lại từ nguồn ngân sách nhà nước.\n"
    "Kiểm tra 52 cửa hàng bán lẻ xăng dầu; phát hiện 3 cửa hàng xăng dầu vi phạm, 2 cửa hàng xăng dầu khác.",
    "Trung tâm kiểm định 186.452 phương tiện đo; kiểm định viên được đào tạo; kiểm định lại 40 cân. "
    "Không đạt 12 mẫu. Hiệu chuẩn 900 chuẩn; hành chính: 20 hồ sơ; hiệu chuẩn 50 PTĐ; hành chính công.",
]


def test_an_abbreviation_is_the_phrase_its_initials_spell() -> None:
    idx = InitialsIndex(TEXTS)
    assert idx.expansion("NSNN") == "ngân sách nhà nước"
    assert idx.expansion("CHXD") == "cửa hàng xăng dầu"
    assert idx.expansion("chxd", folded=True) == "cửa hàng xăng dầu"  # typed without diacritics
    assert idx.expansion("KĐ") == "kiểm định"  # 3 against 0: a clear winner
    assert idx.expansion("HC") is None  # hiệu chuẩn 2, hành chính 2: no guess
    assert idx.expansion("ATVS") is None  # spelled by nothing
    assert idx.expansion("NSĐ") is None  # "nhà nước 48,37": no phrase crosses a figure or a full stop


def test_only_unknown_abbreviations_are_spelled_out() -> None:
    idx = InitialsIndex(TEXTS)
    known = {"ptđ"}.__contains__
    q = "Năm 2023 nộp NSNN bao nhiêu, kiểm tra mấy CHXD và bao nhiêu PTĐ, theo mục III?"
    assert idx.spell_out(q, lambda t: known(t.lower()), folded=False) == (
        "Năm 2023 nộp ngân sách nhà nước bao nhiêu, kiểm tra mấy cửa hàng xăng dầu và bao nhiêu PTĐ, theo mục III?")
    # without diacritics, a lower-case token with no vowel is an abbreviation too; words are not
    assert idx.spell_out("kiem tra bao nhieu chxd", lambda t: False, folded=True) == "kiem tra bao nhieu cửa hàng xăng dầu"


def test_an_abbreviation_covers_its_phrases_synonyms() -> None:
    g = Glossary.builtin()
    assert "cửa hàng bán lẻ xăng dầu" in g.entries["CHXD"]  # synonyms.tsv: one group with "cửa hàng xăng dầu"
    assert "ngân sách nhà nước" in g.entries["NSNN"]


def test_an_abbreviation_written_with_d_bar_for_a_plain_d() -> None:
    from assistant.glossary import InitialsIndex

    index = InitialsIndex(["Vụ trình cấp 1.152 quyết định phê duyệt mẫu.", "Hồ sơ phê duyệt mẫu được giải quyết."])
    assert index.expansion("PĐM") == "phê duyệt mẫu"  # "duyệt" starts with d, the abbreviation writes Đ



def test_everyday_words_for_the_sectors_things() -> None:
    """Staff say "không thu phí" for miễn phí, "ba pha" for 3 pha, "tiểu thương" for hộ kinh doanh."""
    groups = [line.split("\t") for line in (Path(__file__).parents[2] / "assistant/resources/synonyms.tsv")
              .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    for a, b in (("miễn phí", "không thu phí"), ("ba pha", "3 pha"), ("tiểu thương", "hộ kinh doanh")):
        assert any(a in g and b in g for g in groups), (a, b)


def test_a_country_among_synonyms_is_matched_only_as_written() -> None:
    """"Mỹ" (the country, a synonym of "Hoa Kỳ") is no part of "mỹ nghệ", "mỹ phẩm" or "thẩm mỹ"."""
    from assistant.matching import Matcher

    exact = Matcher(Glossary.builtin(), lambda w, folded: 1.0, False)
    assert "§≈Hoa Kỳ" in exact.tokens("hàng nhập khẩu từ Mỹ").concepts
    assert "§≈Hoa Kỳ" not in exact.tokens("vàng trang sức, mỹ nghệ và mỹ phẩm, thẩm mỹ").concepts
    loose = Matcher(Glossary.builtin(), lambda w, folded: 1.0, True)  # accents folded: case and marks are gone
    assert "§≈Hoa Kỳ" not in loose.tokens("vang trang suc my nghe").concepts
    assert "§≈cửa hàng xăng dầu" in loose.tokens("cay xang").concepts  # other groups still match folded
