"""The lexical index: BM25 over syllables and bigrams with an accent-folded twin, filters,
incremental replacement equal to a rebuild, persistence and damaged files."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from ingest.normalize import normalize_text
from ingest.pipeline import DocumentReader
from ingest.splitter import SentenceSplitter
from vectorstore.lexical import LexicalIndex, LexRecord
from vectorstore.tokenize import syllables, tokens

ROOT = Path(__file__).resolve().parents[2]
REPORTS = sorted((ROOT / "data" / "reports").glob("*.txt"))


def _records(doc: str, texts: list[str], year: int = 2021, version: str = "v1", captions: set[int] = frozenset()) -> list[LexRecord]:
    return [LexRecord(f"{doc}:{version}:{i}", normalize_text(t),
                      {"doc_id": doc, "version": version, "year": year, "n": i, "title": f"Báo cáo {doc}",
                       "is_caption": i in captions})
            for i, t in enumerate(texts)]


A = _records("a", [
    "Khối cơ quan Tổng cục đã thẩm định, trình công bố 389 TCVN trong năm 2021.",
    "Hoạt động đo lường: kiểm định 4.094 phương tiện đo, tăng 15,9% so với năm 2020.",
    "Toàn cảnh Hội nghị tổng kết công tác năm 2021.",
], captions={2})
B = _records("b", [
    "Năm 2016, Tổng cục đã thẩm định và trình công bố 412 TCVN.",
    "Sản lượng xăng dầu kiểm tra đạt 6.946.305,937 tấn.",
], year=2016)


@pytest.fixture
def index(tmp_path: Path) -> LexicalIndex:
    lex = LexicalIndex(tmp_path / "lexical")
    lex.rebuild(A + B, "fp-1")
    return lex


def test_tokens_are_syllables_bigrams_and_canonical_numbers() -> None:
    assert syllables("Thẩm định 4.094 phương tiện, 15,9%") == ["thẩm", "định", "4094", "phương", "tiện", "15.9"]
    toks = tokens("trình công bố 389 TCVN")
    assert {"trình", "công", "bố", "389", "tcvn", "công_bố", "trình_công", "389_tcvn"} <= set(toks)
    assert "do_luong" in tokens("Đo lường", fold=True)


def test_search_ranks_the_passage_with_the_phrase(index: LexicalIndex) -> None:
    hits = index.search("trình công bố bao nhiêu TCVN năm 2021")
    assert hits[0][0].id == "a:v1:0"
    assert [r.id for r, _ in index.search("6.946.305,937 tấn")][:1] == ["b:v1:1"]
    assert index.search("bóng đá ngoại hạng Anh") == []


def test_filters_years_docs_and_captions(index: LexicalIndex) -> None:
    assert {r.meta["year"] for r, _ in index.search("trình công bố TCVN", years=[2016])} == {2016}
    assert {r.meta["doc_id"] for r, _ in index.search("Tổng cục thẩm định", doc_ids=["a"])} == {"a"}
    assert any(r.id == "a:v1:2" for r, _ in index.search("Toàn cảnh Hội nghị"))
    assert all(r.id != "a:v1:2" for r, _ in index.search("Toàn cảnh Hội nghị", exclude_captions=True))


def test_query_without_diacritics_uses_the_folded_twin(index: LexicalIndex) -> None:
    assert index.search("kiem dinh phuong tien do", folded=True)[0][0].id == "a:v1:1"
    assert index.search("kiem dinh phuong tien do") == []  # the plain index needs the diacritics


def test_ties_come_back_in_a_stable_order(tmp_path: Path) -> None:
    lex = LexicalIndex(None)
    lex.rebuild(_records("t", ["thẩm định hồ sơ"] * 6), "fp")
    assert [r.id for r, _ in lex.search("thẩm định")] == [f"t:v1:{i}" for i in range(6)]


def _scores(lex: LexicalIndex, queries: list[str]) -> list[list[tuple[str, float]]]:
    return [[(r.id, round(s, 5)) for r, s in lex.search(q, 50)] for q in queries]


def test_incremental_replace_equals_a_rebuild() -> None:
    reports = {}
    for path in REPORTS:
        doc = DocumentReader().read(path)
        reports[path.stem] = [c.text for c in SentenceSplitter().split(doc.text, title=doc.title)]
    first, second = sorted(reports)
    queries = ["trình công bố TCVN", "kiểm định phương tiện đo", "xăng dầu", "Hội nghị tổng kết", "kiem dinh"]
    incremental = LexicalIndex(None)
    incremental.rebuild(_records(first, reports[first]), "fp-1")
    incremental.replace_documents({second}, _records(second, reports[second], year=2016), "fp-2")
    changed = reports[first][:5] + ["Đoạn mới: thẩm định 999 hồ sơ tiêu chuẩn cơ sở."]
    incremental.replace_documents({first}, _records(first, changed, version="v2"), "fp-3")
    rebuilt = LexicalIndex(None)
    rebuilt.rebuild(_records(second, reports[second], year=2016) + _records(first, changed, version="v2"), "fp-3")
    assert sorted(r.id for r in incremental.records) == sorted(r.id for r in rebuilt.records)
    for q in queries:
        a = sorted(incremental.search(q, 50), key=lambda x: x[0].id)
        b = sorted(rebuilt.search(q, 50), key=lambda x: x[0].id)
        assert [(r.id, round(s, 4)) for r, s in a] == [(r.id, round(s, 4)) for r, s in b]
    assert incremental.search("thẩm định 999 hồ sơ")[0][0].id == f"{first}:v2:5"
    incremental.replace_documents({first, second}, [], "fp-4")
    assert len(incremental) == 0 and incremental.search("TCVN") == []


def test_save_and_load_round_trip(index: LexicalIndex, tmp_path: Path) -> None:
    index.save()
    loaded = LexicalIndex(index.folder)
    assert loaded.load()
    assert loaded.fingerprint == "fp-1" and len(loaded) == len(index)
    queries = ["trình công bố TCVN", "kiem dinh", "xăng dầu"]
    assert _scores(loaded, queries[:1] + queries[2:]) == _scores(index, queries[:1] + queries[2:])
    assert loaded.search("kiem dinh", folded=True)[0][0].id == index.search("kiem dinh", folded=True)[0][0].id
    assert loaded.doc_versions() == {"a": "v1", "b": "v1"}
    meta_path = index.folder / "lexical.json"
    assert oct(meta_path.stat().st_mode & 0o777) != "0o600"  # not left with mkstemp's private mode


def test_damaged_or_mismatched_files_are_not_used(index: LexicalIndex, tmp_path: Path) -> None:
    index.save()
    folder = index.folder
    meta_path, mat_path = folder / "lexical.json", folder / "lexical.npz"
    good_meta, good_mat = meta_path.read_bytes(), mat_path.read_bytes()
    # a crash between the two writes: matrices of one save, metadata of another
    other = LexicalIndex(tmp_path / "other")
    other.rebuild(A, "fp-other")
    other.save()
    mat_path.write_bytes((tmp_path / "other" / "lexical.npz").read_bytes())
    assert not LexicalIndex(folder).load()
    mat_path.write_bytes(good_mat)
    meta_path.write_bytes(good_meta[: len(good_meta) // 2])  # truncated
    fresh = LexicalIndex(folder)
    assert not fresh.load() and fresh.fingerprint is None and len(fresh) == 0
    meta = json.loads(good_meta)
    meta["format"] = 1
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    assert not LexicalIndex(folder).load()
    mat_path.write_bytes(b"not numpy")
    meta_path.write_bytes(good_meta)
    assert not LexicalIndex(folder).load()
    assert not LexicalIndex(tmp_path / "nothing-here").load()


def test_idf_reflects_the_corpus(index: LexicalIndex) -> None:
    assert index.idf("tcvn") < index.idf("xăng")
    assert index.idf("không-có-trong-chỉ-mục") > index.idf("xăng")
    assert np.isfinite(index.idf("tong", folded=True))
