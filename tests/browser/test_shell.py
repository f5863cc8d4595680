"""The site shell in a real browser: home page, about pages, accessibility, privacy."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

SHELL_PAGES = ["", "about/framework/", "about/accessibility/", "about/privacy/", "glossary/", "guides/", "404.html"]


def test_home_page_sends_each_user_to_a_start(hub_page):
    page = hub_page.open("")
    assert page.title() == "Practice Learning Hub"
    starts = page.locator(".hub-start a")
    assert [starts.nth(i).inner_text() for i in range(starts.count())] == [
        "I'm new here", "I lead practice", "I want to share an example", "I'm looking for training"]
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


def test_search_works_offline(hub_page):
    page = hub_page.open("")
    page.wait_for_load_state("networkidle")
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("danger statement", delay=30)
    page.locator(".md-search-result__item").first.wait_for(timeout=30000)
    assert page.locator(".md-search-result__item").count() > 0
    assert hub_page.foreign_requests() == []


def test_home_page_reads_without_javascript(hub_page_no_js):
    page = hub_page_no_js.open("")
    assert page.locator(".hub-start a").count() == 4
    assert "Practice Learning Hub" in page.locator("h1").inner_text()
