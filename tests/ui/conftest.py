"""Session fixtures of the chat UI tests.

``chat_server``: the real page, started the way ``make run`` starts it (``tcdlcl ingest --if-empty
data/reports`` then ``tcdlcl chat``) in a subprocess on a free loopback port, over a temporary store
with the bundled reports and MiniLM, and an admin password. Shared by the browser and load tests so
the reports are indexed once per session.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
ADMIN_PASSWORD = "mat-khau-thu-nghiem"


@dataclass
class ChatServer:
    url: str
    store: Path
    feedback: Path
    password: str
    log: Path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tcdlcl() -> list[str]:
    script = Path(sys.executable).parent / "tcdlcl"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from assistant.cli import main; main()"]


def _env(store: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "TCDLCL_STORE": str(store), "TCDLCL_ADMIN_PASSWORD": ADMIN_PASSWORD, "TCDLCL_LLM": "none",
        "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False",
        "ANONYMIZED_TELEMETRY": "False", "PYTHONUNBUFFERED": "1",
    })
    for key in ("TCDLCL_CHROMA_URL", "TCDLCL_FEEDBACK_FILE", "TCDLCL_MAX_UPLOAD_MB"):
        env.pop(key, None)
    return env


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def chat_server(tmp_path_factory: pytest.TempPathFactory) -> ChatServer:
    base = tmp_path_factory.mktemp("chat-server")
    store = base / "store"
    env = _env(store)
    ingest = subprocess.run([*_tcdlcl(), "ingest", "--if-empty", str(ROOT / "data" / "reports")], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=600)
    assert ingest.returncode == 0, f"ingest failed:\n{ingest.stdout}\n{ingest.stderr}"
    port = _free_port()
    log = base / "chat.log"
    url = f"http://127.0.0.1:{port}/"
    with log.open("w") as fh:
        proc = subprocess.Popen([*_tcdlcl(), "chat", "--host", "127.0.0.1", "--port", str(port)], env=env, cwd=ROOT,
                                stdout=fh, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 240
        while True:
            if proc.poll() is not None:
                pytest.fail(f"`tcdlcl chat` exited with {proc.returncode}:\n{log.read_text()}")
            try:
                with urllib.request.urlopen(url, timeout=5) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"`tcdlcl chat` did not answer on {url} within 240 s:\n{log.read_text()}")
            time.sleep(0.5)
        yield ChatServer(url, store, store / "feedback.jsonl", ADMIN_PASSWORD, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        if ARTIFACTS.exists():
            shutil.copyfile(log, ARTIFACTS / "chat-server.log")
