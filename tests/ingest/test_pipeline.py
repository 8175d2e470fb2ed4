"""The ingest pipeline end to end on a real embedded Chroma store with the real MiniLM: the bundled
reports, idempotence, replacement with vector reuse, deletion, overrides, PDFs with pages, a batch of
bad files, and the lexical index staying consistent with Chroma."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from assistant.errors import IngestError, StoreError
from ingest.pipeline import DocumentReader
from vectorstore.lexical import LexicalIndex

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "data" / "reports"
R2021 = REPORTS / "000_a13a535d0f93ab91.txt"
pytestmark = pytest.mark.filterwarnings("ignore:The filter name /Fl:DeprecationWarning")

PARAS = [
    "Trong năm 2020, Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Hòa Bình đã thẩm định 120 hồ sơ tiêu chuẩn cơ sở, "
    "hướng dẫn 35 doanh nghiệp áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015.",
    "Hoạt động đo lường được triển khai nhanh chóng: kiểm định 4.094 phương tiện đo, trong đó có 1.641 công tơ điện "
    "và 532 cân thương mại tại các chợ trên địa bàn; tỷ lệ đạt yêu cầu là 97,5%.",
    "Công tác thanh tra, kiểm tra được tăng cường với 59 cơ sở kinh doanh xăng dầu; phát hiện 7 cơ sở vi phạm, "
    "xử phạt hành chính tổng số tiền 215 triệu đồng và nộp ngân sách nhà nước.",
    "Năm 2021, Chi cục phấn đấu hoàn thành kế hoạch được giao, đẩy mạnh chuyển đổi số trong hoạt động tiêu chuẩn "
    "đo lường chất lượng và hỗ trợ doanh nghiệp nâng cao năng suất.",
]


def report_text(paras: list[str] = PARAS, title: str = "Báo cáo tổng kết công tác năm 2020 của Chi cục") -> str:
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def chroma_rows(service) -> list[dict]:  # noqa: ANN001
    return service.ingester.index.store.get_chunks()


def assert_consistent(service) -> None:  # noqa: ANN001
    """Lexical index == committed chunks in Chroma; no uncommitted or orphaned chunk is left."""
    index = service.ingester.index
    index.sync()
    docs = index.committed(refresh=True)
    rows = chroma_rows(service)
    committed = {r["id"] for r in rows if docs.get(r["metadata"]["doc_id"], {}).get("version") == r["metadata"]["version"]}
    assert committed == {r["id"] for r in rows}, "chunks of uncommitted or old versions left in Chroma"
    assert {r.id for r in index.lexical.records} == committed
    assert index.lexical.fingerprint == index.store.fingerprint()
    assert sum(d["chunks"] for d in docs.values()) == len(committed)
    assert index.store.pending() == []
    on_disk = LexicalIndex(index.lexical.folder)
    assert on_disk.load() and on_disk.fingerprint == index.lexical.fingerprint  # persisted, no rebuild needed
    assert {r.id for r in on_disk.records} == committed


# --- the bundled reports --------------------------------------------------------------------------
def test_bundled_reports_are_indexed_with_metadata(reports_service) -> None:  # noqa: ANN001
    docs = {d.doc_id: d for d in reports_service.docs()}
    assert set(docs) == {"000-a13a535d0f93ab91", "002-ab2e45aba8c90e35"}
    r2021, r2016 = docs["000-a13a535d0f93ab91"], docs["002-ab2e45aba8c90e35"]
    assert (r2021.year, r2021.date, r2021.author) == (2021, "2021-12-28", "Trương Vân")
    assert r2021.title.startswith("Khối cơ quan Tổng cục TCĐLCL: Hoàn thành tốt nhiệm vụ")
    assert (r2016.year, r2016.title) == (2016, "Hội nghị Tổng kết Công tác năm 2016 và Phương hướng nhiệm vụ năm 2017 của Tổng cục TCĐLCL")
    assert r2021.source == "000_a13a535d0f93ab91.txt" and r2021.chunks > 20 and r2016.chunks > 20
    assert r2021.encoding is None and r2021.ocr_pages == 0
    assert_consistent(reports_service)


def test_search_hits_carry_exact_offsets_and_sections(reports_service) -> None:  # noqa: ANN001
    text = DocumentReader().read(R2021).text
    hits = reports_service.search("trình công bố bao nhiêu TCVN", year=2021, top_k=3)
    top = hits[0]
    assert top.doc_id == "000-a13a535d0f93ab91" and top.year == 2021 and top.page is None
    assert "trình công bố 389 TCVN" in top.text
    assert text[top.start : top.end] == top.text
    assert top.section == "Triển khai hiệu quả, đồng bộ hệ thống TCVN, QCVN"
    assert all(h.year == 2021 for h in hits)


def test_caption_chunks_are_flagged_and_never_cited(reports_service) -> None:  # noqa: ANN001
    rows = chroma_rows(reports_service)
    captions = [r for r in rows if r["metadata"]["is_caption"]]
    assert {"Toàn cảnh Hội nghị.", "Tổng cục trưởng Trần Văn Vinh phát biểu khai mạc Hội nghị. Ảnh HT"} <= {
        r["text"] for r in captions
    }
    spans = {(r["metadata"]["doc_id"], r["metadata"]["start"], r["metadata"]["end"]) for r in captions}
    hits = reports_service.search("Tổng cục trưởng Trần Văn Vinh phát biểu khai mạc Hội nghị", top_k=8)
    assert any(h.is_caption for h in hits)  # search shows them, flagged
    for question in ("Ai phát biểu khai mạc Hội nghị năm 2016?", "Toàn cảnh Hội nghị năm 2021 có bao nhiêu đại biểu?"):
        for c in reports_service.ask(question).citations:
            assert not any(d == c.doc_id and s <= c.start and c.end <= e for d, s, e in spans), c


def test_second_run_reports_unchanged_and_embeds_nothing(make_service, reports_store, counting_embedder) -> None:  # noqa: ANN001
    service = make_service(reports_store, embedder_override=counting_embedder)
    before = len(chroma_rows(service))
    summary = service.ingest([REPORTS])
    assert summary.ok and summary.count("unchanged") == 2 and summary.chunks_added == 0
    assert counting_embedder.embedded == 0
    assert len(chroma_rows(service)) == before


# --- idempotence, replacement, deletion -------------------------------------------------------------
def test_same_text_in_other_bytes_is_unchanged(make_service, counting_embedder, tmp_path: Path) -> None:  # noqa: ANN001
    service = make_service(embedder_override=counting_embedder)
    f = tmp_path / "chi-cuc.txt"
    f.write_text(report_text(), encoding="utf-8")
    first = service.ingest([f])
    assert first.results[0].status == "indexed" and first.chunks_added > 0
    n = counting_embedder.embedded
    os.utime(f, (1, 1))  # touched
    f.write_bytes(b"\xef\xbb\xbf" + report_text().replace("\n", "\r\n").encode("utf-8"))  # BOM + CRLF: same text
    again = service.ingest([f])
    assert again.results[0].status == "unchanged" and again.chunks_added == 0
    assert counting_embedder.embedded == n
    assert service.ingest([f]).results[0].status == "unchanged"  # now by file hash, without reading
    assert_consistent(service)


def test_changed_file_replaces_old_chunks_and_reuses_vectors(make_service, counting_embedder, tmp_path: Path) -> None:  # noqa: ANN001
    service = make_service(embedder_override=counting_embedder)
    f = tmp_path / "chi-cuc.txt"
    f.write_text(report_text(), encoding="utf-8")
    first = service.ingest([f]).results[0]
    old_ids = {r["id"] for r in chroma_rows(service)}
    embedded_before = counting_embedder.embedded
    changed = PARAS[:2] + ["Công tác thanh tra được tăng cường với 88 cơ sở kinh doanh khí dầu mỏ hóa lỏng."] + PARAS[3:]
    f.write_text(report_text(changed), encoding="utf-8")
    result = service.ingest([f]).results[0]
    assert result.status == "replaced" and result.doc_id == first.doc_id
    assert result.chunks_removed == first.chunks_added and result.chunks_added > 0
    assert 0 < counting_embedder.embedded - embedded_before < result.chunks_added + 1
    assert not old_ids & {r["id"] for r in chroma_rows(service)}  # the old version is gone from Chroma
    assert [d.doc_id for d in service.docs()] == [first.doc_id]
    assert any("88 cơ sở" in h.text for h in service.search("88 cơ sở kinh doanh khí dầu mỏ hóa lỏng"))
    assert not any("59 cơ sở" in h.text for h in service.search("59 cơ sở kinh doanh xăng dầu", top_k=20))
    assert_consistent(service)


def test_identical_chunks_are_embedded_once(make_service, counting_embedder, tmp_path: Path) -> None:  # noqa: ANN001
    service = make_service(embedder_override=counting_embedder)
    f = tmp_path / "lap-lai.txt"
    f.write_text(report_text([PARAS[2] + " " + PARAS[2]] * 8), encoding="utf-8")
    result = service.ingest([f]).results[0]
    distinct = {r["text"] for r in chroma_rows(service)}
    assert result.chunks_added >= 8 and len(distinct) <= 4
    assert counting_embedder.embedded == len(distinct)


def test_each_chunk_gets_a_vector_of_its_own_text_under_a_long_title(make_service, tmp_path: Path) -> None:  # noqa: ANN001
    """The model reads only a chunk's first word pieces (64 by default): a long title written before every
    chunk's text was all it read, so every chunk of the report had one vector and dense search was chance."""
    title = ("BÁO CÁO TÓM TẮT KẾT QUẢ CÔNG TÁC NĂM 2019 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020 (Trình bày tại Hội nghị "
             "tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020 của Chi cục Tiêu chuẩn Đo lường Chất lượng)")
    service = make_service()
    f = tmp_path / "tieu-de-dai.txt"
    f.write_text(report_text(PARAS), encoding="utf-8")
    assert service.ingest([f], title=title).ok
    rows = service.ingester.index.store.get_chunks(include_embeddings=True)
    texts = {r["text"] for r in rows}
    vectors = {tuple(round(x, 4) for x in r["embedding"]) for r in rows}
    assert len(texts) >= 2 and len(vectors) == len(texts)
    query = service.ingester.embedder.embed(["xử phạt cơ sở kinh doanh xăng dầu vi phạm"])[0]
    best = max(rows, key=lambda r: sum(a * b for a, b in zip(query, r["embedding"])))
    assert "xăng dầu" in best["text"]  # the nearest chunk is the one about it, not any chunk of the report


