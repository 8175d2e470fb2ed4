"""``tcdlcl bench legacy``: how well ingestion reads legacy-font PDFs, scored against hand-checked
transcripts (``NAME.pdf`` beside ``NAME.groundtruth.txt``) the way the public benchmark does — and, for
comparison, a plain pypdf extraction of the same file."""

from __future__ import annotations

import json
import time
from pathlib import Path

from assistant.settings import PROJECT_ROOT
from eval.legacy_score import score_extraction

DEFAULT_DIR = PROJECT_ROOT / "tests" / "fixtures" / "legacy"


def pairs(folder: Path) -> list[tuple[Path, Path]]:
    out = []
    for pdf in sorted(folder.glob("*.pdf")):
        truth = pdf.with_suffix(".groundtruth.txt")
        if truth.exists():
            out.append((pdf, truth))
    return out


def run_legacy_bench(folder: Path = DEFAULT_DIR, out: Path | None = None) -> dict:
    from pypdf import PdfReader

    from ingest.pipeline import DocumentReader

    reader = DocumentReader()
    rows = []
    for pdf, truth_path in pairs(folder):
        truth = truth_path.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        doc = reader.read(pdf)
        seconds = time.perf_counter() - t0
        plain = "\n".join(p.extract_text() or "" for p in PdfReader(str(pdf)).pages)
        repaired, raw = score_extraction(doc.text, truth), score_extraction(plain, truth)
        rows.append({
            "file": pdf.name, "encoding": doc.encoding, "seconds": round(seconds, 2),
            "diacritic_accuracy": round(repaired["diacritic_accuracy"], 4),
            "syllable_accuracy": round(repaired["syllable_accuracy"], 4),
            "plain_pypdf_diacritic_accuracy": round(raw["diacritic_accuracy"], 4),
            "plain_pypdf_syllable_accuracy": round(raw["syllable_accuracy"], 4),
        })
    payload = {"folder": str(folder), "targets": {"diacritic_accuracy": 0.98, "syllable_accuracy": 0.95}, "files": rows}
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "legacy.json").write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return payload


def render(payload: dict) -> str:
    lines = [f"{'file':48} {'encoding':8} {'diacritic':>9} {'syllable':>8}   plain pypdf (diacritic/syllable)"]
    for r in payload["files"]:
        lines.append(f"{r['file'][:48]:48} {str(r['encoding']):8} {r['diacritic_accuracy']:9.4f} {r['syllable_accuracy']:8.4f}"
                     f"   {r['plain_pypdf_diacritic_accuracy']:.4f} / {r['plain_pypdf_syllable_accuracy']:.4f}")
    if not payload["files"]:
        lines.append("no NAME.pdf + NAME.groundtruth.txt pairs found")
    return "\n".join(lines)
