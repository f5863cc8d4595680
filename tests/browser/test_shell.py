"""The site shell in a real browser: home page, about pages, accessibility, privacy."""

from __future__ import annotations

import pytest

from .page_types import page_types

pytestmark = pytest.mark.browser

SHELL_PAGES = ["", "about/framework/", "about/accessibility/", "about/privacy/", "glossary/", "guides/", "404.html"]


def test_home_page_sends_each_user_to_a_start(hub_page):
    page = hub_page.open("")
    assert page.title() == "Practice Learning Hub"
    starts = page.locator(".hub-start a")
    assert [starts.nth(i).inner_text() for i in range(starts.count())] == [
        "I'm new here",
        "I lead practice",
        "I want to share an example",
        "I'm looking for training",
        "I manage a team",
        "I want to know the framework",
    ]
    for i in range(starts.count()):
        href = starts.nth(i).get_attribute("href")
        assert hub_page.page.request.get(hub_page.base + href.split("#")[0]).ok, href


@pytest.mark.parametrize("path", SHELL_PAGES)
def test_page_has_no_wcag_aa_violations(hub_page, path):
    hub_page.open(path)
    assert hub_page.axe_violations() == []


@pytest.mark.parametrize("path", SHELL_PAGES)
def test_page_requests_nothing_from_another_host(hub_page, path):
    page = hub_page.open(path)
    page.wait_for_load_state("networkidle")
    assert hub_page.foreign_requests() == []


def test_one_page_of_every_type_is_accessible_private_and_error_free(shipped_site, hub_page):
    """The whole-site gate in a real browser: one page of each type the hub has, with its
    scripts run. WCAG 2.2 AA by axe-core, nothing fetched from another host, no failed
    request (a 404 for a file the page asks for) and nothing in the console."""
    types = page_types(shipped_site)
    assert len(types) >= 20, types
    found = []
    for kind, path in types:
        hub_page.requests.clear()
        hub_page.problems.clear()
        page = hub_page.open(path)
        page.wait_for_load_state("networkidle")
        found += [f"{kind} (/{path}): {v}" for v in hub_page.axe_violations()]
        found += [f"{kind} (/{path}): request to another host: {u}" for u in hub_page.foreign_requests()]
        found += [f"{kind} (/{path}): {p}" for p in hub_page.problems]
    assert found == []


def test_search_works_offline(hub_page):
    """The site search (Pagefind) answers from the site's own files: nothing leaves the host.
    The rest of the search's journey: tests/browser/test_search.py."""
    page = hub_page.open("")
    page.wait_for_load_state("networkidle")
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("danger statement", delay=30)
    page.locator(".hub-search__item").first.wait_for(timeout=30000)
    assert page.locator(".hub-search__item").count() > 0
    assert page.locator(".hub-search__item .hub-search__type").first.inner_text() == "Guide"
    assert hub_page.foreign_requests() == [] and hub_page.problems == []


def test_home_page_reads_without_javascript(hub_page_no_js):
    page = hub_page_no_js.open("")
    assert page.locator(".hub-start a").count() == 6
    assert "Practice Learning Hub" in page.locator("h1").inner_text()
