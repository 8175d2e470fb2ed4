"""The Gradio chat page: a thin shell over :class:`assistant.service.AssistantService`.

``build_app(service, settings)`` builds the page; ``launch(service, settings, host, port)`` serves it
(``tcdlcl chat``, ``make run``). The page holds no logic the CLI lacks: questions go to
``service.ask_stream``, uploads to ``service.ingest`` (through :class:`ui.upload.Uploader`),
ratings to :class:`ui.feedback.FeedbackLog`. All HTML comes from :mod:`ui.render`, which escapes
everything taken from a report.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Iterator

from assistant.errors import AssistantError, ConfigError
from assistant.models import Answer, Turn
from assistant.settings import Settings, offline_environment

offline_environment()  # before gradio is imported: no analytics, no hub lookups

import gradio as gr  # noqa: E402

from ui import render  # noqa: E402
from ui import strings as S  # noqa: E402
from ui.feedback import FeedbackLog  # noqa: E402
from ui.upload import Uploader, supported_suffixes  # noqa: E402

log = logging.getLogger(__name__)

CHAT_CONCURRENCY = 16  # answers computed at once; more users wait in the queue (QUEUE_SIZE)
QUEUE_SIZE = 256
MAX_THREADS = 64

CSS = """
.tc-header h1 { margin: 0 0 4px 0; font-size: 1.5em; }
.tc-header p { margin: 0; opacity: .85; }
.tc-answer .tc-badge { display: inline-block; font-size: .8em; padding: 1px 8px; border-radius: 10px; margin-bottom: 4px; }
.tc-badge-ok { background: #e3f3e6; color: #1d6a33; }
.tc-badge-abstain { background: #fff1cc; color: #6d4a00; }
.tc-abstain { border-left: 4px solid #d99a00; padding-left: 8px; }
.tc-abstain .tc-text { font-style: italic; }
.tc-error { color: #b00020; }
.tc-working { font-size: .9em; margin-top: 4px; opacity: .85; }
.tc-thinking { opacity: .7; font-style: italic; }
a.tc-cite { font-weight: 600; text-decoration: none; padding: 0 2px; border-radius: 4px; background: #e6ecfb; color: #1d4ed8; }
mark.tc-quote { background: #ffe066; color: #1a1a1a; padding: 0 2px; border-radius: 2px; }
#tc-sources { max-height: 680px; overflow-y: auto; }
.tc-sources-empty, .tc-src-none { opacity: .75; }
.tc-turn > summary { cursor: pointer; font-weight: 600; margin: 6px 0; }
.tc-src { border: 1px solid var(--border-color-primary, #ddd); border-radius: 8px; padding: 8px 10px; margin: 8px 0; }
.tc-src.tc-flash { outline: 3px solid #3b82f6; }
.tc-src-head { font-weight: 600; }
.tc-src-n { color: #1d4ed8; }
.tc-src-meta, .tc-src-note { font-size: .85em; opacity: .8; margin: 2px 0 6px 0; }
.tc-snippet, .tc-passage-text { white-space: pre-wrap; line-height: 1.5; }
.tc-passage > summary { cursor: pointer; font-size: .85em; margin-top: 6px; }
.tc-passage-text { margin-top: 4px; padding: 6px; border-radius: 6px; background: var(--background-fill-secondary, #f7f7f7); }
.tc-examples-label, .tc-feedback-label { font-size: .9em; opacity: .85; padding: 6px 0; }
.tc-table { border-collapse: collapse; width: 100%; font-size: .9em; }
.tc-table th, .tc-table td { border: 1px solid var(--border-color-primary, #ddd); padding: 4px 6px; text-align: left; vertical-align: top; }
.tc-status-failed { color: #b00020; font-weight: 600; }
.tc-status-indexed, .tc-status-replaced { color: #1d6a33; font-weight: 600; }
"""
# [n] links: open the cited card (and its passage) in the sources panel, scroll to it, flash it.
HEAD = """<script>
document.addEventListener('click', function (ev) {
  var a = ev.target && ev.target.closest ? ev.target.closest('a.tc-cite') : null;
  if (!a) return;
  var el = document.getElementById((a.getAttribute('href') || '').slice(1));
  if (!el) return;
  ev.preventDefault();
  for (var p = el; p; p = p.parentElement) { if (p.tagName === 'DETAILS') p.open = true; }
  var d = el.querySelector('details.tc-passage'); if (d) d.open = true;
  el.scrollIntoView({behavior: 'smooth', block: 'center'});
  el.classList.add('tc-flash'); setTimeout(function () { el.classList.remove('tc-flash'); }, 1600);
});
</script>"""


def _new_state() -> dict[str, Any]:
    return {"turns": []}  # [(question, Answer)], turn k+1 is turns[k]


def _year(value: str | int | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


class ChatPage:
    """The event handlers of the page, bound to one service."""

    def __init__(self, service, settings: Settings) -> None:  # noqa: ANN001 - AssistantService
        self.service = service
        self.settings = settings
        self.feedback = FeedbackLog(settings.feedback_path)
        self.uploader = Uploader(service, settings.store / "uploads", settings.max_upload_mb,
                                 settings.admin_password)

    # -- filters ----------------------------------------------------------------------------------
    def filter_choices(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        try:
            docs = self.service.docs()
        except AssistantError as exc:
            log.warning("cannot list reports: %s", exc)
            docs = []
        years = sorted({d.year for d in docs if d.year}, reverse=True)
        year_choices = [(S.ALL_YEARS, "")] + [(str(y), str(y)) for y in years]
        doc_choices = [(S.ALL_DOCS, "")] + [
            (f"{d.title} ({d.year})" if d.year else d.title, d.doc_id)
            for d in sorted(docs, key=lambda d: (-(d.year or 0), d.title))
        ]
        return year_choices, doc_choices

    def refresh_filters(self) -> tuple[Any, Any]:
        years, docs = self.filter_choices()
        return gr.update(choices=years), gr.update(choices=docs)

    # -- chat -------------------------------------------------------------------------------------
    def respond(self, question: str, chat: list | None, state: dict | None, year: str | None,
                doc_id: str | None) -> Iterator[tuple[Any, ...]]:
        """Streams the answer into the chat; the last yield also fills the sources panel."""
        state = state or _new_state()
        chat = list(chat or [])
        question = (question or "").strip()
        if not question:
            yield chat, state, gr.skip(), "", gr.skip()
            return
        turn = len(state["turns"]) + 1
        history: list[Turn] = []
        for q, a in state["turns"]:
            history += [Turn("user", q), Turn("assistant", a.answer)]
        chat += [{"role": "user", "content": render.render_question(question)},
                 {"role": "assistant", "content": render.render_pending()}]
        yield chat, state, gr.skip(), "", gr.skip()
        answer: Answer | None = None
        try:
            for text, final in self.service.ask_stream(question, history=history, year=_year(year),
                                                       doc_id=doc_id or None):
                if final is None:
                    chat[-1] = {"role": "assistant", "content": render.render_pending(text)}
                    yield chat, state, gr.skip(), "", gr.skip()
                else:
                    answer = final
        except AssistantError as exc:
            chat[-1] = {"role": "assistant", "content": render.render_error(str(exc))}
            yield chat, state, gr.skip(), "", gr.skip()
            return
        except Exception:  # noqa: BLE001 - a user never sees a traceback; the log has it
            log.exception("answering %r failed", question)
            chat[-1] = {"role": "assistant", "content": render.render_error(S.UNEXPECTED)}
            yield chat, state, gr.skip(), "", gr.skip()
            return
        if answer is None:
            chat[-1] = {"role": "assistant", "content": render.render_error(S.UNEXPECTED)}
            yield chat, state, gr.skip(), "", gr.skip()
            return
        state = {"turns": state["turns"] + [(question, answer)]}
        chat[-1] = {"role": "assistant", "content": render.render_answer(answer, turn)}
        yield chat, state, render.render_sources(state["turns"]), "", render.plain_answer(answer)

    def clear(self) -> tuple[Any, ...]:
        return [], _new_state(), render.render_sources([]), "", "", "", ""

    def rate(self, rating: str, comment: str, state: dict | None, year: str | None,
             doc_id: str | None) -> tuple[str, str]:
        turns = (state or {}).get("turns") or []
        if not turns:
            return render.render_message(S.FEEDBACK_NOTHING), comment
        try:
            self.feedback.append(turns[-1][1], rating, comment,  # type: ignore[arg-type]
                                 filters={"year": _year(year), "doc_id": doc_id or None})
        except OSError as exc:
            log.exception("cannot write feedback")
            return render.render_error(str(exc)), comment
        return render.render_message(S.FEEDBACK_THANKS), ""

    # -- upload -----------------------------------------------------------------------------------
    def upload(self, files: list[str] | str | None, password: str | None,
               progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008 - Gradio's idiom
        if isinstance(files, str):
            files = [files]

        def on_progress(i: int, n: int, name: str) -> None:
            progress((i, n), desc=f"{S.UPLOAD_INDEXING} {Path(name).name}" if name else S.UPLOAD_INDEXING,
                     unit="tệp")

        try:
            progress(0, desc=S.UPLOAD_CHECKING)
            summary = self.uploader.run([Path(f) for f in files or []], password, progress=on_progress)
            out = render.render_summary(summary)
        except AssistantError as exc:
            out = render.render_error(str(exc))
        except Exception:  # noqa: BLE001
            log.exception("upload failed")
            out = render.render_error(S.UNEXPECTED)
        return (out, render.render_docs(self.list_docs()), *self.refresh_filters(), None)

    def list_docs(self) -> list:
        try:
            return self.service.docs()
        except AssistantError:
            return []


def build_app(service, settings: Settings) -> gr.Blocks:  # noqa: ANN001 - AssistantService
    """The page, with its queue configured (see CHAT_CONCURRENCY); not yet launched."""
    page = ChatPage(service, settings)
    year_choices, doc_choices = page.filter_choices()
    chat_events = {"concurrency_limit": CHAT_CONCURRENCY, "concurrency_id": "chat"}

    with gr.Blocks(title=S.APP_TITLE, analytics_enabled=False, delete_cache=(3600, 3600)) as demo:
        gr.HTML(f'<div class="tc-header"><h1>{render.esc(S.APP_TITLE)}</h1>'
                f'<p>{render.esc(S.APP_INTRO)}</p></div>')
        with gr.Tabs():
            with gr.Tab(S.TAB_CHAT, id="chat", elem_id="tc-tab-chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        with gr.Row():
                            year = gr.Dropdown(year_choices, value="", label=S.FILTER_YEAR, elem_id="tc-year")
                            doc = gr.Dropdown(doc_choices, value="", label=S.FILTER_DOC, elem_id="tc-doc", scale=2)
                        chatbot = gr.Chatbot(
                            label=S.CHAT_LABEL, elem_id="tc-chat", height=520, render_markdown=False,
                            sanitize_html=True, latex_delimiters=[], allow_tags=False, buttons=[],
                            feedback_options=None, placeholder=S.CHAT_PLACEHOLDER, autoscroll=True,
                        )
                        state = gr.State(_new_state())
                        with gr.Row():
                            txt = gr.Textbox(label=S.INPUT_LABEL, placeholder=S.INPUT_PLACEHOLDER, scale=5,
                                             elem_id="tc-input", show_label=False, lines=1, max_lines=4,
                                             autofocus=True)
                            send = gr.Button(S.SEND, variant="primary", scale=1, elem_id="tc-send")
                        gr.HTML(f'<div class="tc-examples-label">{render.esc(S.EXAMPLES_LABEL)}</div>')
                        with gr.Row(elem_id="tc-examples"):
                            examples = [gr.Button(q, size="sm", elem_classes=["tc-example"]) for q in S.EXAMPLES]
                        with gr.Row():
                            copy_btn = gr.Button(S.COPY, size="sm", elem_id="tc-copy")
                            clear_btn = gr.Button(S.CLEAR, size="sm", elem_id="tc-clear")
                        copy_src = gr.Textbox(visible="hidden", elem_id="tc-copy-src")
                        with gr.Group(elem_id="tc-feedback"):
                            comment = gr.Textbox(label=S.FEEDBACK_COMMENT, placeholder=S.FEEDBACK_COMMENT_PLACEHOLDER,
                                                 lines=1, elem_id="tc-feedback-comment")
                            with gr.Row():
                                gr.HTML(f'<div class="tc-feedback-label">{render.esc(S.FEEDBACK_LABEL)}</div>')
                                up = gr.Button(S.FEEDBACK_UP, size="sm", elem_id="tc-up")
                                down = gr.Button(S.FEEDBACK_DOWN, size="sm", elem_id="tc-down")
                        feedback_status = gr.HTML("", elem_id="tc-feedback-status")
                    with gr.Column(scale=2):
                        gr.HTML(f'<h3 class="tc-sources-title">{render.esc(S.SOURCES_TITLE)}</h3>')
                        sources = gr.HTML(render.render_sources([]), elem_id="tc-sources")
            with gr.Tab(S.TAB_UPLOAD, id="upload", elem_id="tc-tab-upload"):
                gr.Markdown(S.UPLOAD_INTRO.format(mb=settings.max_upload_mb))
                password = gr.Textbox(label=S.UPLOAD_PASSWORD, placeholder=S.UPLOAD_PASSWORD_PLACEHOLDER,
                                      type="password", visible=page.uploader.needs_password, elem_id="tc-password")
                upload_btn = gr.UploadButton(
                    S.UPLOAD_BUTTON, file_count="multiple", variant="primary", elem_id="tc-upload",
                    file_types=sorted(supported_suffixes()),
                )
                summary = gr.HTML(render.render_message(S.UPLOAD_WAITING), elem_id="tc-upload-summary")
                gr.HTML(f'<h3>{render.esc(S.UPLOAD_DOCS_TITLE)}</h3>')
                docs_html = gr.HTML(render.render_docs(page.list_docs()), elem_id="tc-docs")

        chat_io = {"inputs": [txt, chatbot, state, year, doc], "outputs": [chatbot, state, sources, txt, copy_src]}
        gr.on([txt.submit, send.click], page.respond, **chat_io, api_name="chat", show_progress="minimal",
              **chat_events)
        for button, question in zip(examples, S.EXAMPLES):
            button.click(lambda q=question: q, outputs=[txt], queue=False, api_visibility="private").then(
                page.respond, **chat_io, api_visibility="private", show_progress="minimal", **chat_events)
        cleared = [chatbot, state, sources, txt, copy_src, comment, feedback_status]
        clear_btn.click(page.clear, outputs=cleared, queue=False, api_visibility="private")
        chatbot.clear(page.clear, outputs=cleared, queue=False, api_visibility="private")  # its own 🗑 icon
        copy_btn.click(None, inputs=[copy_src], js=_COPY_JS, api_visibility="private")
        for button, rating in ((up, "up"), (down, "down")):
            button.click(lambda c, s, y, d, r=rating: page.rate(r, c, s, y, d), inputs=[comment, state, year, doc],
                         outputs=[feedback_status, comment], api_visibility="private")
        upload_btn.upload(page.upload, inputs=[upload_btn, password], outputs=[summary, docs_html, year, doc, upload_btn],
                          api_visibility="private", concurrency_limit=1, concurrency_id="ingest",
                          show_progress="full", show_progress_on=[summary])
        demo.load(page.refresh_filters, outputs=[year, doc], queue=False, api_visibility="private")

    demo.queue(max_size=QUEUE_SIZE, default_concurrency_limit=4)
    return demo


_COPY_JS = f"""(text) => {{
  if (text && navigator.clipboard) {{ navigator.clipboard.writeText(text); }}
  const b = document.querySelector('#tc-copy');
  if (b) {{ const old = b.textContent; b.textContent = {S.COPIED!r}; setTimeout(() => b.textContent = old, 1500); }}
  return [];
}}"""


def launch(service, settings: Settings, host: str = "127.0.0.1", port: int = 7860,  # noqa: ANN001
           **kwargs: Any) -> Any:
    """Builds and serves the page (blocking unless ``prevent_thread_lock=True``). Offline: no share link,
    no analytics, no CDN; uploads larger than ``settings.max_upload_mb`` are refused by Gradio too."""
    demo = build_app(service, settings)
    try:  # load the models and indexes now, not on the first question
        service.search("TCVN", top_k=1)
    except AssistantError as exc:
        log.warning("warm-up search failed: %s", exc)
    options: dict[str, Any] = {
        "server_name": host, "server_port": port, "share": False, "inbrowser": False, "show_error": False,
        "max_threads": MAX_THREADS, "max_file_size": f"{settings.max_upload_mb}mb", "footer_links": [],
        "ssr_mode": False, "pwa": False, "mcp_server": False, "enable_monitoring": False,
        "css": CSS, "head": HEAD, "quiet": True,
    }
    options.update(kwargs)
    block = not options.pop("prevent_thread_lock", False)
    try:
        result = demo.launch(prevent_thread_lock=True, **options)
    except OSError as exc:  # port taken, bad host
        raise ConfigError(f"cannot serve the chat on {host}:{port}: {exc}; choose another --port") from exc
    print(S.RUNNING_AT.format(url=f"http://{host}:{port}"), flush=True)
    if block:
        demo.block_thread()
    return result
