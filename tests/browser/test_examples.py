"""Examples from practice in a real browser: the listing's filters, no-JS reading, axe-core."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

pytestmark = pytest.mark.browser

FIXTURE_PAGES = ["examples/", "examples/2025-11-alpha-in-a-meeting/", "examples/share/", "practice-focus/", "practice-focus/scaling/", "guides/beta/"]
SHIPPED_PAGES = [
    "examples/",
    "examples/2026-10-three-columns-in-a-child-in-need-meeting/",
    "examples/share/",
    "practice-focus/",
    "practice-focus/scaling/",
    "guides/three-columns/",
]


def visible_titles(page) -> list[str]:
    cards = page.locator("#example-list > li[data-filter-item]")
    return [cards.nth(i).locator("a").first.inner_text() for i in range(cards.count()) if cards.nth(i).is_visible()]


def test_filters_narrow_the_listing_and_announce_it(fixture_page):
    page = fixture_page.open("examples/")
    assert visible_titles(page) == ["Alpha in a meeting", "Beta with a school"]
    page.select_option("#example-list-tool", "alpha")
    assert visible_titles(page) == ["Alpha in a meeting"]
    assert page.locator(".hub-filter__status").inner_text() == "Showing 1 of 2 examples."
    assert "tool=alpha" in page.url
    page.select_option("#example-list-tool", "")
    page.select_option("#example-list-service-area", "early-help")
    assert visible_titles(page) == ["Beta with a school"]
    page.get_by_role("button", name="Show all").click()
    page.wait_for_function("document.querySelector('.hub-filter__status').textContent.startsWith('Showing all')")
    assert visible_titles(page) == ["Alpha in a meeting", "Beta with a school"]


def test_a_filtered_address_opens_filtered(fixture_page):
    page = fixture_page.open("examples/?service-area=child-in-need")
    assert page.locator("#example-list-service-area").input_value() == "child-in-need"
    assert visible_titles(page) == ["Alpha in a meeting"]


def test_filter_works_by_keyboard(fixture_page):
    page = fixture_page.open("examples/")
    page.locator("#example-list-tool").focus()
    page.keyboard.press("ArrowDown")  # Any tool -> Guide alpha
    page.keyboard.press("ArrowDown")  # -> Guide beta
    assert page.locator("#example-list-tool").input_value() == "beta"
    assert visible_titles(page) == ["Alpha in a meeting", "Beta with a school"]
    page.keyboard.press("ArrowUp")
    assert visible_titles(page) == ["Alpha in a meeting"]


def test_listing_reads_without_javascript(fixture_page_no_js):
    page = fixture_page_no_js.open("examples/")
    assert page.locator("form.hub-filter").is_hidden()
    assert visible_titles(page) == ["Alpha in a meeting", "Beta with a school"]


@pytest.mark.parametrize("path", FIXTURE_PAGES)
def test_fixture_pages_have_no_wcag_aa_violations(fixture_page, path):
    fixture_page.open(path)
    assert fixture_page.axe_violations() == []


def test_filtered_listing_has_no_wcag_aa_violations(fixture_page):
    page = fixture_page.open("examples/?tool=beta")
    page.select_option("#example-list-service-area", "early-help")
    assert fixture_page.axe_violations() == []


@pytest.mark.parametrize("path", SHIPPED_PAGES)
def test_shipped_pages_have_no_wcag_aa_violations_and_stay_on_this_host(hub_page, path):
    page = hub_page.open(path)
    assert hub_page.axe_violations() == []
    page.wait_for_load_state("networkidle")
    assert hub_page.foreign_requests() == []


def test_feed_link_in_the_head_points_at_the_feed_on_this_host(hub_page):
    page = hub_page.open("examples/")
    href = page.locator('head link[rel="alternate"][type="application/atom+xml"]').get_attribute("href")
    assert href == "../feed.xml"
    response = page.request.get(urljoin(page.url, href))
    assert response.ok and b"<feed" in response.body()
