"""The optional LLM answer path (``TCDLCL_LLM``), held to the numeric guard.

An LLM may only make an answer better, never less correct. :class:`LLMAnswerer` runs the extractive
answerer first (its passages feed the prompt and its answer is the fallback), asks the chat model to
answer from the numbered passages with ``[n]`` markers, then :class:`NumericGuard` checks the reply:

* every number it states (read the Vietnamese way: ``4.094`` = 4094, ``15,9%``) occurs in a passage it
  cites, in the question, or is the value the extractive answerer computed from cited numbers;
* dates and document numbers occur in a cited passage; years occur in the question or a cited passage;
* sentences of a report that try to give instructions ("Bỏ qua các hướng dẫn trước…") are removed from
  the prompt and never count as evidence;
* when the extractive answer abstained, the LLM may not state a number; when it found a value, the LLM
  must state the same one.

A reply that fails, an abstaining reply, a model error or a timeout gives the extractive answer
(``method == "extractive"``) and a log record; a reply that passes is kept (``method == "llm"``) with
citations whose quotes are exact spans of the cited passages.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import time
from dataclasses import dataclass
from importlib import resources
from typing import Any, Callable, Iterator

from assistant.errors import ConfigError
from assistant.models import Answer, Citation, Passage, Turn
from assistant.numbers import Quantity, find_quantities, numbers_equal, quantities
from ingest.normalize import collapse_ws, normalize_text
from ingest.splitter import split_sentences

log = logging.getLogger(__name__)

# -- loading a chat model --------------------------------------------------------------------------
SPEC_FORMS = "`none`, `ollama:MODEL`, `openai:MODEL` (with OPENAI_BASE_URL) or `hf:/path/to/model`"


def _openai(name: str, timeout: float):  # noqa: ANN202 - BaseChatModel
    base_url = os.environ.get("OPENAI_BASE_URL") or None
    api_key = os.environ.get("OPENAI_API_KEY") or None
    if base_url is None and api_key is None:
        raise ConfigError("TCDLCL_LLM=openai:… needs OPENAI_BASE_URL (an OpenAI-compatible server such as "
                          "http://127.0.0.1:8080/v1) or OPENAI_API_KEY.")
    from langchain.chat_models import init_chat_model

    return init_chat_model(name, model_provider="openai", base_url=base_url, api_key=api_key or "not-needed",
                           timeout=timeout, max_retries=1, temperature=0, use_responses_api=False)


def _ollama(name: str, timeout: float):  # noqa: ANN202 - BaseChatModel
    host = (os.environ.get("OLLAMA_HOST") or "").strip()
    if host and "://" not in host:
        host = f"http://{host}"
    kwargs: dict[str, Any] = {"temperature": 0, "client_kwargs": {"timeout": timeout}}
    if host:
        kwargs["base_url"] = host
    from langchain.chat_models import init_chat_model

    try:
        return init_chat_model(name, model_provider="ollama", **kwargs)
    except ImportError as exc:
        raise ConfigError("TCDLCL_LLM=ollama:… needs the optional package langchain-ollama: "
                          "pip install 'tcdlcl-assistant[llm]'") from exc


def _hf(path: str, timeout: float):  # noqa: ANN202 - BaseChatModel
    from pathlib import Path

    folder = Path(path).expanduser()
    if not (folder / "config.json").is_file():
        raise ConfigError(f"TCDLCL_LLM=hf:{path}: no transformers model there (a folder with config.json, "
                          "as written by save_pretrained); models are never downloaded.")
    from assistant.lc import LocalTransformersChat

    return LocalTransformersChat(model_path=str(folder.resolve()), timeout=timeout)


LOADERS: dict[str, Callable[[str, float], Any]] = {"openai": _openai, "ollama": _ollama, "hf": _hf}


def load_chat_model(spec: str, timeout: float = 60.0):  # noqa: ANN201 - BaseChatModel
    """The LangChain chat model named by ``spec`` (``PROVIDER:MODEL``); ConfigError for anything else."""
    provider, _, name = (spec or "").strip().partition(":")
    loader = LOADERS.get(provider.strip().lower())
    if loader is None or not name.strip():
        raise ConfigError(f"TCDLCL_LLM={spec!r} is not understood: use {SPEC_FORMS}.")
    return loader(name.strip(), timeout)


# -- the guard -------------------------------------------------------------------------------------
_INSTRUCTION_RE = re.compile(
    r"\b(?:bỏ qua|phớt lờ|lờ đi|quên)\s+(?:đi\s+)?"
    r"(?:hết\s+|mọi\s+|tất cả\s+|toàn bộ\s+)?(?:các\s+|những\s+)?"
    r"(?:hướng dẫn|chỉ dẫn|quy tắc|chỉ thị|mệnh lệnh|lệnh)\b"
    r"|\bignore\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier)\s+(?:instructions|rules)"
    r"|\b(?:system prompt|you are now)\b",
    re.IGNORECASE,
)
_MARK_RE = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")
_ABSTAIN_RE = re.compile(r"không (?:nêu|có thông tin|đề cập|tìm thấy|đủ thông tin)", re.IGNORECASE)


def _numbers(mark: re.Match[str]) -> list[int]:
    """The passage numbers of one marker: ``[2]`` → [2], ``[1, 3]`` → [1, 3]."""
    return [int(n) for n in re.split(r"\s*[,;]\s*", mark.group(1))]


def instruction_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of ``text`` that try to instruct the assistant (prompt injection), as offsets."""
    return [(s, e) for s, e in split_sentences(text) if _INSTRUCTION_RE.search(text[s:e])]


