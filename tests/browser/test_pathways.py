"""Induction pathways in real Chromium, as a new starter uses them: ticks kept across reloads, statuses
(Not started, In progress, Completed), due dates and the next date with places from a start date, the
role asked once and the home page's "Carry on", My learning's count of pathways started, the record of
learning and its print, progress saved to a file and loaded back, corrupt storage and files, a strict
Content-Security-Policy, and the no-JavaScript checklist."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pytest
import yaml
from conftest import ROOT
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PATHWAY = "start/newcomer/"
KEYS = ("hub.pathway.v1", "hub.pathway.start.v1", "hub.pathway.role.v1", "hub.quiz.v1")
POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none';"
    " script-src-attr 'none'; style-src-attr 'none'"
)


def steps(pathway: str) -> int:
    """How many steps a shipped pathway has, from its file, so content changes do not break the journey."""
    return len(yaml.safe_load((ROOT / "resources" / "pathways" / f"{pathway}.yml").read_text(encoding="utf-8"))["steps"])


def step(page, key):
    return page.locator(f".hub-step[data-step='{key}']")


def tag(page, key):
    return step(page, key).locator("[data-tag]").inner_text()


def stored(page, key):
    return json.loads(page.evaluate(f"localStorage.getItem('{key}')") or "null")


def storage(page) -> dict:
    return {key: stored(page, key) for key in KEYS}


def scripts_ok(recorded) -> list[str]:
    return [p for p in recorded.problems if p.startswith(("script error", "console error"))]


def show(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


# --- a pathway (the fixture hub) -------------------------------------------------------------


def test_ticks_are_kept_across_reloads_and_cleared(fixture_page):
    page = fixture_page.open(PATHWAY)
    assert page.locator(".hub-pathway__progress").inner_text() == "You have done 0 of 4 steps."
    assert tag(page, "guide:alpha") == "Not started"
    step(page, "guide:alpha").get_by_role("checkbox").check()
    step(page, "task:meet-practice-lead").get_by_role("checkbox").check()
    assert page.locator(".hub-pathway__progress").inner_text() == "You have done 2 of 4 steps."
    assert page.locator(".hub-pathway__progress").get_attribute("aria-live") == "polite"
    saved = stored(page, "hub.pathway.v1")
    assert set(saved["done"]) == {"guide:alpha", "task:meet-practice-lead"} and saved["on"] == {
        "guide:alpha": "newcomer",
        "task:meet-practice-lead": "newcomer",
    }
    page.reload()
    assert step(page, "guide:alpha").get_by_role("checkbox").is_checked()
    assert tag(page, "guide:alpha") == "Completed" and step(page, "guide:alpha").locator("[data-detail]").inner_text().startswith("On ")
    assert not step(page, "guide:beta").get_by_role("checkbox").is_checked() and tag(page, "guide:beta") == "Not started"
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


def test_a_quiz_step_is_in_progress_once_tried_and_completed_at_the_pass_mark(fixture_page):
    page = fixture_page.open(PATHWAY)
    quiz = step(page, "quiz:sample")
    assert quiz.get_by_role("checkbox").count() == 0, "a quiz step is ticked by passing the quiz, not by hand"
    assert tag(page, "quiz:sample") == "Not started"
    assert quiz.locator("[data-detail]").inner_text() == "Completed when you reach the pass mark of 60%."
    record = "q => localStorage.setItem('hub.quiz.v1', JSON.stringify({quizzes: {sample: q}}))"
    page.evaluate(record, {"last": 17, "best": 17, "passMark": 60, "passed": False, "updated": "2026-12-01"})
    page.reload()
    assert tag(page, "quiz:sample") == "In progress"
    assert quiz.locator("[data-detail]").inner_text() == "Best score so far 17% (pass mark 60%)."
    page.evaluate(record, {"last": 67, "best": 67, "passMark": 60, "passed": True, "updated": "2026-12-02"})
    page.reload()
    assert tag(page, "quiz:sample") == "Completed" and quiz.locator("[data-detail]").inner_text() == "Passed with 67% (pass mark 60%)."
    assert page.locator(".hub-pathway__progress").inner_text() == "You have done 1 of 4 steps."


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


def test_without_javascript_the_pathway_is_a_printable_checklist(fixture_page_no_js):
    page = fixture_page_no_js.open(PATHWAY)
    assert page.locator(".hub-step").count() == 4
    assert page.locator(".hub-step input[type=checkbox]").count() == 3
    assert page.locator(".hub-pathway__tools").is_hidden()
    assert "Tick each step as you finish it." in page.locator(".hub-pathway__nojs").inner_text()
    assert page.locator(".hub-due h2").all_inner_texts() == ["In your first week", "In your first month", "Within your first two months"]
    assert step(page, "quiz:sample").inner_text().count("pass mark of 60%") == 1
    page = fixture_page_no_js.open("start/")
    assert page.locator("[data-hub-role]").is_hidden() and page.locator(".hub-pathway-chooser .hub-card").count() == 1


@pytest.mark.parametrize("path", ["start/", PATHWAY, "start/my-learning/"])
def test_pathway_pages_have_no_wcag_aa_violations(fixture_page, path):
    page = fixture_page.open(path)
    if path == PATHWAY:
        step(page, "guide:alpha").get_by_role("checkbox").check()
        page.get_by_label("The date you started in your role").fill("2026-11-02")
        page.get_by_label("The date you started in your role").dispatch_event("change")
    assert fixture_page.axe_violations() == []


# --- the shipped hub: role, Carry on, My learning -------------------------------------------------


def test_choosing_a_role_once_leads_the_home_page_to_the_next_step(hub_page):
    page = hub_page.open("")
    carry = page.locator("[data-hub-carry-on]")
    assert carry.is_hidden(), "nothing to carry on with before a role or a tick"
    page = hub_page.open("start/")
    form = page.locator("[data-role-form]")
    assert form.is_visible() and page.get_by_role("group", name="Which role are you starting in?").is_visible()
    # by keyboard alone: submitting with nothing chosen says so
    page.get_by_label("Social worker or practitioner").focus()
    page.keyboard.press("Tab")  # out of the radio group, to the start date
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.locator(".hub-role__status").inner_text() == "Choose your role first."
    page.get_by_label("Social worker or practitioner").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    assert page.locator(".hub-role__status").inner_text() == "Saved: your role is Social worker or practitioner."
    assert page.locator(".hub-role__status").get_attribute("aria-live") == "polite"
    assert page.evaluate("document.activeElement.dataset.roleLink !== undefined"), "focus goes to the way to the pathway"
    assert stored(page, "hub.pathway.role.v1") == "social-worker"
    assert hub_page.axe_violations() == []
    page.reload()
    assert form.is_hidden() and "Your role: Social worker or practitioner." in page.locator("[data-role-chosen]").inner_text()

    page = hub_page.open("")
    assert carry.inner_text().startswith("Carry on: Read: About the framework, due in your first week.")
    assert f"Social worker or practitioner: 0 of {steps('social-worker')} steps done." in carry.inner_text()
    assert hub_page.axe_violations() == []
    # with a start date, the due date itself
    page.evaluate("localStorage.setItem('hub.pathway.start.v1', JSON.stringify('2026-12-01'))")
    page.reload()
    assert carry.inner_text().startswith("Carry on: Read: About the framework, due 8 December 2026")
    carry.get_by_role("link", name="Read: About the framework").click()
    assert page.url.endswith("/about/framework/")
    page.go_back()
    hub_page.open("start/")
    page.get_by_role("button", name="Change my role").click()
    assert form.is_visible() and page.get_by_label("Social worker or practitioner").is_checked()
    page.get_by_label("Team manager").check()
    page.get_by_role("button", name="Save my role").click()
    page = hub_page.open("")
    assert f"Team manager: 0 of {steps('team-manager')} steps done." in carry.inner_text()


def test_ticking_three_steps_of_one_pathway_starts_one_pathway(hub_page):
    page = hub_page.open("start/social-worker/")
    for key in ("page:about/framework", "guide:three-columns", "task:meet-practice-lead"):  # all three are on other pathways too
        step(page, key).get_by_role("checkbox").check()
    page = hub_page.open("start/my-learning/")
    assert page.locator(".hub-pathway__progress").inner_text() == "Your progress: 1 of 6 pathways started."
    mine = page.locator("[data-mine] [data-hub-pathway]")
    assert mine.count() == 1 and mine.get_attribute("data-hub-pathway") == "social-worker"
    assert mine.locator("[data-summary]").inner_text() == f"3 of {steps('social-worker')} steps done. Next: Read: Danger statements."
    others = page.locator("details.hub-mylearning__others")
    assert page.locator("details.hub-mylearning__others > summary").inner_text() == "The other 5 pathways" and others.get_attribute("open") is None
    assert page.locator("[data-no-role]").is_visible(), "without a role, My learning suggests choosing one"
    # a shared step counts once on every pathway that has it
    page.locator("details.hub-mylearning__others > summary").click()
    assert page.locator("[data-hub-pathway=team-manager] [data-summary]").inner_text().startswith(f"2 of {steps('team-manager')} steps done.")
    assert page.locator("[data-hub-pathway=practice-lead] [data-summary]").inner_text().startswith(f"0 of {steps('practice-lead')} steps done.")
    record = page.locator("[data-record-rows] tr")
    assert record.count() == 3 and record.first.locator("td").all_inner_texts() == ["Read: About the framework", show(date.today()), "Done"]
    assert hub_page.axe_violations() == []
    page = hub_page.open("")
    assert page.locator("[data-hub-carry-on]").inner_text().startswith("Carry on: Read: Danger statements, due in your first month.")


def test_a_course_step_shows_the_next_date_with_places_before_the_due_date(hub_page):
    page = hub_page.open("start/social-worker/")
    when = step(page, "course:core-programme").locator("[data-dates]")
    assert when.inner_text().startswith("Next date with places: ")
    assert "Places as of" in when.inner_text()
    start = page.get_by_label("The date you started in your role")
    start.fill(date.today().isoformat())
    start.dispatch_event("change")
    due = date.today() + timedelta(days=61)
    assert when.inner_text().startswith(f"Next date with places before your due date ({show(due)}): ")
    start.fill("2025-01-06")  # the due date is long gone: no date with places before it
    start.dispatch_event("change")
    assert "No date with places before your due date: join the waiting list on the learning portal and tell your manager." in when.inner_text()
    assert when.get_by_role("link", name="the learning portal").get_attribute("href") == "https://learning.example.gov.uk/"
    assert "(overdue)" in page.locator(".hub-due h2").first.inner_text()
    step(page, "course:core-programme").get_by_role("checkbox").check()
    assert when.is_hidden(), "a completed course needs no date"
    assert hub_page.axe_violations() == []


def test_progress_saved_to_a_file_cleared_and_loaded_again_is_the_same(hub_page, tmp_path):
    page = hub_page.open("start/")
    page.get_by_label("Early help worker").check()
    page.get_by_label("The date you started in your role (you can leave this out)").fill("2026-11-16")
    page.get_by_role("button", name="Save my role").click()
    page = hub_page.open("start/early-help-worker/")
    step(page, "guide:three-columns").get_by_role("checkbox").check()
    step(page, "task:sit-in-mapping-meeting").get_by_role("checkbox").check()
    page.evaluate(
        "localStorage.setItem('hub.quiz.v1', JSON.stringify({quizzes: {'three-columns': {last: 80, best: 80, passMark: 70, passed: true, updated: '2026-11-20', from: 'early-help-worker'}, 'scaling': {last: 40, best: 50, passMark: 70, passed: false, updated: '2026-11-21'}}}))"
    )
    before = storage(page)
    page = hub_page.open("start/my-learning/")
    record = page.locator("[data-record-rows] tr")
    assert [r.locator("td").first.inner_text() for r in record.all()] == [
        "Read: Three columns mapping",
        "Task: Ask your practice lead to arrange for you to sit in on a meeting where a colleague maps a family's situation with them",
        "Quiz: Three columns mapping",
        "Quiz: Scaling questions in practice",
    ]
    assert record.nth(2).locator("td").all_inner_texts() == ["Quiz: Three columns mapping", "20 November 2026", "Passed: best score 80% (pass mark 70%)"]
    assert record.nth(3).locator("td").all_inner_texts()[1:] == ["Not yet", "Not passed yet: best score 50% (pass mark 70%)"]
    with page.expect_download() as download:
        page.get_by_role("button", name="Save my progress to a file").click()
    file = tmp_path / download.value.suggested_filename
    download.value.save_as(file)
    assert re.fullmatch(r"my-learning-\d{4}-\d\d-\d\d\.json", file.name)
    saved = json.loads(file.read_text(encoding="utf-8"))
    assert (
        saved["format"] == "practice-learning-hub-progress"
        and saved["version"] == 1
        and saved["role"] == "early-help-worker"
        and saved["start"] == "2026-11-16"
    )
    assert set(saved["done"]) == {"guide:three-columns", "task:sit-in-mapping-meeting"} and set(saved["quizzes"]) == {"three-columns", "scaling"}
    assert "saved in the file my-learning-" in page.locator(".hub-pathway__progress").inner_text()

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear my data").click()
    assert all(value is None for value in storage(page).values())
    assert page.locator("[data-record]").is_hidden()

    page.get_by_label("Load progress from a file").set_input_files(file)
    preview = page.locator("[data-load-preview]")
    preview.wait_for()
    changes = preview.locator("li").all_inner_texts()
    assert "Tick Read: Three columns mapping, done on " + show(date.today()) + "." in changes
    assert "Add your score for the quiz Three columns mapping: best 80%, passed." in changes
    assert "Set your role to Early help worker." in changes and "Set the day you started to 16 November 2026." in changes
    assert changes[-1] == "Nothing is removed."
    assert all(value is None for value in storage(page).values()), "nothing changes before the learner says so"
    assert preview.evaluate("el => el === document.activeElement")
    assert hub_page.axe_violations() == []
    page.keyboard.press("Tab")  # by keyboard: to "Load these changes"
    page.keyboard.press("Enter")
    assert page.locator("[data-load-status]").inner_text() == f"Loaded {len(changes) - 1} changes from the file."
    assert storage(page) == before
    assert page.locator(".hub-pathway__progress").inner_text().startswith("Your progress: 1 of 6 pathways started. Your role: Early help worker.")
    assert hub_page.axe_violations() == []

    # loading the same file again: nothing newer, nothing changes
    page.get_by_label("Load progress from a file").set_input_files(file)
    # the file is read in the background: wait for the new status rather than read the last one
    expect(page.locator("[data-load-status]")).to_have_text("This file has nothing newer than this browser has, so nothing has been changed.")
    assert storage(page) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not a progress file at all", "This is not a progress file saved from My learning, so nothing has been changed."),
        ('{"name": "something else", "version": 1}', "This is not a progress file saved from My learning, so nothing has been changed."),
        (
            '{"format": "practice-learning-hub-progress", "version": 2, "saved": "2026-12-01T10:00:00Z"}',
            "This file was saved by a newer version of the hub, so nothing has been changed.",
        ),
        (
            '{"format": "practice-learning-hub-progress", "version": 1, "saved": "2026-12-01T10:00:00Z", "done": {"guide:three-columns": "2026-12-01", "guide:genograms": "yesterday"}}',
            "Part of this progress file is damaged or was changed by hand, so nothing has been changed.",
        ),
        (
            '{"format": "practice-learning-hub-progress", "version": 1, "saved": "2026-12-01T10:00:00Z", "quizzes": {"scaling": {"best": 500, "passMark": 70}}}',
            "Part of this progress file is damaged or was changed by hand, so nothing has been changed.",
        ),
        (
            '{"format": "practice-learning-hub-progress", "version": 1, "saved": "2026-12-01T10:00:00Z", "done": null}',
            "Part of this progress file is damaged or was changed by hand, so nothing has been changed.",
        ),
    ],
)
def test_a_bad_or_foreign_file_gives_a_clear_message_and_changes_nothing(hub_page, tmp_path, content, message):
    page = hub_page.open("start/social-worker/")
    step(page, "guide:three-columns").get_by_role("checkbox").check()
    before = storage(page)
    page = hub_page.open("start/my-learning/")
    file = tmp_path / "progress.json"
    file.write_text(content, encoding="utf-8")
    page.get_by_label("Load progress from a file").set_input_files(file)
    status = page.locator("[data-load-status]")
    page.wait_for_function("document.querySelector('[data-load-status]').textContent !== ''")
    assert status.inner_text() == message and status.get_attribute("aria-live") == "polite"
    assert page.locator("[data-load-preview]").is_hidden()
    assert storage(page) == before
    assert scripts_ok(hub_page) == []


def test_loading_keeps_the_newer_record_of_each_item_and_can_be_cancelled(hub_page, tmp_path):
    page = hub_page.open("start/my-learning/")
    page.evaluate(
        """() => {
        localStorage.setItem('hub.pathway.v1', JSON.stringify({done: {'guide:three-columns': '2026-11-30'}, on: {'guide:three-columns': 'social-worker'}, set: {}}));
        localStorage.setItem('hub.quiz.v1', JSON.stringify({quizzes: {scaling: {last: 90, best: 90, passMark: 70, passed: true, updated: '2026-11-30'}}}));
    }"""
    )
    page.reload()
    before = storage(page)
    file = tmp_path / "older.json"
    file.write_text(
        json.dumps(
            {
                "format": "practice-learning-hub-progress",
                "version": 1,
                "saved": "2026-11-01T09:00:00Z",
                "role": None,
                "start": None,
                "done": {"guide:three-columns": "2026-11-02", "guide:danger-statements": "2026-11-03", "guide:not-on-this-hub": "2026-11-03"},
                "on": {"guide:danger-statements": "social-worker"},
                "quizzes": {"scaling": {"last": 60, "best": 60, "passMark": 70, "passed": False, "updated": "2026-11-02"}},
            }
        ),
        encoding="utf-8",
    )
    page.get_by_label("Load progress from a file").set_input_files(file)
    page.locator("[data-load-preview]").wait_for()
    assert page.locator("[data-load-changes] li").all_inner_texts() == ["Tick Read: Danger statements, done on 3 November 2026.", "Nothing is removed."]
    page.get_by_role("button", name="Cancel").click()
    assert page.locator("[data-load-status]").inner_text() == "Nothing has been changed." and storage(page) == before
    page.get_by_label("Load progress from a file").set_input_files(file)
    page.get_by_role("button", name="Load these changes").click()
    after = storage(page)
    assert after["hub.pathway.v1"]["done"] == {"guide:three-columns": "2026-11-30", "guide:danger-statements": "2026-11-03"}, "the newer tick is kept"
    assert after["hub.quiz.v1"] == before["hub.quiz.v1"], "the newer quiz record is kept"


def test_my_learning_prints_on_at_most_two_pages(hub_page):
    """A whole pathway done, with quiz results: the record and the learner's own pathway, in two pages."""
    page = hub_page.open("start/")
    page.get_by_label("Social worker or practitioner").check()
    page.get_by_label("The date you started in your role (you can leave this out)").fill("2026-11-02")
    page.get_by_role("button", name="Save my role").click()
    page = hub_page.open("start/social-worker/")
    for box in page.locator(".hub-step input[type=checkbox]").all():
        box.check()
    quiz = "{last: 80, best: 80, passMark: 70, passed: true, updated: '2026-11-20', from: 'social-worker'}"
    page.evaluate(
        f"localStorage.setItem('hub.quiz.v1', JSON.stringify({{quizzes: {{'three-columns': {quiz}, 'danger-statements': {quiz}, scaling: {{last: 40, best: 50, passMark: 70}}}}}}))"
    )
    page = hub_page.open("start/my-learning/")
    assert page.locator("[data-record-rows] tr").count() == 15
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")  # as the browser does before it prints
    page.emulate_media(media="print")
    assert page.locator("details.hub-mylearning__others").is_hidden() and page.locator("[data-record]").is_visible()
    assert page.locator("[data-load-file]").is_hidden() and page.get_by_role("button", name="Print my record of learning").is_hidden()
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 2, pages


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("hub.pathway.v1", '{"done":null}'),
        ("hub.pathway.v1", '{"done":"x"}'),
        ("hub.pathway.v1", '{"done":{"guide:three-columns":"2026-12-01","guide:danger-statements":5,"bad key":"2026-12-01"},"on":[]}'),
        ("hub.pathway.start.v1", '"not-a-date"'),
        ("hub.pathway.role.v1", '{"role":"x"}'),
        ("hub.quiz.v1", "5"),
        ("hub.quiz.v1", "[]"),
        ("hub.quiz.v1", '{"quizzes":null}'),
    ],
)
def test_corrupt_storage_never_breaks_a_page_or_loses_other_entries(hub_page, key, value):
    page = hub_page.open("start/")
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [key, value])
    for path in ("", "start/", "start/social-worker/", "start/my-learning/", "quizzes/three-columns/"):
        hub_page.open(path)
    page = hub_page.open("start/social-worker/")
    if "three-columns" in value:
        assert tag(page, "guide:three-columns") == "Completed", "a valid entry beside a bad one is kept"
        assert tag(page, "guide:danger-statements") == "Not started"
    step(page, "guide:words-and-pictures").get_by_role("checkbox").check()
    page.reload()
    assert step(page, "guide:words-and-pictures").get_by_role("checkbox").is_checked(), "a tick still saves"
    assert page.locator(".hub-pathway__progress").inner_text().startswith("You have done ")
    assert scripts_ok(hub_page) == []


def test_my_learning_works_under_a_strict_content_security_policy(browser, site_server, tmp_path):
    """Saving and loading a file, ticks and the record work with no inline script or style attribute allowed."""
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))

    def with_policy(route):
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": POLICY})

    page.route("**/*", with_policy)
    page.goto(site_server + "start/social-worker/")
    step(page, "guide:three-columns").get_by_role("checkbox").check()
    page.goto(site_server + "start/my-learning/")
    with page.expect_download() as download:
        page.get_by_role("button", name="Save my progress to a file").click()
    file = tmp_path / "progress.json"
    download.value.save_as(file)
    page.evaluate("localStorage.clear()")
    page.reload()
    page.get_by_label("Load progress from a file").set_input_files(file)
    page.get_by_role("button", name="Load these changes").click()
    assert "1 of 6 pathways started" in page.locator(".hub-pathway__progress").inner_text()
    page.goto(site_server)
    assert page.locator("[data-hub-carry-on]").is_visible()
    assert violations == []
    context.close()
