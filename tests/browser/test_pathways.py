"""Induction pathways in real Chromium: ticks kept across reloads, quiz steps done by
passing the quiz, due dates from a start date, clearing, and the no-JavaScript checklist."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser

PATHWAY = "start/newcomer/"


def step(page, key):
    return page.locator(f".hub-step[data-step='{key}']")


def stored(page, key):
    return json.loads(page.evaluate(f"localStorage.getItem('{key}')") or "null")


def test_ticks_are_kept_across_reloads_and_cleared(fixture_page):
    page = fixture_page.open(PATHWAY)
    assert page.locator(".hub-pathway__progress").inner_text() == "You have done 0 of 4 steps."
    step(page, "guide:alpha").get_by_role("checkbox").check()
    step(page, "task:meet-practice-lead").get_by_role("checkbox").check()
    assert page.locator(".hub-pathway__progress").inner_text() == "You have done 2 of 4 steps."
    assert set(stored(page, "hub.pathway.v1")["done"]) == {"guide:alpha", "task:meet-practice-lead"}
    page.reload()
    assert step(page, "guide:alpha").get_by_role("checkbox").is_checked()
    assert step(page, "guide:alpha").locator(".hub-step__status").inner_text().startswith("Done on ")
    assert not step(page, "guide:beta").get_by_role("checkbox").is_checked()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear my ticks on this pathway").click()
    assert page.locator(".hub-pathway__progress").inner_text() == "Your ticks on this pathway have been cleared."
    assert stored(page, "hub.pathway.v1")["done"] == {}
    page.reload()
    assert not step(page, "guide:alpha").get_by_role("checkbox").is_checked()


def test_clearing_can_be_cancelled(fixture_page):
    page = fixture_page.open(PATHWAY)
    step(page, "guide:alpha").get_by_role("checkbox").check()
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Clear my ticks on this pathway").click()
    assert step(page, "guide:alpha").get_by_role("checkbox").is_checked()


def test_passing_the_quiz_ticks_its_step(fixture_page):
    page = fixture_page.open(PATHWAY)
    quiz_step = step(page, "quiz:sample")
    assert quiz_step.get_by_role("checkbox").is_disabled()
    assert quiz_step.locator(".hub-step__status").inner_text() == "Ticked when you reach the pass mark of 60%."
    page.goto(fixture_page.base + "quizzes/sample/")
    # one right, five wrong: 17%
    page.locator("#q-sample-pick-one").get_by_label("The first column").check()
    page.locator("#q-sample-pick-many").get_by_label("Existing safety").check()
    page.locator("#q-sample-true-or-false").get_by_label("False").check()
    for index, match in enumerate(["Could happen in future", "Has already happened", "Protection shown over time"]):
        page.locator("#q-sample-match-up select").nth(index).select_option(match)
    page.locator("#q-sample-type-it").get_by_label("Your answer").fill("nope")
    for qid in ("pick-one", "pick-many", "true-or-false", "put-in-order", "match-up", "type-it"):
        page.locator(f"#q-sample-{qid} [data-action=check]").click()
    page.goto(fixture_page.base + PATHWAY)
    assert not step(page, "quiz:sample").get_by_role("checkbox").is_checked()
    assert step(page, "quiz:sample").locator(".hub-step__status").inner_text() == "Not yet: your best score is 17% and the pass mark is 60%."
    page.goto(fixture_page.base + "quizzes/sample/")
    page.locator("#q-sample-pick-many").get_by_label("Past harm").check()
    page.locator("#q-sample-pick-many").get_by_label("Future danger").check()

    page.locator("#q-sample-pick-many [data-action=check]").click()
    page.locator("#q-sample-true-or-false").get_by_label("True").check()
    page.locator("#q-sample-true-or-false [data-action=check]").click()
    page.locator("#q-sample-pick-one").get_by_label("The first column").check()
    page.locator("#q-sample-pick-one [data-action=check]").click()
    page.locator("#q-sample-type-it").get_by_label("Your answer").fill("scaling")
    page.locator("#q-sample-type-it [data-action=check]").click()
    # a score is stored for a whole attempt: the last two are checked again, still wrong (4 of 6 right)
    for index, match in enumerate(["Could happen in future", "Has already happened", "Protection shown over time"]):
        page.locator("#q-sample-match-up select").nth(index).select_option(match)
    page.locator("#q-sample-match-up [data-action=check]").click()
    page.locator("#q-sample-put-in-order [data-action=check]").click()
    page.goto(fixture_page.base + PATHWAY)
    assert step(page, "quiz:sample").get_by_role("checkbox").is_checked()
    assert step(page, "quiz:sample").locator(".hub-step__status").inner_text() == "Done: you passed with 67% (pass mark 60%)."


def test_start_date_shows_real_due_dates(fixture_page):
    page = fixture_page.open(PATHWAY)
    page.get_by_label("The date you started in your role").fill("2026-11-02")
    page.get_by_label("The date you started in your role").dispatch_event("change")
    headings = page.locator(".hub-due h2").all_inner_texts()
    assert headings[0].startswith("In your first week: due by 9 November 2026")
    assert headings[1].startswith("In your first month: due by 2 December 2026")
    assert stored(page, "hub.pathway.start.v1") == "2026-11-02"
    page.reload()
    assert page.get_by_label("The date you started in your role").input_value() == "2026-11-02"


def test_my_learning_shows_progress_and_clears_everything(fixture_page):
    page = fixture_page.open(PATHWAY)
    step(page, "guide:alpha").get_by_role("checkbox").check()
    page.evaluate("localStorage.setItem('hub.quiz.v1', JSON.stringify({quizzes: {sample: {last: 50, best: 50, passMark: 60, passed: false}}}))")
    page.goto(fixture_page.base + "start/my-learning/")
    summary = page.locator("[data-hub-pathway=newcomer] [data-summary]").inner_text()
    assert summary == "1 of 4 steps done. Next: Task: Meet your practice lead."
    assert page.locator(".hub-pathway__progress").inner_text() == "You have started 1 of 1 pathways."
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear my data").click()
    assert page.locator(".hub-pathway__progress").inner_text() == "Your data has been cleared from this browser."
    for key in ("hub.pathway.v1", "hub.pathway.start.v1", "hub.quiz.v1"):
        assert stored(page, key) is None, key


def test_without_javascript_the_pathway_is_a_printable_checklist(fixture_page_no_js):
    page = fixture_page_no_js.open(PATHWAY)
    assert page.locator(".hub-step").count() == 4
    assert page.locator(".hub-step input[type=checkbox]").count() == 4
    assert page.locator(".hub-pathway__tools").is_hidden()
    assert "Tick each step as you finish it." in page.locator(".hub-pathway__nojs").inner_text()
    assert page.locator(".hub-due h2").all_inner_texts() == ["In your first week", "In your first month", "Within your first two months"]


@pytest.mark.parametrize("path", ["start/", PATHWAY, "start/my-learning/"])
def test_pathway_pages_have_no_wcag_aa_violations(fixture_page, path):
    page = fixture_page.open(path)
    if path == PATHWAY:
        step(page, "guide:alpha").get_by_role("checkbox").check()
    assert fixture_page.axe_violations() == []
