"""What the answering tests read off an answer."""

from __future__ import annotations


def number(a) -> float | None:  # noqa: ANN001 - an Answer
    """The answer's value as a number; None when it gives no value."""
    return a.value.number if a.value is not None else None
