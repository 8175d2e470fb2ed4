"""The bench machinery (eval/bench.py): synthetic corpora, measurements, outputs."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from assistant.models import Answer, FileResult, IngestSummary
from assistant.numbers import quantities
from eval.baseline import bundled_reports
from eval.bench import Bench, ChromaServer, SyntheticCorpus
from ingest.normalize import normalize_text
from ingest.splitter import SentenceSplitter


def chunk_count(paths: list[Path], splitter: SentenceSplitter) -> int:
    return sum(len(splitter.split(normalize_text(p.read_text(encoding="utf-8")))) for p in paths)


def test_synthetic_corpus_has_about_the_requested_chunks(tmp_path: Path) -> None:
    splitter = SentenceSplitter(700, 1)
    reports = bundled_reports()
    per_chunk = sum(len(p.read_text(encoding="utf-8")) for p in reports) // chunk_count(reports, splitter)
    paths = SyntheticCorpus(1500, chars_per_chunk=per_chunk, seed=3).generate(tmp_path)
    assert len(paths) == 15
    assert 1500 * 0.8 <= chunk_count(paths, splitter) <= 1500 * 1.25


def test_synthetic_documents_vary_numbers_and_years(tmp_path: Path) -> None:
    a = SyntheticCorpus(200, docs=2, seed=1).generate(tmp_path / "a")
    b = SyntheticCorpus(200, docs=2, seed=1).generate(tmp_path / "b")
    c = SyntheticCorpus(200, docs=2, seed=2).generate(tmp_path / "c")
    text = a[0].read_text(encoding="utf-8")
    assert text == b[0].read_text(encoding="utf-8") != c[0].read_text(encoding="utf-8")
    year = int(a[0].stem.rsplit("_", 1)[1])
    assert text.startswith(f"Tổng cục TCĐLCL: tổng kết công tác năm {year}")
    source_numbers = {q.value for p in bundled_reports() for q in quantities(p.read_text(encoding="utf-8"))}
    generated = [q.value for q in quantities(text)]
    assert len(generated) > 20 and len(set(generated) - source_numbers) > len(generated) // 3


class SleepyService:
    """A stand-in service: counts one chunk per 500 characters, answers in about 3 ms."""

    def __init__(self, store: Path, chroma_url: str | None, collection: str) -> None:
        self.store = store

    def ingest(self, paths: list[Path]) -> IngestSummary:
        return IngestSummary([FileResult(str(p), "indexed", p.stem, chunks_added=len(p.read_text(encoding="utf-8")) // 500) for p in paths])

    def ask(self, question: str) -> Answer:
        time.sleep(0.003)
        return Answer(question, "…", True)

    def search(self, query: str) -> list[object]:
        return []

    def docs(self) -> list[object]:
        return []

    def close(self) -> None:
        pass


def test_bench_measures_and_writes_its_outputs(tmp_path: Path) -> None:
    payload = Bench(SleepyService, chunks=(300,), questions=8, log=lambda _: None).run(tmp_path / "out")
    bundled, synthetic = payload["results"]
    assert bundled["corpus"] == "bundled" and synthetic["corpus"] == "synthetic-300"
    assert bundled["chunks"] > 50 and synthetic["chunks"] > 0
    assert synthetic["ask_n"] == synthetic["ask_distinct"] == 8 and 3 <= synthetic["ask_p50_ms"] <= synthetic["ask_p95_ms"] < 200
    assert bundled["ingest_chunks_per_s"] > 0 and bundled["ingest_peak_mb"] > 10 and bundled["reopen_s"] < 1
    assert {c["check"] for c in payload["checks"]} >= {"bundled: ask p50 ≤ 50 ms", "synthetic-300: ask p95 ≤ 300 ms"}
    assert json.loads((tmp_path / "out" / "bench.json").read_text())["results"][1]["chunks"] == synthetic["chunks"]
    assert (tmp_path / "out" / "latency_vs_size.png").read_bytes()[:4] == b"\x89PNG"
    assert "synthetic-300" in payload["table"] and "PASS" in payload["table"]


def test_bench_rejects_sizes_out_of_range() -> None:
    with pytest.raises(ValueError, match="1,000,000"):
        Bench(SleepyService, chunks=(2_000_000,))


@pytest.mark.server
def test_chroma_server_starts_answers_and_stops(tmp_path: Path) -> None:
    server = ChromaServer(tmp_path / "chroma")
    with server as url:
        assert server.healthy(url)
        import chromadb

        client = chromadb.HttpClient(host="127.0.0.1", port=server.port)
        col = client.create_collection("bench-check", embedding_function=None)
        col.add(ids=["a"], embeddings=[[0.1, 0.2, 0.3]], documents=["x"])
        assert col.count() == 1
    assert server.proc is not None and server.proc.poll() is not None
    assert not server.healthy(url)


@pytest.mark.slow
def test_bench_on_the_real_service(tmp_path: Path) -> None:
    wiring = pytest.importorskip("assistant.wiring")
    pytest.importorskip("assistant.answerer")
    from assistant.settings import Settings

    def factory(store: Path, chroma_url: str | None, collection: str) -> object:
        return wiring.build_service(Settings(store=store, chroma_url=chroma_url, collection=collection))

    payload = Bench(factory, chunks=(200,), questions=4, log=lambda _: None).run(tmp_path / "out")
    bundled, synthetic = payload["results"]
    assert bundled["failed_files"] == 0 and bundled["chunks"] > 50 and bundled["reopen_s"] > 0
    assert 200 * 0.7 <= synthetic["chunks"] <= 200 * 1.4
    assert synthetic["ask_n"] == 4 and synthetic["ask_p50_ms"] > 0 and synthetic["first_ask_ms"] > 0
