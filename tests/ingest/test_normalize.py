"""Normalisation: the one text that is indexed, quoted and offset into — and queries get the same."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from ingest.normalize import collapse_ws, fold, normalize_text, normalize_tone_marks
from ingest.pipeline import DocumentReader
from vectorstore.tokenize import tokens

REPORTS = sorted((Path(__file__).resolve().parents[2] / "data" / "reports").glob("*.txt"))


def test_nfc_from_decomposed_input() -> None:
    nfd = unicodedata.normalize("NFD", "Tổng cục Đo lường Chất lượng")
    assert nfd != "Tổng cục Đo lường Chất lượng"
    assert normalize_text(nfd) == "Tổng cục Đo lường Chất lượng"


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u2007", "\u3000", "\t", "\u200a"])
def test_odd_spaces_become_plain_spaces(space: str) -> None:
    assert normalize_text(f"4.094{space}phương tiện") == "4.094 phương tiện"


def test_zero_width_and_soft_hyphen_are_dropped_and_runs_collapse() -> None:
    assert normalize_text("Tiêu\u200bchuẩn   đo\u00adlường  \r\n  ") == "Tiêuchuẩn đolường"
    assert normalize_text("a\r\nb\n\n\n\nc  \n d") == "a\nb\n\nc\nd"


@pytest.mark.parametrize(
    ("old_style", "new_style"),
    [
        ("hoà", "hòa"), ("Hoà Bình", "Hòa Bình"), ("HOÀ", "HÒA"), ("thuỷ", "thủy"), ("Thuỷ", "Thủy"),
        ("Uỷ ban", "Ủy ban"), ("khoẻ", "khỏe"), ("hoá đơn", "hóa đơn"), ("tuỳ", "tùy"), ("hoạ", "họa"),
    ],
)
def test_one_tone_mark_style(old_style: str, new_style: str) -> None:
    assert normalize_text(old_style) == new_style
    assert normalize_text(new_style) == new_style


@pytest.mark.parametrize("word", ["hoàn thành", "quý", "khuya", "hoạt động", "Quyết", "thuyết", "toàn", "xuyên"])
def test_closed_syllables_and_qu_keep_their_marks(word: str) -> None:
    assert normalize_tone_marks(word) == word
    assert normalize_text(word) == word


def test_quotes_and_dashes_are_unified() -> None:
    assert normalize_text("“Chất lượng” – ‘tốt’ — kinh tế − xã hội…") == "\"Chất lượng\" - 'tốt' - kinh tế - xã hội..."


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_reports_normalise_once_and_stay_put(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    text = DocumentReader().read(path).text
    assert text == normalize_text(raw)
    assert normalize_text(text) == text  # idempotent: offsets into it are stable
    assert "\u00a0" not in text and "“" not in text and "\r" not in text
    assert unicodedata.is_normalized("NFC", text)


def test_query_and_report_meet_in_one_form() -> None:
    report = normalize_text("Ngành thuỷ sản tỉnh Hoà Bình")
    query = normalize_text("thủy  sản\u00a0tỉnh Hoà Bình")
    assert set(tokens(query)) <= set(tokens(report))


def test_fold_and_collapse() -> None:
    assert fold("Đo lường Chất lượng ĐÃ HOÀN THÀNH") == "do luong chat luong da hoan thanh"
    assert collapse_ws("  trình\n công bố\u00a0 389   TCVN ") == "trình công bố 389 TCVN"


def test_the_eth_a_converter_writes_for_d_with_stroke_is_that_letter() -> None:
    assert normalize_text("Chi cục Ðo lường thành phố Ðà Nẵng, ðã kiểm tra") == "Chi cục Đo lường thành phố Đà Nẵng, đã kiểm tra"
