"""Tool guides, the tools index, the glossary and the library in real Chromium."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def visible_titles(page):
    return list(page.locator("#tool-list [data-filter-item]:visible > a").all_inner_texts())


def test_tools_index_filters_by_category_and_used_with(hub_page):
    page = hub_page.open("guides/")
    everything = visible_titles(page)
    assert len(everything) >= 21
    page.get_by_label("Category").select_option(label="Working with children")
    shown = visible_titles(page)
    assert "Three houses" in shown and "Danger statements" not in shown
    assert page.locator(".hub-filter__status").inner_text().startswith(f"Showing {len(shown)} of {len(everything)} tools.")
    assert page.locator("#cat-mapping").is_hidden(), "an empty group is hidden with its heading"
    assert "category=child-engagement" in page.url, "the filter is kept in the address so it can be shared"
    page.get_by_label("Used with").select_option(label="Supervision")
    assert visible_titles(page) == [] and "Nothing matches" in page.locator(".hub-filter__status").inner_text()
    page.get_by_role("button", name="Show all").click()
    page.wait_for_function("document.querySelectorAll('#tool-list [data-filter-item][hidden]').length === 0")
    assert visible_titles(page) == everything


def test_filtered_address_opens_filtered(hub_page):
    page = hub_page.open("guides/?used-with=children")
    shown = visible_titles(page)
    assert shown and "Three houses" in shown and "Group supervision mapping" not in shown
    assert page.get_by_label("Used with").input_value() == "children"


def test_tools_index_without_javascript_is_a_plain_grouped_list(hub_page_no_js):
    page = hub_page_no_js.open("guides/")
    assert page.locator("form.hub-filter").is_hidden()
    assert page.locator("#tool-list [data-filter-item]").count() >= 21
    assert page.locator("#tool-list h2").count() == 6


def test_abbreviations_are_explained_and_reach_keyboard_focus(hub_page):
    page = hub_page.open("guides/danger-statements/")
    abbr = page.locator("abbr[title]").first
    assert abbr.count() == 1
    assert abbr.get_attribute("tabindex") == "0"
    assert abbr.get_attribute("title")
    abbr.focus()
    assert page.evaluate("document.activeElement.tagName") == "ABBR"


def test_guide_page_links_to_its_quiz_and_downloads(hub_page):
    page = hub_page.open("guides/danger-statements/")
    quiz = page.get_by_role("link", name="Danger statements: self-check quiz")
    assert quiz.count() == 1
    download = page.locator(".hub-guide-foot a[download]").first
    href = download.get_attribute("href")
    assert hub_page.page.request.get(page.url + href).ok
    assert "Next review due" in page.locator(".hub-review").inner_text()


@pytest.mark.parametrize("path", ["guides/", "guides/three-columns/", "glossary/", "library/", "quizzes/"])
def test_issue_pages_have_no_wcag_aa_violations(hub_page, path):
    hub_page.open(path)
    assert hub_page.axe_violations() == []
