"""The hybrid retriever's dense side: Chroma gives the nearest chunk ids, their texts and metadata come
from the lexical index, which holds exactly the committed chunks."""

from __future__ import annotations

from pathlib import Path

REPORT = (
    "BÁO CÁO\nKết quả công tác năm 2021 của Chi cục Tiêu chuẩn Đo lường Chất lượng\n"
    "1. Công tác đo lường\nTrong năm, Chi cục đã kiểm định 1.250 phương tiện đo các loại.\n"
    "2. Công tác chất lượng\nChi cục đã kiểm tra 84 cơ sở kinh doanh xăng dầu.\n"
)
QUESTION = "how many measuring instruments were verified"  # no syllable of the report: dense hits only


def test_dense_hits_carry_the_committed_text_and_hide_an_unfinished_version(make_service, tmp_path: Path) -> None:  # noqa: ANN001
    service = make_service(tmp_path / "store")
    report = tmp_path / "bao-cao-2021.txt"
    report.write_text(REPORT, encoding="utf-8")
    service.ingest([report])
    retriever, index = service.retriever, service.retriever.index
    committed = {r.id: r for r in index.lexical.records}
    assert committed and index.lexical.search(QUESTION) == []

    # another process is writing a new version: its chunk is in Chroma, nearer than any, not committed yet
    first = next(iter(committed.values()))
    unfinished = {**first.meta, "version": "v-unfinished"}
    vector = retriever.embedder.embed([QUESTION])[0]
    index.store.add_chunks([f"{first.meta['doc_id']}:v-unfinished:0"], [vector], ["Chi cục đã kiểm định 9.999 phương tiện đo."],
                           [unfinished])
    assert index.store.nearest(vector, 1)[0][0].endswith("v-unfinished:0")

    passages = retriever.search(QUESTION)
    assert passages, "the dense side finds the report without a shared word"
    assert all("9.999" not in p.text for p in passages)
    for p in passages:
        record = committed[p.chunk_id]
        assert p.text == record.text and p.doc_id == record.meta["doc_id"] and p.year == 2021
