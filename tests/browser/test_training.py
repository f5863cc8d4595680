"""The training pages in real Chromium: the calendar's filters (and the plain list
without JavaScript), the subscribe links, and axe-core on every kind of page."""

from __future__ import annotations

import pytest

from browser.conftest import RecordedPage, _serve

pytestmark = pytest.mark.browser

PAGES = [
    "training/",
    "training/calendar/",
    "training/courses/core/",
    "training/courses/briefing/",
    "training/sessions/webinars-autumn-2026/",
    "training/sessions/core-2027-02/",
]


@pytest.fixture(scope="module")
def training_server(training_sites):
    """The fixture hub built on the pinned day (conftest.TRAINING_TODAY), served on loopback."""
    server, url = _serve(training_sites[0])
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture
def training_page(browser, training_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield RecordedPage(context.new_page(), training_server)
    context.close()


@pytest.fixture
def training_page_no_js(browser, training_server):
    context = browser.new_context(java_script_enabled=False)
    yield RecordedPage(context.new_page(), training_server)
    context.close()


def visible_titles(page) -> list[str]:
    return page.locator("#training-dates [data-filter-item]:visible .hub-session__title a").all_inner_texts()


def visible_months(page) -> list[str]:
    return page.locator("#training-dates section:visible h2").all_inner_texts()


def test_filter_by_audience(training_page):
    page = training_page.open("training/calendar/")
    assert len(visible_titles(page)) == 12
    page.get_by_label("Who it is for").select_option(label="Practice leads and champions")
    titles = visible_titles(page)
    assert titles and set(titles) == {"Core programme", "Practice lead workshop"}
    assert "September 2026" not in visible_months(page), "a month with no matching session is hidden"
    assert page.locator(".hub-filter__status").inner_text() == "Showing 7 of 12 sessions."
    assert "audience=practice-leads" in page.url


def test_filter_by_course_and_format_together(training_page):
    page = training_page.open("training/calendar/")
    page.get_by_label("Course").select_option(label="Core programme")
    assert visible_titles(page) == ["Core programme"] * 3
    page.get_by_label("Format").select_option(label="Face to face")
    assert len(visible_titles(page)) == 2 and visible_months(page) == ["February 2027", "June 2027"]
    page.get_by_label("Format").select_option(label="Virtual (online, live)")
    assert visible_months(page) == ["December 2026"]
    page.get_by_role("button", name="Show all").click()
    page.wait_for_function("document.querySelectorAll('#training-dates [data-filter-item]:not([hidden])').length === 12")
    assert page.locator(".hub-filter__status").inner_text() == "Showing all 12 sessions."


def test_a_shared_filtered_address_opens_filtered(training_page):
    page = training_page.open("training/calendar/?course=webinars")
    assert visible_titles(page) == [
        "Bite-size webinars: Danger statements",
        "Bite-size webinars: Safety goals",
        "Bite-size webinars: Scaling questions",
        "Bite-size webinars: Safety planning",
        "Bite-size webinars: Danger statements",
    ]


def test_filters_work_by_keyboard(training_page):
    page = training_page.open("training/calendar/")
    page.get_by_label("Who it is for").focus()
    page.keyboard.press("ArrowDown")  # Social workers
    page.wait_for_function("document.querySelector('.hub-filter__status').textContent.length > 0")
    assert page.locator(".hub-filter__status").inner_text() == "Showing 8 of 12 sessions."


def test_without_javascript_the_calendar_is_a_plain_list(training_page_no_js):
    page = training_page_no_js.open("training/calendar/")
    assert not page.locator("form.hub-filter").is_visible(), "the filter form needs the script, so it stays hidden"
    assert page.locator("#training-dates [data-filter-item]:visible").count() == 12
    assert page.locator("#training-dates h2").all_inner_texts()[:2] == ["September 2026", "October 2026"]
    subscribe = page.get_by_role("link", name="Subscribe to every session")
    assert subscribe.get_attribute("href") == "../feeds/all.ics", "without the script, the link is the feed itself"


def test_subscribe_links_become_webcal(training_page):
    page = training_page.open("training/calendar/")
    href = page.get_by_role("link", name="Subscribe to every session").get_attribute("href")
    assert href == training_page.base.replace("http://", "webcal://") + "training/feeds/all.ics"
    address = page.locator("[data-hub-feed-url]").first.inner_text()
    assert address == training_page.base + "training/feeds/all.ics"
    assert training_page.page.request.get(address).ok


def test_add_to_calendar_file_downloads(training_page):
    page = training_page.open("training/sessions/core-2027-06/")
    link = page.get_by_role("link", name="Calendar file (.ics)")
    response = training_page.page.request.get(training_page.base + "training/sessions/core-2027-06/" + link.get_attribute("href"))
    assert response.ok and response.body().startswith(b"BEGIN:VCALENDAR\r\n")


@pytest.mark.parametrize("path", PAGES)
def test_training_pages_have_no_wcag_aa_violations(training_page, path):
    page = training_page.open(path)
    if path == "training/calendar/":
        page.locator(".hub-past summary").click()
        page.locator(".hub-subscribe__how summary").click()
    assert training_page.axe_violations() == []


def test_filtered_calendar_has_no_wcag_aa_violations(training_page):
    page = training_page.open("training/calendar/")
    page.get_by_label("Course").select_option(label="Bite-size webinars")
    assert training_page.axe_violations() == []


@pytest.mark.parametrize("path", ["training/", "training/calendar/", "training/courses/core/"])
def test_training_pages_request_nothing_from_another_host(training_page, path):
    page = training_page.open(path)
    page.wait_for_load_state("networkidle")
    assert training_page.foreign_requests() == []
