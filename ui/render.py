"""HTML for the chat page: answers with ``[n]`` links, the sources panel, ingest summaries.

Everything that comes from a report or a user (answer text, quotes, passages, titles, file names,
questions, error messages) goes through :func:`esc` before it is placed in HTML, so a report that
contains ``<script>``, HTML or markdown links is shown literally. The only markup in the output is
written here.
"""

from __future__ import annotations

import html
import re
from typing import Iterable

from assistant.models import Answer, Citation, DocumentInfo, IngestSummary
from ui import strings as S

_CITE = re.compile(r"\[(\d{1,3})\]")
SNIPPET_CHARS = 160


def esc(text: object) -> str:
    """HTML-escape any value; also ``$`` and backticks, which templates and LaTeX renderers would read."""
    out = html.escape("" if text is None else str(text), quote=True)
    return out.replace("$", "&#36;").replace("`", "&#96;")


def esc_lines(text: object) -> str:
    """:func:`esc`, with line breaks kept as ``<br>``."""
    return "<br>".join(esc(line) for line in str(text or "").split("\n"))


def anchor_id(turn: int, n: int) -> str:
    return f"tc-src-{turn}-{n}"


def link_citations(text: str, turn: int, numbers: Iterable[int]) -> str:
    """Escapes ``text`` and turns each ``[n]`` that names a citation into a link to its source card."""
    known = set(numbers)
    out: list[str] = []
    pos = 0
    for m in _CITE.finditer(text):
        n = int(m.group(1))
        if n not in known:
            continue
        out.append(esc_lines(text[pos:m.start()]))
        out.append(f'<a class="tc-cite" href="#{anchor_id(turn, n)}" title="{esc(S.SOURCES_TITLE)} [{n}]">[{n}]</a>')
        pos = m.end()
    out.append(esc_lines(text[pos:]))
    return "".join(out)


# -- the answer in the chat --------------------------------------------------------------------------
def render_question(question: str) -> str:
    return f'<div class="tc-question">{esc_lines(question)}</div>'


def render_pending(text: str = "") -> str:
    """A streamed answer while it is being written (plain text, escaped)."""
    body = esc_lines(text) if text else f'<span class="tc-thinking">{esc(S.THINKING)}</span>'
    return f'<div class="tc-answer tc-pending">{body}</div>'


def render_answer(answer: Answer, turn: int) -> str:
    """The final answer: a badge that tells an abstention from an answer, the text with linked ``[n]``."""
    numbers = [c.n for c in answer.citations]
    body = link_citations(answer.answer, turn, numbers)
    working = ""
    if answer.working and answer.working not in answer.answer:
        working = f'<div class="tc-working">{esc(S.WORKING)}: {esc(answer.working)}</div>'
    if answer.abstained:
        return (f'<div class="tc-answer tc-abstain" data-abstained="true">'
                f'<div class="tc-badge tc-badge-abstain">🔍 {esc(S.ABSTAIN_BADGE)}</div>'
                f'<div class="tc-text">{body}</div>{working}</div>')
    badge = f'<div class="tc-badge tc-badge-ok">✅ {esc(S.ANSWER_BADGE)}</div>' if numbers else ""
    return (f'<div class="tc-answer tc-ok" data-abstained="false">{badge}'
            f'<div class="tc-text">{body}</div>{working}</div>')


def render_error(message: str) -> str:
    return f'<div class="tc-answer tc-error">{esc(S.ERROR_PREFIX)}: {esc_lines(message)}</div>'


def plain_answer(answer: Answer) -> str:
    """The answer as plain text with its sources, for the copy button."""
    lines = [answer.answer]
    if answer.working and answer.working not in answer.answer:
        lines.append(f"{S.WORKING}: {answer.working}")
    for c in answer.citations:
        where = ", ".join(x for x in (
            f"{S.SOURCE_SECTION}: {c.section}" if c.section else "",
            f"{S.SOURCE_PAGE} {c.page}" if c.page else "",
            f"{S.SOURCE_FILE}: {c.source}" if c.source else "",
        ) if x)
        year = f" ({c.year})" if c.year else ""
        lines.append(f"[{c.n}] {c.title}{year}{' — ' + where if where else ''}: \"{c.quote}\"")
    return "\n".join(lines)


# -- the sources panel ---------------------------------------------------------------------------------
def split_passage(c: Citation) -> tuple[str, str, str]:
    """(text before, quote, text after) of the citation's passage; the quote found by offsets, else by search."""
    passage = c.passage or ""
    i, j = c.start - c.passage_start, c.end - c.passage_start
    if passage and 0 <= i <= j <= len(passage) and passage[i:j] == c.quote:
        return passage[:i], passage[i:j], passage[j:]
    k = passage.find(c.quote) if passage and c.quote else -1
    if k >= 0:
        return passage[:k], c.quote, passage[k + len(c.quote):]
    return "", c.quote, ""


