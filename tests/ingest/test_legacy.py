"""LegacyRepairer on real TCVN3 PDFs, on Unicode text that must pass untouched, and round trips."""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from eval.legacy_score import score_extraction
from ingest.legacy import LegacyRepairer, RepairResult
from ingest.legacy_tables import (
    TCVN3_TO_UNICODE,
    UNICODE_TO_VISCII,
    UNICODE_TO_VNI,
    VISCII_TO_UNICODE,
    VNI_TO_UNICODE,
    encode_legacy,
    vietnamese_letters,
)
from ingest.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[2]
LEGACY = ROOT / "tests" / "fixtures" / "legacy"
SMALL = "2006-16EZE_TT01.06GopvonDNNVV"
LARGE = "2006-1E499_ND109veDKKD_dacotrenmucPTDNN-V"
REPORTS = sorted((ROOT / "data" / "reports").glob("*.txt"))
ENCODINGS = ["tcvn3", "vni", "viscii", "cp1258"]
LOWER = vietnamese_letters()
# pypdf 6 reads the abbreviated /Fl filter of these PDFs, with a deprecation warning
pytestmark = pytest.mark.filterwarnings("ignore:The filter name /Fl:DeprecationWarning")


@functools.cache
def _pages(name: str, mode: str) -> tuple[str, ...]:
    reader = PdfReader(LEGACY / f"{name}.pdf")
    kwargs = {"extraction_mode": "layout"} if mode == "layout" else {}
    return tuple(page.extract_text(**kwargs) for page in reader.pages)


@functools.cache
def _repaired(name: str, mode: str) -> str:
    repairer = LegacyRepairer()
    return "\n".join(repairer.repair(page).text for page in _pages(name, mode))


def _truth(name: str) -> str:
    return (LEGACY / f"{name}.groundtruth.txt").read_text(encoding="utf-8")


def _repair(text: str) -> RepairResult:
    return LegacyRepairer().repair(text)


# --- the real PDFs -------------------------------------------------------------------------------
@pytest.mark.parametrize("name", [SMALL, LARGE])
def test_plain_extraction_is_mojibake(name: str) -> None:
    score = score_extraction("\n".join(_pages(name, "plain")), _truth(name))
    assert score["diacritic_accuracy"] < 0.1


@pytest.mark.parametrize("name", [SMALL, LARGE])
def test_layout_extraction_repaired_meets_targets(name: str) -> None:
    truth = _truth(name)
    for text in (_repaired(name, "layout"), normalize_text(_repaired(name, "layout"))):
        score = score_extraction(text, truth)
        assert score["diacritic_accuracy"] >= 0.98, score
        assert score["syllable_accuracy"] >= 0.95, score


def test_plain_extraction_repaired_large_file_meets_targets() -> None:
    for text in (_repaired(LARGE, "plain"), normalize_text(_repaired(LARGE, "plain"))):
        score = score_extraction(text, _truth(LARGE))
        assert score["diacritic_accuracy"] >= 0.98, score
        assert score["syllable_accuracy"] >= 0.95, score


def test_plain_extraction_repaired_small_file_loses_only_reading_order() -> None:
    # pypdf's default mode reads the two-column header and the signature block out of the
    # transcript's (visual) order: 15 of 705 diacritics move, a ceiling of 0.9787.
    score = score_extraction(_repaired(SMALL, "plain"), _truth(SMALL))
    assert score["diacritic_accuracy"] >= 0.97, score
    assert score["syllable_accuracy"] >= 0.95, score


def test_every_page_with_text_is_reported_as_tcvn3() -> None:
    results = [LegacyRepairer().repair(page) for page in _pages(LARGE, "plain")]
    assert {r.encoding for r in results} == {"tcvn3"}
    assert all(r.repaired_blocks >= 1 for r in results)
    assert all(r.text == unicodedata.normalize("NFC", r.text) for r in results)


