"""Issue #6 done-when: a question about a real TCVN3 PDF is answered from its repaired Vietnamese text."""

from __future__ import annotations

from assistant.settings import PROJECT_ROOT

LEGACY = PROJECT_ROOT / "tests" / "fixtures" / "legacy" / "2006-16EZE_TT01.06GopvonDNNVV.pdf"


def test_a_question_about_a_legacy_pdf_is_answered_from_it(make_service) -> None:  # noqa: ANN001
    service = make_service()
    summary = service.ingest([LEGACY])
    assert summary.ok, summary.render()
    assert service.docs()[0].encoding == "tcvn3"

    a = service.ask("Thông tư 01/2006/TT-NHNN hướng dẫn về việc gì?")
    assert not a.abstained
    assert "góp vốn thành lập Quỹ bảo lãnh tín dụng" in " ".join(a.answer.split())
    cite = a.citations[0]
    assert cite.source == LEGACY.name
    assert cite.passage[cite.start - cite.passage_start : cite.end - cite.passage_start] == cite.quote

    number = service.ask("Thông tư 01/2006/TT-NHNN được ban hành ngày nào?")
    assert not number.abstained and number.value is not None and number.value.text == "20/02/2006"
