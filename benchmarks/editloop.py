"""The edit loop: under a real `mkdocs serve`, from saving a one-line change to a guide to the
rebuilt page being served, on a copy of the shipped hub and on its plain twin (a Material site
with the same pages, benchmarks/synthetic.py).

Each server is started and left to finish its first build; then the page's file is changed
(a new line under its first heading) and the page is fetched every 50 ms until the new line is
in it. This is wall-clock time, as an editor feels it: it includes MkDocs noticing the change.
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from . import measure
from .synthetic import ROOT, make_plain_site

#: The guide edited, and the page it is published as.
GUIDE = "docs/guides/genograms.md"
PAGE = "guides/genograms/"
EDITS = 3
#: The issue's targets: at most this many seconds on the shipped hub, and this many times the twin's.
SECONDS_TARGET = 2.0
RATIO_TARGET = 1.5


@dataclass
class Loop:
    site: str
    first_build: float
    edits: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.edits)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def _wait_for(url: str, text: str, timeout: float = 300) -> float:
    start = time.perf_counter()
    while text not in _get(url):
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"{url} did not show {text!r} within {timeout:.0f} s")
        time.sleep(0.05)
    return time.perf_counter() - start


def serve_and_edit(project: Path, source: str, heading: str, name: str) -> Loop:
    port = _free_port()
    url = f"http://127.0.0.1:{port}/{PAGE}"
    command = [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, cwd=project, env=measure.ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    file = project / source
    original = file.read_text(encoding="utf-8")
    try:
        first = _wait_for(url, "</html>")
        edits = []
        for n in range(EDITS):
            time.sleep(1.5)  # let the server settle, as between an editor's saves
            mark = f"Edited line {n} for the benchmark."
            file.write_text(original.replace(heading, f"{heading}\n\n{mark}\n", 1), encoding="utf-8")
            edits.append(_wait_for(url, mark))
        return Loop(name, first, edits)
    finally:
        file.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=30)


def run(log=print) -> list[Loop]:
    with tempfile.TemporaryDirectory(prefix="hub-editloop-") as tmp:
        tmp = Path(tmp)
        hub = tmp / "hub"
        files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.decode().split("\0")
        for name in filter(None, files):
            target = hub / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if (ROOT / name).is_file():
                shutil.copy2(ROOT / name, target)
        log("  the shipped hub under mkdocs serve...")
        hub_loop = serve_and_edit(hub, GUIDE, "## What it is", "shipped hub")
        log("  its plain twin under mkdocs serve...")
        measure.mkdocs_build(hub, tmp / "hub-site")
        plain = make_plain_site(hub, tmp / "hub-site", tmp / "plain")
        plain_loop = serve_and_edit(plain, "docs/guides/genograms.md", "## Part 1", "plain twin")
    return [hub_loop, plain_loop]


def table(loops: list[Loop]) -> list[str]:
    return [
        f"{loop.site}: first build served after {loop.first_build:.1f} s; a saved edit served after {', '.join(f'{e:.2f}' for e in loop.edits)} s (median {loop.median:.2f} s)"
        for loop in loops
    ]


def targets(loops: list[Loop]) -> list[tuple[str, bool, str]]:
    hub, plain = loops
    ratio = hub.median / plain.median
    return [
        (f"a saved edit served within {SECONDS_TARGET:.0f} s on the shipped hub", hub.median <= SECONDS_TARGET, f"median {hub.median:.2f} s of {EDITS}"),
        (f"at most {RATIO_TARGET} x the plain twin's", ratio <= RATIO_TARGET, f"{ratio:.2f} x ({plain.median:.2f} s for the twin)"),
    ]


if __name__ == "__main__":
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    for line in table(run()):
        print(line)
