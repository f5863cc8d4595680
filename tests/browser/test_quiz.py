"""Quizzes in real Chromium, as a learner takes them: every question type by mouse and by keyboard
alone, options shuffled for every attempt, "Check all my answers" with the score at the top, a pass
reached from a pathway leading back to it with the step ticked, clearing that asks first, forgiving
typed answers, corrupt storage, forced colours, a strict Content-Security-Policy and no JavaScript."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser

QUIZ = "quizzes/sample/"
CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'"


def q(page, qid):
    return page.locator(f"#q-sample-{qid}")


def feedback(page, qid):
    return q(page, qid).locator(".hub-q__feedback")


def check(page, qid):
    q(page, qid).locator("[data-action=check]").click()


def stored(page):
    return json.loads(page.evaluate("localStorage.getItem('hub.quiz.v1')") or "null")


def result(page):
    return page.locator(".hub-quiz__result").inner_text()


def order(page, wanted):
    """Put the ordering items in the wanted order with the Move up buttons."""
    for position, text in enumerate(wanted):
        for _ in range(len(wanted)):
            items = q(page, "put-in-order").locator(".hub-q__item-text").all_inner_texts()
            if items.index(text) == position:
                break
            q(page, "put-in-order").locator(".hub-q__item", has_text=text).get_by_role("button", name="Move up").click()


def answer_everything_right(page, check_each=True):
    steps = [
        ("pick-one", lambda: q(page, "pick-one").get_by_label("The first column").check()),
        ("pick-many", lambda: (q(page, "pick-many").get_by_label("Past harm").check(), q(page, "pick-many").get_by_label("Future danger").check())),
        ("true-or-false", lambda: q(page, "true-or-false").get_by_label("True").check()),
        ("put-in-order", lambda: order(page, ["Worries", "Working well", "Needs to happen"])),
        (
            "match-up",
            lambda: [
                q(page, "match-up").get_by_label(item, exact=True).select_option(match)
                for item, match in [("Harm", "Has already happened"), ("Danger", "Could happen in future"), ("Safety", "Protection shown over time")]
            ],
        ),
        ("type-it", lambda: q(page, "type-it").get_by_label("Your answer").fill("  Scaling QUESTION. ")),
    ]
    for qid, answer in steps:
        answer()
        if check_each:
            check(page, qid)


def right_position(page, qid, label):
    """Where the right answer is among a question's options now (0 = first)."""
    return page.evaluate(
        "([id, label]) => [...document.querySelectorAll(`#${id} .hub-q__choice label`)].findIndex(l => l.textContent === label)", [f"q-sample-{qid}", label]
    )


