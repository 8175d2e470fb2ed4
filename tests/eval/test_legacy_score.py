"""The transcript scorer of the legacy-font benchmark."""

from __future__ import annotations

import time
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from eval.legacy_score import score_extraction

LEGACY = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "legacy"


def test_identical_text_scores_one_and_counts_what_it_scored() -> None:
    truth = "Báo cáo tổng kết\ncủa Tổng cục Đo lường"
    assert score_extraction(truth, truth) == {
        "diacritic_accuracy": 1.0,
        "syllable_accuracy": 1.0,
        "chars": 10,  # á á ổ ế ủ ổ ụ Đ ư ờ
        "syllables": 9,
    }


def test_partly_wrong_extraction() -> None:
    score = score_extraction("Bao cáo tổng kêt", "Báo cáo tổng kết")
    assert score["chars"] == 4
    assert score["diacritic_accuracy"] == pytest.approx(2 / 4)  # cáo and tổng come back
    assert score["syllable_accuracy"] == pytest.approx(2 / 4)


def test_mojibake_scores_near_zero() -> None:
    score = score_extraction("B¸o c¸o tæng kÕt", "Báo cáo tổng kết")
    assert score["diacritic_accuracy"] == 0.0
    assert score["syllable_accuracy"] == 0.0


def test_d_with_stroke_counts_as_a_diacritic() -> None:
    assert score_extraction("di lai", "đi lại")["chars"] == 2
    assert score_extraction("di lại", "đi lại")["diacritic_accuracy"] == pytest.approx(0.5)


def test_nfc_and_whitespace_do_not_matter() -> None:
    truth = "Độc lập - Tự do - Hạnh phúc"
    extracted = "  " + unicodedata.normalize("NFD", truth).replace(" ", " \n ") + "\n"
    assert score_extraction(extracted, truth)["diacritic_accuracy"] == 1.0
    assert score_extraction(extracted, truth)["syllable_accuracy"] == 1.0


def test_tone_mark_style_is_not_an_error_unless_asked() -> None:
    score = score_extraction("cộng hòa, thủy lợi", "cộng hoà, thuỷ lợi")
    assert score["diacritic_accuracy"] == 1.0
    literal = score_extraction("cộng hòa, thủy lợi", "cộng hoà, thuỷ lợi", normalize_tones=False)
    assert literal["diacritic_accuracy"] < 1.0
    assert literal["syllable_accuracy"] == pytest.approx(2 / 4)


def test_empty_extraction_and_empty_truth() -> None:
    assert score_extraction("", "Báo cáo")["diacritic_accuracy"] == 0.0
    assert score_extraction("", "Báo cáo")["syllable_accuracy"] == 0.0
    assert score_extraction("anything", "") == {
        "diacritic_accuracy": 1.0,
        "syllable_accuracy": 1.0,
        "chars": 0,
        "syllables": 0,
    }


def _full_character_alignment(extracted: str, truth: str) -> float:
    """The benchmark's literal method: one SequenceMatcher over the whole strings."""
    a = " ".join(unicodedata.normalize("NFC", extracted).split())
    b = " ".join(unicodedata.normalize("NFC", truth).split())
    matched: set[int] = set()
    for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        matched.update(range(block.b, block.b + block.size))
    targets = [i for i, c in enumerate(b) if c in "đĐ" or len(unicodedata.normalize("NFD", c)) > 1]
    return sum(i in matched for i in targets) / len(targets)


def test_two_stage_alignment_agrees_with_full_character_alignment() -> None:
    truth = (LEGACY / "2006-16EZE_TT01.06GopvonDNNVV.groundtruth.txt").read_text(encoding="utf-8")
    damaged = (
        truth.replace("ư", "−")
        .replace("Thông", "Th«ng")
        .replace("việc", "vi ệc")
        .replace("\n", " \n", 40)
    )
    cut = damaged[:1500] + damaged[2500:]  # a missing stretch too
    for extracted in (damaged, cut):
        ours = score_extraction(extracted, truth, normalize_tones=False)["diacritic_accuracy"]
        assert ours == pytest.approx(_full_character_alignment(extracted, truth), abs=0.01)


def test_scoring_the_large_transcript_is_quick() -> None:
    truth = (LEGACY / "2006-1E499_ND109veDKKD_dacotrenmucPTDNN-V.groundtruth.txt").read_text(
        encoding="utf-8"
    )
    damaged = truth.replace("ư", "u").replace("ộ", "o")
    started = time.perf_counter()
    score = score_extraction(damaged, truth)
    assert time.perf_counter() - started < 10
    assert 0.5 < score["diacritic_accuracy"] < 1.0
    assert score["chars"] > 9000


def test_text_run_together_is_aligned_quickly() -> None:
    truth = (LEGACY / "2006-1E499_ND109veDKKD_dacotrenmucPTDNN-V.groundtruth.txt").read_text(
        encoding="utf-8"
    )
    started = time.perf_counter()
    score = score_extraction("".join(truth.split()), truth)  # no spaces: no token in common
    assert time.perf_counter() - started < 10
    assert score["syllable_accuracy"] < 0.01
    assert score["diacritic_accuracy"] > 0.99