def test_delete_removes_one_report_everywhere(make_service, tmp_path: Path) -> None:  # noqa: ANN001
    service = make_service()
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(report_text(), encoding="utf-8")
    b.write_text(report_text(PARAS[:1], title="Báo cáo của đơn vị khác năm 2020"), encoding="utf-8")
    assert service.ingest([a, b]).count("indexed") == 2
    result = service.delete("a")
    assert result.status == "deleted" and result.chunks_removed > 0 and result.path == "a.txt"
    assert [d.doc_id for d in service.docs()] == ["b"]
    assert {r["metadata"]["doc_id"] for r in chroma_rows(service)} == {"b"}
    assert all(h.doc_id == "b" for h in service.search("kiểm định 4.094 phương tiện đo", top_k=20))
    assert_consistent(service)
    with pytest.raises(IngestError, match=r"no indexed report has the id 'a' \(indexed: b\)"):
        service.delete("a")


def test_year_and_title_overrides(make_service, counting_embedder, tmp_path: Path) -> None:  # noqa: ANN001
    service = make_service(embedder_override=counting_embedder)
    f = tmp_path / "r.txt"
    f.write_text(report_text(), encoding="utf-8")
    assert service.ingest([f], year=2019).results[0].year == 2019
    assert service.docs()[0].year == 2019
    assert service.ingest([f], year=2019).results[0].status == "unchanged"
    n = counting_embedder.embedded
    again = service.ingest([f]).results[0]  # without the override: detected again, vectors reused
    assert (again.status, again.year) == ("replaced", 2020)
    assert counting_embedder.embedded == n
    titled = service.ingest([f], title="Báo cáo Chi cục Hòa Bình").results[0]
    assert titled.title == "Báo cáo Chi cục Hòa Bình" == service.docs()[0].title
    assert all(h.year == 2020 for h in service.search("kiểm định công tơ điện"))
    assert_consistent(service)


