"""A real ``tcdlcl ingest`` process killed with SIGKILL in the middle of writing a document leaves
no half document visible to a fresh process, and the next run repairs the store and completes.

How the kill lands mid-file: the generated report has ~1,600 chunks (a dozen distinct paragraphs
repeated, so the real MiniLM embeds only a dozen texts), written to Chroma in batches of
``WRITE_BATCH``; with ``-v`` the ingester logs "wrote N/M chunks … (uncommitted)" after each batch.
The test reads the child's stderr and sends SIGKILL on the first such line, i.e. after one batch
is in Chroma and well before the last one is. Two cases: a new document, and a replacement of an
indexed one (whose old version must stay whole and visible). The replacement is the same file
re-ingested with ``--year``: a new version whose vectors are all reused, so that process does not
even load the model (the test stays fast); the write path is the one a changed file takes.

The fresh-process checks read the store with lexical search and with Chroma's vector query plus the
visibility filter the retriever applies (using stored vectors: no model needed).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ingest.pipeline import WRITE_BATCH

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
TCDLCL = Path(sys.executable).parent / "tcdlcl"
TITLE = "Báo cáo tổng hợp số liệu kiểm định năm 2019 của Trung tâm Kỹ thuật"
SENTENCES = [
    "Trung tâm đã kiểm định {n} phương tiện đo lường thuộc danh mục phải kiểm định tại {place}, bảo đảm đúng quy trình.",
    "Các chuẩn đo lường được hiệu chuẩn định kỳ, kết quả đạt yêu cầu kỹ thuật theo tiêu chuẩn quốc gia hiện hành.",
    "Công tác thử nghiệm mẫu sản phẩm hàng hóa được thực hiện khách quan, chính xác, phục vụ tốt công tác quản lý nhà nước.",
    "Đơn vị tiếp tục đầu tư trang thiết bị, đào tạo kiểm định viên và mở rộng phạm vi được công nhận năng lực.",
]
PLACES = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "TP. Hồ Chí Minh", "Cần Thơ", "Huế", "Nghệ An", "Quảng Ninh",
          "Bình Dương", "Đồng Nai", "Khánh Hòa", "Lâm Đồng"]
V1_MARK = "Phiên bản thứ nhất ghi nhận tổng cộng 31.415 lượt kiểm định xe bồn chở xăng dầu trên toàn quốc."
REPEATS = 135  # × 12 paragraphs ≈ 1,600 chunks


def big_report() -> str:
    paragraphs = [" ".join(s.format(n=100 + i, place=p) for s in SENTENCES) for i, p in enumerate(PLACES)]
    return TITLE + "\n\n" + V1_MARK + "\n\n" + "\n\n".join(paragraphs * REPEATS) + "\n"


CHECK = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from assistant.settings import Settings
    from assistant.wiring import build_service
    service = build_service(Settings(store=Path(sys.argv[1]), dense_weight=0.0))  # lexical search: no model
    index = service.ingester.index
    store = index.store
    docs = {d.doc_id: {"chunks": d.chunks, "title": d.title} for d in service.docs()}
    rows = store.get_chunks(include_embeddings=True)
    pending = {v for _, v in store.pending()}
    probe = next((r for r in rows if r["metadata"]["version"] in pending), rows[0] if rows else None)
    dense = store.query(probe["embedding"], 50) if probe else []
    half = store.query(probe["embedding"], 50, where={"version": {"$in": sorted(pending)}}) if pending else []
    out = {
        "docs": docs,
        "versions": {d: r["version"] for d, r in store.documents().items()},
        "raw_chunks": len(rows),
        "raw_versions": sorted({r["metadata"]["version"] for r in rows}),
        "pending": store.pending(),
        "search": {q: [[h.doc_id, h.year, h.text] for h in service.search(q, top_k=5)] for q in sys.argv[2:]},
        "dense_visible_versions": sorted({d["metadata"]["version"] for d in dense if index.is_visible(d["metadata"])}),
        "dense_uncommitted_hits": len(half),  # vector hits of the half-written version …
        "dense_uncommitted_visible": sum(index.is_visible(d["metadata"]) for d in half),  # … that a reader keeps
        "years": {d.doc_id: d.year for d in service.docs()},
        "lexical": len(service.ingester.index.lexical),
    }
    print(json.dumps(out, ensure_ascii=False))
    """
)


def _env(store: Path) -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if not k.startswith("TCDLCL_")}, "TCDLCL_STORE": str(store)}


def _ingest(store: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(TCDLCL), "ingest", *args], capture_output=True, text=True, env=_env(store),
                          cwd=str(ROOT), timeout=300)


