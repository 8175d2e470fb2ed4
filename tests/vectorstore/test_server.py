"""The same behaviour against a real ``chroma run`` server (``TCDLCL_CHROMA_URL``): the bundled
reports, idempotence, the recorded model, two processes sharing one server (the lexical index of
each follows the other's changes), and pending markers of a live writer left alone."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.errors import ConfigError
from vectorstore.chroma_store import ChromaStore

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "data" / "reports"
TCDLCL = Path(sys.executable).parent / "tcdlcl"


def _env(**extra: str) -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if not k.startswith("TCDLCL_")}, **extra}


def test_bundled_reports_through_the_cli_on_a_server(chroma_server, embedder, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    # the CLI builds everything from TCDLCL_* (only the loaded model is shared with the session)
    monkeypatch.setattr("vectorstore.embedder.SentenceTransformerEmbedder", lambda *a, **k: embedder)
    env = {"TCDLCL_CHROMA_URL": chroma_server, "TCDLCL_STORE": str(tmp_path / "local"),
           "TCDLCL_COLLECTION": "server_reports"}
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(REPORTS)], env=env)
    assert first.exit_code == 0, first.output
    lines = first.output.splitlines()
    assert any(line.startswith("indexed") and "[2021]" in line for line in lines)
    assert any(line.startswith("indexed") and "[2016]" in line for line in lines)
    assert "files: 2 indexed, 0 unchanged, 0 replaced, 0 failed" in first.output
    second = runner.invoke(cli, ["ingest", str(REPORTS)], env=env)
    assert second.exit_code == 0
    assert "files: 0 indexed, 2 unchanged, 0 replaced, 0 failed" in second.output
    assert "chunks: 0 added, 0 removed" in second.output
    assert not (tmp_path / "local" / "chroma").exists()  # nothing embedded locally: only the lexical cache
    # a fresh process sees the same through the server
    docs = subprocess.run([str(TCDLCL), "docs", "--json"], capture_output=True, text=True, cwd=str(ROOT), timeout=120,
                          env=_env(**{**env, "TCDLCL_STORE": str(tmp_path / "elsewhere")}))
    assert docs.returncode == 0, docs.stderr
    assert sorted(d["year"] for d in json.loads(docs.stdout)) == [2016, 2021]


def test_model_is_recorded_on_the_server(chroma_server) -> None:  # noqa: ANN001
    first = ChromaStore(path=None, url=chroma_server, collection="server_model", model_id="bundled:all-MiniLM-L6-v2")
    first.add_chunks(["x"], [[1.0, 0.0]], ["văn bản"], [{"doc_id": "d", "version": "v"}])
    other = ChromaStore(path=None, url=chroma_server, collection="server_model", model_id="path:other-model")
    with pytest.raises(ConfigError, match="built with the embedding model 'bundled:all-MiniLM-L6-v2'"):
        other.count()


def test_two_processes_sharing_a_server_stay_consistent(chroma_server, make_service, tmp_path: Path) -> None:  # noqa: ANN001
    collection = "server_shared"
    service = make_service(tmp_path / "a", chroma_url=chroma_server, collection=collection)
    service.ingester.index.check_interval_s = 0.0  # re-read the registry on every search
    one, two = tmp_path / "don-vi-mot.txt", tmp_path / "don-vi-hai.txt"
    one.write_text("Báo cáo đơn vị một năm 2020\n\nĐơn vị một đã hiệu chuẩn 731 chuẩn đo lường trong năm 2020.\n",
                   encoding="utf-8")
    two.write_text("Báo cáo đơn vị hai năm 2020\n\nĐơn vị hai đã thử nghiệm 845 mẫu xăng dầu trong năm 2020.\n",
                   encoding="utf-8")
    assert service.ingest([one, two]).count("indexed") == 2
    assert service.search("thử nghiệm 845 mẫu xăng dầu")[0].year == 2020

    # another process (its own lexical cache) replaces one report and deletes the other
    other_env = _env(TCDLCL_CHROMA_URL=chroma_server, TCDLCL_STORE=str(tmp_path / "b"), TCDLCL_COLLECTION=collection)
    replaced = subprocess.run([str(TCDLCL), "ingest", "--year", "2019", str(two)], capture_output=True, text=True,
                              cwd=str(ROOT), timeout=300, env=other_env)
    assert replaced.returncode == 0 and "replaced" in replaced.stdout, replaced.stdout + replaced.stderr
    hits = service.search("thử nghiệm 845 mẫu xăng dầu")
    assert hits[0].doc_id == "don-vi-hai" and hits[0].year == 2019  # this process caught up …
    held = service.ingester.index.lexical.doc_versions()
    assert held["don-vi-hai"] == service.ingester.index.committed()["don-vi-hai"]["version"]
    deleted = subprocess.run([str(TCDLCL), "ingest", "--delete", "don-vi-mot"], capture_output=True, text=True,
                             cwd=str(ROOT), timeout=300, env=other_env)
    assert deleted.returncode == 0 and "deleted don-vi-mot" in deleted.stdout, deleted.stdout + deleted.stderr
    assert not any(h.doc_id == "don-vi-mot" for h in service.search("hiệu chuẩn 731 chuẩn đo lường"))  # … again
    assert [d.doc_id for d in service.docs()] == ["don-vi-hai"]
    store = service.ingester.index.store
    assert {r["metadata"]["doc_id"] for r in store.get_chunks()} == {"don-vi-hai"}
    assert {r.meta["doc_id"] for r in service.ingester.index.lexical.records} == {"don-vi-hai"}
    assert store.pending() == []


LIVE_WRITER = textwrap.dedent(
    """
    import sys, time
    from vectorstore.chroma_store import ChromaStore
    store = ChromaStore(path=None, url=sys.argv[1], collection="server_markers", model_id="m")
    store.mark_pending("doc", "v2")
    store.add_chunks(["doc:v2:0"], [[0.0, 1.0]], ["đang ghi"], [{"doc_id": "doc", "version": "v2", "n": 0}])
    print("ready", flush=True)
    time.sleep(120)
    """
)


def test_a_live_writer_on_the_server_is_not_repaired_away(chroma_server) -> None:  # noqa: ANN001
    store = ChromaStore(path=None, url=chroma_server, collection="server_markers", model_id="m")
    store.add_chunks(["doc:v1:0"], [[1.0, 0.0]], ["đã có"], [{"doc_id": "doc", "version": "v1", "n": 0}])
    store.commit_document("doc", {"version": "v1", "chunks": 1})
    writer = subprocess.Popen([sys.executable, "-c", LIVE_WRITER, chroma_server], stdout=subprocess.PIPE, text=True,
                              cwd=str(ROOT))
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        assert store.repair() == 0  # another process is writing: hands off
        assert sorted(r["id"] for r in store.get_chunks()) == ["doc:v1:0", "doc:v2:0"]
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    assert store.repair() == 1  # killed: its half-written version goes
    assert [r["id"] for r in store.get_chunks()] == ["doc:v1:0"] and store.pending() == []
