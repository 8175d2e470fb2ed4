"""ui.render: everything from a report is shown as text; quotes are highlighted at their offsets."""

from __future__ import annotations

import re

from assistant.models import Answer, Citation, DocumentInfo, FileResult, IngestSummary, Value
from ui import render

EVIL = 'Đã kiểm định 57 phương tiện <script>alert("x")</script> theo [hướng dẫn](http://evil.example/) <b>mới</b> $$x$$'


def citation(n: int = 1, quote: str = "trình công bố 389 TCVN", before: str = "Đồng thời, tổ chức tốt công tác ",
             after: str = "; tiếp nhận 39 dự thảo QCVN.", passage_start: int = 4974, **kw) -> Citation:  # noqa: ANN003
    start = passage_start + len(before)
    fields = dict(n=n, doc_id="000-a13a535d0f93ab91", title="Khối cơ quan Tổng cục TCĐLCL", year=2021,
                  source="000_a13a535d0f93ab91.txt", page=None, section="Triển khai hiệu quả hệ thống TCVN, QCVN",
                  quote=quote, start=start, end=start + len(quote), passage=before + quote + after,
                  passage_start=passage_start)
    fields.update(kw)
    return Citation(**fields)


def answer(text: str, citations: list[Citation], abstained: bool = False, working: str | None = None) -> Answer:
    return Answer(question="Năm 2021 đã trình công bố bao nhiêu TCVN?", answer=text, abstained=abstained,
                  value=None if abstained else Value(389, "TCVN", "389 TCVN"), citations=citations, working=working)


class TestEscaping:
    def test_esc_turns_markup_into_text(self) -> None:
        out = render.esc(EVIL)
        assert "<" not in out and ">" not in out and "$" not in out
        assert "&lt;script&gt;" in out and "&lt;b&gt;mới&lt;/b&gt;" in out
        assert "[hướng dẫn](http://evil.example/)" in out  # shown as written; nothing renders markdown

    def test_answer_text_is_escaped_and_only_known_markers_become_links(self) -> None:
        html = render.render_answer(answer(f"{EVIL} [1], xem thêm [7].", [citation()]), turn=3)
        assert "<script" not in html and "<b>" not in html and 'href="http' not in html
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
        links = re.findall(r'<a class="tc-cite" href="#([^"]+)"[^>]*>\[(\d+)\]</a>', html)
        assert links == [("tc-src-3-1", "1")]
        assert "[7]" in html  # no citation 7: left as text

    def test_quote_passage_title_source_and_section_are_escaped(self) -> None:
        c = citation(quote=EVIL, before="<i>trước</i> ", after=" <img src=x onerror=alert(1)>",
                     title="<h1>Báo cáo</h1>", source="<x>.txt", section="[mục](javascript:alert(1))")
        html = render.render_citation(c, turn=1)
        assert not re.search(r"<(script|b|i|img|h1|x)[\s>]", html)
        assert "&lt;img src=x onerror=alert(1)&gt;" in html and "&lt;h1&gt;Báo cáo&lt;/h1&gt;" in html
        assert "[mục](javascript:alert(1))" in html and 'href="javascript' not in html

    def test_question_and_errors_are_escaped(self) -> None:
        assert "<script>" not in render.render_question("<script>x</script>?")
        assert "&lt;b&gt;" in render.render_error("<b>lỗi</b>")
        assert "<br>" in render.render_pending("dòng 1\ndòng 2")

    def test_ingest_summary_and_document_list_are_escaped(self) -> None:
        summary = IngestSummary([FileResult("<script>.txt", "failed", reason="<b>hỏng</b>"),
                                 FileResult("bao-cao.txt", "indexed", doc_id="bao-cao", chunks_added=3, title="<i>T</i>",
                                            year=2030)])
        html = render.render_summary(summary)
        assert "<script>" not in html and "<b>" not in html and "<i>" not in html
        assert "1 đã lập chỉ mục" in html and "1 lỗi" in html and "&lt;b&gt;hỏng&lt;/b&gt;" in html
        assert "+3/−0" in html
        docs = render.render_docs([DocumentInfo("d", "<script>t</script>", 2030, None, None, "a.txt", 3)])
        assert "<script>" not in docs and "&lt;script&gt;" in docs


