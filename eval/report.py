"""Showing an evaluation: the console table, ``report.json``, ``report.md`` and PNG charts.

One or more :class:`eval.runner.EvalRun` are shown side by side (the assistant first, then the
baseline when it ran); failures are listed for the first run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eval.metrics import KINDS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from eval.runner import EvalRun

# (label, metric key, format): the rows of the table, in order
ROWS: list[tuple[str, str, str]] = [
    ("questions", "n", "int"),
    ("accuracy (all kinds)", "accuracy", "pct"),
    ("numeric accuracy", "numeric_accuracy", "pct"),
    ("numeric accuracy, value only", "numeric_accuracy_strict", "pct"),
    ("wrong-answer rate (answerable)", "wrong_answer_rate", "pct"),
    ("abstention precision", "abstention_precision", "pct"),
    ("abstention recall", "abstention_recall", "pct"),
    ("citation support", "citation_support", "pct"),
    ("retrieval hit@1", "hit@1", "pct"),
    ("retrieval hit@5", "hit@5", "pct"),
    ("retrieval MRR", "mrr", "float"),
    ("latency p50 (ms)", "latency_ms.p50", "ms"),
    ("latency p95 (ms)", "latency_ms.p95", "ms"),
    ("errors", "errors", "int"),
]


def metric(metrics: dict[str, Any], key: str) -> Any:
    """``metric(m, "latency_ms.p50")`` reads nested keys; missing → None."""
    value: Any = metrics
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def fmt(value: Any, style: str) -> str:
    if value is None:
        return "—"
    if style == "pct":
        return f"{100 * value:.1f}%"
    if style == "float":
        return f"{value:.3f}"
    if style == "ms":
        return f"{value:.0f}"
    return str(value)


def _short(value: Any, width: int) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _got(record: dict[str, Any]) -> str:
    if record.get("error"):
        return f"ERROR {record['error']}"
    if record["abstained"]:
        return "(abstained)"
    value = record.get("value")
    if value and (value.get("number") is not None or value.get("text")):
        return str(value["number"] if value.get("number") is not None else value["text"])
    return record.get("answer") or ""


def _kind_rows(runs: Sequence[EvalRun]) -> list[tuple[str, list[str]]]:
    rows = []
    for kind in KINDS:
        cells = []
        for run in runs:
            k = run.metrics["by_kind"].get(kind)
            cells.append(f"{k['correct']}/{k['n']} ({100 * k['accuracy']:.0f}%)" if k else "—")
        if any(c != "—" for c in cells):
            rows.append((f"  {kind}", cells))
    return rows


def _grid(runs: Sequence[EvalRun]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    header = ["metric", *[r.system for r in runs]]
    rows = [(label, [fmt(metric(r.metrics, key), style) for r in runs]) for label, key, style in ROWS]
    rows[2:2] = [("accuracy by kind", ["" for _ in runs]), *_kind_rows(runs)]
    return header, rows


def render_table(runs: Sequence[EvalRun], *, max_failures: int = 40, width: int = 60) -> str:
    """A compact plain-text table of the runs side by side, then the first run's failures."""
    header, rows = _grid(runs)
    widths = [max(len(header[0]), *(len(label) for label, _ in rows))]
    widths += [max(len(header[i + 1]), *(len(cells[i]) for _, cells in rows)) for i in range(len(runs))]

    def line(cols: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cols, widths, strict=True)))

    out = [line(header), line(["-" * w for w in widths])]
    out += [line([label, *cells]) for label, cells in rows]
    if runs:
        failures = runs[0].failures
        out.append("")
        out.append(f"failures of {runs[0].system}: {len(failures)} (WRONG = answered, not right)")
        for r in failures[:max_failures]:
            tag = "WRONG" if r["wrong"] else ("ERROR" if r.get("error") else "MISS ")
            out.append(
                f"  {tag} {r['id']} [{r['kind']}] {_short(r['question'], width)}\n"
                f"        gold: {_short(r['gold'], width)} | got: {_short(_got(r), width)}"
            )
        if len(failures) > max_failures:
            out.append(f"  … and {len(failures) - max_failures} more (see report.md)")
    return "\n".join(out)


