"""The site search in real Chromium, on the shipped hub's real Pagefind index: what a page load
fetches, what the reader's queries find first, the type labels and filter, accessibility,
the keyboard alone, a strict Content-Security-Policy, and a page without JavaScript."""

from __future__ import annotations

import functools
import http.server
import threading
from urllib.parse import urlparse

import pytest

from .conftest import DESKTOP, RecordedPage

pytestmark = pytest.mark.browser

SEARCH_BOX = ".md-search__input"
RESULT = ".hub-search__item"
STATUS = ".hub-search__status"

#: Query -> the page that must come first. The first five are the issue's; the rest the hub's own.
FIRST = {
    "safety plan": "guides/safety-plans/",
    "group supervision": "guides/group-supervision-mapping/",
    "worry statement": "guides/danger-statements/",  # the early-help name, from the glossary
    "genogram": "guides/genograms/",
    "booking": "training/",  # the page with "How to book"
    "wellbeing goal": "guides/safety-goals/",  # another glossary variant
    "signs of wellbeing map": "guides/three-columns/",  # a variant named through the guide's glossary: key
    "CIN": "glossary/#cin",  # an abbreviation: the glossary term
    "core programme": "training/courses/core-programme/",  # the course before its sessions
    "scaling": "guides/scaling-questions/",
    "words and pictures": "guides/words-and-pictures/",
    "accessibility": "about/accessibility/",
}


def search(page, query: str):
    """Type ``query`` into the open search (replacing what is there) and wait for its results."""
    box = page.locator(SEARCH_BOX)
    box.fill(query)
    page.locator(STATUS).filter(has_text=f"\u201c{query}\u201d").wait_for(timeout=30000)
    return page.locator(RESULT)


def first_result(page, base: str) -> str:
    href = page.locator(f"{RESULT} .hub-search__link").first.get_attribute("href")
    url = urlparse(href)
    return (url.path[len(urlparse(base).path) :] if url.path.startswith(urlparse(base).path) else url.path.lstrip("/")) + (
        f"#{url.fragment}" if url.fragment else ""
    )


def test_a_page_load_fetches_no_search_data(hub_page, shipped_site):
    page = hub_page.open("guides/genograms/")
    page.wait_for_load_state("networkidle")
    assert [u for u in hub_page.requests if "/pagefind/" in u or "search_index" in u] == []
    assert page.locator(SEARCH_BOX).is_visible()
    # Starting a search fetches the index, only the parts the word needs, and nothing from elsewhere.
    search(page, "genogram")
    fetched = [u for u in hub_page.requests if "/pagefind/" in u]
    assert any(u.endswith("pagefind.js") for u in fetched) and any(".pf_index" in u for u in fetched)
    chunks = [u for u in fetched if ".pf_index" in u]
    assert len(chunks) < len(list((shipped_site / "pagefind" / "index").iterdir()))
    assert hub_page.foreign_requests() == [] and hub_page.problems == []


def test_each_query_finds_its_page_first(hub_page):
    page = hub_page.open("")
    page.locator(SEARCH_BOX).click()
    found = {}
    for query in FIRST:
        search(page, query)
        found[query] = first_result(page, hub_page.base)
    assert found == FIRST
    # "booking" leads to the section that says how.
    search(page, "booking")
    section = page.locator(f"{RESULT}").first.locator(".hub-search__section a")
    assert section.inner_text() == "How to book" and section.get_attribute("href").endswith("training/#how-to-book")
    assert hub_page.problems == []


def test_results_say_what_they_are_and_the_type_filter_narrows_them(hub_page, shipped_site):
    page = hub_page.open("")
    page.locator(SEARCH_BOX).click()
    results = search(page, "safety plan")
    labels = page.locator(f"{RESULT} .hub-search__type").all_inner_texts()
    assert labels[0] == "Guide" and {"Quiz", "Course", "Workshop pack", "Glossary term"} <= set(labels)
    # A clean one-line excerpt: words apart, the words found marked, no title repeated.
    excerpts = page.locator(f"{RESULT} .hub-search__excerpt").all_inner_texts()
    assert all(e.strip() and "¶" not in e for e in excerpts)
    assert not excerpts[0].startswith("Safety plans.")
    assert page.locator(f"{RESULT}").first.locator("mark").count() > 0
    total = int(page.locator(STATUS).inner_text().split()[0])
    assert results.count() == min(total, 10)
    page.get_by_label("Guide (", exact=False).check()
    page.locator(STATUS).filter(has_text="guides of").wait_for()
    guides = page.locator(STATUS).inner_text()
    shown = page.locator(f"{RESULT} .hub-search__type").all_inner_texts()
    assert shown and set(shown) == {"Guide"}
    assert guides.startswith(f"{int(guides.split()[0])} guides of {total} results")
    page.get_by_label("All (", exact=False).check()
    page.locator(STATUS).filter(has_text=f"{total} results for").wait_for()
    assert len(set(page.locator(f"{RESULT} .hub-search__type").all_inner_texts())) > 1
    # More than ten: the rest on request.
    page.locator(".hub-search__more").click()
    results.nth(min(total, 20) - 1).wait_for()
    assert results.count() == min(total, 20)
    assert page.evaluate("document.activeElement.closest('li')") is not None  # focus on the first new result


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900}, {"width": 375, "height": 812}], ids=["desktop", "phone"])
def test_the_open_search_with_results_is_accessible(browser, site_server, viewport):
    context = browser.new_context(viewport=viewport)
    try:
        hub = RecordedPage(context.new_page(), site_server)
        page = hub.open("guides/")
        page.keyboard.press("/")
        search(page, "danger statement")
        page.get_by_label("Glossary term (", exact=False).check()
        page.locator(STATUS).filter(has_text="glossary term").wait_for()
        assert hub.axe_violations() == []
        assert hub.problems == []
    finally:
        context.close()


