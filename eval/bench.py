"""Speed and scale: ingest throughput and memory, time to reopen the store, answer latency and memory.

Measured on the bundled reports and on synthetic corpora made from them (:class:`SyntheticCorpus`:
their paragraphs shuffled, numbers and years varied). Large corpora can live in a real Chroma
server (:class:`ChromaServer`). The service is built by a callable passed in, so the CLI wires the
real one and tests may wire anything with ``ingest``/``ask``/``docs``/``close``.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from assistant.numbers import find_quantities, format_vn_number
from eval.metrics import percentile

OPEN_QUERY = "kết quả hoạt động tiêu chuẩn đo lường chất lượng"


def bench_questions(n: int) -> list[str]:
    """``n`` questions, distinct as far as the bundled dev set goes (its standalone questions):
    asking the same question again would time the answerer's caches, not the answerer."""
    from eval.dataset import bundled_dataset_path, load_dataset

    pool = [item.question for item in load_dataset(bundled_dataset_path("dev")) if not item.history]
    return [pool[i % len(pool)] for i in range(n)]


TARGETS = {"ingest_chunks_per_s_min": 150.0, "reopen_s_max": 1.0, "bundled_p50_ms_max": 50.0, "bundled_p95_ms_max": 150.0, "p95_ms_max_at_20000": 300.0}
SERVER_FROM_CHUNKS = 200_000
REPORT_YEARS = (2021, 2016)


class BenchService(Protocol):
    def ingest(self, paths: list[Path]) -> Any: ...
    def ask(self, question: str) -> Any: ...
    def search(self, query: str) -> list[Any]: ...
    def docs(self) -> list[Any]: ...
    def close(self) -> None: ...


# (store folder, Chroma URL or None, collection name) -> a fresh service on that store
ServiceFactory = Callable[[Path, str | None, str], BenchService]


# ------------------------------------------------------------------ synthetic corpora


