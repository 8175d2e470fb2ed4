"""ChromaStore on a real embedded Chroma with hand-written 3-d vectors: chunks, queries, the
committed-document registry, the model recorded with the collection, pending markers and repair."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assistant.errors import ConfigError, StoreError
from vectorstore.chroma_store import ChromaStore

ROOT = Path(__file__).resolve().parents[2]


def _store(path: Path, model: str = "test:model-a", collection: str = "chunks") -> ChromaStore:
    return ChromaStore(path=path, url=None, collection=collection, model_id=model)


def _meta(doc: str, version: str, n: int, **extra) -> dict:  # noqa: ANN003
    return {"doc_id": doc, "version": version, "n": n, "year": 2021, "section": None, "is_caption": False, **extra}


def _add(store: ChromaStore, doc: str, version: str, vectors: list[list[float]]) -> list[str]:
    ids = [f"{doc}:{version}:{i}" for i in range(len(vectors))]
    store.add_chunks(ids, vectors, [f"{doc} {version} đoạn {i}" for i in range(len(vectors))],
                     [_meta(doc, version, i) for i in range(len(vectors))])
    return ids


def test_add_get_query_delete(tmp_path: Path) -> None:
    store = _store(tmp_path)
    assert store.query([1.0, 0.0, 0.0], 5) == [] and store.count() == 0
    _add(store, "a", "v1", [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    _add(store, "b", "v1", [[0.0, 0.0, 1.0]])
    assert store.count() == 3
    hits = store.query([0.9, 0.1, 0.0], 2)
    assert [h["id"] for h in hits] == ["a:v1:0", "a:v1:1"]
    assert hits[0]["score"] > hits[1]["score"] and hits[0]["text"] == "a v1 đoạn 0"
    assert "section" not in hits[0]["metadata"]  # None values are dropped (Chroma refuses them)
    assert [h["id"] for h in store.query([1.0, 0.0, 0.0], 5, where={"doc_id": "b"})] == ["b:v1:0"]
    rows = store.get_chunks(where={"doc_id": "a"}, include_embeddings=True)
    assert sorted(r["id"] for r in rows) == ["a:v1:0", "a:v1:1"]
    assert all(len(r["embedding"]) == 3 for r in rows)
    store.delete_chunks({"doc_id": "a"})
    assert [r["id"] for r in store.get_chunks()] == ["b:v1:0"]


def test_get_chunks_pages_through_large_collections(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _add(store, "big", "v1", [[1.0, float(i % 7), 0.5] for i in range(5200)])
    assert len(store.get_chunks()) == 5200  # more than one page of 5000


def test_nearest_gives_the_ids_and_scores_of_query_without_texts(tmp_path: Path) -> None:
    store = _store(tmp_path)
    assert store.nearest([1.0, 0.0, 0.0], 5) == []
    _add(store, "a", "v1", [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    _add(store, "b", "v1", [[0.6, 0.0, 0.8]])
    full = store.query([0.9, 0.1, 0.2], 3)
    near = store.nearest([0.9, 0.1, 0.2], 3)
    assert [cid for cid, _ in near] == [h["id"] for h in full] == ["a:v1:0", "b:v1:0", "a:v1:1"]
    assert [score for _, score in near] == pytest.approx([h["score"] for h in full])
    assert store.nearest([1.0, 0.0, 0.0], 5, where={"doc_id": "b"}) == [("b:v1:0", pytest.approx(0.6))]


def test_registry_commit_and_fingerprint(tmp_path: Path) -> None:
    store = _store(tmp_path)
    empty = store.fingerprint()
    store.commit_document("a", {"version": "v1", "title": "Báo cáo A", "chunks": 2})
    assert store.documents() == {"a": {"version": "v1", "title": "Báo cáo A", "chunks": 2}}
    fp1 = store.fingerprint()
    store.commit_document("a", {"version": "v2", "title": "Báo cáo A", "chunks": 2})
    fp2 = store.fingerprint()
    store.remove_document("a")
    assert len({empty, fp1, fp2}) == 3 and store.fingerprint() == empty and store.documents() == {}
    other_model = _store(tmp_path / "other", model="test:model-b")
    assert other_model.fingerprint() != empty  # the model is part of what the lexical index was built from


def test_reopening_with_another_model_is_a_clear_error(tmp_path: Path) -> None:
    _add(_store(tmp_path, model="bundled:all-MiniLM-L6-v2"), "a", "v1", [[1.0, 0.0, 0.0]])
    again = _store(tmp_path, model="bundled:all-MiniLM-L6-v2")
    assert again.count() == 1
    other = _store(tmp_path, model="path:multilingual-e5-small")
    with pytest.raises(ConfigError) as err:
        other.count()
    message = str(err.value)
    assert "'bundled:all-MiniLM-L6-v2'" in message and "'path:multilingual-e5-small'" in message
    assert "TCDLCL_EMBEDDING_MODEL" in message and "TCDLCL_STORE" in message
    assert _store(tmp_path, model="path:multilingual-e5-small", collection="other_chunks").count() == 0


def test_store_in_a_path_that_cannot_be_a_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot open the store"):
        _store(blocker / "store").count()


def test_unreachable_server_names_the_url_and_the_fix() -> None:
    store = ChromaStore(path=None, url="http://127.0.0.1:9", collection="chunks", model_id="m")
    with pytest.raises(StoreError, match=r"cannot reach the Chroma server at http://127.0.0.1:9 .*chroma run"):
        store.count()


def test_neither_path_nor_url_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        ChromaStore(path=None, url=None, collection="chunks", model_id="m")


# --- pending markers and repair ---------------------------------------------------------------------
DEAD_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from vectorstore.chroma_store import ChromaStore
    store = ChromaStore(path=Path(sys.argv[1]), url=None, collection="chunks", model_id="test:model-a")
    store.mark_pending("a", "v2")
    store.add_chunks(["a:v2:0", "a:v2:1"], [[0.0, 1.0, 0.0], [0.0, 1.0, 0.1]], ["mới 0", "mới 1"],
                     [{"doc_id": "a", "version": "v2", "n": 0}, {"doc_id": "a", "version": "v2", "n": 1}])
    # exits without committing: a writer that died
    """
)


