"""``tcdlcl eval`` and ``tcdlcl bench``: thin click shells over :mod:`eval.runner` and :mod:`eval.bench`.

The lead attaches them to the ``tcdlcl`` group (``cli.add_command(eval_command)``). The service is
built from ``Settings()`` by :func:`assistant.wiring.build_service`, imported inside the commands.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from assistant.errors import AssistantError, EvalError
from eval.dataset import bundled_splits


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(1)


def _build(**overrides: Any) -> Any:
    from assistant.settings import Settings, offline_environment

    offline_environment()
    from assistant.wiring import build_service

    return build_service(Settings(**overrides))


def _run_eval(dataset: Path | None, split: str, out: Path, baseline: bool, limit: int | None, gate: bool, thresholds: Path | None, progress: bool) -> dict[str, Any]:
    from eval.dataset import bundled_corpus, bundled_dataset_path, load_dataset
    from eval.gate import check_gate, load_thresholds
    from eval.report import ReportWriter
    from eval.runner import run_eval

    path = dataset or bundled_dataset_path(split)
    items = load_dataset(path)[: limit or None]
    limits = load_thresholds(thresholds) if gate else None  # a broken thresholds file fails early
    corpus = bundled_corpus(split) if dataset is None else None
    # a set with reports of its own gets a store of its own: the user's store is not filled with test reports
    service = _build(store=out / f".store-{split}") if corpus is not None else _build()
    try:
        if corpus is not None:
            from assistant.settings import BUNDLED_REPORTS

            summary = service.ingest([BUNDLED_REPORTS, corpus])
            if not summary.ok:
                raise EvalError(f"indexing the reports of {split!r} failed:\n" + summary.render())
            # a report since taken out of the set (or renamed) would still answer from an earlier run's store
            kept = {r.doc_id for r in summary.results if r.doc_id}
            for doc in service.docs():
                if doc.doc_id not in kept:
                    service.delete(doc.doc_id)
        elif not service.docs():
            if dataset is not None:  # a dataset of your own is about your reports: they must be indexed
                raise EvalError("the store holds no report, so every answer would be an abstention: index the "
                                "reports first (`tcdlcl ingest PATH`), or point TCDLCL_STORE at a filled store")
            from assistant.settings import BUNDLED_REPORTS

            click.echo(f"the store is empty: indexing the bundled reports ({BUNDLED_REPORTS}) first", err=True)
            summary = service.ingest([BUNDLED_REPORTS])
            if not summary.ok:
                raise EvalError("indexing the bundled reports failed:\n" + summary.render())
        runs = [run_eval(service, items, name="assistant", progress=progress)]
    finally:
        service.close()
    if baseline:
        from eval.baseline import NaiveRAG

        runs.append(run_eval(NaiveRAG(), items, name="baseline", progress=progress))
    violations = check_gate(runs[0].metrics, limits) if limits is not None else None
    files = ReportWriter().write(runs, out, dataset=str(path), gate=violations)
    return {"dataset": str(path), "runs": runs, "violations": violations, "files": files}


@click.command("eval")
@click.option("--dataset", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="JSONL dataset (default: the bundled one).")
@click.option("--split", type=click.Choice(bundled_splits()), default="dev", show_default=True,
              help="Bundled dataset without --dataset (the folders of eval/data/): dev, dev2, heldout, dev3 are tuned on; "
                   "heldout2 and the newdocs sets were blind when written. Sets with their own reports (dev3, newdocs*) "
                   "index them in a store under --out.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("eval-out"), show_default=True, help="Folder for report.json, report.md and the charts.")
@click.option("--baseline", is_flag=True, help="Also run the naive LangChain-tutorial pipeline, side by side.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N questions.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON instead of the table.")
@click.option("--gate", is_flag=True, help="Check the thresholds (eval/thresholds.json); exit 1 when one is crossed.")
@click.option("--thresholds", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None, help="Another thresholds file for --gate.")
def eval_command(dataset: Path | None, split: str, out: Path, baseline: bool, limit: int | None, as_json: bool, gate: bool, thresholds: Path | None) -> None:
    """Evaluate the assistant on a question set: accuracy, wrong answers, abstention, citations, retrieval, latency."""
    from eval.report import render_table

    try:
        result = _run_eval(dataset, split, out, baseline, limit, gate, thresholds, progress=sys.stderr.isatty() and not as_json)
    except AssistantError as exc:
        _fail(str(exc))
        return
    runs, violations = result["runs"], result["violations"]
    if as_json:
        payload = {
            "dataset": result["dataset"],
            "out": str(out),
            "gate": {"checked": violations is not None, "violations": violations or []},
            "runs": [{"system": r.system, "metrics": r.metrics, "failures": [f["id"] for f in r.failures]} for r in runs],
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        click.echo(render_table(runs))
        click.echo(f"\nreport: {result['files']['markdown']}  ({result['files']['json']})")
        if violations is not None:
            click.echo("gate: " + ("passed" if not violations else "FAILED\n  " + "\n  ".join(violations)))
    if violations:
        sys.exit(1)


@click.command("bench")
@click.argument("mode", type=click.Choice(["ingest", "ask", "all", "legacy"]), default="all", required=False)
@click.option("--legacy-dir", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None, help="With `legacy`: folder of NAME.pdf + NAME.groundtruth.txt pairs (default: the bundled legacy fixtures).")
@click.option("--chunks", type=click.IntRange(0, 1_000_000), multiple=True, default=(20_000,), show_default=True, help="Size of a synthetic corpus in chunks (repeatable; 0 = bundled corpus only).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("bench-out"), show_default=True, help="Folder for bench.json and latency_vs_size.png.")
@click.option("--questions", type=click.IntRange(1, 10_000), default=50, show_default=True, help="Timed questions per corpus.")
@click.option("--server/--no-server", default=None, help="Put synthetic corpora in a `chroma run` server (default: from 200,000 chunks).")
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path), default=None, help="Keep the generated corpora and stores here (default: a temporary folder, removed).")
@click.option("--json", "as_json", is_flag=True, help="Print bench.json instead of the table.")
def bench_command(mode: str, legacy_dir: Path | None, chunks: tuple[int, ...], out: Path, questions: int, server: bool | None, workdir: Path | None, as_json: bool) -> None:
    """Ingest throughput and memory, reopen time, answer latency on the bundled and synthetic corpora;
    `legacy`: legacy-font PDF extraction scored against transcripts."""
    from eval.bench import Bench

    if mode == "legacy":
        from eval.legacy_bench import DEFAULT_DIR, render, run_legacy_bench

        try:
            result = run_legacy_bench(legacy_dir or DEFAULT_DIR, out)
        except AssistantError as exc:
            _fail(str(exc))
            return
        click.echo(json.dumps(result, ensure_ascii=False, indent=2) if as_json else render(result))
        return

    def factory(store: Path, chroma_url: str | None, collection: str) -> Any:
        return _build(store=store, chroma_url=chroma_url, collection=collection)

    try:
        from assistant.settings import Settings

        bench = Bench(factory, mode=mode, chunks=chunks, questions=questions, server=server, chars_per_chunk=Settings().chunk_chars)
        payload = bench.run(out, workdir)
    except (AssistantError, ValueError, RuntimeError) as exc:
        _fail(str(exc))
        return
    table = payload.pop("table")
    click.echo(json.dumps(payload, ensure_ascii=False, indent=2) if as_json else table)
    if not as_json:
        click.echo(f"\nwritten: {out / 'bench.json'}, {out / 'latency_vs_size.png'}")
