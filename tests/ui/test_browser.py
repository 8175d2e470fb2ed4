"""The chat page in a real headless Chromium (Debian's, driven by Playwright), against `tcdlcl chat`.

Screenshots are saved under ``test-artifacts/`` (git-ignored).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

sync_api = pytest.importorskip("playwright.sync_api", reason="pip package playwright is not installed")
expect = sync_api.expect

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]
ANSWERS = "#tc-chat .tc-answer:not(.tc-pending)"
TIMEOUT_MS = 90_000

UPLOADED_REPORT = """Báo cáo tổng kết công tác năm 2030 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Thử Nghiệm

Công tác thanh tra, kiểm tra

Năm 2030, Chi cục đã tiến hành 57 cuộc thanh tra <script>window.__tc_xss = 1</script> theo [hướng dẫn](http://evil.example/) về <b>đo lường</b> và chất lượng hàng hoá.

Công tác đào tạo

Trong năm, Chi cục đã mở các lớp bồi dưỡng nghiệp vụ cho cán bộ quản lý tại địa phương.
"""


@pytest.fixture(scope="module")
def browser():  # noqa: ANN201
    if not CHROMIUM:
        pytest.skip("Debian chromium is not installed (`apt-get install chromium`; `make test` installs it)")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield b
        b.close()


@pytest.fixture
def open_page(browser, chat_server):  # noqa: ANN001, ANN201
    """Opens the chat in a fresh browser context (a new user); records every request's host."""
    contexts = []
    hosts: set[str] = set()

    def _open(permissions: list[str] | None = None):  # noqa: ANN202
        ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
        if permissions:
            ctx.grant_permissions(permissions, origin=chat_server.url.rstrip("/"))
        contexts.append(ctx)
        page = ctx.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.on("request", lambda r: hosts.add(urlparse(r.url).hostname or r.url))
        page.goto(chat_server.url, wait_until="load")
        page.wait_for_selector("#tc-input textarea")
        return page

    _open.hosts = hosts  # type: ignore[attr-defined]
    yield _open
    for ctx in contexts:
        ctx.close()


def ask(page, question: str):  # noqa: ANN001, ANN201
    """Types a question, presses Enter, waits for the finished answer and returns it."""
    before = page.locator(ANSWERS).count()
    page.fill("#tc-input textarea", question)
    page.press("#tc-input textarea", "Enter")
    expect(page.locator(ANSWERS)).to_have_count(before + 1, timeout=TIMEOUT_MS)
    return page.locator(ANSWERS).nth(before)


def upload(page, files: list[Path], password: str | None) -> None:  # noqa: ANN001
    page.get_by_role("tab", name="Thêm báo cáo").click()
    if password is not None:
        page.fill("#tc-password input", password)
    with page.expect_file_chooser() as chooser:
        page.click("#tc-upload")
    chooser.value.set_files([str(f) for f in files])


def test_question_is_answered_with_its_number_and_highlighted_source(open_page, artifacts) -> None:  # noqa: ANN001
    page = open_page()
    expect(page.locator("h1")).to_have_text("Trợ lý báo cáo TCĐLCL")
    answer = ask(page, "Năm 2021 đã trình công bố bao nhiêu TCVN?")
    expect(answer).to_contain_text("389 TCVN")
    expect(answer).to_have_class(re.compile(r"\btc-ok\b"))
    expect(answer).to_contain_text("Có nguồn")
    link = answer.locator("a.tc-cite").first
    expect(link).to_have_text("[1]")

    card = page.locator("#tc-sources #tc-src-1-1")
    expect(card).to_contain_text("(2021)")
    expect(card).to_contain_text("000_a13a535d0f93ab91.txt")
    expect(card).to_contain_text("Triển khai hiệu quả, đồng bộ hệ thống TCVN, QCVN")
    quote = card.locator(".tc-snippet mark.tc-quote")
    expect(quote).to_be_visible()
    expect(quote).to_contain_text("trình công bố 389 TCVN")

    link.click()  # one click: the card's whole passage opens, quote highlighted inside it
    passage = card.locator("details.tc-passage")
    expect(passage).to_have_attribute("open", "")
    expect(passage.locator(".tc-passage-text mark.tc-quote")).to_be_visible()
    expect(passage.locator(".tc-passage-text")).to_contain_text("39 dự thảo QCVN")
    page.screenshot(path=str(artifacts / "browser-answer.png"), full_page=True)

    abstained = ask(page, "Giá vàng năm 2021 là bao nhiêu?")
    expect(abstained).to_have_class(re.compile(r"\btc-abstain\b"))
    expect(abstained).to_contain_text("Không tìm thấy trong báo cáo")
    expect(abstained).not_to_contain_text("Có nguồn")
    page.screenshot(path=str(artifacts / "browser-abstain.png"), full_page=True)
    assert open_page.hosts <= {"127.0.0.1"}, f"the page fetched from other hosts: {open_page.hosts}"


def test_follow_up_copy_feedback_and_clear(open_page, chat_server, artifacts) -> None:  # noqa: ANN001
    page = open_page(permissions=["clipboard-read", "clipboard-write"])
    page.locator(".tc-example", has_text="thẩm xét").click()  # an example question is asked in one click
    expect(page.locator(ANSWERS).first).to_contain_text("3.152")

    ask(page, "Năm 2021 đã trình công bố bao nhiêu TCVN?")
    follow = ask(page, "Còn dự thảo QCVN thì sao?")  # the year comes from the conversation so far
    expect(follow).to_contain_text("Năm 2021: 39 dự thảo")
    expect(page.locator("#tc-sources #tc-src-3-1")).to_contain_text("39 dự thảo QCVN")

    page.click("#tc-copy")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "39 dự thảo" in copied and "[1]" in copied and "<" not in copied, copied

    page.fill("#tc-feedback-comment textarea", "Đúng số liệu, cảm ơn")
    page.click("#tc-up")
    expect(page.locator("#tc-feedback-status")).to_contain_text("Cảm ơn")
    lines = [json.loads(line) for line in chat_server.feedback.read_text(encoding="utf-8").splitlines()]
    last = lines[-1]
    assert last["rating"] == "up" and last["comment"] == "Đúng số liệu, cảm ơn"
    assert last["question"] == "Còn dự thảo QCVN thì sao?" and "39 dự thảo" in last["answer"]
    assert last["citations"][0]["quote"].startswith("tiếp nhận, thẩm tra và thẩm định 39 dự thảo QCVN")
    page.screenshot(path=str(artifacts / "browser-follow-up.png"), full_page=True)

    page.click("#tc-clear")
    expect(page.locator("#tc-chat .tc-answer")).to_have_count(0)
    expect(page.locator("#tc-sources .tc-src")).to_have_count(0)
    again = ask(page, "Còn dự thảo QCVN thì sao?")  # the conversation is gone: no year to carry over
    expect(again).not_to_contain_text("Năm 2021:")
    expect(page.locator("#tc-sources .tc-turn")).to_have_count(1)
    # list form: retries until exactly this one turn is shown (a re-render can briefly hold two)
    expect(page.locator("#tc-sources .tc-turn > summary")).to_have_text(["Câu hỏi 1: Còn dự thảo QCVN thì sao?"])


def test_admin_uploads_a_report_then_gets_answers_from_it(open_page, chat_server, artifacts,
                                                          tmp_path: Path) -> None:  # noqa: ANN001
    report = tmp_path / "bao_cao_chi_cuc_thu_nghiem_2030.txt"
    report.write_text(UPLOADED_REPORT, encoding="utf-8")
    fake_pdf = tmp_path / "gia_mao.pdf"
    fake_pdf.write_text("Đây là văn bản, không phải PDF.", encoding="utf-8")
    page = open_page()

    upload(page, [report], password="sai-mat-khau")
    summary = page.locator("#tc-upload-summary")
    expect(summary).to_contain_text("Sai mật khẩu quản trị")
    expect(page.locator("#tc-docs")).not_to_contain_text("bao-cao-chi-cuc-thu-nghiem-2030")

    upload(page, [report, fake_pdf], password=chat_server.password)
    expect(summary.locator(".tc-summary")).to_be_visible(timeout=TIMEOUT_MS)
    expect(summary).to_contain_text("1 đã lập chỉ mục")
    expect(summary).to_contain_text("1 lỗi")
    rows = summary.locator("tbody tr")
    expect(rows.nth(0)).to_contain_text("đã lập chỉ mục")
    expect(rows.nth(0)).to_contain_text("bao-cao-chi-cuc-thu-nghiem-2030")
    expect(rows.nth(1)).to_contain_text("gia_mao.pdf")
    expect(rows.nth(1)).to_contain_text("nội dung không khớp với đuôi .pdf")
    expect(page.locator("#tc-docs")).to_contain_text("bao-cao-chi-cuc-thu-nghiem-2030")
    page.screenshot(path=str(artifacts / "browser-upload.png"), full_page=True)

    page.get_by_role("tab", name="Hỏi đáp").click()
    page.click("#tc-year input")  # the year filter now offers the new report's year
    page.get_by_role("option", name="2030").click()
    answer = ask(page, "Chi cục đã tiến hành bao nhiêu cuộc thanh tra?")
    expect(answer).to_contain_text("57")
    card = page.locator("#tc-sources #tc-src-1-1")
    expect(card).to_contain_text("bao_cao_chi_cuc_thu_nghiem_2030.txt")
    expect(card.locator(".tc-snippet mark.tc-quote")).to_contain_text("57 cuộc thanh tra")

    # what came from the report is shown as text: no script ran, no link or bold was made
    sources = page.locator("#tc-sources")
    expect(sources).to_contain_text("<script>window.__tc_xss = 1</script>")
    expect(sources).to_contain_text("[hướng dẫn](http://evil.example/)")
    expect(sources).to_contain_text("<b>đo lường</b>")
    assert page.evaluate("typeof window.__tc_xss") == "undefined"
    assert page.locator('a[href*="evil.example"]').count() == 0
    assert page.locator("#tc-sources b, #tc-chat b, #tc-sources script, #tc-chat script").count() == 0
    page.screenshot(path=str(artifacts / "browser-uploaded-answer.png"), full_page=True)


def test_chat_keeps_answering_while_an_upload_is_indexed(open_page, chat_server, artifacts,
                                                         tmp_path: Path) -> None:  # noqa: ANN001
    big = tmp_path / "so_lieu_don_vi_2031.txt"
    lines = ["Báo cáo số liệu hoạt động năm 2031 của các đơn vị kỹ thuật", ""]
    for i in range(1, 121):
        lines += [f"Mục {i}. Kết quả của đơn vị số {i}",
                  f"Trong năm 2031, đơn vị số {i} đã kiểm định {i * 7 + 3} phương tiện đo, hiệu chuẩn {i * 5 + 1} "
                  f"chuẩn đo lường, thử nghiệm {i * 11 + 2} mẫu hàng hoá và đào tạo {i * 3 + 20} học viên tại "
                  f"{i % 5 + 2} địa phương trong kỳ báo cáo.", ""]
    big.write_text("\n".join(lines), encoding="utf-8")
    admin = open_page()
    upload(admin, [big], password=chat_server.password)
    expect(admin.locator("#tc-upload-summary .progress-text, #tc-upload-summary .eta-bar").first).to_be_attached(
        timeout=30_000)
    admin.screenshot(path=str(artifacts / "browser-upload-progress.png"), full_page=True)

    user = open_page()
    answer = ask(user, "Năm 2021 đã trình công bố bao nhiêu TCVN?")
    expect(answer).to_contain_text("389 TCVN")
    assert admin.locator("#tc-upload-summary .tc-summary").count() == 0, "the upload finished before the answer"

    summary = admin.locator("#tc-upload-summary")
    expect(summary.locator(".tc-summary")).to_be_visible(timeout=240_000)
    expect(summary).to_contain_text("so_lieu_don_vi_2031.txt")
    expect(summary).to_contain_text("1 đã lập chỉ mục")
