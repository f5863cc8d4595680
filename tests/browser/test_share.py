"""The share form on examples/share/, walked in Chromium as a champion would.

They write a sentence with a child's first name, a school and a date of birth: each is flagged
beside its field and in the error summary, and sending is refused. They reload half-way: the
draft is still there. They replace the details: the example is offered as a download and an
email, and the downloaded file is an example `hub check` accepts once it is approved. axe-core
finds nothing in any state (empty, with errors, ready to send, sent). Nothing leaves the host.
"""

from __future__ import annotations

import shutil
from urllib.parse import parse_qs, unquote, urlparse

import pytest
from conftest import ROOT, make_hub

from practice_hub.loader import load_hub

pytestmark = pytest.mark.browser

IDENTIFYING = "We met Olivia at Oakfield Primary School to talk about home. Her date of birth is 2 June 2018, so she was seven."
CLEAN_DID = "We met the child, aged 7, at her school to talk about home. We used three houses and then scaled the worry together."
ANSWERS = {
    "#share-title": "Three houses with a seven-year-old",
    "#share-difference": "Mum heard her daughter's worries in her own words. The scale moved from 3 to 6 in a month.",
    "#share-differently": "I would bring the pens and paper myself, so we did not have to look for them.",
    "#share-tip": "Let the child choose the colours for each house.",
    "#share-role": "Social worker, child in need team",
    "#share-month-month": "10",
    "#share-month-year": "2026",
}


def _fill(page, did: str) -> None:
    for selector, value in ANSWERS.items():
        page.fill(selector, value)
    page.fill("#share-did", did)
    page.check("#share-tool-three-houses")
    page.check("#share-tool-scaling-questions")
    page.check("#share-area-child-in-need")


def _reload(page) -> None:
    """Reload once the page has finished loading (the theme's search worker included), so no request is cut short."""
    page.wait_for_load_state("networkidle")
    page.reload()
    page.wait_for_load_state("networkidle")


def _summary(page) -> list[str]:
    return page.locator("#share-errors-list li").all_inner_texts()


def test_a_champion_shares_an_example(hub_page, tmp_path):
    page = hub_page.open("examples/share/")
    assert page.locator("#share-form").is_visible() and not page.locator("#share-paper").is_visible()
    assert hub_page.axe_violations() == [], "empty form"

    # Nothing filled in: every question is asked for, and nothing is made.
    page.click("#share-check")
    assert page.locator("#share-errors").is_visible()
    assert page.evaluate("document.activeElement.id") == "share-errors"
    assert "Title: Enter a title for your example" in _summary(page)
    assert page.title().startswith("Error: ")

    # A sentence with a child's first name, a school and a date of birth.
    _fill(page, IDENTIFYING)
    page.wait_for_function("document.querySelectorAll('#share-errors-list li').length === 3")
    summary = _summary(page)
    assert summary == [
        "What you did: \u201cOlivia\u201d looks like a person's name. Use a role instead: Mum, Dad, Grandma, the child, Child A, the social worker.",
        "What you did: \u201cOakfield Primary School\u201d looks like a school's name. Say 'the child's school' or 'a primary school' instead.",
        "What you did: \u201cdate of birth is 2 June 2018\u201d looks like a date of birth. Give the child's age instead, for example 'aged 7'.",
    ]
    beside = page.locator("#share-did-error")
    assert beside.is_visible() and "Error:" in beside.inner_text() and "Olivia" in beside.inner_text() and "Oakfield Primary School" in beside.inner_text()
    assert "share-did-error" in page.get_attribute("#share-did", "aria-describedby")
    page.click("#share-check")
    assert not page.locator("#share-ready").is_visible(), "sending must be refused while anything identifying is there"
    assert hub_page.axe_violations() == [], "with errors"
    # The summary's link goes to the field and selects the text found.
    page.locator("#share-errors-list a").first.click()
    assert page.evaluate("document.activeElement.id") == "share-did"
    assert page.evaluate("(() => { const t = document.activeElement; return t.value.slice(t.selectionStart, t.selectionEnd); })()") == "Olivia"

    # Reload half-way: the draft is kept, in this browser only.
    page.wait_for_timeout(400)
    _reload(page)
    assert page.input_value("#share-did") == IDENTIFYING
    assert page.input_value("#share-title") == ANSWERS["#share-title"]
    assert page.is_checked("#share-tool-three-houses") and page.is_checked("#share-area-child-in-need")
    assert page.locator("#share-draft").is_visible()
    assert len(_summary(page)) == 3  # the findings are shown again at once

    # Replace them: the example is offered.
    page.fill("#share-did", CLEAN_DID)
    page.click("#share-check")
    ready = page.locator("#share-ready")
    assert ready.is_visible() and page.evaluate("document.activeElement.id") == "share-ready"
    assert not page.locator("#share-errors").is_visible() and not page.title().startswith("Error")
    assert hub_page.axe_violations() == [], "ready to send"

    email = urlparse(page.get_attribute("#share-email", "href"))
    assert email.scheme == "mailto" and email.path == "practice.hub@example.gov.uk"
    query = parse_qs(email.query)
    assert query["subject"] == ["Example for the hub: " + ANSWERS["#share-title"]]
    file_text = page.locator("#share-file").text_content()
    # A mail program may cut a long mailto: address short, so a long example goes as an attachment, and the page says so.
    assert page.locator("#share-long").is_visible()
    assert unquote(query["body"][0]) == "My example for the hub is attached: 2026-10-three-houses-with-a-seven-year-old.md\n"

    with page.expect_download() as download_info:
        page.click("#share-download")
    download = download_info.value
    assert download.suggested_filename == "2026-10-three-houses-with-a-seven-year-old.md"
    downloaded = tmp_path / download.suggested_filename
    download.save_as(downloaded)
    text = downloaded.read_text(encoding="utf-8")
    assert text == file_text + ("\n" if not file_text.endswith("\n") else "")
    assert "anonymised: false" in text and "\napproved_by:  #" in text

    # Sent: the draft is gone, and the page says what happens next.
    page.wait_for_selector("#share-next", state="visible")
    assert page.locator("#share-sent").is_visible()
    assert "practice lead or team manager" in page.locator("#share-next").inner_text()
    assert "two weeks" in page.locator("#share-next").inner_text()
    assert page.evaluate("localStorage.getItem('hub.share.draft.v1')") is None
    assert hub_page.axe_violations() == [], "sent"
    assert hub_page.foreign_requests() == [] and hub_page.problems == []

    _hub_check_accepts(downloaded, tmp_path / "hub")


