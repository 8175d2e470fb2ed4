"""``tcdlcl ingest / docs / extract`` through click's CliRunner (on services sharing the session's
model) and as real processes (exit codes, a fresh process's view, nothing but one line per bad file)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "data" / "reports"
TCDLCL = Path(sys.executable).parent / "tcdlcl"
SMALL = "Báo cáo tổng kết năm 2020 của Chi cục\n\nNăm 2020, Chi cục đã kiểm định 2.468 phương tiện đo và thử nghiệm 135 mẫu.\n"


def _invoke(service, args: list[str]):  # noqa: ANN001, ANN202
    return CliRunner().invoke(cli, args, obj={"service": service})


def _env(**extra: str) -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if not k.startswith("TCDLCL_")}, **extra}


def test_ingest_bundled_reports_then_nothing_to_do(make_service) -> None:  # noqa: ANN001
    service = make_service()
    first = _invoke(service, ["ingest", str(REPORTS)])
    assert first.exit_code == 0, first.output
    lines = first.output.splitlines()
    assert any(line.startswith("indexed") and "000-a13a535d0f93ab91" in line and "[2021]" in line for line in lines)
    assert any(line.startswith("indexed") and "002-ab2e45aba8c90e35" in line and "[2016]" in line for line in lines)
    assert "files: 2 indexed, 0 unchanged, 0 replaced, 0 failed" in lines
    second = _invoke(service, ["ingest", str(REPORTS)])
    assert second.exit_code == 0
    assert sum(line.startswith("unchanged") for line in second.output.splitlines()) == 2
    assert "files: 0 indexed, 2 unchanged, 0 replaced, 0 failed" in second.output
    assert "chunks: 0 added, 0 removed" in second.output
    as_json = json.loads(_invoke(service, ["ingest", "--json", str(REPORTS)]).output)
    assert (as_json["unchanged"], as_json["chunks_added"], len(as_json["files"])) == (2, 0, 2)
    skipped = _invoke(service, ["ingest", "--if-empty", str(REPORTS)])
    assert skipped.exit_code == 0 and "store already has reports: nothing to do" in skipped.output


def test_docs_lists_the_reports(reports_service) -> None:  # noqa: ANN001
    shown = _invoke(reports_service, ["docs"])
    assert shown.exit_code == 0
    assert "000-a13a535d0f93ab91\n  title: Khối cơ quan Tổng cục TCĐLCL: Hoàn thành tốt nhiệm vụ" in shown.output
    assert "year: 2021  date: 2021-12-28  author: Trương Vân" in shown.output
    assert "year: 2016  date: -  author: -" in shown.output
    assert "source: 002_ab2e45aba8c90e35.txt" in shown.output and "encoding repaired" not in shown.output
    rows = json.loads(_invoke(reports_service, ["docs", "--json"]).output)
    assert [(r["doc_id"], r["year"]) for r in rows] == [("000-a13a535d0f93ab91", 2021), ("002-ab2e45aba8c90e35", 2016)]
    assert all(r["chunks"] > 0 and r["title"] and r["source"] for r in rows)


def test_docs_on_an_empty_store(make_service) -> None:  # noqa: ANN001
    shown = _invoke(make_service(), ["docs"])
    assert shown.exit_code == 0 and "no reports indexed yet" in shown.output


def test_title_year_override_and_delete(make_service, tmp_path: Path) -> None:  # noqa: ANN001
    service = make_service()
    f = tmp_path / "chi-cuc.txt"
    f.write_text(SMALL, encoding="utf-8")
    done = _invoke(service, ["ingest", "--year", "2019", "--title", "Báo cáo Chi cục", str(f)])
    assert done.exit_code == 0 and "indexed   chi-cuc  [2019] Báo cáo Chi cục" in done.output
    gone = _invoke(service, ["ingest", "--delete", "chi-cuc"])
    assert gone.exit_code == 0 and gone.output.startswith("deleted chi-cuc (")
    unknown = _invoke(service, ["ingest", "--delete", "chi-cuc"])
    assert unknown.exit_code == 1 and "error: no indexed report has the id 'chi-cuc'" in unknown.output
    assert "Traceback" not in unknown.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest"], "give at least one file or folder, or --delete DOC_ID"),
        (["ingest", "--year", "3000", "x.txt"], "--year must be a year"),
        (["ingest", "--year", "abc", "x.txt"], "is not a valid integer"),
    ],
)
def test_bad_usage_exits_2(args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, args, obj={"service": None})
    assert result.exit_code == 2 and message in result.output


def test_extract_prints_normalised_text_or_names_the_file(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_bytes("Thuỷ\u00a0sản “tăng” 15,9%\r\n".encode("utf-16"))
    result = CliRunner().invoke(cli, ["extract", str(f)])
    assert result.exit_code == 0 and result.output == 'Thủy sản "tăng" 15,9%\n'
    missing = CliRunner().invoke(cli, ["extract", str(tmp_path / "missing.txt")])
    assert missing.exit_code == 1 and f"error: {tmp_path / 'missing.txt'}: file not found" in missing.output


def test_a_batch_with_a_corrupt_pdf_exits_1_names_it_and_indexes_the_rest(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "chi-cuc.txt").write_text(SMALL, encoding="utf-8")
    (batch / "hong.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n" + bytes(range(256)) * 10)
    (batch / "rong.txt").write_bytes(b"")
    env = _env(TCDLCL_STORE=str(tmp_path / "store"))
    done = subprocess.run([str(TCDLCL), "ingest", str(batch)], capture_output=True, text=True, env=env,
                          cwd=str(ROOT), timeout=300)
    assert done.returncode == 1, done.stdout + done.stderr
    out = done.stdout.splitlines()
    assert any(line.startswith("indexed   chi-cuc  [2020]") for line in out)
    assert "files: 1 indexed, 0 unchanged, 0 replaced, 2 failed" in out
    failed = [line for line in out if line.startswith("FAILED")]
    assert len(failed) == 2
    assert any(line.startswith(f"FAILED {batch / 'hong.pdf'}: corrupt PDF") for line in failed)
    assert any(line.startswith(f"FAILED {batch / 'rong.txt'}: the file is empty") for line in failed)
    assert "Traceback" not in done.stdout + done.stderr and done.stderr.strip() == ""
    docs = subprocess.run([str(TCDLCL), "docs", "--json"], capture_output=True, text=True, env=env, cwd=str(ROOT),
                          timeout=120)
    assert [d["doc_id"] for d in json.loads(docs.stdout)] == ["chi-cuc"]
    usage = subprocess.run([str(TCDLCL), "ingest"], capture_output=True, text=True, env=env, cwd=str(ROOT), timeout=120)
    assert usage.returncode == 2 and "give at least one file" in usage.stderr


def test_unreadable_files_are_one_clear_failure_each(make_service, tmp_path: Path) -> None:  # noqa: ANN001
    # Tests run as root, for whom chmod 000 changes nothing: the ingest runs with the effective uid
    # of "nobody" (the real uid stays root, so it is switched back after). Elsewhere chmod is enough.
    # Two cases: a file with mode 000 in an open folder, and a file inside a folder that cannot be
    # entered (pytest's own tmp folders are 0700).
    # the store itself stays usable for "nobody": Chroma may open a new SQLite connection mid-ingest, and a
    # store under pytest's 0700 tmp folder would then fail for a reason this test is not about
    store = Path(tempfile.mkdtemp(prefix="tcdlcl-perm-store-"))
    service = make_service(store=store)
    service.ingester.index.sync()  # open the store (Chroma and the lexical index) as ourselves first
    for p in [store, *store.rglob("*")]:
        p.chmod(0o777)
    open_dir = Path(tempfile.mkdtemp(prefix="tcdlcl-perm-"))
    open_dir.chmod(0o755)
    locked = open_dir / "mat.txt"
    locked.write_text(SMALL, encoding="utf-8")
    locked.chmod(0)
    hidden = tmp_path / "an.txt"
    hidden.write_text(SMALL, encoding="utf-8")
    switched = False
    if os.geteuid() == 0:
        try:
            os.seteuid(65534)
            switched = True
        except OSError:
            shutil.rmtree(open_dir)
            pytest.skip("cannot switch the effective uid to test unreadable files")
    try:
        summary = service.ingest([locked, hidden])
    finally:
        if switched:
            os.seteuid(0)
        shutil.rmtree(open_dir)
        service.close()
        shutil.rmtree(store, ignore_errors=True)
    reasons = [(r.status, r.reason) for r in summary.results]
    denied = ("failed", "permission denied: the file cannot be read (check its permissions)")
    assert reasons[0] == denied
    if switched:
        assert reasons[1] == denied
    assert f"FAILED {locked}: permission denied" in summary.render()
