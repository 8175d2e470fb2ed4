"""The embedding backends: ONNX Runtime gives the bundled MiniLM's own vectors, exports once, falls back clearly."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import ConfigError
from vectorstore.embedder import ONNX_MAX_TEXTS, SentenceTransformerEmbedder

TEXTS = [
    "Năm 2021 đã trình công bố bao nhiêu TCVN?",
    "kiểm định",
    "Chi cục đã kiểm tra 112 cơ sở kinh doanh xăng dầu, phát hiện 9 cơ sở vi phạm về đo lường, "
    "xử phạt 214,5 triệu đồng; lấy 45 mẫu xăng dầu thử nghiệm chất lượng, 3 mẫu không đạt chỉ tiêu trị số octan.",
    "Tổng cục Tiêu chuẩn Đo lường Chất lượng",
]


def _embedder(backend: str, cache: Path) -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(max_tokens=64, batch_size=64, backend=backend, cache_dir=cache)


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:  # noqa: ANN001
    return tmp_path_factory.mktemp("embed-cache")


@pytest.fixture(scope="module")
def torch_vectors(cache: Path) -> np.ndarray:
    return np.array(_embedder("torch", cache).embed(TEXTS))


def test_onnx_gives_the_models_own_vectors_one_text_and_a_padded_batch(cache: Path, torch_vectors) -> None:  # noqa: ANN001
    onnx = _embedder("onnx", cache)
    assert onnx.active_backend == "onnx"
    assert len(TEXTS) <= ONNX_MAX_TEXTS
    batch = np.array(onnx.embed(TEXTS))  # different lengths: padded inside one batch, order kept
    assert batch.shape == torch_vectors.shape
    assert np.abs(batch - torch_vectors).max() < 1e-5
    for i, text in enumerate(TEXTS):
        assert np.abs(np.array(onnx.embed([text])[0]) - torch_vectors[i]).max() < 1e-5
    assert np.allclose(np.linalg.norm(batch, axis=1), 1.0, atol=1e-5)  # normalised (cosine = dot product)
    assert onnx.embed([]) == []


def test_the_export_is_cached_and_reused(cache: Path, torch_vectors, monkeypatch) -> None:  # noqa: ANN001
    from vectorstore.onnx_backend import OnnxTransformer

    _embedder("auto", cache).embed(TEXTS[:1])
    files = list((cache / "onnx").glob("*.onnx"))
    assert len(files) == 1 and files[0].stat().st_size > 1_000_000
    assert not list((cache / "onnx").glob("*.part"))  # written atomically, nothing left behind

    def no_export(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("exported again")

    monkeypatch.setattr(OnnxTransformer, "_export", staticmethod(no_export))
    again = _embedder("auto", cache)
    assert again.active_backend == "onnx"
    assert np.abs(np.array(again.embed(TEXTS[:1])[0]) - torch_vectors[0]).max() < 1e-5


def test_long_lists_use_torch_batches_with_the_same_vectors(cache: Path, torch_vectors, monkeypatch) -> None:  # noqa: ANN001
    """Ingest batches go through PyTorch's batched products, still the same vector space."""
    onnx = _embedder("onnx", cache)
    onnx.embed(TEXTS[:1])
    monkeypatch.setattr(onnx._onnx, "encode", lambda *a, **k: pytest.fail("ONNX used for a long list"))
    many = TEXTS * 3
    assert len(many) > ONNX_MAX_TEXTS
    vectors = np.array(onnx.embed(many))
    assert np.abs(vectors[: len(TEXTS)] - torch_vectors).max() < 1e-5


def test_an_unwritable_cache_falls_back_to_torch_or_fails_clearly(tmp_path: Path, torch_vectors, caplog) -> None:  # noqa: ANN001
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="vectorstore.embedder"):
        auto = _embedder("auto", blocked)
        assert auto.active_backend == "torch"
    assert "ONNX Runtime backend is unavailable" in caplog.text
    assert np.abs(np.array(auto.embed(TEXTS[:1])[0]) - torch_vectors[0]).max() < 1e-6
    with pytest.raises(ConfigError, match="TCDLCL_EMBEDDING_BACKEND=torch"):
        _embedder("onnx", blocked).embed(TEXTS[:1])


def test_backend_is_checked_and_read_from_the_settings(monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    from assistant.settings import Settings
    from assistant.wiring import build_embedder

    with pytest.raises(ConfigError, match="auto, onnx or torch"):
        SentenceTransformerEmbedder(backend="tensorflow")  # type: ignore[arg-type]
    monkeypatch.setenv("TCDLCL_EMBEDDING_BACKEND", "torch")
    monkeypatch.setenv("TCDLCL_CACHE_DIR", str(tmp_path))
    built = build_embedder(Settings())
    assert (built.backend, built.cache_dir) == ("torch", tmp_path)
    monkeypatch.setenv("TCDLCL_CACHE_DIR", "  ")
    assert Settings().cache_dir is None  # blank = the default cache folder