def test_pdf_header_reads_as_the_transcript() -> None:
    text = LegacyRepairer().repair(_pages(SMALL, "plain")[0]).text
    assert "cộng hoà xã hội chủ nghĩa việt nam" in text  # ∙ (U+2219) is ã; stays lower case
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert "Thủ tướng Chính phủ" in text  # "t −íng": − (U+2212) is ư, the space goes
    assert "doanh nghiệp nhỏ và vừa" in text  # "nghi Öp", "võ a"
    assert "115/2004/QĐ-TTg ngày 25/6/2004" in text  # "Q §-TTg", "25/6/ 2004"
    assert "Uỷ ban nhân dân" in text  # Uû: a capital U, then a lower-case ỷ


def test_vntimeh_headings_become_capitals() -> None:
    text = LegacyRepairer().repair(_pages(LARGE, "plain")[0]).text
    assert "NGHỊ ĐỊNH CỦA CHÍNH PHỦ" in text
    assert "NHỮNG QUY ĐỊNH" in text
    assert "Chương I" in text and "Điều 1. Phạm vi điều chỉnh" in text
    assert "Bộ Kế hoạch và Đầu tư" in text and "Bộ  trưởng" in text  # \xad is ư


@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [
        ("n-íc", "nước"),  # 0xAD extracted as an ASCII hyphen
        ("Q§-TTg", "QĐ-TTg"),  # a real hyphen stays
        ("ChÝnh phñ", "Chính phủ"),
        ("NGHÞ §ÞNH CñA CHÝNH PHñ", "NGHỊ ĐỊNH CỦA CHÍNH PHỦ"),
        ("QUY §ÞNH VÒ VIÖC", "QUY ĐỊNH VỀ VIỆC"),  # VÒ alone could be Về: its line decides
        ("thµ nh phè, tØ nh", "thành phố, tỉnh"),
        ("Ng©n hµng Nhµ n −íc", "Ngân hàng Nhà nước"),
        ("thi hµnh sa u 15 ngµy", "thi hành sau 15 ngày"),
    ],
)
def test_tcvn3_damage_patterns(legacy: str, unicode: str) -> None:
    text = f"B¸o c¸o cña Bé KÕ ho¹ch vµ §Çu t−.\n{legacy}"
    assert _repair(text).text.splitlines()[1] == unicode


# --- Unicode passes through ----------------------------------------------------------------------
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_bundled_reports_pass_unchanged(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _repair(text) == RepairResult(text, None, 0)
    for paragraph in text.split("\n"):
        assert _repair(paragraph).text == paragraph


@pytest.mark.parametrize(
    "text",
    [
        "Tổng cục Tiêu chuẩn Đo lường Chất lượng tổ chức Hội nghị tổng kết năm 2021.",
        "Hà Nội",
        "Có",
        "và",
        "cá",
        "ý kiến",
        "Ông bà",
        "Thông tư",
        "hóa đơn",
        "Cà phê sữa đá",
        "Số: 109/2004/NĐ-CP",
        "Hồ Chí Minh",
        "Ủy ban nhân dân tỉnh Hà Tĩnh",
        "The quick brown fox jumps over the lazy dog.",
        "café naïve résumé fiancée",
        "Müller Grüße Straße Zürich",
        "El niño comió en España",
        "Où est la bibliothèque? À côté de l'église, déjà vu.",
        "São Paulo, coração",
        "ISO 9001:2015 – TCVN 5712:1993 “quoted” … •",
        "25°C ± 0,5 µm ©2021 ®",
        "5 µm",
        "â",
        "Ø",
    ],
)
def test_ordinary_text_passes_unchanged(text: str) -> None:
    assert _repair(text) == RepairResult(text, None, 0)


def test_decomposed_unicode_comes_back_nfc_and_not_reported() -> None:
    text = "Tiếng Việt có dấu tổ hợp, Đo lường Chất lượng"
    result = _repair(unicodedata.normalize("NFD", text))
    assert result == RepairResult(text, None, 0)


# --- round trips ---------------------------------------------------------------------------
SENTENCE = (
    "Tổng cục Tiêu chuẩn Đo lường Chất lượng tổ chức hội nghị tổng kết công tác năm 2021, "
    'phương hướng nhiệm vụ năm 2022. Ông Nguyễn Hoàng Linh phát biểu: "Chúng ta đã hoàn thành '
    'xuất sắc nhiệm vụ được giao; ý kiến của anh ấy rất quý."'
)
HEADING = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ\n\nĐiều 1. Phạm vi điều chỉnh"
)
ALL_LOWER = " ".join(f"t{letter}n" for letter in LOWER)  # every letter inside a word
ALL_UPPER = " ".join(f"T{letter.upper()}N" for letter in LOWER)  # ditto in a capitals word