def redact(text: str) -> str:
    """``text`` with its instruction-like sentences replaced by ``[…]``."""
    for s, e in reversed(instruction_spans(text)):
        text = text[:s] + "[…]" + text[e:]
    return text


def strip_markers(text: str) -> str:
    """``[n]`` markers blanked (same length), so that they are not read as numbers."""
    return _MARK_RE.sub(lambda m: " " * len(m.group(0)), text)


class NumericGuard:
    """Checks that an LLM answer states nothing numeric that its cited passages do not support."""

    def check(self, text: str, cited: list[Passage], question: str = "", allowed: tuple[float, ...] = ()) -> str | None:
        """None when ``text`` passes, else the reason it fails (for the log)."""
        evidence = " \n ".join(redact(p.text) for p in cited)
        found = find_quantities(evidence) + find_quantities(question)
        values = [q.value for q in found if q.value is not None] + list(allowed)
        years = {float(p.year) for p in cited if p.year} | {q.value for q in found if q.kind == "year"}
        plain = collapse_ws(f"{evidence} {question}").lower()
        for q in find_quantities(strip_markers(text)):
            if not self._supported(q, values, years, plain):
                return f"'{q.text}' is not in the cited passages"
        return None

    @staticmethod
    def _supported(q: Quantity, values: list[float | None], years: set[float | None], plain: str) -> bool:
        if q.kind == "year":
            return q.value in years or any(numbers_equal(q.value, v) for v in values)
        if q.kind in ("date", "id"):
            written = collapse_ws(q.text).lower()
            if written in plain:
                return True
            head = re.match(r"(\d{1,2}/\d{1,2})/(\d{4})$", written)  # 28/12/2021 for "ngày 28/12" of a 2021 report
            return bool(head and re.search(rf"(?<![\d/]){re.escape(head.group(1))}(?![\d/])", plain)
                        and float(head.group(2)) in years)
        return any(numbers_equal(q.value, v) for v in values)


# -- the answerer ----------------------------------------------------------------------------------
def load_prompt() -> str:
    return resources.files("assistant").joinpath("prompts/answer.txt").read_text(encoding="utf-8")


@dataclass
class Draft:
    """One question on its way through the LLM: the extractive answer, the numbered passages, the prompt."""

    extractive: Answer
    passages: list[Passage]
    messages: list[Any] | None  # None: nothing for a model to read, the extractive answer stands
    question: str
    t0: float


def _text(message: Any) -> str:
    content = getattr(message, "content", message)
    if isinstance(content, str):
        return content
    return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content or [])


def _as_passage(c: Citation) -> Passage:
    return Passage(chunk_id=f"{c.doc_id}:{c.passage_start}", doc_id=c.doc_id, title=c.title, year=c.year,
                   source=c.source, section=c.section, page=c.page, start=c.passage_start,
                   end=c.passage_start + len(c.passage), score=1.0, text=c.passage)


