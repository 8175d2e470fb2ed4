"""The regression gate: metrics of a run checked against thresholds kept in ``eval/thresholds.json``.

The file maps a metric name (as in ``report.json``; nested names with dots, e.g. ``latency_ms.p95``)
to ``{"min": x}`` and/or ``{"max": y}``. Keys starting with ``_`` are comments. A metric that could
not be measured on the dataset (None, e.g. abstention recall without unanswerable questions) is not
a violation; a metric name that does not exist is, so that a typo cannot switch a check off.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assistant.errors import EvalError

THRESHOLDS_PATH = Path(__file__).with_name("thresholds.json")
_MISSING = object()


def load_thresholds(path: Path | str | None = None) -> dict[str, dict[str, float]]:
    """Read and validate a thresholds file (default: the one in the repository)."""
    path = Path(path) if path else THRESHOLDS_PATH
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvalError(f"cannot read gate thresholds {path}: {exc}") from exc
    thresholds = {k: v for k, v in raw.items() if not k.startswith("_")}
    for name, bounds in thresholds.items():
        if not isinstance(bounds, dict) or not bounds or set(bounds) - {"min", "max"}:
            raise EvalError(f"{path}: threshold {name!r} must be an object with 'min' and/or 'max'")
        if not all(isinstance(v, (int, float)) for v in bounds.values()):
            raise EvalError(f"{path}: threshold {name!r} bounds must be numbers")
    return thresholds


def _lookup(metrics: dict[str, Any], name: str) -> Any:
    if "." not in name:
        return metrics.get(name, _MISSING)
    head, _, rest = name.partition(".")
    return _lookup(metrics[head], rest) if isinstance(metrics.get(head), dict) else _MISSING


def check_gate(metrics: dict[str, Any], thresholds: dict[str, dict[str, float]]) -> list[str]:
    """The violations of ``thresholds`` by ``metrics``, as readable lines; empty when the gate passes."""
    violations: list[str] = []
    for name, bounds in thresholds.items():
        value = _lookup(metrics, name)
        if value is _MISSING:
            violations.append(f"{name}: no such metric (check eval/thresholds.json)")
            continue
        if value is None:
            continue
        if "min" in bounds and value < bounds["min"]:
            violations.append(f"{name} = {value:.3f} is below the minimum {bounds['min']}")
        if "max" in bounds and value > bounds["max"]:
            violations.append(f"{name} = {value:.3f} is above the maximum {bounds['max']}")
    return violations
