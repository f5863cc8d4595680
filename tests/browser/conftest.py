"""The browser harness: the built hub served on loopback, driven in real Chromium.

Chromium is the system's (Debian's `chromium`), started by Playwright through
an explicit executable path: no browser is downloaded at test time. Every
request a page makes is recorded, so tests can prove nothing leaves the host.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import ROOT, build, make_hub

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--metrics-recording-only",
]


def chromium_path() -> str:
    for name in (os.environ.get("HUB_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    pytest.fail("No Chromium found: run 'make test', which installs Debian's chromium, or set HUB_CHROMIUM")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _serve(directory: Path):
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="session")
def site_server(shipped_site):
    """Serve the built shipped hub on a free loopback port; yields its base URL."""
    server, url = _serve(shipped_site)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def fixture_server(tmp_path_factory):
    """Serve the fixture hub (tests/fixtures/minimal), built once by real MkDocs."""
    where = tmp_path_factory.mktemp("fixture-site")
    hub = make_hub(where / "hub")
    result = build(hub, where / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    server, url = _serve(where / "site")
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


class RecordedPage:
    """A Playwright page that records every request it makes, every response that
    failed and every error its console shows."""

    def __init__(self, page, base: str):
        self.page = page
        self.base = base
        self.requests: list[str] = []
        self.problems: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("response", lambda response: response.status >= 400 and self.problems.append(f"HTTP {response.status}: {response.url}"))
        page.on("requestfailed", lambda request: self.problems.append(f"request failed ({request.failure}): {request.url}"))
        page.on("console", lambda message: message.type == "error" and self.problems.append(f"console error: {message.text}"))
        page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))

    def open(self, path: str = ""):
        response = self.page.goto(self.base + path)
        assert response is not None and response.ok, f"{path}: HTTP {response.status if response else '?'}"
        return self.page

    def foreign_requests(self) -> list[str]:
        own = urlparse(self.base).netloc
        return [u for u in self.requests if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).netloc != own]

    def axe_violations(self, tags=WCAG_AA_TAGS) -> list[str]:
        """Run axe-core on the page as it is now; return violations as readable lines."""
        assert AXE.is_file(), "axe-core is missing: run 'make test', which installs it with npm"
        self.page.add_script_tag(path=str(AXE))
        result = self.page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", tags)
        lines = []
        for violation in result["violations"]:
            for node in violation["nodes"]:
                lines.append(
                    f"{violation['id']} ({violation['impact']}): {violation['help']} at {' '.join(node['target']) if isinstance(node['target'][0], str) else node['target']}"
                )
        return lines


def _recorded_page(browser, base: str, **context_options):
    """A fresh browser context (its own empty storage) with one recorded page."""
    context = browser.new_context(**context_options)
    yield RecordedPage(context.new_page(), base)
    context.close()


DESKTOP = {"viewport": {"width": 1280, "height": 900}}


@pytest.fixture
def hub_page(browser, site_server):
    yield from _recorded_page(browser, site_server, **DESKTOP)


@pytest.fixture
def hub_page_no_js(browser, site_server):
    yield from _recorded_page(browser, site_server, java_script_enabled=False)


@pytest.fixture
def fixture_page(browser, fixture_server):
    yield from _recorded_page(browser, fixture_server, **DESKTOP)


@pytest.fixture
def fixture_page_no_js(browser, fixture_server):
    yield from _recorded_page(browser, fixture_server, java_script_enabled=False)