def test_pdf_chunks_keep_their_pages(make_service, pdf_factory) -> None:  # noqa: ANN001
    service = make_service()
    pdf = pdf_factory.text("bao-cao.pdf", [
        ["Báo cáo tổng kết công tác năm 2021", "", "Năm 2021 đã trình công bố 389 TCVN và 39 QCVN."],
        ["Kết quả đo lường", "", "Thử nghiệm tại TP. Hồ Chí Minh đạt 6.946.305,937 tấn hàng hóa."],
    ])
    result = service.ingest([pdf]).results[0]
    assert result.status == "indexed" and result.year == 2021
    pages = {r["text"]: r["metadata"]["page"] for r in chroma_rows(service)}
    assert any(p == 1 and "389 TCVN" in t for t, p in pages.items())
    assert any(p == 2 and "6.946.305,937 tấn" in t for t, p in pages.items())
    hit = service.search("6.946.305,937 tấn hàng hóa")[0]
    assert hit.page == 2 and DocumentReader().read(pdf).text[hit.start : hit.end] == hit.text


# --- bad input ------------------------------------------------------------------------------------
def test_bad_files_fail_one_by_one_and_the_rest_is_indexed(make_service, pdf_factory, tmp_path: Path) -> None:  # noqa: ANN001
    service = make_service()
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "good.txt").write_text(report_text(), encoding="utf-8")
    shutil.copy(R2021, batch / "bao-cao-2021.txt")
    (batch / "empty.txt").write_bytes(b"")
    (batch / "garbage.txt").write_bytes(bytes(range(256)) * 8)
    (batch / "corrupt.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    (batch / "locked.pdf").write_bytes(pdf_factory.text("locked.pdf", [[PARAS[0]]], password="pw").read_bytes())
    (batch / "scan.pdf").write_bytes(pdf_factory.blank("scan.pdf").read_bytes())
    (batch / "fake.docx").write_bytes(b"not a zip")
    (batch / "~$lock.docx").write_bytes(b"office lock file")  # skipped when a folder is expanded
    (batch / "ghi-chu.xyz").write_text("không hỗ trợ", encoding="utf-8")  # not picked from the folder
    (tmp_path / "empty-folder").mkdir()
    os.mkfifo(tmp_path / "pipe.txt")  # not a regular file (reading it would block)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    extra = [tmp_path / "empty-folder", tmp_path / "pipe.txt", tmp_path / "dangling.txt", batch / "ghi-chu.xyz",
             tmp_path / "missing.pdf"]
    summary = service.ingest([batch, *extra])
    status = {Path(r.path).name: (r.status, r.reason or "") for r in summary.results}
    assert status["good.txt"][0] == "indexed" and status["bao-cao-2021.txt"][0] == "indexed"
    expected = {
        "empty.txt": "the file is empty",
        "garbage.txt": "binary file",
        "corrupt.pdf": "corrupt PDF",
        "locked.pdf": "encrypted PDF: it needs a password",
        "scan.pdf": "no text layer",
        "fake.docx": "not a valid .docx",
        "empty-folder": "no report files in this folder",
        "pipe.txt": "not a regular file",
        "dangling.txt": "broken symbolic link",
        "ghi-chu.xyz": "unsupported file type '.xyz'",
        "missing.pdf": "file not found",
    }
    for name, reason in expected.items():
        assert status[name][0] == "failed" and reason in status[name][1], (name, status[name])
    assert "~$lock.docx" not in status
    assert not summary.ok and summary.count("failed") == len(expected)
    rendered = summary.render().splitlines()
    for name in expected:
        assert sum(1 for line in rendered if line.startswith("FAILED") and name in line) == 1
    assert all("\n" not in (r.reason or "") for r in summary.results)
    assert sorted(d.doc_id for d in service.docs()) == ["bao-cao-2021", "good"]
    assert_consistent(service)


