"""Workshop packs in real Chromium: the finder's filters, the start time, printing
to PDF (page count, page breaks, no navigation), and axe-core on every view."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.browser

FACILITATOR = "packs/sample-workshop/"
PARTICIPANT = "packs/sample-workshop/participant/"
HANDOUT = "packs/sample-workshop/handouts/case-study/"
FINDER = "packs/"
#: Text from the site around the pack (header, sidebar, footer): none of it belongs on paper.
NAVIGATION_TEXT = ["Skip to content", "A page with a quiz", "Fixture hub", "Practice Learning Hub", "Previous", "Search", "Content is written for staff"]


def pdf_pages(page, *, footer: str | None = None) -> list[str]:
    """Print the page as Chromium would to paper; return the text of each PDF page. With ``footer`` (the
    pack's title), each page's foot ("Page 1 of 4" and the title) is taken off, leaving its body."""
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    pages = [re.sub(r"\s+", " ", p.extract_text() or "") for p in reader.pages]
    if footer:
        pages = [re.sub(r"^Page \d+ of \d+" + re.escape(footer), "", text).strip() for text in pages]
    return pages


@pytest.mark.parametrize("path", [FINDER, FACILITATOR, PARTICIPANT, HANDOUT])
def test_pack_pages_have_no_wcag_aa_violations(fixture_page, path):
    fixture_page.open(path)
    assert fixture_page.axe_violations() == []


def test_views_have_no_violations_once_the_start_time_has_changed(fixture_page):
    page = fixture_page.open(FACILITATOR)
    page.get_by_label("Start time").fill("10:00")
    page.get_by_label("Start time").dispatch_event("change")
    assert fixture_page.axe_violations() == []


@pytest.mark.parametrize("path", [FINDER, FACILITATOR, PARTICIPANT, HANDOUT])
def test_pack_pages_request_nothing_from_another_host(fixture_page, path):
    page = fixture_page.open(path)
    page.wait_for_load_state("networkidle")
    assert fixture_page.foreign_requests() == []


def test_finder_filters_by_length_group_size_audience_and_topic(fixture_page):
    page = fixture_page.open(FINDER)
    cards = page.locator("#pack-list [data-filter-item]")
    visible = lambda: [cards.nth(i).locator("a").first.inner_text() for i in range(cards.count()) if cards.nth(i).is_visible()]
    assert visible() == ["Sample workshop", "Short session"]
    page.get_by_label("Length").select_option("up-to-30")
    assert visible() == ["Short session"]
    assert page.locator(".hub-filter__status").inner_text() == "Showing 1 of 2 packs."
    assert "length=up-to-30" in page.url
    # "Up to" includes shorter packs: the 30-minute session is in "up to 1 hour" with the 60-minute one.
    page.get_by_label("Length").select_option(label="Up to 1 hour")
    assert visible() == ["Sample workshop", "Short session"]
    # "90 minutes or less, for a team of 8" (the sample works with 4 to 12; the short session with 2 to 30).
    page.get_by_label("Length").select_option(label="Up to 1 hour 30 minutes")
    page.get_by_label("Group size").select_option(label="8 people")
    assert visible() == ["Sample workshop", "Short session"]
    page.get_by_label("Group size").select_option(label="20 people")
    assert visible() == ["Short session"]
    assert "people=20" in page.url
    page.get_by_label("Group size").select_option("")
    page.get_by_label("Length").select_option("")
    page.get_by_label("Who it is for").select_option("managers")
    assert visible() == ["Sample workshop"]
    page.get_by_label("Topic").select_option("mapping")
    assert visible() == ["Sample workshop"]
    page.get_by_role("button", name="Show all").click()
    page.wait_for_function("document.querySelectorAll('#pack-list [data-filter-item]:not([hidden])').length === 2")
    assert visible() == ["Sample workshop", "Short session"]


def test_finder_is_a_plain_list_without_javascript(fixture_page_no_js):
    page = fixture_page_no_js.open(FINDER)
    assert not page.locator("form.hub-filter").is_visible()
    assert page.locator("#pack-list [data-filter-item]").count() == 2
    assert page.locator("#pack-short-session > a").is_visible()


def test_start_time_moves_every_time_and_is_kept_in_the_address(fixture_page):
    page = fixture_page.open(FACILITATOR)
    close = page.locator("#segment-3-title .hub-pack__when")
    assert close.inner_text() == "10:20 to 10:30:"
    start = page.get_by_label("Start time")
    assert start.input_value() == "09:30"
    start.fill("13:45")
    start.dispatch_event("change")
    assert close.inner_text() == "14:35 to 14:45:"
    assert page.locator("table.hub-pack__plan tbody tr").first.locator("td").first.inner_text() == "13:45 to 13:55"
    assert page.locator(".hub-pack-start__status").inner_text() == "Times updated: the session now runs from 13:45 to 14:45."
    assert page.locator("#segment-3-title time").first.get_attribute("datetime") == "14:35"
    assert page.url.endswith("?start=13%3A45") or page.url.endswith("?start=13:45")
    page.reload()
    assert page.locator("#segment-3-title .hub-pack__when").inner_text() == "14:35 to 14:45:"
    # the participant view takes the same start time from the address
    page = fixture_page.open(PARTICIPANT + "?start=08:00")
    assert page.locator("table.hub-pack__plan tbody tr").nth(2).locator("td").first.inner_text() == "08:50 to 09:00"


def test_a_start_time_set_on_the_facilitator_pack_reaches_the_participant_view_and_its_print(fixture_page):
    page = fixture_page.open(FACILITATOR)
    start = page.get_by_label("Start time")
    start.fill("13:45")
    start.dispatch_event("change")
    page.get_by_role("link", name="the participant handouts").first.click()
    page.wait_for_url("**/participant/?start=13:45")
    rows = page.locator("table.hub-pack__plan tbody tr")
    assert rows.first.locator("td").first.inner_text() == "13:45 to 13:55"
    assert page.get_by_label("Start time").input_value() == "13:45"
    assert "13:45" in " ".join(pdf_pages(page)), "the printed handouts show the chosen times"
    # A handout page passes it on, back to the participant handouts.
    page = fixture_page.open(HANDOUT + "?start=13:45")
    assert page.get_by_role("link", name="the participant handouts").get_attribute("href").endswith("?start=13:45")
    # Back at the default start, the links carry nothing.
    page = fixture_page.open(FACILITATOR + "?start=13:45")
    page.get_by_label("Start time").fill("09:30")
    page.get_by_label("Start time").dispatch_event("change")
    assert page.get_by_role("link", name="the participant handouts").first.get_attribute("href") == "participant/"


def test_without_javascript_the_default_times_show(fixture_page_no_js):
    page = fixture_page_no_js.open(FACILITATOR + "?start=13:45")
    assert not page.locator("form.hub-pack-start").is_visible()
    assert not page.get_by_role("button", name="Print this pack").is_visible()
    assert page.locator("#segment-3-title .hub-pack__when").inner_text() == "10:20 to 10:30:"


def test_print_button_prints(fixture_page):
    page = fixture_page.open(FACILITATOR)
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }")
    page.get_by_role("button", name="Print this pack").click()
    assert page.evaluate("window.__printed") == 1


def test_facilitator_pack_prints_to_pdf_with_a_page_per_section_and_no_navigation(fixture_page):
    page = fixture_page.open(FACILITATOR)
    pages = pdf_pages(page, footer="Sample workshop")
    assert 3 <= len(pages) <= 8, f"{len(pages)} pages"
    everything = " ".join(pages)
    for text in NAVIGATION_TEXT:
        assert text not in everything, text
    for text in ("Print this pack", "Start time", "Contents", "The whole pack in one download"):
        assert text not in everything, f"screen-only '{text}' is on paper"
    # each section starts on a page of its own
    starts = [p.strip()[:40] for p in pages]
    assert pages[0].strip().startswith("Sample workshop: facilitator pack")
    assert any(s.startswith("Before the session") for s in starts), starts
    assert any(s.startswith("Session plan") for s in starts), starts
    assert "MODEL-ANSWER-HARM" in everything and "FACILITATOR-NOTE-SORTING" in everything and "09:40 to 10:20" in everything


def test_participant_handouts_print_without_notes_answers_or_navigation(fixture_page):
    page = fixture_page.open(PARTICIPANT)
    pages = pdf_pages(page, footer="Sample workshop")
    assert 3 <= len(pages) <= 8, f"{len(pages)} pages"
    everything = " ".join(pages)
    for text in [*NAVIGATION_TEXT, "FACILITATOR-NOTE", "MODEL-ANSWER", "PREPARATION-NOTE", "Facilitators: the plan"]:
        assert text not in everything, text
    starts = [p.strip()[:40] for p in pages]
    assert any(s.startswith("Exercises") for s in starts) and any(s.startswith("Case study") for s in starts), starts
    assert "Which statement is the harm?" in everything and "CASE-STUDY-TEXT" in everything


def test_handout_page_prints_on_one_page(fixture_page):
    pages = pdf_pages(fixture_page.open(HANDOUT), footer="Sample workshop")
    assert len(pages) == 1
    assert pages[0].strip().startswith("Case study") and "CASE-STUDY-TEXT" in pages[0]
    assert not any(text in pages[0] for text in NAVIGATION_TEXT)


SHIPPED = [
    "packs/",
    "packs/safety-planning-workshop/",
    "packs/safety-planning-workshop/participant/",
    "packs/group-supervision-session/handouts/roles-and-rota/",
]


@pytest.mark.parametrize("path", SHIPPED)
def test_shipped_pack_pages_have_no_wcag_aa_violations(hub_page, path):
    hub_page.open(path)
    assert hub_page.axe_violations() == []


def test_a_shipped_pack_prints_to_a_sane_number_of_pages(hub_page):
    pages = pdf_pages(hub_page.open("packs/safety-planning-workshop/"))
    assert 6 <= len(pages) <= 20, f"{len(pages)} pages"
    everything = " ".join(pages)
    assert "Skip to content" not in everything and "Resource library" not in everything and "Self-check quizzes" not in everything
    assert "Writing plan rules" in everything


#: A4's printable height in CSS px, as packs.css sets the page (297 mm less 16 mm and 18 mm margins).
A4_CONTENT_PX = (297 - 16 - 18) / 25.4 * 96


def _where_rows_print(page, pages: list[str]) -> list[str]:
    """Each table of the page that would fit on one A4 page, printed across two or more: what it is."""
    page.emulate_media(media="print")
    page.set_viewport_size({"width": round((210 - 28) / 25.4 * 96), "height": 1000})
    tables = page.evaluate(
        """() => [...document.querySelectorAll('.hub-pack table')].map((t) => ({
            height: t.getBoundingClientRect().height,
            name: (t.caption ? t.caption.textContent : t.rows[0].textContent).trim().replace(/\\s+/g, ' ').slice(0, 60),
            rows: [...t.tBodies[0].rows].map((r) => r.textContent.trim().replace(/\\s+/g, ' ')),
        }))"""
    )
    page.emulate_media(media="screen")
    found = []
    for table in tables:
        snippets = [row[:30] for row in table["rows"] if len(row) >= 12]
        where = {i for snippet in snippets for i, text in enumerate(pages) if snippet in text}
        if table["height"] < A4_CONTENT_PX and len(where) > 1:
            found.append(f"{table['name']} ({table['height']:.0f}px) is split over pages {sorted(where)}")
    return found


def test_a_participant_view_prints_on_numbered_a4_pages_with_the_title_and_no_split_tables(hub_page):
    """The 90-minute group supervision session's handouts: every page numbered with the pack's title at
    its foot, and no table that fits on a page split over two (no page with a stray row)."""
    path = "packs/group-supervision-session/participant/"
    page = hub_page.open(path)
    pages = pdf_pages(page)
    assert 3 <= len(pages) <= 8, f"{len(pages)} pages"
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text, f"page {number}: {text[-200:]}"
        assert "Group supervision mapping session" in text, f"page {number} has no title at its foot"
    assert _where_rows_print(page, pages) == []
    # The write-in rows of the rota are at least 10 mm high on paper.
    page.emulate_media(media="print")
    heights = page.evaluate(
        "[...document.querySelectorAll('.hub-pack tr')].filter((r) => [...r.cells].every((c) => !c.textContent.trim())).map((r) => r.getBoundingClientRect().height)"
    )
    assert heights and min(heights) >= 10 / 25.4 * 96 - 0.5, heights
    # Links print without underline.
    assert page.evaluate("getComputedStyle(document.querySelector('.hub-pack a')).textDecorationLine") == "none"


def test_the_download_prints_like_the_site(hub_page, shipped_site, tmp_path):
    """The zip's participant handouts, opened from the folder: the same numbered, titled pages."""
    import zipfile

    with zipfile.ZipFile(shipped_site / "packs/group-supervision-session/group-supervision-session.zip") as download:
        download.extractall(tmp_path)
    page = hub_page.page
    page.goto((tmp_path / "group-supervision-session/participant-handouts.html").as_uri() + "?start=10:30")
    assert page.locator("table.hub-pack__plan tbody tr").first.locator("td").first.inner_text() == "10:30 to 10:35"
    pages = pdf_pages(page)
    assert 3 <= len(pages) <= 8, f"{len(pages)} pages"
    assert all(f"Page {n} of {len(pages)}" in text and "Group supervision mapping session" in text for n, text in enumerate(pages, start=1))
    assert _where_rows_print(page, pages) == []
    rota = page.evaluate("Math.max(...[...document.querySelectorAll('.hub-pack table')].map((t) => t.getBoundingClientRect().width))")
    assert rota > 500, f"the widest table is {rota}px wide"
