"""`tcdlcl bench legacy`: the repaired extraction of the real TCVN3 PDFs meets the transcript targets and
is reported next to the plain pypdf extraction, which is unreadable."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from assistant.cli import cli


def test_bench_legacy_reports_transcript_scores(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["bench", "legacy", "--json", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    files = {r["file"]: r for r in payload["files"]}
    assert len(files) == 2
    for row in files.values():
        assert row["encoding"] == "tcvn3"
        assert row["diacritic_accuracy"] >= 0.98 and row["syllable_accuracy"] >= 0.95
        assert row["plain_pypdf_diacritic_accuracy"] < 0.1  # what the bench is a comparison with
    assert json.loads((tmp_path / "legacy.json").read_text(encoding="utf-8"))["files"]


def test_bench_legacy_on_a_folder_without_pairs(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["bench", "legacy", "--legacy-dir", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0
    assert "no NAME.pdf + NAME.groundtruth.txt pairs found" in result.output
