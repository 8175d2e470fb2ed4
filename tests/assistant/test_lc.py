"""The pipeline as LangChain Runnables (a BaseRetriever, an answer Runnable) and the ``hf:`` chat model,
on a real store of the bundled reports and a tiny GPT-2-style model built and saved here, loaded by path."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from langchain_core.documents import Document
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableLambda

from assistant.errors import AnswerError
from assistant.lc import LocalTransformersChat, TcdlclRetriever, answer_runnable
from assistant.llm import LLMAnswerer, load_chat_model

Q_TCVN = "Năm 2021 đã trình công bố bao nhiêu TCVN?"


def test_retriever_returns_documents_with_provenance(service: Any) -> None:
    retriever = TcdlclRetriever(retriever=service.retriever, top_k=3)
    assert isinstance(retriever, BaseRetriever)
    docs = retriever.invoke(Q_TCVN)
    assert 1 <= len(docs) <= 3 and all(isinstance(d, Document) for d in docs)
    top = docs[0]
    assert "389 TCVN" in top.page_content
    meta = top.metadata
    assert meta["year"] == 2021 and meta["source"] == "000_a13a535d0f93ab91.txt" and meta["doc_id"]
    assert meta["section"] == "Triển khai hiệu quả, đồng bộ hệ thống TCVN, QCVN"
    assert meta["end"] - meta["start"] == len(top.page_content) and meta["score"] > 0


def test_retriever_filters_and_composes(service: Any) -> None:
    only_2016 = TcdlclRetriever(retriever=service.retriever, top_k=4, years=[2016])
    assert {d.metadata["year"] for d in only_2016.invoke("kiểm tra chất lượng hàng hóa")} == {2016}
    chain = TcdlclRetriever(retriever=service.retriever, top_k=2) | RunnableLambda(
        lambda docs: "\n\n".join(f"[{i}] {d.page_content}" for i, d in enumerate(docs, 1)))
    context = chain.invoke(Q_TCVN)
    assert context.startswith("[1] ") and "389 TCVN" in context


def test_answer_runnable_invoke_batch_and_history(service: Any) -> None:
    chain = answer_runnable(service)
    out = chain.invoke(Q_TCVN)
    assert out["value"]["number"] == 389 and out["citations"][0]["quote"].endswith("389 TCVN;")
    assert out["method"] == "extractive" and out["abstained"] is False
    a, b = chain.batch([{"question": "nam 2021 co bao nhieu TCVN"}, {"question": Q_TCVN, "year": 2016}])
    assert a["value"]["number"] == 389
    assert b["value"] is None or b["value"]["number"] != 389  # 2016 is not 2021
    history = [{"role": "user", "content": Q_TCVN}, {"role": "assistant", "content": out["answer"]}]
    follow = chain.invoke({"question": "Còn QCVN thì sao?", "history": history})
    assert follow["value"]["number"] == 39
    composed = RunnableLambda(lambda q: {"question": q}) | answer_runnable(service.answerer)
    assert composed.invoke(Q_TCVN)["value"]["number"] == 389


def test_answer_runnable_rejects_bad_input(service: Any) -> None:
    chain = answer_runnable(service)
    with pytest.raises(AnswerError, match="question"):
        chain.invoke({"text": Q_TCVN})
    with pytest.raises(AnswerError, match="role"):
        chain.invoke({"question": Q_TCVN, "history": ["hello"]})


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A randomly initialised one-layer GPT-2 with a byte-level BPE tokenizer trained here, saved locally."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

    bpe = Tokenizer(models.BPE(unk_token="<unk>"))
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=320, special_tokens=["<unk>", "<eos>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    corpus = [Q_TCVN, "Năm 2021 trình công bố 389 TCVN [1].", "Các đoạn trích: Câu trả lời:"]
    bpe.train_from_iterator(corpus, trainer)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=bpe, unk_token="<unk>", eos_token="<eos>",
                                        bos_token="<eos>", pad_token="<eos>")
    config = GPT2Config(vocab_size=len(tokenizer), n_positions=128, n_embd=32, n_layer=1, n_head=2,
                        bos_token_id=tokenizer.eos_token_id, eos_token_id=tokenizer.eos_token_id)
    path = tmp_path_factory.mktemp("tiny-gpt2")
    torch.manual_seed(0)  # the same random weights on every run
    GPT2LMHeadModel(config).save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


def test_hf_loader(tiny_model: Path, service: Any, monkeypatch: pytest.MonkeyPatch,
                   caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    model = load_chat_model(f"hf:{tiny_model}", timeout=30)
    assert isinstance(model, LocalTransformersChat) and isinstance(model, BaseChatModel)
    model.max_new_tokens = 12
    reply = model.invoke(Q_TCVN)
    assert isinstance(reply, AIMessage) and isinstance(reply.content, str)
    chunks = list(model.stream("Câu hỏi: " + Q_TCVN * 20))  # longer than the model's 128 positions
    assert chunks and all(isinstance(c, AIMessageChunk) for c in chunks)
    # a model that writes noise cannot make an answer worse: the guard keeps the extractive one
    with caplog.at_level(logging.INFO, logger="assistant.llm"):
        answer = LLMAnswerer(model, service.answerer).answer(Q_TCVN)
    assert answer.method == "extractive" and answer.value.number == 389 and "389 TCVN" in answer.answer
    assert any("replaced by the extractive answer" in r.getMessage() for r in caplog.records)


def test_hf_model_that_ends_at_once_gives_an_empty_reply(tiny_model: Path, tmp_path: Path) -> None:
    """A model whose first token is its end token writes nothing: an empty reply, not a LangChain error."""
    import shutil

    from transformers import GenerationConfig

    folder = tmp_path / "mute"
    shutil.copytree(tiny_model, folder)
    config = GenerationConfig.from_pretrained(folder)
    vocab = 320
    config.suppress_tokens = [i for i in range(vocab) if i != config.eos_token_id]  # only <eos> can come
    config.save_pretrained(folder)
    model = LocalTransformersChat(model_path=str(folder), max_new_tokens=8, timeout=30)
    assert model.invoke(Q_TCVN).content == ""
    assert [c.content for c in model.stream(Q_TCVN)] in ([""], ["", ""])  # LangChain may add its closing chunk


def test_hf_model_too_slow_for_its_timeout_says_so(tiny_model: Path) -> None:
    model = LocalTransformersChat(model_path=str(tiny_model), max_new_tokens=64, timeout=1e-6)
    with pytest.raises(AnswerError, match="wrote nothing for"):
        model.invoke(Q_TCVN)