def test_repair_cleans_up_after_a_dead_writer(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    setup = _store(store_dir)
    _add(setup, "a", "v1", [[1.0, 0.0, 0.0]])
    setup.commit_document("a", {"version": "v1", "chunks": 1})
    del setup
    done = subprocess.run([sys.executable, "-c", DEAD_WRITER, str(store_dir)], cwd=str(ROOT), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    store = _store(store_dir)
    markers = store.pending_markers()
    assert [(m["doc_id"], m["version"]) for m in markers] == [("a", "v2")]
    assert markers[0]["pid"] > 0 and markers[0]["host"]
    assert store.repair() == 1
    assert [r["id"] for r in store.get_chunks()] == ["a:v1:0"] and store.pending() == []
    assert store.documents()["a"]["version"] == "v1"


def test_repair_after_a_writer_died_between_commit_and_cleanup(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _add(store, "a", "v1", [[1.0, 0.0, 0.0]])
    store.commit_document("a", {"version": "v1", "chunks": 1})
    store.mark_pending("a", "v2")
    _add(store, "a", "v2", [[0.0, 1.0, 0.0]])
    store.commit_document("a", {"version": "v2", "chunks": 1})
    # died here: old version not deleted, marker not cleared (it is this process's marker, not in flight)
    assert store.repair() == 1
    assert [r["id"] for r in store.get_chunks()] == ["a:v2:0"]


def test_repair_finishes_an_interrupted_delete(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _add(store, "a", "v1", [[1.0, 0.0, 0.0], [0.5, 0.5, 0.0]])
    store.commit_document("a", {"version": "v1", "chunks": 2})
    store.mark_pending("a", "deleting")
    store.remove_document("a")  # died before deleting the chunks
    assert store.repair() == 1
    assert store.get_chunks() == [] and store.documents() == {}


def test_markers_of_a_live_writer_are_left_alone(tmp_path: Path) -> None:
    store = _store(tmp_path)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        import psutil

        # a marker as another process writes it (this test cannot be that process, so it writes the marker)
        _, registry = store._collections()
        registry.upsert(
            ids=["pending::a::v9"], embeddings=[[1.0]], documents=["{}"],
            metadatas=[{"pending": True, "doc_id": "a", "version": "v9", "host": socket.gethostname(),
                        "pid": sleeper.pid, "started": psutil.Process(sleeper.pid).create_time(), "at": 0.0}],
        )
        _add(store, "a", "v9", [[0.0, 0.0, 1.0]])
        assert store.repair() == 0
        assert [r["id"] for r in store.get_chunks()] == ["a:v9:0"]
    finally:
        sleeper.kill()
        sleeper.wait()
    assert store.repair() == 1  # its writer is gone now
    assert store.get_chunks() == []