class TestHighlight:
    def test_quote_is_found_at_its_offsets(self) -> None:
        c = citation()
        assert render.split_passage(c) == ("Đồng thời, tổ chức tốt công tác ", "trình công bố 389 TCVN",
                                           "; tiếp nhận 39 dự thảo QCVN.")

    def test_offsets_that_do_not_match_fall_back_to_searching_the_passage(self) -> None:
        c = citation(start=0, end=5)
        assert render.split_passage(c)[1] == "trình công bố 389 TCVN"
        assert render.split_passage(c)[0].endswith("công tác ")

    def test_quote_missing_from_passage_is_still_shown(self) -> None:
        c = citation(passage="", start=0, end=0)
        assert render.split_passage(c) == ("", "trình công bố 389 TCVN", "")
        html = render.render_citation(c, 1)
        assert '<mark class="tc-quote">trình công bố 389 TCVN</mark>' in html and "tc-passage" not in html

    def test_card_highlights_the_quote_inside_its_passage(self) -> None:
        html = render.render_citation(citation(n=2), turn=4)
        assert 'id="tc-src-4-2"' in html
        assert "Năm: 2021" in html and "Mục: Triển khai hiệu quả hệ thống TCVN, QCVN" in html
        assert "<code>000_a13a535d0f93ab91.txt</code>" in html
        full = re.search(r'<div class="tc-passage-text">(.*?)</div>', html).group(1)
        assert full == ('Đồng thời, tổ chức tốt công tác <mark class="tc-quote">trình công bố 389 TCVN</mark>'
                        "; tiếp nhận 39 dự thảo QCVN.")

    def test_long_context_is_trimmed_around_the_quote_in_the_snippet(self) -> None:
        before = "mở đầu " * 80
        html = render.render_citation(citation(before=before, after=" kết thúc" * 80), 1)
        snippet = re.search(r'<div class="tc-snippet">(.*?)</div>', html).group(1)
        assert snippet.startswith("…") and snippet.endswith("…")
        assert len(snippet) < len(before)
        assert '<mark class="tc-quote">trình công bố 389 TCVN</mark>' in snippet


class TestAnswerAndSources:
    def test_abstention_looks_different_from_an_answer(self) -> None:
        ok = render.render_answer(answer("Năm 2021: 389 TCVN [1].", [citation()]), 1)
        no = render.render_answer(answer("Các báo cáo không nêu thông tin này. Đoạn gần nhất: [1].", [citation()],
                                         abstained=True), 1)
        assert 'class="tc-answer tc-ok"' in ok and "Có nguồn" in ok and "Không tìm thấy" not in ok
        assert 'class="tc-answer tc-abstain"' in no and "Không tìm thấy trong báo cáo" in no
        assert "Đoạn gần nhất (không chứa câu trả lời)" in render.render_sources([("q", answer("x", [citation()],
                                                                                              abstained=True))])

    def test_working_is_shown_once(self) -> None:
        html = render.render_answer(answer("428 TCVN [1], [2].", [citation(), citation(n=2)], working="389 + 39 = 428"), 1)
        assert "Cách tính: 389 + 39 = 428" in html
        inline = render.render_answer(answer("428 (389 + 39 = 428) [1].", [citation()], working="389 + 39 = 428"), 1)
        assert "Cách tính" not in inline

    def test_sources_panel_lists_turns_newest_first_and_open(self) -> None:
        html = render.render_sources([("Câu một?", answer("a [1]", [citation()])),
                                      ("Câu <hai>?", answer("b [1]", [citation()]))])
        turns = re.findall(r'<details class="tc-turn" data-turn="(\d)"( open)?>', html)
        assert turns == [("2", " open"), ("1", "")]
        assert "Câu hỏi 2: Câu &lt;hai&gt;?" in html
        assert 'id="tc-src-2-1"' in html and 'id="tc-src-1-1"' in html
        assert "Nguồn của câu trả lời sẽ hiện ở đây" in render.render_sources([])

    def test_plain_answer_for_copying_has_the_sources_and_no_markup(self) -> None:
        text = render.plain_answer(answer("Năm 2021: 389 TCVN [1].", [citation()]))
        assert text.splitlines()[0] == "Năm 2021: 389 TCVN [1]."
        assert '[1] Khối cơ quan Tổng cục TCĐLCL (2021)' in text and '"trình công bố 389 TCVN"' in text
        assert "<" not in text
