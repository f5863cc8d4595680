"""Under `mkdocs serve` (what `make serve` runs), an editor's mistake shows in the browser.

A real server, a real edit, a real Chromium: breaking a guide's front matter makes the open
page show the problem with its file and line; fixing it brings the page back by itself. The
published build is never affected: `mkdocs build` still stops (tests/test_build.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from conftest import make_hub
from test_serve import free_port, wait_for

pytestmark = pytest.mark.browser


@pytest.fixture
def served(tmp_path):
    hub = make_hub(tmp_path / "hub")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=hub,
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "serve.log").open("w"),
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(base, "Example County Council")
        yield hub, base, tmp_path / "serve.log"
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_for_text(page, text: str, seconds: float = 40) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if text in page.content():
                return
        except Exception:  # the page is reloading itself at that moment: look again
            pass
        time.sleep(0.25)
    raise AssertionError(f"the page never showed {text!r}:\n{page.inner_text('body')[:2000]}")


def test_a_broken_guide_shows_in_the_open_page_and_its_fix_brings_the_page_back(served, browser):
    hub, base, log = served
    guide = hub / "docs/guides/alpha.md"
    original = guide.read_text(encoding="utf-8")
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "guides/alpha/")
    assert "Guide alpha" in page.title()
    guide.write_text(original.replace("related: [beta]", "related: [betta]"), encoding="utf-8")
    _wait_for_text(page, "docs/guides/alpha.md:8")  # the page reloads by itself, to the list of problems
    assert "related guide 'betta' does not exist" in page.inner_text("body")
    assert "did you mean 'beta'" in page.inner_text("body")
    assert "docs/guides/alpha.md:8" in log.read_text(encoding="utf-8"), "the terminal shows it too"
    # Any other page of the preview shows the same list until it is fixed.
    other = context.new_page()
    other.goto(base + "glossary/")
    assert "docs/guides/alpha.md:8" in other.inner_text("body")
    guide.write_text(original, encoding="utf-8")
    _wait_for_text(page, "A fixture guide called alpha")  # ... and back by itself once fixed
    assert "problem" not in page.title()
    context.close()


def test_a_broken_link_shows_in_the_preview_too(served, browser):
    hub, base, _ = served
    page_file = hub / "docs/oops.md"
    context = browser.new_context()
    page = context.new_page()
    page.goto(base)
    page_file.write_text("---\ntitle: Oops\n---\n\n# Oops\n\nSee [a page](no-such-page.md).\n", encoding="utf-8")
    _wait_for_text(page, "docs/oops.md")
    assert "no-such-page.md" in page.inner_text("body")
    page_file.unlink()
    _wait_for_text(page, "Example County Council")
    context.close()


def test_the_list_is_never_published(tmp_path):
    """`mkdocs build` never writes the list of problems: it stops, and publishes nothing."""
    hub = make_hub(tmp_path / "hub", files={"docs/oops.md": "---\ntitle: Oops\n---\n\n# Oops\n\nSee [a page](no-such-page.md).\n"})
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=hub,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=600,
    )
    assert result.returncode != 0 and "no-such-page.md" in result.stdout + result.stderr
    assert not [p for p in site.rglob("*.html") if "problems to fix" in p.read_text(encoding="utf-8")]