def render_markdown(runs: Sequence[EvalRun], *, dataset: str = "", charts: Sequence[str] = ()) -> str:
    """``report.md``: the metrics table, every run's failures, and the charts."""
    header, rows = _grid(runs)
    out = ["# tcdlcl evaluation", ""]
    if dataset:
        out += [f"Dataset: `{dataset}`", ""]
    out.append("| " + " | ".join(header) + " |")
    out.append("| --- " * len(header) + "|")
    for label, cells in rows:
        name = "&nbsp;&nbsp;" + label.strip() if label.startswith("  ") else label
        out.append("| " + " | ".join([name, *cells]) + " |")
    out += ["", *[f"![{Path(c).stem}]({Path(c).name})" for c in charts], ""]
    for run in runs:
        out += [f"## Failures of {run.system} ({len(run.failures)})", ""]
        out += ["| id | kind | question | gold | got | cited |", "| --- | --- | --- | --- | --- | --- |"]
        for r in run.failures:
            cells = [r["id"] + (" **wrong**" if r["wrong"] else ""), r["kind"], _short(r["question"], 90), _short(r["gold"], 40), _short(_got(r), 90), fmt(r["cited_ok"], "str")]
            out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        out.append("")
    return "\n".join(out)


class ChartWriter:
    """PNG charts: accuracy by kind (runs side by side) and the latency histogram."""

    def write(self, runs: Sequence[EvalRun], out_dir: Path) -> list[Path]:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        paths = [out_dir / "accuracy_by_kind.png", out_dir / "latency.png"]
        kinds = [k for k in KINDS if any(k in r.metrics["by_kind"] for r in runs)]
        fig, ax = plt.subplots(figsize=(8, 4))
        width = 0.8 / max(1, len(runs))
        for i, run in enumerate(runs):
            acc = [100 * run.metrics["by_kind"].get(k, {}).get("accuracy", 0.0) for k in kinds]
            bars = ax.bar([x + i * width for x in range(len(kinds))], acc, width, label=run.system)
            ax.bar_label(bars, fmt="%.0f", fontsize=8)
        ax.set_xticks([x + width * (len(runs) - 1) / 2 for x in range(len(kinds))], kinds)
        ax.set_ylabel("accuracy (%)")
        ax.set_ylim(0, 105)
        ax.set_title("Accuracy by question kind")
        ax.legend()
        fig.tight_layout()
        fig.savefig(paths[0], dpi=110)
        plt.close(fig)

        fig, ax = plt.subplots(figsize=(8, 4))
        for run in runs:
            ms = [r["ms"] for r in run.records if r["ms"] is not None]
            if ms:
                ax.hist(ms, bins=30, alpha=0.6, label=f"{run.system} (p50 {run.metrics['latency_ms']['p50']:.0f} ms)")
        ax.set_xlabel("answer latency (ms)")
        ax.set_ylabel("questions")
        ax.set_title("Answer latency")
        ax.legend()
        fig.tight_layout()
        fig.savefig(paths[1], dpi=110)
        plt.close(fig)
        return paths


class ReportWriter:
    """Writes ``report.json``, ``report.md`` and the charts into one folder."""

    def write(self, runs: Sequence[EvalRun], out_dir: Path, *, dataset: str = "", gate: list[str] | None = None) -> dict[str, Path]:
        out_dir.mkdir(parents=True, exist_ok=True)
        charts = ChartWriter().write(runs, out_dir)
        payload = {"dataset": dataset, "gate": {"checked": gate is not None, "violations": gate or []}, "runs": [r.to_dict() for r in runs]}
        json_path = out_dir / "report.json"
        json_path.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
        md_path = out_dir / "report.md"
        md = render_markdown(runs, dataset=dataset, charts=[str(c) for c in charts])
        if gate is not None:
            md += "\n## Gate\n\n" + ("\n".join(f"- FAIL: {v}" for v in gate) if gate else "passed") + "\n"
        md_path.write_text(md, encoding="utf-8")
        return {"json": json_path, "markdown": md_path, **{c.stem: c for c in charts}}
