"""Portable beyond MkDocs: the shipped hub builds the same with ProperDocs, the maintained fork of
MkDocs 1.6, as with MkDocs itself (ARCHITECTURE.md says what a port to another engine touches)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

#: The one line that differs by design: each engine names itself in the page's generator tag.
GENERATOR = re.compile(rb'\s*<meta name="generator" content="[^"]*">')


def _build(engine: str, site: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", engine, "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "HUB_TODAY": "2026-12-01"},
    )


def _files(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): GENERATOR.sub(b"", p.read_bytes()) for p in sorted(site.rglob("*")) if p.is_file()}


def test_properdocs_and_mkdocs_build_the_same_hub(tmp_path):
    results = {engine: _build(engine, tmp_path / engine) for engine in ("mkdocs", "properdocs")}
    for engine, result in results.items():
        assert result.returncode == 0, f"{engine}:\n{result.stdout}\n{result.stderr}"
    mkdocs, properdocs = _files(tmp_path / "mkdocs"), _files(tmp_path / "properdocs")
    assert sorted(mkdocs) == sorted(properdocs)
    assert [name for name in mkdocs if mkdocs[name] != properdocs[name]] == []
    assert b"ProperDocs" in (tmp_path / "properdocs" / "index.html").read_bytes(), "it really was ProperDocs that built it"