def test_tables_cover_all_134_letters() -> None:
    assert len(LOWER) == 67
    letters = set(LOWER) | {c.upper() for c in LOWER}
    assert len(letters) == 134
    assert set(LOWER) <= set(TCVN3_TO_UNICODE.values())
    for letter in letters:
        assert VNI_TO_UNICODE[UNICODE_TO_VNI[letter]] == letter
        code = UNICODE_TO_VISCII[letter]
        assert VISCII_TO_UNICODE.get(code, code) == letter  # à, Ú … keep their Latin-1 code


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize(
    "text", [SENTENCE, HEADING, ALL_LOWER, ALL_UPPER], ids=["sentence", "heading", "lower", "upper"]
)
def test_round_trip(encoding: str, text: str) -> None:
    legacy = encode_legacy(text, encoding)
    assert legacy != text
    result = _repair(legacy)
    assert result.text == text
    assert result.encoding == encoding
    assert result.repaired_blocks == text.count("\n\n") + 1


@pytest.mark.parametrize("encoding", ["vni", "viscii", "cp1258"])
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_round_trip_of_a_whole_report(encoding: str, path: Path) -> None:
    # VISCII has no no-break space (0xA0 is Õ) and no typographic quotes
    text = path.read_text(encoding="utf-8").replace("\xa0", " ")
    text = text.translate(str.maketrans({"“": '"', "”": '"', "…": "..."}))
    assert _repair(encode_legacy(text, encoding)).text == text


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_round_trip_of_a_whole_report_in_tcvn3(path: Path) -> None:
    # A capital toned letter inside a mixed-case word (Ủy, Ảnh) has no TCVN3 code of its own:
    # it comes back in lower case. Everything else is exact.
    text = path.read_text(encoding="utf-8")
    repaired = _repair(encode_legacy(text, "tcvn3")).text
    assert repaired.lower() == text.lower()
    mismatched = [a for a, b in zip(repaired.split(), text.split(), strict=True) if a != b]
    assert len(mismatched) <= 15


def test_mixed_document_repairs_each_block_in_its_own_encoding() -> None:
    unicode_part = "Báo cáo tổng kết công tác năm 2016 của Tổng cục."
    tcvn3_part = "Nghị định này quy định về cơ quan đăng ký kinh doanh."
    vni_part = "Thủ tướng Chính phủ ban hành quyết định thành lập quỹ bảo lãnh tín dụng."
    text = "\n\n".join(
        [
            unicode_part,
            encode_legacy(tcvn3_part, "tcvn3"),
            encode_legacy(vni_part, "vni"),
            encode_legacy(tcvn3_part, "tcvn3"),
        ]
    )
    result = _repair(text)
    assert result.text == "\n\n".join([unicode_part, tcvn3_part, vni_part, tcvn3_part])
    assert result.encoding == "tcvn3"
    assert result.repaired_blocks == 3


def test_short_block_follows_the_document_encoding() -> None:
    body = encode_legacy("Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;", "tcvn3")
    text = f"{encode_legacy('Việt Nam', 'tcvn3')}\n\n{body}"
    assert _repair(encode_legacy("Việt Nam", "tcvn3")).encoding is None  # alone: too little
    assert _repair(text).text.startswith("Việt Nam\n\nCăn cứ Luật")