def _hub_check_accepts(example, where):
    """The file, approved, in a copy of the shipped hub: `hub check`'s loader finds nothing wrong."""
    hub = make_hub(where, content=None)
    for folder in ("docs", "resources", "quizzes", "packs"):
        shutil.copytree(ROOT / folder, hub / folder, dirs_exist_ok=True)
    text = example.read_text(encoding="utf-8")
    unapproved = hub / "docs" / "examples" / example.name
    unapproved.write_text(text, encoding="utf-8")
    _, findings = load_hub(hub, today=None)
    mine = sorted({f.message for f in findings if f.path == f"docs/examples/{example.name}"})
    assert mine == [
        "the example is not confirmed as anonymised",
        "this example from practice has not been approved, so it cannot be published",
    ], mine
    approved = text.replace("anonymised: false", "anonymised: true").replace("approved_by:  #", "approved_by: Practice lead, child in need service  #")
    unapproved.write_text(approved, encoding="utf-8")
    _, findings = load_hub(hub, today=None)
    assert [str(f) for f in findings if f.severity == "error"] == []


def test_a_short_example_goes_in_the_email_itself(hub_page):
    page = hub_page.open("examples/share/")
    _fill(page, "We used three houses with the child.")
    for selector in ("#share-difference", "#share-differently", "#share-tip"):
        page.fill(selector, "It helped.")
    page.click("#share-check")
    assert page.locator("#share-ready").is_visible() and not page.locator("#share-long").is_visible()
    body = parse_qs(urlparse(page.get_attribute("#share-email", "href")).query)["body"][0]
    assert body == page.locator("#share-file").text_content()
    assert body.startswith("---\n") and "## What we did\n\nWe used three houses with the child." in body


def test_a_damaged_draft_is_ignored_and_a_kept_one_can_be_deleted(hub_page):
    page = hub_page.open("examples/share/")
    page.evaluate("localStorage.setItem('hub.share.draft.v1', '{not json')")
    _reload(page)
    assert page.input_value("#share-title") == "" and not page.locator("#share-draft").is_visible()
    page.evaluate("""localStorage.setItem('hub.share.draft.v1', JSON.stringify({v: 1, fields: {title: 42, did: 'Kept text', tools: ['three-houses', 7]}}))""")
    _reload(page)
    assert page.input_value("#share-title") == "" and page.input_value("#share-did") == "Kept text"
    assert page.is_checked("#share-tool-three-houses")
    page.click("#share-draft-delete")
    assert page.input_value("#share-did") == "" and page.evaluate("localStorage.getItem('hub.share.draft.v1')") is None
    assert "deleted" in page.locator("#share-status").inner_text()
    assert hub_page.problems == []


def test_without_javascript_the_questions_are_there_to_print(hub_page_no_js):
    page = hub_page_no_js.open("examples/share/")
    assert not page.locator("[data-hub-share]").is_visible()
    paper = page.locator("#share-paper")
    assert paper.is_visible()
    questions = paper.locator("h3").all_inner_texts()
    assert questions == [
        "A title for your example",
        "What did you do?",
        "What difference did it make?",
        "What would you do differently next time?",
        "One tip for a colleague trying this for the first time",
        "Which tools did you use?",
        "Which service was the work in?",
        "When did the work happen?",
        "Your team role",
    ]
    body = paper.inner_text()
    assert "Three houses" in body and "Child in need" in body and "practice.hub@example.gov.uk" in body
    assert "tools: [" not in page.content() and "REPLACE" not in page.content()
