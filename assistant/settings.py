"""One typed Settings for the whole application, read from ``TCDLCL_*`` environment variables.

Everything that builds a stage reads it from here (see :mod:`assistant.wiring`); no stage reads the
environment itself.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal
from urllib.parse import urlparse

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_REPORTS = PROJECT_ROOT / "data" / "reports"


class Settings(BaseSettings):
    """Configuration of tcdlcl-assistant. Each field can be set as ``TCDLCL_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="TCDLCL_", extra="ignore")

    store: Path = Field(
        default=PROJECT_ROOT / ".store",
        description="Folder of the embedded store (Chroma + the lexical index and documents kept beside it).",
    )
    chroma_url: str | None = Field(
        default=None,
        description="URL of a Chroma server (`chroma run …`), e.g. http://127.0.0.1:8000; unset = embedded store.",
    )
    embedding_model: str | None = Field(
        default=None,
        description="sentence-transformers model: a local path or a name in the local cache; unset = bundled all-MiniLM-L6-v2.",
    )
    embedding_backend: Literal["auto", "onnx", "torch"] = Field(
        default="auto",
        description="What runs the embedding model: `onnx` (ONNX Runtime, exported once into the cache folder; "
        "about twice as fast on CPU), `torch` (sentence-transformers), `auto` = onnx where possible, else torch.",
    )
    cache_dir: Path | None = Field(
        default=None,
        description="Folder for derived files such as the exported ONNX model; unset = $XDG_CACHE_HOME/tcdlcl "
        "or ~/.cache/tcdlcl.",
    )
    llm: str = Field(
        default="none",
        description="`none`, or a chat model: `ollama:MODEL`, `openai:MODEL` (with OPENAI_BASE_URL), `hf:/path/to/model`.",
    )
    collection: str = Field(default="tcdlcl_chunks", description="Chroma collection of the chunks.")
    top_k: int = Field(default=8, ge=1, le=100, description="Passages read by the answerer.")
    fusion: Literal["weighted", "rrf"] = Field(
        default="weighted", description="How lexical and dense scores are fused."
    )
    dense_weight: float = Field(default=0.3, ge=0.0, le=1.0, description="Weight of dense scores in weighted fusion.")
    chunk_chars: int = Field(default=700, ge=200, le=4000, description="Target chunk size in characters.")
    chunk_overlap_sentences: int = Field(default=1, ge=0, le=5, description="Sentences repeated between chunks.")
    embed_batch_size: int = Field(default=64, ge=1, le=1024, description="Embedding batch size.")
    embed_max_tokens: int = Field(
        default=64, ge=16, le=512,
        description="Word pieces of each chunk the embedding model reads (MiniLM cuts at 256; Vietnamese syllables "
        "take 2-3 English word pieces each, so 64 covers the chunk's opening). Recorded with the collection.",
    )
    llm_timeout: float = Field(default=60.0, gt=0, description="Seconds to wait for an LLM answer.")
    feedback_file: Path | None = Field(
        default=None, description="JSONL file for 👍/👎 feedback; unset = feedback.jsonl inside the store folder."
    )
    admin_password: str | None = Field(
        default=None, description="Password for the 'Thêm báo cáo' upload tab; unset = no password."
    )
    max_upload_mb: int = Field(default=50, ge=1, description="Largest report accepted by the upload tab (MiB).")

    @field_validator("chroma_url", "embedding_model", "admin_password", "cache_dir", mode="before")
    @classmethod
    def _empty_is_none(cls, v: object) -> object:
        return None if isinstance(v, str) and not v.strip() else v

    @field_validator("collection")
    @classmethod
    def _chroma_collection_name(cls, v: str) -> str:
        # Chroma's rule (checked here so that a bad name fails at start-up, with the variable's name)
        if not re.fullmatch(r"[a-zA-Z0-9][a-zA-Z0-9._-]{1,500}[a-zA-Z0-9]", v):
            raise ValueError(
                "TCDLCL_COLLECTION must be 3-502 characters of letters, digits, '.', '_' or '-', "
                "starting and ending with a letter or digit"
            )
        return v

    @field_validator("chroma_url")
    @classmethod
    def _server_url(cls, v: str | None) -> str | None:
        if v is None:
            return v
        v = v.strip().rstrip("/")
        parsed = urlparse(v if "://" in v else f"http://{v}")
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ValueError(f"TCDLCL_CHROMA_URL must look like http://127.0.0.1:8000, not {v!r}")
        try:
            parsed.port  # noqa: B018 - raises on a port that is not a number
        except ValueError as exc:
            raise ValueError(f"TCDLCL_CHROMA_URL has a bad port: {v!r}") from exc
        return v

    @property
    def feedback_path(self) -> Path:
        return self.feedback_file or (self.store / "feedback.jsonl")


def offline_environment() -> None:
    """No network at run time: hub lookups, telemetry and analytics off (before those libraries load)."""
    for key, value in {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "ANONYMIZED_TELEMETRY": "False",
        "TOKENIZERS_PARALLELISM": "false",
    }.items():
        os.environ.setdefault(key, value)