def test_two_files_with_one_id_in_a_batch(make_service, tmp_path: Path) -> None:  # noqa: ANN001
    service = make_service()
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "bao-cao.txt").write_text(report_text(title=f"Báo cáo đơn vị {folder} năm 2020"), encoding="utf-8")
    summary = service.ingest([tmp_path / "a" / "bao-cao.txt", tmp_path / "b" / "bao-cao.txt", tmp_path / "a" / "bao-cao.txt"])
    assert [r.status for r in summary.results] == ["indexed", "failed", "unchanged"]
    assert "same report id 'bao-cao'" in summary.results[1].reason
    assert service.docs()[0].title == "Báo cáo đơn vị a năm 2020"


def test_a_failed_write_leaves_nothing_behind(make_service, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    service = make_service()
    f = tmp_path / "r.txt"
    f.write_text(report_text(PARAS * 300), encoding="utf-8")  # more than one write batch
    store = service.ingester.index.store
    real_add, calls = store.add_chunks, []

    def failing_add(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(1)
        if len(calls) == 2:
            raise StoreError("writing chunks to the store failed: disk full")
        return real_add(*args, **kwargs)

    monkeypatch.setattr(store, "add_chunks", failing_add)
    result = service.ingest([f]).results[0]
    assert result.status == "failed" and "disk full" in result.reason
    assert chroma_rows(service) == [] and service.docs() == [] and store.pending() == []
    monkeypatch.undo()
    assert service.ingest([f]).results[0].status == "indexed"
    assert_consistent(service)


def test_lexical_catches_up_after_a_commit_it_missed(make_service, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    # a process killed between committing a document and saving the lexical index
    store_dir = tmp_path / "store"
    service = make_service(store_dir)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(report_text(), encoding="utf-8")
    b.write_text(report_text(["Đơn vị đã hiệu chuẩn 777 chuẩn đo lường trong năm 2020."], title="Báo cáo B năm 2020"),
                 encoding="utf-8")
    service.ingest([a])
    monkeypatch.setattr(service.ingester.index, "after_change", lambda *args: None)
    service.ingest([b])
    stale = LexicalIndex(service.ingester.index.lexical.folder)
    stale.load()
    assert set(stale.doc_versions()) == {"a"}  # what a killed process leaves on disk
    fresh = make_service(store_dir)
    fetched: list = []
    real_get = fresh.ingester.index.store.get_chunks
    monkeypatch.setattr(fresh.ingester.index.store, "get_chunks",
                        lambda where=None, **kw: fetched.append(where) or real_get(where=where, **kw))
    assert any("777 chuẩn" in h.text for h in fresh.search("hiệu chuẩn 777 chuẩn đo lường"))
    assert fetched == [{"doc_id": "b"}]  # only the document it missed is read back
    assert_consistent(fresh)


def test_no_network_is_touched(make_service, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """Loading the model, opening a new embedded store, ingesting and searching: no connection and
    no name lookup leaves the machine (telemetry off, hub offline)."""
    import socket

    from assistant.settings import Settings
    from assistant.wiring import build_embedder

    attempts: list[str] = []
    local = ("127.0.0.1", "::1", "localhost", "0.0.0.0", None, "")
    real_connect, real_getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def connect(self, address):  # noqa: ANN001, ANN202
        if isinstance(address, tuple) and address[0] not in local:
            attempts.append(f"connect {address}")
            raise OSError("network disabled in this test")
        return real_connect(self, address)

    def getaddrinfo(host, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if host not in local:
            attempts.append(f"lookup {host}")
            raise socket.gaierror("network disabled in this test")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    fresh_model = build_embedder(Settings())  # loaded from disk again, inside the block
    service = make_service(embedder_override=fresh_model)
    f = tmp_path / "r.txt"
    f.write_text(report_text(), encoding="utf-8")
    assert service.ingest([f]).ok
    assert service.search("kiểm định công tơ điện")[0].doc_id == "r"
    assert attempts == []