class SyntheticCorpus:
    """Writes report-like ``.txt`` files holding about ``chunks × chars_per_chunk`` characters."""

    def __init__(self, chunks: int, *, chars_per_chunk: int = 700, docs: int | None = None, seed: int = 0, sources: Sequence[Path] | None = None) -> None:
        if chunks < 1 or chars_per_chunk < 50:
            raise ValueError("chunks must be ≥ 1 and chars_per_chunk ≥ 50")
        self.chunks, self.chars_per_chunk, self.seed = chunks, chars_per_chunk, seed
        self.docs = docs or max(1, min(10_000, chunks // 100))
        self.sources = list(sources) if sources else None

    def _templates(self) -> list[list[tuple[str, str]]]:
        """Each source paragraph as segments: ("", literal text) or (kind, number text) slots."""
        from eval.baseline import bundled_reports

        templates = []
        for path in self.sources or bundled_reports():
            for para in path.read_text(encoding="utf-8").splitlines():
                para = para.strip()
                if len(para) < 20:
                    continue
                segments, pos = [], 0
                for q in find_quantities(para):
                    if q.kind in ("number", "percent", "year"):
                        segments += [("", para[pos : q.start]), (q.kind, q.text)]
                        pos = q.end
                templates.append([*segments, ("", para[pos:])])
        return templates

    @staticmethod
    def _fill(template: list[tuple[str, str]], year: int, rng: random.Random) -> str:
        out = []
        for kind, text in template:
            if kind == "year":
                out.append(str(year + rng.choice((-1, 0, 0, 1))))
            elif kind in ("number", "percent"):
                head = re.match(r"[\d.,]*\d", text)
                digits = min(sum(ch.isdigit() for ch in head.group(0)), 7) if head else 1
                number = format_vn_number(round(rng.uniform(0.1, 99.9), 1) if kind == "percent" else round(rng.uniform(1, 10**digits)))
                out.append(number + (text[head.end() :] if head else ""))  # keeps "%", " nghìn", " phần trăm"
            else:
                out.append(text)
        return "".join(out)

    def generate(self, out_dir: Path) -> list[Path]:
        rng = random.Random(self.seed)
        templates = self._templates()
        out_dir.mkdir(parents=True, exist_ok=True)
        per_doc = self.chunks * self.chars_per_chunk // self.docs
        others = [y for y in range(2005, 2026) if y not in REPORT_YEARS]
        rng.shuffle(others)
        years = [*REPORT_YEARS, *others]  # the years the bench questions ask about come first
        paths = []
        for i in range(self.docs):
            year = years[i % len(years)]
            lines = [f"Tổng cục TCĐLCL: tổng kết công tác năm {year} (báo cáo tổng hợp số {i + 1})", ""]
            size = 0
            while size < per_doc:
                para = self._fill(rng.choice(templates), year, rng)
                sentences = para.split(". ")
                rng.shuffle(sentences)
                para = ". ".join(sentences)
                lines.append(para)
                size += len(para) + 1
            path = out_dir / f"synthetic_{i:05d}_{year}.txt"
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            paths.append(path)
        return paths


# ------------------------------------------------------------------ measuring


class PeakMemory:
    """Samples the resident memory of this process and its children in a thread (MiB)."""

    def __init__(self, interval_s: float = 0.05) -> None:
        self.interval_s = interval_s
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _sample(self) -> float:
        import psutil

        me = psutil.Process()
        total = me.memory_info().rss
        for child in me.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                total += child.memory_info().rss
        return total / 2**20

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, self._sample())
            self._stop.wait(self.interval_s)

    def __enter__(self) -> PeakMemory:
        self.peak_mb = self._sample()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()
        self.peak_mb = max(self.peak_mb, self._sample())


class ChromaServer:
    """``chroma run`` on a free local port for the duration of a ``with`` block; yields its URL."""

    def __init__(self, path: Path, *, port: int | None = None, startup_timeout_s: float = 60.0) -> None:
        self.path, self.port, self.timeout = path, port, startup_timeout_s
        self.proc: subprocess.Popen[bytes] | None = None

    def healthy(self, url: str) -> bool:
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as response:
                return response.status == 200
        except OSError:
            return False

    def __enter__(self) -> str:
        if self.port is None:
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                self.port = s.getsockname()[1]
        url = f"http://127.0.0.1:{self.port}"
        local = Path(sys.executable).with_name("chroma")  # the venv's CLI, else the one on PATH
        cmd = [str(local) if local.exists() else (shutil.which("chroma") or "chroma"), "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + self.timeout
        while not self.healthy(url):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.__exit__()
                raise RuntimeError(f"the Chroma server did not start: {' '.join(cmd)}")
            time.sleep(0.2)
        return url

    def __exit__(self, *exc: object) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=10)
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@dataclass
class CorpusResult:
    corpus: str
    docs: int
    chunks: int = 0
    server: bool = False
    ingest_s: float | None = None
    ingest_chunks_per_s: float | None = None
    ingest_peak_mb: float | None = None
    failed_files: int = 0
    reopen_s: float | None = None
    first_ask_ms: float | None = None
    ask_n: int = 0
    ask_distinct: int = 0
    ask_p50_ms: float | None = None
    ask_p95_ms: float | None = None
    ask_peak_mb: float | None = None


class CorpusBench:
    """Ingests one corpus into a fresh store, reopens it, and times questions on it."""

    def __init__(self, factory: ServiceFactory, *, questions: int = 50, ask: bool = True, log: Callable[[str], None] | None = None) -> None:
        self.factory, self.questions, self.ask = factory, questions, ask
        self.log = log or (lambda msg: print(msg, file=sys.stderr))

    def run(self, name: str, paths: list[Path], store: Path, *, chroma_url: str | None = None) -> CorpusResult:
        result = CorpusResult(name, docs=len(paths), server=chroma_url is not None)
        collection = f"bench-{name}-{os.getpid()}"[:60]
        self.log(f"[{name}] ingesting {len(paths)} files …")
        service = self.factory(store, chroma_url, collection)
        try:
            with PeakMemory() as mem:
                t0 = time.perf_counter()
                summary = service.ingest(paths)
                result.ingest_s = time.perf_counter() - t0
            result.chunks = int(summary.chunks_added)
            result.failed_files = len(summary.failed)
            result.ingest_chunks_per_s = result.chunks / result.ingest_s if result.ingest_s else None
            result.ingest_peak_mb = mem.peak_mb
        finally:
            service.close()
        self.log(f"[{name}] {result.chunks} chunks in {result.ingest_s:.1f} s")
        t0 = time.perf_counter()
        service = self.factory(store, chroma_url, collection)
        try:  # reopened = ready to search: store, lexical index and embedding model loaded
            service.docs()
            service.search(OPEN_QUERY)
            result.reopen_s = time.perf_counter() - t0
            if self.ask:
                self._ask(service, result)
        finally:
            service.close()
        return result

    def _ask(self, service: BenchService, result: CorpusResult) -> None:
        first, *questions = bench_questions(self.questions + 1)
        t0 = time.perf_counter()
        service.ask(first)
        result.first_ask_ms = (time.perf_counter() - t0) * 1e3
        times = []
        with PeakMemory() as mem:
            for question in questions:
                t0 = time.perf_counter()
                service.ask(question)
                times.append((time.perf_counter() - t0) * 1e3)
        result.ask_n, result.ask_distinct, result.ask_peak_mb = len(times), len(set(questions)), mem.peak_mb
        result.ask_p50_ms, result.ask_p95_ms = percentile(times, 50), percentile(times, 95)
        self.log(f"[{result.corpus}] ask p50 {result.ask_p50_ms:.0f} ms, p95 {result.ask_p95_ms:.0f} ms")


# ------------------------------------------------------------------ the whole bench and its outputs


def target_checks(results: Sequence[CorpusResult], requested: dict[str, int]) -> list[dict[str, Any]]:
    """The targets of the issue, each with the measured value and PASS/FAIL."""
    checks: list[dict[str, Any]] = []

    def add(name: str, value: float | None, ok: bool) -> None:
        if value is not None:
            checks.append({"check": name, "value": round(value, 2), "pass": ok})

    for r in results:
        if r.ingest_chunks_per_s is not None:
            add(f"{r.corpus}: ingest ≥ {TARGETS['ingest_chunks_per_s_min']:.0f} chunks/s", r.ingest_chunks_per_s, r.ingest_chunks_per_s >= TARGETS["ingest_chunks_per_s_min"])
        if r.reopen_s is not None:
            add(f"{r.corpus}: reopen < {TARGETS['reopen_s_max']} s", r.reopen_s, r.reopen_s < TARGETS["reopen_s_max"])
        if r.corpus == "bundled" and r.ask_p50_ms is not None:
            add("bundled: ask p50 ≤ 50 ms", r.ask_p50_ms, r.ask_p50_ms <= TARGETS["bundled_p50_ms_max"])
            add("bundled: ask p95 ≤ 150 ms", r.ask_p95_ms, (r.ask_p95_ms or 0) <= TARGETS["bundled_p95_ms_max"])
        if r.corpus != "bundled" and r.ask_p95_ms is not None and requested.get(r.corpus, 0) <= 20_000:
            add(f"{r.corpus}: ask p95 ≤ 300 ms", r.ask_p95_ms, r.ask_p95_ms <= TARGETS["p95_ms_max_at_20000"])
    return checks


def render_bench_table(results: Sequence[CorpusResult], checks: Sequence[dict[str, Any]]) -> str:
    cols = [("corpus", "corpus"), ("chunks", "chunks"), ("ingest/s", "ingest_chunks_per_s"), ("ingest MB", "ingest_peak_mb"), ("reopen s", "reopen_s"), ("1st ask ms", "first_ask_ms"), ("p50 ms", "ask_p50_ms"), ("p95 ms", "ask_p95_ms"), ("ask MB", "ask_peak_mb")]

    def cell(v: Any, key: str) -> str:
        if v is None:
            return "—"
        return f"{v:.2f}" if key == "reopen_s" else (f"{v:.0f}" if isinstance(v, float) else str(v))

    rows = [[h for h, _ in cols]] + [[cell(getattr(r, k), k) + ("*" if k == "corpus" and r.server else "") for _, k in cols] for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(len(cols))]
    lines = ["  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    if any(r.server for r in results):
        lines.append("* in a Chroma server")
    lines += ["", f"targets (measured on {os.cpu_count()} cores; the targets assume 2):"]
    lines += [f"  {'PASS' if c['pass'] else 'FAIL'}  {c['check']}: {c['value']}" for c in checks]
    return "\n".join(lines)


def plot_latency(results: Sequence[CorpusResult], path: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pts = sorted((r.chunks, r.ask_p50_ms, r.ask_p95_ms) for r in results if r.ask_p50_ms is not None and r.chunks)
    fig, ax = plt.subplots(figsize=(7, 4))
    if pts:
        ax.plot([p[0] for p in pts], [p[1] for p in pts], "o-", label="p50")
        ax.plot([p[0] for p in pts], [p[2] for p in pts], "s-", label="p95")
        ax.set_xscale("log")
        ax.legend()
    ax.set(xlabel="corpus size (chunks)", ylabel="answer latency (ms)", title="Answer latency against corpus size")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


class Bench:
    """Runs :class:`CorpusBench` on the bundled corpus and on synthetic corpora; writes the outputs."""

    def __init__(self, factory: ServiceFactory, *, mode: str = "all", chunks: Sequence[int] = (20_000,), questions: int = 50, server: bool | None = None, chars_per_chunk: int = 700, log: Callable[[str], None] | None = None) -> None:
        if mode not in ("ingest", "ask", "all"):
            raise ValueError("mode must be ingest, ask or all")
        if any(n < 0 or n > 1_000_000 for n in chunks):
            raise ValueError("--chunks must be between 0 and 1,000,000")
        self.factory, self.chunks, self.server, self.chars_per_chunk = factory, [n for n in chunks if n], server, chars_per_chunk
        self.imports_s = 0.0
        self.corpus_bench = CorpusBench(factory, questions=questions, ask=mode != "ingest", log=log)

    def run(self, out_dir: Path, work_dir: Path | None = None) -> dict[str, Any]:
        from eval.baseline import bundled_reports

        out_dir.mkdir(parents=True, exist_ok=True)
        work = Path(work_dir) if work_dir else Path(tempfile.mkdtemp(prefix="tcdlcl-bench-"))
        results, requested = [], {}
        t0 = time.perf_counter()  # process start-up is not ingest throughput: import the heavy libraries first
        for module in ("chromadb", "sentence_transformers"):
            with contextlib.suppress(ImportError):
                importlib.import_module(module)
        self.imports_s = time.perf_counter() - t0
        try:
            bundled = self.corpus_bench.run("bundled", bundled_reports(), work / "store-bundled")
            results.append(bundled)
            chars = sum(len(p.read_text(encoding="utf-8")) for p in bundled_reports())
            per_chunk = chars // bundled.chunks if bundled.chunks else self.chars_per_chunk
            for n in self.chunks:
                name = f"synthetic-{n}"
                requested[name] = n
                paths = SyntheticCorpus(n, chars_per_chunk=per_chunk).generate(work / name)
                use_server = self.server if self.server is not None else n >= SERVER_FROM_CHUNKS
                with ChromaServer(work / f"{name}-chroma") if use_server else contextlib.nullcontext() as url:
                    results.append(self.corpus_bench.run(name, paths, work / f"store-{name}", chroma_url=url))
        finally:
            if not work_dir:
                shutil.rmtree(work, ignore_errors=True)
        return self._write(results, requested, out_dir)

    def _write(self, results: list[CorpusResult], requested: dict[str, int], out_dir: Path) -> dict[str, Any]:
        import json
        import platform

        checks = target_checks(results, requested)
        machine = {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(), "imports_s": round(self.imports_s, 2)}
        payload = {"machine": machine, "targets": TARGETS, "results": [asdict(r) for r in results], "checks": checks}
        (out_dir / "bench.json").write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
        plot_latency(results, out_dir / "latency_vs_size.png")
        payload["table"] = render_bench_table(results, checks)
        return payload