def _ingest_and_kill(store: Path, *args: str) -> list[str]:
    """Starts ``tcdlcl -v ingest ARGS`` and SIGKILLs it on its first "wrote … (uncommitted)" line."""
    proc = subprocess.Popen([str(TCDLCL), "-v", "ingest", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, env=_env(store), cwd=str(ROOT))
    seen: list[str] = []
    deadline = time.monotonic() + 300
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            seen.append(line.rstrip())
            if "(uncommitted)" in line and f"wrote {WRITE_BATCH}/" in line:
                proc.send_signal(signal.SIGKILL)
                break
            if time.monotonic() > deadline:
                break
    finally:
        if proc.poll() is None and not any("(uncommitted)" in s for s in seen):
            proc.kill()
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, f"not killed mid-write (exit {proc.returncode}):\n" + "\n".join(seen[-20:])
    assert not any("committed version" in s for s in seen)
    return seen


def _check(store: Path, *queries: str) -> dict:
    """What a fresh process sees in the store."""
    done = subprocess.run([sys.executable, "-c", CHECK, str(store), *queries], capture_output=True, text=True,
                          env=_env(store), cwd=str(ROOT), timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_killed_ingest_leaves_no_half_document_and_next_run_repairs(tmp_path: Path) -> None:
    store = tmp_path / "store"
    report = tmp_path / "tong-hop-2019.txt"
    report.write_text(big_report(), encoding="utf-8")
    mark_query, body_query = "31.415 lượt kiểm định xe bồn", "kiểm định phương tiện đo lường tại Cần Thơ"

    # 1. a new document, killed while its chunks are being written
    log = _ingest_and_kill(store, str(report))
    total = int(next(s for s in log if "(uncommitted)" in s).split("/")[1].split()[0])
    assert total > 4 * WRITE_BATCH
    docs_cli = subprocess.run([str(TCDLCL), "docs", "--json"], capture_output=True, text=True, env=_env(store),
                              cwd=str(ROOT), timeout=120)
    assert docs_cli.returncode == 0 and json.loads(docs_cli.stdout) == []
    seen = _check(store, mark_query, body_query)
    assert WRITE_BATCH <= seen["raw_chunks"] < total  # part of it is in Chroma …
    assert len(seen["pending"]) == 1
    assert seen["docs"] == {} and seen["lexical"] == 0  # … and none of it is visible
    assert all(hits == [] for hits in seen["search"].values())
    assert seen["dense_uncommitted_hits"] > 0 and seen["dense_uncommitted_visible"] == 0
    assert seen["dense_visible_versions"] == []

    # 2. the next run repairs and completes
    done = _ingest(store, str(report))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "indexed" in done.stdout and f"(+{total}/-0)" in done.stdout
    seen = _check(store, mark_query)
    assert seen["docs"]["tong-hop-2019"]["chunks"] == total == seen["raw_chunks"] == seen["lexical"]
    assert seen["pending"] == [] and len(seen["raw_versions"]) == 1
    assert any(V1_MARK in text for _, _, text in seen["search"][mark_query])
    v1 = seen["versions"]["tong-hop-2019"]
    assert seen["years"] == {"tong-hop-2019": 2019}

    # 3. a replacement (same file, --year 2018: a new version), killed mid-write: the old version
    #    stays whole, alone and visible; the half-written one is in Chroma but unseen
    _ingest_and_kill(store, "--year", "2018", str(report))
    seen = _check(store, mark_query)
    assert seen["versions"] == {"tong-hop-2019": v1} and seen["years"] == {"tong-hop-2019": 2019}
    assert seen["docs"]["tong-hop-2019"]["chunks"] == total == seen["lexical"]
    assert seen["raw_chunks"] > total and len(seen["raw_versions"]) == 2
    assert {year for _, year, _ in seen["search"][mark_query]} == {2019}
    assert seen["dense_uncommitted_hits"] > 0 and seen["dense_uncommitted_visible"] == 0
    assert seen["dense_visible_versions"] == [v1]

    # 4. the next run replaces it and cleans up
    done = _ingest(store, "--year", "2018", str(report))
    assert done.returncode == 0 and "replaced" in done.stdout, done.stdout + done.stderr
    seen = _check(store, mark_query)
    assert seen["versions"]["tong-hop-2019"] != v1 and seen["pending"] == []
    assert seen["raw_chunks"] == seen["lexical"] == seen["docs"]["tong-hop-2019"]["chunks"] == total
    assert len(seen["raw_versions"]) == 1 and seen["years"] == {"tong-hop-2019": 2018}
    assert {year for _, year, _ in seen["search"][mark_query]} == {2018}