def tab_to(page, test: str, limit: int = 80, here: bool = False):
    """Press Tab until the focused element passes ``test`` (JavaScript, given the element as el);
    with ``here``, not at all where the focused element passes already."""
    if here and page.evaluate(f"(el => {test})(document.activeElement)"):
        return
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => {test})(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached an element where {test}")


def test_every_type_answered_right_by_mouse(fixture_page):
    page = fixture_page.open(QUIZ)
    answer_everything_right(page)
    assert feedback(page, "pick-one").inner_text().startswith("You chose “The first column”. That is right.")
    assert feedback(page, "pick-many").inner_text().startswith("That is right: you chose all 2 right answers and nothing else.")
    assert feedback(page, "true-or-false").inner_text() == "You chose True. That is right. Right, ten means safe enough to close."
    assert feedback(page, "put-in-order").inner_text().startswith("That order is right.")
    assert feedback(page, "match-up").inner_text().startswith("All 3 matches are right.")
    assert feedback(page, "type-it").inner_text().startswith("You wrote “Scaling QUESTION.”. That is right.")
    assert "Score so far: 6 of 6 right (100%). You have reached the pass mark of 60%." in page.locator(".hub-quiz__summary").inner_text()
    saved = stored(page)["quizzes"]["sample"]
    assert saved["last"] == 100 and saved["best"] == 100 and saved["passed"] is True and saved["passMark"] == 60 and "from" not in saved
    assert q(page, "pick-one").evaluate("el => getComputedStyle(el, '::after').content").startswith('"✓"')


def test_multiple_choice_feedback_is_one_line_per_chosen_option(fixture_page):
    page = fixture_page.open(QUIZ)
    q(page, "pick-one").get_by_label("The second column").check()
    check(page, "pick-one")
    assert feedback(page, "pick-one").inner_text() == "You chose “The second column”. That is not right. No, the second column holds what is working well."
    assert feedback(page, "pick-one").get_attribute("role") == "status" and feedback(page, "pick-one").get_attribute("aria-live") == "polite"
    # nothing is locked: choose again and check again
    q(page, "pick-one").get_by_label("The first column").check()
    assert feedback(page, "pick-one").inner_text() == "", "changing the answer clears the old feedback"
    check(page, "pick-one")
    assert "That is right" in feedback(page, "pick-one").inner_text()
    q(page, "pick-many").get_by_label("Past harm").check()
    q(page, "pick-many").get_by_label("Existing safety").check()
    check(page, "pick-many")
    assert feedback(page, "pick-many").locator("p, li").count() == 2
    assert feedback(page, "pick-many").inner_text().startswith("Not yet: 1 of your 2 choices is right, and there are 2 right answers in all.")
    lines = sorted(feedback(page, "pick-many").locator("li").all_inner_texts())
    assert lines == ["“Existing safety”: No, existing safety is working well.", "“Past harm”: Yes, past harm is a worry."]
    q(page, "type-it").get_by_label("Your answer").fill("<b>map</b>")
    check(page, "type-it")
    assert feedback(page, "type-it").inner_text().startswith("You wrote “<b>map</b>”. That is not what we were looking for.")
    assert feedback(page, "type-it").locator("b").count() == 0, "typed text must never become HTML"


def test_typed_answers_forgive_articles_case_punctuation_and_a_small_typo(fixture_page):
    page = fixture_page.open(QUIZ)
    for typed, right in [("the Scaling Questoin!", True), ("a scaling-question", True), ("scaling", True), ("scale", False), ("question", False)]:
        q(page, "type-it").get_by_label("Your answer").fill(typed)
        check(page, "type-it")
        assert ("That is right" in feedback(page, "type-it").inner_text()) is right, typed


def test_checking_nothing_asks_for_an_answer_and_locks_nothing(fixture_page):
    page = fixture_page.open(QUIZ)
    check(page, "pick-one")
    assert feedback(page, "pick-one").inner_text() == "Choose an answer first, then check it."
    check(page, "match-up")
    assert feedback(page, "match-up").inner_text().startswith("Choose a match for every item first (3 still to choose)")
    check(page, "type-it")
    assert feedback(page, "type-it").inner_text() == "Type an answer first, then check it."
    assert stored(page) is None
    q(page, "pick-one").get_by_label("The first column").check()
    check(page, "pick-one")
    assert "That is right" in feedback(page, "pick-one").inner_text()


def test_options_are_shuffled_for_every_attempt(fixture_page):
    """Position tells nothing: across attempts (new visits, and "Start again") the right answer moves."""
    page = fixture_page.open(QUIZ)
    on_load, again = set(), set()
    for _ in range(10):
        page.reload()
        on_load.add(right_position(page, "pick-one", "The first column"))
        texts = q(page, "put-in-order").locator(".hub-q__item-text").all_inner_texts()
        assert texts != ["Worries", "Working well", "Needs to happen"], "an ordering question never starts answered"
    for _ in range(10):
        page.get_by_role("button", name="Start again, in a new order").click()
        again.add(right_position(page, "pick-one", "The first column"))
    assert len(on_load) > 1 and len(again) > 1, (on_load, again)
    matches = set()
    for _ in range(8):
        page.get_by_role("button", name="Start again, in a new order").click()
        matches.add(tuple(q(page, "match-up").locator("select").first.locator("option").all_inner_texts()))
    assert len(matches) > 1 and all(m[0] == "Choose a match" and len(m) == 4 for m in matches), matches
    assert page.locator(".hub-quiz__result").inner_text() == "A new attempt: the answers are in a new order."


def test_check_all_marks_the_whole_quiz_and_puts_the_score_at_the_top(fixture_page):
    page = fixture_page.open(QUIZ)
    q(page, "pick-one").get_by_label("The first column").check()
    q(page, "true-or-false").get_by_label("True").check()
    q(page, "pick-many").get_by_label("Existing safety").check()
    q(page, "type-it").get_by_label("Your answer").fill("scaling question")
    page.get_by_role("button", name="Check all my answers").click()
    top = page.locator(".hub-quiz__result")
    # the ordering question is answered as it stands (shuffled, so not right); two are not answered
    assert result(page).startswith("You got 3 of 6 right (50%): pass mark 60%. Not a pass yet. 1 not answered.")
    assert top.evaluate("el => el === document.activeElement"), "focus moves to the result"
    assert top.get_attribute("role") == "status" and top.get_attribute("aria-live") == "polite"
    assert top.bounding_box()["y"] < q(page, "pick-one").bounding_box()["y"], "the result is above the questions"
    links = top.get_by_role("link")
    assert links.all_inner_texts() == ["Question 2", "Question 4", "Question 5"]
    assert [a.get_attribute("href") for a in links.all()] == ["#q-sample-pick-many", "#q-sample-put-in-order", "#q-sample-match-up"]
    assert feedback(page, "match-up").inner_text().startswith("Not answered yet.")
    assert "That is right" in feedback(page, "pick-one").inner_text() and "Not yet" in feedback(page, "pick-many").inner_text()
    assert stored(page)["quizzes"]["sample"]["last"] == 50
    links.first.click()
    assert page.url.endswith("#q-sample-pick-many")
    page.get_by_role("button", name="Start again, in a new order").click()
    answer_everything_right(page, check_each=False)
    page.get_by_role("button", name="Check all my answers").click()
    assert result(page) == "You got 6 of 6 right (100%): pass mark 60%. You passed."
    assert stored(page)["quizzes"]["sample"]["best"] == 100


def test_a_pass_reached_from_a_pathway_links_back_with_the_step_ticked(fixture_page):
    page = fixture_page.open("start/newcomer/")
    step = page.locator(".hub-step[data-step='quiz:sample']")
    assert step.locator("[data-tag]").inner_text() == "Not started"
    step.get_by_role("link", name="Sample quiz").click()
    assert page.url.endswith("quizzes/sample/?from=newcomer")
    back = page.locator(".hub-quiz__back a", has_text="Back to your pathway: New practitioner")
    assert back.count() == 2 and not back.first.is_visible(), "nothing to go back to before a pass"
    q(page, "pick-one").get_by_label("The second column").check()
    page.get_by_role("button", name="Check all my answers").click()
    assert not back.first.is_visible(), "a fail is not a pass"
    page.goto(fixture_page.base + "start/newcomer/")
    assert step.locator("[data-tag]").inner_text() == "In progress" and "Best score so far 0%" in step.inner_text()
    step.get_by_role("link", name="Sample quiz").click()
    answer_everything_right(page, check_each=False)
    page.get_by_role("button", name="Check all my answers").click()
    assert back.first.is_visible()
    assert (
        page.locator(".hub-quiz__back").first.inner_text() == "Passed: this quiz's step on your pathway is now ticked. Back to your pathway: New practitioner"
    )
    assert stored(page)["quizzes"]["sample"]["from"] == "newcomer"
    back.first.click()
    assert page.url.endswith("start/newcomer/#newcomer-quiz-sample-step")
    assert step.locator("[data-tag]").inner_text() == "Completed"
    assert step.locator("[data-detail]").inner_text() == "Passed with 100% (pass mark 60%)."
    page.goto(fixture_page.base + "start/my-learning/")
    assert "1 of 1 pathways started" in page.locator(".hub-pathway__progress").inner_text()


def test_clearing_a_score_asks_first_and_says_what_it_will_untick(fixture_page):
    page = fixture_page.open(QUIZ)
    answer_everything_right(page)
    q(page, "pick-one").get_by_label("The third column").check()
    check(page, "pick-one")
    saved = stored(page)["quizzes"]["sample"]
    assert saved["last"] == 83 and saved["best"] == 100
    page.reload()
    assert result(page) == "Your best score on this device: 100% (passed)."
    clear = page.get_by_role("button", name="Clear my answers and scores for this quiz")
    clear.click()
    confirm = page.locator("[data-confirm]")
    assert confirm.is_visible() and confirm.evaluate("el => el === document.activeElement")
    assert confirm.locator("[data-confirm-text]").inner_text() == (
        "Clear your answers and your best score of 100% for this quiz from this browser?"
        " It un-ticks this quiz's step on the pathways that have it: New practitioner. This cannot be undone."
    )
    assert fixture_page.axe_violations() == []
    page.get_by_role("button", name="No, keep them").click()
    assert not confirm.is_visible() and stored(page)["quizzes"]["sample"]["best"] == 100
    assert clear.evaluate("el => el === document.activeElement")
    clear.click()
    page.get_by_role("button", name="Yes, clear them").click()
    assert stored(page)["quizzes"] == {}
    assert page.locator(".hub-quiz__summary").inner_text() == "Your answers and scores for this quiz have been cleared."


def test_every_type_by_keyboard_alone(fixture_page):
    page = fixture_page.open(QUIZ)
    q(page, "pick-one").get_by_label("The first column").focus()
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")  # arrows move the choice: they must not mark anything
    assert feedback(page, "pick-one").inner_text() == "" and stored(page) is None
    page.keyboard.press("ArrowUp")
    assert q(page, "pick-one").get_by_label("The first column").is_checked()
    page.keyboard.press("Tab")  # out of the radio group, to its Check button
    page.keyboard.press("Enter")
    assert feedback(page, "pick-one").inner_text().startswith("You chose “The first column”. That is right.")

    for label in ("Past harm", "Future danger"):
        tab_to(page, f"el.labels && el.labels[0] && el.labels[0].textContent === '{label}'")
        page.keyboard.press("Space")
    tab_to(page, "el.dataset.action === 'check'")
    page.keyboard.press("Enter")
    assert "That is right" in feedback(page, "pick-many").inner_text()

    tab_to(page, "el.value === 'true'")
    page.keyboard.press("Space")
    tab_to(page, "el.dataset.action === 'check'")
    page.keyboard.press("Enter")
    assert "That is right" in feedback(page, "true-or-false").inner_text()

    wanted = ["Worries", "Working well", "Needs to happen"]
    for _ in range(6):
        texts = q(page, "put-in-order").locator(".hub-q__item-text").all_inner_texts()
        if texts == wanted:
            break
        target = next(wanted[i] for i, t in enumerate(texts) if t != wanted[i])
        tab_to(page, f"el.dataset.move === 'up' && el.closest('li').textContent.startsWith('{target}')", here=True)
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.dataset.move") == "up", "focus stays on the moved item's button"
        assert "Moved “" in feedback(page, "put-in-order").inner_text()
    tab_to(page, "el.dataset.action === 'check'")
    page.keyboard.press("Enter")
    assert feedback(page, "put-in-order").inner_text().startswith("That order is right.")

    for match in ["Has already happened", "Could happen in future", "Protection shown over time"]:
        tab_to(page, "el.tagName === 'SELECT'")
        page.keyboard.type(match[:6])  # keyboard selection in a closed select: type the start of the option
    assert feedback(page, "match-up").inner_text() == ""

    tab_to(page, "el.type === 'text'")
    page.keyboard.type("scaling")
    page.keyboard.press("Enter")  # Enter in the text box must not submit or mark anything
    assert feedback(page, "type-it").inner_text() == ""

    tab_to(page, "el.dataset.action === 'check-all'")
    page.keyboard.press("Enter")
    assert result(page).startswith("You got 6 of 6 right (100%)"), [q(page, "match-up").locator("select").nth(i).input_value() for i in range(3)]
    assert page.evaluate("document.activeElement.classList.contains('hub-quiz__result')")
    tab_to(page, "el.dataset.action === 'reset'")
    page.keyboard.press("Enter")
    tab_to(page, "el.dataset.action === 'reset-yes'", limit=3)
    page.keyboard.press("Enter")
    assert stored(page)["quizzes"] == {}


@pytest.mark.parametrize("value", ["5", "[]", '{"quizzes":null}', '{"quizzes":[]}', "not json", '{"quizzes":{"sample":"x","other":{"best":90,"passMark":70}}}'])
def test_corrupt_storage_never_breaks_the_quiz_or_loses_other_scores(fixture_page, value):
    page = fixture_page.open(QUIZ)
    page.evaluate("value => localStorage.setItem('hub.quiz.v1', value)", value)
    page.reload()
    assert result(page) == ""
    answer_everything_right(page, check_each=False)
    page.get_by_role("button", name="Check all my answers").click()
    assert result(page).startswith("You got 6 of 6 right")
    saved = stored(page)["quizzes"]
    assert saved["sample"]["best"] == 100, "the corrupt value is replaced on the next save"
    if "other" in value:
        assert saved["other"] == {"best": 90, "passMark": 70}, "other valid entries are kept"
    assert [p for p in fixture_page.problems if p.startswith(("script error", "console error"))] == []


def test_quiz_embedded_in_a_page_with_the_macro(fixture_page):
    page = fixture_page.open("embedded/")
    assert page.locator("[data-hub-quiz=sample] .hub-q").count() == 7
    q(page, "pick-one").get_by_label("The first column").check()
    check(page, "pick-one")
    assert "That is right" in feedback(page, "pick-one").inner_text()


def test_without_javascript_every_question_reads_and_shows_its_answer(fixture_page_no_js):
    page = fixture_page_no_js.open(QUIZ)
    assert page.locator(".hub-q").count() == 7
    assert page.locator("[data-action=check]").first.is_hidden() and page.locator(".hub-quiz__tools").is_hidden()
    assert page.locator(".hub-q__moves").first.is_hidden()
    labels = q(page, "pick-one").locator(".hub-q__choice label").all_inner_texts()
    assert sorted(labels) == ["The first column", "The second column", "The third column"] and labels[0] != "The first column"
    disclosure = q(page, "pick-one").locator("details")
    assert not disclosure.locator("p").first.is_visible()
    disclosure.locator("summary").click()
    assert disclosure.get_attribute("open") is not None
    assert "The answer is: The first column" in disclosure.inner_text()
    assert "No, the second column holds what is working well." in disclosure.inner_text()
    q(page, "put-in-order").locator("details summary").click()
    assert "Worries\nWorking well\nNeeds to happen" in q(page, "put-in-order").locator("details ol").inner_text()


def test_in_forced_colours_a_right_answer_has_a_cue_that_is_not_colour(browser, fixture_server):
    context = browser.new_context(forced_colors="active")
    page = context.new_page()
    page.goto(fixture_server + QUIZ)
    q(page, "pick-one").get_by_label("The first column").check()
    check(page, "pick-one")
    q(page, "true-or-false").get_by_label("False").check()
    check(page, "true-or-false")
    style = "(el, pseudo) => { const s = getComputedStyle(el, pseudo); return [s.content, s.borderLeftStyle]; }"
    assert q(page, "pick-one").evaluate(style, "::after")[0].startswith('"✓"')
    assert q(page, "pick-one").evaluate(style, None)[1] == "double"
    assert q(page, "true-or-false").evaluate(style, "::after")[0].startswith('"✗"')
    assert q(page, "true-or-false").evaluate(style, None)[1] == "dashed"
    assert q(page, "match-up").evaluate(style, None)[1] == "solid", "an unanswered question looks unlike both"
    context.close()


def test_the_quiz_works_under_a_strict_content_security_policy(browser, fixture_server):
    """No inline style or script of the quiz's own: under script-src-attr and style-src-attr 'none' it works."""
    context = browser.new_context()
    page = context.new_page()
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    policy = CSP + "; script-src-attr 'none'; style-src-attr 'none'"

    def with_policy(route):
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": policy})

    page.route("**/*", with_policy)
    page.goto(fixture_server + QUIZ)
    answer_everything_right(page, check_each=False)
    page.get_by_role("button", name="Check all my answers").click()
    assert result(page).startswith("You got 6 of 6 right")
    page.get_by_role("button", name="Clear my answers and scores for this quiz").click()
    page.get_by_role("button", name="Yes, clear them").click()
    assert violations == []
    context.close()


@pytest.mark.parametrize("state", ["fresh", "answered", "checked-all", "passed"])
def test_quiz_states_have_no_wcag_aa_violations(fixture_page, state):
    page = fixture_page.open(QUIZ + ("?from=newcomer" if state == "passed" else ""))
    if state == "answered":
        q(page, "pick-one").get_by_label("The second column").check()
        check(page, "pick-one")
        q(page, "pick-many").get_by_label("Past harm").check()
        check(page, "pick-many")
        q(page, "type-it").get_by_label("Your answer").fill("nope")
        check(page, "type-it")
        q(page, "pick-one").locator("details summary").click()
    elif state == "checked-all":
        q(page, "pick-one").get_by_label("The second column").check()
        page.get_by_role("button", name="Check all my answers").click()
    elif state == "passed":
        answer_everything_right(page, check_each=False)
        page.get_by_role("button", name="Check all my answers").click()
        assert page.locator(".hub-quiz__back").first.is_visible()
    assert fixture_page.axe_violations() == []


def test_quiz_is_usable_at_320_pixels(browser, fixture_server):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(fixture_server + QUIZ)
    page.get_by_role("button", name="Check all my answers").click()
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    for button in (q(page, "pick-one").locator("[data-action=check]"), q(page, "pick-one").locator("summary")):
        size = button.bounding_box()
        assert size["height"] >= 24 and size["width"] >= 24
    context.close()
