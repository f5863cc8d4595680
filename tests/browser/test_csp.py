"""The shipped hub under the strict Content-Security-Policy its hosting files send (hosting/).

Every page type loads with no policy violation and no console error, and every feature that
needs a script works under it: a quiz, a listing filter, a pathway tick, a pack's start time,
the search.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading

import pytest
from conftest import ROOT

from .conftest import DESKTOP, _QuietHandler, _recorded_page
from .page_types import page_types

pytestmark = pytest.mark.browser

HOSTING = ROOT / "hosting"
#: Records what the browser refuses, before any of the page's own scripts run.
WATCH_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});
"""


def shipped_headers() -> dict[str, str]:
    """The security headers, as each hosting file sends them; they must agree."""
    found = {
        "nginx": dict(re.findall(r'add_header ([\w-]+) "([^"]+)" always;', (HOSTING / "nginx.conf").read_text())),
        "apache": dict(re.findall(r'Header always set ([\w-]+) "([^"]+)"', (HOSTING / "apache.htaccess").read_text())),
        "iis": dict(re.findall(r'<add name="([\w-]+)" value="([^"]+)" />', (HOSTING / "web.config").read_text())),
    }
    assert found["nginx"] == found["apache"] == found["iis"], found
    return found["nginx"]


def test_hosting_files_send_the_same_strict_policy():
    headers = shipped_headers()
    policy = headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    # Scripts from the site only, no inline script or style, no eval: WebAssembly (the search) the one addition.
    assert directives["script-src"] == "'self' 'wasm-unsafe-eval'" and directives["style-src"] == "'self'"
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert {"Referrer-Policy", "Permissions-Policy"} <= headers.keys()


@pytest.fixture(scope="module")
def csp_server(shipped_site):
    headers = shipped_headers()

    class WithPolicy(_QuietHandler):
        def end_headers(self):
            for name, value in headers.items():
                self.send_header(name, value)
            super().end_headers()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(WithPolicy, directory=str(shipped_site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def csp_page(browser, csp_server):
    for recorded in _recorded_page(browser, csp_server, **DESKTOP):
        recorded.page.context.add_init_script(WATCH_VIOLATIONS)
        yield recorded


def _violations(recorded) -> list[str]:
    return recorded.page.evaluate("window.__cspViolations || []")


def test_every_page_type_runs_under_the_policy(shipped_site, csp_page):
    found = []
    for kind, path in page_types(shipped_site):
        csp_page.problems.clear()
        page = csp_page.open(path)
        page.wait_for_load_state("networkidle")
        found += [f"{kind} (/{path}): {v}" for v in _violations(csp_page)]
        found += [f"{kind} (/{path}): {p}" for p in csp_page.problems]
        assert page.evaluate("typeof window.__md_scope") == "object", f"{kind}: the theme's first script did not run"
    assert found == []


def test_features_work_under_the_policy(csp_page):
    # A quiz: answer and check a question; the feedback appears.
    page = csp_page.open("quizzes/three-columns/")
    question = page.locator(".hub-q").first
    question.locator("input").first.check()
    question.get_by_role("button", name=re.compile("Check", re.I)).first.click()
    assert question.locator("[role=status], [aria-live]").first.inner_text().strip() != ""
    # A listing filter: choosing a category hides the other guides.
    page = csp_page.open("guides/")
    cards = page.locator("[data-filter-item]")
    total = cards.count()
    page.locator("select").first.select_option(index=1)
    assert 0 < page.locator("[data-filter-item]:visible").count() < total
    # A pathway tick is kept when the page is opened again.
    page = csp_page.open("start/social-worker/")
    tick = page.locator("[data-step] input[type=checkbox]").first
    tick.check()
    page.reload()
    assert page.locator("[data-step] input[type=checkbox]").first.is_checked()
    # A pack's start time moves its clock times.
    page = csp_page.open("packs/safety-planning-workshop/")
    times = page.locator("[data-offset]")
    before = times.first.inner_text()
    page.locator("input[type=time]").first.fill("13:00")
    page.locator("input[type=time]").first.dispatch_event("change")
    assert times.first.inner_text() != before
    # The search: a query finds the Safety plans guide.
    page = csp_page.open("")
    page.keyboard.press("/")
    page.keyboard.type("safety plan", delay=30)
    page.get_by_role("link", name=re.compile("Safety plans")).first.wait_for(timeout=30000)
    # (A request the browser itself abandons when the next page opens, such as the favicon, is no fault.)
    assert _violations(csp_page) == [] and [p for p in csp_page.problems if "ERR_ABORTED" not in p] == []
