"""The training pages in real Chromium: the calendar's filters (and the plain list
without JavaScript), the subscribe links, and axe-core on every kind of page."""

from __future__ import annotations

import pytest
from conftest import TRAINING_TODAY

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
    """The sessions the calendar lists (in folded months too): those the filters leave in."""
    return [t.strip() for t in page.locator("#training-dates [data-filter-item]:not([hidden]) .hub-session__title a").all_text_contents()]


def visible_months(page) -> list[str]:
    return page.locator("#training-dates details:visible .hub-calendar__month-title").all_inner_texts()


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
    assert page.locator("#training-dates [data-filter-item]:not([hidden])").count() == 12
    assert page.locator("#training-dates h2").all_inner_texts()[:2] == ["September 2026", "October 2026"]
    # Months fold away, the first open; each says how many sessions it holds, and opens by its title.
    assert page.locator("#training-dates details[open]").count() == 1
    october = page.locator("#training-dates > details").nth(1)
    assert october.locator("> summary").inner_text().split() == ["October", "2026", "2", "sessions"]
    october.locator("> summary").click()
    assert october.locator("[data-filter-item]").first.is_visible()
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
    control = page.locator("summary", has_text="Add to calendar")
    assert control.count() == 1, "one control per date"
    control.press("Enter")  # by keyboard
    assert page.get_by_role("link", name="Google Calendar, day 1").is_visible()
    link = page.get_by_role("link", name="Calendar file (.ics)")
    response = training_page.page.request.get(training_page.base + "training/sessions/core-2027-06/" + link.get_attribute("href"))
    assert response.ok and response.body().startswith(b"BEGIN:VCALENDAR\r\n")


def test_the_next_three_months_lists_exactly_the_sessions_in_that_window(browser, training_server):
    """Read on the day the site was built (the browser's clock set to it), "in the next three months"
    keeps the sessions meeting from that day to the same day three months on, both included."""
    from datetime import date, datetime

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.clock.set_fixed_time(datetime.fromisoformat(TRAINING_TODAY + "T10:00:00"))
    page.goto(training_server + "training/calendar/")
    days = page.evaluate("[...document.querySelectorAll('#training-dates [data-filter-item]')].map((i) => [i.dataset.filterFrom, i.dataset.filterTo])")
    today, until = date.fromisoformat(TRAINING_TODAY), date(2026, 11, 1)
    expected = sum(1 for first, last in days if date.fromisoformat(last) >= today and date.fromisoformat(first) <= until)
    page.get_by_label("When").select_option(label="In the next three months")
    titles = visible_titles(page)
    assert len(titles) == expected == 6, titles
    assert titles == ["Bite-size webinars: Danger statements", "Bite-size webinars: Safety goals", "Bite-size webinars: Scaling questions",
                      "Bite-size webinars: Safety planning", "Bite-size webinars: Danger statements", "Practice lead workshop"]  # fmt: skip
    assert visible_months(page) == ["September 2026", "October 2026"]
    assert page.locator("#training-dates details[open]").count() == 2, "with a filter on, every month that matches is open"
    assert "when=3" in page.url
    assert page.locator(".hub-months li:visible").all_inner_texts() == ["September 2026 (4)", "October 2026 (2)"]
    page.get_by_label("When").select_option(label="In the next month")
    assert visible_titles(page) == ["Bite-size webinars: Danger statements"]
    context.close()


def test_only_what_my_role_must_take(training_page):
    page = training_page.open("training/calendar/")
    page.get_by_label("Only what I must take, as").select_option(label="Social workers")
    assert visible_titles(page) == ["Core programme"] * 3
    page.get_by_label("Only what I must take, as").select_option(label="Practice leads and champions")
    titles = visible_titles(page)
    assert set(titles) == {"Core programme", "Practice lead workshop"} and len(titles) == 7, "a course that must come first is a must too"
    assert "mandatory=practice-leads" in page.url


def test_a_feed_address_copies_with_one_button(browser, training_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(training_server + "training/calendar/")
    page.get_by_role("button", name="Copy the address of every session").click()
    assert page.evaluate("navigator.clipboard.readText()") == training_server + "training/feeds/all.ics"
    assert "Copied" in page.locator(".hub-feeds__copied").first.inner_text()
    context.close()


def test_a_month_opens_from_the_jump_list(training_page):
    page = training_page.open("training/calendar/")
    june = page.locator("#training-dates details", has=page.locator("h2", has_text="June 2027"))
    assert june.get_attribute("open") is None
    page.get_by_role("link", name="June 2027 (1)").click()
    assert june.get_attribute("open") == ""
    assert june.locator("[data-filter-item]").first.is_visible()


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
