"""`mkdocs serve` (what `make serve` runs) serves the hub and rebuilds when content changes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

from conftest import make_hub


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(url: str, text: str, seconds: float = 60) -> str:
    deadline, last = time.monotonic() + seconds, ""
    while time.monotonic() < deadline:
        try:
            last = fetch(url)
            if text in last:
                return last
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} never showed {text!r}")


def test_serve_shows_the_hub_and_reloads_on_content_changes(tmp_path):
    hub = make_hub(tmp_path / "hub")
    port = free_port()
    log = tmp_path / "serve.log"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=hub,
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        base = f"http://127.0.0.1:{port}/"
        wait_for(base, "Example County Council")
        glossary = hub / "resources" / "glossary.yml"
        glossary.write_text(glossary.read_text().replace("Work to protect a child", "Freshly edited, work to protect a child"))
        wait_for(base + "glossary/", "Freshly edited")
        quiz = hub / "quizzes" / "sample.yml"
        quiz.write_text(quiz.read_text().replace("title: Sample quiz", "title: Renamed sample quiz"))
        wait_for(base + "quizzes/sample/", "Renamed sample quiz")
        # a mistake while serving is reported with its file and line; mending it brings the site back
        quiz.write_text(quiz.read_text().replace("pass_mark: 60", "pass_mark: sixty"))
        deadline = time.monotonic() + 60
        while "quizzes/sample.yml:5: 'pass_mark'" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.3)
        assert "quizzes/sample.yml:5: 'pass_mark' should be a valid integer" in log.read_text()
        assert "Traceback" not in log.read_text()
        quiz.write_text(quiz.read_text().replace("pass_mark: sixty", "pass_mark: 65"))
        wait_for(base + "quizzes/sample/", "Pass mark: 65%")
    finally:
        server.terminate()
        server.wait(timeout=20)
