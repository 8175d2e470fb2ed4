"""The exception tree of tcdlcl-assistant.

Every error a user can meet derives from :class:`AssistantError`; its message says what went
wrong and what to do. The CLI and the UI catch ``AssistantError`` and show the message, never a
traceback::

    AssistantError
    ├── ConfigError        bad settings or environment (model path, store/model mismatch, LLM spec)
    ├── IngestError        one file could not be read or indexed (the batch goes on)
    │   └── UnsupportedFileError
    ├── StoreError         the vector store or lexical index cannot be opened, read or written
    ├── RetrievalError     searching failed
    ├── AnswerError        the answering stage failed (bad question, LLM failure with no fallback)
    └── EvalError          an evaluation dataset is malformed
"""

from __future__ import annotations


class AssistantError(Exception):
    """Base class: the message is meant for the user."""


class ConfigError(AssistantError):
    """A setting or environment variable is wrong."""


class IngestError(AssistantError):
    """A file could not be ingested."""


class UnsupportedFileError(IngestError):
    """The file type has no loader."""


class StoreError(AssistantError):
    """The store could not be opened, read or written."""


class RetrievalError(AssistantError):
    """Searching the store failed."""


class AnswerError(AssistantError):
    """Answering failed."""


class EvalError(AssistantError):
    """An evaluation dataset or run is invalid."""
