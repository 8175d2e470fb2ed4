"""``tcdlcl`` — the command line: a thin shell over :class:`assistant.service.AssistantService`."""

from __future__ import annotations

import functools
import json
import logging
import sys
from pathlib import Path
from typing import Any, Callable

import click

from assistant.errors import AssistantError
from assistant.settings import Settings, offline_environment


def _service(ctx: click.Context):  # noqa: ANN202
    obj = ctx.ensure_object(dict)
    if "service" not in obj:
        from assistant.wiring import build_service

        obj["service"] = build_service(obj.get("settings") or Settings())
    return obj["service"]


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except AssistantError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log what happens.")
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """tcdlcl-assistant: questions in Vietnamese over the TCĐLCL activity reports, answered with citations."""
    offline_environment()
    logging.basicConfig(level=logging.INFO if verbose else logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    try:
        ctx.ensure_object(dict)["settings"] = Settings()
    except Exception as exc:  # pydantic validation of TCDLCL_* variables
        raise click.UsageError(f"bad configuration: {exc}") from exc


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--year", type=int, help="Override the detected report year.")
@click.option("--title", help="Override the detected title.")
@click.option("--delete", "delete_ids", multiple=True, metavar="DOC_ID", help="Remove an indexed report (repeatable).")
@click.option("--if-empty", is_flag=True, help="Only ingest when the store holds no report (used by `make run`).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
@handle_errors
def ingest(ctx: click.Context, paths: tuple[Path, ...], year: int | None, title: str | None,
           delete_ids: tuple[str, ...], if_empty: bool, as_json: bool) -> None:
    """Index report files or folders (.pdf .txt .md .docx .html)."""
    if not paths and not delete_ids:
        raise click.UsageError("give at least one file or folder, or --delete DOC_ID")
    if year is not None and not (1900 <= year <= 2100):
        raise click.UsageError("--year must be a year such as 2021")
    service = _service(ctx)
    failed = False
    for doc_id in delete_ids:
        r = service.delete(doc_id)
        click.echo(f"deleted {r.doc_id} ({r.chunks_removed} chunks removed)")
    if not paths:
        return
    if if_empty and service.docs():
        click.echo("store already has reports: nothing to do")
        return
    bar = None
    if sys.stderr.isatty() and not as_json:
        from tqdm import tqdm

        bar = tqdm(total=0, unit="file", file=sys.stderr, desc="ingest")

    def progress(i: int, n: int, name: str) -> None:
        if bar is not None:
            bar.total = n
            bar.n = i
            bar.set_postfix_str(Path(name).name[:40] if name else "")
            bar.refresh()

    summary = service.ingest(list(paths), year=year, title=title, progress=progress)
    if bar is not None:
        bar.close()
    if as_json:
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    else:
        for r in summary.results:
            if r.status != "failed":
                click.echo(f"{r.status:9} {r.doc_id}  [{r.year}] {r.title or ''}  (+{r.chunks_added}/-{r.chunks_removed})")
        click.echo(summary.render())
    failed = not summary.ok
    sys.exit(1 if failed else 0)


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@handle_errors
def docs(ctx: click.Context, as_json: bool) -> None:
    """List the indexed reports."""
    items = _service(ctx).docs()
    if as_json:
        click.echo(json.dumps([d.to_dict() for d in items], ensure_ascii=False, indent=2))
        return
    if not items:
        click.echo("no reports indexed yet: run `tcdlcl ingest PATH`")
        return
    for d in items:
        enc = f"  encoding repaired: {d.encoding}" if d.encoding else ""
        ocr = f"  OCR pages: {d.ocr_pages}" if d.ocr_pages else ""
        click.echo(f"{d.doc_id}\n  title: {d.title}\n  year: {d.year}  date: {d.date or '-'}  author: {d.author or '-'}\n"
                   f"  source: {d.source}  chunks: {d.chunks}{enc}{ocr}")


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.pass_context
@handle_errors
def extract(ctx: click.Context, file: Path) -> None:
    """Print the normalised text that ingestion would index from FILE."""
    from assistant.errors import IngestError
    from ingest.pipeline import DocumentReader

    try:
        text = DocumentReader().read(file).text
    except IngestError as exc:
        raise IngestError(f"{file}: {exc}") from exc
    click.echo(text)


def _read_stdin_lines():  # noqa: ANN202
    for line in sys.stdin:
        line = line.strip()
        if line:
            yield line


@cli.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True)
@click.option("--year", type=int)
@click.option("--doc", "doc_id", help="Restrict to one report id.")
@click.option("--top-k", type=click.IntRange(1, 100))
@click.pass_context
@handle_errors
def ask(ctx: click.Context, question: str, as_json: bool, year: int | None, doc_id: str | None, top_k: int | None) -> None:
    """Answer QUESTION; `-` reads one question (or JSON object with history) per line."""
    from assistant.models import Turn

    service = _service(ctx)

    def one(q: str, history: list[Turn]) -> dict:
        a = service.ask(q, history=history, year=year, doc_id=doc_id, top_k=top_k)
        return a.to_dict()

    if question == "-":
        for line in _read_stdin_lines():
            try:
                if line.startswith("{"):
                    obj = json.loads(line)
                    hist = [Turn(t["role"], t["content"]) for t in obj.get("history") or []]
                    out = one(str(obj.get("question", "")), hist)
                else:
                    out = one(line, [])
            except (AssistantError, json.JSONDecodeError, KeyError, TypeError) as exc:
                out = {"question": line, "error": str(exc)}
            click.echo(json.dumps(out, ensure_ascii=False))
            sys.stdout.flush()
        return
    result = one(question, [])
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    click.echo(result["answer"])
    for c in result["citations"]:
        where = f"{c['source']}" + (f", trang {c['page']}" if c["page"] else "") + (f" — {c['section']}" if c["section"] else "")
        click.echo(f"  [{c['n']}] {c['title']} ({c['year']}) {where}\n      «{c['quote']}»")


@cli.command()
@click.argument("query")
@click.option("--json", "as_json", is_flag=True)
@click.option("--year", type=int)
@click.option("--doc", "doc_id")
@click.option("--top-k", type=click.IntRange(1, 100), default=8)
@click.pass_context
@handle_errors
def search(ctx: click.Context, query: str, as_json: bool, year: int | None, doc_id: str | None, top_k: int) -> None:
    """The ranked passages the answerer would read; `-` reads one query per line."""
    service = _service(ctx)
    if query == "-":
        for line in _read_stdin_lines():
            rows = [p.to_dict() for p in service.search(line, year=year, doc_id=doc_id, top_k=top_k)]
            click.echo(json.dumps(rows, ensure_ascii=False))
            sys.stdout.flush()
        return
    rows = service.search(query, year=year, doc_id=doc_id, top_k=top_k)
    if as_json:
        click.echo(json.dumps([p.to_dict() for p in rows], ensure_ascii=False, indent=2))
        return
    for i, p in enumerate(rows, 1):
        click.echo(f"{i}. [{p.score:.3f}] {p.source} ({p.year}) {p.section or ''}\n   {p.text[:300]}")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=7860, show_default=True, type=int)
@click.pass_context
@handle_errors
def chat(ctx: click.Context, host: str, port: int) -> None:
    """Open the Gradio chat page."""
    from ui.app import launch

    launch(_service(ctx), ctx.obj["settings"], host=host, port=port)


def _attach_eval_commands() -> None:
    try:
        from eval.cli import bench_command, eval_command
    except ImportError:  # pragma: no cover - eval ships with the package
        return
    cli.add_command(eval_command, "eval")
    cli.add_command(bench_command, "bench")


_attach_eval_commands()


def main() -> None:
    cli(prog_name="tcdlcl")


if __name__ == "__main__":
    main()
