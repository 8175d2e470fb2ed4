"""ONNX Runtime for the transformer of a sentence-transformers model (the ``onnx`` embedding backend).

On the 2-core machines a question's vector took ~25 ms through PyTorch and ~14 ms through ONNX Runtime, about
half of a whole ``ask``. Only the model's first module (the Hugging Face transformer) runs in ONNX Runtime; its
token embeddings go through the model's own remaining modules (pooling, normalisation) in PyTorch, so any
sentence-transformers model built as ``Transformer → Pooling → …`` gives the same vectors as ``encode`` (within
~1e-6; the collection records the same model id).

The graph is exported once per model with ``torch.onnx.export`` (needs the ``onnx`` package; ~2 s for MiniLM)
into a cache folder (``TCDLCL_CACHE_DIR``, default ``$XDG_CACHE_HOME/tcdlcl`` or ``~/.cache/tcdlcl``), under a
name keyed by the model's files and the library versions, and written atomically so that two processes can
race for it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import warnings
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def _features(model: Any, texts: list[str]) -> dict[str, Any]:
    """The model's inputs for ``texts`` (``preprocess`` in sentence-transformers 6, ``tokenize`` before)."""
    prepare = getattr(model, "preprocess", None) or model.tokenize
    return prepare(texts)


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tcdlcl"


def _fingerprint(model: Any, source: str) -> str:
    """What the exported graph depends on: the model's files (name, size, mtime) and the library versions."""
    import torch
    import transformers

    h = hashlib.sha256(f"{torch.__version__}|{transformers.__version__}|{source}".encode())
    root = Path(source)
    if root.is_dir():
        for f in sorted(p for p in root.rglob("*") if p.is_file()):
            st = f.stat()
            h.update(f"{f.relative_to(root)}|{st.st_size}|{st.st_mtime_ns}".encode())
    h.update(type(next(iter(model.children())).auto_model).__name__.encode())
    return h.hexdigest()[:20]


def supports(model: Any) -> bool:
    """Whether the model's first module is a Hugging Face transformer this backend can export."""
    modules = list(model.children()) if hasattr(model, "children") else []
    return len(modules) >= 2 and hasattr(modules[0], "auto_model") and (hasattr(model, "preprocess") or hasattr(model, "tokenize"))


class OnnxTransformer:
    """Runs ``model[0]`` (the transformer) in ONNX Runtime and ``model[1:]`` in PyTorch. Built by :meth:`load`."""

    def __init__(self, model: Any, session: Any, path: Path) -> None:
        self.model, self.session, self.path = model, session, path
        self.input_names = [i.name for i in session.get_inputs()]
        self.tail = list(model.children())[1:]  # pooling, normalisation …: the model's own, in PyTorch

    @classmethod
    def load(cls, model: Any, source: str, cache_dir: Path, threads: int | None = None) -> OnnxTransformer:
        """Export (once, cached) and open the model's transformer. Raises ImportError/OSError/RuntimeError."""
        import onnxruntime as ort

        path = Path(cache_dir) / "onnx" / f"{Path(source).name or 'model'}-{_fingerprint(model, source)}.onnx"
        if not path.exists():
            cls._export(model, path)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or min(2, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # no busy-waiting threads: the answerer's Python work runs between two questions' vectors
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        return cls(model, session, path)

    @staticmethod
    def _export(model: Any, path: Path) -> None:
        import onnx  # noqa: F401 - torch.onnx.export needs it; fail before tracing
        import torch

        transformer = next(iter(model.children())).auto_model
        sample = _features(model, ["Năm 2021 đã trình công bố bao nhiêu TCVN?", "kiểm định"])
        names = [n for n in _INPUTS if n in sample]

        class _Graph(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.inner = transformer

            def forward(self, *args: torch.Tensor) -> torch.Tensor:
                return self.inner(**dict(zip(names, args))).last_hidden_state

        axes = {n: {0: "batch", 1: "tokens"} for n in names}
        axes["token_embeddings"] = {0: "batch", 1: "tokens"}
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)
        os.close(fd)
        try:
            with warnings.catch_warnings(), torch.inference_mode(False), torch.no_grad():
                warnings.simplefilter("ignore")
                torch.onnx.export(_Graph().eval(), tuple(sample[n] for n in names), tmp, input_names=names,
                                  output_names=["token_embeddings"], dynamic_axes=axes, opset_version=17,
                                  dynamo=False)
            os.replace(tmp, path)  # atomic: a racing process sees the whole file or none
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        log.info("exported the embedding model's transformer to %s", path)

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        """Normalised sentence vectors of ``texts`` (float32, one row per text, in the given order)."""
        import torch

        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))  # similar lengths share a batch
        rows: list[np.ndarray] = []
        for start in range(0, len(order), batch_size):
            batch = [texts[i] for i in order[start:start + batch_size]]
            features = _features(self.model, batch)
            feeds = {n: features[n].numpy().astype(np.int64) for n in self.input_names}
            features["token_embeddings"] = torch.from_numpy(self.session.run(None, feeds)[0])
            with torch.inference_mode():
                for module in self.tail:
                    features = module(features)
                vectors = torch.nn.functional.normalize(features["sentence_embedding"], p=2, dim=1)
            rows.append(vectors.numpy())
        out = np.concatenate(rows) if rows else np.empty((0, 0), dtype=np.float32)
        result = np.empty_like(out)
        result[order] = out
        return result
