"""Run a command in a fresh subprocess and measure it: wall time, CPU time, peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

#: What every build and check in the benchmarks runs with.
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


@dataclass
class Run:
    wall: float  # seconds, start to exit
    cpu: float  # seconds of CPU (user + system) the process used
    peak_mb: float  # the process's peak resident memory (ru_maxrss), MiB
    output: str


def run(command: list[str], cwd: Path, env: dict | None = None) -> Run:
    """Run ``command`` in a new process and read its own resource use with wait4,
    so nothing else (this process, earlier runs) is counted. Exits on failure."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env={**ENV, **(env or {})}, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read().decode("utf-8", "replace")
    if process.returncode != 0:
        sys.exit(f"benchmark step failed ({' '.join(command)} in {cwd}):\n{output}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output)


def best(runs: list[Run]) -> Run:
    """The run that used the least CPU (others on the machine add noise, never speed)."""
    return min(runs, key=lambda r: r.cpu)


def mkdocs_build(project: Path, site: Path, env: dict | None = None) -> Run:
    return run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)], project, env)


def hub_check(project: Path, env: dict | None = None) -> Run:
    return run([sys.executable, "-m", "practice_hub", "check"], project, env)


def checker_start(project: Path) -> Run:
    """What every ``hub check`` costs before it reads a file: starting Python and importing the checker."""
    return run([sys.executable, "-c", "import practice_hub.cli, practice_hub.loader"], project)