class LLMAnswerer:
    """An LLM on top of the extractive answerer; same ``answer``/``answer_stream`` as the service expects."""

    def __init__(self, model: Any, extractive: Any, prompt: str | None = None, max_passages: int = 6,
                 guard: NumericGuard | None = None) -> None:
        self.model = model
        self.extractive = extractive
        self.retriever = extractive.retriever
        self.prompt = prompt or load_prompt()
        if "{question}" not in self.prompt or "{passages}" not in self.prompt:
            raise ConfigError("the answer prompt must contain {question} and {passages}")
        self.max_passages = max_passages
        self.guard = guard or NumericGuard()

    # -- public -----------------------------------------------------------------------------------
    def answer(self, question: str, history: list[Turn] | None = None, year: int | None = None,
               doc_id: str | None = None, top_k: int | None = None) -> Answer:
        draft = self._prepare(question, history, year, doc_id, top_k)
        if draft.messages is None:
            return draft.extractive
        try:
            reply = _text(self.model.invoke(draft.messages))
        except Exception as exc:  # noqa: BLE001 - any client, any failure: the extractive answer stands
            return self._fallback(draft, f"model error: {exc.__class__.__name__}: {exc}", "")
        return self._finish(draft, reply)

    def answer_stream(self, question: str, history: list[Turn] | None = None, year: int | None = None,
                      doc_id: str | None = None, top_k: int | None = None) -> Iterator[tuple[str, Answer | None]]:
        """Yields (text so far, None) while the model writes, then (final text, the guarded Answer)."""
        draft = self._prepare(question, history, year, doc_id, top_k)
        if draft.messages is None:
            yield draft.extractive.answer, draft.extractive
            return
        parts: list[str] = []
        try:
            for chunk in self.model.stream(draft.messages):
                piece = _text(chunk)
                if piece:
                    parts.append(piece)
                    yield "".join(parts), None
        except Exception as exc:  # noqa: BLE001
            reason = f"model error while streaming: {exc.__class__.__name__}: {exc}"
            final = self._fallback(draft, reason, "".join(parts))
        else:
            final = self._finish(draft, "".join(parts))
        yield final.answer, final

    # -- steps ------------------------------------------------------------------------------------
    def _prepare(self, question: str, history: list[Turn] | None, year: int | None, doc_id: str | None,
                 top_k: int | None) -> Draft:
        t0 = time.perf_counter()
        ext = self.extractive.answer(question, history=history, year=year, doc_id=doc_id, top_k=top_k)
        if ext.abstained and not ext.citations:  # empty question, no reports, a year with no report
            return Draft(ext, [], None, "", t0)
        from assistant.answerer import MAX_QUESTION_CHARS
        from assistant.question import resolve_followup

        q = resolve_followup(normalize_text(question)[:MAX_QUESTION_CHARS], history or [])
        years = [ext.year] if ext.year else ([year] if year else None)
        found = self.retriever.search(q, years=years, doc_ids=[doc_id] if doc_id else None,
                                      top_k=top_k or getattr(self.extractive, "top_k", 8), exclude_captions=True)
        pool: list[Passage] = []
        for p in [_as_passage(c) for c in ext.citations if c.passage] + list(found):
            if len(pool) < self.max_passages and all((o.doc_id, o.start) != (p.doc_id, p.start) for o in pool):
                pool.append(p)
        return Draft(ext, pool, self._messages(q, pool), q, t0)

    def _messages(self, question: str, passages: list[Passage]) -> list[Any]:
        from langchain_core.messages import HumanMessage, SystemMessage

        blocks = []
        for n, p in enumerate(passages, 1):
            where = ", ".join(x for x in (p.title, f"năm {p.year}" if p.year else "", p.section or "") if x)
            blocks.append(f"[{n}] ({where})\n{redact(p.text)}")
        # str.replace, not format: a passage or a question may contain braces
        body = self.prompt.replace("{question}", question).replace("{passages}", "\n\n".join(blocks))
        head, sep, rest = body.partition("Câu hỏi:")  # the rules as a system message when the file allows it
        if sep and head.strip():
            return [SystemMessage(head.strip()), HumanMessage(sep + rest)]
        return [HumanMessage(body)]

    def _finish(self, draft: Draft, reply: str) -> Answer:
        ext, text = draft.extractive, reply.strip()
        if not text:
            return self._fallback(draft, "empty reply", reply)
        marks = [n for m in _MARK_RE.finditer(text) for n in _numbers(m)]
        if _ABSTAIN_RE.search(text):
            return self._fallback(draft, "the model abstained", reply, level=logging.INFO)
        if not marks:
            return self._fallback(draft, "no [n] citation", reply)
        if any(not 1 <= n <= len(draft.passages) for n in marks):
            return self._fallback(draft, f"citation out of range {marks}", reply)
        order = list(dict.fromkeys(marks))
        cited = [draft.passages[n - 1] for n in order]
        allowed = (ext.value.number,) if ext.value and ext.value.number is not None and ext.working else ()
        reason = self.guard.check(text, cited, draft.question, allowed)
        stated = [q for q in find_quantities(strip_markers(text)) if q.kind in ("number", "percent", "date")]
        if reason is None and ext.abstained and stated:
            reason = f"the reports do not state it, yet the model says '{stated[0].text}'"
        if reason is None and ext.value and not ext.abstained and not self._states(ext, text, stated):
            reason = f"the model does not state the value found in the reports ({ext.value.text})"
        if reason is not None:
            return self._fallback(draft, reason, reply)
        renumber = {old: new for new, old in enumerate(order, 1)}
        text = _MARK_RE.sub(lambda m: "".join(f"[{renumber[n]}]" for n in _numbers(m)), text)
        citations = [self._citation(i, p, text, ext) for i, p in enumerate(cited, 1)]
        return Answer(question=ext.question, answer=text, abstained=False, value=ext.value, citations=citations,
                      timings_ms=self._timings(draft), kind=ext.kind, working=ext.working, method="llm", year=ext.year)

    @staticmethod
    def _states(ext: Answer, text: str, stated: list[Quantity]) -> bool:
        value = ext.value
        if value is None:
            return True
        if value.number is not None:
            return any(q.kind in ("number", "percent") and numbers_equal(q.value, value.number) for q in stated)
        return collapse_ws(value.text).lower() in collapse_ws(text).lower()

    @staticmethod
    def _citation(n: int, p: Passage, answer: str, ext: Answer) -> Citation:
        a, b = quote_span(p, answer, ext.citations)
        return Citation(n=n, doc_id=p.doc_id, title=p.title, year=p.year, source=p.source, page=p.page,
                        section=p.section, quote=p.text[a:b], start=p.start + a, end=p.start + b,
                        passage=p.text, passage_start=p.start)

    def _fallback(self, draft: Draft, reason: str, reply: str, level: int = logging.WARNING) -> Answer:
        log.log(level, "LLM answer replaced by the extractive answer (%s); question=%r reply=%r",
                reason, draft.extractive.question[:200], reply[:300])
        return dataclasses.replace(draft.extractive, timings_ms=self._timings(draft), method="extractive")

    @staticmethod
    def _timings(draft: Draft) -> dict[str, float]:
        total = (time.perf_counter() - draft.t0) * 1000
        ext = draft.extractive.timings_ms
        return {**ext, "llm": max(0.0, total - ext.get("total", 0.0)), "total": total}