def test_keyboard_alone_opens_searches_moves_opens_and_closes(hub_page):
    page = hub_page.open("about/framework/")
    # Focus somewhere on the page, then the theme's shortcut opens the search there.
    page.keyboard.press("Tab")
    before = page.evaluate("document.activeElement.outerHTML")
    page.keyboard.press("s")
    assert page.evaluate("document.activeElement.id") == "hub-search-input"
    assert page.evaluate("document.getElementById('__search').checked")
    page.keyboard.type("three houses", delay=20)
    page.locator(STATUS).filter(has_text="\u201cthree houses\u201d").wait_for(timeout=30000)
    page.keyboard.press("ArrowDown")
    first = page.evaluate("document.activeElement.textContent")
    page.keyboard.press("ArrowDown")
    second = page.evaluate("document.activeElement.textContent")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.textContent") == first != second
    # Escape closes the search and gives focus back where it was.
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked")
    assert page.evaluate("document.activeElement.outerHTML") == before
    # Open again with /, move to the first result and open it with Enter.
    page.keyboard.press("/")
    page.locator(STATUS).filter(has_text="\u201cthree houses\u201d").wait_for()
    page.keyboard.press("ArrowDown")
    target = page.evaluate("document.activeElement.href")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == target and "three-houses" in target
    assert hub_page.problems == []


def test_on_a_phone_the_search_button_opens_it_and_escape_returns_to_the_button(browser, site_server):
    context = browser.new_context(viewport={"width": 375, "height": 812})
    try:
        hub = RecordedPage(context.new_page(), site_server)
        page = hub.open("")
        button = page.get_by_role("button", name="Search the hub")
        assert button.is_visible() and button.get_attribute("aria-expanded") == "false"
        button.focus()
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "hub-search-input" and button.get_attribute("aria-expanded") == "true"
        assert page.locator(SEARCH_BOX).is_visible()
        search(page, "genogram")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Escape")
        assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Search the hub"
        assert button.get_attribute("aria-expanded") == "false"
        page.locator(SEARCH_BOX).wait_for(state="hidden")  # after the theme's closing transition
        # The results wrapper is no Tab stop of its own (accessibility review F5).
        assert page.locator(".md-search__scrollwrap").get_attribute("tabindex") is None
    finally:
        context.close()


def test_without_javascript_no_search_control_shows(hub_page_no_js):
    page = hub_page_no_js.open("")
    assert not page.locator(".md-search").is_visible()
    assert not page.locator(".hub-search__open").is_visible()


class _WithPolicy(http.server.SimpleHTTPRequestHandler):
    policy = ""

    def log_message(self, *args):
        pass

    def end_headers(self):
        self.send_header("Content-Security-Policy", self.policy)
        super().end_headers()


@pytest.mark.parametrize(
    ("script_src", "works"),
    [("'self' 'wasm-unsafe-eval'", True), ("'self'", False)],
    ids=["self-and-wasm", "self-only"],
)
def test_under_a_strict_content_security_policy(browser, shipped_site, script_src, works):
    """The search's own files need nothing inline and no eval: with script-src 'self' and
    'wasm-unsafe-eval' (which allows WebAssembly and no JavaScript eval) it works; without
    WebAssembly it says, in plain words, that it cannot run."""
    handler = type("Handler", (_WithPolicy,), {"policy": f"default-src 'self'; script-src {script_src}; style-src 'self'; img-src 'self' data:"})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(shipped_site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context(**DESKTOP)
    try:
        page = context.new_page()
        page.add_init_script(
            "window.__violations = []; document.addEventListener('securitypolicyviolation', e => "
            "window.__violations.push([e.violatedDirective, e.blockedURI, e.sourceFile || '']))"
        )
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/guides/")
        page.locator(SEARCH_BOX).click()
        page.locator(SEARCH_BOX).fill("genogram")
        if works:
            page.locator(RESULT).first.wait_for(timeout=30000)
        else:
            page.locator(STATUS).filter(has_text="security settings").wait_for(timeout=30000)
        violations = page.evaluate("window.__violations")
        # The theme's own inline script and style (reported against the page itself) are not the search's.
        ours = [v for v in violations if "pagefind" in v[2] or "search.js" in v[2] or v[1] == "eval"]
        assert [v for v in ours if v[1] != "wasm-eval"] == []
        assert bool([v for v in violations if v[1] == "wasm-eval"]) is not works
    finally:
        context.close()
        server.shutdown()
        server.server_close()
