"""Shared test helpers: a fixture-hub factory and a real MkDocs build."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MKDOCS = [sys.executable, "-m", "mkdocs"]


def make_hub(where: Path, content: Path | None = FIXTURES / "minimal", files: dict[str, str] | None = None, hub_settings: dict | None = None) -> Path:
    """Assemble a hub: the real code and theme with the given content.

    ``content`` is a folder copied as the hub's content (docs/, resources/,
    quizzes/); ``files`` then adds or replaces single files (path -> text).
    The navigation is left for MkDocs to build from the files present.
    """
    where.mkdir(parents=True, exist_ok=True)
    for code in ("macros", "overrides"):
        os.symlink(ROOT / code, where / code)
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config.pop("nav", None)
    if hub_settings:
        config["extra"]["hub"].update(hub_settings)
    (where / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    if content is not None:
        shutil.copytree(content, where, dirs_exist_ok=True)
    for folder in ("docs", "resources", "quizzes", "packs"):
        (where / folder).mkdir(exist_ok=True)
    shutil.copytree(ROOT / "docs" / "assets", where / "docs" / "assets", dirs_exist_ok=True)
    for rel, text in (files or {}).items():
        target = where / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return where


def index_entries(site: Path) -> dict[str, dict]:
    """Every page and entry in a built site's search index (Pagefind), by its address: its text,
    meta and filters, read from the index's own files (each fragment is gzipped JSON)."""
    entries = {}
    for fragment in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        assert data.startswith(b"pagefind_dcd"), fragment
        entry = json.loads(data[len(b"pagefind_dcd") :])
        entries[entry["url"]] = entry
    return entries


def build(hub_dir: Path, site_dir: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run a real strict MkDocs build of the hub at ``hub_dir``."""
    return subprocess.run(
        [*MKDOCS, "build", "--strict", "--site-dir", str(site_dir)],
        cwd=hub_dir,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        timeout=600,
    )


@pytest.fixture
def fixture_hub(tmp_path: Path) -> Path:
    return make_hub(tmp_path / "hub")


@pytest.fixture(scope="session")
def shipped_site(tmp_path_factory) -> Path:
    """The shipped hub, built once per test run by real MkDocs."""
    site = tmp_path_factory.mktemp("shipped") / "site"
    result = build(ROOT, site)
    assert result.returncode == 0, f"the shipped hub failed to build:\n{result.stdout}\n{result.stderr}"
    return site


#: The day the training tests build on: fixture sessions fall before and after it.
TRAINING_TODAY = "2026-08-01"


@pytest.fixture(scope="session")
def training_sites(tmp_path_factory) -> tuple[Path, Path]:
    """The fixture hub built twice on the same pinned day (HUB_TODAY), for the
    training pages and feeds and to prove two builds give identical feeds."""
    where = tmp_path_factory.mktemp("training")
    sites = []
    for name in ("first", "second"):
        hub = make_hub(where / name / "hub")
        site = where / name / "site"
        result = build(hub, site, env={"HUB_TODAY": TRAINING_TODAY})
        assert result.returncode == 0, result.stdout + result.stderr
        sites.append(site)
    return sites[0], sites[1]