def quote_span(p: Passage, answer: str, known: list[Citation]) -> tuple[int, int]:
    """Offsets in ``p.text`` of the exact span that supports ``answer``: the clauses holding the numbers it
    states (the extractive quote when it holds them all), else the clause sharing most words with it."""
    stated = [q.value for q in quantities(strip_markers(answer)) if q.value is not None]
    skip = instruction_spans(p.text)
    pieces = [ab for s, e in split_sentences(p.text) if (s, e) not in skip for ab in _clauses(p.text, s, e)]

    def holds(a: int, b: int) -> set[float]:
        return {v for v in stated for q in find_quantities(p.text[a:b]) if numbers_equal(q.value, v)}

    wanted = set().union(*(holds(a, b) for a, b in pieces))
    for c in known:
        a, b = c.start - p.start, c.end - p.start
        if c.doc_id == p.doc_id and 0 <= a < b <= len(p.text) and p.text[a:b] == c.quote and holds(a, b) >= wanted:
            return a, b
    holding = [ab for ab in pieces if holds(*ab)]
    if holding and holding[-1][1] - holding[0][0] <= 600:
        return holding[0][0], holding[-1][1]
    words = {w for w in re.findall(r"\w+", answer.lower()) if len(w) > 1}

    def score(ab: tuple[int, int]) -> float:
        piece = p.text[ab[0] : ab[1]]
        return 10 * len(holds(*ab)) + len(words & set(re.findall(r"\w+", piece.lower()))) / (1 + len(piece) / 200)

    return max(pieces, key=score, default=(0, min(len(p.text), 300)))


def _clauses(text: str, s: int, e: int, limit: int = 380) -> list[tuple[int, int]]:
    """The sentence ``s:e`` when short enough, else its ``;`` clauses (offsets into ``text``)."""
    if e - s <= limit:
        return [(s, e)]
    out, a = [], s
    for m in re.finditer(r";\s+", text[s:e]):
        out.append((a, s + m.start() + 1))
        a = s + m.end()
    out.append((a, e))
    return out
