"""LangChain adapters: our pipeline as Runnables, and a local transformers model as a LangChain chat model.

Our logic stays in our own classes; these thin wrappers let it compose with the LangChain ecosystem::

    retriever = TcdlclRetriever(retriever=service.retriever, top_k=4)
    docs = retriever.invoke("Năm 2021 trình công bố bao nhiêu TCVN?")   # list[Document]
    chain = answer_runnable(service)                                     # {"question", "history"?, "year"?} or str
    chain.invoke("Năm 2021 trình công bố bao nhiêu TCVN?")["value"]      # {"number": 389, ...}

:class:`LocalTransformersChat` is what ``TCDLCL_LLM=hf:/path/to/model`` loads (``langchain-huggingface``
is not a dependency): a causal LM saved with ``save_pretrained``, loaded by path, offline, on first use.
"""

from __future__ import annotations

import queue
import threading
import time
from typing import Any, Iterator

from langchain_core.callbacks import CallbackManagerForLLMRun, CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.language_models.chat_models import BaseChatModel, generate_from_stream
from langchain_core.messages import AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGenerationChunk, ChatResult
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import Runnable, RunnableLambda
from pydantic import PrivateAttr

from assistant.errors import AnswerError, ConfigError
from assistant.models import Passage, Turn


def to_document(p: Passage) -> Document:
    """A retrieved passage as a LangChain Document (provenance in ``metadata``)."""
    meta = {k: getattr(p, k) for k in ("doc_id", "title", "year", "source", "section", "page", "start", "end", "score",
                                       "chunk_id")}
    return Document(page_content=p.text, metadata=meta, id=p.chunk_id or None)


class TcdlclRetriever(BaseRetriever):
    """Our hybrid retriever (``search(query, *, years, doc_ids, top_k, exclude_captions)``) as a BaseRetriever."""

    retriever: Any
    top_k: int = 8
    years: list[int] | None = None
    doc_ids: list[str] | None = None
    exclude_captions: bool = True

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        passages = self.retriever.search(query, years=self.years, doc_ids=self.doc_ids, top_k=self.top_k,
                                         exclude_captions=self.exclude_captions)
        return [to_document(p) for p in passages]


def _turns(history: Any) -> list[Turn]:
    turns = []
    for t in history or []:
        if isinstance(t, Turn):
            turns.append(t)
        elif isinstance(t, dict) and t.get("role") in ("user", "assistant"):
            turns.append(Turn(t["role"], str(t.get("content", ""))))
        else:
            raise AnswerError('history items must be {"role": "user"|"assistant", "content": "…"}')
    return turns


def answer_runnable(target: Any) -> Runnable:
    """The answer step as a Runnable: input a question (str) or ``{"question", "history"?, "year"?,
    "doc_id"?, "top_k"?}``, output the answer as a dict (INTERFACE.md). ``target`` is the service
    (``ask``) or an answerer (``answer``)."""
    ask = getattr(target, "ask", None) or getattr(target, "answer", None)
    if ask is None:
        raise ConfigError("answer_runnable needs an AssistantService or an answerer")

    def run(inp: Any) -> dict[str, Any]:
        if isinstance(inp, str):
            inp = {"question": inp}
        if not isinstance(inp, dict) or not isinstance(inp.get("question", inp.get("input")), str):
            raise AnswerError('the input must be a question or {"question": "…"}')
        year = inp.get("year")
        answer = ask(inp.get("question", inp.get("input")), history=_turns(inp.get("history")),
                     year=int(year) if year else None, doc_id=inp.get("doc_id"), top_k=inp.get("top_k"))
        return answer.to_dict()

    return RunnableLambda(run, name="tcdlcl_answer")


_ROLES = {"human": "user", "ai": "assistant", "system": "system"}


class LocalTransformersChat(BaseChatModel):
    """A local transformers causal LM (a folder written by ``save_pretrained``) as a chat model."""

    model_path: str
    max_new_tokens: int = 256
    timeout: float = 60.0
    _tokenizer: Any = PrivateAttr(default=None)
    _lm: Any = PrivateAttr(default=None)
    _lock: Any = PrivateAttr(default_factory=threading.Lock)

    @property
    def _llm_type(self) -> str:
        return "tcdlcl-transformers"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_path": self.model_path, "max_new_tokens": self.max_new_tokens}

    def _load(self) -> tuple[Any, Any]:
        with self._lock:
            if self._lm is None:
                try:
                    from transformers import AutoModelForCausalLM, AutoTokenizer

                    self._tokenizer = AutoTokenizer.from_pretrained(self.model_path, local_files_only=True)
                    self._lm = AutoModelForCausalLM.from_pretrained(self.model_path, local_files_only=True).eval()
                except Exception as exc:  # noqa: BLE001 - many loader errors, one message
                    raise ConfigError(f"cannot load the transformers model at {self.model_path} "
                                      f"({exc.__class__.__name__}: {exc})") from exc
        return self._tokenizer, self._lm

    def _prompt(self, tokenizer: Any, messages: list[BaseMessage]) -> str:
        chat = [{"role": _ROLES.get(m.type, "user"), "content": str(m.text)} for m in messages]
        if getattr(tokenizer, "chat_template", None):
            return tokenizer.apply_chat_template(chat, tokenize=False, add_generation_prompt=True)
        return "\n\n".join(c["content"] for c in chat) + "\n"

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        from transformers import TextIteratorStreamer

        tokenizer, lm = self._load()
        ids = tokenizer(self._prompt(tokenizer, messages), return_tensors="pt")
        room = getattr(lm.config, "max_position_embeddings", None) or getattr(lm.config, "n_positions", None)
        if room:  # keep the end of an over-long prompt (where the question and "Câu trả lời:" are)
            keep = max(1, room - self.max_new_tokens)
            ids = {k: v[:, -keep:] for k, v in ids.items()}
        streamer = TextIteratorStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True, timeout=self.timeout)
        failure: list[BaseException] = []
        pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id

        def generate() -> None:
            try:
                lm.generate(**ids, streamer=streamer, max_new_tokens=self.max_new_tokens, do_sample=False,
                            max_time=self.timeout, pad_token_id=pad)
            except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
                failure.append(exc)
                streamer.end()

        worker = threading.Thread(target=generate, daemon=True)
        started = time.monotonic()
        worker.start()
        wrote = False
        try:
            for piece in streamer:
                if piece:
                    wrote = True
                    chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
                    if run_manager:
                        run_manager.on_llm_new_token(piece, chunk=chunk)
                    yield chunk
        except queue.Empty as exc:  # the streamer waited `timeout` seconds for a token
            raise self._too_slow() from exc
        worker.join(timeout=self.timeout)
        if failure:
            raise failure[0]
        if not wrote and time.monotonic() - started >= self.timeout:
            raise self._too_slow()  # (generation stopped by ``max_time`` before its first token reached the streamer)
        if not wrote:  # the model ended at once: an empty reply, not "no generations" from LangChain
            yield ChatGenerationChunk(message=AIMessageChunk(content=""))

    def _too_slow(self) -> AnswerError:
        return AnswerError(f"the local model at {self.model_path} wrote nothing for {self.timeout:g} s; "
                           "it may be too large for this machine (set TCDLCL_LLM_TIMEOUT higher, "
                           "or use a smaller model)")

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        return generate_from_stream(self._stream(messages, stop, run_manager, **kwargs))
