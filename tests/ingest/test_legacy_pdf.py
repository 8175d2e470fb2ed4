"""The legacy (TCVN3) PDFs through the whole reading path: DocumentReader / ``tcdlcl extract``
repair them (pages reported as legacy are re-extracted in pypdf's layout mode), score against the
hand-checked transcripts, get sensible metadata, and ``tcdlcl docs`` shows the repaired encoding."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from eval.legacy_score import score_extraction
from ingest.pipeline import DocumentReader

ROOT = Path(__file__).resolve().parents[2]
LEGACY = ROOT / "tests" / "fixtures" / "legacy"
SMALL = "2006-16EZE_TT01.06GopvonDNNVV"
LARGE = "2006-1E499_ND109veDKKD_dacotrenmucPTDNN-V"
pytestmark = pytest.mark.filterwarnings("ignore:The filter name /Fl:DeprecationWarning")


@pytest.fixture(scope="module")
def prepared() -> dict:
    return {name: DocumentReader().read(LEGACY / f"{name}.pdf") for name in (SMALL, LARGE)}


def _truth(name: str) -> str:
    return (LEGACY / f"{name}.groundtruth.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [SMALL, LARGE])
def test_reader_output_meets_the_accuracy_targets(prepared, name: str) -> None:  # noqa: ANN001
    score = score_extraction(prepared[name].text, _truth(name))
    assert score["diacritic_accuracy"] >= 0.98, score
    assert score["syllable_accuracy"] >= 0.95, score
    assert prepared[name].encoding == "tcvn3"


def test_layout_mode_fixes_the_reading_order_of_the_small_file(prepared) -> None:  # noqa: ANN001
    # default extraction puts the two-column header out of order (0.977); layout mode reads it right.
    # The transcription keeps the page numbers (1, 2, 3) that the reader drops, counting up with the pages,
    # and writes the letterhead line by line, where the reader takes its two columns apart: the issuer's
    # name whole ("ngân hàng nhà nước / việt nam"), then the national motto
    letterhead = "ngân hàng nhà nước cộng hoà xã hội chủ nghĩa việt nam\nviệt nam Độc lập - Tự do - Hạnh phúc\n"
    assert letterhead in _truth(SMALL)
    truth = re.sub(r"(?m)^[1-3]\n", "", _truth(SMALL)).replace(
        letterhead, "ngân hàng nhà nước\nviệt nam\ncộng hoà xã hội chủ nghĩa việt nam\nĐộc lập - Tự do - Hạnh phúc\n")
    score = score_extraction(prepared[SMALL].text, truth)
    assert score["diacritic_accuracy"] == 1.0 and score["syllable_accuracy"] == 1.0, score
    text = prepared[SMALL].text
    assert "Hà Nội, ngày 20 tháng 02 năm 2006" in text
    assert "ngân hàng nhà nước việt nam" in text.lower()
    assert "doanh nghiệp nhỏ và vừa" in text and "115/2004/QĐ-TTg ngày 25/6/2004" in text


def test_legacy_metadata(prepared) -> None:  # noqa: ANN001
    small, large = prepared[SMALL], prepared[LARGE]
    # the PDFs' own titles are "www.luatvietnam.com.vn" and "ND109veDKKD_dacotrenmucPTDNN&V_.doc": ignored
    assert small.title == ("Thông tư Hướng dẫn một số nội dung về góp vốn thành lập Quỹ bảo lãnh tín dụng "
                           "cho các doanh nghiệp nhỏ và vừa")
    assert large.title == "NGHỊ ĐỊNH CỦA CHÍNH PHỦ Về đăng ký kinh doanh"
    assert (small.year, small.date) == (2006, "2006-02-20")
    assert (large.year, large.date) == (2004, "2004-04-02")  # not 2000/1999, years of the documents it cites
    assert len(large.page_starts) == 30


def test_legal_text_wrapped_in_lines_is_chunked_as_paragraphs(prepared) -> None:  # noqa: ANN001
    from ingest.splitter import SentenceSplitter

    doc = prepared[LARGE]
    chunks = SentenceSplitter().split(doc.text, doc.page_starts, title=doc.title)
    assert sum(c.is_caption for c in chunks) <= 3  # wrapped lines with "đăng ký" are not photo captions
    assert sum(len(c.text) for c in chunks) / len(chunks) > 200
    sections = {c.section for c in chunks}
    assert {"Điều 1. Phạm vi điều chỉnh", "Điều 7. Tên doanh nghiệp", "Chương III"} <= sections
    assert all(c.page is not None and 1 <= c.page <= 30 for c in chunks)


def test_extract_command_prints_the_repaired_text(prepared) -> None:  # noqa: ANN001
    result = CliRunner().invoke(cli, ["extract", str(LEGACY / f"{SMALL}.pdf")])
    assert result.exit_code == 0, result.output
    assert result.output == prepared[SMALL].text + "\n"
    score = score_extraction(result.output, _truth(SMALL))
    assert score["diacritic_accuracy"] >= 0.98 and score["syllable_accuracy"] >= 0.95


def test_docs_shows_the_repaired_encoding(make_service) -> None:  # noqa: ANN001
    service = make_service()
    summary = service.ingest([LEGACY / f"{SMALL}.pdf"])
    assert summary.ok, summary.render()
    runner = CliRunner()
    shown = runner.invoke(cli, ["docs"], obj={"service": service})
    assert shown.exit_code == 0
    assert "encoding repaired: tcvn3" in shown.output
    assert "title: Thông tư Hướng dẫn một số nội dung về góp vốn" in shown.output
    as_json = json.loads(runner.invoke(cli, ["docs", "--json"], obj={"service": service}).output)
    assert [(d["doc_id"], d["encoding"], d["year"]) for d in as_json] == [("2006-16eze-tt01-06gopvondnnvv", "tcvn3", 2006)]
    hits = service.search("mức vốn góp của một tổ chức tín dụng vào một Quỹ bảo lãnh tín dụng", top_k=3)
    assert any(h.page == 2 and "không được vượt quá 11% vốn điều lệ" in h.text for h in hits)
