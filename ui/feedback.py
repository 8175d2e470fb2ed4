"""👍/👎 feedback from the chat page, appended as JSON lines for the team to review.

One line per rating: ``{"time", "rating", "comment", "question", "answer", "abstained", "value",
"citations", "filters"}``. Appends are serialised by a lock inside the process and by ``flock``
between processes sharing the file, so concurrent ratings never interleave.
"""

from __future__ import annotations

import json
import os
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from assistant.models import Answer

try:  # POSIX; elsewhere the in-process lock alone is used
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

Rating = Literal["up", "down"]


class FeedbackLog:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    @staticmethod
    def record(answer: Answer, rating: Rating, comment: str | None = None,
               filters: dict[str, Any] | None = None) -> dict[str, Any]:
        if rating not in ("up", "down"):
            raise ValueError(f"rating must be 'up' or 'down', not {rating!r}")
        data = answer.to_dict()
        return {
            "time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "rating": rating,
            "comment": (comment or "").strip() or None,
            "question": data["question"],
            "answer": data["answer"],
            "abstained": data["abstained"],
            "value": data["value"],
            "citations": [{k: v for k, v in c.items() if k != "passage"} for c in data["citations"]],
            "filters": filters or {},
        }

    def append(self, answer: Answer, rating: Rating, comment: str | None = None,
               filters: dict[str, Any] | None = None) -> dict[str, Any]:
        """Writes one line and returns what was written."""
        rec = self.record(answer, rating, comment, filters)
        line = json.dumps(rec, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                if fcntl is not None:
                    fcntl.flock(fh, fcntl.LOCK_EX)
                try:
                    fh.write(line)
                    fh.flush()
                    os.fsync(fh.fileno())
                finally:
                    if fcntl is not None:
                        fcntl.flock(fh, fcntl.LOCK_UN)
        return rec

    def read(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        with self.path.open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
