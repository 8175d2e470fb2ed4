"""Restoring the diacritics of a question typed without them, from the corpus's own syllables."""

from __future__ import annotations

import numpy as np

from assistant.accents import AccentRestorer
from ingest.normalize import fold


def _restorer(counts: dict[str, int]) -> AccentRestorer:
    vocab = {token: j for j, token in enumerate(counts)}
    return AccentRestorer.from_vocabulary(vocab, np.array(list(counts.values()), dtype=float))


def test_the_most_frequent_syllable_and_pair_win() -> None:
    r = _restorer({"kiểm": 40, "định": 38, "kiểm_định": 30, "phí": 12, "phi": 1, "thu": 20, "thu_phí": 9})
    assert r.restore("kiem dinh thu phi bao nhieu") == "kiểm định thu phí bao nhiêu"


def test_a_quarter_is_quy_not_the_fund_the_reports_name_more_often() -> None:
    """"quy I/2024" is a quarter ("quý"), though "quỹ" (Quỹ phát triển …) is the commoner syllable."""
    r = _restorer({"quỹ": 25, "quý": 4, "thu": 20, "phí": 12})
    assert r.restore("quy I/2024 thu phi duoc bao nhieu").startswith("quý I/2024 thu phí")
    assert r.restore("Quy 3 nam 2024").startswith("Quý 3")
    assert r.restore("quy phat trien").startswith("quỹ")


def test_restoring_accents_keeps_the_questions_own_spacing() -> None:
    # a standard's code and a month stay written as typed: "9001: 2015" would read as the year 2015
    r = _restorer({"số": 30, "so": 2, "kiểm": 40, "định": 38, "kiểm_định": 30, "tháng": 25})
    assert r.restore("so kiem dinh theo ISO 9001:2015 thang 10/2022  (PTD)?") == "số kiểm định theo ISO 9001:2015 tháng 10/2022  (PTD)?"


def test_a_text_typed_without_marks_is_read_with_them_in_place() -> None:
    """A report typed without diacritics is read with the corpus's markings, character for character: offsets
    into the reading are offsets into the report, abbreviations and numbers stay, a pair beats a lone word."""
    r = _restorer({"kiểm": 40, "tra": 5, "kiểm_tra": 30, "trả": 9, "tháng": 25, "thắng": 30, "6_tháng": 12,
                   "kế": 20, "hoạch": 20, "kế_hoạch": 18, "cửa": 10, "hàng": 12, "cửa_hàng": 9, "năm": 50})
    text = "V. KE HOACH 6 THANG CUOI NAM\nDoan kiem tra 72 CHXD (6 thang: 65 cua hang), QUATEST 3."
    read = r.restore_aligned(text)
    assert read == "V. KẾ HOẠCH 6 THÁNG CUỐI NĂM\nDoan kiểm tra 72 CHXD (6 tháng: 65 cửa hàng), QUATEST 3."
    assert len(read) == len(text) and all(fold(a) == fold(b) for a, b in zip(read, text))


def test_each_word_takes_the_commoner_of_the_pairs_it_stands_in() -> None:
    """"so co so vi pham": the pairs "cơ sở" and "vi phạm" hold, though reading left to right would pair "sở vi"
    first and leave "pham" to the commoner lone "phẩm" (of "sản phẩm")."""
    r = _restorer({"số": 30, "cơ": 20, "sở": 20, "cơ_sở": 18, "sở_vi": 1, "vi": 10, "phạm": 8, "phẩm": 40,
                   "vi_phạm": 15, "số_cơ": 2})
    assert r.restore("so co so vi pham") == "số cơ sở vi phạm"


def test_a_change_asked_is_read_as_one_before_bao_nhieu() -> None:
    """"giam bao nhieu" is "giảm", though "giám" (of "giám định", "giám đốc") is the commoner syllable; "dat bao
    nhieu phan tram" is "đạt", not the "đặt" of "Chi cục đặt mục tiêu"."""
    r = _restorer({"giám": 30, "giảm": 5, "định": 20, "giám_định": 25, "đặt": 3, "đạt": 2, "cục": 20, "cục_đặt": 9})
    assert r.restore("so co so giam bao nhieu").split()[3] == "giảm"
    assert r.restore("chi cuc dat bao nhieu phan tram").split()[2] == "đạt"
    assert r.restore("giam dinh bao nhieu mau").startswith("giám định")