def _trim_left(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    cut = text[-width:]
    space = cut.find(" ")
    return "…" + (cut[space + 1:] if 0 <= space < 40 else cut)


def _trim_right(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    cut = text[:width]
    space = cut.rfind(" ")
    return (cut[:space] if space > width - 40 else cut) + "…"


def highlight(before: str, quote: str, after: str) -> str:
    return f'{esc(before)}<mark class="tc-quote">{esc(quote)}</mark>{esc(after)}'


def render_citation(c: Citation, turn: int, nearest: bool = False) -> str:
    before, quote, after = split_passage(c)
    year = f" ({esc(c.year)})" if c.year else ""
    meta = [f"{esc(S.SOURCE_YEAR)}: {esc(c.year)}" if c.year else "",
            f"{esc(S.SOURCE_SECTION)}: {esc(c.section)}" if c.section else "",
            f"{esc(S.SOURCE_PAGE)}: {esc(c.page)}" if c.page else "",
            f'{esc(S.SOURCE_FILE)}: <code>{esc(c.source)}</code>' if c.source else ""]
    note = f'<div class="tc-src-note">{esc(S.SOURCE_NEAREST)}</div>' if nearest else ""
    snippet = highlight(_trim_left(before, SNIPPET_CHARS), quote, _trim_right(after, SNIPPET_CHARS))
    full = ""
    if before or after:
        full = (f'<details class="tc-passage"><summary>{esc(S.SOURCE_PASSAGE)}</summary>'
                f'<div class="tc-passage-text">{highlight(before, quote, after)}</div></details>')
    return (f'<div class="tc-src" id="{anchor_id(turn, c.n)}" data-n="{c.n}">'
            f'<div class="tc-src-head"><span class="tc-src-n">[{c.n}]</span> '
            f'<span class="tc-src-title">{esc(c.title)}</span>{year}</div>'
            f'<div class="tc-src-meta">{" · ".join(m for m in meta if m)}</div>{note}'
            f'<div class="tc-snippet">{snippet}</div>{full}</div>')


def render_sources(turns: list[tuple[str, Answer]]) -> str:
    """All answers' sources, newest first and open; earlier ones folded. ``turns[k]`` is turn ``k + 1``."""
    if not turns:
        return f'<div class="tc-sources tc-sources-empty">{esc(S.SOURCES_EMPTY)}</div>'
    parts = []
    for k in range(len(turns), 0, -1):
        question, answer = turns[k - 1]
        cards = "".join(render_citation(c, k, nearest=answer.abstained) for c in answer.citations)
        cards = cards or f'<div class="tc-src-none">{esc(S.SOURCES_NONE)}</div>'
        head = esc(S.SOURCES_TURN.format(n=k, question=question))
        is_open = " open" if k == len(turns) else ""
        parts.append(f'<details class="tc-turn" data-turn="{k}"{is_open}><summary>{head}</summary>{cards}</details>')
    return f'<div class="tc-sources">{"".join(parts)}</div>'


# -- the upload tab ------------------------------------------------------------------------------------
def _table(head: tuple[str, ...], rows: list[list[str]], cls: str) -> str:
    th = "".join(f"<th>{esc(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


def render_summary(summary: IngestSummary) -> str:
    """The per-file result of an upload: the same facts as ``tcdlcl ingest`` prints, in Vietnamese."""
    rows = []
    for r in summary.results:
        rows.append([esc(r.path), f'<span class="tc-status tc-status-{esc(r.status)}">{esc(S.STATUS.get(r.status, r.status))}</span>',
                     esc(r.doc_id or ""), esc(r.year or ""), esc(r.title or ""),
                     f"+{r.chunks_added}/−{r.chunks_removed}", esc(r.reason or "")])
    totals = esc(S.SUMMARY_TOTALS.format(**{k: v for k, v in summary.to_dict().items() if k != "files"}))
    state = "tc-summary-ok" if summary.ok else "tc-summary-failed"
    return (f'<div class="tc-summary {state}"><p class="tc-summary-totals">{totals}</p>'
            f'{_table(S.SUMMARY_HEAD, rows, "tc-table tc-summary-table")}</div>')


def render_docs(docs: list[DocumentInfo]) -> str:
    if not docs:
        return f'<div class="tc-docs">{esc(S.UPLOAD_DOCS_EMPTY)}</div>'
    rows = [[f"<code>{esc(d.doc_id)}</code>", esc(d.title), esc(d.year or ""), esc(d.source), esc(d.chunks)]
            for d in sorted(docs, key=lambda d: (d.year or 0, d.doc_id), reverse=True)]
    return f'<div class="tc-docs">{_table(S.DOCS_HEAD, rows, "tc-table tc-docs-table")}</div>'


def render_message(text: str) -> str:
    return f'<div class="tc-message">{esc_lines(text)}</div>'
