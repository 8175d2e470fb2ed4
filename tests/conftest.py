"""Session fixtures shared by the whole suite.

* ``embedder`` — the real bundled all-MiniLM-L6-v2, loaded once per session (and remembering what
  it embedded, so the bundled reports are embedded once however many stores they go into);
* ``make_service`` — ``make_service(store=None, **settings)`` builds the real service
  (``assistant.wiring.build_service``) on a fresh temporary store, sharing that embedder;
* ``reports_service`` — a service whose store holds the bundled ``data/reports`` (ingested once per
  session; tests must not change it);
* ``chroma_server`` — a real ``chroma run`` server on a free port (URL), started once, stopped at the end;
* the exported ONNX embedding model goes to a throw-away cache (``TCDLCL_CACHE_DIR``), exported once per session;
* ``pdf_factory`` — writes Vietnamese PDFs with reportlab and DejaVu Sans (text pages, blank pages,
  password-protected files).

The suite is hermetic: ``TCDLCL_*`` variables of the calling shell are removed, ``TCDLCL_STORE``
points to a throw-away folder (so nothing touches the project's own ``.store``), and the hub and
telemetry are off.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "data" / "reports"
LEGACY = ROOT / "tests" / "fixtures" / "legacy"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
VENV_BIN = Path(sys.executable).parent

for _key in [k for k in os.environ if k.startswith("TCDLCL_")]:
    del os.environ[_key]
# a test that builds Settings() without a store gets a throw-away one, never the project's .store
_SESSION_STORE = tempfile.mkdtemp(prefix="tcdlcl-test-store-")
atexit.register(shutil.rmtree, _SESSION_STORE, ignore_errors=True)
os.environ["TCDLCL_STORE"] = _SESSION_STORE
# the exported ONNX embedding model goes to a throw-away cache too (exported once per test session)
_SESSION_CACHE = tempfile.mkdtemp(prefix="tcdlcl-test-cache-")
atexit.register(shutil.rmtree, _SESSION_CACHE, ignore_errors=True)
os.environ["TCDLCL_CACHE_DIR"] = _SESSION_CACHE
for _key, _value in {
    "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
    "GRADIO_ANALYTICS_ENABLED": "False", "TOKENIZERS_PARALLELISM": "false",
}.items():
    os.environ.setdefault(_key, _value)


class MemoEmbedder:
    """The real embedder with a per-session memory of the texts it has embedded: the same report
    ingested into several test stores is embedded once (the vectors are the model's own)."""

    def __init__(self, inner) -> None:  # noqa: ANN001
        self.inner = inner
        self.model_id = inner.model_id
        self._memo: dict[str, list[float]] = {}

    def embed(self, texts: list[str]) -> list[list[float]]:
        todo = list(dict.fromkeys(t for t in texts if t not in self._memo))
        for t, v in zip(todo, self.inner.embed(todo) if todo else []):
            self._memo[t] = v
        return [list(self._memo[t]) for t in texts]

    def __getattr__(self, name: str):  # noqa: ANN204 - dimension, batch_size … of the real one
        return getattr(self.inner, name)


@pytest.fixture(scope="session")
def embedder() -> MemoEmbedder:
    """The bundled MiniLM, loaded once for the whole session."""
    from assistant.settings import Settings
    from assistant.wiring import build_embedder

    model = build_embedder(Settings())  # the same model and token budget as the product
    model.embed(["Tổng cục Tiêu chuẩn Đo lường Chất lượng"])  # load now, not inside a timed test
    return MemoEmbedder(model)


@pytest.fixture(scope="session")
def make_service(embedder, tmp_path_factory):
    """``make_service(store=None, **settings)`` → an ``AssistantService`` on a fresh store."""
    from assistant.settings import Settings
    from assistant.wiring import build_service

    def make(store: Path | None = None, embedder_override=None, **settings):  # noqa: ANN001, ANN202
        store = Path(store) if store else tmp_path_factory.mktemp("store")
        return build_service(Settings(store=store, **settings), embedder=embedder_override or embedder)

    return make


@pytest.fixture(scope="session")
def reports_store(make_service, tmp_path_factory) -> Path:
    """A store folder holding the two bundled reports (read-only for tests)."""
    store = tmp_path_factory.mktemp("reports-store")
    summary = make_service(store).ingest([REPORTS])
    assert summary.ok and summary.count("indexed") == 2, summary.render()
    return store


@pytest.fixture(scope="session")
def reports_service(make_service, reports_store):
    return make_service(reports_store)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _heartbeat(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as resp:
            return resp.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """URL of a real ``chroma run`` server with its data in a temporary folder."""
    exe = VENV_BIN / "chroma"
    if not exe.exists():
        pytest.skip(f"the chroma CLI is not installed next to {sys.executable}")
    data = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = (data / "server.log").open("wb")
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    proc = subprocess.Popen(
        [str(exe), "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while not _heartbeat(url):
            if proc.poll() is not None:
                pytest.fail(f"chroma run exited with {proc.returncode}: {(data / 'server.log').read_text()[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail("chroma run did not answer its heartbeat within 60 s")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


class PdfFactory:
    """Writes PDFs for tests: Vietnamese text in DejaVu Sans, one list of lines per page."""

    def __init__(self, folder: Path) -> None:
        if not FONT.exists():
            pytest.skip(f"{FONT} is missing (apt-get install fonts-dejavu-core)")
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
        self.folder = folder

    def text(self, name: str, pages: list[list[str]], title: str | None = None, author: str | None = None,
             password: str | None = None) -> Path:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        path = self.folder / name
        c = canvas.Canvas(str(path), pagesize=A4)
        if title:
            c.setTitle(title)
        if author:
            c.setAuthor(author)
        for lines in pages:
            c.setFont("DejaVuSans", 11)
            y = 800
            for line in lines:
                if line:
                    c.drawString(50, y, line)
                y -= 16
            c.showPage()
        c.save()
        if password:
            self._encrypt(path, password)
        return path

    def blank(self, name: str, pages: int = 1) -> Path:
        """Pages with a drawing but no text at all (what a scan without OCR looks like to pypdf)."""
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        path = self.folder / name
        c = canvas.Canvas(str(path), pagesize=A4)
        for _ in range(pages):
            c.rect(100, 100, 300, 300, fill=0)
            c.showPage()
        c.save()
        return path

    @staticmethod
    def _encrypt(path: Path, password: str) -> None:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(str(path)))
        writer.encrypt(user_password=password, owner_password=password + "-owner")
        with path.open("wb") as fh:
            writer.write(fh)


@pytest.fixture
def pdf_factory(tmp_path) -> PdfFactory:
    return PdfFactory(tmp_path)


class CountingEmbedder:
    """Wraps a real embedder and counts the texts it is asked to embed (same model id and vectors)."""

    def __init__(self, inner) -> None:  # noqa: ANN001
        self.inner = inner
        self.model_id = inner.model_id
        self.calls: list[int] = []

    @property
    def embedded(self) -> int:
        return sum(self.calls)

    def embed(self, texts: list[str]) -> list[list[float]]:
        self.calls.append(len(texts))
        return self.inner.embed(texts)


@pytest.fixture
def counting_embedder(embedder) -> CountingEmbedder:
    return CountingEmbedder(embedder)
