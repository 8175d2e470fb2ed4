"""Shared by the tests/assistant modules: the bundled reports, ingested once per test session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assistant.settings import BUNDLED_REPORTS, Settings
from assistant.wiring import build_service


@pytest.fixture(scope="session")
def bundled_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the two bundled reports (real MiniLM vectors), built once per session."""
    path = tmp_path_factory.getbasetemp() / "assistant-bundled-store"
    if not (path / ".ready").exists():
        service = build_service(Settings(store=path, llm="none", chroma_url=None))
        summary = service.ingest([BUNDLED_REPORTS])
        assert summary.ok, summary.render()
        service.close()
        (path / ".ready").touch()
    return path


@pytest.fixture(scope="module")
def service(bundled_store: Path) -> Any:
    """The extractive service (no LLM) over the bundled store."""
    svc = build_service(Settings(store=bundled_store, llm="none", chroma_url=None))
    yield svc
    svc.close()


@pytest.fixture(scope="session")
def service_over(make_service, tmp_path_factory):  # noqa: ANN001, ANN201
    """``service_over({"name.txt": text, …})`` → an extractive service over just those reports, written
    and ingested in a folder of their own (the caller closes it)."""

    def make(files: dict[str, str]) -> Any:
        folder = tmp_path_factory.mktemp("reports")
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        svc = make_service(llm="none", chroma_url=None)
        summary = svc.ingest([Path(folder)])
        assert summary.ok, summary.render()
        return svc

    return make


# a real report ingested beside a test's short texts: a store of two short texts alone weighs every word by them
# ("kiểm định" as little as "và")
REAL_REPORT = Path(__file__).parents[2] / "eval/data/newdocs66/reports/hai-duong-9thang-2024.docling.md"


@pytest.fixture(scope="session")
def service_beside_real_report(service_over):  # noqa: ANN001, ANN201
    """``service_beside_real_report({"name.txt": text, …})``: :func:`service_over` those reports and ``REAL_REPORT``."""

    def make(files: dict[str, str]) -> Any:
        return service_over({**files, REAL_REPORT.name: REAL_REPORT.read_text(encoding="utf-8")})

    return make
